"""Suggestion panels for the gradebook's pages: ``{% load grading_suggestions %}``.

The gradebook's templates show them; the state they read (attempts, batches) is this app's.
"""
from django import template

from ..models import GradingBatch, SuggestionAttempt

register = template.Library()


@register.inclusion_tag("training/_suggestion_panel.html", takes_context=True)
def suggestion_panel(context, submission, suggestion=None):
    """The "Suggest" button, and the suggestion in the form below or why there is none.
    ``suggestion``: the one the form is filled from (the grading view picks it)."""
    attempt = submission.suggestion_attempts.order_by("-created_at", "-id").first()
    failed = attempt if attempt and attempt.status == SuggestionAttempt.Status.NO_SUGGESTION else None
    if failed and suggestion and suggestion.created_at > failed.created_at:
        failed = None
    return {
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "submission": submission,
        "suggestion": suggestion,
        "failed": failed,
        "pending": bool(attempt and attempt.status == SuggestionAttempt.Status.PENDING),
    }


@register.inclusion_tag("training/_batch_panel.html", takes_context=True)
def batch_panel(context, assignment, has_ungraded=True):
    """"Suggest for all ungraded", and the progress of the assignment's latest such batch."""
    batch = assignment.grading_batches.filter(scope=GradingBatch.Scope.UNGRADED).first()
    return {
        "csrf_token": context.get("csrf_token"),
        "assignment": assignment,
        "batch": batch,
        "has_ungraded": has_ungraded,
    }
