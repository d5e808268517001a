"""Marking guides as plain text in, extracted questions out.

Each question is a dict::

    {"number": "1", "text": "...", "answer": "...", "marks": 5,
     "marking_points": [{"name": "...", "description": "...", "points": 1}, ...],
     "line": 3, "lines": [3, 4, 5], "flags": [{"code": "answer_missing", "message": "..."}]}

``number`` is the guide's label ("1", "1(a)", "2.1"); ``lines`` are the source lines (1-based)
the question, its answer and its marking points were read from.

Two extractors share one interface (``extract(text) -> Extraction``): ``RuleBasedExtractor``
reads the common layouts, ``LLMExtractor`` asks a provider and keeps its answer only when it
passes the same checks the gradebook applies on confirm (``question_errors``, i.e.
``llm.rubric.validate_rubric`` on the rubric a question implies); otherwise it falls back.
Flags mark what a person should look at; errors make a question unusable.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from llm.guardrails import ReplyError, extract_json
from llm.guide_lines import clean as _clean
from llm.guide_lines import is_code, parse_point
from llm.guide_lines import number as _number
from llm.guide_reader import read_guide
from llm.providers.base import Provider
from llm.rubric import RubricError, validate_rubric

__all__ = [
    "Extraction",
    "ExtractionError",
    "LLMExtractor",
    "RuleBasedExtractor",
    "finish",
    "implied_rubric",
    "parse_point",
    "point_names",
    "question_errors",
]

SECTION_NAME = "Answer"
MAX_POINT_NAME = 60
MAX_LLM_CHARS = 60_000
NO_QUESTIONS = (
    'No recognisable questions were found. Number each question ("1.", "Q1", "Question 1:" or "1)"),'
    ' put its model answer after "Answer:" and its marks in brackets, e.g. "(5 marks)" or "[5]".'
)


class ExtractionError(ValueError):
    """The guide gave nothing usable; the message says what the guide should look like."""


@dataclass
class Extraction:
    questions: list[dict]
    extractor: str
    stated_total: float | int | None = None
    flags: list[dict] = field(default_factory=list)
    fallback_reason: str = ""
    notes: list[str] = field(default_factory=list)  # what the rules decided, for a reviewer

    def as_dict(self) -> dict:
        return {
            "questions": self.questions,
            "extractor": self.extractor,
            "stated_total": self.stated_total,
            "flags": self.flags,
            "fallback_reason": self.fallback_reason,
            "notes": self.notes,
        }


def _flag(code: str, message: str) -> dict:
    return {"code": code, "message": message}


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
                _flag(
                    "points_mismatch",
                    f"The marking points add up to {point_sum}, but the question is worth {q['marks']}.",
                )
            )
        done.append(q)
    flags = []
    total = _number(sum(q["marks"] or 0 for q in done))
    if stated_total is not None and abs(total - stated_total) > 1e-6:
        flags.append(
            _flag(
                "total_mismatch",
                f"The questions add up to {total} marks, but the guide states a total of {stated_total}.",
            )
        )
    numbers = [int(q["number"]) for q in done if str(q.get("number", "")).isdigit()]
    for before, after in zip(numbers, numbers[1:]):
        if after != before + 1:
            flags.append(
                _flag("numbering_gap", f"Question numbers go from {before} to {after}; check nothing was missed.")
            )
    return done, flags


def _clean_block(text: str) -> str:
    """Whitespace tidied line by line; a line of code keeps its indentation."""
    lines = [line.rstrip() if is_code(line) else _clean(line) for line in (text or "").split("\n")]
    return "\n".join(line for line in lines if line.strip())


class RuleBasedExtractor:
    """Rules first: see ``llm.guide_reader`` for how a guide's lines become questions."""

    name = "rules"

    def extract(self, text: str) -> Extraction:
        reading = read_guide(text)
        if not reading.questions:
            raise ExtractionError(NO_QUESTIONS)
        questions, flags = finish(reading.questions, reading.stated_total)
        return Extraction(
            questions=questions,
            extractor=self.name,
            stated_total=reading.stated_total,
            flags=flags,
            notes=reading.notes,
        )


EXTRACTION_INSTRUCTIONS = (
    "You read marking guides. Extract every question. Reply with JSON only, in this shape: "
    '{"questions": [{"number": "1", "question": "<question text>", "answer": "<model answer>", '
    '"marks": <number or null>, "marking_points": [{"description": "<what earns the points>", '
    '"points": <number>}]}], "total": <the total the guide states, or null>}. '
    "Copy the wording of the guide; use an empty answer when the guide gives none, null marks when "
    "none are stated, an empty list when there are no marking points. Marking points must add up to the marks. "
    'Each part of a question is a question of its own, numbered like "1(a)" or "2(b)(i)"; section titles are not '
    "questions; answers given in an answer key at the end belong to the questions they are numbered for."
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
                return self._compared(self._checked(reply.text), text)
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
                        {
                            "description": _clean(str(p.get("description") or p.get("name") or "")),
                            "points": _number(p.get("points")),
                        }
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
        return Extraction(
            questions=questions, extractor=self.name, stated_total=_number(data.get("total")), flags=flags
        )

    def _compared(self, extraction: Extraction, text: str) -> Extraction:
        """The model's reading, with every place it differs from the rules' flagged (never
        silently): the rules' marks and answer are named, and their source lines kept."""
        try:
            rules = {q["number"]: q for q in self.fallback.extract(text).questions}
        except ExtractionError:
            return extraction
        for q in extraction.questions:
            ruled = rules.pop(q["number"], None)
            if ruled is None:
                q["flags"].append(
                    _flag("rules_differ", "The rule-based reading found no such question; check it against the guide.")
                )
                continue
            q["lines"] = ruled.get("lines") or []
            q["line"] = q.get("line") or ruled.get("line")
            differs = [
                f"{what} {ruled[key]!r}"
                for key, what in (("marks", "marks"), ("answer", "answer"))
                if _clean(str(ruled[key] or "")) != _clean(str(q[key] or ""))
            ]
            if differs:
                q["flags"].append(
                    _flag("rules_differ", f"The model's reading was kept; the rules read {' and '.join(differs)}.")
                )
        if rules:
            extraction.flags.append(
                _flag(
                    "rules_differ",
                    f"The rules also found question{'s' if len(rules) > 1 else ''} {', '.join(rules)}, which the model left out.",
                )
            )
        return extraction

    def _fall_back(self, text: str, reason: str) -> Extraction:
        extraction = self.fallback.extract(text)
        extraction.fallback_reason = f"{self.name}: {reason}"
        return extraction
