"""Marking-guide extraction benchmark: every layout of tests/llm/guide_layouts.py as TXT, DOCX
and PDF (and, with a table, as "cells": a PDF reader's text of a table whose cells wrap, one cell
per line), read the way an upload is (gradebook.documents.extract_text), then extracted by the
rules.

    .venv/bin/python bench/guides.py [--held-out-only | --seen-only] [--layout NAME]

Prints one row per layout and format (questions found, marks, answers and marking points right,
stated total right), the figures per format, for the held-out layouts apart, and last
``questions=<x> marks=<x> answers=<x>`` as fractions 0-1 over every layout and format.
"""

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")

import django

django.setup()

from gradebook.documents import extract_text
from llm.marking_guides import ExtractionError, RuleBasedExtractor
from tests.llm.guide_layouts import FILE_TYPE, FORMATS, LAYOUTS, formats, render, score

KEYS = ("items", "questions", "marks", "answers", "points", "total", "extra")


def run(layouts):
    rows = []
    for layout in layouts:
        for fmt in formats(layout):
            text = extract_text(f"guide.{FILE_TYPE[fmt]}", render(layout, fmt))
            try:
                extraction = RuleBasedExtractor().extract(text)
            except ExtractionError:
                extraction = None
            rows.append((layout, fmt, score(layout, extraction)))
    return rows


def summed(rows):
    sums = defaultdict(int)
    for _, _, got in rows:
        for key in KEYS:
            sums[key] += got[key]
    sums["guides"] = len(rows)
    return sums


def fractions(s):
    n = s["items"] or 1
    return {
        "questions": s["questions"] / n,
        "marks": s["marks"] / n,
        "answers": s["answers"] / n,
        "points": s["points"] / n,
        "totals": s["total"] / (s["guides"] or 1),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--held-out-only", action="store_true")
    parser.add_argument("--seen-only", action="store_true")
    parser.add_argument("--layout", help="one layout by name")
    args = parser.parse_args()
    layouts = [
        layout
        for layout in LAYOUTS
        if (not args.held_out_only or layout.held_out)
        and (not args.seen_only or not layout.held_out)
        and (not args.layout or layout.name == args.layout)
    ]
    rows = run(layouts)
    print(f"{'layout':48} {'fmt':4} {'quest':>6} {'marks':>6} {'answ':>6} {'points':>6} {'total':>5} {'extra':>5}")
    for layout, fmt, got in rows:
        n = got["items"]
        name = layout.name + (" (held out)" if layout.held_out else "")
        print(
            f"{name:48} {fmt:4} {got['questions']:>3}/{n:<2} {got['marks']:>3}/{n:<2} {got['answers']:>3}/{n:<2} "
            f"{got['points']:>3}/{n:<2} {'ok' if got['total'] else 'no':>5} {got['extra']:>5}"
        )
    print()
    groups = [(fmt, [r for r in rows if r[1] == fmt]) for fmt in FORMATS]
    groups += [
        ("seen layouts", [r for r in rows if not r[0].held_out]),
        ("held-out layouts", [r for r in rows if r[0].held_out]),
    ]
    print(f"{'group':20} {'guides':>6} {'quest':>7} {'marks':>7} {'answers':>7} {'points':>7} {'totals':>7}")
    for label, group in groups:
        if not group:
            continue
        s = summed(group)
        f = fractions(s)
        print(
            f"{label:20} {s['guides']:>6} {f['questions']:>7.3f} {f['marks']:>7.3f} {f['answers']:>7.3f} {f['points']:>7.3f} {f['totals']:>7.3f}"
        )
    f = fractions(summed(rows))
    print(f"questions={f['questions']:.3f} marks={f['marks']:.3f} answers={f['answers']:.3f}")


if __name__ == "__main__":
    main()
