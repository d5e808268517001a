"""Home street addresses: a house number, a capitalised street name and a street type ("14
Larchwood Avenue", "5/41 Glenferrie Rd"), with a flat or unit line before it ("Flat 3B, 112
Harcourt Street"). Streets without a number ("on Park Road"), institutions and towns stay."""

from __future__ import annotations

import re

from .roster import ADDRESS

STREET_TYPES = (
    "Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Close|Lane|Ln|Place|Pl|Way|Court|Ct|Crescent|Cres|Terrace|Tce"
    "|Boulevard|Blvd|Mount|Grove|Gardens|Gdns|Square|Sq|Parade|Row|Walk|Mews|Rise|Hill|Highway|Hwy|Circle"
)
CAPITALISED = r"(?!The\b)[A-ZÀ-Ý][^\W\d_]*(?:['’-][^\W\d_]+)?"
ADDRESS_RE = re.compile(
    r"(?:\b(?:Flat|Apartment|Apt\.?|Unit|Suite)\s+\d{0,4}[A-Za-z]?\d{0,4},?\s+)?"
    r"(?<![\w/.,-])(?:\d{1,4}[A-Za-z]?/)?(?P<number>\d{1,5})[A-Za-z]?\s+"
    r"(?:"
    + CAPITALISED
    + r"\s+){1,3}(?:"
    + STREET_TYPES
    + r")\b(?![ \t]+[A-Z][a-z])"  # not "the 9 Supreme Court Justices"
)
# A year or a numbered part of a text before a capitalised phrase: "in 1969 Abbey Road", "Figure 3 Oak Lane".
NOT_HOUSE_NUMBER_RE = re.compile(
    r"\b(?:in|since|by|from|until|of|chapter|figure|fig\.?|page|p\.|question|q|part|step|week|year|lab|unit|section"
    r"|table|exercise|task|group|team|room|level|grade|class)\s*$",
    re.IGNORECASE,
)
# Addresses that are course content, not someone's home.
FAMOUS_ADDRESSES = frozenset(["10 downing street", "221b baker street", "1600 pennsylvania avenue"])


def replace_addresses(text: str) -> str:
    return ADDRESS_RE.sub(_address, text)


def _address(match: re.Match) -> str:
    found = match.group(0)
    before = match.string[max(0, match.start() - 12) : match.start()]
    if found.lower() in FAMOUS_ADDRESSES or (found[:1].isdigit() and NOT_HOUSE_NUMBER_RE.search(before)):
        return found
    return ADDRESS
