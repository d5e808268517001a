"""Gradebook rules shared by the pages, the API, the importer and the admin."""

from __future__ import annotations

import csv
import io
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q

from llm.rubric import score_changes

from . import access
from .documents import Document, DocumentError, read_document
from .models import Assignment, Enrollment, Evaluation, Student, Submission, SubmissionPage
from .signals import submissions_arrived


def final_evaluation_exists():
    return Exists(Evaluation.objects.final().filter(submission=OuterRef("pk")))


def grading_progress(assignment: Assignment) -> dict:
    counts = assignment.submissions.aggregate(
        total=Count("id", distinct=True),  # suggestions add evaluation rows to the join
        graded=Count("id", filter=Q(evaluations__status=Evaluation.Status.FINAL), distinct=True),
    )
    total, graded = counts["total"], counts["graded"]
    return {"total": total, "graded": graded, "percent": round(100 * graded / total) if total else 0}


def ungraded_submissions(assignment: Assignment):
    return assignment.submissions.annotate(is_graded=final_evaluation_exists()).filter(is_graded=False)


def next_ungraded(submission: Submission) -> Submission | None:
    """The next ungraded submission after this one in the assignment's order, wrapping around."""
    ordered = list(ungraded_submissions(submission.assignment).exclude(pk=submission.pk).values_list("pk", flat=True))
    if not ordered:
        return None
    all_ids = list(submission.assignment.submissions.values_list("pk", flat=True))
    position = all_ids.index(submission.pk) if submission.pk in all_ids else -1
    after = [pk for pk in all_ids[position + 1 :] if pk in set(ordered)]
    return Submission.objects.get(pk=(after or ordered)[0])


def origin_of_form_grade(suggestion: Evaluation | None, sections: dict) -> str:
    """A grade saved from a form filled with a suggestion whose scores were kept is the
    suggestion accepted; any other is by hand."""
    if suggestion is not None and score_changes(suggestion.sections, sections)[0]:
        return Evaluation.Origin.SUGGESTION
    return Evaluation.Origin.HAND


def final_evaluation(submission: Submission) -> Evaluation | None:
    return submission.evaluations.final().first()


def latest_suggestion(submission: Submission, *, made_after=None) -> Evaluation | None:
    """The submission's newest model suggestion; with ``made_after`` (a datetime), only one made
    after it. The grading form starts from it; only it can be accepted."""
    suggestions = submission.evaluations.suggested()
    if made_after is not None:
        suggestions = suggestions.filter(created_at__gt=made_after)
    return suggestions.order_by("-created_at", "-id").first()


@transaction.atomic
def record_final_evaluation(
    submission: Submission, sections: dict, graded_by, *, origin: str = Evaluation.Origin.HAND
) -> Evaluation:
    """Create or replace the submission's final evaluation; raises ValidationError if invalid.
    ``origin`` says how it was given (by hand, through a group, a suggestion accepted...)."""
    evaluation = (Evaluation.objects.select_for_update().final().filter(submission=submission).first()) or Evaluation(
        submission=submission, status=Evaluation.Status.FINAL
    )
    evaluation.sections = sections
    evaluation.graded_by = graded_by
    evaluation.origin = origin
    evaluation.total = 0
    evaluation.save()
    return evaluation


ENROLL_REFUSED = (
    "This student id is already in use. Ask a super-admin to add this student to the course, or use another id."
)


def may_enroll_existing(user, student: Student) -> bool:
    """Whether ``user`` may add an existing student to a course.

    A student id is guessable, so knowing one proves nothing: only the school itself (``None``:
    the roster import command, the demo), a super-admin, or an instructor who already teaches
    the student may link them to another course. Anyone else would gain the student's name,
    consent link and study link.
    """
    if user is None or user.is_superuser:
        return True
    return access.students_for(user).filter(pk=student.pk).exists()


@transaction.atomic
def enroll(course, student_id: str, name: str = "", email: str = "", *, by) -> Student:
    """Find or create the student with this school id and make sure they are in the course.

    ``by`` is the user acting, or None for the school itself. An id that belongs to a student
    ``by`` may not take on (see may_enroll_existing) is refused with ENROLL_REFUSED, which says
    nothing about that student.
    """
    student, created = Student.objects.get_or_create(
        student_id=student_id, defaults={"name": name or student_id, "email": email}
    )
    if created:
        student.full_clean()
    elif not may_enroll_existing(by, student):
        raise ValidationError({"student_id": ENROLL_REFUSED})
    Enrollment.objects.get_or_create(course=course, student=student)
    return student


def create_submission(
    assignment: Assignment,
    student: Student,
    *,
    text: str = "",
    filename: str = "",
    data: bytes | None = None,
    source: str = Submission.Source.TYPED,
    document: Document | None = None,
) -> Submission:
    """Create a submission from text or from an uploaded document (``document`` when the
    caller has read it already, outside its transaction: OCR can take a while).

    The document is read before anything is written, so a bad file raises DocumentError and
    leaves nothing behind; files written before a later failure are deleted again.
    """
    if data is not None and document is None:
        document = read_document(filename, data)
    if document and document.student_id and document.student_id != student.student_id:
        raise DocumentError(
            PurePath(filename).name, f"the file is the work of student {document.student_id}, not {student.student_id}."
        )
    written = []
    try:
        with transaction.atomic():
            return _save_submission(assignment, student, text, filename, data, source, document, written)
    except BaseException:
        for field_file in written:
            field_file.storage.delete(field_file.name)
        raise


def _save_submission(assignment, student, text, filename, data, source, document, written) -> Submission:
    submission = Submission(assignment=assignment, student=student, source=source)
    if document is not None:
        submission.text = document.text
        submission.original_filename = PurePath(filename).name
        submission.ocr_confidence = document.ocr_confidence
        submission.source = Submission.Source.UPLOAD if source == Submission.Source.TYPED else source
    else:
        submission.text = (text or "").strip()
    submission.full_clean(exclude=["original_file"])
    if document is not None:
        submission.original_file.save(submission.original_filename, ContentFile(data), save=False)
        written.append(submission.original_file)
    submission.save()
    for scanned in document.pages if document else []:
        page = SubmissionPage(
            submission=submission,
            number=scanned.number,
            text=scanned.text,
            confidence=scanned.confidence,
            lines=scanned.lines,
        )
        page.image.save(f"page-{scanned.number}.jpg", ContentFile(scanned.image_jpeg), save=False)
        written.append(page.image)
        page.save()
    transaction.on_commit(lambda: announce_submissions(submission.assignment_id, [submission.pk]))
    return submission


def announce_submissions(assignment_id: int, submission_ids: list[int]) -> None:
    """Tell the apps above (grading) that these committed submissions arrived."""
    submissions_arrived.send(sender=Submission, assignment_id=assignment_id, submission_ids=submission_ids)


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) else value


def grades_csv(assignment: Assignment) -> str:
    """The assignment's grades as CSV: one row per submission, a score column per section."""
    sections = [s["name"] for s in assignment.rubric.sections] if hasattr(assignment, "rubric") else []
    out = io.StringIO()
    writer = csv.writer(out)
    header = ["student_id", "student_name", *sections, "total", "status", "graded_by", "graded_at"]
    writer.writerow([spreadsheet_safe(cell) for cell in header])
    submissions = assignment.submissions.select_related("student").prefetch_related("evaluations")
    for submission in submissions:
        evaluation = next((e for e in submission.evaluations.all() if e.status == Evaluation.Status.FINAL), None)
        scores = [evaluation.sections[name]["score"] if evaluation else "" for name in sections]
        hidden = assignment.hides_students
        row = [
            submission.anonymous_label if hidden else submission.student.student_id,
            "" if hidden else submission.student.name,
            *scores,
            evaluation.total if evaluation else "",
            "graded" if evaluation else "ungraded",
            evaluation.graded_by.get_username() if evaluation and evaluation.graded_by else "",
            evaluation.updated_at.isoformat() if evaluation else "",
        ]
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue()
