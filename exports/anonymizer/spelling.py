"""The spellings a name is looked up under: folded to lower case without accents, transliterated,
one letter apart; and the word patterns the other modules share."""

from __future__ import annotations

import re
import unicodedata

WORD_RE = re.compile(r"\[[A-Z]+\]|[^\W\d_]+(?:['’-][^\W\d_]+)*")
DIGIT_RE = re.compile(r"\d")
TRAILING_PUNCT = ".,;:!?"
EMPTY: frozenset = frozenset()
SUFFIXES = ("s", "es", "ed")
FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "’": "'"})
GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def fold(word: str) -> str:
    """Lower case without accents: "José" -> "jose", "Łukasz" -> "lukasz", "O’Brien" -> "o'brien"."""
    word = word.lower()
    if word.isascii():
        return word
    word = word.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text))


def variants(part: str) -> set[str]:
    """The spellings of one name part to look for: folded, German-transliterated, no apostrophe."""
    lower = part.lower()
    forms = {fold(lower), fold(lower.translate(GERMAN))}
    return forms | {form.replace("'", "") for form in forms if "'" in form}


def name_words(name: str) -> list[str]:
    """The words of a name, leaving out those with digits: they are ids, not names, and their
    letter runs ("be" in "3be41a") are ordinary words that must stay in the text."""
    return [token for word in name.split() if not DIGIT_RE.search(word) for token in WORD_RE.findall(word)]


def is_word(form: str, dictionary: frozenset[str]) -> bool:
    """An English word, or one with a common ending ("marks" from Mark S., "shall" from S. Hall)."""
    return form in dictionary or any(
        form.endswith(suffix) and form[: -len(suffix)] in dictionary for suffix in SUFFIXES
    )


def one_letter_less(form: str) -> set[str]:
    return {form} | {form[:k] + form[k + 1 :] for k in range(len(form))}


def one_edit_apart(a: str, b: str) -> bool:
    """One letter changed, added, left out, or two neighbours swapped."""
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return (
            len(diff) == 1
            or len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) == 1 and any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def edits_apart(a: str, b: str, limit: int) -> int:
    """The letters changed, added, left out or swapped with a neighbour between ``a`` and ``b``,
    or ``limit + 1`` once that is passed."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before, row = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return min(row[-1], limit + 1)
