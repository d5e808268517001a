"""Turning an uploaded PDF, DOCX or TXT file into submission text.

Every refusal is a DocumentError whose message names the file and the reason, so a
page or the API can show it as it is.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import PurePath

from django.conf import settings

ALLOWED_EXTENSIONS = {".pdf", ".docx", ".txt"}
MAX_TEXT_CHARS = 500_000


class DocumentError(ValueError):
    def __init__(self, filename: str, reason: str):
        self.filename = filename
        self.reason = reason
        super().__init__(f"{filename}: {reason}")


def extract_text(filename: str, data: bytes) -> str:
    """Return the text of an uploaded document or raise DocumentError."""
    name = PurePath(filename or "unnamed").name
    extension = PurePath(name).suffix.lower()
    if extension not in ALLOWED_EXTENSIONS:
        raise DocumentError(name, "wrong file type; upload a PDF, DOCX or TXT file.")
    if len(data) > settings.MAX_UPLOAD_BYTES:
        limit_mb = settings.MAX_UPLOAD_BYTES / (1024 * 1024)
        raise DocumentError(name, f"the file is larger than the {limit_mb:g} MB limit.")
    if not data:
        raise DocumentError(name, "the file is empty.")
    reader = {".pdf": _pdf_text, ".docx": _docx_text, ".txt": _txt_text}[extension]
    text = _normalise(reader(name, data))
    if not text:
        raise DocumentError(name, "the file contains no text.")
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(name, f"the text is longer than {MAX_TEXT_CHARS:,} characters.")
    return text


def _normalise(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip().replace("\x00", "")


def _pdf_text(name: str, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip().startswith(b"%PDF"):
        raise DocumentError(name, "the file is not a valid PDF (it may be corrupt or misnamed).")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError(name, "the PDF is encrypted or password-protected; upload an unprotected copy.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as error:
        raise DocumentError(name, f"the PDF is corrupt and cannot be read ({type(error).__name__}).") from None
    if not pages:
        raise DocumentError(name, "the PDF has no pages.")
    text = "\n\n".join(pages)
    if not text.strip():
        raise DocumentError(
            name, "the PDF has no text layer (it looks like scanned images); upload a text PDF, DOCX or TXT."
        )
    return text


def _docx_text(name: str, data: bytes) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if data[:4] != b"PK\x03\x04":
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            raise DocumentError(name, "the DOCX is encrypted or an old binary .doc; save it as an unprotected .docx.")
        raise DocumentError(name, "the file is not a valid DOCX (it may be corrupt or misnamed).")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise DocumentError(name, f"the DOCX is corrupt and cannot be read ({type(error).__name__}).") from None
    return "\n".join(_docx_body(document))


def _docx_body(document) -> list[str]:
    """Paragraphs and tables in the order they stand; a table row is one line of tab-separated
    cells (a merged cell once)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    parts, numbers = [], _ListNumbers(document)
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            parts.append(numbers.label(paragraph) + paragraph.text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(cell.text.replace("\n", " ").replace("\t", " "))
                parts.append("\t".join(cells))
    return parts


class _ListNumbers:
    """Word's automatic list numbers ("1.", "(a)", "ii)") are not in a paragraph's text; this
    writes them in front of it, counted as Word counts them, so numbered questions keep their
    numbers."""

    FORMATS = {  # noqa: RUF012 - a constant table
        "decimal": str,
        "lowerLetter": lambda n: _letters(n).lower(),
        "upperLetter": lambda n: _letters(n),
        "lowerRoman": lambda n: _roman(n).lower(),
        "upperRoman": lambda n: _roman(n),
    }

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(_w("abstractNumId")): a for a in numbering.iterchildren(_w("abstractNum"))}
        for num in numbering.iterchildren(_w("num")):
            ref = num.find(_w("abstractNumId"))
            definition = abstract.get(ref.get(_w("val"))) if ref is not None else None
            if definition is None:
                continue
            levels = {}
            for lvl in definition.iterchildren(_w("lvl")):
                fmt, text, start = lvl.find(_w("numFmt")), lvl.find(_w("lvlText")), lvl.find(_w("start"))
                levels[int(lvl.get(_w("ilvl"), "0"))] = (
                    fmt.get(_w("val")) if fmt is not None else "decimal",
                    text.get(_w("val")) if text is not None else "",
                    int(start.get(_w("val"))) if start is not None else 1,
                )
            self.levels[num.get(_w("numId"))] = levels

    def label(self, paragraph) -> str:
        num_id, level = self._numbering(paragraph)
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[level][2] - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        fmt, text, _ = levels[level]
        if fmt == "bullet" or not text:
            return "- "
        for k, (k_fmt, _, k_start) in levels.items():
            value = counters.get(k, k_start)
            text = text.replace(f"%{k + 1}", self.FORMATS.get(k_fmt, str)(value))
        return f"{text} "

    @staticmethod
    def _numbering(paragraph):
        """(numId, level) from the paragraph, or else from its style and the styles it is based on."""
        sources = [paragraph._p.pPr]
        style = paragraph.style
        while style is not None:
            sources.append(style.element.pPr)
            style = style.base_style
        for pPr in sources:
            num_pr = pPr.find(_w("numPr")) if pPr is not None else None
            if num_pr is not None and num_pr.find(_w("numId")) is not None:
                level = num_pr.find(_w("ilvl"))
                return num_pr.find(_w("numId")).get(_w("val")), int(level.get(_w("val"))) if level is not None else 0
        return None, 0


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _txt_text(name: str, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise DocumentError(name, "the file is binary, not plain text.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError(name, "the text is not in a known encoding; save it as UTF-8.")
