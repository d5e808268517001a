"""Import graded history from a CSV file: one row per graded answer.

A row names a question (id, text, optional reference answer), a student's answer, the
score it got and, optionally, the grader's comment (SAF's ``feedback``). Per question id the importer keeps one Assignment in the course
(``external_id`` = the id as text: "11.10" is not "11.1") with a one-section rubric; per row
a Student, an Enrollment, a Submission (source "import") and a final Evaluation written by
``services.record_final_evaluation``.

Without a student-id column each row gets a synthetic student (named by its id) whose id is a hash of the
course code, the question id, the answer text and how many identical answers to that
question came before it in the file, so importing the same file again maps every row to
the same student and finds it already there ("skipped"). Existing grades are never changed.
The same answer to the same question in another file of the same course is taken for the
same row too, unless each file is imported with its own ``label`` (mixed into the hash).

Score grid: a new question's one-section rubric gets a ``step``. By default ("auto") it is
inferred from that question's scores in the file: the coarsest usual grid (1, 0.5, 0.25,
0.125, 0.1 ...) that holds them all, so quarter and eighth points are kept, never rounded;
a number given instead is the step of every new question, and a row off its grid is
rejected saying so. An existing question keeps its rubric's step.

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

from llm.rubric import MAX_SCORE, infer_step, on_grid

from .models import Assignment, Course, Evaluation, Rubric, Submission
from .services import create_submission, enroll, record_final_evaluation

# The text encodings a gradebook export is found in (codecs' canonical names). utf-16 needs
# its byte order mark; without one, name utf-16-le or utf-16-be.
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "iso8859-1",
    "cp1252",
    "iso8859-15",
    "cp1250",
    "iso8859-2",
    "mac-roman",
    "cp437",
    "cp850",
)
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
    comment: str = "feedback"
    student_id: str = ""
    student_name: str = ""

    REQUIRED = ("question_id", "question", "answer", "score")
    OPTIONAL = ("reference", "comment")  # a missing one is noted, not refused
    # Tried in turn when the default score column is missing: the SAF layout names it "score".
    SCORE_FALLBACKS = ("score",)

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

    def add(self, part: ImportReport):
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
    step: float | str | None = "auto",
    by,
) -> ImportReport:
    """Import a seekable binary CSV file into ``course``; see the module docstring.
    ``step``: "auto" (inferred per question), a number (every new question's grid) or None.
    ``by`` is the user importing, or None for the school's own roster import (see services.enroll)."""
    columns = columns or Columns()
    if not (isinstance(max_score, (int, float)) and math.isfinite(max_score) and 0 < max_score <= MAX_SCORE):
        raise ImportFileError(f"The maximum score must be a positive number of at most {MAX_SCORE:,}.")
    step = check_step_option(step, max_score)
    started = time.monotonic()
    encoding = _python_encoding(encoding)
    _check_encoding(binary_file, encoding)
    positions, notes, scores = _check_csv(binary_file, encoding, columns)
    steps = _question_steps(scores, step, max_score, notes)
    importer = _RowImporter(course, columns, positions, max_score, graded_by, label, steps, by)
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


def check_step_option(step, max_score: float) -> float | str | None:
    """The step option checked against the maximum: "auto", None, or a number dividing it."""
    if step in (None, "", "none"):
        return None
    if step == "auto":
        return step
    try:
        value = float(step)
    except (TypeError, ValueError):
        raise ImportFileError(f"The score step must be a number or 'auto', not {str(step)[:40]!r}.") from None
    if not (math.isfinite(value) and value > 0):
        raise ImportFileError("The score step must be a positive number.")
    if value > max_score or not on_grid(max_score, value):
        raise ImportFileError(f"The score step {value:g} does not divide the maximum score {max_score:g}.")
    return value


def _question_steps(scores: dict[str, list[float]], step, max_score: float, notes: list[str]) -> dict[str, float]:
    """Each question's grid: the given step, or (auto) the one its scores in the file imply."""
    if step != "auto":
        return {question_id: step for question_id in scores} if step else {}
    steps = {question_id: infer_step(values, max_score) for question_id, values in scores.items()}
    used = Counter(s for s in steps.values() if s)
    if used:
        shown = ", ".join(f"{_number_text(s)} ({n} question{'s' if n > 1 else ''})" for s, n in sorted(used.items()))
        notes.append(f"Score grids inferred from the file's scores: {shown}.")
    off = sum(1 for s in steps.values() if s is None)
    if off:
        notes.append(f"{off} question(s) have scores on no usual grid: they get no step.")
    return {question_id: s for question_id, s in steps.items() if s}


def _python_encoding(name: str) -> str:
    """The codec for an allowed text encoding (ENCODINGS). Any other codec is refused: Python's
    include decompressors (bz2_codec, zlib_codec) and byte transforms (hex, base64, rot13),
    which would let a tiny upload expand without bound or fail in ways no message explains.
    UTF-8 is read as utf-8-sig so that a byte order mark is not part of the first column name."""
    try:
        canonical = codecs.lookup(name or "utf-8").name
    except LookupError:
        canonical = None
    if canonical not in ENCODINGS:
        raise ImportFileError(f"Unknown or unsupported encoding '{name[:40]}'. Use one of: {', '.join(ENCODINGS)}.")
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
                f" (0x{chunk[start : start + 1].hex()}) that is not valid in that encoding. Save the file as UTF-8,"
                " or name its encoding (for example cp1252)."
            ) from None
        except UnicodeError:
            raise ImportFileError(
                f"The file is not {encoding.upper()} text with a byte order mark: name utf-16-le or utf-16-be instead."
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


def _check_csv(binary_file, encoding: str, columns: Columns) -> tuple[dict[str, int], list[str], dict]:
    """Read the whole file as CSV once; return the position of each column, notes, and the
    readable scores of each question id (to infer its grid)."""
    scores: dict[str, list[float]] = {}
    with _Text(binary_file, encoding) as text:
        reader = csv.reader(text)
        try:
            header = next(reader, None)
            if header is None:
                raise ImportFileError("The file is empty.")
            positions, notes = _column_positions(header, columns)
            rows = 0
            for row in reader:
                rows += 1
                question_id, score = (_cell(row, positions.get(name)) for name in ("question_id", "score"))
                try:
                    value = float(score)
                except ValueError:
                    continue
                if math.isfinite(value) and value >= 0:
                    scores.setdefault(question_id.strip(), []).append(value)
        except csv.Error as error:
            raise ImportFileError(f"Line {reader.line_num}: the file is not valid CSV ({error}).") from None
    if rows == 0:
        notes.append("The file has a header but no rows.")
    return positions, notes, scores


def _cell(row: list[str], position: int | None) -> str:
    return row[position] if position is not None and position < len(row) else ""


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
        fallbacks = Columns.SCORE_FALLBACKS if f.name == "score" and wanted == Columns.score else ()
        found_name = next((name for name in (wanted, *fallbacks) if name.lower() in by_name), None)
        if found_name is not None:
            positions[f.name] = by_name[found_name.lower()]
            if found_name != wanted:
                notes.append(f"No column '{wanted}': the scores are read from '{found_name}'.")
        elif f.name == "reference":
            notes.append(f"No column '{wanted}': the questions get no reference answer.")
        elif f.name == "comment":
            if wanted != Columns.comment:
                notes.append(f"No column '{wanted}': no comments are imported.")
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
    def __init__(
        self,
        course,
        columns: Columns,
        positions: dict[str, int],
        max_score: float,
        graded_by,
        label,
        steps: dict[str, float],
        by,
    ):
        self.course, self.columns, self.positions, self.steps = course, columns, positions, steps
        self.max_score, self.graded_by, self.by = max_score, graded_by, by
        self.id_scope = f"{course.code}\x1f{label.strip()}" if label.strip() else course.code
        self.assignments: dict[str, Assignment] = {}
        self.occurrences: Counter = Counter()
        self.first_line: dict[tuple[str, str], int] = {}

    def cell(self, row: list[str], name: str) -> str:
        return _cell(row, self.positions.get(name))

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
        section = assignment.rubric.sections[0] if assignment else self._new_section(question_id)
        if score > section["max_score"]:
            maximum = _number_text(section["max_score"])
            raise RowRejected(f"score {_number_text(score)} is above the maximum of {maximum}")
        if section.get("step") and not on_grid(score, section["step"]):
            raise RowRejected(
                f"score {_number_text(score)} is not on the grid of question {question_id}:"
                f" a multiple of {_number_text(section['step'])}"
            )
        comment = self.cell(row, "comment").strip()
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
                    submission,
                    {section["name"]: {"score": score, "comment": comment}},
                    self.graded_by,
                    origin=Evaluation.Origin.IMPORT,
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
            Rubric.objects.create(assignment=assignment, sections=[self._new_section(question_id)])
        self.assignments[question_id] = assignment
        self.report.assignments_created += 1
        return assignment

    def _new_section(self, question_id: str) -> dict:
        step = self.steps.get(question_id)
        return {"name": SCORE_SECTION, "max_score": self.max_score, **({"step": step} if step else {})}

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
