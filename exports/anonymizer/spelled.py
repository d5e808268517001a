"""Names spelt out letter by letter: "f-a-i-t-h", "g r a i n n e", "K-O-W-A-L-C-Z-Y-K", "T.A.D.H.G."."""

from __future__ import annotations

import re

from .roster import ID, Roster
from .spelling import fold

# Three letters or more, each alone, joined by the same space, hyphen or full stop.
SPELLED_RE = re.compile(r"(?<![\w.'’-])[^\W\d_](?P<joint>[ .-])[^\W\d_](?:(?P=joint)[^\W\d_])+\.?(?![\w'’-])")


def replace_spelled_names(text: str, roster: Roster, subject: str | None) -> str:
    """Each run of letters that spells a roster name part becomes that person's placeholder; other
    runs ("a b c", "x-y-z") stay."""

    def replace(match: re.Match) -> str:
        spelled = match.group()
        stop = "." if spelled.endswith(".") and match.group("joint") != "." else ""  # the sentence's: "s i o b h a n."
        keys = roster.parts.get(fold(re.sub(r"[ .-]", "", spelled)), set()) - {ID}
        return roster.placeholder(keys, subject) + stop if keys else spelled

    return SPELLED_RE.sub(replace, text)
