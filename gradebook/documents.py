"""Turning an uploaded file into submission text.

Formats: PDF (text or scanned), DOCX, TXT, HTML, Markdown, RTF, JSON and PNG/JPEG photos or
scans; scanned pages go through OCR and keep their page images. The type comes from the
extension and must match the content. Every refusal is a DocumentError whose message names
the file and the reason, so a page or the API can show it as it is; every reader works
within Limits, so a bomb is refused before it costs memory or minutes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import PurePath

from django.conf import settings

FORMATS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".rtf": "rtf",
    ".json": "json",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
}
ALLOWED_EXTENSIONS = set(FORMATS)
ACCEPT = ",".join(sorted(ALLOWED_EXTENSIONS))
MAX_TEXT_CHARS = 500_000
MAX_FILENAME_CHARS = 255

# What a file's first bytes say it is, for "wrong type by content".
_SIGNATURES = [
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, XLSX, ODT…)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office (.doc/.xls) or encrypted file"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
]


class DocumentError(ValueError):
    def __init__(self, filename: str, reason: str):
        self.filename = filename
        self.reason = reason
        super().__init__(f"{filename}: {reason}")


@dataclass
class Limits:
    """The settings' limits, and the deadline of this one reading."""

    name: str
    max_unpacked_bytes: int = field(default_factory=lambda: settings.DOCUMENT_MAX_UNPACKED_BYTES)
    max_parts: int = field(default_factory=lambda: settings.DOCUMENT_MAX_PARTS)
    max_paragraphs: int = field(default_factory=lambda: settings.DOCUMENT_MAX_PARAGRAPHS)
    max_pages: int = field(default_factory=lambda: settings.DOCUMENT_MAX_PAGES)
    max_image_pixels: int = field(default_factory=lambda: settings.DOCUMENT_MAX_IMAGE_PIXELS)
    max_ocr_pages: int = field(default_factory=lambda: settings.OCR_MAX_PAGES)
    seconds: float = field(default_factory=lambda: settings.DOCUMENT_MAX_SECONDS)
    started: float = field(default_factory=time.monotonic)

    def fail(self, reason: str):
        raise DocumentError(self.name, reason)

    def seconds_left(self) -> float:
        left = self.seconds - (time.monotonic() - self.started)
        if left <= 0:
            self.fail(f"reading the file took longer than {self.seconds:g} seconds; split it or save it as plain text.")
        return left

    def check_text(self, length: int):
        if length > MAX_TEXT_CHARS:
            self.fail(f"the text is longer than {MAX_TEXT_CHARS:,} characters.")


@dataclass
class ScannedPage:
    """A page read by OCR: its image (a JPEG), text, mean word confidence (0–100) and the words
    per line with their confidences, so low-confidence words can be shown."""

    number: int
    image_jpeg: bytes
    text: str
    confidence: float
    lines: list[list[list]]


@dataclass
class Document:
    text: str
    pages: list[ScannedPage] = field(default_factory=list)
    student_id: str = ""  # a JSON submission may name its student

    @property
    def ocr_confidence(self) -> float | None:
        """Mean confidence over the scanned pages, weighted by their text, or None."""
        if not self.pages:
            return None
        weights = [max(len(page.text), 1) for page in self.pages]
        return round(sum(p.confidence * w for p, w in zip(self.pages, weights)) / sum(weights), 1)


def check_name(filename: str) -> tuple[str, str]:
    """The file's base name and format; refuses a name or extension the product cannot keep."""
    name = PurePath((filename or "unnamed").replace("\\", "/")).name or "unnamed"
    if len(name) > MAX_FILENAME_CHARS:
        raise DocumentError(
            name[:60] + "…", f"the file name is longer than {MAX_FILENAME_CHARS} characters; rename the file."
        )
    extension = PurePath(name).suffix.lower()
    if extension not in FORMATS:
        raise DocumentError(
            name, "wrong file type; upload a PDF, DOCX, TXT, HTML, Markdown, RTF, JSON, PNG or JPEG file."
        )
    return name, FORMATS[extension]


def content_kind(data: bytes) -> str | None:
    """What the first bytes say the file is, or None for text or an unknown signature."""
    head = data[:16].lstrip(b"\xef\xbb\xbf \t\r\n")
    return next((kind for signature, kind in _SIGNATURES if head.startswith(signature)), None)


def read_document(filename: str, data: bytes) -> Document:
    """Read an uploaded document or raise DocumentError."""
    from . import document_readers

    name, kind = check_name(filename)
    _check_size(name, data)
    limits = Limits(name)
    document = document_readers.READERS[kind](data, limits)
    document.text = normalise(document.text)
    if not document.text and document.pages:
        limits.fail("OCR found no text on the scanned pages; is the scan blank, too faint or upside down?")
    if not document.text:
        limits.fail("the file contains no text.")
    limits.check_text(len(document.text))
    return document


def read_submissions(filename: str, data: bytes) -> list[Document]:
    """The submissions in a file: several for a JSON list, one for any other document."""
    from . import document_readers

    name, kind = check_name(filename)
    if kind != "json":
        return [read_document(filename, data)]
    _check_size(name, data)
    limits = Limits(name)
    documents = document_readers.submissions_from_json(data, limits)
    for document in documents:
        document.text = normalise(document.text)
        limits.check_text(len(document.text))
    return documents


def extract_text(filename: str, data: bytes) -> str:
    """The text of an uploaded document, or DocumentError."""
    return read_document(filename, data).text


def _check_size(name: str, data: bytes):
    if len(data) > settings.MAX_UPLOAD_BYTES:
        limit_mb = settings.MAX_UPLOAD_BYTES / (1024 * 1024)
        raise DocumentError(name, f"the file is larger than the {limit_mb:g} MB limit.")
    if not data:
        raise DocumentError(name, "the file is empty.")


def normalise(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip().replace("\x00", "")
