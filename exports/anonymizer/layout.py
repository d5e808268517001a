"""Where a word stands in its text: opening a sentence, a list item or its line, as a speaker's
label, alone on its line as a heading or signature, after a sign-off, as a cited author."""

from __future__ import annotations

import re

from .name_words import INSTITUTIONS, RELATIONS, SIGN_OFFS, english_words
from .spelling import fold, is_word

SPEAKER_LEAD_RE = re.compile(r"[ \t>*•–—-]*(?:\[[^\]\n]{1,20}\][ \t]*)?")  # quote marks, bullets, "[10:42]"
FAMILIES = RELATIONS | frozenset("family household clan kid child children".split())
YEAR = r"(?:1[5-9]|20)\d\d[a-z]?\b"
# What follows a cited author's surname: initials, other authors, then "et al." or the year of the work
# ("Watson and Crick (1953)", "(Brown, Collins & Duguid, 1989)", "Smith et al. (2019)", "Knuth, D. E. (1997)").
INITIALS_AFTER = r"(?:,(?:[ \t]*[A-Z]\.){1,3})?"
CITED_AFTER_RE = re.compile(
    INITIALS_AFTER
    + r"(?P<others>(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|,[ \t]+(?:and|&)[ \t]+)[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*"
    + INITIALS_AFTER
    + r"){0,5}"
    r"(?:(?P<et_al>[ \t]+et[ \t]+al\.?,?[ \t]*\(?[ \t]*"
    + YEAR
    + r")|[ \t]*\([ \t]*"
    + YEAR
    + r"[ \t]*[),;:]|,[ \t]*"
    + YEAR
    + r"[ \t]*[),;])"
)
GLOSSED_RE = re.compile(r"['’\"”],? (?:means|meant|meaning|translates)\b")  # "'seren' means star"


def cited(text: str, end: int, given_name: bool = False) -> bool:
    """The capitalised word ending at ``end`` is a cited author; a given name only among other
    authors or before "et al." ("Watson and Crick (1953)", not "I met Keiko (2019)")."""
    match = CITED_AFTER_RE.match(text, end)
    return match is not None and (not given_name or bool(match.group("others") or match.group("et_al")))


def names_an_institution(tokens, i) -> bool:
    """Token ``i`` opens a capitalised run ending in an institution's word: "Leeds Beckett
    University", "Harlow Council" (not in capitals: "VOTE IBÁÑEZ FOR STUDENT COUNCIL")."""
    for j in range(i + 1, min(i + 4, len(tokens))):
        token = tokens[j].group()
        if (
            tokens[j].string[tokens[j - 1].end() : tokens[j].start()] != " "
            or not token[:1].isupper()
            or token.isupper()
        ):
            return False
        if fold(token) in INSTITUTIONS:
            return True
    return False


def ends_before(pattern: re.Pattern, text: str, end: int) -> bool:
    """``pattern`` (ending in ``$``) matches just before ``end``; searched in the last few
    characters only, since a search from the start of a long essay for each word is quadratic."""
    return bool(pattern.search(text, max(0, end - 16), end))


def speaks(text, match) -> bool:
    """Opens its line (after quote marks, a bullet or a "[10:42]" time) as a speaker
    ("JUNE: ...", "will: ok") or introduces the writer ("summer here, sorry for ...")."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    lead = SPEAKER_LEAD_RE.match(text, line_start)
    if lead.end() != match.start():
        return False
    rest = text[match.end() : match.end() + 7]
    return rest.startswith(":") and not rest[1:].lstrip()[:1].isdigit() or bool(re.match(r" here\b[,.!]", rest))


def glossed(text, match) -> bool:
    """The word in quotes before its meaning: a word talked about, not a person ("'seren' means star")."""
    return text[match.start() - 1 : match.start()] in ("'", "‘", '"', "“") and bool(GLOSSED_RE.match(text, match.end()))


def attributive(text, tokens, i) -> bool:
    """After "the", "a" or "an" and one space before a lower-case English word: a name used as an
    adjective ("the Tudor kings", "a Ming vase"); not before a family ("the Tudor family", "the
    Ming twins")."""
    if not i or tokens[i - 1].group().lower() not in ("the", "a", "an"):
        return False
    if i + 1 >= len(tokens) or text[tokens[i].end() : tokens[i + 1].start()] != " ":
        return False
    following = tokens[i + 1].group()
    return (
        following.islower()
        and len(following) > 2
        and is_word(following, english_words())
        and following.removesuffix("s") not in FAMILIES
    )


def opens_sentence(text, match, marks=".!?:;\n") -> bool:
    """Opens the text, a list item, or follows one of ``marks`` (with a comma: opens a clause)."""
    j = match.start() - 1
    while j >= 0 and text[j] in " \t\"'“‘(":
        j -= 1
    if j >= 0 and text[j] in "-*•–" and not text[text.rfind("\n", 0, j) + 1 : j].strip():
        return True  # a list item: "- Will we need consent forms?"
    return j < 0 or text[j] in marks


def signs_off(text, tokens, i) -> bool:
    """The last words of the text, after a sign-off that opens its line: "from rose", "cheers bill"."""
    if i == 0 or text[tokens[i].end() :].strip(" \t\n.,!") or fold(tokens[i - 1].group()) not in SIGN_OFFS:
        return False
    line_start = text.rfind("\n", 0, tokens[i - 1].start()) + 1
    return not text[line_start : tokens[i - 1].start()].strip(" \t-–—")


def alone_on_line(text, match) -> bool:
    """Alone on its line, or ending it after a dash: "QUESTION 1 - JACK"."""
    line_start, line_end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    if text[match.end() : line_end].strip(" \t.,!"):
        return False
    before = text[line_start : match.start()].rstrip(" \t")
    return not before.strip("-–—") or before.endswith((" -", " –", " —"))
