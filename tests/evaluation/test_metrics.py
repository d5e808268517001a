"""Metrics against values computed by hand (the working is in each test)."""

import json
import math

import pytest

from evaluation import metrics

HUMAN = [1, 2, 3, 4]
PREDICTED = [2, 2, 4, 3]


def test_mae_and_rmse_of_small_errors():
    # errors 1, 0, 1, 1: MAE 3/4, RMSE sqrt(3/4)
    assert metrics.mae(HUMAN, PREDICTED) == 0.75
    assert metrics.rmse(HUMAN, PREDICTED) == pytest.approx(math.sqrt(0.75))


def test_pearson_from_deviations():
    # deviations h: -1.5 -0.5 0.5 1.5, p: -0.75 -0.75 1.25 0.25; sum(hp) 2.5, sum(h²) 5, sum(p²) 2.75
    assert metrics.pearson(HUMAN, PREDICTED) == pytest.approx(2.5 / math.sqrt(5 * 2.75))


def test_quadratic_weighted_kappa_on_a_one_point_grid():
    # grid 0..4 (K = 5), W = (i - j)² / 16. Observed: three answers one step off -> 3/16.
    # Expected: human counts [0,1,1,1,1], predicted [0,0,2,1,1]: sum of counts * (i - j)² = 32,
    # / 16 / 4 answers = 0.5. kappa = 1 - (3/16) / 0.5 = 0.625.
    assert metrics.quadratic_weighted_kappa(HUMAN, PREDICTED, step=1, max_score=4) == pytest.approx(0.625)


def test_kappa_is_one_for_perfect_agreement_and_undefined_for_one_category():
    assert metrics.quadratic_weighted_kappa([0, 2.5, 5], [0, 2.5, 5], step=0.5, max_score=5) == 1.0
    assert metrics.quadratic_weighted_kappa([3, 3], [3, 3], step=0.5, max_score=5) is None


def test_scores_are_rounded_to_the_nearest_grid_point_within_bounds():
    # 3.3/0.5 = 6.6 -> 7; 3.2 -> 6.4 -> 6; 2.75 -> 5.5 -> 6 (halves to even); 0.2 -> 0; 7 -> clipped to 10
    assert metrics.to_grid([3.3, 3.2, 2.75, 0.2, 7], step=0.5, max_score=5).tolist() == [7, 6, 6, 0, 10]


def test_exact_match_compares_grid_points():
    # step 1: only the second answer (2 and 2) matches; step 0.5: 3.1 and 2.9 both land on 3.0
    assert metrics.exact_match(HUMAN, PREDICTED, step=1, max_score=4) == 0.25
    assert metrics.exact_match([3.1, 1], [2.9, 2], step=0.5, max_score=5) == 0.5


def test_undefined_metrics_are_none_not_nan():
    assert metrics.pearson([1, 2, 3], [2, 2, 2]) is None
    assert metrics.mae([], []) is None and metrics.rmse([], []) is None
    assert metrics.exact_match([], [], step=0.5, max_score=5) is None


def test_mismatched_lengths_are_refused():
    with pytest.raises(ValueError, match="3 human scores but 2 predictions"):
        metrics.mae([1, 2, 3], [1, 2])


def test_rates_and_latency_percentiles():
    assert metrics.rate(3, 4) == 0.75 and metrics.rate(0, 0) is None
    # p50 is the middle sample; p95 sits at rank 0.95 * 4 = 3.8, between 40 and 50: 48
    assert metrics.latency_percentiles([50, 10, 30, 20, 40]) == (30.0, 48.0)
    assert metrics.latency_percentiles([]) == (None, None)


def test_bootstrap_interval_is_seeded_and_brackets_the_estimate():
    human = [0, 1, 2, 3, 4, 5, 1, 2, 3, 4]
    predicted = [1, 1, 3, 3, 3, 4, 2, 2, 4, 4]
    first = metrics.bootstrap_interval(metrics.mae, human, predicted, samples=300, seed=5)
    assert first == metrics.bootstrap_interval(metrics.mae, human, predicted, samples=300, seed=5)
    low, high = first
    assert low <= metrics.mae(human, predicted) == 0.6 <= high
    assert 0 <= low < high <= 1, "every error is 0 or 1, so every resample's MAE is in [0, 1]"


def test_bootstrap_needs_two_answers():
    assert metrics.bootstrap_interval(metrics.mae, [1], [2]) is None


def test_agreement_gives_every_metric_as_json():
    result = metrics.agreement(HUMAN, PREDICTED, max_score=4, step=1, bootstrap_samples=50)
    assert result["n"] == 4 and result["mae"] == 0.75 and result["qwk"] == 0.625 and result["exact"] == 0.25
    assert result["rmse"] == round(math.sqrt(0.75), 4) and result["step"] == 1
    low, high = result["qwk_ci"]
    assert low <= high
    assert json.loads(json.dumps(result))["mae_ci"] == list(result["mae_ci"])
