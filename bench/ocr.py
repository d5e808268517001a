"""OCR benchmark: speed on a scanned PDF and character accuracy on typed pages of known text.

    .venv/bin/python bench/ocr.py --pages 10 --threads 2

Pages are rendered here from known text (12 pt, A4, at a given dpi), rotated and sprinkled
with noise like a scanner's, then read through the product's own reader
(gradebook.documents.read_document). Speed: a PDF of `--pages` scanned pages at 300 dpi, on
`--threads` OCR threads (and on one, for comparison). Accuracy: 1 − edit distance / length of
the known text, whitespace collapsed, per condition. Prints a table and, last,
``pages_per_s=<x> char_accuracy=<x>`` (the accuracy on clean 300-dpi pages).
"""

import argparse
import os
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from gradebook.documents import read_document  # noqa: E402
from tests.documents import png_bytes, rendered_page, scanned_pdf_bytes  # noqa: E402

SENTENCES = [
    "Recursion solves a problem by calling itself on a smaller input until a base case stops it.",
    "Each call gets its own stack frame, so very deep recursion can overflow the stack.",
    "Photosynthesis turns light, water and carbon dioxide into glucose and oxygen in the chloroplasts.",
    "The French Revolution began in 1789, when the Estates-General met at Versailles.",
    "A binary search halves the interval at every step: it needs about log2(n) comparisons.",
    "Supply and demand meet at the equilibrium price; a tax shifts the supply curve upward.",
    "Newton's second law says that force equals mass times acceleration (F = m * a).",
    "Mitochondria make most of the cell's ATP through oxidative phosphorylation.",
    "In 1969, Apollo 11 landed on the Moon; Armstrong and Aldrin walked for 2.5 hours.",
    "Hash tables give average O(1) lookups, but a poor hash function makes them slow.",
    "The water cycle moves water by evaporation, condensation, precipitation and runoff.",
    "Shakespeare wrote 37 plays; Hamlet asks whether it is nobler to suffer or to act.",
]
CONDITIONS = [  # name, dpi, rotation in degrees, fraction of pixels flipped
    ("clean 300 dpi", 300, 0.0, 0.0),
    ("300 dpi, 0.7° + 0.5% noise", 300, 0.7, 0.005),
    ("300 dpi, 1.5° + 1% noise", 300, 1.5, 0.01),
    ("200 dpi, 0.7° + 0.5% noise", 200, 0.7, 0.005),
    ("150 dpi, clean", 150, 0.0, 0.0),
]


def page_text(number: int, lines: int = 30) -> str:
    """A page of known text: the sentences in a rotating order, wrapped at 68 characters."""
    order = SENTENCES[number % len(SENTENCES) :] + SENTENCES[: number % len(SENTENCES)]
    words = " ".join(order * 3)
    return "\n".join(textwrap.wrap(words, 68)[:lines])


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def accuracy(truth: str, read: str) -> float:
    truth, read = " ".join(truth.split()), " ".join(read.split())
    return 1 - edit_distance(truth, read) / len(truth)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10, help="pages of the scanned PDF timed")
    parser.add_argument("--threads", type=int, default=2, help="OCR threads (OCR_THREADS)")
    parser.add_argument("--accuracy-pages", type=int, default=3, help="pages per accuracy condition")
    args = parser.parse_args()
    settings.OCR_MAX_PAGES = max(settings.OCR_MAX_PAGES, args.pages)
    settings.DOCUMENT_MAX_SECONDS = 3600

    rows = []
    for name, dpi, angle, noise in CONDITIONS:
        scores, confidences, seconds = [], [], 0.0
        for number in range(args.accuracy_pages):
            truth = page_text(number)
            image = rendered_page(truth, dpi=dpi, angle=angle, noise=noise, seed=number)
            started = time.perf_counter()
            document = read_document(f"page{number}.png", png_bytes(image))
            seconds += time.perf_counter() - started
            scores.append(accuracy(truth, document.text))
            confidences.append(document.ocr_confidence)
        rows.append(
            (name, sum(scores) / len(scores), min(scores), sum(confidences) / len(confidences), seconds / len(scores))
        )
    clean_accuracy = rows[0][1]

    pdf = scanned_pdf_bytes(
        [rendered_page(page_text(n), dpi=300, angle=0.3, noise=0.001, seed=n) for n in range(args.pages)]
    )
    speeds = {}
    for threads in sorted({1, args.threads}):
        settings.OCR_THREADS = threads
        started = time.perf_counter()
        document = read_document("scan.pdf", pdf)
        speeds[threads] = len(document.pages) / (time.perf_counter() - started)

    print(f"{'condition':<30} {'char acc (mean)':>15} {'(worst page)':>12} {'OCR conf':>9} {'s/page':>7}")
    for name, mean, worst, confidence, seconds in rows:
        print(f"{name:<30} {mean:>15.2%} {worst:>12.2%} {confidence:>9.1f} {seconds:>7.2f}")
    print()
    print(f"{'scanned PDF, 300 dpi':<30} {'pages':>6} {'threads':>8} {'pages/s':>8}")
    for threads, speed in speeds.items():
        print(f"{'':<30} {args.pages:>6} {threads:>8} {speed:>8.2f}")
    print(f"pages_per_s={speeds[args.threads]:.2f} char_accuracy={clean_accuracy:.4f}")


if __name__ == "__main__":
    main()
