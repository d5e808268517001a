"""Anonymizer benchmark on the hard labelled set (tests/exports/anonymizer_cases.py).

    .venv/bin/python bench/anonymizer.py                 # the held-out split, the figure to report
    .venv/bin/python bench/anonymizer.py --split dev --show 40

Per category: the share of personal items removed and of must-stay words kept (a name-word used
as a word, a month, a famous scientist), and the share of every other word kept. Then the time
per text on the answers of bench/export.py with a 200-person roster (the export's anonymizer
step). With ``--real FILE.csv`` also the words removed from real answers that name nobody
(a ``student_answer`` column; e.g. the Mohler or SAF sets), anonymized with a roster of every
name of the labelled set: each removed word there is an over-removal. Last line
``removal=<x> keep=<x>`` for the split measured.
"""

import argparse
import csv
import difflib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from exports.anonymizer import Anonymizer, Person  # noqa: E402
from tests.exports.anonymizer_cases import (  # noqa: E402
    INTL_FIRST,
    NICK_FIRST,
    PLAIN_FIRST,
    SPLITS,
    SURNAMES,
    UNSEEN,
    WORD_FIRST,
    WORD_RE,
    cases,
    rate,
    score,
)


def real_removals(path: str) -> tuple[int, int, list[tuple[str, str]]]:
    """(words removed, words in all, examples) on the answers of a CSV file that name nobody."""
    firsts = WORD_FIRST + sorted(NICK_FIRST) + PLAIN_FIRST + INTL_FIRST
    people = [Person(f"s:{n}", f"{first} {SURNAMES[n % len(SURNAMES)]}") for n, first in enumerate(firsts)]
    anonymizer = Anonymizer(people)
    with open(path, newline="", encoding="utf-8") as handle:
        texts = [row["student_answer"] for row in csv.DictReader(handle) if row.get("student_answer")]
    removed, total, examples = 0, 0, []
    for text in texts:
        out = anonymizer.anonymize(text, "s:0")
        source, got = WORD_RE.findall(text), WORD_RE.findall(out)
        matcher = difflib.SequenceMatcher(a=source, b=got, autojunk=False)
        kept = sum(size for _, _, size in matcher.get_matching_blocks())
        removed += len(source) - kept
        total += len(source)
        if kept < len(source):
            examples.append((text, out))
    return removed, total, examples


def export_step(count: int) -> float:
    """Microseconds per answer of bench/export.py, anonymized as the export does (one roster)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from export import FIRST, LAST, answer

    people = [
        Person(f"s:{n}", f"{FIRST[n % len(FIRST)]} {LAST[n % len(LAST)]}", "student", f"S{n:07d}") for n in range(200)
    ]
    anonymizer = Anonymizer(people + [Person("u:1", "Rose Castellano", "instructor")])
    texts = [answer(n, people[n % 200].name, people[n % 200].student_id) for n in range(count)]
    start = time.perf_counter()
    for n, text in enumerate(texts):
        anonymizer.anonymize(text, f"s:{n % 200}")
    return (time.perf_counter() - start) / count * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=[*SPLITS, "all", "tuned"], default=UNSEEN[-1] if UNSEEN else "tuned")
    parser.add_argument("--per-template", type=int, default=4, help="texts per template, each with its own roster")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--show", type=int, default=0, help="print this many misses and over-removals")
    parser.add_argument("--export-texts", type=int, default=5000, help="bench/export.py answers to time (0: none)")
    parser.add_argument("--real", nargs="*", default=[], help="CSV files of real answers that name nobody")
    args = parser.parse_args()

    items = cases(args.split, args.per_template, args.seed)
    built: dict[int, Anonymizer] = {}
    spent = [0.0]

    def anonymize(case, text):
        anonymizer = built.setdefault(id(case.roster), Anonymizer(case.roster))
        start = time.perf_counter()
        out = anonymizer.anonymize(text, case.subject)
        spent[0] += time.perf_counter() - start
        return out

    result = score(anonymize, items)
    print(f"split={args.split}  texts={len(items)}  templates={len({c.template for c in items})}")
    print(f"{'category':<15}{'planted':>8}{'removed':>9}{'must-stay':>10}{'kept':>8}")
    for category in sorted(set(result.removed) | set(result.kept)):
        removed, kept = result.removed.get(category, [0, 0]), result.kept.get(category, [0, 0])
        print(
            f"{category:<15}{removed[1]:>8}{rate([removed]) if removed[1] else float('nan'):>9.1%}"
            f"{kept[1]:>10}{rate([kept]) if kept[1] else float('nan'):>8.1%}"
        )
    removal, keep = rate(result.removed.values()), rate(result.kept.values())
    print(
        f"{'all':<15}{sum(t[1] for t in result.removed.values()):>8}{removal:>9.1%}"
        f"{sum(t[1] for t in result.kept.values()):>10}{keep:>8.1%}"
    )
    print(
        f"other words kept: {rate([result.other]):.2%} of {result.other[1]}; "
        f"anonymize: {spent[0] / len(items) * 1e6:.0f} us per text"
    )
    if args.export_texts:
        print(f"export answers: {export_step(args.export_texts):.0f} us per text")
    for path in args.real:
        removed, total, examples = real_removals(path)
        print(f"real answers {path}: {removed} of {total} words removed, in {len(examples)} answers")
        for text, out in examples[: args.show]:
            print(f"REAL {text!r} -> {out!r}")
    for kind, rows in (("MISSED", result.misses), ("OVER-REMOVED", result.over)):
        for category, item, output in rows[: args.show]:
            print(f"{kind} [{category}] {item!r} -> {output!r}")
    print(f"removal={removal:.4f} keep={keep:.4f}")


if __name__ == "__main__":
    main()
