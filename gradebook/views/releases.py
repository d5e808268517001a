"""Grades released to students: the instructor releases an assignment's grades and answers
regrade requests; a student reads their own grades and asks for a regrade on their signed
study link (no login). Rules live in gradebook.releases."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from ..access import assignments_for
from ..forms import GradingForm
from ..models import RegradeRequest, Submission
from ..releases import (
    REASON_MAX_CHARS,
    answer_regrade,
    release_grades,
    released_grades_for,
    request_regrade,
    set_anonymous_grading,
)
from ..services import final_evaluation
from .study_cards import _student


class RegradeRequestForm(forms.Form):
    reason = forms.CharField(
        max_length=REASON_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="What should be looked at again, and why?",
    )


class RegradeAnswerForm(forms.Form):
    answer = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Your answer to the student")


def requests_for(user):
    return RegradeRequest.objects.filter(submission__assignment__in=assignments_for(user))


@login_required
@require_POST
def release(request, pk):
    assignment = get_object_or_404(assignments_for(request.user), pk=pk)
    try:
        release_grades(assignment, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "The grades are released: each student sees their own grade on their study link.")
    return redirect("gradebook:assignment_detail", pk=assignment.pk)


@login_required
@require_POST
def anonymous_grading(request, pk):
    assignment = get_object_or_404(assignments_for(request.user), pk=pk)
    set_anonymous_grading(assignment, request.POST.get("anonymous") == "1")
    return redirect("gradebook:assignment_detail", pk=assignment.pk)


@login_required
def regrade_answer(request, pk):
    """The request, the answer, and the rubric form with the current grade: saving with
    other scores changes the grade as well."""
    regrade = get_object_or_404(
        requests_for(request.user).select_related(
            "submission__student", "submission__assignment__rubric", "submission__assignment__course"
        ),
        pk=pk,
    )
    submission = regrade.submission
    rubric = submission.assignment.rubric
    current = final_evaluation(submission)
    initial = GradingForm.initial_from(current.sections, rubric.sections) if current else None
    grading = GradingForm(request.POST or None, initial=initial, rubric=rubric.sections)
    form = RegradeAnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and grading.is_valid():
        try:
            answer_regrade(regrade, form.cleaned_data["answer"], request.user, grading.cleaned_scores)
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(request, "Answered the regrade request.")
            return redirect("gradebook:assignment_detail", pk=submission.assignment_id)
    return render(
        request,
        "gradebook/regrade_answer.html",
        {
            "regrade": regrade,
            "submission": submission,
            "assignment": submission.assignment,
            "course": submission.assignment.course,
            "rubric": rubric,
            "form": grading,
            "answer_form": form,
            "evaluation": current,
        },
        status=400 if form.is_bound else 200,
    )


def student_grades(request, token, form=None, asked=None):
    """The student's own released grades, nothing of anyone else's."""
    student = _student(token)
    return render(
        request,
        "gradebook/student_grades.html",
        {
            "student": student,
            "grades": released_grades_for(student),
            "token": token,
            "form": form or RegradeRequestForm(),
            "asked": asked,
        },
        status=400 if form is not None else 200,
    )


@require_POST
def student_regrade(request, token, pk):
    student = _student(token)
    submission = get_object_or_404(
        Submission.objects.filter(student=student, assignment__grades_released_at__isnull=False), pk=pk
    )
    form = RegradeRequestForm(request.POST)
    if form.is_valid():
        try:
            request_regrade(student, submission, form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(request, "Your request is sent to your instructor.")
            return redirect("gradebook:student_grades", token=token)
    return student_grades(request, token, form=form, asked=submission.pk)
