"""Suggestion pages: "Suggest" on the grading form, "Suggest for all ungraded" on an
assignment, and the JSON its progress bar polls. Objects are scoped by gradebook.access, so
another instructor's submission or assignment is a 404."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from gradebook.access import assignments_for, submissions_for

from . import suggestions
from .models import GradingBatch


@transaction.non_atomic_requests  # the model's seconds hold no transaction; the service commits its own rows
@login_required
@require_POST
def suggest_submission(request, pk):
    """Ask for a suggestion now; the grading page (or the answer group's page, for a group's
    representative) then shows it in the form, or why there is none."""
    submission = get_object_or_404(
        submissions_for(request.user).select_related("assignment__course", "assignment__rubric"), pk=pk
    )
    suggestions.suggest_for_submission(submission, request.user)
    group = request.POST.get("group", "")
    if group.isdigit() and submission.answer_group_id == int(group):
        return redirect("gradebook:answer_group", pk=submission.answer_group_id)
    return redirect("gradebook:grade_submission", pk=submission.pk)


@login_required
@require_POST
def suggest_ungraded(request, pk):
    assignment = get_object_or_404(assignments_for(request.user).select_related("rubric"), pk=pk)
    try:
        batch = suggestions.suggest_for_assignment(assignment, request.user)
    except suggestions.SuggestionError as error:
        messages.error(request, str(error))
    else:
        messages.info(request, f"Suggesting grades for {batch.total} ungraded submissions; the bar shows the progress.")
    return redirect("gradebook:assignment_detail", pk=assignment.pk)


@login_required
def batch_status(request, pk):
    batch = get_object_or_404(GradingBatch.objects.filter(assignment__in=assignments_for(request.user)), pk=pk)
    return JsonResponse(suggestions.batch_status(batch))
