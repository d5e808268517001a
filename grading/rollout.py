"""Rollout of a candidate version on live requests, the grading side: which version serves a
submission, the shadow grade beside it, and how the two compare with instructors' final grades.

The steps (start shadow, canary shares, promote, roll back) write the promotion history, so
they live in evaluation.rollout; the rules they obey are here, in plain functions.

Comparison: over the submissions both versions graded during the rollout and an instructor
then gave a final grade, per version: MAE of the total, exact match of the total, and the
share the instructor would have accepted as is (same section scores). A version that gave no
valid scores for a submission counts as wrong by the whole scale there. Intervals are
percentile bootstrap intervals over submissions (ROLLOUT_BOOTSTRAP resamples, fixed seed).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
from django.conf import settings

from gradebook.models import Evaluation
from llm.grading import GradeOutcome
from training.models import ModelVersion

from .models import Rollout, RolloutGrade
from .reviews import max_total, score_changes


def current_rollout() -> Rollout | None:
    """The open rollout, if its versions are still what it started with (a promotion or
    rollback outside it ends its effect at once)."""
    rollout = Rollout.objects.filter(stage__in=Rollout.OPEN).select_related("candidate", "active").first()
    if rollout is None:
        return None
    if rollout.candidate.status != ModelVersion.Status.CANDIDATE or rollout.active.status != ModelVersion.Status.ACTIVE:
        return None
    return rollout


def hash_point(rollout_id: int, submission_id: int) -> float:
    """A number in [0, 1) fixed for a submission within a rollout: a submission in the 10 %
    canary stays in the 50 % one."""
    digest = hashlib.sha256(f"rollout:{rollout_id}:submission:{submission_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def serving_version(rollout: Rollout, submission_id: int) -> ModelVersion:
    if rollout.stage == Rollout.Stage.CANARY and hash_point(rollout.pk, submission_id) < rollout.share:
        return rollout.candidate
    return rollout.active


def other_version(rollout: Rollout, version: ModelVersion) -> ModelVersion:
    return rollout.active if version.pk == rollout.candidate_id else rollout.candidate


def record_grade(
    rollout: Rollout, submission_id: int, version: ModelVersion, outcome: GradeOutcome, kind: str, served: bool
) -> RolloutGrade:
    """Store a version's grade; scores count only when that version itself produced them."""
    own = outcome.ok and outcome.model_label == version.label
    return RolloutGrade.objects.create(
        rollout=rollout,
        submission_id=submission_id,
        version=version,
        served=served,
        outcome=kind,
        sections=outcome.scores if own else None,
        total=outcome.total if own else None,
        latency_ms=round(outcome.latency_ms) if own else None,
    )


# --- Comparison ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    value: float | None
    low: float | None = None
    high: float | None = None


@dataclass
class VersionFigures:
    label: str
    role: str  # "active" or "candidate"
    mae: Figure
    exact: Figure
    accepted: Figure
    valid_rate: float | None


@dataclass
class Comparison:
    n_reviewed: int
    versions: list[VersionFigures] = field(default_factory=list)
    mae_difference: Figure = Figure(None)  # candidate minus active: positive is worse

    def as_dict(self) -> dict:
        def fig(f: Figure):
            return {"value": f.value, "low": f.low, "high": f.high}

        return {
            "n_reviewed": self.n_reviewed,
            "mae_difference": fig(self.mae_difference),
            "versions": [
                {
                    "label": v.label,
                    "role": v.role,
                    "mae": fig(v.mae),
                    "exact_match": fig(v.exact),
                    "accepted_as_is": fig(v.accepted),
                    "valid_rate": v.valid_rate,
                }
                for v in self.versions
            ],
        }


def _paired_rows(rollout: Rollout):
    """(final, {version id: latest grade}) for each submission both versions graded before its final grade."""
    latest: dict[int, dict[int, RolloutGrade]] = {}
    for grade in RolloutGrade.objects.filter(rollout=rollout).only(
        "submission_id", "version_id", "sections", "total", "created_at"
    ):
        latest.setdefault(grade.submission_id, {})[grade.version_id] = grade
    both = {
        sub: grades for sub, grades in latest.items() if rollout.candidate_id in grades and rollout.active_id in grades
    }
    finals = Evaluation.objects.filter(status=Evaluation.Status.FINAL, submission_id__in=list(both)).only(
        "submission_id", "sections", "total", "updated_at"
    )
    for final in finals:
        grades = both[final.submission_id]
        if final.updated_at >= max(g.created_at for g in grades.values()):
            yield final, grades


def _scores(grade: RolloutGrade, final: Evaluation) -> tuple[float, float, float, float]:
    """(absolute error, exact, accepted as is, valid) of one grade against the final one."""
    if grade.sections is None:
        return max_total(final), 0.0, 0.0, 0.0
    error = abs(grade.total - final.total)
    accepted, _ = score_changes(grade.sections, final.sections)
    return error, float(error < 1e-9), float(accepted), 1.0


def compare(rollout: Rollout) -> Comparison:
    rows = list(_paired_rows(rollout))
    roles = [("active", rollout.active), ("candidate", rollout.candidate)]
    table = np.array([[_scores(grades[v.pk], final) for _, v in roles] for final, grades in rows]).reshape(
        len(rows), 2, 4
    )
    comparison = Comparison(n_reviewed=len(rows))
    for i, (role, version) in enumerate(roles):
        cols = table[:, i, :]
        comparison.versions.append(
            VersionFigures(
                version.label,
                role,
                _figure(cols[:, 0]),
                _figure(cols[:, 1]),
                _figure(cols[:, 2]),
                float(cols[:, 3].mean()) if len(rows) else None,
            )
        )
    comparison.mae_difference = _figure(table[:, 1, 0] - table[:, 0, 0])
    return comparison


BOOTSTRAP_CHUNK = 100  # resamples drawn at a time: memory stays at 100 x n whatever ROLLOUT_BOOTSTRAP is


def _figure(values: np.ndarray) -> Figure:
    """The mean with its percentile bootstrap interval. Every figure draws the same seeded
    resamples of the submissions, so the versions are compared on the same draws."""
    n = len(values)
    if not n:
        return Figure(None)
    mean = float(values.mean())
    if n < 2:
        return Figure(mean)
    rng, remaining, means = np.random.default_rng(0), settings.ROLLOUT_BOOTSTRAP, []
    while remaining > 0:
        size = min(BOOTSTRAP_CHUNK, remaining)
        means.append(values[rng.integers(0, n, size=(size, n))].mean(axis=1))
        remaining -= size
    low, high = np.percentile(np.concatenate(means), [2.5, 97.5])
    return Figure(mean, float(low), float(high))


# --- The gate and the rollback rule --------------------------------------------------------


@dataclass(frozen=True)
class StepDecision:
    allowed: bool
    reason: str
    figures: dict = field(default_factory=dict)


def next_step(rollout: Rollout) -> tuple[str, float]:
    """(stage, share) the rollout would go to next: canary at each ROLLOUT_CANARY_SHARES, then promoted."""
    shares = sorted(settings.ROLLOUT_CANARY_SHARES)
    if rollout.stage == Rollout.Stage.SHADOW and shares:
        return Rollout.Stage.CANARY, shares[0]
    later = [share for share in shares if share > rollout.share + 1e-9]
    if rollout.stage == Rollout.Stage.CANARY and later:
        return Rollout.Stage.CANARY, later[0]
    return Rollout.Stage.PROMOTED, 1.0


def gate(rollout: Rollout, comparison: Comparison | None = None) -> StepDecision:
    """The next step is allowed with at least ROLLOUT_MIN_REVIEWS reviewed submissions and a
    candidate MAE no more than ROLLOUT_MARGIN above the active version's."""
    if not rollout.is_open:
        return StepDecision(False, f"The rollout is {rollout.get_stage_display().lower()}: no step is left.")
    comparison = comparison or compare(rollout)
    figures = _figures(comparison)
    minimum, margin = settings.ROLLOUT_MIN_REVIEWS, settings.ROLLOUT_MARGIN
    if comparison.n_reviewed < max(1, minimum):
        return StepDecision(
            False,
            f"{comparison.n_reviewed} reviewed submissions graded by both versions; "
            f"the next step needs {minimum} (ROLLOUT_MIN_REVIEWS).",
            figures,
        )
    difference = comparison.mae_difference.value
    if difference > margin:
        return StepDecision(
            False,
            f"The candidate's MAE is {difference:.3f} above the active version's on "
            f"{comparison.n_reviewed} reviewed submissions (ROLLOUT_MARGIN is {margin:g}).",
            figures,
        )
    return StepDecision(
        True,
        f"The candidate's MAE is within {margin:g} of the active version's "
        f"({difference:+.3f}) on {comparison.n_reviewed} reviewed submissions.",
        figures,
    )


def clearly_worse(rollout: Rollout, comparison: Comparison | None = None) -> StepDecision:
    """Roll back when ROLLOUT_AUTO_ROLLBACK is on, at least ROLLOUT_ROLLBACK_MIN_REVIEWS
    submissions are reviewed, and even the low end of the interval of the MAE difference is
    above ROLLOUT_ROLLBACK_MARGIN."""
    if not (settings.ROLLOUT_AUTO_ROLLBACK and rollout.is_open):
        return StepDecision(False, "Automatic rollback is off or the rollout is over.")
    comparison = comparison or compare(rollout)
    figures = _figures(comparison)
    difference = comparison.mae_difference
    if comparison.n_reviewed < settings.ROLLOUT_ROLLBACK_MIN_REVIEWS or difference.low is None:
        return StepDecision(False, "Too few reviewed submissions to judge.", figures)
    if difference.low > settings.ROLLOUT_ROLLBACK_MARGIN:
        return StepDecision(
            True,
            f"The candidate is clearly worse: its MAE is {difference.value:.3f} above the "
            f"active version's (95 % interval {difference.low:.3f} to {difference.high:.3f}) on "
            f"{comparison.n_reviewed} reviewed submissions.",
            figures,
        )
    return StepDecision(False, "The candidate is not clearly worse.", figures)


def _figures(comparison: Comparison) -> dict:
    data = comparison.as_dict()
    return {
        "n_reviewed": data["n_reviewed"],
        "mae_difference": data["mae_difference"],
        **{f"{v['role']}_mae": v["mae"]["value"] for v in data["versions"]},
    }
