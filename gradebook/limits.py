"""Bounds on what a request may carry, shared by the pages, the API and the services.

Each helper turns input that would exhaust the server or overflow the database into a
ValueError with a message a person can act on; callers show it as a 400.
"""

from __future__ import annotations

import json
import math

from django.conf import settings

# Deeper than any real rubric, score set or chat message list; shallow enough that no
# recursive code (validation, rendering, the JSON encoder) runs out of stack on it.
MAX_JSON_DEPTH = 32
# The largest value of a 64-bit database id: a bigger number can name no row.
MAX_DATABASE_ID = 2**63 - 1


class InputTooLarge(ValueError):
    """Input past one of the limits above; the message says which."""


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise InputTooLarge(f"The number {text[:40]} is too large.")
    return value


def _bounded_int(text: str) -> int:
    value = int(text)
    if abs(value) > MAX_DATABASE_ID:
        raise InputTooLarge(f"The number {text[:40]} is too large.")
    return value


def _no_constant(name: str):
    raise InputTooLarge(f"{name} is not a number JSON allows.")


def json_loads(text: str | bytes):
    """json.loads, refusing nesting deeper than MAX_JSON_DEPTH, floats beyond a double and
    integers beyond a 64-bit id (the database could store neither)."""
    try:
        value = json.loads(text, parse_float=_finite, parse_int=_bounded_int, parse_constant=_no_constant)
    except RecursionError:
        raise InputTooLarge(f"The JSON is nested more than {MAX_JSON_DEPTH} levels deep.") from None
    check_depth(value)
    return value


def check_depth(value, limit: int = MAX_JSON_DEPTH):
    """Raise InputTooLarge when lists and objects nest deeper than ``limit`` (no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, (list, tuple)):
            children = item
        else:
            continue
        if depth > limit:
            raise InputTooLarge(f"The JSON is nested more than {limit} levels deep.")
        stack.extend((child, depth + 1) for child in children)


def database_id(text) -> int | None:
    """The row id ``text`` names, or None when it cannot name one (not digits, too large)."""
    text = str(text)
    if not text.isascii() or not text.isdigit() or len(text) > 19:
        return None
    value = int(text)
    return value if 0 < value <= MAX_DATABASE_ID else None


def max_text_chars() -> int:
    """The longest typed or pasted submission text (MAX_SUBMISSION_CHARS)."""
    return settings.MAX_SUBMISSION_CHARS
