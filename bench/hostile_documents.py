"""Hostile documents: what reading each one costs and what it answers.

    .venv/bin/python bench/hostile_documents.py

Each input is made here (tests/documents.py), read once to warm imports, then read again
with the process's peak memory reset (Linux /proc/self/clear_refs) and tracemalloc on.
Every upload path answers these with a 400 carrying the message and saves nothing
(tests/gradebook/test_uploads.py). Prints a table and, last,
``inputs=<n> refused=<n> worst_peak_mb=<x> worst_s=<x>``.
"""

import os
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from gradebook.documents import DocumentError, read_document  # noqa: E402
from tests import documents as make  # noqa: E402

INPUTS = [
    ("DOCX with a 300 MiB zero-filled picture", "bomb.docx", make.docx_pointing_at_a_zero_image),
    ("DOCX with 200,000 paragraphs", "long.docx", lambda: make.docx_with_paragraphs(200_000)),
    ("DOCX with entity expansion", "laughs.docx", make.docx_with_entity_expansion),
    ("DOCX with bad XML", "badxml.docx", make.docx_with_bad_xml),
    ("PDF nested 5,000 deep", "nested.pdf", make.deeply_nested_pdf),
    ("PDF stream of 200 MiB zeros", "content.pdf", make.pdf_with_content_bomb),
    ("PDF image of 50,000² pixels", "pixels.pdf", make.pdf_with_a_huge_image),
    ("PNG of 20,000² pixels (75 KB)", "pixels.png", make.png_pixel_bomb),
    ("JPEG claiming 60,000² pixels", "pixels.jpg", make.jpeg_claiming_size),
    ("HTML of 600,000 tags", "tags.html", lambda: b"<b>x</b>" * 300_000),
    ("Markdown of 1 M characters", "long.md", lambda: b"word " * 200_001),
    ("JSON nested 100,000 deep", "deep.json", lambda: b"[" * 100_000 + b"]" * 100_000),
    ("JSON of the wrong shape", "class.json", lambda: b'[{"student_id": "S1"}]'),
    ("a PDF named .png", "photo.png", lambda: make.pdf_bytes("x")),
    ("a DOCX named .pdf", "essay.pdf", lambda: make.docx_bytes("x")),
]


def process_memory(key: str) -> int:
    status = Path("/proc/self/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith(f"{key}:"))) * 1024


def read(name: str, data: bytes) -> str:
    try:
        read_document(name, data)
    except DocumentError as error:
        return str(error)
    return "ACCEPTED"


def main():
    rows = []
    for label, name, build in INPUTS:
        data = build()
        read(name, data)
        Path("/proc/self/clear_refs").write_text("5")
        before = process_memory("VmRSS")
        tracemalloc.start()
        started = time.perf_counter()
        message = read(name, data)
        seconds = time.perf_counter() - started
        traced = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        rows.append((label, len(data), seconds, (process_memory("VmHWM") - before) / 2**20, traced / 2**20, message))
    print(f"{'input':<40} {'size':>9} {'s':>6} {'peak MiB':>9} {'py MiB':>7}  message")
    for label, size, seconds, peak, traced, message in rows:
        print(f"{label:<40} {size / 1024:>7.0f}KB {seconds:>6.2f} {peak:>9.1f} {traced:>7.1f}  {message}")
    refused = sum(message != "ACCEPTED" for *_, message in rows)
    print(
        f"inputs={len(rows)} refused={refused} worst_peak_mb={max(r[3] for r in rows):.1f} "
        f"worst_s={max(r[2] for r in rows):.2f}"
    )


if __name__ == "__main__":
    main()
