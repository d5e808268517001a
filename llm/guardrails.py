"""Guardrails for a model's reply: find the JSON in it and check it against the rubric.

Models wrap JSON in code fences, put prose around it, or write a section as a bare number
(``{"Content": 4}``). All of that is accepted; anything that does not pass
``llm.rubric.check_scores`` is refused with a message plain enough to send back to the model
so that it can correct itself.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from llm.rubric import RubricError, check_scores

_FENCE = re.compile(r"```[ \t]*(?:json|JSON)?[ \t]*\n?(.*?)```", re.DOTALL)


class ReplyError(ValueError):
    """The reply cannot be used; the message says why, in words meant for the model."""


@dataclass(frozen=True)
class CheckedReply:
    """Either canonical ``scores`` and their ``total``, or an ``error`` saying what is wrong."""

    scores: dict | None = None
    total: float | int | None = None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.scores is not None


def extract_json(text: str) -> dict:
    """Return the first JSON object in ``text``: the whole text, a fenced block, or the
    first balanced ``{...}`` amid prose that parses. Raises ReplyError when there is none."""
    if not isinstance(text, str) or not text.strip():
        raise ReplyError("The reply is empty.")
    candidates = [text.strip(), *(block.strip() for block in _FENCE.findall(text)), *_balanced_objects(text)]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    if "{" in text:
        raise ReplyError("The reply has no complete, valid JSON object.")
    raise ReplyError("The reply is not JSON: no JSON object was found.")


def _balanced_objects(text: str):
    """Each outermost ``{...}`` span, in order; braces inside JSON strings do not count."""
    depth, start, in_string, escaped = 0, 0, False, False
    for i, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"' and depth:
            in_string = True
        elif char == "{":
            start = i if depth == 0 else start
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth == 0:
                yield text[start : i + 1]


def _match_section_names(rubric: list[dict], data: dict) -> dict:
    """Key the reply by the rubric's own spelling of each section ("content " -> "Content")."""
    canonical = {section["name"].strip().lower(): section["name"] for section in rubric}
    out = {}
    for key, value in data.items():
        name = canonical.get(str(key).strip().lower(), key)
        out.setdefault(name, value)
    return out


def error_text(error: RubricError) -> str:
    """One sentence per problem, each naming its section (and criterion)."""
    sentences = []
    for path, messages in error.errors.items():
        for message in messages:
            section = path.split(".", 1)[0]
            named = f"'{section}'" in message or section == "sections"
            sentences.append(message if named else f"{path}: {message}")
    return " ".join(sentences)


def check_reply(rubric: list[dict], text: str) -> CheckedReply:
    """Parse and check a model's reply against a (valid) rubric."""
    try:
        data = extract_json(text)
    except ReplyError as exc:
        return CheckedReply(error=str(exc))
    try:
        scores, total = check_scores(rubric, _match_section_names(rubric, data))
    except RubricError as exc:
        return CheckedReply(error=error_text(exc))
    return CheckedReply(scores=scores, total=total)
