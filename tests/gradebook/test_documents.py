from pathlib import Path

import pytest

from gradebook.documents import DocumentError, extract_text
from gradebook.models import Submission
from gradebook.services import create_submission
from tests.documents import docx_bytes, encrypted_pdf_bytes, image_only_pdf_bytes, pdf_bytes

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
        ("scan.pdf", image_only_pdf_bytes(), "no text layer"),
        ("photo.png", b"\x89PNG\r\n\x1a\n", "wrong file type"),
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
        create_submission(assignment, student, filename="scan.pdf", data=image_only_pdf_bytes())
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
        "Before the table", "Question\tAnswer", "What is 2 + 2?\t4", "After the table",
    ]


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
        "Quiz", "1. What is X? (2 marks)", "Answer: Y", "2. What is Z? (1 mark)", "- a bullet",
    ]
