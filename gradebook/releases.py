"""Grades released to students, and the regrade round-trip: a student asks through their
signed link, the instructor answers and may change the grade.

Each step sends a gradebook signal inside its transaction; consent records it in the audit
log (see gradebook/signals.py: the audit log lives above the gradebook).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Assignment, Evaluation, RegradeRequest, Student, Submission
from .services import final_evaluation, record_final_evaluation
from .signals import grades_released, regrade_answered, regrade_requested

REASON_MAX_CHARS = 2000


@transaction.atomic
def release_grades(assignment: Assignment, by) -> Assignment:
    """From now on each student sees their own grade and comments on their link."""
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.grades_released:
        raise ValidationError("This assignment's grades are already released.")
    assignment.grades_released_at = timezone.now()
    assignment.save(update_fields=["grades_released_at"])
    grades_released.send(sender=Assignment, assignment=assignment, user=by)
    return assignment


def set_anonymous_grading(assignment: Assignment, anonymous: bool) -> Assignment:
    """Hide (or show) who wrote each answer while grading; names show once grades are released."""
    assignment.anonymous_grading = anonymous
    assignment.save(update_fields=["anonymous_grading"])
    return assignment


@dataclass
class ReleasedGrade:
    submission: Submission
    evaluation: Evaluation
    requests: list[RegradeRequest]

    @property
    def assignment(self) -> Assignment:
        return self.submission.assignment

    @property
    def can_ask(self) -> bool:
        return not any(r.status == RegradeRequest.Status.OPEN for r in self.requests)


def released_grades_for(student: Student) -> list[ReleasedGrade]:
    """The student's own graded submissions whose grades are released: all a link shows."""
    submissions = (
        Submission.objects.filter(student=student, assignment__grades_released_at__isnull=False)
        .select_related("assignment__course", "assignment__rubric")
        .prefetch_related("regrade_requests")
        .order_by("assignment__course__code", "assignment__title")
    )
    grades = []
    for submission in submissions:
        evaluation = final_evaluation(submission)
        if evaluation is not None:
            grades.append(ReleasedGrade(submission, evaluation, list(submission.regrade_requests.all())))
    return grades


@transaction.atomic
def request_regrade(student: Student, submission: Submission, reason: str) -> RegradeRequest:
    """A student's request about their own released grade; one open request at a time."""
    reason = (reason or "").strip()
    released = Assignment.objects.filter(pk=submission.assignment_id, grades_released_at__isnull=False).exists()
    if submission.student_id != student.pk or not released:
        raise ValidationError("There is no released grade of yours to ask about here.")
    if not reason:
        raise ValidationError({"reason": "Say what should be looked at again."})
    if len(reason) > REASON_MAX_CHARS:
        raise ValidationError({"reason": f"Keep the reason under {REASON_MAX_CHARS} characters."})
    evaluation = final_evaluation(submission)
    if evaluation is None:
        raise ValidationError("This answer has no grade yet.")
    try:
        with transaction.atomic():
            request = RegradeRequest.objects.create(submission=submission, reason=reason, total_before=evaluation.total)
    except IntegrityError:
        raise ValidationError("You already asked; your instructor has not answered yet.") from None
    regrade_requested.send(sender=RegradeRequest, request=request)
    return request


@transaction.atomic
def answer_regrade(request: RegradeRequest, answer: str, by, sections: dict | None = None) -> RegradeRequest:
    """The instructor's answer; with ``sections`` different from the current grade, the grade
    changes too (a final evaluation by hand). Raises ValidationError for bad scores."""
    request = RegradeRequest.objects.select_for_update().select_related("submission").get(pk=request.pk)
    answer = (answer or "").strip()
    if request.status != RegradeRequest.Status.OPEN:
        raise ValidationError("This request is already answered.")
    if not answer:
        raise ValidationError({"answer": "Write an answer for the student."})
    current = final_evaluation(request.submission)
    if sections is not None and (current is None or sections != current.sections):
        current = record_final_evaluation(request.submission, sections, by)
    request.answer = answer
    request.status = RegradeRequest.Status.ANSWERED
    request.answered_by = by
    request.answered_at = timezone.now()
    request.total_after = current.total if current else None
    request.save()
    regrade_answered.send(sender=RegradeRequest, request=request, user=by)
    return request


def open_requests(assignment: Assignment):
    return RegradeRequest.objects.filter(submission__assignment=assignment, status=RegradeRequest.Status.OPEN)
