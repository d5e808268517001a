"""Agreement between predicted and human scores: plain functions over numbers.

Scores are points (not fractions). Kappa and exact match need categories: both score lists
are put on a score grid first, by rounding each score to the nearest multiple of ``step``
(e.g. 0.5: 3.3 -> 3.5, 3.2 -> 3.0; halves round to the even multiple, as numpy rounds) and
clipping it to 0..max_score. The grid has ``max_score / step + 1`` categories, whatever
categories the data happen to use, so kappa does not depend on which scores occurred.

A metric that is undefined for its data (Pearson or kappa when all scores are equal, any
metric of no scores) is None, never NaN, so results stay valid JSON.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

DEFAULT_STEP = 0.5
DEFAULT_BOOTSTRAP_SAMPLES = 1000


def _arrays(human: Sequence[float], predicted: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    human, predicted = np.asarray(human, dtype=float), np.asarray(predicted, dtype=float)
    if human.shape != predicted.shape:
        raise ValueError(f"{len(human)} human scores but {len(predicted)} predictions.")
    return human, predicted


def _number(value) -> float | None:
    return float(value) if value is not None and math.isfinite(value) else None


def mae(human, predicted) -> float | None:
    human, predicted = _arrays(human, predicted)
    return _number(np.abs(human - predicted).mean()) if human.size else None


def rmse(human, predicted) -> float | None:
    human, predicted = _arrays(human, predicted)
    return _number(math.sqrt(((human - predicted) ** 2).mean())) if human.size else None


def pearson(human, predicted) -> float | None:
    human, predicted = _arrays(human, predicted)
    if human.size < 2 or np.ptp(human) == 0 or np.ptp(predicted) == 0:
        return None
    return _number(np.corrcoef(human, predicted)[0, 1])


def to_grid(scores, step: float, max_score: float) -> np.ndarray:
    """Category index of each score on the grid 0, step, 2*step, ... max_score."""
    if step <= 0 or max_score <= 0:
        raise ValueError("step and max_score must be positive.")
    categories = int(round(max_score / step))
    return np.clip(np.rint(np.asarray(scores, dtype=float) / step), 0, categories).astype(int)


def exact_match(human, predicted, step: float, max_score: float) -> float | None:
    """Share of answers whose predicted score lands on the human's grid point."""
    human, predicted = _arrays(human, predicted)
    if not human.size:
        return None
    return float((to_grid(human, step, max_score) == to_grid(predicted, step, max_score)).mean())


def quadratic_weighted_kappa(human, predicted, step: float, max_score: float) -> float | None:
    """Cohen's kappa with quadratic weights on the score grid:
    1 - sum(W * observed) / sum(W * expected), W[i, j] = (i - j)^2 / (K - 1)^2."""
    human, predicted = _arrays(human, predicted)
    if not human.size:
        return None
    a, b = to_grid(human, step, max_score), to_grid(predicted, step, max_score)
    size = int(round(max_score / step)) + 1
    observed = np.zeros((size, size))
    np.add.at(observed, (a, b), 1)
    expected = np.outer(np.bincount(a, minlength=size), np.bincount(b, minlength=size)) / human.size
    index = np.arange(size)
    weights = (index[:, None] - index[None, :]) ** 2 / (size - 1) ** 2
    disagreement_by_chance = (weights * expected).sum()
    if disagreement_by_chance == 0:
        return None
    return _number(1 - (weights * observed).sum() / disagreement_by_chance)


def rate(count: int, total: int) -> float | None:
    return count / total if total else None


def latency_percentiles(latencies_ms: Sequence[float]) -> tuple[float | None, float | None]:
    """(p50, p95) in milliseconds, linearly interpolated between samples."""
    values = [v for v in latencies_ms if v is not None]
    if not values:
        return None, None
    p50, p95 = np.percentile(values, [50, 95])
    return round(float(p50), 1), round(float(p95), 1)


def bootstrap_interval(
    metric: Callable[[np.ndarray, np.ndarray], float | None],
    human,
    predicted,
    *,
    samples: int = DEFAULT_BOOTSTRAP_SAMPLES,
    seed: int = 0,
    confidence: float = 0.95,
) -> tuple[float, float] | None:
    """Percentile bootstrap interval of ``metric``: resample the answers with replacement
    ``samples`` times (seeded, so the same data give the same interval). Resamples where
    the metric is undefined are left out; None when fewer than two answers or no defined
    resample."""
    human, predicted = _arrays(human, predicted)
    if human.size < 2 or samples < 1:
        return None
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(samples):
        picked = rng.integers(0, human.size, human.size)
        value = metric(human[picked], predicted[picked])
        if value is not None:
            values.append(value)
    if not values:
        return None
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return round(float(low), 4), round(float(high), 4)


def agreement(
    human: Sequence[float],
    predicted: Sequence[float],
    *,
    max_score: float,
    step: float = DEFAULT_STEP,
    bootstrap_samples: int = DEFAULT_BOOTSTRAP_SAMPLES,
    seed: int = 0,
) -> dict:
    """Every score metric for one provider and one section (or the total), as JSON."""

    def kappa(h, p):
        return quadratic_weighted_kappa(h, p, step, max_score)

    def rounded(value):
        return None if value is None else round(value, 4)

    return {
        "n": len(human),
        "mae": rounded(mae(human, predicted)),
        "mae_ci": bootstrap_interval(mae, human, predicted, samples=bootstrap_samples, seed=seed),
        "rmse": rounded(rmse(human, predicted)),
        "pearson": rounded(pearson(human, predicted)),
        "qwk": rounded(kappa(human, predicted)),
        "qwk_ci": bootstrap_interval(kappa, human, predicted, samples=bootstrap_samples, seed=seed),
        "exact": rounded(exact_match(human, predicted, step, max_score)),
        "step": step,
    }
