"""A hard labelled set for the anonymizer, made from templates and many rosters (seeded, so
the same every run); shared by tests/exports/test_anonymizer.py and bench/anonymizer.py.

In a labelled text ``[[...]]`` marks a personal item that must go and ``{{...}}`` a word that
must stay (a name-word used as a word, a month, a famous name in course content). ``score``
aligns the words of the original with those of the anonymized text: an item is removed when
none of its words is left, a must-stay word is kept when all of its words are.

Splits (templates in anonymizer_templates.py): DEV, used while tuning the anonymizer, and fifteen
held-out sets, each written before the anonymizer it was first measured on and measured once
before anything was fixed from it. Their first measurements (removal / keep) were: HELD_OUT
98.1 % / 100 %, HELD_OUT_B 91.7 % / 89.5 %, HELD_OUT_C 93.6 % / 90.9 %, HELD_OUT_D 93.1 % /
100 %, HELD_OUT_E 91.7 % / 100 %, HELD_OUT_F 79.0 % / 71.1 %. Each was then used to fix what it
showed, so today's figures on them are tuned figures; a fresh set of templates is the only honest
measure of what the next one will find. HELD_OUT_G was written with HELD_OUT_F and was kept out of
tuning and of the tests' targets (UNSEEN) until HELD_OUT_H; measured once after the fixes from
HELD_OUT_F: 85.9 % / 92.2 %. HELD_OUT_H was written blind (without reading the anonymizer) after the
fixes from HELD_OUT_G, and was kept out of tuning and of the tests' targets (UNSEEN) until
HELD_OUT_I; HELD_OUT_G is a tuned set from then on. Measured once, after the fixes from
HELD_OUT_G (which then measured 99.2 % / 96.1 %): 81.7 % / 85.3 % (people not on the roster 44 %,
words that are names 78 % kept). HELD_OUT_I was written blind (without reading the anonymizer)
after the fixes from HELD_OUT_H and is kept out of tuning and of the tests' targets (UNSEEN);
HELD_OUT_H is a tuned set from then on. Measured once, after the fixes from HELD_OUT_H (which then
measured 90.8 % / 90.3 %): 76.8 % / 73.3 % (non-English texts 58 %, people not on the roster 60 %,
lower case 73 %; words that are names 62 % kept, must-stay names beside the same roster name 75 %).
HELD_OUT_J was written blind after the first fixes from HELD_OUT_I (Faker's given names, roster
names that are dictionary words treated as name-words); HELD_OUT_I is a tuned set from then on.
Measured once: 87.0 % / 77.2 % (the code before those fixes: 79.9 % / 74.7 %; people not on the
roster 87 %, initials 55 %, lower case 70 %, all capitals 70 %; words that are names 78 % kept,
must-stay names 70 %); after the rest of the fixes from HELD_OUT_I, not fixed from J: 87.2 % / 77.2 %.
HELD_OUT_K was written blind while the fixes from HELD_OUT_J were made; HELD_OUT_J is a tuned set
from then on (89.6 % / 82.6 % after its fixes). Measured once, after them: 81.2 % / 76.4 % (the code
of the morning of 2026-11-29, before Faker's names: 68.1 % / 77.1 %; initials 47 %, lower case 56 %,
OCR-damaged names 59 %, compound and split surnames 60 %, nicknames 75 %; must-stay names beside the
same roster name 56 % kept). HELD_OUT_L was written blind while the fixes from HELD_OUT_K were made
and is kept out of tuning and of the tests' targets (UNSEEN); HELD_OUT_K is a tuned set from then on
(85.2 % / 78.6 % after its fixes). Measured once, after them: 88.8 % / 84.9 % (that morning's code:
78.8 % / 87.6 %; lower case 61 %, compound surnames 60 %, handles 67 %; must-stay names 77 % kept).
HELD_OUT_L is a tuned set from then on (97.7 % / 89.0 % after its fixes). HELD_OUT_M (173
templates: commit logs, forum threads, transcripts, OCR'd handwriting, file names, inflected Polish and
other non-English names, ships and places that share a student's name) was written blind while the
fixes from HELD_OUT_L were made and is kept out of tuning and of the tests' targets (UNSEEN). Measured
once, after them: 86.5 % / 74.8 % (the code before them: 86.0 % / 74.3 %; initials 39 %, non-English
72 %, compound surnames 73 %, nicknames 77 %; must-stay words 69 % kept, in non-English texts 54 %).
HELD_OUT_M is a tuned set from then on (90.6 % / 82.8 % after its fixes). HELD_OUT_N (166
templates: long essays with names mid-paragraph, group-member lines, peer-assessment forms, oral-exam
transcripts, texts in ten languages with declined names and diminutives, tables, JSON, code and paths,
glued names "#teamPriya" "jake2009", particle surnames; 46 % must-stay items) was written blind while the
fixes from HELD_OUT_M were made and is kept out of tuning and of the tests' targets (UNSEEN). Measured
once, after them: 86.9 % / 70.5 % (initials 57 %, non-English 83 %, lower case 85 %; kept: compound
surnames' look-alikes 33 %, nicknames' words 59 %, must-stay words 64 %).
HELD_OUT_N is a tuned set from then on (87.2 % / 73.6 % after its fixes). HELD_OUT_O (156
templates: everyday short answers mentioning a partner, sibling or tutor, reflections, peer feedback,
e-mails and forum posts, names of many cultures, famous namesakes of students) was written blind while the
fixes from HELD_OUT_N were made and was kept out of tuning and of the tests' targets (UNSEEN) until then.
Measured once, after them: 87.5 % / 74.1 % (initials 69 %, all capitals 67 %, non-English 76 %, compound
surnames 73 %; kept: name-words as words 56 %, must-stay words 67 %). HELD_OUT_O is a tuned set from then
on (94.2 % / 83.9 % after its fixes). HELD_OUT_P (168 templates: lab reports with author lines and cited
authors, speech transcripts, pasted chat logs, phone numbers, home addresses beside institutions, misspelt
roster names, family-name-first and double surnames, roster names that are places or famous people) was
written blind while the fixes from HELD_OUT_O were made and is kept out of tuning and of the tests' targets
(UNSEEN). Measured once, after them: 85.9 % / 74.2 % (home addresses 53 %, misspelt names 73 %, phone
numbers 74 %, lower case 74 %; kept: must-stay words 57 %, name-words as words 65 %, in non-English texts
66 %). HELD_OUT_P is a tuned set from then on (89.9 % / 76.2 % after its fixes). HELD_OUT_Q (163 templates:
short exam answers naming a classmate or parent in passing, peer reviews and contribution tables, journals,
scientists, historical figures and characters who share a student's exact name, public numbers beside students'
own, famous addresses beside a student's) was written blind while the fixes from HELD_OUT_P were made and was
kept out of tuning and of the tests' targets (UNSEEN) until then. Measured once, after them: 89.7 % / 76.7 %
(initials 58 %, misspelt names 69 %, handles 77 %; kept: nicknames' words 38 %, must-stay words 52 %, e-mails
of offices 50 %). HELD_OUT_Q is a tuned set from then on (90.8 % / 80.0 % after its fixes). HELD_OUT_R (173
templates: transcripts in lower case, names spelt letter by letter or as pronounced, apostrophes and hyphens,
students writing of themselves in the third person, reference letters, medical and accessibility notes, group
logs with @mentions, code comments and co-author lines, bibliographies citing a classmate beside real authors,
titles, names in non-Latin scripts, emoji; must-stay programming and science terms that are names: Julia, Ruby,
Kafka, Newton, Eve) was written blind while the fixes from HELD_OUT_Q were made and was kept out of tuning and
of the tests' targets (UNSEEN) until then. Measured once, after them: 84.5 % / 74.8 % (initials 29 %, spelt-out
names 48 %, non-Latin scripts 67 %, outsiders 68 %, home addresses 71 %, third person 74 %; kept: titles 22 %,
must-stay words 50 %, roster names that are words 52 %). HELD_OUT_R is a tuned set from then on (89.9 % / 82.4 %
after its fixes: initials 82 %, spelt-out names 71 %, non-Latin scripts 81 %, outsiders 82 %, third person 90 %;
kept: titles 33 %, must-stay words 70 %, roster names that are words 80 %; home addresses still 71 %).
HELD_OUT_S (166 templates: texting and adult learners' writing, history and literature essays about people and
characters who share a roster name, eponyms, places, composers and painters, sport, religion, pets, names in
file names, tables, headers and greetings of several languages, particles, double surnames, family-name-first
order, patronymics; half its marks are words that must stay) was written blind while the fixes from HELD_OUT_R
were made and is kept out of tuning and of the tests' targets (UNSEEN). Measured once, after them: 91.9 % /
73.2 % (initials 46 %, short texts 69 %, texting 70 %, patronymics 78 %, greetings 82 %; kept: compound
surnames' look-alikes 45 %, characters 52 %, patronymics 54 %, places 54 %). Nine blind sets in a row (K to S)
have measured 81-92 % removal and 70-85 % keep on first sight whatever was fixed before them: rules tuned on
one set do not carry to the next.
"""

from __future__ import annotations

import difflib
import random
import re
import unicodedata
from dataclasses import dataclass, field

from exports.anonymizer import Person

# First names that are also ordinary words, names with well-known nicknames, non-English names.
WORD_FIRST = [
    "Art",
    "Summer",
    "Faith",
    "Grace",
    "Hope",
    "Bill",
    "Rose",
    "Mark",
    "Will",
    "June",
    "Joy",
    "Dawn",
    "Pat",
    "Jack",
    "Ray",
    "Iris",
    "Frank",
    "Sandy",
    "Penny",
    "Amber",
    "Autumn",
    "Chase",
    "Hunter",
]
NICK_FIRST = {
    "Robert": ["Bob", "Rob", "Bobby"],
    "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "William": ["Bill", "Will", "Billy"],
    "Margaret": ["Maggie", "Meg", "Peggy"],
    "Katherine": ["Kate", "Katie", "Kathy"],
    "Michael": ["Mike"],
    "Christopher": ["Chris"],
    "Jonathan": ["Jon"],
    "Daniel": ["Dan", "Danny"],
    "Thomas": ["Tom", "Tommy"],
    "Joseph": ["Joe", "Joey"],
    "James": ["Jim", "Jimmy", "Jamie"],
    "Richard": ["Rick", "Rich"],
    "Alexander": ["Alex", "Sasha"],
    "Rebecca": ["Becky"],
    "Victoria": ["Vicky", "Tori"],
    "Nicholas": ["Nick"],
    "Anthony": ["Tony"],
    "Jennifer": ["Jen", "Jenny"],
    "Patricia": ["Patty", "Trish"],
}
INTL_FIRST = [
    "José",
    "Zoë",
    "François",
    "Björn",
    "Siobhán",
    "Łukasz",
    "Renée",
    "Jürgen",
    "Joaquín",
    "Inés",
    "Noémie",
    "Ayşe",
    "Søren",
    "Dũng",
    "Anaïs",
    "Mónica",
    "Raúl",
    "Zoé",
    "Małgorzata",
    "Ångström",
]
PLAIN_FIRST = [
    "Priya",
    "Chen",
    "Fatima",
    "Lucas",
    "Noor",
    "Olga",
    "Kwame",
    "Amelia",
    "Tobias",
    "Ngozi",
    "Mateo",
    "Yuki",
    "Omar",
    "Leila",
    "Arjun",
    "Sven",
    "Camille",
    "Dmitri",
    "Aaliyah",
    "Kofi",
]
SURNAMES = [
    "Doe",
    "Smith",
    "O'Brien",
    "Hopper-Lee",
    "García",
    "Müller",
    "Nguyễn",
    "Brown",
    "White",
    "Baker",
    "Young",
    "Stone",
    "King",
    "Castellano",
    "Okafor",
    "Tanaka",
    "Haddad",
    "Silva",
    "Kowalski",
    "Dubois",
    "Johansson",
    "Fernández",
    "Schröder",
    "Peña",
    "Nakamura",
    "Abubakar",
    "Patel",
    "Rossi",
    "Çelik",
    "Løvaas",
    "Ibáñez",
    "Wójcik",
    "Marsh",
    "Fisher",
    "Carter",
    "Reyes",
    "Oyelaran",
    "Petrov",
]
# People who are not on any roster: parents, friends, flatmates.
OUTSIDERS = [
    "Linda",
    "Carlos",
    "Kevin",
    "Priyanka",
    "Dmitriy",
    "Aisha",
    "Tomasz",
    "Hiroshi",
    "Beatriz",
    "Oluwaseun",
    "Giulia",
    "Seamus",
    "Megan",
    "Brandon",
    "Yusuf",
    "Svetlana",
    "Mohammed",
    "Chloe",
    "Ethan",
    "Lucia",
    "Mateus",
    "Ingrid",
    "Thabo",
    "Anneliese",
    "Rashid",
    "Keiko",
    "Bartholomew",
    "Gwendolyn",
    "Xiomara",
]
OUTSIDER_SURNAMES = ["Okonkwo", "Lindqvist", "Moreau", "Ivanova", "Barbosa", "Kaczmarek", "Yamamoto", "Adeyemi"]
FAMOUS = [
    "Dijkstra",
    "Newton",
    "Euler",
    "Turing",
    "Knuth",
    "Bayes",
    "Fibonacci",
    "Gauss",
    "Kruskal",
    "Huffman",
    "Boole",
    "Hoare",
    "Lovelace",
    "Pascal",
    "Bellman",
]
FILLER = [
    "Binary search halves the range each step, so it needs about log n comparisons.",
    "A hash table resolves collisions by chaining or by open addressing.",
    "The base case stops the recursion before the stack overflows.",
    "Merge sort splits the list, sorts both halves and merges them in linear time.",
    "A stack is last in, first out; a queue is first in, first out.",
    "The loop invariant holds before and after every iteration.",
    "Dynamic programming stores the answers to subproblems so each is solved once.",
    "A heap keeps the smallest key at the root, so the minimum is found in constant time.",
    "Breadth-first search visits the nodes level by level using a queue.",
    "Quicksort is fast on average but quadratic when the pivot is always the largest key.",
]


@dataclass
class Case:
    text: str  # labelled: [[remove]] and {{keep}}
    category: str
    roster: list[Person]
    subject: str
    template: str


@dataclass
class Scored:
    removed: dict[str, list[int]] = field(default_factory=dict)  # category -> [removed, planted]
    kept: dict[str, list[int]] = field(default_factory=dict)  # category -> [kept, must-stay]
    other: list[int] = field(default_factory=lambda: [0, 0])  # every other word: [kept, total]
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (category, item, output)
    over: list[tuple[str, str, str]] = field(default_factory=list)


def _fold(text: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        .replace("ł", "l")
        .replace("Ł", "L")
        .replace("ø", "o")
        .replace("Ø", "O")
    )


TRANSLITERATE = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "oe", "å": "aa", "æ": "ae"}


def _transliterate(text: str) -> str:
    """The German and Scandinavian spelling without accents: Müller -> Mueller, Søren -> Soeren."""
    spelled = "".join(
        TRANSLITERATE.get(c.lower(), c).capitalize()
        if c.isupper() and c.lower() in TRANSLITERATE
        else TRANSLITERATE.get(c, c)
        for c in text
    )
    return _fold(spelled)


def _person_slots(first: str, last: str, nick: str) -> dict[str, str]:
    f0, l0 = _fold(first), _fold(last)
    user = re.sub(r"[^a-z]", "", l0.lower())
    return {
        "F": first,
        "f": first.lower(),
        "FU": first.upper(),
        "L": last,
        "l": last.lower(),
        "LU": last.upper(),
        "I": f0[0],
        "i": f0[0].lower(),
        "F0": f0,
        "f0": f0.lower(),
        "L0": l0,
        "l0": l0.lower(),
        "u": user,
        "uf": re.sub(r"[^a-z]", "", f0.lower()),
        "N": nick,
        "n": nick.lower(),
        "LA": last[: max(2, len(last) // 2)],
        "LB": last[max(2, len(last) // 2) :],
        "FA": first[: max(2, len(first) // 2)],
        "FB": first[max(2, len(first) // 2) :],
        "LI": l0.lstrip("'")[0].upper(),
        "F2": _transliterate(first),
        "L2": _transliterate(last),
    }


def _roster(rng: random.Random, need: str) -> tuple[list[Person], dict[str, str]]:
    """5-12 students and two instructors; the first student has what the template needs: "word",
    "word:<first name>", "nick", "nick:<first name>:<nickname>", "intl" or nothing, optionally
    followed by ",sur:<surname>"."""
    need, _, surname = need.partition("sur:")
    need = need.rstrip(",")
    if need.startswith("word:"):
        first, nick = need[5:], need[5:]
    elif need == "word":
        first = rng.choice(WORD_FIRST)
        nick = first
    elif need == "nick":
        first = rng.choice(sorted(NICK_FIRST))
        nick = rng.choice(NICK_FIRST[first])
    elif need.startswith("nick:"):
        first, nick = need[5:].split(":")
    elif need == "intl":
        first = rng.choice(INTL_FIRST)
        nick = first
    else:
        first = rng.choice(PLAIN_FIRST + INTL_FIRST + WORD_FIRST + sorted(NICK_FIRST))
        nick = first
    last = rng.choice(SURNAMES)
    last = surname or last
    people = [Person("s:0", f"{first} {last}", "student", f"S{rng.randrange(10**7):07d}")]
    used = {first, last}
    pool = PLAIN_FIRST + INTL_FIRST + WORD_FIRST + sorted(NICK_FIRST)
    for n in range(1, rng.randint(5, 12)):
        other_first = rng.choice([p for p in pool if p not in used])
        other_last = rng.choice([s for s in SURNAMES if s not in used])
        used |= {other_first, other_last}
        people.append(Person(f"s:{n}", f"{other_first} {other_last}", "student", f"S{rng.randrange(10**7):07d}"))
    for n in range(2):
        people.append(
            Person(
                f"u:{n}",
                f"{rng.choice([p for p in PLAIN_FIRST if p not in used])} "
                f"{rng.choice([s for s in SURNAMES if s not in used])}",
                "instructor",
            )
        )
    slots = _person_slots(first, last, nick)
    other_first, other_last = people[1].name.split(" ", 1)
    slots.update(
        {
            "O": other_first,
            "o": other_first.lower(),
            "OL": other_last,
            "X": rng.choice(OUTSIDERS),
            "Y": rng.choice(OUTSIDERS),
            "XL": rng.choice(OUTSIDER_SURNAMES),
            "FAM": rng.choice(FAMOUS),
            "S": rng.choice(FILLER),
            "T": rng.choice(FILLER),
            "TI": people[-1].name.split(" ", 1)[1],
            "d": str(rng.randint(10, 99)),
        }
    )
    slots["x"] = slots["X"].lower()
    slots["XU"] = slots["X"].upper()
    slots["OU"] = other_first.upper()
    slots["ol"] = other_last.lower()
    student_id = people[0].student_id
    slots.update({"SID": student_id, "sid": student_id.lower(), "SIDD": student_id[1:], "SID0": f"S-{student_id[1:]}"})
    return people, slots


def _expand(templates, split: str, per_template: int, seed: int) -> list[Case]:
    rng = random.Random(f"{seed}:{split}")
    cases = []
    for number, (category, need, template) in enumerate(templates):
        for _ in range(per_template):
            people, slots = _roster(rng, need)
            subject = rng.choice(["s:0", "s:1"])
            cases.append(Case(template.format(**slots), category, people, subject, f"{split}:{number}"))
    return cases


def cases(split: str = "dev", per_template: int = 4, seed: int = 18) -> list[Case]:
    """The labelled texts of one split (one of SPLITS, "all", or "tuned": all but UNSEEN)."""
    from . import anonymizer_templates as t

    if split in ("all", "tuned"):
        names = SPLITS if split == "all" else [name for name in SPLITS if name not in UNSEEN]
        return [case for name in names for case in cases(name, per_template, seed)]
    templates = {
        "dev": t.DEV,
        "held_out": t.HELD_OUT,
        "held_out_b": t.HELD_OUT_B,
        "held_out_c": t.HELD_OUT_C,
        "held_out_d": t.HELD_OUT_D,
        "held_out_e": t.HELD_OUT_E,
        "held_out_f": t.HELD_OUT_F,
        "held_out_g": t.HELD_OUT_G,
        "held_out_h": t.HELD_OUT_H,
        "held_out_i": t.HELD_OUT_I,
        "held_out_j": t.HELD_OUT_J,
        "held_out_k": t.HELD_OUT_K,
        "held_out_l": t.HELD_OUT_L,
        "held_out_m": t.HELD_OUT_M,
        "held_out_n": t.HELD_OUT_N,
        "held_out_o": t.HELD_OUT_O,
        "held_out_p": t.HELD_OUT_P,
        "held_out_q": t.HELD_OUT_Q,
        "held_out_r": t.HELD_OUT_R,
        "held_out_s": t.HELD_OUT_S,
    }
    return _expand(templates[split], split, per_template, seed)


SPLITS = (
    "dev",
    "held_out",
    "held_out_b",
    "held_out_c",
    "held_out_d",
    "held_out_e",
    "held_out_f",
    "held_out_g",
    "held_out_h",
    "held_out_i",
    "held_out_j",
    "held_out_k",
    "held_out_l",
    "held_out_m",
    "held_out_n",
    "held_out_o",
    "held_out_p",
    "held_out_q",
    "held_out_r",
    "held_out_s",
)
# Held-out sets no fix has been made from: their first measurement is the honest estimate, so the
# tests' targets leave them out ("tuned" is every split but these).
UNSEEN = ("held_out_s",)


MARK_RE = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}", re.DOTALL)
WORD_RE = re.compile(r"[^\W_]+")
PLACEHOLDER_RE = re.compile(r"\[[A-Z]+\]")


def parse(labelled: str) -> tuple[str, list[tuple[int, int, str]]]:
    """The plain text and its marked spans (start, end, "remove" or "keep")."""
    plain, spans, cursor = [], [], 0
    length = 0
    for match in MARK_RE.finditer(labelled):
        before = labelled[cursor : match.start()]
        plain.append(before)
        length += len(before)
        inner = match.group(1) if match.group(1) is not None else match.group(2)
        spans.append((length, length + len(inner), "remove" if match.group(1) is not None else "keep"))
        plain.append(inner)
        length += len(inner)
        cursor = match.end()
    plain.append(labelled[cursor:])
    return "".join(plain), spans


def score(anonymize, items: list[Case]) -> Scored:
    """Run ``anonymize(case, plain_text)`` on each case and count removals and keeps."""
    result = Scored()
    for case in items:
        plain, spans = parse(case.text)
        output = anonymize(case, plain)
        source = [(m.group(), m.start()) for m in WORD_RE.finditer(plain)]
        got = [w for part in PLACEHOLDER_RE.split(output) for w in WORD_RE.findall(part) + ["\0"]]
        kept = set()
        matcher = difflib.SequenceMatcher(a=[w for w, _ in source], b=got, autojunk=False)
        for op, i1, i2, _, _ in matcher.get_opcodes():
            if op == "equal":
                kept.update(range(i1, i2))
        in_span = set()
        for start, end, kind in spans:
            words = [n for n, (_, at) in enumerate(source) if start <= at < end]
            in_span.update(words)
            if kind == "remove":
                tally = result.removed.setdefault(case.category, [0, 0])
                gone = not any(n in kept for n in words)
                tally[0] += gone
                if not gone:
                    result.misses.append((case.category, plain[start:end], output))
            else:
                tally = result.kept.setdefault(case.category, [0, 0])
                stayed = all(n in kept for n in words)
                tally[0] += stayed
                if not stayed:
                    result.over.append((case.category, plain[start:end], output))
            tally[1] += 1
        others = [n for n in range(len(source)) if n not in in_span]
        result.other[0] += sum(n in kept for n in others)
        result.other[1] += len(others)
    return result


def rate(tallies) -> float:
    done = sum(t[0] for t in tallies)
    total = sum(t[1] for t in tallies)
    return done / total if total else 1.0
