"""Remove what identifies people from a text before it leaves the gradebook.

Replaced: names of the people given (the student being exported -> [STUDENT], other enrolled
students -> [NAME], instructors -> [INSTRUCTOR]; full names, first or last names alone, any
case, possessives kept as "[STUDENT]'s"), e-mail addresses -> [EMAIL], URLs -> [URL], phone
numbers -> [PHONE], the given student ids and id-like codes (S1234567) -> [ID].

Names that are ordinary words (Will, Grace, Mark; see name_words.py) are replaced only when
capitalised and not used as the word (a sentence opening "Will the ..." keeps "Will"), or
when part of the person's full name. Lookups are by token in dictionaries, so the cost per
text does not grow with the size of the roster.
"""
from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from .name_words import NAME_WORDS, ORDINARY_FOLLOWERS

STUDENT, NAME, INSTRUCTOR = "[STUDENT]", "[NAME]", "[INSTRUCTOR]"
EMAIL, URL, PHONE, ID = "[EMAIL]", "[URL]", "[PHONE]", "[ID]"

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"'\])]+"
    r"|\b(?:[a-z0-9-]++\.)++(?:com|org|net|edu|gov|io|ly|co|uk|de|fr|info|app|dev)\b(?:/[^\s<>\"'\])]*)?",
    re.IGNORECASE,
)
PHONE_RE = re.compile(
    r"(?<![\w.+-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}(?![\w-]|\.\d)"
)
DATE_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
ID_TOKEN_RE = re.compile(r"(?<![\w.-])(?=[A-Za-z._-]*\d)[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?![\w-])")
DIGIT_RE = re.compile(r"\d")
ID_LIKE_RE = re.compile(r"[A-Za-z]{1,3}-?\d{5,}")
WORD_RE = re.compile(r"\[[A-Z]+\]|[^\W\d_]+(?:['’-][^\W\d_]+)*")
POSSESSIVE_ENDINGS = ("'s", "’s", "'S", "’S")
EMPTY: frozenset = frozenset()
POSSESSIVE_OR_COMPOUND_RE = re.compile(r"[^\W\d_][-’]|['’][sS]\b")
TRAILING_PUNCT = ".,;:!?"


def pseudonym(student_id: str, key: str) -> str:
    """A stable, keyed, one-way stand-in for a student id (HMAC-SHA256, hex)."""
    return hmac.new(key.encode(), student_id.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    role: str = "student"  # or "instructor"
    student_id: str = ""


def _url(match: re.Match) -> str:
    text = match.group(0)
    stripped = text.rstrip(TRAILING_PUNCT)
    return URL + text[len(stripped):]


def _phone(match: re.Match) -> str:
    """Keep number runs that are not phones: decimals, dates, year ranges, short lists."""
    text = match.group(0)
    groups = re.findall(r"\d+", text)
    digits = sum(len(g) for g in groups)
    if not 7 <= digits <= 15 or DATE_RE.fullmatch(text):
        return text
    if len(groups) == 1:
        return PHONE if digits >= 10 else text
    if any(len(g) > 4 for g in groups[1:]) or (len(groups) == 2 and len(groups[0]) == len(groups[1]) == 4):
        return text
    last = len(groups[-1])
    if "+" in text or "(" in text:
        return PHONE
    if "-" in text and last >= 3:
        return PHONE
    if "." in text and len(groups) >= 3 and last >= 3:
        return PHONE
    if text.startswith("0") and digits >= 9 or len(groups) >= 3 and last >= 4 and digits >= 10:
        return PHONE
    return text


def _name_words(name: str) -> list[str]:
    """The words of a name, leaving out those with digits: they are ids, not names, and their
    letter runs ("be" in "3be41a") are ordinary words that must stay in the text."""
    return [token for word in name.split() if not DIGIT_RE.search(word) for token in WORD_RE.findall(word)]


class Anonymizer:
    """Built once per course roster; ``anonymize(text, subject)`` is then cheap per text."""

    def __init__(self, people: list[Person]):
        self._parts: dict[str, set[str]] = {}
        self._roles: dict[str, str] = {}
        self._ids = set()
        for person in people:
            self._roles[person.key] = person.role
            if person.student_id:
                self._ids.add(person.student_id.lower())
                if not DIGIT_RE.search(person.student_id) and WORD_RE.fullmatch(person.student_id):
                    self._parts.setdefault(person.student_id.lower(), set()).add(ID)
            for token in _name_words(person.name):
                for part in {token, *token.split("-")}:
                    part = part.lower().replace("’", "'")
                    if len(part) >= 2:
                        self._parts.setdefault(part, set()).add(person.key)

    def anonymize(self, text: str, subject: str | None = None) -> str:
        if not text:
            return text
        if "@" in text:
            text = EMAIL_RE.sub(EMAIL, text)
        if "." in text:
            text = URL_RE.sub(_url, text)
        if DIGIT_RE.search(text):
            text = PHONE_RE.sub(_phone, text)
            text = ID_TOKEN_RE.sub(self._id, text)
        return self._names(text, subject)

    def _id(self, match: re.Match) -> str:
        token = match.group(0)
        if token.lower() in self._ids or ID_LIKE_RE.fullmatch(token):
            return ID
        return token

    def _placeholder(self, keys: set[str], subject: str | None) -> str:
        if ID in keys:
            return ID
        if subject in keys:
            return STUDENT
        if any(self._roles.get(k) == "instructor" for k in keys):
            return INSTRUCTOR
        return NAME

    def _lookup(self, token: str) -> tuple[set[str], str, str]:
        """(people keys, the part matched, the suffix to keep) for a token, e.g. "Grace's"."""
        normal = token.lower()
        if "’" in normal:
            normal = normal.replace("’", "'")
        keys = self._parts.get(normal)
        if keys:
            return keys, normal, ""
        if token.endswith(POSSESSIVE_ENDINGS):
            keys = self._parts.get(normal[:-2])
            if keys:
                return keys, normal[:-2], token[-2:]
        return EMPTY, "", ""

    def _names(self, text: str, subject: str | None) -> str:
        parts = self._parts
        if parts.keys().isdisjoint(WORD_RE.findall(text.lower())) and not POSSESSIVE_OR_COMPOUND_RE.search(text):
            return text
        tokens = list(WORD_RE.finditer(text))
        candidates = [
            i for i, m in enumerate(tokens)
            if (word := m.group()).lower() in parts or "-" in word or "’" in word or word.endswith(POSSESSIVE_ENDINGS)
        ]
        out, cursor, done_until = [], 0, -1
        for i in candidates:
            if i <= done_until:
                continue
            match = tokens[i]
            keys, part, suffix = self._lookup(match.group())
            if not keys:
                if "-" in match.group():
                    out.append(text[cursor:match.start()] + self._hyphenated(match, subject))
                    cursor = match.end()
                continue
            if ID in keys:
                out.append(text[cursor:match.start()] + ID)
                cursor = match.end()
                continue
            run_end, run_keys, run_suffix, run_parts = i, keys, suffix, {part}
            while run_end + 1 < len(tokens):
                following = tokens[run_end + 1]
                gap = text[tokens[run_end].end():following.start()]
                next_keys, next_part, next_suffix = self._lookup(following.group())
                if run_suffix or gap not in (" ", "\u00a0") or not (run_keys & next_keys) or next_part in run_parts:
                    break
                run_end, run_keys, run_suffix = run_end + 1, run_keys & next_keys, next_suffix
                run_parts.add(next_part)
            if run_end > i or self._is_name(match, part, suffix, text, tokens, i):
                out.append(text[cursor:match.start()] + self._placeholder(run_keys, subject) + run_suffix)
                cursor = tokens[run_end].end()
            done_until = run_end
        out.append(text[cursor:])
        return "".join(out)

    def _hyphenated(self, match: re.Match, subject: str | None) -> str:
        """A compound such as "Grace-like" or "Smith-style": check each piece on its own."""
        pieces = match.group(0).split("-")
        replaced = []
        for piece in pieces:
            keys, part, _ = self._lookup(piece)
            if keys and (part not in NAME_WORDS or piece[:1].isupper()):
                replaced.append(self._placeholder(keys, subject))
            else:
                replaced.append(piece)
        return "-".join(replaced)

    def _is_name(self, match, part, suffix, text, tokens, i) -> bool:
        """A single token that is a name part: is it used as a name here?"""
        if part not in NAME_WORDS:
            return True
        token = match.group(0)
        if not token[:1].isupper() or (token.isupper() and len(token) > 1):
            return False
        if suffix:
            return True
        j = match.start() - 1
        while j >= 0 and text[j] in " \t\"'“‘(":
            j -= 1
        opens_sentence = j < 0 or text[j] in ".!?:;\n"
        if not opens_sentence:
            return True
        following = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
        return following not in ORDINARY_FOLLOWERS
