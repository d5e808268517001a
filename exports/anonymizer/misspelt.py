"""A roster person's full name misspelt in both words or beyond one letter ("Dimitry Petroff" for
Dmitri Petrov, "Aliyah Jonhson" for Aaliyah Johnson): two capitalised words, each at most two
edits from the given name and the surname of the same person (a third of its letters at most).
Two words near one person's two names say it is that person; a single such word does not."""

from __future__ import annotations

import re

from .famous import FAMOUS_SURNAMES
from .name_words import english_words
from .roster import Roster
from .spelling import edits_apart, is_word, letters

NAME = r"[A-ZÀ-Ý][^\W\d_]+(?:['’-][^\W\d_]+)*"
PAIR_RE = re.compile(r"(?<![\w'’-])(?=(" + NAME + r")[ \t]+(" + NAME + r"))")
MIN_LETTERS = 4


def replace_misspelt_full_names(text: str, roster: Roster, subject: str | None) -> str:
    if not roster.full_names:
        return text
    found, end = [], 0
    for match in PAIR_RE.finditer(text):
        if match.start() < end:
            continue
        first, second = match.group(1), match.group(2)
        if second.endswith(("'s", "’s")):
            second = second[:-2]
        if keys := _person(roster, letters(first), letters(second)):
            end = match.start(2) + len(second)
            found.append((match.start(), end, roster.placeholder(keys, subject)))
    for start, stop, placeholder in reversed(found):
        text = text[:start] + placeholder + text[stop:]
    return text


def _person(roster: Roster, first: str, second: str) -> set[str]:
    """The one person both words are near, unless both are spelt right (the name rules decide
    then), both are words, or either is a famous name."""
    if len(first) < MIN_LETTERS or len(second) < MIN_LETTERS or first in roster.parts and second in roster.parts:
        return set()
    dictionary = english_words()
    if (
        first in FAMOUS_SURNAMES
        or second in FAMOUS_SURNAMES
        or is_word(first, dictionary)
        and is_word(second, dictionary)
    ):
        return set()
    keys = {
        key
        for given, surname, key in roster.full_names.get(first[:1] + second[:1], ())
        if _near(first, given) and _near(second, surname)
    }
    return keys if len(keys) == 1 else set()


def _near(word: str, name: str) -> bool:
    limit = min(2, len(name) // 3)
    return edits_apart(word, name, limit) <= limit
