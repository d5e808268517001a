"""The grading app's per-event metrics (kept in the database, see core.metrics): what came of
each suggestion request and what instructors did with each suggestion."""

from __future__ import annotations

from core import metrics
from llm.grading import GradeOutcome

SUGGESTIONS = metrics.counter(
    "gradeloop_suggestions",
    "Suggestion requests finished, by the provider and model version that answered "
    "(the first tried when none did) and outcome: ok, fallback (a later provider of the chain answered), "
    "invalid (no provider gave scores that passed the rubric checks), error (no reply at all).",
    ["provider", "model_version", "outcome"],
)
LATENCY = metrics.histogram(
    "gradeloop_suggestion_latency_seconds",
    "Time the answering provider took for a suggestion, retries included.",
    ["provider", "model_version"],
    [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60],
)
TOKENS = metrics.histogram(
    "gradeloop_suggestion_tokens",
    "Tokens of a suggestion's prompt and completion (where the provider counts them).",
    ["provider", "kind"],
    [64, 128, 256, 512, 1024, 2048, 4096, 8192],
)
REVIEWS = metrics.counter(
    "gradeloop_reviews",
    "Suggestions followed by an instructor's final grade, by the suggestion's model version.",
    ["model_version"],
)
ACCEPTED = metrics.counter(
    "gradeloop_reviews_accepted",
    "Reviewed suggestions whose scores the instructor kept as they were.",
    ["model_version"],
)
CHANGED = metrics.counter(
    "gradeloop_reviews_changed", "Reviewed suggestions whose scores the instructor changed.", ["model_version"]
)
CHANGE = metrics.histogram(
    "gradeloop_review_change_ratio",
    "Absolute change of the total, final minus suggested, as a share of the "
    "rubric's maximum (0: kept, 1: moved across the whole scale).",
    ["model_version"],
    [0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1],
)
SHADOW = metrics.counter(
    "gradeloop_shadow_suggestions",
    "Suggestions a rollout's shadow version made beside the served one (never "
    "shown; kept out of gradeloop_suggestions).",
    ["model_version", "outcome"],
)


def outcome_kind(outcome: GradeOutcome) -> str:
    if outcome.ok:
        return "fallback" if outcome.failures else "ok"
    if any(reason.startswith("invalid reply") for _, _, reason in outcome.failures):
        return "invalid"
    return "error"


def _answered_by(outcome: GradeOutcome) -> tuple[str, str]:
    if outcome.ok:
        return outcome.provider, outcome.model_label
    if outcome.failures:
        name, label, _ = outcome.failures[0]
        return name, label
    return "none", ""


def record_suggestion(outcome: GradeOutcome) -> str:
    """Count a finished suggestion request (one statement); returns its outcome kind."""
    kind = outcome_kind(outcome)
    provider, label = _answered_by(outcome)
    rows = [metrics.increment(SUGGESTIONS, provider=provider, model_version=label, outcome=kind)]
    if outcome.ok:
        rows.append(metrics.observation(LATENCY, outcome.latency_ms / 1000, provider=provider, model_version=label))
        for token_kind, n in (("prompt", outcome.prompt_tokens), ("completion", outcome.completion_tokens)):
            if n is not None:
                rows.append(metrics.observation(TOKENS, n, provider=provider, kind=token_kind))
    metrics.record(*rows)
    return kind


def record_shadow(outcome: GradeOutcome, label: str) -> None:
    metrics.inc(SHADOW, model_version=label, outcome=outcome_kind(outcome))


def record_review(label: str, accepted: bool, change_ratio: float) -> None:
    metrics.record(
        metrics.increment(REVIEWS, model_version=label),
        metrics.increment(ACCEPTED if accepted else CHANGED, model_version=label),
        metrics.observation(CHANGE, change_ratio, model_version=label),
    )
