"""One provider's metrics on a holdout: per section and over whole answers (the total).

Score metrics (MAE, RMSE, Pearson, kappa, exact match) cover the answers the provider gave a
usable score for; ``valid_rate`` says how many those were, ``oob_rate`` how many first
replies gave a score outside the rubric's bounds, and the latency percentiles cover every
answer (a batched local model reports its batch's time for each answer in the batch).
"""
from __future__ import annotations

from . import metrics
from .graders import Prediction
from .holdout import HoldoutItem
from .models import TOTAL


def provider_results(
    items: list[HoldoutItem], predictions: list[Prediction], *, step: float, samples: int, seed: int = 0
) -> dict[str, dict]:
    """{section name (TOTAL for whole answers): metrics} for one provider."""
    valid = [(item, prediction) for item, prediction in zip(items, predictions) if prediction.valid]
    p50, p95 = metrics.latency_percentiles([p.latency_ms for p in predictions])
    common = {
        "items": len(items),
        "valid_rate": metrics.rate(len(valid), len(items)),
        "oob_rate": metrics.rate(sum(p.out_of_bounds for p in predictions), len(items)),
        "latency_p50_ms": p50,
        "latency_p95_ms": p95,
    }

    def scored(human, predicted, max_score):
        return {**metrics.agreement(human, predicted, max_score=max_score, step=step, bootstrap_samples=samples,
                                    seed=seed), **common}

    results = {TOTAL: scored([i.total for i, _ in valid], [p.total for _, p in valid],
                             max(item.max_total for item in items))}
    for name in section_names(items):
        pairs = [(i.scores[name]["score"], p.scores[name]["score"]) for i, p in valid if name in i.scores]
        maximum = max(s["max_score"] for item in items for s in item.task.rubric if s["name"] == name)
        results[name] = scored([h for h, _ in pairs], [p for _, p in pairs], maximum)
    return results


def section_names(items: list[HoldoutItem]) -> list[str]:
    """Every section name of the holdout's rubrics, in order of first appearance."""
    return list(dict.fromkeys(section["name"] for item in items for section in item.task.rubric))
