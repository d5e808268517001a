"""What one line of a marking guide says: a question label, marks, a total, an answer label, a
marking point, a heading, code. Plain regular expressions, so every decision can be explained.
``llm.guide_reader`` puts the lines together."""

from __future__ import annotations

import re

WORD_NUMBERS = {
    "half": 0.5,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "twenty-five": 25,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a": 1,
    "an": 1,
}
_WORD = "|".join(sorted((w for w in WORD_NUMBERS if len(w) > 2), key=len, reverse=True))
NUM = rf"(?:\d+(?:\.\d+)?|½|{_WORD})"
UNIT = r"(?:marks?|mks?|pts?\.?|points?)"
BULLET = r"[-•*–·▪◦✓✔►>]"
COMMAND_WORDS = (
    "calculate",
    "compare",
    "complete",
    "define",
    "describe",
    "determine",
    "discuss",
    "draw",
    "estimate",
    "evaluate",
    "explain",
    "find",
    "give",
    "how",
    "identify",
    "justify",
    "list",
    "name",
    "outline",
    "predict",
    "prove",
    "show",
    "sketch",
    "solve",
    "state",
    "suggest",
    "what",
    "when",
    "where",
    "which",
    "who",
    "why",
    "write",
    "use",
    "using",
    "hence",
    "convert",
    "simplify",
    "translate",
    "is",
    "are",
    "does",
    "do",
    "can",
)


def number(text) -> float | int | None:
    """12 -> 12, '1.5' -> 1.5, 'five' -> 5, '½' -> 0.5; None when it is no number."""
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        value = float(text)
    else:
        text = str(text or "").strip().lower()
        if text in WORD_NUMBERS:
            value = float(WORD_NUMBERS[text])
        elif text == "½":
            value = 0.5
        else:
            try:
                value = float(text)
            except ValueError:
                return None
    return int(value) if value == int(value) else round(value, 4)


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


# Marks

_MARKS_BRACKETED = re.compile(
    rf"(?:^|(?<=[\s.…:?!]))[\(\[]\s*(?:marks?\s*[:=]?\s*)?({NUM})\s*(?:{UNIT}|m)?\s*(?:each)?\s*[\)\]]", re.IGNORECASE
)
_MARKS_LABELLED = re.compile(rf"\b(?:marks?|points?)\s*[:=]\s*({NUM})\b", re.IGNORECASE)
_MARKS_AT_END = re.compile(rf"(?:^|[\s\-–—,:])\s*\b({NUM})\s*{UNIT}\s*\.?\s*$", re.IGNORECASE)
_MARKS_OUT_OF = re.compile(r"(?:^|\s)/\s*(\d{1,3})\s*$")
_LEADERS = re.compile(r"\s*(?:\.{3,}|…+|_{3,})\s*$")
MARKS_LINE = re.compile(
    rf"^\s*(?:[\(\[]\s*({NUM})\s*(?:{UNIT}|m)?\s*[\)\]]|(?:marks?|points?)\s*[:=\-–]\s*({NUM})\s*(?:{UNIT})?|({NUM})\s*{UNIT})\s*\.?\s*$",
    re.IGNORECASE,
)


def take_marks(text: str, at_end_only: bool = False) -> tuple[str, float | int | None]:
    """The marks a text states ("(5 marks)", "[3]", "(2m)", "[five marks]", "Marks: 4", "- 2 pts"
    or "/2" at its end) and the text without them (and without the dot leaders before them)."""
    text = clean(text)
    for pattern in (_MARKS_BRACKETED, _MARKS_LABELLED, _MARKS_AT_END, _MARKS_OUT_OF):
        matches = [m for m in pattern.finditer(text) if not at_end_only or not text[m.end() :].strip(" .")]
        matches = [m for m in matches if number(m.group(1)) is not None and number(m.group(1)) > 0]
        if matches:
            match = matches[-1]
            rest = _LEADERS.sub("", text[: match.start()].rstrip()) + text[match.end() :]
            rest = re.sub(r"\s+([?.!,;:])", r"\1", rest.strip())
            return rest.strip(" -–—:").strip(), number(match.group(1))
    return text, None


# Totals

_TOTAL = re.compile(
    rf"(?<![\w=])(?:grand\s+)?(?P<word>total|maximum|max\.?)(?P<unit1>\s+(?:marks?|points?|score))?(?:\s+available)?"
    rf"(?:\s+(?:for|of|in)\s+(?:the\s+|this\s+)?(?P<qual>paper|exam(?:ination)?|test|quiz|guide|assessment|worksheet|"
    rf"question|section|part|q)\b\.?\s*[\w()]*)?"
    rf"\s*(?P<sep>[:=\-–—]|is|\.{{2,}}|…+|\s)\s*(?:\.{{2,}}|…+)?\s*(?P<value>{NUM})\b\s*(?P<unit2>{UNIT})?",
    re.IGNORECASE,
)


def total_statement(line: str) -> tuple[float | int, str] | None:
    """(value, scope) when the line states a total: scope "guide", or "question"/"section" for
    "Total for Question 1: 4 marks". "total = 0" and other code never count: "=" needs a
    capital T or a unit, and the value must be positive."""
    line = clean(line)
    for match in _TOTAL.finditer(line):
        value = number(match.group("value"))
        if value is None or value <= 0:
            continue
        has_unit = bool(match.group("unit1") or match.group("unit2"))
        if match.group("sep") == "=" and not (has_unit or match.group("word")[0].isupper()):
            continue
        if match.group("word").lower().startswith("max") and not has_unit:
            continue
        qual = (match.group("qual") or "").lower()
        scope = "question" if qual in ("question", "q") else "section" if qual in ("section", "part") else "guide"
        return value, scope
    return None


# Question labels

ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_ORDINAL_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
_PREFIX = r"(?:question|ques\.?|qn\.?|q|problem|exercise|task|item)"
_PREFIXED = re.compile(
    rf"^{_PREFIX}\s*\.?\s*(\d{{1,3}}|{_ORDINAL_WORDS})(?:\s*\(\s*([a-z]|[ivx]{{1,4}})\s*\)|([a-z])(?=[\s.):]|$)|\.(\d{{1,2}})(?=\s))?"
    rf"(?:\s*\(\s*([ivx]{{1,4}})\s*\))?\s*(?:[:.)\-–—]\s*|\s+|$)(.*)$",
    re.IGNORECASE,
)
_COMBINED = re.compile(
    r"^(\d{1,3})\s*(?:\(\s*([a-z]|[ivx]{1,4})\s*\)|([a-z])[.):]|\.(\d{1,2})\.?(?=\s))"
    r"(?:\s*\(\s*([ivx]{1,4})\s*\))?\s*[:.)\-–—]?\s*(.*)$",
    re.IGNORECASE,
)
_PLAIN = re.compile(r"^\(?(\d{1,3})\s*(?:[.)]|:(?=\s)|\s[-–—](?=\s))(\s*)(.*)$")
_UNNUMBERED = re.compile(r"^(?:q|question)\s*[:\-–]\s*(\S.*)$", re.IGNORECASE)  # "Q: ..." numbered in order
_BARE = re.compile(r"^(\d{1,3})\s+([A-Z(\"“‘].*)$")
# Parts are lower case: "A. Shark" / "B) Whale" are a multiple-choice question's options.
_SUB = re.compile(r"^(?:\(\s*([a-z]|[ivx]{1,4})\s*\)|([a-z]|[ivx]{1,4})\)|([a-z]|[ivx]{1,4})\.(?=\s))\s*(.*)$")


class Start:
    """A line that may open a question: ``kind`` is prefixed ("Q 3", "Question 3"), plain
    ("3.", "3)", "5 )"), bare ("3 Sodium is..."), unnumbered ("Q: ..."), combined ("1(a)", "1a)", "1.2") or sub ("(a)", "b)", "(iv)")."""

    def __init__(self, kind, top, sub, rest, subsub=None):
        self.kind, self.top, self.sub, self.rest, self.subsub = kind, top, sub, rest, subsub

    def __repr__(self):
        return f"Start({self.kind}, {self.top}, {self.sub}, {self.rest!r})"


def question_start(line: str) -> Start | None:
    line = clean(line)  # one space between words keeps every pattern linear
    match = _PREFIXED.match(line)
    if match:
        sub = match.group(2) or match.group(3) or match.group(4)
        return Start("prefixed", int(number(match.group(1))), sub and sub.lower(), match.group(6), match.group(5))
    match = _COMBINED.match(line)
    if match and (match.group(6) or "")[:1] not in ("", "%"):
        sub = match.group(2) or match.group(3) or match.group(4)
        if not (match.group(4) and not re.match(r"[A-Z(\"'‘“]", match.group(6))):
            return Start("combined", int(match.group(1)), sub.lower(), match.group(6), match.group(5))
    match = _PLAIN.match(line)
    if match and not (not match.group(2) and re.match(r"^\d", match.group(3))):  # "2.5 m" is a number
        return Start("plain", int(match.group(1)), None, match.group(3))
    match = _UNNUMBERED.match(line)
    if match:
        return Start("unnumbered", None, None, match.group(1))
    match = _BARE.match(line)
    if match:
        return Start("bare", int(match.group(1)), None, match.group(2))
    match = _SUB.match(line)
    if match:
        sub = (match.group(1) or match.group(2) or match.group(3)).lower()
        return Start("sub", None, sub, match.group(4) or "")
    return None


def next_sub(sub: str | None) -> tuple[str, ...]:
    """The labels that may follow ``sub``: the next letter, the next roman numeral, the next number."""
    if sub is None:
        return ("a", "i", "1")
    if sub.isdigit():
        return (str(int(sub) + 1),)
    out = []
    if sub in ROMAN and ROMAN.index(sub) + 1 < len(ROMAN):
        out.append(ROMAN[ROMAN.index(sub) + 1])
    if len(sub) == 1 and sub < "z":
        out.append(chr(ord(sub) + 1))
    return tuple(out)


def label(top: int, sub: str | None = None, subsub: str | None = None, dotted: bool = False) -> str:
    if sub is None:
        return str(top)
    text = f"{top}.{sub}" if dotted else f"{top}({sub})"
    return f"{text}({subsub})" if subsub else text


# Answers, marking points, headings

ANSWER_LABEL = re.compile(
    r"^(?:(?:model|suggested|sample|expected|correct|possible|acceptable|typical|ideal|indicative|specimen|"
    r"reference|worked|full|short|final)\s+)?"
    r"(?:answers?|ans\.?|solutions?|sol\.?|responses?|memo|expected|indicative\s+content|answer\s+guidance)\b\s*(?:[:\-–—.=]\s*(.*)|$)"
    r"|^A\s*:\s*(.*)$|^A\s*\d{1,3}\s*[:.)\-–]\s*(.*)$",
    re.IGNORECASE,
)


INLINE_ANSWER = re.compile(
    r"\s+(?:(?:model|suggested|expected|correct)\s+)?(?:answer|ans\.?|solution)\s*:\s*", re.IGNORECASE
)


def answer_rest(match) -> str:
    """The text after an answer label, on the label's line."""
    return next((g for g in match.groups() if g is not None), "").strip()


POINTS_HEADING = re.compile(
    r"^(?:marking\s+(?:points|scheme|criteria|guide|notes)|mark(?:ing)?\s+(?:scheme|allocation)|marks?\s+awarded|"
    r"award|criteria|rubric|scoring|allocation\s+of\s+marks|key\s+points|credit)\s*:?\s*$",
    re.IGNORECASE,
)
KEY_HEADING = re.compile(
    r"^(?:(?:the\s+)?answer\s*key|answers?|model\s+answers?|suggested\s+answers?|solutions?|marking\s+(?:scheme|key|memo|guide)|"
    r"mark\s+scheme|memo(?:randum)?|key|answer\s+sheet)\s*:?\s*$",
    re.IGNORECASE,
)
SECTION_HEADING = re.compile(
    r"^(?:section|part|unit|topic|chapter|paper|module)\s+([A-Z]|\d{1,2}|[IVX]{1,4})\b", re.IGNORECASE
)
PAGE_LINE = re.compile(r"^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*/\s*\d+)$", re.IGNORECASE)
FENCE = re.compile(r"^\s*(```|~~~)")
_CODE = re.compile(
    r"^\s*(?:def |class |for .+:|while .+:|if .+:|elif |else:|return\b|print\(|import |from \S+ import|#include|"
    r"public |private |function |var |let |const |SELECT |[{}]\s*$)|[;{]\s*$|^\s*[A-Za-z_]\w*(?:\[[^\]]*\])?\s*[-+*/]?=\s*[\w(\[\"'-]",
)


def is_code(raw: str) -> bool:
    """A line of code or a formula: indented by 4+ spaces or a tab, or code-shaped."""
    return bool(re.match(r"^(?: {4,}|\t)\S", raw)) or bool(_CODE.match(raw))


def is_bullet(line: str) -> bool:
    return re.match(rf"^\s*{BULLET}\s", line) is not None


_POINT_PATTERNS = [
    re.compile(rf"^\+?({NUM})\s*{UNIT}\s*(?:for|[:\-–]|=)?\s*(.+)$", re.IGNORECASE),
    re.compile(rf"^(.+?)\s*[\(\[]\s*\+?({NUM})\s*(?:{UNIT}|m)?\s*[\)\]]\s*\.?$", re.IGNORECASE),
    re.compile(rf"^(.+?)\s*[:\-–=]\s*\+?({NUM})\s*{UNIT}\s*\.?$", re.IGNORECASE),
]


def parse_point(line: str) -> dict | None:
    """'1 mark for X', '2 marks: X', 'X (1 mark)', 'X [1]', 'X - 2 marks' -> {description, points}.
    A rule for many ("1 mark for each property, up to 2", "1 mark per reason") is no one point."""
    line = clean(re.sub(rf"^\s*{BULLET}\s*", "", line))
    if re.search(r"\b(?:each|per|up\s+to|any\s+(?:one|two|three|\d))\b", line, re.IGNORECASE):
        return None
    for i, pattern in enumerate(_POINT_PATTERNS):
        match = pattern.match(line)
        if match:
            points, description = (match.group(1), match.group(2)) if i == 0 else (match.group(2), match.group(1))
            description = description.strip(" .;:-–")
            value = number(points)
            if description and value is not None and value > 0:
                return {"description": description, "points": value}
    return None


def heading_like(text: str) -> bool:
    """A short title without a sentence's end: "Kinematics", "FORMS OF OWNERSHIP"."""
    text = clean(text)
    words = text.split()
    return (
        0 < len(words) <= 6
        and not re.search(r"[.?!;:,)\]]$", text)
        and not re.search(r"\d\s*$", text)
        and text[:1].isupper()
    )


def caps_heading(text: str) -> bool:
    text = clean(text)
    letters = re.sub(r"[^A-Za-z]", "", text)
    return len(text.split()) >= 2 and len(letters) >= 6 and letters.isupper() and not re.search(r"[.?!]$", text)


def starts_with_command(text: str) -> bool:
    word = re.match(r"[\"'‘“(]?([A-Za-z]+)", text.strip())
    return bool(word) and word.group(1).lower() in COMMAND_WORDS and word.group(1)[0].isupper()


def closes_question(text: str) -> bool:
    return bool(re.search(r"\?[\"'’”)]*\s*$", text.strip()))


def split_question_answer(text: str, breaks: tuple[int, ...] = ()) -> tuple[str, str]:
    """One run of text holding a question then its answer (a table row read from a PDF): the
    question ends at a sentence's end (its question mark first) that no further instruction
    follows; where the row came as several lines, such an end at a line break is preferred."""
    ends = [m.end() for m in re.finditer(r"[?.:!][\"'’”)]*\s+(?=\S)", text)]
    marks = [e for e in ends if text[:e].rstrip()[-1:] == "?" or re.search(r"\?[\"'’”)]*\s*$", text[:e])]
    for candidates in ([e for e in ends if e in breaks or e - 1 in breaks], marks, ends):
        for end in candidates:
            if not starts_with_command(text[end:]):
                return text[:end].strip(), text[end:].strip()
    return text.strip(), ""
