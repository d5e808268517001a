"""Remove what identifies people from a text before it leaves the gradebook.

Replaced: names of the people given (the student being exported -> [STUDENT], other enrolled
students -> [NAME], instructors -> [INSTRUCTOR]), in any case, without accents or transliterated
(José -> jose, Müller -> Mueller), misspelt by one letter (Okafur, capitalised), as nicknames (Robert -> Bob, see nicknames.py), as initial and
surname ("J. Doe", "Doe, J.", "Jane D."), as initials ("J.D.", "by JD" unless an abbreviation or
a word, "when J. touched it", "M-C" for Marie-Claire), split across lines, possessive ("[STUDENT]'s", "janes notes"), as user names and handles
(jdoe, @jdoe, jdoe42, jane#4141), as speakers ("JANE: Good morning", "[10:42] jane: ok");
people not on the roster where the text says who they are ("my mom Linda", "Mr. Okafor", "Carlos
and I", "I told Linda") -> [NAME]; e-mail addresses, also written "jdoe AT school DOT edu",
"x [at] y [dot] com", "jdoe42 at gmail", "jane doe at gmail dot com" or defanged
"j[.]doe[@]uni[.]edu" -> [EMAIL]; URLs -> [URL]; phone numbers -> [PHONE]; the
given student ids, also without their letters, id-like codes (S1234567) and numbers introduced
as ids ("Student number: 20241187") -> [ID]. Famous people, products and methods stay ("Ada
Lovelace", "in Ruby", "Fisher's exact test"; see famous.py).

Names that are ordinary words (Will, Grace, Mark; see name_words.py) are replaced only where the
context makes them a name: capitalised and not used as the word ("Will the loop stop?", "the Bill
of Rights", "Summer 2024" keep it), after "I'm", "my partner is", "hi", before "said", "and I",
as a sign-off, possessive, next to another part of a roster name. A name that is also a place
stays where the text makes it one ("in Austin", "moved here from Georgia"). Lookups are by token in
dictionaries, so the cost per text does not grow with the size of the roster.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass

from . import outsiders
from .famous import EPONYM_LAWS, EPONYM_NOUNS, FAMOUS_FULL_NAMES, FAMOUS_SURNAMES, PRODUCTS
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
    NAME_WORDS,
    ORDINARY_FOLLOWERS,
    PLACE_AFTER,
    PLACE_BEFORE,
    PLACE_NAMES,
    RANKS,
    REGNAL_RE,
    SIGN_OFFS,
    TIME_BEFORE,
    WORD_BEFORE,
    acts,
    apostrophe_stem,
    english_words,
    is_name_word,
    names_a_place,
)
from .nicknames import NICKNAMES

STUDENT, NAME, INSTRUCTOR = "[STUDENT]", "[NAME]", "[INSTRUCTOR]"
EMAIL, URL, PHONE, ID = "[EMAIL]", "[URL]", "[PHONE]", "[ID]"

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"'\])]+"
    r"|\b(?:[a-z0-9-]++\.(?=[a-z0-9-]))++(?:com|org|net|edu|gov|io|ly|co|uk|de|fr|info|app|dev|tv|gg)\b(?:/[^\s<>\"'\])]*)?",
    re.IGNORECASE,
)
PHONE_RE = re.compile(
    r"(?<![\w.+-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}(?![\w-]|\.\d)"
)
DATE_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
ID_TOKEN_RE = re.compile(r"(?<![\w.-])(?=[A-Za-z._-]*\d)[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?![\w-])")
DIGIT_RE = re.compile(r"\d")
ID_LIKE_RE = re.compile(r"[A-Za-z]{1,3}-?\d{5,}")
ID_DIGITS_RE = re.compile(r"[A-Za-z]{1,3}-?(\d{5,})")
ID_CONTEXT_RE = re.compile(r"(?:\bid|\bnumber|\bno|\bnr|\bmatric\w*|\bstudent)\W{0,3}$", re.IGNORECASE)
DOTTED_INITIALS_RE = re.compile(r"(?<![\w.])([A-Z])\. ?([A-Z](?:-[A-Z])?)\.(?![\w])")  # "J.D.", "M. D-S."
LONE_INITIAL_RE = re.compile(r"(?<=[a-z] )([A-Z])\.(?= ([a-z]+))")  # "when J. touched it"
CAPITAL = "A-ZÀ-ÖØ-Þ"  # "JÇ" for Jonas Çelik
BARE_INITIALS_RE = re.compile(rf"(?<![\w.&/@#-])([{CAPITAL}])([{CAPITAL}])(?![\w&/@#-]|\.\w)")
CAPITALS_RE = re.compile(rf"[{CAPITAL}]{{2,}}")
INITIALS_BEFORE = frozenset(
    "by and with from cc thanks ask asked told per signed me proposed seconded witnessed & / - – — =".split()
)
SIGNED_INITIALS_RE = re.compile(r"(\n[ \t]*[-–—~][ \t]*)([a-z])\.?([a-z])\.?[ \t]*$")  # "...\n\n- jd"
SIGNED_INITIAL_RE = re.compile(r"([.!?\n][ \t]*[-–—~][ \t]*)([A-Z])\.[ \t]*$")  # "...moved to Friday. - P."
# Lower-case initials said to be someone: "reviewed by ao and rh".
LOWER_INITIALS_RE = re.compile(r"(\b(?:by|and|with|cc)[ \t]+|&[ \t]*)([^\W\d_]{2})(?![\w'’.@-])")
SAINTS = frozenset("san santa santo sao st saint".split())  # fold() turns "São" into "sao"
LATEX_TIE_RE = re.compile(r"(?<=[A-Za-z]\.)~(?=[^\W\d_])")  # "J.~Doe"
CODE_MARKERS = frozenset("TODO FIXME NOTE XXX HACK BUG".split())  # "# TODO(JS): ..." names whoever
DEFANGED_RE = re.compile(r"\[([.@])\]|\(([.@])\)|\{([.@])\}")  # "x[.]y[@]uni[.]edu"
HASHTAG_RE = re.compile(r"(?<![\w#&])#([^\W\d_]\w*)")  # "#TeamLeila", "#ameliabrowncodes"
CAMEL_PIECE_RE = re.compile(r"[A-Z][a-z\u00e0-\u00ff]+")
USER_PATH_RE = re.compile(r"(?:\b[A-Za-z]:\\+Users\\+|/Users/|/home/)([^\\/\s\"']+)", re.IGNORECASE)
SPACED_ID_RE = re.compile(r"(?<![\w.])\d{2,4}(?:[ -]\d{2,5}){1,3}(?![\w.])")  # "My ID is 440 9903"
ID_PIECE_RE = re.compile(r"[._-]")
UNIT_AFTER_RE = re.compile(r"\d[ \t]?[A-Za-z]$")  # "300 K", "5V": a letter after a number is a unit
DAY_BEFORE_RE = re.compile(r"\d(?:st|nd|rd|th)?[ \t]*$")
DISCRIMINATOR_RE = re.compile(r"(?<![\w@#])([^\W\d_][\w.]{1,31})#\d{4}\b")  # a Discord name: "will#3131"
SPEAKER_LEAD_RE = re.compile(r"[ \t>*•–—-]*(?:\[[^\]\n]{1,20}\][ \t]*)?")  # quote marks, bullets, "[10:42]"
WORD_RE = re.compile(r"\[[A-Z]+\]|[^\W\d_]+(?:['’-][^\W\d_]+)*")
POSSESSIVE_ENDINGS = ("'s", "’s", "'S", "’S")
EMPTY: frozenset = frozenset()
TRAILING_PUNCT = ".,;:!?"
TLD = r"(?:com|org|net|edu|gov|io|co|uk|de|fr|ac|ca|au|info|me|us|nl|es|it|ch|se|no|dk|in|jp|br|mx|ie|nz|za)"
PROVIDERS = r"(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|protonmail|proton|aol)"
OBFUSCATED_EMAIL_RE = re.compile(
    r"(?<![\w.+-])(?P<local>[\w+-]+(?:(?:\.|\s+\.\s+|\s+(?:dot|underscore|dash|hyphen)\s+|\s*[\[({<]\s*dot\s*[\])}>]\s*)"
    r"[\w+-]+){0,4}?)"
    r"(?P<at>\s*[\[({<]\s*at\s*[\])}>]\s*|\s+@\s*|\s*@\s+|\s+at\s+)"
    r"(?:" + PROVIDERS + r"\b(?!\s*(?:\.|dot\b|[\[({<]\s*dot))|"
    r"[\w-]+(?:(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\s*\.\s*)[\w-]+){0,4}"
    r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\s*\.\s*)" + TLD + r"\b)",
    re.IGNORECASE,
)
OBFUSCATION_HINT_RE = re.compile(
    r"\bdot\b|[\[({<]\s*at\s*[\])}>]|\s@|@\s|\.\s*" + TLD + r"\b|\bat\s+" + PROVIDERS + r"\b", re.IGNORECASE
)
CLAUSE_BREAKS = ".:;!?,()…\n"
SPLIT_STRIP = "()[]{}<>\"'“”‘’.,;:!?*"
NON_WORD_RE = re.compile(r"[^\w']+|_")  # "_": "bibliography_fibanez.pdf"
HANDLE_RE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?")
LINE_BREAK_HYPHEN_RE = re.compile(r"((?:[^\W\d_]|['’])+)-[ \t]*\n[ \t]*([^\W\d_]+(?:['’-][^\W\d_]+)*)")
SUFFIXES = ("s", "es", "ed")
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
INITIAL_END_RE = re.compile(r"\.|\t|[ \t]*(?:$|\n|[-–—:;,)\]])")  # "Doe J.", "Doe J" at a line's end or cell's
GAP_RE = re.compile(r"[.,]?[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?|[ \t\u00a0]*\.|_")  # "_": "frank_carter"
FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "’": "'"})
FAMOUS_GIVEN = frozenset(name.split()[0] for name in FAMOUS_FULL_NAMES)
DOT = r"(?:\s+dot\s+|\s*[\[({<]\s*dot\s*[\])}>]\s*|\s*\.\s*)"
# An address spelled out whose user name was a name, found once the name is replaced:
# "rebecca stone at gmail dot com" -> "[STUDENT] at gmail dot com" or "[STUDENT] [EMAIL]".
NAMED_EMAIL_RE = re.compile(
    r"(?:\[(?:STUDENT|NAME|INSTRUCTOR)\][ \t._-]*){1,3}(?:(?:\s+at\s+|\s*[\[({<]\s*at\s*[\])}>]\s*)"
    r"(?:" + PROVIDERS + r"\b(?:" + DOT + r"[\w-]+){0,3}|[\w-]+(?:" + DOT + r"[\w-]+){0,3}" + DOT + TLD + r"\b)"
    r"|\[EMAIL\])",
    re.IGNORECASE,
)
MISSPELT_MIN = 5  # shorter names are too near ordinary words ("Lee", "Ana") to match a misspelling
GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def pseudonym(student_id: str, key: str) -> str:
    """A stable, keyed, one-way stand-in for a student id (HMAC-SHA256, hex)."""
    return hmac.new(key.encode(), student_id.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    role: str = "student"  # or "instructor"
    student_id: str = ""


def _url(match: re.Match) -> str:
    text = match.group(0)
    stripped = text.rstrip(TRAILING_PUNCT)
    return URL + text[len(stripped) :]


def _phone(match: re.Match) -> str:
    """Keep number runs that are not phones: decimals, dates, year ranges, short lists."""
    text = match.group(0)
    groups = re.findall(r"\d+", text)
    digits = sum(len(g) for g in groups)
    if not 7 <= digits <= 15 or DATE_RE.fullmatch(text):
        return text
    if len(groups) == 1:
        return PHONE if digits >= 10 else text
    if any(len(g) > 4 for g in groups[1:]) or (len(groups) == 2 and len(groups[0]) == len(groups[1]) == 4):
        return text
    last = len(groups[-1])
    if "+" in text or "(" in text:
        return PHONE
    if "-" in text and last >= 3:
        return PHONE
    if "." in text and len(groups) >= 3 and last >= 3:
        return PHONE
    if text.startswith("0") and digits >= 9 or len(groups) >= 3 and last >= 4 and digits >= 10:
        return PHONE
    return text


def fold(word: str) -> str:
    """Lower case without accents: "José" -> "jose", "Łukasz" -> "lukasz", "O’Brien" -> "o'brien"."""
    word = word.lower()
    if word.isascii():
        return word
    word = word.translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _variants(part: str) -> set[str]:
    """The spellings of one name part to look for: folded, German-transliterated, no apostrophe."""
    lower = part.lower()
    forms = {fold(lower), fold(lower.translate(GERMAN))}
    return forms | {form.replace("'", "") for form in forms if "'" in form}


def _name_words(name: str) -> list[str]:
    """The words of a name, leaving out those with digits: they are ids, not names, and their
    letter runs ("be" in "3be41a") are ordinary words that must stay in the text."""
    return [token for word in name.split() if not DIGIT_RE.search(word) for token in WORD_RE.findall(word)]


def _is_word(form: str, dictionary: frozenset[str]) -> bool:
    """An English word, or one with a common ending ("marks" from Mark S., "shall" from S. Hall)."""
    return form in dictionary or any(
        form.endswith(suffix) and form[: -len(suffix)] in dictionary for suffix in SUFFIXES
    )


def _one_letter_less(form: str) -> set[str]:
    return {form} | {form[:k] + form[k + 1 :] for k in range(len(form))}


def _one_edit_apart(a: str, b: str) -> bool:
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


def _ends_before(pattern: re.Pattern, text: str, end: int) -> bool:
    """``pattern`` (ending in ``$``) matches just before ``end``; searched in the last few
    characters only, since a search from the start of a long essay for each word is quadratic."""
    return bool(pattern.search(text, max(0, end - 16), end))


def _reads_as_english(tokens: list[re.Match]) -> bool:
    """One word in twelve or more is an English function word: a lone "in", "a" or "not" is also
    Italian, Portuguese or Turkish."""
    needed, found = len(tokens) / 12, 0
    for token in tokens:
        found += fold(token.group()) in ENGLISH_MARKERS
        if found >= needed:
            return True
    return False


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text))


class Anonymizer:
    """Built once per course roster; ``anonymize(text, subject)`` is then cheap per text."""

    def __init__(self, people: list[Person]):
        self._parts: dict[str, set[str]] = {}
        self._first: dict[str, str] = {}  # person key -> first letter of the given name
        self._last: dict[str, str] = {}  # person key -> first letter of the surname
        self._initials: dict[str, set[str]] = {}  # "jd" -> people whose initials are J. D.
        self._given: set[str] = set()  # the given names' forms (a surname's "Fisher's test" is a method)
        self._roles: dict[str, str] = {}
        self._ids = set()
        self._users: dict[str, set[str]] = {}  # user-name form -> person keys, found inside handles
        for person in people:
            self._roles[person.key] = person.role
            if person.student_id:
                self._ids.add(person.student_id.lower())
                if digits := ID_DIGITS_RE.fullmatch(person.student_id):
                    self._ids.add(digits.group(1))  # "Student number: 1234567" for S1234567
                if not DIGIT_RE.search(person.student_id) and WORD_RE.fullmatch(person.student_id):
                    self._parts.setdefault(person.student_id.lower(), set()).add(ID)
            words = _name_words(person.name)
            for token in words:
                for part in {token, *token.split("-")}:
                    if len(part) >= 2:
                        for form in _variants(part):
                            self._parts.setdefault(form, set()).add(person.key)
            if words:
                self._add_derived(person.key, words)
        forms = sorted(self._users, key=len, reverse=True)
        self._users_re = re.compile("|".join(forms)) if forms else None
        self._near = self._misspellings()

    def _misspellings(self) -> dict[str, set[str]]:
        """Each name part of five letters or more that is not a word, under itself and each
        spelling with one letter left out: two spellings one letter apart share one of these."""
        near: dict[str, set[str]] = {}
        dictionary = english_words()
        for part, keys in self._parts.items():
            if len(part) < MISSPELT_MIN or not part.isalpha() or ID in keys or is_name_word(part, part):
                continue
            if not _is_word(part, dictionary):
                for form in _one_letter_less(part):
                    near.setdefault(form, set()).add(part)
        return near

    def _misspelt(self, form: str) -> str:
        """The roster name part one letter away from ``form`` ("Okafur", "Nakamora"), if only one
        is; not for words, famous people, products or dates."""
        if (
            len(form) < MISSPELT_MIN - 1
            or not form.isalpha()
            or form in FAMOUS_SURNAMES
            or form in PRODUCTS
            or form in CALENDAR
            or _is_word(form, english_words())
        ):
            return ""
        parts = {part for variant in _one_letter_less(form) for part in self._near.get(variant, ())}
        parts = {part for part in parts if _one_edit_apart(part, form)}
        return parts.pop() if len(parts) == 1 else ""

    def _add_derived(self, key: str, words: list[str]) -> None:
        """Nicknames of the given name, and the user names made of the name (jdoe, janedoe)."""
        first, last = fold(words[0]), _letters(words[-1])
        self._first[key] = first[:1]
        self._given |= _variants(words[0])
        if len(words) >= 2 and last:
            self._last[key] = last[:1]
            self._initials.setdefault(first[:1] + last[:1], set()).add(key)
        if "-" in first:  # "M-C" for Marie-Claire
            self._parts.setdefault("-".join(piece[:1] for piece in first.split("-")), set()).add(key)
        if len(words) >= 2 and "-" in words[-1]:  # "M. D-S." for Maya Douglas-Scott
            barrelled = "-".join(fold(piece)[:1] for piece in words[-1].split("-"))
            self._initials.setdefault(first[:1] + barrelled, set()).add(key)
        for nickname in NICKNAMES.get(first, ()):
            self._parts.setdefault(nickname, set()).add(key)
        if len(words) < 2 or not last:
            return
        given = _letters(words[0])
        forms = {given + last, given[:1] + last, last + given[:1]}
        dictionary = english_words()
        for form in forms:
            if len(form) >= 4 and not _is_word(form, dictionary):
                self._users.setdefault(form, set()).add(key)
                self._parts.setdefault(form, set()).add(key)
        for part in (given, last):
            if len(part) >= 4 and part not in NAME_WORDS and not _is_word(part, dictionary):
                self._users.setdefault(part, set()).add(key)

    def anonymize(self, text: str, subject: str | None = None) -> str:
        if not text:
            return text
        if "\xad" in text:
            text = text.replace("\xad", "")  # a soft hyphen inside a name: "Gr\xadace"
        if "[" in text or "(" in text or "{" in text:
            text = DEFANGED_RE.sub(lambda m: m.group(1) or m.group(2) or m.group(3), text)
        lower = text.lower()
        if ("@" in lower or "dot" in lower or "at" in lower) and OBFUSCATION_HINT_RE.search(lower):
            text = OBFUSCATED_EMAIL_RE.sub(self._obfuscated_email, text)
        if "@" in text:
            text = EMAIL_RE.sub(EMAIL, text)
        if "." in text:
            text = URL_RE.sub(_url, text)
        if "@" in text:
            text = HANDLE_RE.sub(lambda m: self._handle(m, subject), text)
        if "#" in text:
            text = DISCRIMINATOR_RE.sub(lambda m: self._handle(m, subject, m.group(1)), text)
            text = HASHTAG_RE.sub(lambda m: self._hashtag(m, subject), text)
        if "\\" in text or "/" in text:
            text = USER_PATH_RE.sub(lambda m: self._user_folder(m, subject), text)
        if DIGIT_RE.search(text):
            text = SPACED_ID_RE.sub(lambda m: ID if re.sub(r"\D", "", m.group(0)) in self._ids else m.group(0), text)
            text = PHONE_RE.sub(_phone, text)
            text = ID_TOKEN_RE.sub(lambda m: self._id(m, subject), text)
        if "." in text:
            text = DOTTED_INITIALS_RE.sub(lambda m: self._dotted_initials(m, subject), text)
            text = LONE_INITIAL_RE.sub(lambda m: self._lone_initial(m, subject), text)
        if self._initials and CAPITALS_RE.search(text):
            text = BARE_INITIALS_RE.sub(lambda m: self._bare_initials(m, subject), text)
        if self._initials and "\n" in text:
            text = SIGNED_INITIALS_RE.sub(lambda m: self._signed_initials(m, subject), text)
        if self._initials:
            text = SIGNED_INITIAL_RE.sub(lambda m: self._signed_initial(m, subject), text)
            text = LOWER_INITIALS_RE.sub(lambda m: self._lower_initials(m, subject), text)
        if "~" in text:
            text = LATEX_TIE_RE.sub(" ", text)  # "\author{J.~Doe}": TeX's unbreakable space
        if "-" in text and "\n" in text:
            text = LINE_BREAK_HYPHEN_RE.sub(self._rejoin, text)
        lower = text.lower()
        words = [word.strip(SPLIT_STRIP) for word in (lower if lower.isascii() else fold(lower)).split()]
        if self._may_name_someone(words):
            text = self._names(text, subject)
            if "[" in text:
                text = NAMED_EMAIL_RE.sub(EMAIL, text)
        return outsiders.replace(text, NAME, words)

    def _may_name_someone(self, words: list[str]) -> bool:
        """A cheap first look (no regular expression): does any word, or piece of one, hold a
        part of a roster name?"""
        parts = self._parts
        if not parts.keys().isdisjoint(words):
            return True
        for word in words:
            if word.endswith("s") and word[:-1] in parts:
                return True
            if self._near and len(word) >= MISSPELT_MIN - 1 and self._misspelt(apostrophe_stem(word)):
                return True  # "okafur"; only a capitalised one is taken for the name
            if word.isalpha():
                continue
            if (
                apostrophe_stem(word) in parts  # "grace's", "will'll"
                or any(piece in parts for piece in NON_WORD_RE.split(word.replace("'s", "")) + [_letters(word)])
            ):
                return True
        return False

    def _obfuscated_email(self, match: re.Match) -> str:
        """ "jdoe AT school DOT edu" is an address; "look at school.edu" is not (the local part of a
        spelled-out "at" must not be an ordinary word)."""
        local = match.group("local")
        if match.group("at").strip().lower() == "at" and _is_word(local.lower(), english_words()):
            return match.group(0)
        return EMAIL

    def _users_in(self, text: str) -> set[str]:
        letters = _letters(text)
        if not letters or self._users_re is None:
            return EMPTY
        return {key for form in self._users_re.findall(letters) for key in self._users[form]}

    def _user_keys(self, name: str) -> set[str]:
        """The people a user name stands for: one made of their name ("jdoe") or a part of it."""
        return self._users_in(name) or self._parts.get(fold(name), EMPTY)

    def _handle(self, match: re.Match, subject: str | None, name: str | None = None) -> str:
        """ "@jdoe", or a Discord name "jane#4141" (``name``: "jane"): the whole handle goes."""
        name = match.group(0)[1:] if name is None else name
        keys = self._user_keys(name)
        return self._placeholder(keys, subject) if keys else match.group(0)

    def _hashtag(self, match: re.Match, subject: str | None) -> str:
        """A hashtag holding a roster name: a user name ("#ameliabrowncodes") or a capitalised
        piece ("#TeamLeila")."""
        tag = match.group(1)
        keys = self._users_in(tag)
        for piece in CAMEL_PIECE_RE.findall(tag) if not keys else ():
            keys = self._parts.get(fold(piece), EMPTY) - {ID}
            if keys:
                break
        return self._placeholder(keys, subject) if keys else match.group(0)

    def _user_folder(self, match: re.Match, subject: str | None) -> str:
        """A roster name as the user folder of a path: "C:\\Users\\victoria\\Desktop"."""
        folder = match.group(1)
        keys = self._user_keys(folder)
        return (
            match.group(0)[: match.start(1) - match.start()] + self._placeholder(keys, subject)
            if keys
            else match.group(0)
        )

    def _id(self, match: re.Match, subject: str | None = None) -> str:
        token = match.group(0)
        if token.lower() in self._ids or ID_LIKE_RE.fullmatch(token):
            return ID
        pieces = ID_PIECE_RE.split(token)
        if len(pieces) > 1 and any(piece.lower() in self._ids for piece in pieces):
            # A file name with the id: "2438744_lab3_report.pdf"
            return "".join(ID if piece.lower() in self._ids else piece for piece in re.split(r"([._-])", token))
        before = match.string[max(0, match.start() - 20) : match.start()]
        if len(DIGIT_RE.findall(token)) >= 6 and ID_CONTEXT_RE.search(before):
            return ID  # "Student ID: 20241187", "matric no. 4471920"
        keys = self._users_in(token)
        return self._placeholder(keys, subject) if keys else token

    def _dotted_initials(self, match: re.Match, subject: str | None) -> str:
        """ "R.D." where a roster person's initials are R. D.; not abbreviations ("U.S.", "A.I.")."""
        pair = (match.group(1) + match.group(2)).lower()
        keys = self._initials.get(pair)
        if not keys or pair in ABBREVIATIONS:
            return match.group(0)
        return self._placeholder(keys, subject)

    def _lone_initial(self, match: re.Match, subject: str | None) -> str:
        """ "when J. touched it": a roster given name's initial after a lower-case word (not a
        surname: "Doe G. wrote it"), before a verb."""
        previous = match.string[max(0, match.start() - 40) : match.start()].rsplit(None, 1)[-1]  # not the whole text
        if not previous.islower() or previous in WORD_BEFORE or not acts([match.group(2)]):
            return match.group(0)
        keys = self._given_initial(match.group(1))
        return self._placeholder(keys, subject) if keys else match.group(0)

    def _bare_initials(self, match: re.Match, subject: str | None) -> str:
        """ "Presented by AB" where a roster person's initials are A. B.; not abbreviations or
        words ("in JS", "IT"), nor a pair among other capitals ("LAB 4 BY MS JONES")."""
        pair = fold(match.group(0).lower())
        keys = self._initials.get(pair)
        if not keys or pair in CAPITAL_PAIRS:
            return match.group(0)
        text = match.string
        before = text[max(0, match.start() - 12) : match.start()].split()
        after = text[match.end() : match.end() + 12].split()
        around = (w.strip(TRAILING_PUNCT + "()[]:-/#") for w in before[-1:] + after[:1])
        if any(CAPITALS_RE.fullmatch(w) and w not in CODE_MARKERS for w in around):
            return match.group(0)
        # Said to be someone: "by AB", "and AB", "TODO(AB)", "Present: AB, ...", alone on its line.
        previous = fold(before[-1]).strip(TRAILING_PUNCT) if before else ""
        opened = text[match.start() - 1 : match.start()] in ("(", "[") if match.start() else False
        alone = not text[match.end() :].split("\n", 1)[0].strip(" \t.,!") and (
            not before or "\n" in text[match.start() - 1 : match.start()]
        )
        said = previous in INITIALS_BEFORE or previous.upper() in CODE_MARKERS  # "# TODO AB: ..."
        said = said or text.startswith(":", match.end())  # a commenter or speaker: "Comment AB: agree"
        if said or opened or alone or before and before[-1].endswith((",", ":")):
            return self._placeholder(keys, subject)
        return match.group(0)

    def _signed_initials(self, match: re.Match, subject: str | None) -> str:
        """ "...\n\n- jd" at the end, where a roster person's initials are J. D.: a signature."""
        keys = self._initials.get(fold(match.group(2) + match.group(3)))
        return match.group(1) + self._placeholder(keys, subject) if keys else match.group(0)

    def _given_initial(self, letter: str) -> set[str]:
        """The roster people whose given name starts with ``letter``."""
        letter = fold(letter)
        return {key for key, first in self._first.items() if first == letter}

    def _signed_initial(self, match: re.Match, subject: str | None) -> str:
        """ "...moved to Friday. - P." at the end, where a roster given name starts with P."""
        keys = self._given_initial(match.group(2))
        return match.group(1) + self._placeholder(keys, subject) if keys else match.group(0)

    def _lower_initials(self, match: re.Match, subject: str | None) -> str:
        """ "by ao and rh" where roster people's initials are A. O. and R. H.; not a word or an
        abbreviation ("by me", "with js")."""
        pair = fold(match.group(2))
        keys = self._initials.get(pair)
        if not keys or pair in CAPITAL_PAIRS or pair in english_words() or not match.group(2).islower():
            return match.group(0)
        return match.group(1) + self._placeholder(keys, subject)

    def _rejoin(self, match: re.Match) -> str:
        """A name cut by a line-break hyphen ("Castel-\nlano") is put back together."""
        joined = match.group(1) + match.group(2)
        if any(fold(piece) in self._parts for piece in {joined, *joined.split("-")}):
            return joined
        return match.group(0)

    def _placeholder(self, keys: set[str], subject: str | None) -> str:
        if ID in keys:
            return ID
        if subject in keys:
            return STUDENT
        if any(self._roles.get(k) == "instructor" for k in keys):
            return INSTRUCTOR
        return NAME

    def _lookup(self, token: str) -> tuple[set[str], str, str]:
        """(people keys, the part matched, the suffix to keep) for a token, e.g. "Grace's"."""
        normal = fold(token)
        keys = self._parts.get(normal)
        if keys:
            return keys, normal, ""
        if normal.endswith("'s"):
            keys = self._parts.get(normal[:-2])
            if keys:
                return keys, normal[:-2], token[-2:]
        if (stem := apostrophe_stem(normal)) != normal:  # "Will'll", "James'd", "Ayşe'nin"
            keys = self._parts.get(stem)
            if keys:
                return keys, stem, token[len(stem) :]
        if "'" in normal or "-" in normal:  # a user name written with the surname's punctuation: "JO'Brien"
            squeezed = normal.replace("'", "").replace("-", "")
            keys = self._parts.get(squeezed)
            if keys:
                return keys, squeezed, ""
        if len(normal) > 3 and normal.endswith("s"):  # a possessive without its apostrophe: "omars code"
            keys = self._parts.get(normal[:-1])
            if keys and not is_name_word(normal[:-1], token) and not _is_word(normal, english_words()):
                return keys, normal[:-1], ""
        stem = apostrophe_stem(normal)
        if token[:1].isupper() and (near := self._misspelt(stem)):
            return self._parts[near], near, token[len(stem) :]  # "Okafur" for Okafor, "Nakamora's"
        return EMPTY, "", ""

    def _initial(self, token: str, text: str, end: int, keys: set[str], of: dict[str, str] | None = None) -> set[str]:
        """The people among ``keys`` whose given name (or the name in ``of``) starts with ``token``,
        a lone letter written as an initial (capital, or followed by a full stop), not a unit after
        a number ("300 K. Kim wrote")."""
        if (
            len(token) != 1
            or not (token.isupper() or text[end : end + 1] == ".")
            or _ends_before(UNIT_AFTER_RE, text, end)
        ):
            return EMPTY
        letter = fold(token)
        initials = self._first if of is None else of
        return {key for key in keys if initials.get(key) == letter}

    def _names(self, text: str, subject: str | None) -> str:
        tokens = list(WORD_RE.finditer(text))
        out, cursor, done_until = [], 0, -1
        confirmed: set[str] = set()  # the parts this text has already used as names, in lower case
        for i, match in enumerate(tokens):
            if i <= done_until:
                continue
            word = match.group()
            if (famous_end := self._famous_name_ends(tokens, i)) >= 0:
                done_until = famous_end
                continue
            keys, part, suffix = self._lookup(word)
            if (
                not keys
                and word[:1].isupper()
                and word.endswith("s")
                and text[match.end() : match.end() + 1] in ("'", "’")
            ):
                keys = self._lookup(word[:-1])[0] - {ID}  # a family: "at the Whites' house"
                if keys:
                    out.append(text[cursor : match.start()] + self._placeholder(keys, subject))
                    cursor = match.end()
                    continue
            if not keys:
                if "-" in word and not self._eponym_pair(word, tokens, i):
                    out.append(text[cursor : match.start()] + self._hyphenated(match, subject))
                    cursor = match.end()
                continue
            if ID in keys:
                out.append(text[cursor : match.start()] + ID)
                cursor = match.end()
                continue
            start, run_keys, named = i, keys, 0
            if i > 0 and GAP_RE.fullmatch(text[tokens[i - 1].end() : match.start()]):
                before = self._initial(tokens[i - 1].group(), text, tokens[i - 1].end(), keys)
                if before and tokens[i - 1].start() >= cursor:
                    start, run_keys, named = i - 1, before, 1
            run_end, run_suffix, run_parts = i, suffix, {part}
            while run_end + 1 < len(tokens) and not run_suffix:
                following = tokens[run_end + 1]
                if not GAP_RE.fullmatch(text[tokens[run_end].end() : following.start()]):
                    break
                next_keys, next_part, next_suffix = self._lookup(following.group())
                if next_keys and run_keys & next_keys and next_part not in run_parts:
                    run_keys, run_suffix = run_keys & next_keys, next_suffix
                    run_parts.add(next_part)
                elif (
                    (initial := self._initial(following.group(), text, following.end(), run_keys))
                    or (initial := self._initial(following.group(), text, following.end(), run_keys, self._last))
                ) and INITIAL_END_RE.match(text, following.end()):
                    run_keys, named = initial, 1
                else:
                    break
                run_end += 1
            if not named and len(run_parts) == 1 and self._after_another_initial(text, tokens, i, run_keys):
                done_until = run_end
                continue
            if (
                len(run_parts) + named > 1
                or word in confirmed
                and self._named_again(text, tokens, i)
                or self._is_name(match, part, suffix, text, tokens, i)
            ):
                if word.islower():
                    confirmed.add(word)
                out.append(text[cursor : tokens[start].start()] + self._placeholder(run_keys, subject) + run_suffix)
                cursor = tokens[run_end].end()
            done_until = run_end
        out.append(text[cursor:])
        return "".join(out)

    def _after_another_initial(self, text, tokens, i, keys) -> bool:
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
            and all(self._first.get(key) != fold(letter) for key in keys)
        )

    @staticmethod
    def _named_again(text, tokens, i) -> bool:
        """A name the text has written in lower case, again where a name fits: before a verb ("me
        and will dropped it and will filmed it") or ending a sentence ("feedback for ray: ... tho ray.")."""
        if acts([fold(t.group()) for t in tokens[i + 1 : i + 3]]):
            return True
        previous = fold(tokens[i - 1].group()) if i else ""
        return text[tokens[i].end() : tokens[i].end() + 1] in ("", ".", "!", "?") and previous not in WORD_BEFORE

    def _eponym_pair(self, word: str, tokens, i) -> bool:
        """Two capitalised surnames, one not on the roster, before a noun such as "tube" or "test":
        "a Geiger-Müller tube", "the Hardy-Weinberg equation"."""
        pieces = word.split("-")
        return (
            len(pieces) == 2
            and all(piece[:1].isupper() for piece in pieces)
            and not all(self._lookup(piece)[0] for piece in pieces)
            and self._names_a_method(tokens, i)
        )

    def _hyphenated(self, match: re.Match, subject: str | None) -> str:
        """A compound such as "Grace-like" or "Smith-style": check each piece on its own (a
        name-word in capitals is the word there: "HUNTER-GATHERERS")."""
        pieces = match.group(0).split("-")
        replaced = []
        for piece in pieces:
            keys, part, _ = self._lookup(piece)
            if keys and (not is_name_word(part, piece) or piece[:1].isupper() and not piece.isupper()):
                replaced.append(self._placeholder(keys, subject))
            else:
                replaced.append(piece)
        return "-".join(replaced)

    def _is_name(self, match, part, suffix, text, tokens, i, paired=False) -> bool:
        """A single token that is a name part: is it used as a name here?"""
        if suffix and self._names_a_method(tokens, i, EPONYM_NOUNS if part not in self._given else EPONYM_LAWS):
            return False  # "Fisher's exact test", "Bellman's equation", "Graham's law"
        before = [fold(t.group()) for t in tokens[max(0, i - 2) : i]]
        article = before[-1:] in (["the"], ["a"], ["an"])
        if not suffix and article and i + 1 < len(tokens) and fold(tokens[i + 1].group()) in EPONYM_NOUNS:
            return False  # "the Taylor series", "a Petri dish"
        saint = before[-1:] and before[-1] in SAINTS and tokens[i - 1].group()[:1].isupper()
        if saint and text[tokens[i - 1].end() : match.start()] in (" ", ". "):
            return False  # a place: "San José", "Santa Clara", "São Paulo"
        if part in MONTHS_AND_SEASONS and _ends_before(DAY_BEFORE_RE, text, match.start()):
            return False  # a date: "3 June", "21st June"
        if not suffix and REGNAL_RE.match(text, match.end()):
            return False  # a monarch: "Elizabeth I never married", "Henry VIII"
        if not suffix and part in PLACE_NAMES and names_a_place(before):
            return False  # "the conference was in Austin", "I moved here from Georgia"
        if not suffix and part in PRODUCTS and before[-1:] and before[-1] in WORD_BEFORE:
            return False  # "compared a Mercedes and a Ford"
        if self._titled_or_placed(text, tokens, i):
            return False  # "Lake Victoria", "Victoria station", "Hurricane Harvey", "Queen Victoria"
        if match.group(0).islower() and self._foreign_word(text, tokens, i):
            return False  # "la velocidad de la luz", "Das Thema ist ernst"
        if not is_name_word(part, match.group(0)) or self._speaks(text, match):
            return True  # a speaker or an author opening a line: "JUNE: GOOD MORNING", "summer here, ..."
        token = match.group(0)
        after = [fold(t.group()) for t in tokens[i + 1 : i + 3]]
        if i and any(c in text[tokens[i - 1].end() : match.start()] for c in ".:;!?"):
            before = []  # the words before belong to another sentence or a label: "asked: will it stop?"
        previous = before[-1] if before else ""
        following = after[0] if after else ""
        if (
            len(before) == 2
            and " ".join(before) in NAME_BEFORE
            or self._signs_off(text, tokens, i)
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
            for j, joint in ((i - 2, i - 1), (i + 2, i + 1)):
                if 0 <= j < len(tokens) and tokens[joint].group().lower() in ("and", "or", "&"):
                    keys, other, other_suffix = self._lookup(tokens[j].group())
                    if keys and ID not in keys and self._is_name(tokens[j], other, other_suffix, text, tokens, j, True):
                        return True  # "asked sandy and grace": one name makes the other one too
            if part in self._given and self._ampersand_given_name(text, tokens, i):
                return True  # "JACK & AUTUMN - LAB 4"
        strong = (
            previous in NAME_BEFORE
            and not (previous in ("partner", "name") and part in ("will", "may"))
            or " ".join(before) in NAME_BEFORE
            or (after[0] if after else "") in NAME_AFTER
            or " ".join(after) in NAME_AFTER
            or self._beside_a_name(tokens, i)
            or after[:1] == ["[email]"]
            and not text[match.end() : tokens[i + 1].start()].strip()  # "rebecca [EMAIL]": its first part
            or self._alone_on_line(text, match)
            and not text[match.end() :].strip()
        )
        shouting = (
            token.isupper()
            and len(token) > 1
            and any(t.group().isupper() and len(t.group()) > 1 for t in tokens[max(0, i - 1) : i + 2] if t is not match)
        )
        if shouting and previous in ("from", "by") and part not in MONTHS_AND_SEASONS:
            return True  # a header: "NOTE FROM GRACE", "ANSWER BY MARK"
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
                and self._alone_on_line(text, match)
                or not shouting
                and self._opens_sentence(text, match, ".!?:;\n,")
                and (following in NAME_VERBS and following != "and" or following in NAME_AFTER)
            )  # "king got the same answer as me", "[NAME] did the poster, amber did nothing"
        if strong:
            return True
        rest = text[match.end() : match.end() + 12].lstrip(" \t")
        if rest[:1].isdigit() or after[:1] == ["of"]:
            return False
        if not self._opens_sentence(text, match):
            return True
        if self._alone_on_line(text, match) or text[match.end() : match.end() + 1] == ":":
            return True  # a sign-off, a heading with a name, a speaker: "Faith: I think ..."
        if text[match.end() : match.end() + 1] == "," and following in ("you", "your", "i"):
            return True  # spoken to: "Nick, your speech was funny", "Will, I think you can get an A"
        if following == part and tokens[i + 1].group().islower():
            return True  # the name before its word: "Will will email the tutor"
        if following in ORDINARY_FOLLOWERS:
            return False
        if following == "and":  # "Grace and I", "Grace and Priya"; not "Art and science"
            joined = tokens[i + 2].group() if i + 2 < len(tokens) else ""
            return joined.lower() in ("i", "me") or joined[:1].isupper() or bool(self._lookup(joined)[0])
        if following.endswith("s") and not following.endswith(("ss", "us", "is")):
            # "Grace thinks the ..." is a name; "Grace periods are short" is a noun phrase
            return (after[1] if len(after) > 1 else "") not in AUXILIARIES
        return following in NAME_VERBS or following.endswith("ed") or text[match.end() : match.end() + 1] == ","

    @staticmethod
    def _titled_or_placed(text, tokens, i) -> bool:
        """After a place's or a storm's word or a rank in the same sentence ("Lake", "Hurricane",
        "Queen"), or before a place's word ("station", "Springs")."""
        if i + 1 < len(tokens) and text[tokens[i].end() : tokens[i + 1].start()] == " ":
            if fold(tokens[i + 1].group()) in PLACE_AFTER:
                return True
        if not i or any(c in text[tokens[i - 1].end() : tokens[i].start()] for c in ".:;!?\n"):
            return False
        previous = fold(tokens[i - 1].group())
        return previous in PLACE_BEFORE or previous in RANKS and tokens[i - 1].group()[:1].isupper()

    @staticmethod
    def _foreign_word(text, tokens, i) -> bool:
        """A lower-case word after an article of another language ("la pierre"), or beside a word of
        its clause that is not English (before it, or after it when it opens the clause), in a text
        that does not read as English ("Ngày mai", "molto chiara", "que a glória", "umut ediyorum")."""
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
            and not _reads_as_english(tokens)
        )

    @staticmethod
    def _speaks(text, match) -> bool:
        """Opens its line (after quote marks, a bullet or a "[10:42]" time) as a speaker
        ("JUNE: ...", "will: ok") or introduces the writer ("summer here, sorry for ...")."""
        line_start = text.rfind("\n", 0, match.start()) + 1
        lead = SPEAKER_LEAD_RE.match(text, line_start)
        if lead.end() != match.start():
            return False
        rest = text[match.end() : match.end() + 7]
        return rest.startswith(":") and not rest[1:].lstrip()[:1].isdigit() or bool(re.match(r" here\b[,.!]", rest))

    @staticmethod
    def _opens_sentence(text, match, marks=".!?:;\n") -> bool:
        """Opens the text, a list item, or follows one of ``marks`` (with a comma: opens a clause)."""
        j = match.start() - 1
        while j >= 0 and text[j] in " \t\"'“‘(":
            j -= 1
        if j >= 0 and text[j] in "-*•–" and not text[text.rfind("\n", 0, j) + 1 : j].strip():
            return True  # a list item: "- Will we need consent forms?"
        return j < 0 or text[j] in marks

    @staticmethod
    def _names_a_method(tokens, i, nouns=EPONYM_NOUNS) -> bool:
        """Followed, within two words, by a noun such as "theorem" or "test"."""
        return any(fold(t.group()) in nouns for t in tokens[i + 1 : i + 3])

    def _ampersand_given_name(self, text, tokens, i) -> bool:
        """Joined by "&" to another given name on the roster."""
        for j in (i - 1, i + 1):
            if 0 <= j < len(tokens):
                low, high = sorted((i, j))
                if text[tokens[low].end() : tokens[high].start()].strip() == "&":
                    if self._lookup(tokens[j].group())[1] in self._given:
                        return True
        return False

    def _famous_name_ends(self, tokens, i) -> int:
        """The index of the last token of a famous person's full name starting at ``i`` ("Ada
        Lovelace", "Martin Luther King"), or -1."""
        following = fold(tokens[i + 1].group()).removesuffix("'s") if i + 1 < len(tokens) else ""
        if tokens[i].group()[:1].isupper() and following in FAMOUS_SURNAMES and not self._parts.get(following):
            return i + 1  # a given name before a famous surname that is nobody's on the roster: "Nelson Mandela"
        if fold(tokens[i].group()) not in FAMOUS_GIVEN:
            return -1
        for end in range(i + 1, min(i + 4, len(tokens))):
            if " ".join(fold(t.group()) for t in tokens[i : end + 1]).removesuffix("'s") in FAMOUS_FULL_NAMES:
                return end
        return -1

    @staticmethod
    def _signs_off(text, tokens, i) -> bool:
        """The last words of the text, after a sign-off that opens its line: "from rose", "cheers bill"."""
        if i == 0 or text[tokens[i].end() :].strip(" \t\n.,!") or fold(tokens[i - 1].group()) not in SIGN_OFFS:
            return False
        line_start = text.rfind("\n", 0, tokens[i - 1].start()) + 1
        return not text[line_start : tokens[i - 1].start()].strip(" \t-–—")

    @staticmethod
    def _alone_on_line(text, match) -> bool:
        """Alone on its line, or ending it after a dash: "QUESTION 1 - JACK"."""
        line_start, line_end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[match.end() : line_end].strip(" \t.,!"):
            return False
        before = text[line_start : match.start()].rstrip(" \t")
        return not before.strip("-–—") or before.endswith((" -", " –", " —"))

    def _beside_a_name(self, tokens, i) -> bool:
        """Next to a part of another roster name that is not a word ("Grace, Priya and me")."""
        for j in (i - 1, i + 1, i - 2, i + 2):
            if abs(j - i) == 2 and not (0 <= j < len(tokens) and tokens[(i + j) // 2].group().lower() in ("and", "or")):
                continue
            if 0 <= j < len(tokens):
                keys, part, _ = self._lookup(tokens[j].group())
                if (
                    keys
                    and not is_name_word(part, tokens[j].group())
                    or tokens[j].group() in (NAME, STUDENT, INSTRUCTOR)
                ):
                    return True
        return False
