"""One provider's metrics on a holdout: per section and over whole answers (the total).

Score metrics (MAE, RMSE, Pearson, kappa, exact match) cover the answers the provider gave a
usable score for; ``valid_rate`` says how many those were among the answers it applies to
(a baseline that needs graded answers of the same question does not apply to a question
with none: ``not_applicable`` counts those), ``oob_rate`` how many first replies gave a
score outside the rubric's bounds, and the latency percentiles cover every answer (a
batched local model reports its batch's time for each answer in the batch).
Kappa and exact match use the rubrics' own grid where every section states a step (for
several steps, the largest step they are all multiples of), else the run's default step.
Beside them: label agreement and the comment metrics of ``evaluation.feedback``.

When some answers belong to questions without graded answers in the run's example pool
(``seen`` False), each result also holds the same metrics for the ``seen`` and ``unseen``
answers apart.
"""

from __future__ import annotations

from llm.providers.similarity import Similarity
from llm.rubric import common_step

from . import feedback, metrics
from .graders import Prediction
from .holdout import HoldoutItem
from .models import TOTAL

SUBSETS = ("seen", "unseen")


def provider_results(
    items: list[HoldoutItem],
    predictions: list[Prediction],
    *,
    step: float,
    samples: int,
    seed: int = 0,
    similarity: Similarity | None = None,
    seen: list[bool] | None = None,
) -> dict[str, dict]:
    """{section name (TOTAL for whole answers): metrics} for one provider; ``seen``: per item,
    whether its question has graded answers in the run's example pool."""
    results = _results(items, predictions, step, samples, seed, similarity)
    if seen is not None and not all(seen):
        for subset, wanted in zip(SUBSETS, (True, False)):
            chosen = [i for i, flag in enumerate(seen) if flag == wanted]
            if not chosen:
                continue
            part = _results(
                [items[i] for i in chosen], [predictions[i] for i in chosen], step, samples, seed, similarity
            )
            for section, values in part.items():
                results.setdefault(section, {})[subset] = values
    return results


def _results(items, predictions, step, samples, seed, similarity) -> dict[str, dict]:
    applicable = [(i, p) for i, p in zip(items, predictions) if not p.not_applicable]
    valid = [(item, prediction) for item, prediction in applicable if prediction.valid]
    p50, p95 = metrics.latency_percentiles([p.latency_ms for p in predictions])
    common = {
        "items": len(items),
        "not_applicable": len(items) - len(applicable),
        "valid_rate": metrics.rate(len(valid), len(applicable)),
        "oob_rate": metrics.rate(sum(p.out_of_bounds for p in predictions), len(items)),
        "latency_p50_ms": p50,
        "latency_p95_ms": p95,
    }

    def scored(triples, comments, grid):
        human, predicted = [h for h, _, _ in triples], [p for _, p, _ in triples]
        max_score = max((m for _, _, m in triples), default=1)
        return {
            **metrics.agreement(
                human, predicted, max_score=max_score, step=grid or step, bootstrap_samples=samples, seed=seed
            ),
            "label_agreement": feedback.label_agreement(triples),
            **feedback.comment_metrics(comments, similarity),
            **common,
        }

    every_section = [s for item in items for s in item.task.rubric]
    results = {
        TOTAL: scored(
            [(i.total, p.total, i.max_total) for i, p in valid],
            [(_comment(p.scores), _comment(i.scores)) for i, p in valid],
            grid_of(every_section),
        )
    }
    for name in section_names(items):
        pairs = [(i.scores[name], p.scores[name]) for i, p in valid if name in i.scores]
        results[name] = scored(
            [(h["score"], p["score"], h["max_score"]) for h, p in pairs],
            [(p.get("comment", ""), h.get("comment", "")) for h, p in pairs],
            grid_of([s for s in every_section if s["name"] == name]),
        )
    return results


def _comment(scores: dict) -> str:
    """A whole answer's comment: its sections' comments in order."""
    return " ".join(section.get("comment", "") for section in scores.values() if section.get("comment"))


def grid_of(sections: list[dict]) -> float | None:
    """One grid for kappa and exact match over these sections: the largest step their own
    steps are all multiples of, or None (the run's default) when one states no step."""
    steps = [s.get("step") for s in sections]
    return common_step(steps) if steps and all(steps) else None


def section_names(items: list[HoldoutItem]) -> list[str]:
    """Every section name of the holdout's rubrics, in order of first appearance."""
    return list(dict.fromkeys(section["name"] for item in items for section in item.task.rubric))
