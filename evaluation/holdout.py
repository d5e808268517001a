"""Holdout items: graded answers to score, read from an export's JSONL split or from an
uploaded graded CSV (the importer's layout). Plain Python; no database.

An export line holds only the chat messages that ``llm.prompts`` built. The task is read
back from them (rubric lines, question, reference, answer) and rebuilt with
``build_messages``; a line whose rebuilt prompt differs from the stored one is refused, so
the holdout is graded on exactly the prompt the model was trained on (no train/serve skew).

``group`` names the question an answer belongs to (a hash of rubric but its steps, question,
reference and kind): per-question baselines and retrieval few-shot draw their examples from the
train split's answers of the same group. An uploaded CSV's questions get the same groups
as their exported copies, since the importer builds the same one-section rubric.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from gradebook.importer import SCORE_SECTION, Columns
from llm.gamed_answers import SYNTHETIC
from llm.prompts import ANSWER_MARK, HINTS_MARK, SYSTEM_INSTRUCTIONS, GradingTask, answer_in, build_messages
from llm.rubric import RubricError, check_scores, infer_step, rubric_max_total, validate_rubric

SYSTEM_PREFIX = f"{SYSTEM_INSTRUCTIONS}\n\nRubric:\n"
_SECTION = re.compile(r"^- (?P<name>.+) \(max (?P<max>[0-9.]+)(?:, step (?P<step>[0-9.]+))?\)$")
_CRITERION = re.compile(r"^  - (?P<name>.+?) \(max (?P<max>[0-9.]+)\)(?:: (?P<description>.*))?$")
_TASK = re.compile(r"^Task \((?P<kind>[^)]*)\): ", re.DOTALL)
REFERENCE_MARK = "\n\nReference answer: "
MAX_REPORTED_PROBLEMS = 5


class HoldoutError(ValueError):
    """The holdout cannot be read; the message says which line and why."""


@dataclass(frozen=True)
class HoldoutItem:
    task: GradingTask
    scores: dict  # the human's canonical scores (llm.rubric.check_scores)
    total: float

    @property
    def group(self) -> str:
        return question_group(self.task)

    @property
    def max_total(self) -> float:
        return rubric_max_total(self.task.rubric)


def question_group(task: GradingTask) -> str:
    """The question's key; a section's step is left out, so that a holdout whose scores imply
    another grid than the train split's is still the same question."""
    rubric = [{k: v for k, v in section.items() if k != "step"} for section in task.rubric]
    key = json.dumps([rubric, task.question.strip(), task.reference_answer.strip(), task.kind], sort_keys=True)
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def reference_answers(items: list[HoldoutItem]) -> list[str]:
    """The distinct reference answers of the items' questions: in an evaluation, the other
    questions an answer is compared with to tell an answer to another question (llm.gaming)."""
    return list(dict.fromkeys(item.task.reference_answer for item in items if item.task.reference_answer.strip()))


def _number(text: str) -> float | int:
    value = float(text)
    return int(value) if value == int(value) else value


def _rubric(system: str) -> list[dict]:
    if not system.startswith(SYSTEM_PREFIX):
        raise HoldoutError("the system message is not the grading instructions of this version")
    sections: list[dict] = []
    for line in system[len(SYSTEM_PREFIX) :].split("\n"):
        if (match := _SECTION.match(line)) is not None:
            sections.append(
                {
                    "name": match["name"],
                    "max_score": _number(match["max"]),
                    "criteria": [],
                    **({"step": _number(match["step"])} if match["step"] else {}),
                }
            )
        elif (match := _CRITERION.match(line)) is not None and sections:
            sections[-1]["criteria"].append(
                {"name": match["name"], "max_points": _number(match["max"]), "description": match["description"] or ""}
            )
        else:
            raise HoldoutError(f"cannot read the rubric line {line[:80]!r}")
    try:
        return validate_rubric(sections)
    except RubricError as error:
        raise HoldoutError(f"the rubric is not valid ({error})") from None


def _task(rubric: list[dict], user: str) -> GradingTask:
    match = _TASK.match(user)
    answer = answer_in(user)
    if match is None or answer is None:
        raise HoldoutError(
            "the user message is not a grading task (or one whose answer is not delimited: built by an older version)"
        )
    head = user[match.end() :].partition(ANSWER_MARK)[0]
    question, _, reference = head.partition(REFERENCE_MARK)
    return GradingTask(
        rubric=rubric,
        question=question,
        answer=answer,
        reference_answer=reference,
        kind=match["kind"].replace(" ", "_"),
    )


def item_from_messages(messages: list[dict]) -> HoldoutItem:
    """The task and the human's scores of one exported conversation [system, user, assistant]."""
    if not isinstance(messages, list) or [m.get("role") for m in messages if isinstance(m, dict)] != [
        "system",
        "user",
        "assistant",
    ]:
        raise HoldoutError("expected three messages: system, user, assistant")
    user = messages[1]["content"].partition(HINTS_MARK)[0]  # hints are added again by whoever grades the task
    task = _task(_rubric(messages[0]["content"]), user)
    if build_messages(task) != [messages[0], {**messages[1], "content": user}]:
        raise HoldoutError("the prompt does not rebuild identically with llm.prompts (built by another version?)")
    try:
        scores, total = check_scores(task.rubric, json.loads(messages[2]["content"]))
    except (ValueError, RubricError) as error:
        raise HoldoutError(f"the human scores do not fit the rubric ({error})") from None
    return HoldoutItem(task=task, scores=scores, total=total)


def read_jsonl(path: Path) -> list[HoldoutItem]:
    """Every line of an export split but its made-up gamed answers (``Export.gamed_examples``:
    training data, not graded work, so never an example, a hint or a baseline's data); the first
    unreadable line raises HoldoutError."""
    path = Path(path)
    if not path.is_file():
        raise HoldoutError(f"{path.name} does not exist.")
    items = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if record.get("pseudonym") == SYNTHETIC:
                    continue
                items.append(item_from_messages(record["messages"]))
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                raise HoldoutError(f"{path.name} line {number}: {error}") from None
    return items


def read_graded_csv(data: bytes, *, max_score: float = 5, columns: Columns | None = None) -> list[HoldoutItem]:
    """A graded CSV in the importer's layout (default: the Mohler columns; SAF's ``score`` and
    ``feedback`` are found too), one item per row, the comment column giving the human's comment.

    Every row must have a question, an answer and a score between 0 and ``max_score``; a
    file with bad rows is refused whole, naming the first few. Each question's rubric gets
    the score step its scores imply, as the importer infers it."""
    columns = columns or Columns()
    if not (isinstance(max_score, (int, float)) and math.isfinite(max_score) and max_score > 0):
        raise HoldoutError("The maximum score must be a positive number.")
    try:
        text = codecs.decode(data, "utf-8-sig")
    except UnicodeDecodeError:
        raise HoldoutError("The file is not UTF-8 text; save it as UTF-8 CSV.") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        if not header:
            raise HoldoutError("The file is empty.")
        position = _positions(header, columns)
        cells, problems = [], []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            cell = {field: row[i].strip() if i < len(row) else "" for field, i in position.items()}
            problem = _row_problem(cell, max_score)
            if problem:
                problems.append(f"line {reader.line_num}: {problem}")
            else:
                cells.append(cell)
    except csv.Error as error:
        raise HoldoutError(f"Line {reader.line_num}: the file is not valid CSV ({error}).") from None
    if problems:
        shown = "; ".join(problems[:MAX_REPORTED_PROBLEMS])
        more = f" (and {len(problems) - MAX_REPORTED_PROBLEMS} more)" if len(problems) > MAX_REPORTED_PROBLEMS else ""
        raise HoldoutError(f"{len(problems)} rows cannot be used: {shown}{more}.")
    if not cells:
        raise HoldoutError("The file has no graded rows.")
    return _items(cells, max_score)


def _positions(header: list[str], columns: Columns) -> dict[str, int]:
    position = {}
    for field, required in (
        ("question", True),
        ("reference", False),
        ("answer", True),
        ("score", True),
        ("comment", False),
    ):
        wanted = getattr(columns, field).strip().lower()
        fallbacks = Columns.SCORE_FALLBACKS if field == "score" and wanted == Columns.score else ()
        found = next((name for name in (wanted, *fallbacks) if name and name in header), None)
        if found is not None:
            position[field] = header.index(found)
        elif required:
            raise HoldoutError(f"The file has no column '{wanted}'. Columns found: {', '.join(header)}.")
    return position


def _items(cells: list[dict], max_score: float) -> list[HoldoutItem]:
    scores_of = defaultdict(list)
    for cell in cells:
        scores_of[cell["question"], cell.get("reference", "")].append(float(cell["score"]))
    rubrics = {}
    for key, scores in scores_of.items():
        step = infer_step(scores, max_score)
        rubrics[key] = validate_rubric([{"name": SCORE_SECTION, "max_score": max_score, "step": step}])
    items = []
    for cell in cells:
        rubric = rubrics[cell["question"], cell.get("reference", "")]
        task = GradingTask(
            rubric=rubric, question=cell["question"], answer=cell["answer"], reference_answer=cell.get("reference", "")
        )
        given = {"score": float(cell["score"]), "comment": cell.get("comment", "")}
        scores, total = check_scores(rubric, {SCORE_SECTION: given})
        items.append(HoldoutItem(task=task, scores=scores, total=total))
    return items


def _row_problem(cell: dict, max_score: float) -> str:
    if not cell["question"]:
        return "empty question"
    if not cell["answer"]:
        return "empty answer"
    try:
        score = float(cell["score"])
    except ValueError:
        return f"score {cell['score'][:20]!r} is not a number"
    if not math.isfinite(score) or not 0 <= score <= max_score:
        return f"score {cell['score'][:20]} is not between 0 and {max_score:g}"
    return ""


def with_train_rubrics(items: list[HoldoutItem], pool: list[HoldoutItem]) -> list[HoldoutItem]:
    """The items, each graded on the rubric its question has in the train split (whose step
    the CSV's own scores may not have implied), where the human's scores fit that rubric."""
    rubric_of = {item.group: item.task.rubric for item in pool}
    out = []
    for item in items:
        rubric = rubric_of.get(item.group)
        if rubric and rubric != item.task.rubric:
            try:
                scores, total = check_scores(rubric, item.scores)
            except RubricError:
                pass
            else:
                item = HoldoutItem(task=replace(item.task, rubric=rubric), scores=scores, total=total)
        out.append(item)
    return out
