"""The grading form: one submission beside fields generated from its rubric."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render

from ..access import assignments_for, submissions_for
from ..forms import GradingForm
from ..services import (
    final_evaluation,
    grading_progress,
    latest_suggestion,
    next_ungraded,
    origin_of_form_grade,
    record_final_evaluation,
    ungraded_submissions,
)

SAVE_AND_NEXT = "next"


@login_required
def start_grading(request, pk):
    """Open the first ungraded submission of an assignment."""
    assignment = get_object_or_404(assignments_for(request.user), pk=pk)
    submission = ungraded_submissions(assignment).first()
    if submission is None:
        messages.info(request, "Every submission of this assignment is graded.")
        return redirect("gradebook:assignment_detail", pk=assignment.pk)
    return redirect("gradebook:grade_submission", pk=submission.pk)


@login_required
def grade_submission(request, pk):
    submission = get_object_or_404(
        submissions_for(request.user).select_related("student", "assignment__course", "assignment__rubric"), pk=pk
    )
    assignment = submission.assignment
    rubric = getattr(assignment, "rubric", None)
    if rubric is None:
        messages.error(request, "This assignment has no rubric to grade against.")
        return redirect("gradebook:assignment_detail", pk=assignment.pk)
    current = final_evaluation(submission)
    suggestion = latest_suggestion(submission, made_after=current.updated_at if current else None)
    shown = suggestion or current
    initial = GradingForm.initial_from(shown.sections, rubric.sections) if shown else None
    form = GradingForm(request.POST or None, initial=initial, rubric=rubric.sections)
    if request.method == "POST" and form.is_valid():
        try:
            origin = origin_of_form_grade(suggestion, form.cleaned_scores)
            evaluation = record_final_evaluation(submission, form.cleaned_scores, request.user, origin=origin)
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            return _after_save(request, submission, evaluation, request.POST.get("action") == SAVE_AND_NEXT)
    return render(
        request,
        "gradebook/grade.html",
        {
            "submission": submission,
            "assignment": assignment,
            "course": assignment.course,
            "rubric": rubric,
            "form": form,
            "evaluation": current,
            "suggestion": suggestion,
            "progress": grading_progress(assignment),
            "save_and_next": SAVE_AND_NEXT,
            "scanned_pages": _scanned_pages(submission),
        },
        status=400 if form.is_bound else 200,
    )


def _scanned_pages(submission):
    """Each scanned page with its OCR words, those under OCR_LOW_CONFIDENCE flagged."""
    threshold = settings.OCR_LOW_CONFIDENCE
    return [
        {
            "page": page,
            "lines": [
                [{"text": word, "confidence": conf, "low": conf < threshold} for word, conf in line]
                for line in page.lines
            ],
        }
        for page in submission.pages.all()
    ]


def _after_save(request, submission, evaluation, go_next):
    max_total = submission.assignment.rubric.max_total
    who = submission.anonymous_label if submission.assignment.hides_students else submission.student.student_id
    messages.success(request, f"Saved the grade of {who}: {evaluation.total} / {max_total}.")
    if go_next:
        following = next_ungraded(submission)
        if following is not None:
            return redirect("gradebook:grade_submission", pk=following.pk)
        messages.info(request, "That was the last ungraded submission.")
    return redirect("gradebook:assignment_detail", pk=submission.assignment_id)
