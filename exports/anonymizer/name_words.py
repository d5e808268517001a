"""Given names and surnames that are also ordinary English words.

For these the anonymizer is careful: it replaces them only when written as a name
(capitalised, not opening a sentence as an ordinary word would) or as part of the person's
full name. Every other name part is replaced in any case. Add to this list, never shrink it.
"""

import functools
import re

NAME_WORDS = frozenset(
    """
    ace amber angel april archer art ash august autumn baker banks baron basil bay bell best bill bird bishop
    black blaze bob bond brandy brook brooks brown buck bush candy carter case cash chance chase chip church
    clay cliff cole colt cook crane cross crystal daisy dale dash dawn day dean destiny dick don drake duke
    dusty earl faith fair field fisher ford forest fox frank gay gene ginger glen glory gill grace grant gray
    green grey guy hall happy hardy harmony hart hazel heath heather holly honor hope hunter iris ivy jack
    jade jay joy june justice kitty king knight lamb lane law lee liberty lily link little long lucky major
    mark marsh mason max may melody miles mint misty moon noble olive page parks pat pearl peg penny pierce
    porter power price prince rain ray reed rich rivers river rob robin rock rocky rod rose royal ruby rusty
    sage sandy sharp short sky small sol spring star sterling stone storm story strong sue summer sunny swift
    tank tiny trace trinity victor violet wade walker waters white will willow winter wise wolf wood wren young
    nick rick dot bert kit cat kay gail sam ted nat val al drew norm cam dom
    mike joe patience prudence charity mercy constance verity felicity poppy jasmine fern ada alexa julia
    siri victoria georgia austin jordan florence paris sydney chelsea madison
    carol rowan marina aurora paddy
    """.split()
)

# Words after which a sentence-opening "Will", "Mark" or "Bill" is the ordinary word
# ("Will the loop stop?", "Mark the answer", "Hope is not a plan"), not a name ("Will explained ...").
ORDINARY_FOLLOWERS = frozenset(
    """
    a all an any at be both down each every for have he her him his i in it its me more my no not of off on
    one our out she some that the their them there these they this those to up us we with you your
    is was are were has had does can could would should must might shall of
    """.split()
)

# Context that makes a name-word a name even in lower case: the one or two words just before
# it ("i'm faith", "my partner is mark", "hi grace") or just after it ("mark and i", "grace said").
# "thanks to Tariq", "shoutout to Maeve": after these and "to" a person-like word is a person.
GRATEFUL = frozenset("thanks thank grateful shoutout shout".split())
NAME_BEFORE = frozenset(
    [
        "i'm",
        "im",
        "i’m",
        "i am",
        "name is",
        "name",
        "partner is",
        "partner",
        "this is",
        "thanks",
        "thx",
        "thank you",
        "cheers",
        "hi",
        "hey",
        "hello",
        "dear",
        "me and",
        "signed",
        "asked",
        "ask",
        "hey it's",
        "hey its",
        "hi it's",
        "hi its",
        "hello it's",
        "hello its",
        "me n",
        "me &",
        "good luck",
        "well done",
        *"llamo llama chamo chama chiamo chiama m'appelle t'appelles s'appelle heisse heisst".split(),  # "se llama kwame"
        *(f"{word} to" for word in GRATEFUL),  # "shoutout to bill"
    ]
)
NAME_AFTER = frozenset(
    """
    said says told wrote thinks thought helped explained suggested agreed disagreed replied mentioned showed
    """.split()
) | {"and i", "and me", "was right", "is right", "was wrong", "is wrong"}
# After a sentence-opening name-word, these make it a name ("Grace found the bug"), as do past
# tenses in -ed, verbs in -s, "and" and a comma.
NAME_VERBS = frozenset(
    """
    found wrote said told made took gave got did had went came saw thought knew ran built chose drew forgot
    left lost meant met paid put read sent set sat spent stood taught understood won kept brought bought
    caught felt held heard led and
    """.split()
)
# Before "<these> by" a name-word is a name, even a month ("written by June").
AUTHORED = frozenset(
    """
    written submitted answered prepared done made created signed checked reviewed fixed edited updated taken
    presented led coded drawn typed recorded compiled translated proofread organised organized
    """.split()
)
# Before "<label>:" a name-word is a name ("Partner: grace", "TO: MARK").
LABELS = frozenset(
    "to from by for cc name names partner partners student students author authors team members reviewer "
    "accepted tentative declined organizer organiser attendee invitee apologies chair scorer umpire judge borrower "
    "speaker captain signed countersigned group interviewer interviewee".split()
)
# After "<name-word> <word>s" these make the pair a noun phrase ("Grace periods are short", "Carol
# singers came round"): auxiliaries and past tenses that no verb in -s is followed by.
AUXILIARIES = frozenset(
    "are were is was have had do did can could will would should must may might get came went fell grew sat stood "
    "ran flew gave took made kept".split()
)
# Before these a capitalised name-word is the word ("the Bill of Rights", "an Art", "this Summer");
# before the second set only a month or season is ("in June", "by Summer").
WORD_BEFORE = frozenset("the a an this that these those every each some any no our your their its".split())
TIME_BEFORE = frozenset("in on at until till since during before after from by next last early late mid".split())
# Before or after these a capitalised name-word is a place: "Lake Victoria", "Victoria station".
PLACE_BEFORE = frozenset(
    "lake mount mt port fort cape saint st san santa são sao santo storm hurricane typhoon".split()
)
PLACE_AFTER = frozenset(
    "station street road avenue river lake park league airport bridge square county city state falls line springs".split()
)
# Capitalised after a name, these make it an institution's name: "Leeds Beckett University", "Harlow Council".
INSTITUTIONS = frozenset(
    "university college school academy council library hospital museum institute cathedral stadium".split()
)
# After these a capitalised name is a monarch or a peer of history or fiction: "Queen Victoria", "Prince Albert".
RANKS = frozenset("queen king prince princess lord lady emperor empress pope tsar tsarina duke duchess".split())
# Words that show a text is (in part) English (some are words of other languages too: such a
# text is then taken for English, which only costs a word kept by the rule that needs none).
ENGLISH_MARKERS = frozenset(
    "the and are of you with for that this my have not but is it on at be by an or if we to was then".split()
)  # not "a", "i" or "in": Italian, Portuguese and Spanish have them too
# Greetings and thanks of other languages: a lower-case word after one is a name ("gracias juan").
FOREIGN_GREETINGS = frozenset(
    "gracias hola merci salut bonjour danke hallo grazie ciao obrigado obrigada oi dziękuję dzięki cześć".split()
)
# Articles of other languages: after one a lower-case roster name is a word ("la luz", "la pierre").
FOREIGN_ARTICLES = frozenset("la le les el los las lo il gli un una une uno der die das dem den ein eine".split())
MONTHS_AND_SEASONS = frozenset("april may june august summer winter autumn spring fall".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())  # Faker has "Sunday"
# Capitalised, and missing from the word list: never a person's name by their form alone.
CALENDAR = WEEKDAYS | frozenset(
    "january february march april may june july august september october november december".split()
)
# After a monarch's name: "Elizabeth II", "Henry VIII"; "Elizabeth I" only before these words; or
# an epithet: "Alexander the Great", "Ivan the Terrible", "William the Conqueror".
REGNAL_RE = re.compile(
    r" (?:I[IVX]|[VX]I{0,3}|I(?= (?:of|never|ruled|reigned|died|became|married)\b|['’]s\b|[.,;:)])"
    r"|the (?:Great|Terrible|Conqueror|Confessor|Magnificent|Impaler|Navigator|Lawgiver|Elder|Younger|Wise|Bold"
    r"|Pious|Unready|Fair|Just|Lionheart|Apostate|Venerable)(?!['’]?[\w-]))\b"
)
# A historical figure named by a place: "Catherine of Aragon", "Anne of Cleves", "Eleanor of Aquitaine".
OF_PLACE_RE = re.compile(r" of ([A-Z][a-z]{2,})\b(?!['’])")
# Given names that are also places: after "in", "near", "visited", "moved to/from" they are the place
# ("the conference was in Austin", "I moved here from Georgia"), elsewhere the person.
PLACE_NAMES = frozenset(
    """
    georgia austin jordan florence victoria sydney adelaide madison charlotte savannah dallas phoenix chelsea
    paris london india asia israel kenya lincoln washington houston denver cairo helena regina orlando memphis
    eugene tyler troy aurora virginia carolina dakota montana nevada indiana alexandria brooklyn camden chester
    devon eden hampton kent lorraine lourdes lyon medina monroe odessa raleigh sienna siena vienna york
    sofia skye
    """.split()
)
PLACE_PREPOSITIONS = frozenset("in near visited visiting outside around across".split())
MOVES = frozenset(
    "moved move moving came come flew fly drove travelled traveled went here back trip relocated been".split()
)


def apostrophe_stem(word: str) -> str:
    """A lower-case word without a possessive or another short ending after an apostrophe
    ("grace's", "will'll", "james'd", Turkish "fatima'e"), or the word itself ("o'brien")."""
    cut = word.find("'")
    return word[:cut] if cut > 1 and len(word) - cut <= 4 else word


def acts(after: list[str]) -> bool:
    """The words after a name make it a verb's subject: "found", "filmed", "is dropping", "were
    talking"."""
    following = after[0] if after else ""
    if following in ("is", "was", "are", "were") and len(after) > 1:
        return after[1].endswith("ing")
    return following in NAME_VERBS and following != "and" or following.endswith("ed")


def of_a_place(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by "of" and a place that is no word nor given name."""
    match = OF_PLACE_RE.match(text, end)
    if match is None:
        return False
    place = match.group(1).lower()
    return place not in english_words() and place not in given_names()


def names_a_place(before: list[str]) -> bool:
    """Do the two words before a name-like word make it a place ("in Austin", "moved to Sofia")?"""
    previous = before[-1] if before else ""
    return previous in PLACE_PREPOSITIONS or previous in ("from", "to") and before[:1] != [] and before[0] in MOVES


# Who a person not on the roster is to the writer: "my mom Linda", "my friend carlos".
RELATIONS = frozenset(
    """
    mom mum mother dad father parent parents brother sister sibling son daughter wife husband
    boyfriend girlfriend fiance fiancee partner friend friends roommate roomate flatmate housemate
    cousin aunt uncle grandma grandmother grandpa grandfather granny nan nana niece nephew
    neighbor neighbour tutor mentor coach boss manager colleague coworker classmate teammate
    babysitter stepmom stepdad stepmother stepfather godmother godfather buddy pal bestie
    client tutee mentee interviewee penpal twin ex therapist counsellor counselor carer psychologist
    abuela abuelo tia tio hermana hermano madre padre oma opa
    """.split()
)
# Step-family written as one word: "my stepmum rashid", "my stepsister Keiko".
RELATIONS |= frozenset(
    "step" + kin for kin in "mom mum mother dad father parent brother sister son daughter sibling".split()
)
TITLES = frozenset(
    "mr mrs ms mx dr prof professor sir madam madame aunt uncle auntie coach frau herr senora senor sra mme "
    "profesora profesor professeur professeure maestra maestro lehrer lehrerin sensei grandma grandpa granny grandad "
    "nana nan".split()
)
SIGN_OFFS = frozenset("thanks thank cheers regards best sincerely love yours signed from by".split())
# Capitalised words that open or join phrases, never a name after a relation or title.
NOT_NAMES = frozenset(
    """
    i a an the and or but so if then when who whom whose which that this these those is was are were
    be been has have had do does did will would can could should may might must not no yes my our your
    his her their its he she they we you it me him them us also too just only very here there said says
    told helped who's what where why how all both each every some any one two three
    im ive its it's dont cant wont didnt doesnt isnt thats whats ur u pls plz thx ok okay lol btw tbh idk
    """.split()
)


@functools.cache
def english_words() -> frozenset[str]:
    """Ordinary English words: the lower-case entries of Webster's Second (web2, public domain,
    shipped by the english-words package), which leaves out proper names ("Linda", "Carlos"),
    with the British spellings of its American "-or" and "-ter" words ("favour", "centre").
    Loaded once per process, on first use (~0.1 s, ~20 MB)."""
    from english_words import get_english_words_set

    american = [word for word in get_english_words_set(["web2"]) if word.islower()]
    british = [
        word[:-2] + "our" if word.endswith("or") else word[:-2] + "re"
        for word in american
        if len(word) >= 5 and (word.endswith("or") and not word.endswith("oor") or word.endswith("ter"))
    ]
    return frozenset(american + british)


def is_name_word(part: str, written: str) -> bool:
    """A name part (lower case, folded) that is also an ordinary word, as ``written`` in the text:
    one of NAME_WORDS, or, written in lower case, any word of ``english_words`` ("sang a carol",
    "the rowan berries", "a flooded paddy"). Such a part is replaced only where the text uses it
    as a name. A capitalised "Carol" or "Amelia" that is not in NAME_WORDS is always a name: the
    word list holds many rare words that are common names ("amelia", "silva"). A plural of a word
    of four letters or more counts too ("burns", "wells"; not "ines")."""
    if part in NAME_WORDS:
        return True
    words = english_words()
    return written.islower() and (part in words or len(part) > 4 and part.endswith("s") and part[:-1] in words)


@functools.cache
def given_names() -> frozenset[str]:
    """Given names from many countries that are not ordinary English words, in lower case: the
    person lists of Faker (MIT, from PyPI; ~31,000 given names of 86 locales, Latin, Cyrillic,
    Greek and other scripts), less the words of ``english_words`` ("Will", "Mark", "Grace" are
    handled as name-words, by context, and so are places and months: "Georgia", "April"). A capitalised one of these names a person wherever it
    stands ("Linda Ivanova (visitor)", "Opposition: Hiroshi and Aisha"). Loaded once per process
    (~0.3 s)."""
    import importlib

    from faker.config import AVAILABLE_LOCALES

    names: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue  # a locale without its own person list
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_romanized_names"):
            listed = provider.__dict__.get(attribute)
            if isinstance(listed, (dict, list, tuple, set, frozenset)):
                names.update(name.lower() for name in listed if isinstance(name, str) and " " not in name)
    words = english_words()
    handled = NAME_WORDS | PLACE_NAMES | MONTHS_AND_SEASONS | WEEKDAYS | NOT_NAMES  # judged by context elsewhere
    return frozenset(
        name
        for name in names
        if len(name) > 2
        and name not in handled
        and name not in words
        and not any(name.endswith(ending) and name[: -len(ending)] in words for ending in ("s", "es", "ed", "ing"))
    )
