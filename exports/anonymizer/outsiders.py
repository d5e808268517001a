"""Names of people who are not on the roster (parents, friends, flatmates), found by rules.

No named-entity model is used: none installs offline from PyPI from its authors (spaCy's English
models come from GitHub; the copies on PyPI are re-uploads by others). A word is taken for a
name where the text says it is one: after a relation ("my mom Linda", "my friend, carlos"), a
title ("Mr. Okafor"), a greeting or a sign-off ("Hi Linda", "Thanks, Kevin"), an introduction
("my name is Ana"), beside "and I" / "me and", before "(my cousin)" or ", my tutor", after
"told", "with", "met", "spoke to" ("I went to the library with Megan"), before "from my" ("Yusuf
from my church"), between commas before "who" ("a mentor, Keiko Ivanova, who met us"), after
"called" ("my dog is called carlos"), and the names listed after one found ("I spoke to Thabo,
Kevin and Ingrid"); and only if it is not an ordinary English word (a word list without proper
names, see name_words.py), except after a relation or title where any capitalised word is taken. A
given name of Faker's lists (``name_words.given_names``) written as a name needs no context ("Linda
Ivanova (visitor)"), nor does a name written before a roster surname ("Dmitriy [STUDENT] (mum)");
in lower case it is a name after a title or "with", or opening a clause before a verb ("at my
nans, kevin is dropping it in"). Scientists and products named in course content ("Dijkstra's
algorithm", "as Newton showed", "with Django", see famous.py) stay.
"""

from __future__ import annotations

import re

from .famous import EPONYM_NOUNS, FAMOUS_FULL_NAMES, FAMOUS_SURNAMES, PRODUCTS, STOCK_CHARACTERS
from .layout import attributive, cited, glossed, names_an_institution
from .name_words import (
    CALENDAR,
    GRATEFUL,
    NOT_NAMES,
    PLACE_AFTER,
    PLACE_BEFORE,
    RANKS,
    REGNAL_RE,
    RELATIONS,
    SIGN_OFFS,
    TITLES,
    acts,
    apostrophe_stem,
    english_words,
    given_names,
    names_a_place,
    of_a_place,
)

TOKEN_RE = re.compile(r"\[[A-Z]+\]|[^\W\d_]+(?:['’][^\W\d_]+)*")
PLACEHOLDER_RE = re.compile(r"\[(?:NAME|STUDENT|INSTRUCTOR)\]")
# A transcript: a line opened by an interviewer, a question or a roster name as its speaker. Only
# there is an unknown word opening a line before a colon a speaker ("INGRID: About twelve years."),
# not a heading ("TCP: ...", "Heterogenity: ...").
TRANSCRIPT_RE = re.compile(
    r"^[ \t>*-]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:interviewer|interviewee|host|moderator|q|me|\[(?:NAME|STUDENT|INSTRUCTOR)\]):",
    re.IGNORECASE | re.MULTILINE,
)
# A speaker opening a line of a transcript: "INGRID: About twelve years.", "[10:42] Tariq: ok".
SPEAKER_RE = re.compile(
    r"^([ \t>*-]*(?:\[[^\]\n]{1,20}\][ \t]*)?)([^\W\d_][^\W\d_'’-]+)(?=:[ \t]*[^\W\d])", re.MULTILINE
)
TRIGGERS = frozenset(
    """
    my our his her their mr mrs ms mx dr prof professor sir madam madame aunt uncle auntie hi hey hello dear
    i'm i’m im am name thanks thank cheers regards best sincerely love signed coach mi mis mon mein meine
    """.split()
)
# After these a capitalised word that is not an ordinary word is a person: "I told Linda".
INTERACTIONS = frozenset("told with w met texted emailed messaged thanked interviewed ask asked tutored".split())
THANKS = frozenset("thanks thank thx ty".split())  # "Thanks Evgenia for the pipettes", "ty tobais for the charger"
# Labels after which a capitalised name is a person: "Interviewee: Chloe Okonkwo", "Present: Yusuf".
PEOPLE_LABELS = frozenset(
    "interviewee interviewer present attendees guest guests client speaker respondent participant tutee judge "
    "apologies chair scorer umpire borrower witness signed signature adviser advisor supervisor".split()
)
SPOKE = frozenset("spoke talked speaking talking".split())  # "spoke to Beatriz"
TITLE_RE = re.compile(r"[^\W\d_][^\W\d_A-Z]+(?:['’][^\W\d_]{1,3})?")  # "Linda", "Linda's", "Fatima'e"; not "IPv"
FIRST_PERSON = frozenset("i we me us my our i'm i've".split())
PAIRS = frozenset({("and", "i"), ("and", "me"), ("me", "and"), ("call", "me")})
SPLIT_STRIP = "()[]{}<>\"'“”‘’.,;:!?*-"
POSSESSORS = frozenset("my our his her their mi mis mon mein meine".split())
RELATION_FILLERS = frozenset(
    "best lab study little big baby older younger elder new old named called host step foster half twin two three four".split()
)
KIN = RELATIONS | frozenset(relation + "s" for relation in RELATIONS)  # "my two sisters, Keiko and Priyanka"
GROUP_OPENERS = frozenset("my our the another".split())  # "Yusuf from my church", "Keiko from the other class"
NAMING = frozenset("called named".split())  # "my dog is called carlos"
INTRODUCTIONS = ("i'm", "i’m", "im", "i am", "name is", "call me")
GREETINGS = frozenset("hi hey hello dear".split())
ENDINGS = ("s", "es", "ed", "d", "ing", "ly", "er", "ers")  # the word list has no inflected forms
OPENERS = frozenset("i'm im am is me".split())  # "i'm Ana", "name is Ana", "call me Ana"
FAMOUS_FIRST_TWO = frozenset(" ".join(name.split()[:2]) for name in FAMOUS_FULL_NAMES)


def _word(token: str) -> str:
    return token.lower().replace("’", "'")


def _bare(token: str) -> str:
    """The word without a possessive or a short suffix after an apostrophe ("Linda's", "Fatima'e")."""
    return apostrophe_stem(_word(token))


def _capitalised(token: str) -> bool:
    return token[:1].isupper() and not token.isupper() and token[0] != "["


def _unknown(token: str) -> bool:
    """Not an ordinary English word, nor a word that joins phrases."""
    word = _bare(token)
    if word in NOT_NAMES or len(word) < 2:
        return False
    words = english_words()
    return word not in words and not any(word.endswith(ending) and word[: -len(ending)] in words for ending in ENDINGS)


def _triggered(words: list[str]) -> bool:
    """A cheap first look: a word that opens one of the contexts above."""
    if not TRIGGERS.isdisjoint(words) or not PEOPLE_LABELS.isdisjoint(words) or not THANKS.isdisjoint(words):
        return True
    if "who" in words or not KIN.isdisjoint(words):
        return True  # "a fourth member, Oluwaseun, who ...", "I have two sisters, Keiko and ..."
    if any(
        pair in PAIRS or (pair[0] in INTERACTIONS or pair[0] == "to") and _unknown(pair[1])
        for pair in zip(words, words[1:])
    ):
        return True  # "told Linda" or "to Beatriz", not "with the", the commonest case
    return any(
        second == "from" and third in GROUP_OPENERS and _unknown(first)
        for first, second, third in zip(words, words[1:], words[2:])
    )  # "Keiko from the other class"


def _candidates(words: list[str]) -> list[int]:
    """The tokens that a context word points at: the few after a relation, title, greeting,
    introduction or sign-off, the one before "(my cousin)" or "and I", the one after "me and"."""
    found = set()
    for j, word in enumerate(words):
        if word == "from" and words[j + 1 : j + 2] and words[j + 1] in GROUP_OPENERS:
            found.add(j - 1)  # "Yusuf from my church", "Keiko from the other class"
        if word in THANKS:
            found.add(j + 1)
        if word == "who":
            found.update((j - 2, j - 1))  # "a mentor, Keiko Ivanova, who met us"
        if word in KIN and j:
            found.add(j - 1)  # "ask priyanka (tutor)"
        if word in KIN or word in TITLES or word in GREETINGS or word in SIGN_OFFS or word in OPENERS:
            found.update((j + 1, j + 2, j + 3))
        elif word in INTERACTIONS or word in NAMING or word == "to" and j and words[j - 1] in SPOKE | GRATEFUL:
            found.add(j + 1)
        elif word in PEOPLE_LABELS:
            found.add(j + 1)
        elif word == "my" or word == "and" and words[j + 1 : j + 2] in (["i"], ["me"]):
            found.add(j - 1)
        elif word == "me" and words[j + 1 : j + 2] == ["and"]:
            found.add(j + 2)
    return sorted(n for n in found if 0 <= n < len(words))


def replace(text: str, placeholder: str, words: list[str] | None = None, namesakes: set[str] = frozenset()) -> str:
    """``text`` with the outsiders' names replaced; ``words`` are its lower-case words (split on
    white space, punctuation stripped) before other replacements, if the caller has them;
    ``namesakes`` are pairs of words ("michael collins") of a name to leave."""
    if ":" in text and TRANSCRIPT_RE.search(text):
        text = SPEAKER_RE.sub(lambda m: m.group(1) + placeholder if _speaker_name(m.group(2)) else m.group(0), text)
    if words is None:
        words = [word.strip(SPLIT_STRIP) for word in text.lower().split()]
    listing = "[" in text and PLACEHOLDER_RE.search(text) is not None  # "[NAME], [STUDENT] and Yusuf"
    known = given_names()
    if not listing and not _triggered(words) and known.isdisjoint(_bare(word) for word in words):
        return text
    tokens = list(TOKEN_RE.finditer(text))
    words = [_word(t.group()) for t in tokens]
    spans: list[tuple[int, int]] = []
    done = -1
    listed_names: set[int] = set()  # names listed after roster names: "[NAME], [STUDENT] and Yusuf"
    for start, token in enumerate(tokens if listing else ()):
        if start and PLACEHOLDER_RE.fullmatch(token.group()) and _before_a_surname(text, tokens, words, start - 1):
            listed_names.add(start - 1)  # a relative sharing the student's surname: "Dmitriy [STUDENT] (mum)"
        if PLACEHOLDER_RE.fullmatch(token.group()) and (alias := _alias_beside(text, tokens, words, start)) is not None:
            listed_names.add(alias)  # "Seun ([STUDENT])", "[STUDENT] (Seun)"
        j = start
        while PLACEHOLDER_RE.fullmatch(token.group()) and (listed := _listed_after(text, tokens, words, j)) is not None:
            listed_names.add(listed)
            j = listed
    spans.extend((n, n) for n in listed_names)
    given = [i for i, word in enumerate(words) if _bare(word) in known]
    kept = {n + k for n in range(len(words) - 1) if f"{words[n]} {words[n + 1]}" in namesakes for k in (0, 1)}
    for i in sorted(set(_candidates(words)) | set(given)):
        if i <= done or i in listed_names or i in kept or cited(text, tokens[i].end(), _bare(words[i]) in known):
            continue
        if not _is_outsider(text, tokens, words, i):
            continue
        end = i
        # A surname that follows: capitalised and not a word, or lower case after a lower-case name.
        while end + 1 < len(tokens) and not words[end].endswith("'s"):
            if text[tokens[end].end() : tokens[end + 1].start()] != (". " if end == i and len(words[i]) == 1 else " "):
                break
            nxt = tokens[end + 1].group()
            if not _unknown(nxt) or not (_capitalised(nxt) or nxt.islower() and tokens[i].group().islower()):
                break
            end += 1
        spans.append((i, end))
        done = end
        while (listed := _listed_after(text, tokens, words, done)) is not None:
            spans.append((listed, listed))  # "Thabo, Kevin and Ingrid"
            done = listed
    if not spans:
        return text
    out, cursor = [], 0
    for first, last in sorted(set(spans)):
        if tokens[first].start() < cursor:
            continue  # already inside a span
        start, end = tokens[first].start(), tokens[last].end()
        suffix = tokens[last].group()[len(_bare(words[last])) :]  # "'s", "'e": what follows the apostrophe
        out.append(text[cursor:start] + placeholder + suffix)
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def _speaker_name(token: str) -> bool:
    """A transcript's speaker is a person when written as a name (or in capitals) and not a word,
    a product or a famous name ("INTERVIEWER:", "Python:", "Darwin:" stay)."""
    bare = _bare(token)
    written_as_name = _capitalised(token) or token.isupper() and len(token) > 2
    return written_as_name and _unknown(token) and bare not in FAMOUS_SURNAMES and bare not in PRODUCTS


def _listed_after(text, tokens, words, end) -> int | None:
    """The index of a name listed right after the name ending at ``end`` (", Kevin", "and Kevin",
    ", and Kevin"), or None."""
    j = end + 1
    if j < len(tokens) and tokens[j].group() == "and" and text[tokens[end].end() : tokens[j].start()].strip() == ".":
        j += 1  # after an initial's full stop: "[NAME], Jennifer N. and Keiko"
    elif j < len(tokens) and words[j] == "and" and text[tokens[end].end() : tokens[j].start()].strip() in ("", ","):
        j += 1
    elif j >= len(tokens) or text[tokens[end].end() : tokens[j].start()].strip() != ",":
        return None
    if j >= len(tokens) or words[j] in TITLES:
        return None
    return j if _person_like(tokens, words, j) else None  # "Kevin"; "chloe", a known given name


def _person_like(tokens, words, i) -> bool:
    """Written as a name (Linda, not IPv6 or DQDBs), not an ordinary word, and not a famous
    person, a product or a method."""
    token = tokens[i].group()
    bare = _bare(token)
    if not TITLE_RE.fullmatch(token) or bare in FAMOUS_SURNAMES or bare in PRODUCTS or bare in CALENDAR:
        return False
    if cited(tokens[i].string, tokens[i].end(), bare in given_names()):
        return False
    if _names_a_method(tokens, words, i):
        return False
    return (_capitalised(token) or _known_lower_case(token)) and _unknown(token)


def _known_lower_case(token: str) -> bool:
    """A given name of Faker's lists written in lower case: "give it back to rashid"."""
    return token.islower() and _bare(token) in given_names()


def _names_a_method(tokens, words, i) -> bool:
    """Token ``i`` names a method, not a person: "Pascal's triangle", "a Mann-Whitney U test", "the
    Taylor series"."""
    if words[i].endswith("'s"):
        hyphenated = i + 2 < len(tokens) and tokens[i].string[tokens[i + 1].end() : tokens[i + 2].start()] == "-"
        return not EPONYM_NOUNS.isdisjoint(words[i + 1 : i + 3 + hyphenated])  # "Fleming's left-hand rule"
    if i and words[i - 1] in ("the", "a", "an") and words[i + 1 : i + 2] and words[i + 1] in EPONYM_NOUNS:
        return True
    text, start, end = tokens[i].string, tokens[i].start(), tokens[i].end()
    if text[end : end + 1] == "-":
        return not EPONYM_NOUNS.isdisjoint(words[i + 2 : i + 5])
    return text[start - 1 : start] == "-" and not EPONYM_NOUNS.isdisjoint(words[i + 1 : i + 4])


def _first_person_before(text, tokens, words, i) -> bool:
    """The writer ("I", "we", "my") is among the words before token ``i`` in its sentence."""
    j = i - 1
    while j >= 0 and not any(c in text[tokens[j].end() : tokens[j + 1].start()] for c in ".!?\n"):
        if words[j] in FIRST_PERSON:
            return True
        j -= 1
    return False


def _known_given_name(tokens, words, i) -> bool:
    """A given name of Faker's lists (``given_names``), written as a name (or in capitals, four
    letters or more), and not a famous person ("Ada Lovelace", "Prince Albert"), a product, a method ("Pascal's
    triangle") or a place ("in Sofia", "Lake Victoria", "Victoria station")."""
    token = tokens[i].group()
    bare = _bare(token)
    if bare not in given_names():
        return False
    written_as_name = _capitalised(token) and TITLE_RE.fullmatch(token) or token.isupper() and len(bare) > 3
    if not written_as_name:
        return False
    if bare in FAMOUS_SURNAMES or bare in PRODUCTS or _names_a_method(tokens, words, i):
        return False
    text, end = tokens[i].string, tokens[i].end()
    if _famous_at(words, i) or REGNAL_RE.match(text, end) or of_a_place(text, end):
        return False  # "Elizabeth I never married", "Catherine of Aragon"
    if glossed(text, tokens[i]) or attributive(text, tokens, i):
        return False  # "'Bryn' means hill", "the Tudor kings"
    if _after_an_initial_and_a_name(text, tokens, i):
        return False  # an author's surname: "T. S. Eliot", "F. Scott Fitzgerald"
    if bare in STOCK_CHARACTERS and len(STOCK_CHARACTERS.intersection(words)) > 1:
        return False  # "Alice signs the message and Bob checks it"
    previous, following = words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else ""
    visited = previous in ("to", "from") and words[i].endswith("'s")  # "went to Lucia's", not "outside Wendy's"
    place = names_a_place(words[max(0, i - 2) : i]) and not visited
    return not (
        place
        or names_an_institution(tokens, i)
        or previous in PLACE_BEFORE
        or previous in RANKS
        or following in PLACE_AFTER
    )


def _after_an_initial_and_a_name(text, tokens, i) -> bool:
    """Token ``i`` follows an initial and another initial or name: the surname of an author or a
    figure written the way they are known ("T. S. Eliot", "F. Scott Fitzgerald", "W. E. B. Du Bois");
    a private person is written "Linda" or "L. Moreau", not so."""
    if i < 2 or text[tokens[i - 1].end() : tokens[i].start()] not in (" ", ". "):
        return False
    initial = tokens[i - 2].group()
    return (
        len(initial) == 1
        and initial.isupper()
        and text[tokens[i - 2].end() : tokens[i - 1].start()] == ". "
        and text[tokens[i - 2].start() - 1 : tokens[i - 2].start()] in ("", " ", "\n", "(")
        and tokens[i - 1].group()[:1].isupper()
        and (len(tokens[i - 1].group()) == 1) == (text[tokens[i - 1].end() : tokens[i].start()] == ". ")
    )


def _famous_at(words, i) -> bool:
    """Token ``i`` is part of a famous person's name: "Winston Churchill", "James Watt",
    "Katherine Johnson", "Martin Luther King"."""
    if i + 1 < len(words) and _bare(words[i + 1]) in FAMOUS_SURNAMES:
        return True
    pairs = [words[j : j + 2] for j in (i - 1, i) if 0 <= j and j + 1 < len(words)]
    return any(f"{first} {_bare(second)}" in FAMOUS_FIRST_TWO for first, second in pairs)


def _before_a_surname(text, tokens, words, i) -> bool:
    """Token ``i`` is a given name written before a roster surname's placeholder: person-like, one
    space before it, and not a title, greeting or relation ("Dr [NAME]", "Hi [NAME]")."""
    if text[tokens[i].end() : tokens[i + 1].start()] != " ":
        return False
    word = _bare(tokens[i].group())
    return word not in TITLES | GREETINGS | SIGN_OFFS | RELATIONS | THANKS and _person_like(tokens, words, i)


def _alias_beside(text, tokens, words, i) -> int | None:
    """The index of another name of the person whose placeholder is token ``i``, written just
    before it with the placeholder in brackets or just after it in brackets: "Seun ([STUDENT])",
    "[STUDENT] (Seun)" (in another script: script_aliases.py)."""
    start, end = tokens[i].start(), tokens[i].end()
    if i and text[tokens[i - 1].end() : start] == " (" and text[end : end + 1] == ")":
        j = i - 1
    elif i + 1 < len(tokens) and text[end : tokens[i + 1].start()] == " (" and text[tokens[i + 1].end() :][:1] == ")":
        j = i + 1
    else:
        return None
    return j if _person_like(tokens, words, j) else None


def _is_outsider(text, tokens, words, i) -> bool:
    if _known_given_name(tokens, words, i) or _labelled_initial(text, tokens, words, i):
        return True
    token = tokens[i].group()
    capitalised, lower = _capitalised(token), token.islower()
    if not (capitalised or lower) or _bare(token) in NOT_NAMES or lower and not _unknown(token):
        return False
    before = words[max(0, i - 3) : i]
    after = words[i + 1 : i + 4]
    previous = before[-1] if before else ""
    gap_before = text[tokens[i - 1].end() : tokens[i].start()] if i else ""
    # "my (best) friend (named) Carlos", "my mom, linda"
    relation = [w for w in before if w in KIN]
    if relation and previous not in POSSESSORS:
        k = len(before) - 1
        while k >= 0 and before[k] in RELATION_FILLERS and before[k] not in KIN:  # "my twin (brother)"
            k -= 1
        if (
            k >= 0
            and before[k] in KIN
            and (
                k == 0
                or before[k - 1] in POSSESSORS | RELATION_FILLERS
                or before[k - 1].endswith("'s")  # "the author's roommate (hiroshi)"
                or k > 1
                and before[k - 2] in POSSESSORS  # "her business partner Dmitriy"
                or before[k - 1] == "and"
                and _first_person_before(text, tokens, words, i)
            )  # "my grandma Ana and grandpa Thabo"
            and "\n" not in gap_before
            and "." not in gap_before
        ):
            return capitalised or _unknown(token)
    if previous in TITLES and (capitalised or _known_lower_case(token)) and "\n" not in gap_before:
        return not _famous_at(words, i)  # "Mr. Okafor", "coach mateus"; not "Prof. Barbara Liskov"
    if _bare(token) in FAMOUS_SURNAMES or _bare(token) in PRODUCTS:
        return False  # "'Huffman and me' - a presentation title"
    if after[:1] and after[0] in KIN and text[tokens[i].end() : tokens[i + 1].start()].strip() == "(":
        return _unknown(token)  # "ask priyanka (tutor)"
    if _known_lower_case(token) and _opens_clause(gap_before, i) and acts(words[i + 1 : i + 3]):
        return True  # "at my nans, kevin is dropping it in", "fatma had the calculator"
    if capitalised and _before_who(text, tokens, words, i):
        return True  # "a fourth member, Oluwaseun, who moved school"
    if previous in PEOPLE_LABELS and gap_before.strip() == ":" and "\n" not in gap_before:
        return _person_like(tokens, words, i)  # "Interviewee: Chloe Okonkwo"
    if (
        previous in INTERACTIONS or previous == "to" and before[-2:-1] and before[-2] in SPOKE | GRATEFUL
    ) and not gap_before.strip():
        if previous == "with" and not _first_person_before(text, tokens, words, i - 1) and not _known_lower_case(token):
            return False  # "frames with Ethernet"; "I went to the library with Megan", "chem with dũng"
        return _person_like(tokens, words, i)  # "I told Linda", "spoke to Beatriz"
    if capitalised and after[:1] == ["from"] and after[1:2] and after[1] in GROUP_OPENERS:
        return _person_like(tokens, words, i)  # "Yusuf from my church youth group helped"
    unknown = _unknown(token)
    if not unknown:
        return False
    if previous in THANKS and after[:1] == ["for"] and gap_before.strip(" ,") == "":
        return capitalised or lower  # "Thanks Evgenia for the pipettes", "ty tobais for the charger"
    if previous in GREETINGS and (i == 1 or "\n" in text[tokens[i - 2].end() : tokens[i - 1].start()]):
        # "Hi Linda", "Hi, Linda!"; not "Hi, Quicksort is fast"
        return "," not in gap_before or text[tokens[i].end() : tokens[i].end() + 1] in ("", ",", "!", "\n", ":")
    if " ".join(before[-2:]) in INTRODUCTIONS or previous in INTRODUCTIONS:
        return capitalised or lower
    if previous in NAMING and _first_person_before(text, tokens, words, i):
        return capitalised or _known_lower_case(token)  # "my dog is called carlos"
    last = i + 1 if i + 1 < len(tokens) and _capitalised(tokens[i + 1].group()) else i  # and a surname
    if previous in SIGN_OFFS and not text[tokens[last].end() :].strip(" \t\n.,!-"):
        # "Thanks, Kevin", "Love,\nAna", "-- by Ana" at the end; not "... the LANs by itselves."
        line_start = text.rfind("\n", 0, tokens[i - 1].start()) + 1
        return "," in gap_before or "\n" in gap_before or not text[line_start : tokens[i - 1].start()].strip(" \t-–—")
    if capitalised and (after[:2] in (["and", "i"], ["and", "me"]) or before[-2:] == ["me", "and"]):
        return True
    if capitalised and after[:1] == ["my"] and len(after) > 1 and after[1] in RELATIONS:
        return text[tokens[i].end() : tokens[i + 1].start()].strip() in ("(", ",", "-", "–", "—")
    return lower and before[-2:] == ["me", "and"]


def _labelled_initial(text, tokens, words, i) -> bool:
    """An initial and a surname after a label of people: "Witness: T. Barbosa", "Signed: C. Yamamoto"."""
    token = tokens[i].group()
    return (
        0 < i < len(tokens) - 1
        and words[i - 1] in PEOPLE_LABELS
        and text[tokens[i - 1].end() : tokens[i].start()].strip(" \t") == ":"
        and len(token) == 1
        and token.isupper()
        and text[tokens[i].end() : tokens[i + 1].start()] == ". "
        and _person_like(tokens, words, i + 1)
    )


def _opens_clause(gap_before: str, i: int) -> bool:
    """The text, a sentence or a clause starts at a token with this gap before it."""
    return i == 0 or any(c in gap_before for c in ".,;:!?\n")


def _before_who(text, tokens, words, i) -> bool:
    """A person-like name (and a surname) between commas before "who": ", Keiko Ivanova, who"."""
    if not i or text[tokens[i - 1].end() : tokens[i].start()].strip() != ",":
        return False
    end = i + 1 if i + 1 < len(tokens) and _capitalised(tokens[i + 1].group()) else i
    if end + 1 >= len(tokens) or words[end + 1] != "who":
        return False
    gap = text[tokens[end].end() : tokens[end + 1].start()].strip()
    return gap == "," and all(_person_like(tokens, words, j) for j in range(i, end + 1))
