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

    parts = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            parts.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(cell.text.replace("\n", " ").replace("\t", " "))
                parts.append("\t".join(cells))
    return parts


def _txt_text(name: str, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise DocumentError(name, "the file is binary, not plain text.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DocumentError(name, "the text is not in a known encoding; save it as UTF-8.")
