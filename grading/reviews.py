"""What instructors did with suggestions: when a final evaluation is saved after a
suggestion (from the grading form, the API, or an accept), a SuggestionReview records whether
the scores were kept and how far they moved; the admin shows the sums per model version.

Kept apart from grading.suggestions so that the post_save receiver does not load torch.
"""

from __future__ import annotations

from django.db.models import Avg, Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from gradebook.models import Evaluation
from llm.rubric import score_changes

from . import metrics
from .models import SuggestionReview


def record_review(final: Evaluation) -> SuggestionReview | None:
    """When a final evaluation is saved after a suggestion, record what the instructor did
    with it (through on_evaluation_saved, a post_save receiver)."""
    if final.status != Evaluation.Status.FINAL:
        return None
    suggestion = (
        Evaluation.objects.suggested()
        .filter(submission_id=final.submission_id, created_at__lte=final.updated_at)
        .order_by("-created_at", "-id")
        .first()
    )
    if suggestion is None:
        return None
    accepted, section_change = score_changes(suggestion.sections, final.sections)
    review, created = SuggestionReview.objects.update_or_create(
        suggestion=suggestion,
        defaults={
            "final": final,
            "model_version_label": suggestion.model_version_label,
            "accepted_as_is": accepted,
            "total_abs_change": round(abs(final.total - suggestion.total), 6),
            "section_abs_change": round(section_change, 6),
            "reviewed_by": final.graded_by,
        },
    )
    if created:
        metrics.record_review(review.model_version_label, accepted, review.total_abs_change / max_total(suggestion))
    return review


def max_total(suggestion: Evaluation) -> float:
    """The rubric's maximum as the suggestion saw it (at least 1, so a share is defined)."""
    return max(1.0, sum(float(section.get("max_score") or 0) for section in suggestion.sections.values()))


def on_evaluation_saved(sender, instance, raw=False, **kwargs) -> None:
    if not raw:  # loading fixtures
        record_review(instance)


def with_provenance(versions):
    """Model versions annotated, by label, with what became of their suggestions:
    ``suggestions_made``, ``suggestions_reviewed`` (a final grade followed), ``accepted_as_is``,
    and the mean absolute change of the total and of a section's score (None before any review)."""
    made = (
        Evaluation.objects.suggested()
        .filter(model_version_label=OuterRef("label"))
        .values("model_version_label")
        .annotate(n=Count("id"))
        .values("n")
    )
    reviews = SuggestionReview.objects.filter(model_version_label=OuterRef("label")).values("model_version_label")
    return versions.annotate(
        suggestions_made=Coalesce(Subquery(made), 0),
        suggestions_reviewed=Coalesce(Subquery(reviews.annotate(n=Count("id")).values("n")), 0),
        accepted_as_is=Coalesce(
            Subquery(reviews.annotate(n=Count("id", filter=Q(accepted_as_is=True))).values("n")), 0
        ),
        mean_total_change=Subquery(reviews.annotate(mean=Avg("total_abs_change")).values("mean")),
        mean_section_change=Subquery(reviews.annotate(mean=Avg("section_abs_change")).values("mean")),
    )
