"""Import graded history from a CSV file: one row per graded answer.

A row names a question (id, text, optional reference answer), a student's answer and the
score it got. Per question id the importer keeps one Assignment in the course
(``external_id`` = the id as text: "11.10" is not "11.1") with a one-section rubric; per row
a Student, an Enrollment, a Submission (source "import") and a final Evaluation written by
``services.record_final_evaluation``.

Without a student-id column each row gets a synthetic student (named by its id) whose id is a hash of the
course code, the question id, the answer text and how many identical answers to that
question came before it in the file, so importing the same file again maps every row to
the same student and finds it already there ("skipped"). Existing grades are never changed.
The same answer to the same question in another file of the same course is taken for the
same row too, unless each file is imported with its own ``label`` (mixed into the hash).

Transactions: before writing anything the whole file is read once to check its encoding,
its CSV structure and its header; a file that fails is refused whole and nothing is written.
Rows are then written in batches, one transaction per batch, and the report only counts
rows of committed batches. If the database fails mid-way, what the report says was imported
is kept, and running the same import again carries on where it stopped.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import math
import re
import time
from collections import Counter
from dataclasses import dataclass, field, fields

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from .models import Assignment, Course, Evaluation, Rubric, Submission
from .services import create_submission, enroll, record_final_evaluation

BATCH_SIZE = 500
KEPT_REJECTIONS = 1000
READ_CHUNK = 1 << 20
SCORE_SECTION = "Score"
STUDENT_ID_PATTERN = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
EXTERNAL_ID_MAX = Assignment._meta.get_field("external_id").max_length
TITLE_MAX = 80


@dataclass
class Columns:
    """Which CSV column holds what. Names match case-insensitively; an empty name means
    the file has no such column. The defaults read the Mohler short-answer layout."""

    question_id: str = "question_id"
    question: str = "question"
    reference: str = "reference_answer"
    answer: str = "student_answer"
    score: str = "score_avg"
    student_id: str = ""
    student_name: str = ""

    REQUIRED = ("question_id", "question", "answer", "score")

    @classmethod
    def defaults(cls) -> dict[str, str]:
        return {f.name: f.default for f in fields(cls)}


@dataclass
class Rejection:
    line: int
    reason: str


@dataclass
class ImportReport:
    imported: int = 0
    skipped: int = 0
    rejected: int = 0
    assignments_created: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def reject(self, line: int, reason: str):
        self.rejected += 1
        if len(self.rejections) < KEPT_REJECTIONS:
            self.rejections.append(Rejection(line, reason))

    def add(self, part: "ImportReport"):
        self.imported += part.imported
        self.skipped += part.skipped
        self.assignments_created += part.assignments_created
        for rejection in part.rejections:
            self.reject(rejection.line, rejection.reason)
        self.rejected += part.rejected - len(part.rejections)


class ImportFileError(Exception):
    """The file as a whole cannot be imported. ``report`` holds what was committed before
    the failure (nothing, when the file was refused before the first write)."""

    def __init__(self, message: str, report: ImportReport | None = None):
        super().__init__(message)
        self.report = report or ImportReport()


class RowRejected(Exception):
    pass


def synthetic_student_id(scope: str, question_id: str, answer: str, occurrence: int) -> str:
    digest = hashlib.sha256("\x1f".join([scope, question_id, answer, str(occurrence)]).encode()).hexdigest()
    return f"imp-{digest[:20]}"


def import_gradebook(
    course: Course,
    binary_file,
    *,
    columns: Columns | None = None,
    max_score: float = 5,
    graded_by=None,
    label: str = "",
    encoding: str = "utf-8",
    batch_size: int = BATCH_SIZE,
    by,
) -> ImportReport:
    """Import a seekable binary CSV file into ``course``; see the module docstring. ``by`` is the
    user importing, or None for the school's own roster import (see services.enroll)."""
    columns = columns or Columns()
    if not (isinstance(max_score, (int, float)) and math.isfinite(max_score) and max_score > 0):
        raise ImportFileError("The maximum score must be a positive number.")
    started = time.monotonic()
    encoding = _python_encoding(encoding)
    _check_encoding(binary_file, encoding)
    positions, notes = _check_csv(binary_file, encoding, columns)
    importer = _RowImporter(course, columns, positions, max_score, graded_by, label, by)
    report = ImportReport(notes=notes)
    line = 1
    try:
        for batch in _batches(binary_file, encoding, batch_size):
            part = ImportReport()
            with transaction.atomic():
                for line, row in batch:
                    importer.import_row(line, row, part)
            report.add(part)
    except DatabaseError as error:
        report.seconds = time.monotonic() - started
        raise ImportFileError(
            f"The import stopped at line {line}: {error}. The {report.imported} rows reported as imported are"
            " kept; run the same import again to continue.",
            report,
        ) from error
    report.seconds = time.monotonic() - started
    return report


def _python_encoding(name: str) -> str:
    """UTF-8 is read as utf-8-sig so that a byte order mark is not part of the first column name."""
    try:
        canonical = codecs.lookup(name or "utf-8").name
    except LookupError:
        raise ImportFileError(f"Unknown encoding '{name}'.") from None
    return "utf-8-sig" if canonical == "utf-8" else canonical


def _check_encoding(binary_file, encoding: str):
    decoder = codecs.getincrementaldecoder(encoding)()
    binary_file.seek(0)
    line = 1
    while chunk := binary_file.read(READ_CHUNK):
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as error:
            start = max(error.start, 0)
            line += chunk[:start].count(b"\n")
            raise ImportFileError(
                f"The file is not {encoding.removesuffix('-sig').upper()} text: line {line} has a byte"
                f" (0x{chunk[start:start + 1].hex()}) that is not valid in that encoding. Save the file as UTF-8,"
                " or name its encoding (for example cp1252)."
            ) from None
        line += chunk.count(b"\n")
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise ImportFileError(f"The file ends in the middle of a {encoding} character.") from None


class _Text:
    """The binary file read as text from the start, left open when done (it is the caller's)."""

    def __init__(self, binary_file, encoding):
        self.binary_file, self.encoding = binary_file, encoding

    def __enter__(self):
        self.binary_file.seek(0)
        self.text = io.TextIOWrapper(self.binary_file, encoding=self.encoding, newline="")
        return self.text

    def __exit__(self, *exc):
        self.text.detach()


def _check_csv(binary_file, encoding: str, columns: Columns) -> tuple[dict[str, int], list[str]]:
    """Read the whole file as CSV once; return the position of each column and notes."""
    with _Text(binary_file, encoding) as text:
        reader = csv.reader(text)
        try:
            header = next(reader, None)
            if header is None:
                raise ImportFileError("The file is empty.")
            positions, notes = _column_positions(header, columns)
            rows = sum(1 for _ in reader)
        except csv.Error as error:
            raise ImportFileError(f"Line {reader.line_num}: the file is not valid CSV ({error}).") from None
    if rows == 0:
        notes.append("The file has a header but no rows.")
    return positions, notes


def _column_positions(header: list[str], columns: Columns) -> tuple[dict[str, int], list[str]]:
    found = [name.strip().lstrip("\ufeff") for name in header]
    by_name: dict[str, int] = {}
    for position, name in enumerate(found):
        by_name.setdefault(name.lower(), position)
    positions, missing, notes = {}, [], []
    for f in fields(Columns):
        wanted = getattr(columns, f.name).strip()
        if not wanted:
            if f.name in Columns.REQUIRED:
                missing.append(f"(no column named for {f.name.replace('_', ' ')})")
            continue
        if wanted.lower() in by_name:
            positions[f.name] = by_name[wanted.lower()]
        elif f.name == "reference":
            notes.append(f"No column '{wanted}': the questions get no reference answer.")
        else:
            missing.append(f"'{wanted}'")
    if missing:
        raise ImportFileError(
            f"The file has no column {', '.join(missing)}. Columns found: {', '.join(found) or 'none'}."
        )
    return positions, notes


def _batches(binary_file, encoding: str, batch_size: int):
    """Yield lists of (line number where the row starts, cells), skipping blank lines."""
    with _Text(binary_file, encoding) as text:
        reader = csv.reader(text)
        next(reader)
        batch, line = [], reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                batch.append((line, row))
            line = reader.line_num + 1
            if len(batch) >= batch_size:
                yield batch
                batch = []
        if batch:
            yield batch


class _RowImporter:
    def __init__(self, course, columns: Columns, positions: dict[str, int], max_score: float, graded_by, label, by):
        self.course, self.columns, self.positions = course, columns, positions
        self.max_score, self.graded_by, self.by = max_score, graded_by, by
        self.id_scope = f"{course.code}\x1f{label.strip()}" if label.strip() else course.code
        self.assignments: dict[str, Assignment] = {}
        self.occurrences: Counter = Counter()
        self.first_line: dict[tuple[str, str], int] = {}

    def cell(self, row: list[str], name: str) -> str:
        position = self.positions.get(name)
        return row[position] if position is not None and position < len(row) else ""

    def import_row(self, line: int, row: list[str], report: ImportReport):
        self.report = report
        try:
            if self._write(line, row):
                report.imported += 1
            else:
                report.skipped += 1
        except RowRejected as rejection:
            report.reject(line, str(rejection))

    def _write(self, line: int, row: list[str]) -> bool:
        """Import one row; False when it was imported before. Raises RowRejected."""
        question_id = self.cell(row, "question_id").strip()
        answer = self.cell(row, "answer").strip()
        occurrence_key = hashlib.blake2b(f"{question_id}\x1f{answer}".encode(), digest_size=16).digest()
        self.occurrences[occurrence_key] += 1
        if not question_id:
            raise RowRejected("missing question id")
        if len(question_id) > EXTERNAL_ID_MAX:
            raise RowRejected(f"question id longer than {EXTERNAL_ID_MAX} characters")
        if not answer:
            raise RowRejected("empty answer")
        score = _parse_score(self.cell(row, "score"))
        student_id, name = self._student(row, occurrence_key, question_id, answer)
        assignment = self.assignments.get(question_id) or self._find_assignment(question_id)
        section = assignment.rubric.sections[0] if assignment else {"name": SCORE_SECTION, "max_score": self.max_score}
        if score > section["max_score"]:
            maximum = _number_text(section["max_score"])
            raise RowRejected(f"score {_number_text(score)} is above the maximum of {maximum}")
        if assignment is None:
            assignment = self._create_assignment(question_id, row)
        self._check_not_twice(line, question_id, student_id)
        if Submission.objects.filter(assignment=assignment, student__student_id=student_id).exists():
            return False
        try:
            with transaction.atomic():
                student = enroll(self.course, student_id, name, by=self.by)
                submission = create_submission(assignment, student, text=answer, source=Submission.Source.IMPORT)
                record_final_evaluation(
                    submission, {section["name"]: {"score": score}}, self.graded_by, origin=Evaluation.Origin.IMPORT
                )
        except ValidationError as error:
            raise RowRejected(_validation_text(error)) from None
        return True

    def _student(self, row: list[str], occurrence_key: bytes, question_id: str, answer: str) -> tuple[str, str]:
        if not self.columns.student_id:
            student_id = synthetic_student_id(self.id_scope, question_id, answer, self.occurrences[occurrence_key])
            return student_id, student_id
        student_id = self.cell(row, "student_id").strip()
        if not student_id:
            raise RowRejected("missing student id")
        if not STUDENT_ID_PATTERN.match(student_id):
            raise RowRejected(
                f"student id '{student_id[:64]}' must be at most 64 letters, digits, dots, dashes or underscores"
            )
        return student_id, self.cell(row, "student_name").strip() or student_id

    def _find_assignment(self, question_id: str) -> Assignment | None:
        assignment = (
            Assignment.objects.filter(course=self.course, external_id=question_id).select_related("rubric").first()
        )
        if assignment is None:
            return None
        rubric = getattr(assignment, "rubric", None)
        if rubric is None or len(rubric.sections) != 1:
            raise RowRejected(
                f"question {question_id} is already an assignment whose rubric does not have exactly one section"
            )
        self.assignments[question_id] = assignment
        return assignment

    def _create_assignment(self, question_id: str, row: list[str]) -> Assignment:
        question = self.cell(row, "question").strip()
        if not question:
            raise RowRejected(f"empty question text for the new question {question_id}")
        with transaction.atomic():
            assignment = Assignment(
                course=self.course,
                external_id=question_id,
                title=_title(question_id, question),
                kind=Assignment.Kind.SHORT_ANSWER,
                prompt=question,
                reference_answer=self.cell(row, "reference").strip(),
            )
            assignment.full_clean()
            assignment.save()
            Rubric.objects.create(
                assignment=assignment, sections=[{"name": SCORE_SECTION, "max_score": self.max_score}]
            )
        self.assignments[question_id] = assignment
        self.report.assignments_created += 1
        return assignment

    def _check_not_twice(self, line: int, question_id: str, student_id: str):
        """A school student id may appear once per question in a file (synthetic ones are unique)."""
        if not self.columns.student_id:
            return
        first = self.first_line.setdefault((question_id, student_id), line)
        if first != line:
            raise RowRejected(f"student {student_id} already answered question {question_id} on line {first}")


def _parse_score(text: str) -> float:
    text = text.strip()
    if not text:
        raise RowRejected("missing score")
    try:
        score = float(text)
    except ValueError:
        raise RowRejected(f"score '{text[:40]}' is not a number") from None
    if not math.isfinite(score):
        raise RowRejected(f"score '{text[:40]}' is not a number")
    if score < 0:
        raise RowRejected(f"score {_number_text(score)} is negative")
    return score


def _number_text(value: float) -> str:
    return f"{value:g}"


def _title(question_id: str, question: str) -> str:
    title = f"{question_id}: {' '.join(question.split())}"
    return title if len(title) <= TITLE_MAX else title[: TITLE_MAX - 1].rstrip() + "…"


def _validation_text(error: ValidationError) -> str:
    if hasattr(error, "message_dict"):
        return "; ".join(f"{key}: {' '.join(messages)}" for key, messages in error.message_dict.items())
    return " ".join(error.messages)
