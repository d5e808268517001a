"""One reader per format: bytes and Limits in, a Document out, or a DocumentError.

Each reader checks that the content is what the extension says, and stays within the
limits: a DOCX's zip directory is checked before any part is read, PDF streams decode under
pypdf's output caps, images are sized from their headers before they are decoded.
"""

from __future__ import annotations

import io
import json
import re
import zipfile

from .documents import Document, DocumentError, Limits, content_kind
from .docx_numbering import ListNumbers

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_P, W_T, W_TAB, W_BR, W_CR, W_TR, W_TC = (f"{W}{tag}" for tag in ("p", "t", "tab", "br", "cr", "tr", "tc"))
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
MAX_RELS_BYTES = 1024 * 1024
MAX_MARKDOWN_CHARS = 1_000_000  # markdown-it is pure Python: about 2–14 s per million characters
HTML_TAGS_PER_PARAGRAPH = 25  # an HTML file may have 25 tags for each paragraph a DOCX may have
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
HIDDEN_HTML = ["script", "style", "noscript", "template", "head", "svg", "iframe", "object", "embed", "canvas"]
BLOCK_HTML = [
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "table",
    "ul",
    "ol",
    "dd",
    "dt",
    "hr",
    "figcaption",
    "main",
    "aside",
    "nav",
]


def _misnamed(limits: Limits, data: bytes, expected: str):
    kind = content_kind(data)
    found = f": its content is {kind}" if kind else ""
    limits.fail(f"the file is not a valid {expected}{found} (it may be corrupt or misnamed).")


def decode_text(data: bytes, limits: Limits) -> str:
    """A text file's characters: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            limits.fail("the text claims to be UTF-16 but is not; save it as UTF-8.")
    kind = content_kind(data)
    if kind:
        limits.fail(f"the file is not plain text: its content is {kind} (it may be misnamed).")
    if b"\x00" in data[:4096]:
        limits.fail("the file is binary, not plain text.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    limits.fail("the text is not in a known encoding; save it as UTF-8.")


def read_txt(data: bytes, limits: Limits) -> Document:
    return Document(decode_text(data, limits))


def html_to_text(markup: str, limits: Limits) -> str:
    """The text a browser would show: scripts, styles, <head> and hidden elements dropped, a
    line per block. lxml's HTML parser expands no entities and caps nesting depth."""
    from lxml import etree

    tags, most = markup.count("<"), HTML_TAGS_PER_PARAGRAPH * limits.max_paragraphs
    if tags > most:
        limits.fail(f"the HTML has {tags:,} tags, over the limit of {most:,}.")
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    try:  # an XHTML file's XML declaration names an encoding the text no longer has
        root = etree.fromstring(XML_DECLARATION.sub("", markup, count=1), parser)
    except (etree.XMLSyntaxError, ValueError) as error:
        limits.fail(f"the HTML cannot be read ({error}).")
    if root is None:
        return ""
    etree.strip_elements(root, *HIDDEN_HTML, with_tail=False)
    for element in root.xpath("//*[@hidden]"):
        _remove_keeping_tail(element)
    limits.seconds_left()
    for element in root.iter(*BLOCK_HTML):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in etree.tostring(root, method="text", encoding="unicode").split("\n"))
    text, blank = [], False
    for line in lines:
        if line or not blank:
            text.append(line)
        blank = not line
    return "\n".join(text)


def _remove_keeping_tail(element):
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def read_html(data: bytes, limits: Limits) -> Document:
    return Document(html_to_text(decode_text(data, limits), limits))


def read_markdown(data: bytes, limits: Limits) -> Document:
    """Markdown rendered by markdown-it, then read as HTML: the markup goes, the words stay.
    It is rendered in chunks of whole blocks, so the time limit is checked as it goes."""
    from markdown_it import MarkdownIt

    source = decode_text(data, limits)
    if len(source) > MAX_MARKDOWN_CHARS:
        limits.fail(f"the Markdown is longer than {MAX_MARKDOWN_CHARS:,} characters.")
    renderer = MarkdownIt("commonmark").enable("table")
    rendered = []
    for chunk in _markdown_chunks(source):
        limits.seconds_left()
        rendered.append(renderer.render(chunk))
    return Document(html_to_text("".join(rendered), limits))


def _markdown_chunks(source: str, size: int = 64 * 1024):
    """Pieces of about `size` characters cut at blank lines outside fenced code."""
    chunk, length, fenced = [], 0, False
    for line in source.splitlines(keepends=True):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        chunk.append(line)
        length += len(line)
        if length >= size and not fenced and not line.strip():
            yield "".join(chunk)
            chunk, length = [], 0
    if chunk:
        yield "".join(chunk)


def read_rtf(data: bytes, limits: Limits) -> Document:
    from striprtf.striprtf import rtf_to_text

    if not data.lstrip().startswith(b"{\\rtf"):
        _misnamed(limits, data, "RTF document")
    # RTF is 7-bit: other characters are \'xx escapes in the document's code page.
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding="cp1252", errors="replace")
    except (ValueError, IndexError, LookupError, RecursionError) as error:
        limits.fail(f"the RTF is corrupt and cannot be read ({type(error).__name__}).")
    return Document(text)


def submissions_from_json(data: bytes, limits: Limits) -> list[Document]:
    """The documented JSON shape: {"student_id": "...", "text": "..."} or a list of them."""
    try:
        value = json.loads(decode_text(data, limits))
    except json.JSONDecodeError as error:
        limits.fail(f"the file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}).")
    except RecursionError:
        limits.fail("the JSON is nested too deeply.")
    items = value if isinstance(value, list) else [value]
    if not items:
        limits.fail('the JSON list is empty; give {"student_id": "…", "text": "…"} objects.')
    documents = []
    for number, item in enumerate(items, start=1):
        where = f"item {number}" if isinstance(value, list) else "the JSON"
        if not isinstance(item, dict):
            limits.fail(f'{where} is not an object; the shape is {{"student_id": "…", "text": "…"}} or a list of them.')
        if not isinstance(item.get("text"), str):
            limits.fail(f'{where} has no "text" string; the shape is {{"student_id": "…", "text": "…"}}.')
        student_id = item.get("student_id", "")
        if not isinstance(student_id, str):
            limits.fail(f'{where}: "student_id" must be a string.')
        documents.append(Document(item["text"], student_id=student_id.strip()))
    return documents


def read_json(data: bytes, limits: Limits) -> Document:
    documents = submissions_from_json(data, limits)
    if len(documents) > 1:
        limits.fail(f"the JSON holds {len(documents)} submissions; upload it on the several-files page.")
    return documents[0]


def read_image(data: bytes, limits: Limits) -> Document:
    from . import ocr

    if not data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        _misnamed(limits, data, "PNG or JPEG image")
    image = ocr.open_image(data, limits)
    pages = ocr.read_pages([(1, lambda: [image])], limits)
    return Document("\n\n".join(page.text for page in pages), pages=pages)


def read_docx(data: bytes, limits: Limits) -> Document:
    if data[:4] != b"PK\x03\x04":
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
            limits.fail("the DOCX is encrypted or an old binary .doc; save it as an unprotected .docx.")
        _misnamed(limits, data, "DOCX")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as error:
        limits.fail(f"the DOCX is corrupt and cannot be read ({type(error).__name__}).")
    if len(parts) > limits.max_parts:
        limits.fail(f"the DOCX has {len(parts):,} parts, over the limit of {limits.max_parts:,}.")
    unpacked = sum(part.file_size for part in parts)
    if unpacked > limits.max_unpacked_bytes:
        limits.fail(
            f"the DOCX would unpack to {unpacked / 2**20:,.0f} MB, over the limit of "
            f"{limits.max_unpacked_bytes / 2**20:g} MB (it may be a decompression bomb)."
        )
    try:
        numbers = ListNumbers(archive, _safe_parse)
        with archive.open(_main_part(archive, limits)) as xml:
            return Document(_docx_body(xml, limits, numbers))
    except DocumentError:
        raise
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError) as error:
        limits.fail(f"the DOCX is corrupt and cannot be read ({type(error).__name__}).")


def _safe_iterparse(source, **kwargs):
    from lxml import etree

    return etree.iterparse(
        source, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, **kwargs
    )


def _safe_parse(source):
    """A whole small part (numbering, styles), parsed as safely as the streamed body."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.parse(source, parser).getroot()
    except etree.XMLSyntaxError:
        return None


def _main_part(archive: zipfile.ZipFile, limits: Limits) -> str:
    """The document part named by the package's relationships (word/document.xml in practice)."""
    from lxml import etree

    names = set(archive.namelist())
    if "_rels/.rels" in names and archive.getinfo("_rels/.rels").file_size <= MAX_RELS_BYTES:
        try:
            with archive.open("_rels/.rels") as rels:
                for _, element in _safe_iterparse(rels, events=("end",)):
                    if element.get("Type") == OFFICE_DOCUMENT:
                        target = element.get("Target", "").lstrip("/")
                        if target in names:
                            return target
        except etree.XMLSyntaxError:
            limits.fail("the DOCX is corrupt: its relationships are not valid XML.")
    if "word/document.xml" in names:
        return "word/document.xml"
    limits.fail("the file is a ZIP archive but not a Word document (it may be misnamed).")


def _docx_body(xml, limits: Limits, numbers: ListNumbers) -> str:
    """The document's paragraphs in order (with Word's list numbers written in front), table
    rows as tab-separated cells, streamed: each paragraph is dropped from the tree once read,
    and counts against the limits."""
    from lxml import etree

    lines: list[str] = []
    pieces: list[str] = []
    rows: list[list[str]] = []  # cells of each open table row
    cells: list[list[str]] = []  # paragraphs of each open table cell
    paragraphs = length = 0
    checked_dtd = False
    try:
        for event, element in _safe_iterparse(xml, events=("start", "end")):
            if event == "start":
                if not checked_dtd:
                    if element.getroottree().docinfo.internalDTD:
                        limits.fail(
                            "the DOCX declares XML entities (a DTD), which Word never writes; it may be a bomb."
                        )
                    checked_dtd = True
                if element.tag == W_TR:
                    rows.append([])
                elif element.tag == W_TC:
                    cells.append([])
                continue
            tag = element.tag
            if tag == W_T and element.text:
                pieces.append(element.text)
                length += len(element.text)
            elif tag == W_TAB:
                pieces.append("\t")
            elif tag in (W_BR, W_CR):
                pieces.append("\n")
            elif tag == W_P:
                paragraphs += 1
                if paragraphs > limits.max_paragraphs:
                    limits.fail(f"the DOCX has more than {limits.max_paragraphs:,} paragraphs; split it.")
                if paragraphs % 1000 == 0:
                    limits.seconds_left()
                limits.check_text(length)
                (cells[-1] if cells else lines).append(numbers.label(element) + "".join(pieces))
                pieces = []
                _drop(element)
            elif tag == W_TC and cells:
                cell = " ".join(p for p in cells.pop() if p)
                if rows:
                    rows[-1].append(cell)
            elif tag == W_TR and rows:
                row = "\t".join(rows.pop())
                (cells[-1] if cells else lines).append(row)
                _drop(element)
    except etree.XMLSyntaxError as error:
        limits.fail(f"the DOCX is corrupt: its text is not valid XML ({error.msg}).")
    return "\n".join(lines)


def _drop(element):
    """Free a read element and the siblings before it, so memory stays flat however long the file."""
    element.clear()
    while element.getprevious() is not None:
        del element.getparent()[0]


def read_pdf(data: bytes, limits: Limits) -> Document:
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import LimitReachedError

    if not data[:1024].lstrip().startswith(b"%PDF"):
        _misnamed(limits, data, "PDF")
    cap = limits.max_unpacked_bytes
    try:
        with apply_configuration(
            zlib_maximum_output_length=cap,
            lzw_maximum_output_length=cap,
            run_length_maximum_output_length=cap,
            jbig2_maximum_output_length=cap,
            brotli_maximum_output_length=cap,
            image_maximum_buffer_size=cap,
            array_based_stream_maximum_output_length=cap,
            stream_decoding_work_maximum_length=4 * cap,
            page_tree_maximum_depth=50,
        ):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                limits.fail("the PDF is encrypted or password-protected; upload an unprotected copy.")
            return _pdf_pages(reader, limits)
    except DocumentError:
        raise
    except LimitReachedError:
        limits.fail("the PDF holds more data than the server unpacks (it may be a decompression bomb).")
    except RecursionError:
        limits.fail("the PDF is nested too deeply to read.")
    except MemoryError:
        limits.fail("the PDF needs more memory to read than the server allows.")
    except Exception as error:  # pypdf raises many kinds on hostile input; all mean "cannot read"
        limits.fail(f"the PDF is corrupt and cannot be read ({type(error).__name__}).")


def _pdf_pages(reader, limits: Limits) -> Document:
    from . import ocr

    count = len(reader.pages)
    if count == 0:
        limits.fail("the PDF has no pages.")
    if count > limits.max_pages:
        limits.fail(f"the PDF has {count:,} pages, over the limit of {limits.max_pages:,}.")
    texts: dict[int, str] = {}
    scanned: list[int] = []
    length = 0
    for number, page in enumerate(reader.pages, start=1):
        limits.seconds_left()
        text = page.extract_text() or ""
        if text.strip():
            texts[number] = text
            length += len(text)
            limits.check_text(length)
        elif _page_images(page, limits, decode=False):
            scanned.append(number)
    if not texts and not scanned:
        limits.fail("the PDF has no text and no scanned pages.")
    pages = (
        ocr.read_pages(
            ((number, lambda page=reader.pages[number - 1]: _page_images(page, limits)) for number in scanned), limits
        )
        if scanned
        else []
    )
    for page in pages:
        texts[page.number] = page.text
    return Document("\n\n".join(texts[number] for number in sorted(texts)), pages=pages)


def _page_images(page, limits: Limits, decode: bool = True) -> list:
    """The page's image XObjects, each sized from its dictionary before it is decoded."""
    from . import ocr

    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None:
        return []
    images = []
    for name, reference in xobjects.get_object().items():
        xobject = reference.get_object()
        if xobject.get("/Subtype") != "/Image":
            continue
        ocr.check_pixels(int(xobject.get("/Width", 0)), int(xobject.get("/Height", 0)), limits)
        images.append(page.images[name].image if decode else name)
    return images


READERS = {
    "pdf": read_pdf,
    "docx": read_docx,
    "txt": read_txt,
    "html": read_html,
    "markdown": read_markdown,
    "rtf": read_rtf,
    "json": read_json,
    "image": read_image,
}
