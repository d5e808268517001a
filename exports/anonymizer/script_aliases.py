"""A person's name in another script written beside their placeholder, as a gloss: "小林遥（[NAME]）",
"최민준 ([STUDENT], on Zoom ...)", "[STUDENT] (इशान चतुर्वेदी)". Only letters of a non-Latin script count,
so a gloss in Latin letters ("[NAME] (my cousin)") stays for the other rules to judge."""

from __future__ import annotations

import re
import unicodedata

PLACEHOLDER_RE = re.compile(r"\[(?:NAME|STUDENT|INSTRUCTOR)\]")
OPENING, CLOSING = "(（", ")）"
MAX_WORDS = 3  # in brackets after the placeholder: "(Иван Сергеевич Петров)"


def _foreign_letter(char: str) -> bool:
    """A letter or mark of a script other than Latin (Devanagari's vowel signs are marks)."""
    if char.isascii() or not (char.isalpha() or unicodedata.category(char).startswith("M")):
        return False
    return not unicodedata.name(char, "").startswith("LATIN")


def _foreign_name(run: str) -> bool:
    words = run.split(" ")
    return 0 < len(words) <= MAX_WORDS and all(word and all(_foreign_letter(c) for c in word) for word in words)


def _trailing_name(run: str) -> str:
    """The last words of ``run`` that may be a name: at most two, each capitalised or of a script without case
    ("Иван Петров", "최민준"; not "для друзей")."""
    words = run.split(" ")[-2:] if run else []
    while words and words[0].lower() == words[0] and words[0].upper() != words[0]:
        words = words[1:]
    return " ".join(words)


def replace_script_aliases(text: str) -> str:
    """``text`` with each such gloss replaced by the placeholder it glosses."""
    spans: list[tuple[int, int, str]] = []
    for match in PLACEHOLDER_RE.finditer(text):
        start, end = match.start(), match.end()
        before = text[:start].rstrip(" ")
        if before[-1:] and before[-1] in OPENING and text[end : end + 1] in (*CLOSING, ",", "、"):
            head = before[:-1].rstrip(" ")
            first = len(head)
            while first and (_foreign_letter(head[first - 1]) or head[first - 1] == " " and first > 1):
                first -= 1
            run = _trailing_name(head[first:].strip(" "))
            if run:
                spans.append((len(head) - len(run), len(head), match.group()))
        after = text[end:]
        opened = after.lstrip(" ")
        if opened[:1] in OPENING:
            offset = end + len(after) - len(opened) + 1
            close = min((i for i in (text.find(c, offset, offset + 60) for c in CLOSING) if i >= 0), default=-1)
            if close > 0 and _foreign_name(text[offset:close].strip(" ")):
                spans.append((offset, close, match.group()))
    for first, last, placeholder in sorted(spans, reverse=True):
        text = text[:first] + placeholder + text[last:]
    return text
