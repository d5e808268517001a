"""Is a token that is a roster name part used as a name where it stands? Names that are ordinary
words (Will, Grace, Mark) are names only where the context makes them one: capitalised and not
used as the word, after "I'm" or "my partner is", before "said" or "and I", as a sign-off or a
label, possessive, beside another name; places, dates, monarchs, methods and words of another
language keep the word."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .famous import EPONYM_LAWS, EPONYM_NOUNS, FAMOUS_FULL_NAMES, FAMOUS_SURNAMES, PRODUCTS, STOCK_CHARACTERS
from .layout import (
    alone_on_line,
    attributive,
    ends_before,
    glossed,
    names_an_institution,
    opens_sentence,
    signs_off,
    speaks,
)
from .name_words import (
    AUTHORED,
    AUXILIARIES,
    CALENDAR,
    ENGLISH_MARKERS,
    FOREIGN_ARTICLES,
    FOREIGN_GREETINGS,
    LABELS,
    MONTHS_AND_SEASONS,
    NAME_AFTER,
    NAME_BEFORE,
    NAME_VERBS,
    ORDINARY_FOLLOWERS,
    PLACE_AFTER,
    PLACE_BEFORE,
    PLACE_NAMES,
    RANKS,
    REGNAL_RE,
    TIME_BEFORE,
    WORD_BEFORE,
    acts,
    english_words,
    is_name_word,
    names_a_place,
    of_a_place,
)
from .roster import ID, INSTRUCTOR, NAME, STUDENT, Roster
from .spelling import fold

SAINTS = frozenset("san santa santo sao st saint".split())  # fold() turns "São" into "sao"
CLAUSE_BREAKS = ".:;!?,()…\n"
COMPASS = frozenset("north south east west northern southern eastern western".split())
PLACES_OF = frozenset("city town village county state province island kingdom republic university".split())
DAY_BEFORE_RE = re.compile(r"\d(?:st|nd|rd|th)?[ \t]*$")
DAY_AFTER_RE = re.compile(r"[ \t]+\d{1,2}(?:st|nd|rd|th)?\b(?![.:/]\d)")  # "March 14", not "May 3.5" or "June 10:30"
# After a name-word opening a sentence, a word in "-s" is its verb if it is one of these or is followed by an
# object ("Grace thinks", "Mark wants the ..."); otherwise a plural noun that the name-word qualifies ("Lily pads").
PRESENT_VERBS = frozenset(
    """
    thinks says wants likes loves needs knows feels seems goes does gets makes takes gives comes sees looks works
    writes codes helps explains agrees argues asks answers believes brings calls checks claims disagrees draws
    finds forgets hates hopes keeps leads learns leaves lives means meets misses plays prefers presents reads
    remembers runs sends shows sits speaks spends starts stays studies suggests talks teaches tells tries uses
    waits walks wins wishes worries wonders insists admits mentions points notices reckons struggles enjoys
    handles supports types builds fixes tests designs prints sings
    """.split()
)
OBJECT_OPENERS = frozenset("the a an that to me him her it them this these those his our their my your us".split())
# After a name-word opening a sentence, these make it the name of someone the text names in full elsewhere.
THIRD_PERSON_VERBS = AUXILIARIES | PRESENT_VERBS | frozenset("has still also began".split())
# Before a name-word these make it a word even where a clause may start ("from green to amber", "it will").
LINKS = WORD_BEFORE | frozenset("to of in on at by for from with like as than i you he she it we they".split())
DATE_WORDS = CALENDAR | MONTHS_AND_SEASONS
DATE_BEFORE = WORD_BEFORE | frozenset("on in next last until till since during".split())


@dataclass
class Passage:
    """A text and its word tokens, with what is worked out once per text."""

    text: str
    tokens: list[re.Match]
    named_words: set[str] = field(default_factory=set)  # capitalised words it uses as names ("Faith's")
    _named_in_full: set[str] | None = field(default=None, init=False, repr=False)

    def named_in_full(self, roster: Roster) -> set[str]:
        """The people this text names by two parts of their name side by side ("Dmitri Collins")."""
        if self._named_in_full is None:
            self._named_in_full = set()
            for a, b in zip(self.tokens, self.tokens[1:]):
                if self.text[a.end() : b.start()] == " " and (first := roster.lookup(a.group()))[0]:
                    second = roster.lookup(b.group())
                    if first[1] != second[1]:
                        self._named_in_full |= first[0] & second[0]
        return self._named_in_full

    @cached_property
    def stock_characters(self) -> set[str]:
        """The stock characters of cryptography examples it names ("Alice", "Bob", "Eve")."""
        return STOCK_CHARACTERS.intersection(fold(token.group()) for token in self.tokens)

    @cached_property
    def uncased(self) -> bool:
        """Written without capitals, as speech-to-text transcripts are."""
        return self.text.lower() == self.text

    @cached_property
    def reads_as_english(self) -> bool:
        """One word in twelve or more is an English function word: a lone "in", "a" or "not" is
        also Italian, Portuguese or Turkish."""
        needed, found = len(self.tokens) / 12, 0
        for token in self.tokens:
            found += fold(token.group()) in ENGLISH_MARKERS
            if found >= needed:
                return True
        return False


def is_name(roster: Roster, passage: Passage, match, part, suffix, i, paired=False) -> bool:
    """A single token that is a name part: is it used as a name here?"""
    text, tokens = passage.text, passage.tokens
    if glossed(text, match):
        return False  # "'Bryn' means hill in Welsh"
    if part in STOCK_CHARACTERS and passage.stock_characters.difference(roster.parts, [part]):
        return False  # a party of the example, beside one who is nobody's name: "Eve reads what Alice sends Bob"
    if suffix and names_a_method(tokens, i, EPONYM_NOUNS if part not in roster.given else EPONYM_LAWS):
        return False  # "Fisher's exact test", "Bellman's equation", "Graham's law"
    before = [fold(t.group()) for t in tokens[max(0, i - 2) : i]]
    article = before[-1:] in (["the"], ["a"], ["an"])
    if not suffix and article and i + 1 < len(tokens) and fold(tokens[i + 1].group()) in EPONYM_NOUNS:
        return False  # "the Taylor series", "a Petri dish"
    if not suffix and part in roster.given and attributive(text, tokens, i):
        return False  # a given name used as an adjective: "the Tudor kings", "a Ming vase"
    saint = before[-1:] and before[-1] in SAINTS and tokens[i - 1].group()[:1].isupper()
    if saint and text[tokens[i - 1].end() : match.start()] in (" ", ". "):
        return False  # a place: "San José", "Santa Clara", "São Paulo"
    if not suffix and part in DATE_WORDS and dated(text, tokens, i, before):
        return False  # a date: "3 June", "21st June", "March 14", "on a Sunday", "next May"
    if not suffix and (REGNAL_RE.match(text, match.end()) or of_a_place(text, match.end())):
        return False  # a monarch: "Elizabeth I never married", "Henry VIII", "Catherine of Aragon"
    if not suffix and _titles_a_work(text, tokens, i):
        return False  # "Orlando by Virginia Woolf", "Emma by Jane Austen"
    if not suffix and part in FAMOUS_SURNAMES and before[-1:] == ["as"] and acts(_words_after(tokens, i)):
        return False  # a scientist cited: "as Mendel found with peas", "as Newton showed"
    if not suffix and part in PLACE_NAMES and names_a_place(before):
        return False  # "the conference was in Austin", "I moved here from Georgia"
    if not suffix and part in PRODUCTS and before[-1:] and before[-1] in WORD_BEFORE:
        return False  # "compared a Mercedes and a Ford"
    if not suffix and part in PRODUCTS and _beside_a_product(roster, text, tokens, i):
        return False  # "Siri and Alexa", "Julia or Python"
    if titled_or_placed(text, tokens, i):
        return False  # "Lake Victoria", "Victoria station", "Hurricane Harvey", "Queen Victoria"
    if match.group(0).islower() and foreign_word(roster, passage, i):
        return False  # "la velocidad de la luz", "Das Thema ist ernst"
    if not is_name_word(part, match.group(0)) or speaks(text, match):
        return True  # a speaker or an author opening a line: "JUNE: GOOD MORNING", "summer here, ..."
    token = match.group(0)
    after = _words_after(tokens, i)
    if i and any(c in text[tokens[i - 1].end() : match.start()] for c in ".:;!?"):
        before = []  # the words before belong to another sentence or a label: "asked: will it stop?"
    previous = before[-1] if before else ""
    following = after[0] if after else ""
    if (
        len(before) == 2
        and " ".join(before) in NAME_BEFORE
        or signs_off(text, tokens, i)
        or len(before) == 2
        and before[1] == "by"
        and before[0] in AUTHORED
    ):
        return True  # "my partner is mark", "hey its jack", "...\nfrom autumn"
    if previous in WORD_BEFORE or previous in TIME_BEFORE and part in MONTHS_AND_SEASONS:
        return False  # "the Bill of Rights", "in June"
    if suffix:
        return True
    if not paired:
        for j in _joined(text, tokens, i):
            keys, other, other_suffix = roster.lookup(tokens[j].group())
            if keys and ID not in keys and is_name(roster, passage, tokens[j], other, other_suffix, j, True):
                return True  # "asked sandy and grace", "Chase/Dawn/me": one name makes the other one too
        if part in roster.given and ampersand_given_name(roster, text, tokens, i):
            return True  # "JACK & AUTUMN - LAB 4"
    strong = (
        previous in NAME_BEFORE
        and not (previous in ("partner", "name") and part in ("will", "may"))
        or " ".join(before) in NAME_BEFORE
        or (after[0] if after else "") in NAME_AFTER
        or " ".join(after) in NAME_AFTER
        or beside_a_name(roster, tokens, i)
        or after[:1] == ["[email]"]
        and not text[match.end() : tokens[i + 1].start()].strip()  # "rebecca [EMAIL]": its first part
        or alone_on_line(text, match)
        and not text[match.end() :].strip()
    )
    shouting = (
        token.isupper()
        and len(token) > 1
        and any(t.group().isupper() and len(t.group()) > 1 for t in tokens[max(0, i - 1) : i + 2] if t is not match)
    )
    if shouting and previous in ("from", "by") and part not in MONTHS_AND_SEASONS:
        return True  # a header: "NOTE FROM GRACE", "ANSWER BY MARK"
    if shouting and (previous == "and" or opens_sentence(text, match)) and acts(after):
        return True  # "WILL GOT 276", "AUTUMN AND ROSE WERE TALKING"
    if i and fold(tokens[i - 1].group()) in LABELS and ":" in text[tokens[i - 1].end() : match.start()]:
        return True  # "Partner: grace", "TO: MARK"
    if previous in LABELS and text[match.end() : match.end() + 1] == ":" and part not in MONTHS_AND_SEASONS:
        return True  # "peer review for jack:", "Notes from Will:"
    if part in PRODUCTS and not strong:
        return following in NAME_VERBS and following != "and" or following.endswith("ed")  # "in Ruby"
    if not token[:1].isupper() or shouting:
        return (
            strong
            or shouting
            and alone_on_line(text, match)
            or not shouting
            and (
                opens_sentence(text, match, ".!?:;\n,")
                or passage.uncased
                and previous not in LINKS
                and part not in AUXILIARIES
            )
            and (acts(after) or following in NAME_AFTER)
        )  # "king got the same answer as me", "amber did nothing", "hope dropped it"; in a transcript without
        # capitals or full stops any clause may start there: "for matrices amber wanted python"
    if strong:
        return True
    rest = text[match.end() : match.end() + 12].lstrip(" \t")
    if rest[:1].isdigit() or after[:1] == ["of"]:
        return False
    if not opens_sentence(text, match):
        return True
    if alone_on_line(text, match) or text[match.end() : match.end() + 1] == ":":
        return True  # a sign-off, a heading with a name, a speaker: "Faith: I think ..."
    if text[match.end() : match.end() + 1] == "," and following in ("you", "your", "i"):
        return True  # spoken to: "Nick, your speech was funny", "Will, I think you can get an A"
    if following == part and tokens[i + 1].group().islower():
        return True  # the name before its word: "Will will email the tutor"
    if following in THIRD_PERSON_VERBS and (
        token in passage.named_words or roster.parts[part] & passage.named_in_full(roster)
    ):
        return True  # someone it names elsewhere, in full or as a name: "Faith has had ... Faith's laptop died"
    if following in ORDINARY_FOLLOWERS:
        return False
    if following == "and":  # "Grace and I", "Grace and Priya"; not "Art and science"
        joined = tokens[i + 2].group() if i + 2 < len(tokens) else ""
        return joined.lower() in ("i", "me") or joined[:1].isupper() or bool(roster.lookup(joined)[0])
    if following.endswith("s") and not following.endswith(("ss", "us", "is")):
        # "Grace thinks the ..." is a name; "Grace periods are short", "Lily pads float" are noun phrases
        return following in PRESENT_VERBS or (after[1] if len(after) > 1 else "") in OBJECT_OPENERS
    return following in NAME_VERBS or following.endswith("ed") or text[match.end() : match.end() + 1] == ","


def _joined(text, tokens, i):
    """The tokens joined to token ``i`` by "and" or "or", or by a slash ("Chase/Dawn")."""
    for j, joint in ((i - 2, i - 1), (i + 2, i + 1)):
        if 0 <= j < len(tokens) and tokens[joint].group().lower() in ("and", "or"):
            yield j
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and text[tokens[min(i, j)].end() : tokens[max(i, j)].start()] == "/":
            yield j


def titled_or_placed(text, tokens, i) -> bool:
    """After a place's or a storm's word, a rank or a point of the compass in the same sentence ("Lake",
    "Hurricane", "Queen", "city of", "East Berlin"), or before a place's word ("station", "Springs") or a capitalised
    institution's ("University")."""
    if i + 1 < len(tokens) and text[tokens[i].end() : tokens[i + 1].start()] == " ":
        if fold(tokens[i + 1].group()) in PLACE_AFTER or names_an_institution(tokens, i):
            return True
    if not i or any(c in text[tokens[i - 1].end() : tokens[i].start()] for c in ".:;!?\n"):
        return False
    previous = fold(tokens[i - 1].group())
    if previous == "of" and i > 1 and fold(tokens[i - 2].group()) in PLACES_OF:
        return True  # "the city of Darwin", "the University of Phoenix"
    return previous in PLACE_BEFORE or previous in RANKS | COMPASS and tokens[i - 1].group()[:1].isupper()


def foreign_word(roster: Roster, passage: Passage, i) -> bool:
    """A lower-case word after an article of another language ("la pierre"), or beside a word of
    its clause that is not English (before it, or after it when it opens the clause), in a text
    that does not read as English ("Ngày mai", "molto chiara", "que a glória", "umut ediyorum").
    Another roster name beside it is no sign of another language ("robert+josé")."""
    text, tokens = passage.text, passage.tokens
    if i and not any(c in text[tokens[i - 1].end() : tokens[i].start()] for c in CLAUSE_BREAKS):
        neighbour = fold(tokens[i - 1].group())
        if neighbour in FOREIGN_ARTICLES:
            return True
    elif i + 1 < len(tokens) and not any(c in text[tokens[i].end() : tokens[i + 1].start()] for c in CLAUSE_BREAKS):
        neighbour = fold(tokens[i + 1].group())
    else:
        return False
    return (
        neighbour not in FOREIGN_GREETINGS
        and neighbour not in NAME_BEFORE
        and neighbour not in NAME_AFTER
        and not (len(neighbour) > 2 and neighbour in english_words())
        and neighbour not in roster.parts
        and not passage.reads_as_english
    )


def _words_after(tokens, i) -> list[str]:
    return [fold(t.group()) for t in tokens[i + 1 : i + 3]]


def names_a_method(tokens, i, nouns=EPONYM_NOUNS) -> bool:
    """Followed, within two words, by a noun such as "theorem" or "test"."""
    return any(fold(t.group()) in nouns for t in tokens[i + 1 : i + 3])


def ampersand_given_name(roster: Roster, text, tokens, i) -> bool:
    """Joined by "&" to another given name on the roster."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens):
            low, high = sorted((i, j))
            if text[tokens[low].end() : tokens[high].start()].strip() == "&":
                if roster.lookup(tokens[j].group())[1] in roster.given:
                    return True
    return False


def beside_a_name(roster: Roster, tokens, i) -> bool:
    """Next to a part of another roster name that is not a word ("Grace, Priya and me")."""
    for j in (i - 1, i + 1, i - 2, i + 2):
        if abs(j - i) == 2 and not (0 <= j < len(tokens) and tokens[(i + j) // 2].group().lower() in ("and", "or")):
            continue
        if 0 <= j < len(tokens):
            keys, part, _ = roster.lookup(tokens[j].group())
            if keys and not is_name_word(part, tokens[j].group()) or tokens[j].group() in (NAME, STUDENT, INSTRUCTOR):
                return True
    return False


def dated(text, tokens, i, before) -> bool:
    """A month, season or weekday used as one: beside a day's number ("3 June", "March 14") or after
    a word that dates ("on Sunday", "next May", "a Sunday"), in the same sentence."""
    match = tokens[i]
    if ends_before(DAY_BEFORE_RE, text, match.start()) or DAY_AFTER_RE.match(text, match.end()):
        return True
    gap = text[tokens[i - 1].end() : match.start()] if i else "."
    return before[-1:] != [] and before[-1] in DATE_BEFORE and not any(c in gap for c in ".:;!?\n")


def _beside_a_product(roster: Roster, text, tokens, i) -> bool:
    """Joined to a product or language that is no roster name ("Siri and Alexa", "Ruby/Python")."""
    return any(
        fold(tokens[j].group()) in PRODUCTS and not roster.lookup(tokens[j].group())[0]
        for j in _joined(text, tokens, i)
    )


def _titles_a_work(text, tokens, i) -> bool:
    """Token ``i`` is (the end of) a work's title before "by" and a famous author: "Orlando by Virginia
    Woolf", "Emma by Jane Austen", "Frankenstein by Shelley"."""
    if (
        i + 2 >= len(tokens)
        or fold(tokens[i + 1].group()) != "by"
        or text[tokens[i].end() : tokens[i + 1].start()] != " "
    ):
        return False
    author = [fold(t.group()).removesuffix("'s") for t in tokens[i + 2 : i + 5]]
    return author[0] in FAMOUS_SURNAMES or any(" ".join(author[:n]) in FAMOUS_FULL_NAMES for n in (2, 3))
