import io
import json
import tracemalloc
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from gradebook.documents import DocumentError, extract_text, read_document, read_submissions
from gradebook.models import Submission
from gradebook.services import create_submission
from tests.documents import (
    deeply_nested_pdf,
    docx_bytes,
    docx_pointing_at_a_zero_image,
    docx_with_bad_xml,
    docx_with_entity_expansion,
    docx_with_paragraphs,
    encrypted_pdf_bytes,
    image_only_pdf_bytes,
    jpeg_claiming_size,
    pdf_bytes,
    pdf_with_a_huge_image,
    pdf_with_content_bomb,
    png_bytes,
    png_pixel_bomb,
    rendered_page,
    rtf_bytes,
    scanned_pdf_bytes,
)

from .factories import make_assignment, make_course, make_student

ESSAY = "Recursion solves a problem by solving smaller copies of it."


def test_text_comes_out_of_a_real_pdf():
    assert ESSAY in extract_text("essay.pdf", pdf_bytes(ESSAY))


def test_text_comes_out_of_a_real_docx():
    assert extract_text("essay.docx", docx_bytes(ESSAY)) == ESSAY


def test_text_files_in_utf8_with_a_bom_or_in_windows_1252_are_read():
    assert extract_text("a.txt", "\ufeffcafé".encode("utf-8")) == "café"
    assert extract_text("b.TXT", "naïve".encode("cp1252")) == "naïve"


@pytest.mark.parametrize(
    "filename, data, reason",
    [
        ("locked.pdf", encrypted_pdf_bytes(ESSAY), "encrypted"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj <<< garbage", "corrupt"),
        ("empty.pdf", b"", "empty"),
        ("scan.pdf", image_only_pdf_bytes(), "OCR found no text"),
        ("photo.png", b"\x89PNG\r\n\x1a\n", "not a readable PNG or JPEG"),
        ("program.exe", b"MZ", "wrong file type"),
        ("essay.pdf", docx_bytes(ESSAY), "not a valid PDF"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "corrupt"),
        ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "encrypted"),
        ("blank.docx", docx_bytes(""), "no text"),
        ("binary.txt", b"\x00\x01\x02 binary", "binary"),
    ],
)
def test_a_bad_upload_is_refused_with_the_file_name_and_the_reason(filename, data, reason):
    with pytest.raises(DocumentError) as caught:
        extract_text(filename, data)
    assert caught.value.filename == filename
    assert reason in str(caught.value)
    assert str(caught.value).startswith(f"{filename}: ")


def test_an_oversized_upload_is_refused_before_it_is_read(settings):
    settings.MAX_UPLOAD_BYTES = 1024
    with pytest.raises(DocumentError, match="larger than"):
        extract_text("long.txt", b"a" * 1025)


@pytest.mark.django_db
def test_a_bad_upload_leaves_no_submission_and_no_file(settings):
    course = make_course()
    assignment = make_assignment(course)
    student = make_student(course)
    with pytest.raises(DocumentError):
        create_submission(assignment, student, filename="broken.pdf", data=b"%PDF-1.7 garbage")
    assert not Submission.objects.exists()
    media = Path(settings.MEDIA_ROOT)
    assert (list(media.rglob("*")) if media.exists() else []) == []

    submission = create_submission(assignment, student, filename="essay.pdf", data=pdf_bytes(ESSAY))
    assert ESSAY in submission.text and submission.original_file.read().startswith(b"%PDF")


def test_a_docx_table_stays_where_it_stood_one_row_per_line():
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Before the table")
    table = document.add_table(rows=2, cols=2)
    for r, cells in enumerate([("Question", "Answer"), ("What is 2 + 2?", "4")]):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    document.add_paragraph("After the table")
    out = io.BytesIO()
    document.save(out)
    assert extract_text("g.docx", out.getvalue()).split("\n") == [
        "Before the table",
        "Question\tAnswer",
        "What is 2 + 2?\t4",
        "After the table",
    ]


# Every format a school has, from real files made here.


def test_html_gives_the_visible_text_without_scripts_or_styles():
    page = (
        b"<!doctype html><html><head><title>Export</title><style>p { color: red }</style></head><body>"
        b"<h1>Essay</h1><p>Recursion <b>solves</b> a problem.</p><script>alert('steal the grades')</script>"
        b"<div hidden>secret note</div><p>By smaller&nbsp;copies.</p></body></html>"
    )
    text = extract_text("essay.html", page)
    assert text.splitlines()[0] == "Essay"
    assert "Recursion solves a problem." in text and "By smaller copies." in text
    assert "alert" not in text and "steal" not in text and "color" not in text
    assert "secret note" not in text and "Export" not in text
    xhtml = b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>XHTML too</p></body></html>'
    assert extract_text("export.xhtml.html", xhtml) == "XHTML too"


def test_markdown_loses_its_markup_and_keeps_its_words():
    source = "# Recursion\n\nIt *solves* a problem by **smaller** copies, see [the notes](http://x.test).\n\n- base case\n- step\n\n`code`\n"
    text = extract_text("answer.md", source.encode())
    assert text.startswith("Recursion\n")
    assert "It solves a problem by smaller copies, see the notes." in text
    assert "base case" in text and "step" in text and "code" in text
    for markup in ("#", "*", "](", "`"):
        assert markup not in text


def test_rtf_from_an_old_word_processor_is_read_with_its_accents():
    text = extract_text("letter.rtf", rtf_bytes("Café crème: recursion.\nSecond paragraph."))
    assert text == "Café crème: recursion.\nSecond paragraph."


def test_a_json_list_gives_one_submission_per_object():
    data = json.dumps([{"student_id": "S1", "text": "First answer"}, {"student_id": "S2", "text": "Second"}]).encode()
    documents = read_submissions("class.json", data)
    assert [(d.student_id, d.text) for d in documents] == [("S1", "First answer"), ("S2", "Second")]
    single = read_document("one.json", b'{"student_id": "S3", "text": " Third "}')
    assert (single.student_id, single.text) == ("S3", "Third")
    with pytest.raises(DocumentError, match="holds 2 submissions"):
        read_document("class.json", data)


def test_a_photographed_page_is_read_by_ocr_with_its_confidence_and_image():
    page = rendered_page(ESSAY, dpi=200, angle=0.5)
    document = read_document("photo.png", png_bytes(page))
    assert document.text == ESSAY
    assert document.ocr_confidence > 80
    [scanned] = document.pages
    assert scanned.number == 1 and scanned.image_jpeg.startswith(b"\xff\xd8\xff")
    assert [word for word, _ in scanned.lines[0]] == ESSAY.split()


def test_a_pdf_of_scanned_pages_is_read_page_by_page():
    texts = ["Page one is about recursion.", "Page two is about iteration."]
    document = read_document("scan.pdf", scanned_pdf_bytes([rendered_page(t, dpi=200) for t in texts]))
    assert document.text == "\n\n".join(texts)
    assert [page.number for page in document.pages] == [1, 2]
    assert all(page.confidence > 80 for page in document.pages)


# Bad files: each refused with "<file>: <reason>", cheaply.


@pytest.mark.parametrize(
    "filename, make, reason",
    [
        ("bomb.docx", docx_pointing_at_a_zero_image, "would unpack to 301 MB"),
        ("long.docx", lambda: docx_with_paragraphs(200_000), "more than 20,000 paragraphs"),
        ("laughs.docx", docx_with_entity_expansion, "declares XML entities"),
        ("badxml.docx", docx_with_bad_xml, "not valid XML"),
        ("nested.pdf", deeply_nested_pdf, "cannot be read"),
        ("pixels.pdf", pdf_with_a_huge_image, "50,000×50,000 pixels"),
        ("pixels.png", png_pixel_bomb, "more pixels than the limit"),
        ("pixels.jpg", jpeg_claiming_size, "more pixels than the limit"),
        ("essay.png", lambda: pdf_bytes(ESSAY), "its content is a PDF"),
        ("essay.rtf", lambda: docx_bytes(ESSAY), "its content is a ZIP archive"),
        ("essay.html", lambda: png_bytes(rendered_page("x", dpi=50)), "its content is a PNG image"),
        ("notes.md", lambda: b"\x00\x01binary", "binary"),
        ("tags.html", lambda: b"<b>x</b>" * 300_000, "600,000 tags, over the limit of 500,000"),
        ("long.md", lambda: b"word " * 200_001, "Markdown is longer than 1,000,000 characters"),
        ("class.json", lambda: b'[{"student_id": "S1", "text": "a"}, {"student_id": "S2"}]', 'item 2 has no "text"'),
        ("class.json", lambda: b'["just text"]', "item 1 is not an object"),
        ("class.json", lambda: b'{"student_id": 7, "text": "a"}', '"student_id" must be a string'),
        ("class.json", lambda: b"{'single': 'quotes'}", "not valid JSON"),
        ("deep.json", lambda: b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ("é" * 300 + ".txt", lambda: b"text", "file name is longer than 255"),
    ],
)
def test_a_hostile_or_misnamed_file_is_refused_by_content_before_it_costs_memory(filename, make, reason):
    data = make()
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError) as caught:
            read_document(filename, data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert reason in caught.value.reason
    assert str(caught.value).startswith(f"{caught.value.filename}: ")
    assert peak < 20 * 2**20, f"reading cost {peak / 2**20:.0f} MiB"


def test_a_decompression_bomb_in_a_pdf_stream_is_not_unpacked():
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError, match="^content.pdf: "):
            read_document("content.pdf", pdf_with_content_bomb(200))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 80 * 2**20


def test_too_many_pages_or_scanned_pages_are_refused(settings):
    settings.DOCUMENT_MAX_PAGES = 2
    pdf = scanned_pdf_bytes([rendered_page("x", dpi=50)] * 3)
    with pytest.raises(DocumentError, match="has 3 pages, over the limit of 2"):
        read_document("long.pdf", pdf)
    settings.DOCUMENT_MAX_PAGES, settings.OCR_MAX_PAGES = 10, 2
    with pytest.raises(DocumentError, match="more than 2 scanned pages"):
        read_document("long.pdf", pdf)


def test_reading_is_stopped_at_the_time_limit(settings):
    settings.DOCUMENT_MAX_SECONDS = 0.01
    with pytest.raises(DocumentError, match="longer than 0.01 seconds"):
        read_document("slow.png", png_bytes(rendered_page(ESSAY, dpi=300)))


def _process_memory(key: str) -> int:
    status = Path("/proc/self/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith(f"{key}:"))) * 1024


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux's /proc to reset the peak")
@pytest.mark.parametrize(
    "filename, make",
    [
        ("bomb.docx", docx_pointing_at_a_zero_image),
        ("long.docx", lambda: docx_with_paragraphs(200_000)),
        ("pixels.png", png_pixel_bomb),
        ("pixels.pdf", pdf_with_a_huge_image),
        ("content.pdf", pdf_with_content_bomb),
        ("tags.html", lambda: b"<b>x</b>" * 300_000),
    ],
)
def test_a_bomb_raises_the_process_peak_memory_by_little(filename, make):
    """The process's own peak (C allocations of zlib, lxml and Pillow included), reset before reading."""
    data = make()
    with pytest.raises(DocumentError):  # once first, so that imports and caches are not counted
        read_document(filename, data)
    Path("/proc/self/clear_refs").write_text("5")
    before = _process_memory("VmRSS")
    with pytest.raises(DocumentError):
        read_document(filename, data)
    growth = _process_memory("VmHWM") - before
    assert growth < 30 * 2**20, f"reading {filename} raised the peak by {growth / 2**20:.0f} MiB"


def test_a_pdf_mixing_typed_pages_and_black_and_white_fax_scans_keeps_the_page_order():
    scan = rendered_page("Scanned second page.", dpi=200).point(lambda v: 255 if v > 128 else 0).convert("1")
    fax = io.BytesIO()
    scan.save(fax, "PDF", resolution=200)  # Pillow writes a 1-bit page as CCITT group 4, as scanners do
    writer = PdfWriter()
    for source in (pdf_bytes("Typed first page."), fax.getvalue()):
        writer.append(PdfReader(io.BytesIO(source)))
    mixed = io.BytesIO()
    writer.write(mixed)
    document = read_document("mixed.pdf", mixed.getvalue())
    assert document.text == "Typed first page.\n\nScanned second page."
    assert [page.number for page in document.pages] == [2]


def test_word_automatic_list_numbers_are_written_into_the_text():
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Quiz")
    document.add_paragraph("What is X? (2 marks)", style="List Number")
    document.add_paragraph("Answer: Y")
    document.add_paragraph("What is Z? (1 mark)", style="List Number")
    document.add_paragraph("a bullet", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    assert extract_text("g.docx", out.getvalue()).split("\n") == [
        "Quiz",
        "1. What is X? (2 marks)",
        "Answer: Y",
        "2. What is Z? (1 mark)",
        "- a bullet",
    ]
