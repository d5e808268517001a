"""Gradebook rules shared by the pages, the API, the importer and the admin."""
from __future__ import annotations

import csv
import io

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q

from .documents import extract_text
from .models import Assignment, Enrollment, Evaluation, Student, Submission
from .signals import submissions_arrived


def final_evaluation_exists():
    return Exists(Evaluation.objects.filter(submission=OuterRef("pk"), status=Evaluation.Status.FINAL))


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


def final_evaluation(submission: Submission) -> Evaluation | None:
    return submission.evaluations.filter(status=Evaluation.Status.FINAL).first()


@transaction.atomic
def record_final_evaluation(submission: Submission, sections: dict, graded_by) -> Evaluation:
    """Create or replace the submission's final evaluation; raises ValidationError if invalid."""
    evaluation = (
        Evaluation.objects.select_for_update()
        .filter(submission=submission, status=Evaluation.Status.FINAL)
        .first()
    ) or Evaluation(submission=submission, status=Evaluation.Status.FINAL)
    evaluation.sections = sections
    evaluation.graded_by = graded_by
    evaluation.total = 0
    evaluation.save()
    return evaluation


@transaction.atomic
def enroll(course, student_id: str, name: str = "", email: str = "") -> Student:
    """Find or create the student with this school id and make sure they are in the course."""
    student, created = Student.objects.get_or_create(
        student_id=student_id, defaults={"name": name or student_id, "email": email}
    )
    if created:
        student.full_clean()
    Enrollment.objects.get_or_create(course=course, student=student)
    return student


@transaction.atomic
def create_submission(
    assignment: Assignment,
    student: Student,
    *,
    text: str = "",
    filename: str = "",
    data: bytes | None = None,
    source: str = Submission.Source.TYPED,
) -> Submission:
    """Create a submission from text or from an uploaded document.

    The document's text is extracted before anything is written, so a bad file raises
    DocumentError and leaves nothing behind.
    """
    submission = Submission(assignment=assignment, student=student, source=source)
    if data is not None:
        submission.text = extract_text(filename, data)
        submission.original_filename = filename
        submission.source = Submission.Source.UPLOAD if source == Submission.Source.TYPED else source
    else:
        submission.text = (text or "").strip()
    submission.full_clean(exclude=["original_file"])
    if data is not None:
        submission.original_file.save(filename, ContentFile(data), save=False)
    submission.save()
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
        row = [
            submission.student.student_id,
            submission.student.name,
            *scores,
            evaluation.total if evaluation else "",
            "graded" if evaluation else "ungraded",
            evaluation.graded_by.get_username() if evaluation and evaluation.graded_by else "",
            evaluation.updated_at.isoformat() if evaluation else "",
        ]
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue()
