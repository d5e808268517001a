"""Answer groups: the assignment's groups largest first, a group graded at once with the
rubric form, an answer taken out of its group. Rules live in gradebook.answer_groups."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from llm.grouping import THRESHOLD_STEP

from ..access import assignments_for, submissions_for
from ..answer_groups import current_threshold, describe, form_groups, grade_group, groups_of, move_answer, ungrouped
from ..forms import GradingForm
from ..models import AnswerGroup, Evaluation
from ..services import final_evaluation, grading_progress

SAVE_AND_NEXT = "next"
THRESHOLD_MOVES = {"tighter": THRESHOLD_STEP, "looser": -THRESHOLD_STEP, "form": 0.0}


def groups_for(user):
    return AnswerGroup.objects.filter(assignment__in=assignments_for(user))


@login_required
def answer_groups(request, pk):
    """GET: the groups. POST ``action`` form/tighter/looser: re-form them at the current
    threshold, one step higher, or one step lower."""
    assignment = get_object_or_404(assignments_for(request.user).select_related("course", "rubric"), pk=pk)
    if request.method == "POST":
        move = THRESHOLD_MOVES.get(request.POST.get("action"))
        if move is None:
            messages.error(request, "Choose to form the groups, or make them tighter or looser.")
            return redirect("gradebook:answer_groups", pk=assignment.pk)
        groups = form_groups(assignment, current_threshold(assignment) + move)
        messages.success(
            request, f"Formed {len(groups)} groups at similarity {groups[0].threshold if groups else '—'}."
        )
        return redirect("gradebook:answer_groups", pk=assignment.pk)
    views = [describe(group) for group in groups_of(assignment)]
    return render(
        request,
        "gradebook/answer_groups.html",
        {
            "assignment": assignment,
            "course": assignment.course,
            "groups": views,
            "threshold": current_threshold(assignment),
            "ungrouped": ungrouped(assignment).count(),
            "progress": grading_progress(assignment),
        },
    )


def next_ungraded_group(assignment, after: AnswerGroup | None = None) -> AnswerGroup | None:
    """The largest group that still has an ungraded answer (groups are formed if there are none)."""
    if not assignment.answer_groups.exists():
        form_groups(assignment)
    has_ungraded = Exists(
        assignment.submissions.filter(answer_group=OuterRef("pk")).exclude(evaluations__status=Evaluation.Status.FINAL)
    )
    groups = groups_of(assignment).annotate(has_ungraded=has_ungraded).filter(has_ungraded=True)
    if after is not None:
        groups = groups.exclude(pk=after.pk)
    return groups.first()


@login_required
def grade_groups(request, pk):
    """ "Grade by groups": open the largest group with an ungraded answer."""
    assignment = get_object_or_404(assignments_for(request.user), pk=pk)
    group = next_ungraded_group(assignment)
    if group is None:
        messages.info(request, "Every answer of this assignment is graded.")
        return redirect("gradebook:answer_groups", pk=assignment.pk)
    return redirect("gradebook:answer_group", pk=group.pk)


@login_required
def answer_group(request, pk):
    """One group: its representative answer, the rubric form (filled from the model's
    suggestion for the representative, else its grade), and every member."""
    group = get_object_or_404(
        groups_for(request.user).select_related("assignment__course", "assignment__rubric", "representative"), pk=pk
    )
    assignment = group.assignment
    view = describe(get_object_or_404(groups_of(assignment), pk=group.pk))
    rubric = assignment.rubric
    current = final_evaluation(group.representative) if group.representative else None
    shown = view.suggestion or current
    initial = GradingForm.initial_from(shown.sections, rubric.sections) if shown else None
    form = GradingForm(request.POST or None, initial=initial, rubric=rubric.sections)
    if request.method == "POST" and form.is_valid():
        try:
            evaluations = grade_group(group, form.cleaned_scores, request.user)
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(
                request,
                f"Saved the grade {evaluations[0].total} / {rubric.max_total} "
                f"for the {len(evaluations)} answers of the group.",
            )
            if request.POST.get("action") == SAVE_AND_NEXT:
                following = next_ungraded_group(assignment, after=group)
                if following is not None:
                    return redirect("gradebook:answer_group", pk=following.pk)
                messages.info(request, "That was the last group with ungraded answers.")
            return redirect("gradebook:answer_groups", pk=assignment.pk)
    return render(
        request,
        "gradebook/answer_group.html",
        {
            "assignment": assignment,
            "course": assignment.course,
            "rubric": rubric,
            "view": view,
            "group": group,
            "form": form,
            "suggestion": view.suggestion,
            "save_and_next": SAVE_AND_NEXT,
            "progress": grading_progress(assignment),
        },
        status=400 if form.is_bound else 200,
    )


@login_required
@require_POST
def take_out(request, pk):
    """Take an answer out of its group into a group of its own; its grade stays."""
    submission = get_object_or_404(submissions_for(request.user).select_related("answer_group"), pk=pk)
    old = submission.answer_group
    move_answer(submission, None)
    label = submission.anonymous_label if submission.assignment.hides_students else submission.student.student_id
    messages.success(request, f"Took {label} out of the group; its grade is unchanged.")
    if old is not None and AnswerGroup.objects.filter(pk=old.pk).exists():
        return redirect("gradebook:answer_group", pk=old.pk)
    return redirect("gradebook:answer_groups", pk=submission.assignment_id)
