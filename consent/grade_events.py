"""The gradebook's grade events in the audit log: releasing an assignment's grades, a
student's regrade request, the instructor's answer (connected in ConsentConfig.ready; the
gradebook sends them, see gradebook/signals.py). Details carry ids and totals, never a
student's name or the text of a reason or an answer."""

from . import audit


def on_grades_released(sender, assignment, user, **kwargs):
    audit.record(user, "grades.released", assignment, course=assignment.course_id)


def on_regrade_requested(sender, request, **kwargs):
    submission = request.submission
    audit.record(
        None,
        "grades.regrade_requested",
        request,
        actor_label="student link",
        assignment=submission.assignment_id,
        submission=submission.pk,
        total_before=request.total_before,
    )


def on_regrade_answered(sender, request, user, **kwargs):
    audit.record(
        user,
        "grades.regrade_answered",
        request,
        assignment=request.submission.assignment_id,
        submission=request.submission_id,
        total_before=request.total_before,
        total_after=request.total_after,
        grade_changed=request.total_after != request.total_before,
    )
