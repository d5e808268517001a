"""Initials that stand for a roster person: "J.D.", "by JD", "when J. touched it", a signed "- jd"
or "- P.", "reviewed by ao and rh"; not abbreviations, words or a pair among other capitals."""

from __future__ import annotations

import re

from .layout import ends_before
from .name_words import WORD_BEFORE, acts, english_words
from .roster import Roster
from .spelling import EMPTY, TRAILING_PUNCT, fold

DOTTED_INITIALS_RE = re.compile(r"(?<![\w.])([A-Z])\. ?([A-Z](?:-[A-Z])?)\.(?![\w])")  # "J.D.", "M. D-S."
LONE_INITIAL_RE = re.compile(r"(?<=[a-z] )([A-Z])\.(?= ([a-z]+))")  # "when J. touched it"
CAPITAL = "A-ZÀ-ÖØ-Þ"  # "JÇ" for Jonas Çelik
BARE_INITIALS_RE = re.compile(rf"(?<![\w.&/@#-])([{CAPITAL}])([{CAPITAL}])(?![\w&/@#-]|\.\w)")
CAPITALS_RE = re.compile(rf"[{CAPITAL}]{{2,}}")
INITIALS_BEFORE = frozenset(
    "by and with from cc thanks ask asked told per signed me proposed seconded witnessed & + / - – — =".split()
)
SIGNED_INITIALS_RE = re.compile(r"(\n[ \t]*[-–—~][ \t]*)([a-z])\.?([a-z])\.?[ \t]*$")  # "...\n\n- jd"
SIGNATURE_LINE_RE = re.compile(
    r"((?:^|[ \t])[-–—~][ \t]*)([a-z])\.([a-z])\.(?=[ \t]*(?:$|[,;]))", re.MULTILINE
)  # "- j.d." ending its line or an entry of a list: "mon - p.w., tue - ..."
# Spaced capitals after a signature's label or "by": "Signed: A J", "by V S"; not before a word ("by A B testing").
SPACED_INITIALS_RE = re.compile(r"(\b(?i:signed|by):?[ \t]+)([A-Z]) ([A-Z])\b(?![.\w'’-]|[ \t]*[a-z])")
BRACKETED_INITIAL_RE = re.compile(r"(\(by )([A-Z])\.(?=\))")  # "Proof (by P.) that ..."
SIGNED_INITIAL_RE = re.compile(r"([.!?\n][ \t]*[-–—~][ \t]*)([A-Z])\.[ \t]*$")  # "...moved to Friday. - P."
# Lower-case initials said to be someone: "reviewed by ao and rh".
LOWER_INITIALS_RE = re.compile(r"(\b(?:by|and|with|cc)[ \t]+|&[ \t]*)([^\W\d_]{2})(?![\w'’.@-])")
CODE_MARKERS = frozenset("TODO FIXME NOTE XXX HACK BUG".split())  # "# TODO(JS): ..." names whoever
UNIT_AFTER_RE = re.compile(r"\d[ \t]?[A-Za-z]$")  # "300 K", "5V": a letter after a number is a unit
ABBREVIATIONS = frozenset(
    "us uk eu un ai ml eg ie ps bc ad am pm nb dc la ny jr sr ok tv pc os id vs cs ee ui ux hr qa".split()
)
# Two capitals that are rather an abbreviation or a word than someone's initials ("in JS", "an IP").
CAPITAL_PAIRS = ABBREVIATIONS | frozenset(
    """
    js ts db io ip ci cd pr vm gb mb kb tb hz ms ns rx tx hd sd fm cv bs ba ma md rn ta gp er lr nn rl ds hw sw
    fp gc gl ir ll mq mv nl oo op pi pk po pv qr rf rt sa sc sp sq ss st tc tp vr xp xl xs oj dm sm pe re
    an as at be by do go he hi if in is it me my no of oh on or so to up we ha ah eh
    """.split()
)


def replace_initials(text: str, roster: Roster, subject: str | None) -> str:
    if "." in text:
        text = DOTTED_INITIALS_RE.sub(lambda m: _dotted_initials(m, roster, subject), text)
        text = LONE_INITIAL_RE.sub(lambda m: _lone_initial(m, roster, subject), text)
    if roster.initials and CAPITALS_RE.search(text):
        text = BARE_INITIALS_RE.sub(lambda m: _bare_initials(m, roster, subject), text)
    if roster.initials and "\n" in text:
        text = SIGNED_INITIALS_RE.sub(lambda m: _signed_initials(m, roster, subject), text)
    if roster.initials and "." in text:
        text = SIGNATURE_LINE_RE.sub(lambda m: _signed_initials(m, roster, subject), text)
    if roster.initials:
        text = SIGNED_INITIAL_RE.sub(lambda m: _signed_initial(m, roster, subject), text)
        text = BRACKETED_INITIAL_RE.sub(lambda m: _signed_initial(m, roster, subject), text)
        text = SPACED_INITIALS_RE.sub(lambda m: _signed_initials(m, roster, subject), text)
        text = LOWER_INITIALS_RE.sub(lambda m: _lower_initials(m, roster, subject), text)
    return text


def initial_of(
    roster: Roster, token: str, text: str, end: int, keys: set[str], of: dict[str, str] | None = None
) -> set[str]:
    """The people among ``keys`` whose given name (or the name in ``of``) starts with ``token``,
    a lone letter written as an initial (capital, or followed by a full stop), not a unit after
    a number ("300 K. Kim wrote")."""
    if len(token) != 1 or not (token.isupper() or text[end : end + 1] == ".") or ends_before(UNIT_AFTER_RE, text, end):
        return EMPTY
    letter = fold(token)
    initials = roster.first if of is None else of
    return {key for key in keys if initials.get(key) == letter}


def after_another_initial(roster: Roster, text, tokens, i, keys) -> bool:
    """After an initial and one more name or initial, the initial starting none of the given
    names of ``keys``: someone else of that name, cited ("A. W. Phillips", "F. Scott Fitzgerald")."""
    if i < 2 or not tokens[i - 1].group()[:1].isupper():
        return False
    initial = tokens[i - 2]
    letter = initial.group()
    return (
        len(letter) == 1
        and letter.isupper()
        and text[initial.end() : initial.end() + 2] == ". "
        and text[initial.start() - 1 : initial.start()] in ("", " ", "\n", "(")
        and all(roster.first.get(key) != fold(letter) for key in keys)
    )


def _dotted_initials(match: re.Match, roster: Roster, subject: str | None) -> str:
    """ "R.D." where a roster person's initials are R. D.; not abbreviations ("U.S.", "A.I.")."""
    pair = (match.group(1) + match.group(2)).lower()
    keys = roster.initials.get(pair)
    if not keys or pair in ABBREVIATIONS:
        return match.group(0)
    return roster.placeholder(keys, subject)


def _lone_initial(match: re.Match, roster: Roster, subject: str | None) -> str:
    """ "when J. touched it": a roster given name's initial after a lower-case word (not a
    surname: "Doe G. wrote it"), before a verb."""
    previous = match.string[max(0, match.start() - 40) : match.start()].rsplit(None, 1)[-1]  # not the whole text
    if not previous.islower() or previous in WORD_BEFORE or not acts([match.group(2)]):
        return match.group(0)
    keys = roster.given_initial(match.group(1))
    return roster.placeholder(keys, subject) if keys else match.group(0)


def _bare_initials(match: re.Match, roster: Roster, subject: str | None) -> str:
    """ "Presented by AB" where a roster person's initials are A. B.; not abbreviations or
    words ("in JS", "IT"), nor a pair among other capitals ("LAB 4 BY MS JONES")."""
    pair = fold(match.group(0).lower())
    keys = roster.initials.get(pair)
    text = match.string
    before = text[max(0, match.start() - 12) : match.start()].split()
    previous = fold(before[-1]).strip(TRAILING_PUNCT) if before else ""
    if not keys or pair in CAPITAL_PAIRS and previous != "signed":  # "Signed: AN", even a word
        return match.group(0)
    after = text[match.end() : match.end() + 12].split()
    around = (w.strip(TRAILING_PUNCT + "()[]:-/#") for w in before[-1:] + after[:1])
    if any(CAPITALS_RE.fullmatch(w) and w not in CODE_MARKERS for w in around):
        return match.group(0)
    # Said to be someone: "by AB", "and AB", "TODO(AB)", "Present: AB, ...", alone on its line.
    opened = text[match.start() - 1 : match.start()] in ("(", "[") if match.start() else False
    alone = not text[match.end() :].split("\n", 1)[0].strip(" \t.,!") and (
        not before or "\n" in text[match.start() - 1 : match.start()]
    )
    said = previous in INITIALS_BEFORE or previous.upper() in CODE_MARKERS  # "# TODO AB: ..."
    said = said or text.startswith(":", match.end())  # a commenter or speaker: "Comment AB: agree"
    if said or opened or alone or before and before[-1].endswith((",", ":")):
        return roster.placeholder(keys, subject)
    return match.group(0)


def _signed_initials(match: re.Match, roster: Roster, subject: str | None) -> str:
    """ "...\n\n- jd" at the end, "- j.d." ending its line or an entry, "Signed: J D", where a roster
    person's initials are J. D.: a signature; not an abbreviation ("- i.e.")."""
    pair = fold(match.group(2) + match.group(3))
    keys = roster.initials.get(pair)
    return match.group(1) + roster.placeholder(keys, subject) if keys and pair not in ABBREVIATIONS else match.group(0)


def _signed_initial(match: re.Match, roster: Roster, subject: str | None) -> str:
    """ "...moved to Friday. - P." at the end or "(by P.)", where a roster given name starts with P."""
    keys = roster.given_initial(match.group(2))
    return match.group(1) + roster.placeholder(keys, subject) if keys else match.group(0)


def _lower_initials(match: re.Match, roster: Roster, subject: str | None) -> str:
    """ "by ao and rh" where roster people's initials are A. O. and R. H.; not a word or an
    abbreviation ("by me", "with js")."""
    pair = fold(match.group(2))
    keys = roster.initials.get(pair)
    if not keys or pair in CAPITAL_PAIRS or pair in english_words() or not match.group(2).islower():
        return match.group(0)
    return match.group(1) + roster.placeholder(keys, subject)
