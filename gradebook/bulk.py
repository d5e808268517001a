"""Many submissions at once, from documents named after student ids or from a CSV file.

Each item is saved on its own or reported by name with the reason; a bad item never leaves
anything behind (not its submission, not a student enrolled for it).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.db import transaction

from .documents import DocumentError, read_submissions
from .models import Assignment, Enrollment, Student, Submission
from .services import create_submission, enroll
from .uploads import read_upload

CSV_REQUIRED_COLUMNS = {"student_id", "text"}


@dataclass
class BulkReport:
    saved: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


class CsvFormatError(ValueError):
    """The CSV as a whole cannot be read (encoding, header); nothing was saved."""


def _enrolled_student(assignment: Assignment, student_id: str) -> Student | None:
    enrollment = (
        Enrollment.objects.select_related("student")
        .filter(course_id=assignment.course_id, student__student_id=student_id)
        .first()
    )
    return enrollment.student if enrollment else None


def _reason(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return " ".join(m for msgs in error.message_dict.values() for m in msgs)
    return " ".join(error.messages)


def _add_one(assignment, student_id, name, enroll_unknown, by, **submission) -> str | None:
    """Save one submission; return the reason it was refused, or None."""
    student = _enrolled_student(assignment, student_id)
    try:
        with transaction.atomic():
            if student is None:
                if not enroll_unknown:
                    return f"no student with id '{student_id}' is enrolled in this course."
                student = enroll(assignment.course, student_id, name, by=by)
            elif Submission.objects.filter(assignment=assignment, student=student).exists():
                return "this student already has a submission for this assignment."
            create_submission(assignment, student, **submission)
    except DocumentError as error:
        return error.reason
    except ValidationError as error:
        return _reason(error)
    return None


def add_documents(assignment: Assignment, files, *, enroll_unknown: bool = False, by) -> BulkReport:
    """files: (filename, bytes or an uploaded file) pairs, read one at a time. A document's
    student is its file name's stem; a JSON file names its students itself (or, for one
    object without student_id, by its file name too). ``by``: who uploads (see services.enroll)."""
    report = BulkReport()
    for filename, upload in files:
        name = PurePath(filename).name
        try:
            data = upload if isinstance(upload, bytes) else read_upload(upload)
            documents = read_submissions(name, data)
        except DocumentError as error:
            report.failed.append((error.filename, error.reason))
            continue
        for number, document in enumerate(documents, start=1):
            student_id = document.student_id or PurePath(name).stem.strip()
            if len(documents) > 1:  # one of many in a JSON list: its text, not a copy of the whole file
                label = f"{name} item {number} ({student_id})"
                submission = {"text": document.text, "source": Submission.Source.IMPORT}
            else:
                label = name
                submission = {"filename": name, "data": data, "document": document, "source": Submission.Source.UPLOAD}
            reason = _add_one(assignment, student_id, "", enroll_unknown, by, **submission)
            if reason:
                report.failed.append((label, reason))
            else:
                report.saved.append(label)
    return report


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CsvFormatError("the CSV is not in a known encoding; save it as UTF-8.")


def _csv_reason(error: csv.Error) -> str:
    if "field larger than field limit" in str(error):
        return f"a cell is longer than {csv.field_size_limit():,} characters"
    return str(error)


def add_csv_rows(assignment: Assignment, data: bytes, *, enroll_unknown: bool = False, by) -> BulkReport:
    """A CSV with columns student_id, text and optionally name: one submission per row. ``by``: who
    uploads (see services.enroll)."""
    reader = csv.DictReader(io.StringIO(_decode(data), newline=""))
    try:
        columns = {(c or "").strip().lower() for c in reader.fieldnames or []}
        missing = CSV_REQUIRED_COLUMNS - columns
        if missing:
            raise CsvFormatError(
                f"the CSV needs the columns student_id and text; missing: {', '.join(sorted(missing))}."
            )
        rows = list(reader)  # read whole first: a file that is not valid CSV saves nothing
    except csv.Error as error:
        raise CsvFormatError(f"line {reader.line_num} is not valid CSV ({_csv_reason(error)}).") from None
    report = BulkReport()
    for number, row in enumerate(rows, start=2):
        row = {(k or "").strip().lower(): (v or "") for k, v in row.items() if k is not None}
        student_id = row["student_id"].strip()
        label = f"row {number} ({student_id})" if student_id else f"row {number}"
        if not student_id:
            reason = "the student_id is empty."
        elif not row["text"].strip():
            reason = "the text is empty."
        else:
            reason = _add_one(
                assignment,
                student_id,
                row.get("name", "").strip(),
                enroll_unknown,
                by,
                text=row["text"],
                source=Submission.Source.IMPORT,
            )
        if reason:
            report.failed.append((label, reason))
        else:
            report.saved.append(label)
    return report
