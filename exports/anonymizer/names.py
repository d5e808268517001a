"""Roster names in the words of a text: a run of name parts and initials ("Jane Doe", "Doe, J.",
"Jane D.") goes as one; a single part goes where the context makes it a name (name_context.py);
famous full names, eponyms, cited namesakes and cited authors ("Smith et al. (2019)") stay."""

from __future__ import annotations

import re

from .famous import FAMOUS_FULL_NAMES, FAMOUS_SURNAMES
from .initials import after_another_initial, initial_of
from .layout import FAMILIES, cited, opens_sentence
from .name_context import Passage, is_name, names_a_method
from .name_words import RANKS, RELATIONS, TITLES, WORD_BEFORE, acts, english_words, given_names, is_name_word
from .roster import ID, Roster
from .spelling import EMPTY, WORD_RE, fold, is_word

LATEX_TIE_RE = re.compile(r"(?<=[A-Za-z]\.)~(?=[^\W\d_])")  # "J.~Doe"
LINE_BREAK_HYPHEN_RE = re.compile(r"((?:[^\W\d_]|['’])+)-[ \t]*\n[ \t]*([^\W\d_]+(?:['’-][^\W\d_]+)*)")
LINE_BREAK_RE = re.compile(r"([^\W\d_]+)[ \t]*\n[ \t]*([^\W\d_]+)")
# "Doe J.", "Doe J" at a line's end or cell's or before a bracket: "Ana M (there are two Anas)"
INITIAL_END_RE = re.compile(r"\.|\t|[ \t]*(?:$|\n|[-–—:;,()\]])")
GAP_RE = re.compile(r"[.,]?[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?|[ \t\u00a0]*\.|_")  # "_": "frank_carter"
JOINING = frozenset("and or with".split())
FAMOUS_GIVEN = frozenset(name.split()[0] for name in FAMOUS_FULL_NAMES)
KIN_AND_HOMES = FAMILIES | frozenset("house home place flat room".split())


def rejoin_split_names(text: str, roster: Roster) -> str:
    """A TeX tie ("\\author{J.~Doe}") becomes a space, and a name cut by a line break, with a
    hyphen or without ("Castel-\\nlano", "Jos\\neph"), is put back together."""
    if "~" in text:
        text = LATEX_TIE_RE.sub(" ", text)
    if "\n" in text:
        if "-" in text:
            text = LINE_BREAK_HYPHEN_RE.sub(lambda m: _rejoin(m, roster), text)
        text = LINE_BREAK_RE.sub(lambda m: _rejoin(m, roster, unhyphenated=True), text)
    return text


def _rejoin(match: re.Match, roster: Roster, unhyphenated: bool = False) -> str:
    """The two pieces joined, where they make a roster name part (without a hyphen, only where
    they are not both words: "the\\nword" stays)."""
    first, second = match.group(1), match.group(2)
    joined = first + second
    if not any(fold(piece) in roster.parts for piece in {joined, *joined.split("-")}):
        return match.group(0)
    dictionary = english_words()
    if unhyphenated and is_word(fold(first), dictionary) and is_word(fold(second), dictionary):
        return match.group(0)
    return joined


def replace_names(text: str, roster: Roster, subject: str | None) -> tuple[str, set[str]]:
    """The text with the roster's names replaced, and the namesakes it keeps: pairs of words in
    lower case ("michael collins") that outsiders.replace must leave too."""
    tokens = list(WORD_RE.finditer(text))
    passage = Passage(text, tokens, named_words=_possessed(roster, tokens))
    out, cursor, done_until = [], 0, -1
    namesakes: set[str] = set()
    confirmed: set[str] = set()  # the parts this text has already used as names, in lower case
    for i, match in enumerate(tokens):
        if i <= done_until:
            continue
        word = match.group()
        if (famous_end := _famous_name_ends(roster, tokens, i)) >= 0:
            done_until = famous_end
            continue
        keys, part, suffix = roster.lookup(word)
        if not keys and word[:1].isupper() and word.endswith("s") and _possessive_s(text, tokens, i):
            # a family: "at the Whites' house", "the Joneses' garden", "the Smith-Joneses'"; "Sandys mum"
            keys = (roster.lookup(word[:-1])[0] or word.endswith("es") and roster.lookup(word[:-2])[0] or set()) - {ID}
            if keys:
                out.append(text[cursor : match.start()] + roster.placeholder(keys, subject))
                cursor = match.end()
                continue
        if not keys:
            if "-" in word and not _eponym_pair(roster, word, tokens, i):
                out.append(text[cursor : match.start()] + _hyphenated(roster, match, subject))
                cursor = match.end()
            continue
        if ID in keys:
            out.append(text[cursor : match.start()] + ID)
            cursor = match.end()
            continue
        start, run_keys, named = i, keys, 0
        if i > 0 and GAP_RE.fullmatch(text[tokens[i - 1].end() : match.start()]):
            previous = tokens[i - 1].group()
            particle = keys & roster.particles.get(fold(previous), EMPTY)  # "Ó Ceallaigh"
            before = initial_of(roster, previous, text, tokens[i - 1].end(), keys) or particle
            if previous == "A" and names_a_method(tokens, i):
                before = EMPTY  # the article, not an initial: "A Markov chain", "A Bloom filter"
            if before and tokens[i - 1].start() >= cursor:
                start, run_keys, named = i - 1, before, 1
        run_end, run_suffix, run_parts = i, suffix, {part}
        while run_end + 1 < len(tokens) and not run_suffix:
            following = tokens[run_end + 1]
            if not GAP_RE.fullmatch(text[tokens[run_end].end() : following.start()]):
                break
            next_keys, next_part, next_suffix = roster.lookup(following.group())
            if next_keys and run_keys & next_keys and next_part not in run_parts:
                run_keys, run_suffix = run_keys & next_keys, next_suffix
                run_parts.add(next_part)
            elif (
                (initial := initial_of(roster, following.group(), text, following.end(), run_keys))
                or part in roster.given  # "Jane D."; but "Rivest, R." is a surname and another's initial
                and (initial := initial_of(roster, following.group(), text, following.end(), run_keys, roster.last))
            ) and INITIAL_END_RE.match(text, following.end()):
                run_keys, named = initial, 1
            else:
                break
            run_end += 1
        if not named and len(run_parts) == 1 and after_another_initial(roster, text, tokens, i, run_keys):
            done_until = run_end
            continue
        if not named and len(run_parts) == 1 and cited(text, match.end(), part in roster.given):
            done_until = run_end  # a cited author
            continue
        if not named and len(run_parts) == 1 and (first := _namesake_starts(roster, passage, i, part, run_keys)) >= 0:
            namesakes.update(f"{_lower(tokens[j])} {_lower(tokens[j + 1])}" for j in range(first, i))
            done_until = run_end
            continue
        if (
            len(run_parts) + named > 1
            or word in confirmed
            and _named_again(text, tokens, i)
            or is_name(roster, passage, match, part, suffix, i)
        ):
            (confirmed if word.islower() else passage.named_words).add(word)
            out.append(text[cursor : tokens[start].start()] + roster.placeholder(run_keys, subject) + run_suffix)
            cursor = tokens[run_end].end()
        done_until = run_end
    out.append(text[cursor:])
    return "".join(out), namesakes


def _possessive_s(text: str, tokens, i) -> bool:
    """Token ``i`` ends in the "s" of a possessive: before an apostrophe ("the Whites' house") or,
    without one, before a relative or a home ("Sandys mum", "at Iriss house")."""
    if text[tokens[i].end() : tokens[i].end() + 1] in ("'", "’"):
        return True
    return i + 1 < len(tokens) and fold(tokens[i + 1].group()) in KIN_AND_HOMES


def _lower(token: re.Match) -> str:
    return token.group().lower().replace("’", "'")


def _namesake_starts(roster: Roster, passage: Passage, i, part, keys) -> int:
    """Where another person's name starts that ends with the roster surname at ``i``, written
    after one or two capitalised given names that are no roster name and no word, in a text that
    names the roster person in full elsewhere: "Michael Collins signed the treaty; Dmitri Collins
    (no relation) ..."; or -1. A relation or title before it, a bracket after it or a label's
    colon makes it a relative ("my brother Michael Collins", "Parent contact: Chloe Brown"), and
    so does a list ("Dmitri Collins and Michael Collins"): outsiders.py replaces those."""
    text, tokens = passage.text, passage.tokens
    word = tokens[i].group()
    if not word[:1].isupper() or word.isupper() or part not in roster.surnames or part in roster.given:
        return -1
    first = i
    while first > max(0, i - 2) and text[tokens[first - 1].end() : tokens[first].start()] == " ":
        given = tokens[first - 1].group()
        if not (given[:1].isupper() and given[1:].islower()) or fold(given) in roster.parts:
            break
        if is_word(fold(given), english_words()) and fold(given) not in given_names():
            break
        first -= 1
    if first == i or first and fold(tokens[first - 1].group()) in RELATIONS | TITLES | RANKS | JOINING:
        return -1
    if first and any(c in text[tokens[first - 1].end() : tokens[first].start()] for c in ",&/"):
        return -1  # listed with others: "Dmitri Collins, Michael Collins"
    if (
        text[tokens[i].end() :].lstrip(" ")[:1] in ("(", "\n", "")
        or text[max(0, tokens[first].start() - 8) : tokens[first].start()].rstrip()[-1:] == ":"
    ):
        return -1  # "Michael Collins (my uncle)", "Parent contact: Chloe Brown"
    return first if keys & passage.named_in_full(roster) else -1


def _possessed(roster: Roster, tokens) -> set[str]:
    """The capitalised roster name parts the text writes as someone's ("Faith's laptop"): a name
    wherever else a name fits ("Faith has had three deadlines")."""
    if not tokens or "'s" not in tokens[0].string and "’s" not in tokens[0].string:
        return set()
    return {
        token.group()[:-2]
        for token in tokens
        if token.group()[:1].isupper() and token.group().endswith(("'s", "’s")) and roster.lookup(token.group())[2]
    }


def _named_again(text, tokens, i) -> bool:
    """A name the text has written in lower case, again where a name fits: before a verb ("me
    and will dropped it and will filmed it") or ending a sentence ("feedback for ray: ... tho ray.")."""
    if acts([fold(t.group()) for t in tokens[i + 1 : i + 3]]):
        return True
    previous = fold(tokens[i - 1].group()) if i else ""
    return text[tokens[i].end() : tokens[i].end() + 1] in ("", ".", "!", "?") and previous not in WORD_BEFORE


def _eponym_pair(roster: Roster, word: str, tokens, i) -> bool:
    """Two capitalised surnames, one not on the roster, before a noun such as "tube" or "test"
    ("a Geiger-Müller tube", "the Hardy-Weinberg equation"), or beside a famous one ("Floyd-Warshall
    finds", "the Church-Turing thesis")."""
    pieces = word.split("-")
    strangers = [fold(piece) for piece in pieces if not roster.lookup(piece)[0]]
    return (
        len(pieces) == 2
        and all(piece[:1].isupper() for piece in pieces)
        and bool(strangers)
        and (names_a_method(tokens, i) or not FAMOUS_SURNAMES.isdisjoint(strangers))
    )


def _hyphenated(roster: Roster, match: re.Match, subject: str | None) -> str:
    """A compound such as "Grace-like" or "Smith-style": check each piece on its own (a
    name-word in capitals is the word there: "HUNTER-GATHERERS", and so is one capitalised only
    because it opens a sentence before lower-case words: "Hunter-gatherers moved")."""
    pieces = match.group(0).split("-")
    dictionary = english_words()
    opening_word = opens_sentence(match.string, match, ".!?\n") and all(
        piece.islower() and is_word(piece, dictionary) for piece in pieces[1:]
    )
    replaced = []
    for n, piece in enumerate(pieces):
        keys, part, _ = roster.lookup(piece)
        capitalised = piece[:1].isupper() and not piece.isupper() and not (n == 0 and opening_word)
        if keys and (not is_name_word(part, piece) or capitalised):
            replaced.append(roster.placeholder(keys, subject))
        else:
            replaced.append(piece)
    return "-".join(replaced)


def _famous_name_ends(roster: Roster, tokens, i) -> int:
    """The index of the last token of a famous person's full name starting at ``i`` ("Ada
    Lovelace", "Martin Luther King"), or -1."""
    text = tokens[i].string
    spaced = i + 1
    while spaced < min(i + 4, len(tokens)) and text[tokens[spaced - 1].end() : tokens[spaced].start()].isspace():
        spaced += 1  # the name's words follow each other with only spaces: not "checked by Jennifer. Kepler's law"
    following = fold(tokens[i + 1].group()).removesuffix("'s") if spaced > i + 1 else ""
    if tokens[i].group()[:1].isupper() and following in FAMOUS_SURNAMES and not roster.parts.get(following):
        return i + 1  # a given name before a famous surname that is nobody's on the roster: "Nelson Mandela"
    if fold(tokens[i].group()) not in FAMOUS_GIVEN:
        return -1
    for end in range(i + 1, spaced):
        if " ".join(fold(t.group()) for t in tokens[i : end + 1]).removesuffix("'s") in FAMOUS_FULL_NAMES:
            return end
    return -1
