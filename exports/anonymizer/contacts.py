"""Contact details and ids: e-mail addresses (also spelled out or defanged), URLs, phone numbers,
home addresses (addresses.py), handles, hashtags and user folders holding a roster name, student ids and id-like codes."""

from __future__ import annotations

import re

from .addresses import replace_addresses
from .name_words import english_words, is_name_word
from .roster import EMAIL, ID, PHONE, URL, Roster
from .spelling import DIGIT_RE, EMPTY, TRAILING_PUNCT, fold, is_word

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
URL_RE = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"'\])]+"
    r"|(?<![@.])\b(?:[a-z0-9-]++\.(?=[a-z0-9-]))++(?:com|org|net|edu|gov|io|ly|co|uk|de|fr|info|app|dev|tv|gg)\b(?:/[^\s<>\"'\])]*)?",
    re.IGNORECASE,
)
PHONE_RE = re.compile(
    r"(?<![\w.+-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}(?![\w-]|\.\d)"
)
DATE_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
ID_TOKEN_RE = re.compile(r"(?<![\w.-])(?=[A-Za-z._-]*\d)[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?![\w-])")
ID_LIKE_RE = re.compile(r"[A-Za-z]{1,3}-?\d{5,}")
ID_CONTEXT_RE = re.compile(r"(?:\bid|\bnumber|\bno|\bnr|\bmatric\w*|\bstudent)\W{0,3}$", re.IGNORECASE)
SPACED_ID_RE = re.compile(r"(?<![\w.])\d{2,4}(?:[ -]\d{2,5}){1,3}(?![\w.])")  # "My ID is 440 9903"
ID_PIECE_RE = re.compile(r"[._-]")
DEFANGED_RE = re.compile(r"\[([.@])\]|\(([.@])\)|\{([.@])\}")  # "x[.]y[@]uni[.]edu"
HASHTAG_RE = re.compile(r"(?<![\w#&])#([^\W\d_]\w*)")  # "#TeamLeila", "#ameliabrowncodes"
CAMEL_PIECE_RE = re.compile(r"[A-Z][a-z\u00e0-\u00ff]+")
USER_PATH_RE = re.compile(r"(?:\b[A-Za-z]:\\+Users\\+|/Users/|/home/)([^\\/\s\"']+)", re.IGNORECASE)
DISCRIMINATOR_RE = re.compile(r"(?<![\w@#])([^\W\d_][\w.]{1,31})#\d{4}\b")  # a Discord name: "will#3131"
MISREAD_RE = re.compile(r"[A-Za-z]+(?:[0135][A-Za-z]*){1,2}")  # letters with one or two digits among them
MISREAD_LETTERS = (str.maketrans("0135", "oies"), str.maketrans("0135", "oles"))
HANDLE_RE = re.compile(r"(?<![\w@.])@\w(?:[\w.-]*\w)?")  # "@jdoe", "@zoé_12"
TLD = r"(?:com|org|net|edu|gov|io|co|uk|de|fr|ac|ca|au|info|me|us|nl|es|it|ch|se|no|dk|in|jp|br|mx|ie|nz|za)"
PROVIDERS = r"(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|protonmail|proton|aol)"
PROVIDER_RE = re.compile(PROVIDERS + r"\.")
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
# The mailbox of an office, not a person: "admissions@school.org", "it.helpdesk@uni.edu" stay.
ROLE_MAILBOX_WORDS = frozenset(
    """
    admissions admin administration office info information enquiries enquiry inquiries inquiry contact contacts
    support help helpdesk servicedesk reception registrar registry library it hr finance accounts exams examinations
    careers student students services studentservices wellbeing welfare safeguarding attendance noreply no reply
    webmaster postmaster press media sales feedback complaints general hello team department dept school
    """.split()
)
EMAIL_PIECE_RE = re.compile(r"[._+-]")
DOT = r"(?:\s+dot\s+|\s*[\[({<]\s*dot\s*[\])}>]\s*|\s*\.\s*)"
# An address spelled out whose user name was a name, found once the name is replaced:
# "rebecca stone at gmail dot com" -> "[STUDENT] at gmail dot com" or "[STUDENT] [EMAIL]".
NAMED_EMAIL_RE = re.compile(
    r"(?:\[(?:STUDENT|NAME|INSTRUCTOR)\][ \t._-]*){1,3}(?:(?:\s+at\s+|\s*[\[({<]\s*at\s*[\])}>]\s*)"
    r"(?:" + PROVIDERS + r"\b(?:" + DOT + r"[\w-]+){0,3}|[\w-]+(?:" + DOT + r"[\w-]+){0,3}" + DOT + TLD + r"\b)"
    r"|\[EMAIL\])",
    re.IGNORECASE,
)


def replace_contacts(text: str, roster: Roster, subject: str | None) -> str:
    """Addresses, links, handles, user folders, phone numbers and ids, each checked only where
    the text holds the character it needs."""
    if "[" in text or "(" in text or "{" in text:
        text = DEFANGED_RE.sub(lambda m: m.group(1) or m.group(2) or m.group(3), text)
    lower = text.lower()
    if ("@" in lower or "dot" in lower or "at" in lower) and OBFUSCATION_HINT_RE.search(lower):
        text = OBFUSCATED_EMAIL_RE.sub(_obfuscated_email, text)
    if "@" in text:
        text = EMAIL_RE.sub(_email, text)
    if "." in text:
        text = URL_RE.sub(_url, text)
    if "@" in text:
        text = HANDLE_RE.sub(lambda m: _handle(m, roster, subject), text)
    if "#" in text:
        text = DISCRIMINATOR_RE.sub(lambda m: _handle(m, roster, subject, m.group(1)), text)
        text = HASHTAG_RE.sub(lambda m: _hashtag(m, roster, subject), text)
    if "\\" in text or "/" in text:
        text = USER_PATH_RE.sub(lambda m: _user_folder(m, roster, subject), text)
    if DIGIT_RE.search(text):
        text = replace_addresses(text)
        text = SPACED_ID_RE.sub(lambda m: ID if re.sub(r"\D", "", m.group(0)) in roster.ids else m.group(0), text)
        text = PHONE_RE.sub(_phone, text)
        text = ID_TOKEN_RE.sub(lambda m: _id(m, roster, subject), text)
    return text


def _email(match: re.Match) -> str:
    """[EMAIL], unless the address is an office's at a domain of its own (not a mail provider's)."""
    local, domain = match.group(0).lower().split("@", 1)
    if all(piece in ROLE_MAILBOX_WORDS for piece in EMAIL_PIECE_RE.split(local)) and not PROVIDER_RE.match(domain):
        return match.group(0)
    return EMAIL


def replace_named_emails(text: str) -> str:
    return NAMED_EMAIL_RE.sub(EMAIL, text)


def _url(match: re.Match) -> str:
    text = match.group(0)
    stripped = text.rstrip(TRAILING_PUNCT)
    return URL + text[len(stripped) :]


def _phone(match: re.Match) -> str:
    """Keep number runs that are not phones: decimals, dates, year ranges, short lists. Groups
    of five or six digits are phones only after a country code or a trunk prefix ("+44 7700
    900154", "07700 923312")."""
    text = match.group(0)
    groups = re.findall(r"\d+", text)
    digits = sum(len(g) for g in groups)
    if not 7 <= digits <= 15 or DATE_RE.fullmatch(text):
        return text
    if len(groups) == 1:
        return PHONE if digits >= 10 else text
    dialled = text[0] == "+" or text[0] == "0" and len(groups[0]) >= 3 and digits >= 10
    longest = 6 if dialled else 4
    if any(len(g) > longest for g in groups[1:]) or (len(groups) == 2 and len(groups[0]) == len(groups[1]) == 4):
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


def _obfuscated_email(match: re.Match) -> str:
    """ "jdoe AT school DOT edu" is an address; "look at school.edu" is not (the local part of a
    spelled-out "at" must not be an ordinary word)."""
    local = match.group("local")
    if match.group("at").strip().lower() == "at" and is_word(local.lower(), english_words()):
        return match.group(0)
    return EMAIL


def _handle(match: re.Match, roster: Roster, subject: str | None, name: str | None = None) -> str:
    """ "@jdoe", or a Discord name "jane#4141" (``name``: "jane"): the whole handle goes."""
    name = match.group(0)[1:] if name is None else name
    keys = roster.user_keys(name)
    return roster.placeholder(keys, subject) if keys else match.group(0)


def _hashtag(match: re.Match, roster: Roster, subject: str | None) -> str:
    """A hashtag holding a roster name: a user name ("#ameliabrowncodes") or a capitalised
    piece ("#TeamLeila")."""
    tag = match.group(1)
    keys = roster.users_in(tag)
    for piece in CAMEL_PIECE_RE.findall(tag) if not keys else ():
        keys = roster.parts.get(fold(piece), EMPTY) - {ID}
        if keys:
            break
    return roster.placeholder(keys, subject) if keys else match.group(0)


def _user_folder(match: re.Match, roster: Roster, subject: str | None) -> str:
    """A roster name as the user folder of a path: "C:\\Users\\victoria\\Desktop"."""
    folder = match.group(1)
    keys = roster.user_keys(folder)
    return (
        match.group(0)[: match.start(1) - match.start()] + roster.placeholder(keys, subject) if keys else match.group(0)
    )


def _id(match: re.Match, roster: Roster, subject: str | None) -> str:
    token = match.group(0)
    if token.lower() in roster.ids or ID_LIKE_RE.fullmatch(token):
        return ID
    pieces = ID_PIECE_RE.split(token)
    if len(pieces) > 1 and any(piece.lower() in roster.ids for piece in pieces):
        # A file name with the id: "2438744_lab3_report.pdf"
        return "".join(ID if piece.lower() in roster.ids else piece for piece in re.split(r"([._-])", token))
    before = match.string[max(0, match.start() - 20) : match.start()]
    if len(DIGIT_RE.findall(token)) >= 6 and ID_CONTEXT_RE.search(before):
        return ID  # "Student ID: 20241187", "matric no. 4471920"
    keys = roster.users_in(token) or _misread_name(token, roster)
    return roster.placeholder(keys, subject) if keys else token


def _misread_name(token: str, roster: Roster) -> set[str]:
    """A roster name with letters written or scanned as the digits they look like ("Ch1di Okaf0r")."""
    if not MISREAD_RE.fullmatch(token):
        return EMPTY
    for letters_for_digits in MISREAD_LETTERS:
        form = fold(token.translate(letters_for_digits))
        if len(form) >= 4 and not is_name_word(form, form) and (keys := roster.parts.get(form, EMPTY) - {ID}):
            return keys
    return EMPTY
