"""The grading app's panels on the gradebook's pages (registered in GradingConfig.ready)."""

from django.template.loader import render_to_string

from . import precompute
from .models import GradingBatch, SuggestionAttempt


def suggestion_panel(request, submission, suggestion=None) -> str:
    """The "Suggest" button, and the suggestion in the form below or why there is none.
    ``suggestion``: the one the form is filled from (the grading view picks it). A stale one
    is shown marked so, and a fresh one is queued."""
    stale = precompute.refresh_if_stale(submission, suggestion)
    attempt = submission.suggestion_attempts.order_by("-created_at", "-id").first()
    failed = attempt if attempt and attempt.status == SuggestionAttempt.Status.NO_SUGGESTION else None
    if failed and suggestion and suggestion.created_at > failed.created_at:
        failed = None
    return render_to_string(
        "grading/_suggestion_panel.html",
        {
            "submission": submission,
            "suggestion": suggestion,
            "failed": failed,
            "stale": stale,
            "pending": bool(attempt and attempt.status == SuggestionAttempt.Status.PENDING),
        },
        request=request,
    )


def batch_panel(request, assignment, has_ungraded=True) -> str:
    """ "Suggest for all ungraded", and the progress of the assignment's latest such batch."""
    batch = assignment.grading_batches.filter(scope=GradingBatch.Scope.UNGRADED).first()
    return render_to_string(
        "grading/_batch_panel.html",
        {
            "assignment": assignment,
            "batch": batch,
            "has_ungraded": has_ungraded,
        },
        request=request,
    )


def group_suggestion_panel(request, group, suggestion=None) -> str:
    """ "Suggest" for an answer group's representative: the group's form is then filled from it."""
    if group.representative_id is None:
        return ""
    return render_to_string(
        "grading/_group_suggestion_panel.html",
        {
            "group": group,
            "suggestion": suggestion,
        },
        request=request,
    )
