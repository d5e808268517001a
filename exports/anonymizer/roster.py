"""The people of a course and the dictionaries their names are looked up in: name parts in every
spelling, nicknames, initials, user names, ids. Built once per roster; lookups are by token, so
the cost per text does not grow with the size of the roster."""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from .famous import FAMOUS_SURNAMES, PRODUCTS
from .name_words import CALENDAR, NAME_WORDS, apostrophe_stem, english_words, is_name_word
from .nicknames import NICKNAMES
from .spelling import (
    DIGIT_RE,
    EMPTY,
    WORD_RE,
    fold,
    is_word,
    letters,
    name_words,
    one_edit_apart,
    one_letter_less,
    variants,
)

STUDENT, NAME, INSTRUCTOR = "[STUDENT]", "[NAME]", "[INSTRUCTOR]"
EMAIL, URL, PHONE, ID, ADDRESS = "[EMAIL]", "[URL]", "[PHONE]", "[ID]", "[ADDRESS]"

ID_DIGITS_RE = re.compile(r"[A-Za-z]{1,3}-?(\d{5,})")
NON_WORD_RE = re.compile(r"[^\w']+|_")  # "_": "bibliography_fibanez.pdf"
USER_PIECE_RE = re.compile(r"[\W\d_]+")
MISSPELT_MIN = 5  # shorter names are too near ordinary words ("Lee", "Ana") to match a misspelling


def pseudonym(student_id: str, key: str) -> str:
    """A stable, keyed, one-way stand-in for a student id (HMAC-SHA256, hex)."""
    return hmac.new(key.encode(), student_id.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    role: str = "student"  # or "instructor"
    student_id: str = ""


class Roster:
    def __init__(self, people: list[Person]):
        self.parts: dict[str, set[str]] = {}
        self.first: dict[str, str] = {}  # person key -> first letter of the given name
        self.last: dict[str, str] = {}  # person key -> first letter of the surname
        self.initials: dict[str, set[str]] = {}  # "jd" -> people whose initials are J. D.
        self.given: set[str] = set()  # the given names' forms (a surname's "Fisher's test" is a method)
        self.surnames: set[str] = set()  # the forms of the words after the given name
        self.roles: dict[str, str] = {}
        self.ids = set()
        self.users: dict[str, set[str]] = {}  # user-name form -> person keys, found inside handles
        self.particles: dict[str, set[str]] = {}  # a one-letter word inside a name -> keys: "Ó" of Ó Ceallaigh
        self.full_names: dict[str, list[tuple[str, str, str]]] = {}  # initials -> (given, surname, key)
        for person in people:
            self.roles[person.key] = person.role
            if person.student_id:
                self.ids.add(person.student_id.lower())
                if digits := ID_DIGITS_RE.fullmatch(person.student_id):
                    self.ids.add(digits.group(1))  # "Student number: 1234567" for S1234567
                if not DIGIT_RE.search(person.student_id) and WORD_RE.fullmatch(person.student_id):
                    self.parts.setdefault(person.student_id.lower(), set()).add(ID)
            words = name_words(person.name)
            for word in words[1:]:
                if len(word) == 1:
                    self.particles.setdefault(fold(word), set()).add(person.key)
            for token in words:
                for part in {token, *token.split("-")}:
                    if len(part) >= 2:
                        for form in variants(part):
                            self.parts.setdefault(form, set()).add(person.key)
            for word in words[1:]:
                self.surnames |= variants(word)
            if words:
                self._add_derived(person.key, words)
            if len(words) >= 2:
                given, surname = letters(words[0]), letters(words[-1])
                self.full_names.setdefault(given[:1] + surname[:1], []).append((given, surname, person.key))
        forms = sorted(self.users, key=len, reverse=True)
        self._users_re = re.compile("|".join(forms)) if forms else None
        self._near = self._misspellings()

    def _misspellings(self) -> dict[str, set[str]]:
        """Each name part of five letters or more that is not a word, under itself and each
        spelling with one letter left out: two spellings one letter apart share one of these."""
        near: dict[str, set[str]] = {}
        dictionary = english_words()
        for part, keys in self.parts.items():
            if len(part) < MISSPELT_MIN or not part.isalpha() or ID in keys or is_name_word(part, part):
                continue
            if not is_word(part, dictionary):
                for form in one_letter_less(part):
                    near.setdefault(form, set()).add(part)
        return near

    def misspelt(self, form: str) -> str:
        """The roster name part one letter away from ``form`` ("Okafur", "Nakamora"), if only one
        is; not for words, famous people, products or dates."""
        if (
            len(form) < MISSPELT_MIN - 1
            or not form.isalpha()
            or form in FAMOUS_SURNAMES
            or form in PRODUCTS
            or form in CALENDAR
            or is_word(form, english_words())
        ):
            return ""
        parts = {part for variant in one_letter_less(form) for part in self._near.get(variant, ())}
        parts = {part for part in parts if one_edit_apart(part, form)}
        return parts.pop() if len(parts) == 1 else ""

    def _add_derived(self, key: str, words: list[str]) -> None:
        """Nicknames of the given name, and the user names made of the name (jdoe, janedoe)."""
        first, last = fold(words[0]), letters(words[-1])
        self.first[key] = first[:1]
        self.given |= variants(words[0])
        if len(words) >= 2 and last:
            self.last[key] = last[:1]
            self.initials.setdefault(first[:1] + last[:1], set()).add(key)
        if "-" in first:  # "M-C" for Marie-Claire
            self.parts.setdefault("-".join(piece[:1] for piece in first.split("-")), set()).add(key)
        if len(words) >= 2 and "-" in words[-1]:  # "M. D-S." for Maya Douglas-Scott
            barrelled = "-".join(fold(piece)[:1] for piece in words[-1].split("-"))
            self.initials.setdefault(first[:1] + barrelled, set()).add(key)
        for nickname in NICKNAMES.get(first, ()):
            self.parts.setdefault(nickname, set()).add(key)
        if len(words) < 2 or not last:
            return
        given = letters(words[0])
        forms = {given + last, given[:1] + last, last + given[:1]}
        dictionary = english_words()
        for form in forms:
            if len(form) >= 4 and not is_word(form, dictionary):
                self.users.setdefault(form, set()).add(key)
                self.parts.setdefault(form, set()).add(key)
        for part in (given, last):
            if len(part) >= 4 and part not in NAME_WORDS and not is_word(part, dictionary):
                self.users.setdefault(part, set()).add(key)

    def may_name_someone(self, words: list[str]) -> bool:
        """A cheap first look (no regular expression): does any word, or piece of one, hold a
        part of a roster name?"""
        parts = self.parts
        if not parts.keys().isdisjoint(words):
            return True
        for word in words:
            if word.endswith("s") and word[:-1] in parts:
                return True
            if self._near and len(word) >= MISSPELT_MIN - 1 and self.misspelt(apostrophe_stem(word)):
                return True  # "okafur"; only a capitalised one is taken for the name
            if word.isalpha():
                continue
            if (
                apostrophe_stem(word) in parts  # "grace's", "will'll"
                or any(piece in parts for piece in NON_WORD_RE.split(word.replace("'s", "")) + [letters(word)])
            ):
                return True
        return False

    def users_in(self, text: str) -> set[str]:
        found = letters(text)
        if not found or self._users_re is None:
            return EMPTY
        return {key for form in self._users_re.findall(found) for key in self.users[form]}

    def user_keys(self, name: str) -> set[str]:
        """The people a user name stands for: one made of their name ("jdoe"), a part of it, or
        one with a piece of three letters or more that is a name part ("zoé_12", "june_51")."""
        keys = self.users_in(name) or self.parts.get(fold(name), EMPTY)
        if keys:
            return keys
        for piece in USER_PIECE_RE.split(fold(name)):
            if len(piece) >= 3 and (keys := self.parts.get(piece, EMPTY) - {ID}):
                return keys
        return EMPTY

    def given_initial(self, letter: str) -> set[str]:
        """The roster people whose given name starts with ``letter``."""
        letter = fold(letter)
        return {key for key, first in self.first.items() if first == letter}

    def placeholder(self, keys: set[str], subject: str | None) -> str:
        if ID in keys:
            return ID
        if subject in keys:
            return STUDENT
        if any(self.roles.get(k) == "instructor" for k in keys):
            return INSTRUCTOR
        return NAME

    def lookup(self, token: str) -> tuple[set[str], str, str]:
        """(people keys, the part matched, the suffix to keep) for a token, e.g. "Grace's"."""
        normal = fold(token)
        keys = self.parts.get(normal)
        if keys:
            return keys, normal, ""
        if normal.endswith("'s"):
            keys = self.parts.get(normal[:-2])
            if keys:
                return keys, normal[:-2], token[-2:]
        if (stem := apostrophe_stem(normal)) != normal:  # "Will'll", "James'd", "Ayşe'nin"
            keys = self.parts.get(stem)
            if keys:
                return keys, stem, token[len(stem) :]
        if "'" in normal or "-" in normal:  # a user name written with the surname's punctuation: "JO'Brien"
            squeezed = normal.replace("'", "").replace("-", "")
            keys = self.parts.get(squeezed)
            if keys:
                return keys, squeezed, ""
        if len(normal) > 3 and normal.endswith("s"):  # a possessive without its apostrophe: "omars code"
            keys = self.parts.get(normal[:-1])
            if keys and not is_name_word(normal[:-1], token) and not is_word(normal, english_words()):
                return keys, normal[:-1], ""
        stem = apostrophe_stem(normal)
        if token[:1].isupper() and (near := self.misspelt(stem)):
            return self.parts[near], near, token[len(stem) :]  # "Okafur" for Okafor, "Nakamora's"
        return EMPTY, "", ""
