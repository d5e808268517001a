"""Marking guides as plain text in, extracted questions out.

Each question is a dict::

    {"number": "1", "text": "...", "answer": "...", "marks": 5,
     "marking_points": [{"name": "...", "description": "...", "points": 1}, ...],
     "line": 3, "flags": [{"code": "answer_missing", "message": "..."}]}

Two extractors share one interface (``extract(text) -> Extraction``): ``RuleBasedExtractor``
reads the common layouts, ``LLMExtractor`` asks a provider and keeps its answer only when it
passes the same checks the gradebook applies on confirm (``question_errors``, i.e.
``llm.rubric.validate_rubric`` on the rubric a question implies); otherwise it falls back.
Flags mark what a person should look at; errors make a question unusable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from llm.guardrails import ReplyError, extract_json
from llm.providers.base import Provider
from llm.rubric import RubricError, validate_rubric

SECTION_NAME = "Answer"
MAX_POINT_NAME = 60
MAX_LLM_CHARS = 60_000
NO_QUESTIONS = (
    "No recognisable questions were found. Number each question (\"1.\", \"Q1\", \"Question 1:\" or \"1)\"),"
    " put its model answer after \"Answer:\" and its marks in brackets, e.g. \"(5 marks)\" or \"[5]\"."
)

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"(?:marks?|pts?\.?|points?)"
_BULLET = r"[-•*–·▪◦]"
_PREFIXED_QUESTION = re.compile(r"^\s*(?:question|q)\s*\.?\s*(\d{1,3})\b\s*[:.)\-–]?\s*(.*)$", re.I)
_PLAIN_QUESTION = re.compile(r"^\s*(\d{1,3})[.)](?:\s+(.*))?$")
_ANSWER = re.compile(
    r"^\s*(?:(?:model|suggested|sample|reference|expected|correct)\s+)?(?:answer|ans\.?|solution)"
    r"\s*(?:[:\-–]\s*(.*)|$)|^\s*A\s*:\s*(.*)$",
    re.I,
)
_POINTS_HEADING = re.compile(
    r"^\s*(?:marking\s+(?:points|scheme|criteria|guide)|mark(?:ing)?\s+scheme|award|criteria)\s*:?\s*$", re.I
)
_TOTAL = re.compile(
    rf"^\s*[\(\[]?\s*total(?:\s+marks)?\s*(?:[:=\-–]|is)?\s*({_NUM})\s*(?:{_UNIT})?\s*[\)\]]?\s*\.?\s*$", re.I
)
_MARKS_LINE = re.compile(rf"^\s*(?:[\(\[]\s*({_NUM})\s*{_UNIT}?\s*[\)\]]|(?:marks?|points?)\s*[:=]\s*({_NUM}))\s*$", re.I)
_MARKS_BRACKETED = re.compile(rf"[\(\[]\s*({_NUM})\s*{_UNIT}?\s*[\)\]]", re.I)
_MARKS_LABELLED = re.compile(rf"\b(?:marks?|points?)\s*[:=]\s*({_NUM})\b", re.I)
_MARKS_AT_END = re.compile(rf"[\-–—,]?\s*\b({_NUM})\s*{_UNIT}\s*$", re.I)
_POINT_PATTERNS = [
    re.compile(rf"^\+?({_NUM})\s*{_UNIT}\s*(?:for|[:\-–]|=)?\s*(.+)$", re.I),
    re.compile(rf"^(.+?)\s*[\(\[]\s*\+?({_NUM})\s*{_UNIT}?\s*[\)\]]\s*\.?$", re.I),
    re.compile(rf"^(.+?)\s*[:\-–=]\s*\+?({_NUM})\s*{_UNIT}\s*\.?$", re.I),
]


class ExtractionError(ValueError):
    """The guide gave nothing usable; the message says what the guide should look like."""


@dataclass
class Extraction:
    questions: list[dict]
    extractor: str
    stated_total: float | int | None = None
    flags: list[dict] = field(default_factory=list)
    fallback_reason: str = ""

    def as_dict(self) -> dict:
        return {
            "questions": self.questions,
            "extractor": self.extractor,
            "stated_total": self.stated_total,
            "flags": self.flags,
            "fallback_reason": self.fallback_reason,
        }


def _flag(code: str, message: str) -> dict:
    return {"code": code, "message": message}


def _number(text) -> float | int | None:
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return int(value) if value == int(value) else round(value, 4)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _join(lines: list[str]) -> str:
    """Wrapped lines become one line again; a bullet or a numbered item keeps its own line."""
    out: list[str] = []
    for line in lines:
        line = _clean(line)
        if not line:
            continue
        if out and not re.match(rf"{_BULLET}|\d+[.)]\s", line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def parse_point(line: str) -> dict | None:
    """'1 mark for X', '2 marks: X', 'X (1 mark)', 'X [1]', 'X - 2 marks' -> {description, points}."""
    line = _clean(re.sub(rf"^\s*{_BULLET}\s*", "", line))
    for i, pattern in enumerate(_POINT_PATTERNS):
        match = pattern.match(line)
        if match:
            points, description = (match.group(1), match.group(2)) if i == 0 else (match.group(2), match.group(1))
            description = description.strip(" .;:-–")
            if description and _number(points) is not None:
                return {"description": description, "points": _number(points)}
    return None


def point_names(points: list[dict]) -> list[dict]:
    """Give each marking point a short, unique name (a rubric criterion needs one): the name it
    has, or the start of its description."""
    named, seen = [], set()
    for i, point in enumerate(points, 1):
        words = _clean(point.get("description", "")).split(" ")
        name = ""
        for word in words:
            if len(name) + len(word) + 1 > MAX_POINT_NAME:
                break
            name = f"{name} {word}".strip()
        name = _clean(point.get("name", ""))[:MAX_POINT_NAME] or name or f"Point {i}"
        base, n = name, 2
        while name.lower() in seen:
            name, n = f"{base} ({n})", n + 1
        seen.add(name.lower())
        named.append({"name": name, "description": _clean(point.get("description", "")), "points": point["points"]})
    return named


def _take_marks(text: str) -> tuple[str, float | int | None]:
    """The marks a text states ("(5 marks)", "[3]", "Marks: 4", or "5 pts" at its end) and the
    text without them."""
    for pattern in (_MARKS_BRACKETED, _MARKS_LABELLED, _MARKS_AT_END):
        matches = list(pattern.finditer(text))
        if matches:
            match = matches[-1]
            rest = (text[: match.start()] + text[match.end() :]).strip()
            return re.sub(r"\s+([?.!,;:])", r"\1", rest).strip(" -–—:"), _number(match.group(1))
    return text, None


def implied_rubric(question: dict) -> list[dict]:
    """One section worth the question's marks; its criteria are the marking points."""
    criteria = [
        {"name": p["name"], "max_points": p["points"], "description": p.get("description", "")}
        for p in point_names(question.get("marking_points") or [])
    ]
    return validate_rubric([{"name": SECTION_NAME, "max_score": question.get("marks"), "criteria": criteria}])


def question_errors(question: dict) -> list[str]:
    """Why a question cannot become an assignment (empty when it can)."""
    errors = []
    if not _clean(question.get("text", "")):
        errors.append("The question has no text.")
    marks = question.get("marks")
    if isinstance(marks, bool) or not isinstance(marks, (int, float)) or marks <= 0:
        errors.append("The marks must be a positive number.")
        return errors
    try:
        implied_rubric(question)
    except RubricError as error:
        errors.extend(message for messages in error.errors.values() for message in messages)
    return errors


def finish(questions: list[dict], stated_total) -> tuple[list[dict], list[dict]]:
    """Name the marking points, fill marks from them where none were stated, and flag
    everything doubtful. Returns the questions and the guide-level flags."""
    done = []
    for q in questions:
        q = {**q, "marking_points": point_names(q.get("marking_points") or []), "flags": []}
        q["text"], q["answer"] = _clean_block(q.get("text", "")), _clean_block(q.get("answer", ""))
        point_sum = _number(sum(p["points"] for p in q["marking_points"]))
        if q.get("marks") is None and point_sum:
            q["marks"] = point_sum
            q["flags"].append(_flag("marks_inferred", "No marks were stated; they are the sum of the marking points."))
        if not q["text"]:
            q["flags"].append(_flag("text_missing", "The question text is missing."))
        if q.get("marks") is None:
            q["flags"].append(_flag("marks_missing", "No marks were found for this question."))
        if not q["answer"]:
            q["flags"].append(_flag("answer_missing", "No model answer was found for this question."))
        if q["marking_points"] and q.get("marks") is not None and abs(point_sum - q["marks"]) > 1e-6:
            q["flags"].append(
                _flag("points_mismatch", f"The marking points add up to {point_sum}, but the question is worth {q['marks']}.")
            )
        done.append(q)
    flags = []
    total = _number(sum(q["marks"] or 0 for q in done))
    if stated_total is not None and abs(total - stated_total) > 1e-6:
        flags.append(
            _flag("total_mismatch", f"The questions add up to {total} marks, but the guide states a total of {stated_total}.")
        )
    numbers = [int(q["number"]) for q in done if str(q.get("number", "")).isdigit()]
    for before, after in zip(numbers, numbers[1:]):
        if after != before + 1:
            flags.append(_flag("numbering_gap", f"Question numbers go from {before} to {after}; check nothing was missed."))
    return done, flags


def _clean_block(text: str) -> str:
    return "\n".join(_clean(line) for line in (text or "").split("\n") if _clean(line))


class RuleBasedExtractor:
    """Numbered questions, "Answer:" blocks, marks in brackets, bullet marking points, and
    tab-separated tables (DOCX tables) with Question / Answer / Marks columns."""

    name = "rules"

    def extract(self, text: str) -> Extraction:
        lines = (text or "").replace("\r\n", "\n").split("\n")
        questions, stated_total = _from_table(lines)
        if not questions:
            questions, stated_total = _from_blocks(lines)
        if not questions:
            raise ExtractionError(NO_QUESTIONS)
        questions, flags = finish(questions, stated_total)
        return Extraction(questions=questions, extractor=self.name, stated_total=stated_total, flags=flags)


def _question_start(line: str, style: str | None, expected: int, list_next: int | None) -> tuple[str, str, str] | None:
    """(style, number, rest) when the line opens a question. Once a guide's style is known only
    that style opens questions, and a plain "3." must be the next question number and not the
    next item of a numbered list running inside an answer, so such lists stay answers."""
    match = _PREFIXED_QUESTION.match(line)
    if match and style in (None, "prefixed"):
        return "prefixed", match.group(1), match.group(2) or ""
    match = _PLAIN_QUESTION.match(line)
    if match and style in (None, "plain") and int(match.group(1)) == expected != list_next:
        return "plain", match.group(1), match.group(2) or ""
    return None


def _from_blocks(lines: list[str]) -> tuple[list[dict], float | int | None]:
    questions: list[dict] = []
    stated_total = None
    style, current, part = None, None, "text"
    list_next = None  # the next item number of a numbered list in an answer, until a blank line
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        total = _TOTAL.match(line)
        if total:
            stated_total = _number(total.group(1))
            part = "ignore"
            continue
        start = _question_start(line, style, len(questions) + 1, list_next)
        item = _PLAIN_QUESTION.match(line)
        if not line:
            list_next = None
        elif item and not start and part == "answer":
            list_next = int(item.group(1)) + 1
        if start:
            style, q_number, rest = start
            current = {"number": q_number, "text_lines": [rest], "answer_lines": [], "marking_points": [], "marks": None, "line": number}
            questions.append(current)
            part = "text"
            continue
        if current is None or not line:
            continue
        answer = _ANSWER.match(line)
        if answer and part != "answer":
            part = "answer"
            current["answer_lines"].append(answer.group(1) or answer.group(2) or "")
            continue
        if _POINTS_HEADING.match(line):
            part = "points"
            continue
        marks_line = _MARKS_LINE.match(line)
        if marks_line and part != "points":
            current["marks"] = _number(marks_line.group(1) or marks_line.group(2))
            continue
        is_bullet = re.match(rf"^{_BULLET}\s", line) is not None
        point = parse_point(line) if (is_bullet or part == "points") else None
        if point:
            part = "points"
            current["marking_points"].append(point)
        elif part == "points" and current["marking_points"] and not is_bullet:
            current["marking_points"][-1]["description"] += f" {line}"
        elif part == "answer" or (part == "points" and is_bullet):
            current["answer_lines"].append(line)
        elif part == "text":
            current["text_lines"].append(line)
    return [_block_question(q) for q in questions], stated_total


def _block_question(q: dict) -> dict:
    """Marks come from a line of their own, the question's first line, the rest of its text,
    or brackets closing the answer, in that order."""
    header, header_marks = _take_marks(_clean(q["text_lines"][0]))
    body, body_marks = _take_marks(_clean(" ".join(q["text_lines"][1:])))
    answer = _join(q["answer_lines"])
    marks = next((m for m in (q["marks"], header_marks, body_marks) if m is not None), None)
    closing = re.search(rf"{_MARKS_BRACKETED.pattern}\s*$", answer, re.I) if answer else None
    if closing:
        answer = answer[: closing.start()].rstrip()
        marks = _number(closing.group(1)) if marks is None else marks
    return {
        "number": q["number"],
        "text": _clean(f"{header} {body}"),
        "answer": answer,
        "marks": marks,
        "marking_points": q["marking_points"],
        "line": q["line"],
    }


_COLUMNS = {
    "number": re.compile(r"^(?:no\.?|#|q\.?|number|question\s*(?:no\.?|number|#))$", re.I),
    "points": re.compile(r"marking|criteria|scheme", re.I),
    "answer": re.compile(r"answer|solution", re.I),
    "marks": re.compile(r"^(?:marks?|points?|pts\.?|score)$", re.I),
    "text": re.compile(r"question", re.I),
}


def _from_table(lines: list[str]) -> tuple[list[dict], float | int | None]:
    """A header row such as "No<TAB>Question<TAB>Model answer<TAB>Marks", then one row per question."""
    for index, line in enumerate(lines):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 3:
            continue
        columns: dict[str, int] = {}
        for position, cell in enumerate(cells):
            for key, pattern in _COLUMNS.items():
                if key not in columns and pattern.search(cell):
                    columns[key] = position
                    break
        if {"text", "answer"} <= set(columns):
            questions = _table_rows(lines, index, columns, len(cells))
            totals = [_TOTAL.match(" ".join(c for c in line.split("\t") if c.strip())) for line in lines]
            return questions, next((_number(t.group(1)) for t in totals if t), None)
    return [], None


def _table_rows(lines, header_index, columns, width):
    questions = []
    for number, line in enumerate(lines[header_index + 1 :], header_index + 2):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) <= max(columns["text"], columns["answer"]) or not cells[columns["text"]]:
            continue
        cells += [""] * (width - len(cells))  # trailing empty cells lose their tabs to line stripping
        text, marks = _take_marks(cells[columns["text"]])
        if "marks" in columns:
            marks = _number(re.sub(rf"\s*{_UNIT}\s*$", "", cells[columns["marks"]], flags=re.I)) or marks
        points = []
        if "points" in columns:
            points = [p for p in (parse_point(part) for part in re.split(r"[;\n]", cells[columns["points"]])) if p]
        raw_number = cells[columns["number"]] if "number" in columns else str(len(questions) + 1)
        questions.append(
            {
                "number": re.sub(r"^(?:question|q)\s*\.?\s*|[.)]$", "", raw_number, flags=re.I) or str(len(questions) + 1),
                "text": text,
                "answer": cells[columns["answer"]],
                "marks": marks,
                "marking_points": points,
                "line": number,
            }
        )
    return questions


EXTRACTION_INSTRUCTIONS = (
    "You read marking guides. Extract every question. Reply with JSON only, in this shape: "
    '{"questions": [{"number": "1", "question": "<question text>", "answer": "<model answer>", '
    '"marks": <number or null>, "marking_points": [{"description": "<what earns the points>", '
    '"points": <number>}]}], "total": <the total the guide states, or null>}. '
    "Copy the wording of the guide; use an empty answer when the guide gives none, null marks when "
    "none are stated, an empty list when there are no marking points. Marking points must add up to the marks."
)
RETRY_INSTRUCTION = "Your reply could not be used: {error} Reply again with the JSON only."


class LLMExtractor:
    """Asks a provider; a reply that fails the checks is retried once with the problems stated,
    then the rule-based extractor answers instead (``fallback_reason`` says why)."""

    def __init__(self, provider: Provider, fallback: RuleBasedExtractor | None = None, retries: int = 1):
        self.provider = provider
        self.fallback = fallback or RuleBasedExtractor()
        self.retries = retries
        self.name = f"llm:{provider.label}"

    def extract(self, text: str) -> Extraction:
        if len(text) > MAX_LLM_CHARS:
            return self._fall_back(text, f"The guide is longer than {MAX_LLM_CHARS:,} characters.")
        messages = [
            {"role": "system", "content": EXTRACTION_INSTRUCTIONS},
            {"role": "user", "content": f"Marking guide:\n\n{text}"},
        ]
        error = ""
        for _ in range(self.retries + 1):
            try:
                reply = self.provider.complete([messages])[0]
            except Exception as exc:  # noqa: BLE001 - a broken provider must not lose the upload
                return self._fall_back(text, f"{type(exc).__name__}: {exc}")
            if reply.error:
                return self._fall_back(text, reply.error)
            try:
                return self._checked(reply.text)
            except ReplyError as exc:
                error = str(exc)
            messages = [
                *messages,
                {"role": "assistant", "content": reply.text},
                {"role": "user", "content": RETRY_INSTRUCTION.format(error=error)},
            ]
        return self._fall_back(text, f"invalid reply: {error}")

    def _checked(self, reply_text: str) -> Extraction:
        data = extract_json(reply_text)
        items = data.get("questions")
        if not isinstance(items, list) or not items:
            raise ReplyError('The reply has no "questions" list.')
        questions = []
        for i, item in enumerate(items, 1):
            if not isinstance(item, dict):
                raise ReplyError(f"Question {i} is not an object.")
            points = item.get("marking_points") or []
            if not isinstance(points, list) or not all(isinstance(p, dict) for p in points):
                raise ReplyError(f"Question {i}: marking_points must be a list of objects.")
            questions.append(
                {
                    "number": _clean(str(item.get("number") or i)),
                    "text": str(item.get("question") or item.get("text") or ""),
                    "answer": str(item.get("answer") or ""),
                    "marks": _number(item.get("marks")),
                    "marking_points": [
                        {"description": _clean(str(p.get("description") or p.get("name") or "")), "points": _number(p.get("points"))}
                        for p in points
                    ],
                    "line": None,
                }
            )
        for i, q in enumerate(questions, 1):
            if any(p["points"] is None for p in q["marking_points"]):
                raise ReplyError(f"Question {i}: every marking point needs a number of points.")
        questions, flags = finish(questions, _number(data.get("total")))
        problems = [f"Question {q['number']}: {' '.join(errs)}" for q in questions if (errs := question_errors(q))]
        if problems:
            raise ReplyError(" ".join(problems))
        return Extraction(questions=questions, extractor=self.name, stated_total=_number(data.get("total")), flags=flags)

    def _fall_back(self, text: str, reason: str) -> Extraction:
        extraction = self.fallback.extract(text)
        extraction.fallback_reason = f"{self.name}: {reason}"
        return extraction
