"""Hostile files on every upload path: the submission form, the several-files upload, the API,
and the marking-guide form and API. Each answers a 4xx naming the file and the reason, leaves
no row and no file, and costs little memory; an oversized upload is refused as it streams in."""

import functools
import io
import json
import tracemalloc
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import ClientHandler
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from gradebook.models import MarkingGuide, Student, Submission, SubmissionPage
from tests.documents import (
    deeply_nested_pdf,
    docx_pointing_at_a_zero_image,
    docx_with_bad_xml,
    docx_with_entity_expansion,
    docx_with_paragraphs,
    pdf_bytes,
    pdf_with_a_huge_image,
    png_bytes,
    png_pixel_bomb,
    rendered_page,
    scanned_pdf_bytes,
)

from .factories import make_assignment, make_course, make_instructor, make_student

pytestmark = pytest.mark.django_db

PATHS = ["form", "bulk", "api", "guide_form", "guide_api"]
HOSTILE = {
    "bomb.docx": (functools.cache(docx_pointing_at_a_zero_image), "would unpack to 301 MB"),
    "long.docx": (functools.cache(lambda: docx_with_paragraphs(200_000)), "more than 20,000 paragraphs"),
    "laughs.docx": (docx_with_entity_expansion, "declares XML entities"),
    "badxml.docx": (docx_with_bad_xml, "not valid XML"),
    "nested.pdf": (deeply_nested_pdf, "cannot be read"),
    "pixels.pdf": (pdf_with_a_huge_image, "over the limit of 40 megapixels"),
    "pixels.png": (functools.cache(png_pixel_bomb), "more pixels than the limit"),
    "misnamed.png": (lambda: pdf_bytes("x"), "its content is a PDF"),
    "class.json": (lambda: b'[{"student_id": "S1"}]', 'has no "text" string'),
}


@pytest.fixture
def ctx(client):
    instructor = make_instructor()
    course = make_course(instructor)
    assignment = make_assignment(course)
    student = make_student(course, "S00001", "Ada")
    client.force_login(instructor)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=instructor).key}")
    return {"client": client, "api": api, "course": course, "assignment": assignment, "student": student}


def upload(ctx, path, name, data):
    """Send one file on one path; return the status and the messages shown for it."""
    file = SimpleUploadedFile(name, data)
    assignment, course = ctx["assignment"], ctx["course"]
    if path == "form":
        url = reverse("gradebook:submission_create", args=[assignment.pk])
        response = ctx["client"].post(url, {"student": ctx["student"].pk, "file": file})
        return response.status_code, response.context["form"].errors.get("file", [])
    if path == "bulk":
        response = ctx["client"].post(reverse("gradebook:bulk_upload", args=[assignment.pk]), {"files": [file]})
        report = response.context["report"]
        return response.status_code, [f"{label}: {reason}" for label, reason in report.failed] if report else []
    if path == "api":
        body = {"assignment": assignment.pk, "student": ctx["student"].pk, "file": file}
        response = ctx["api"].post("/api/v1/submissions/", body, format="multipart")
        return response.status_code, response.json().get("file", [])
    if path == "guide_form":
        response = ctx["client"].post(reverse("gradebook:guide_upload", args=[course.pk]), {"file": file})
        return response.status_code, response.context["form"].errors.get("file", [])
    response = ctx["api"].post("/api/v1/marking-guides/", {"course": course.pk, "file": file}, format="multipart")
    return response.status_code, response.json().get("file", [])


def stored_files(settings):
    media = Path(settings.MEDIA_ROOT)
    return [p for p in media.rglob("*") if p.is_file()] if media.exists() else []


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_file_is_a_4xx_naming_it_and_leaves_nothing(ctx, settings, path, name):
    make, reason = HOSTILE[name]
    data = make()
    tracemalloc.start()
    try:
        status, errors = upload(ctx, path, name, data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert status == 400
    assert any(error.startswith(f"{name}: ") and reason in error for error in errors), errors
    assert Submission.objects.count() == 0 and MarkingGuide.objects.count() == 0
    assert Student.objects.count() == 1 and SubmissionPage.objects.count() == 0
    assert stored_files(settings) == []
    assert peak < 40 * 2**20, f"the request cost {peak / 2**20:.0f} MiB"


class ZeroBody(io.RawIOBase):
    """A multipart body made as it is read: a head, `size` zero bytes of file, a tail."""

    def __init__(self, head: bytes, size: int, tail: bytes):
        self.parts = [head, size, tail]

    def readable(self):
        return True

    def readinto(self, buffer):
        while self.parts:
            part = self.parts[0]
            if isinstance(part, int):
                count = min(part, len(buffer))
                buffer[:count] = bytes(count)
                self.parts[0] -= count
            else:
                count = min(len(part), len(buffer))
                buffer[:count] = part[:count]
                self.parts[0] = part[count:]
            if not self.parts[0]:
                self.parts.pop(0)
            if count:
                return count
        return 0


def post_streamed(client, path, fields, filename, size, **headers):
    boundary = "gradeloop-boundary"
    head = "".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields.items()
    )
    head += (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    )
    tail = f"\r\n--{boundary}--\r\n".encode()
    environ = client._base_environ(
        REQUEST_METHOD="POST",
        PATH_INFO=path,
        CONTENT_TYPE=f"multipart/form-data; boundary={boundary}",
        CONTENT_LENGTH=str(len(head.encode()) + size + len(tail)),
        **{"wsgi.input": ZeroBody(head.encode(), size, tail)},
        **headers,
    )
    return ClientHandler(enforce_csrf_checks=False)(environ)


@pytest.mark.parametrize("path", ["form", "api", "guide_form"])
def test_an_upload_past_the_limit_is_refused_as_it_streams_in_without_being_kept(ctx, settings, path):
    settings.MAX_UPLOAD_BYTES = 1024 * 1024
    client = ctx["client"]
    cookie = "; ".join(f"{k}={v.value}" for k, v in client.cookies.items())
    token = f"Token {Token.objects.get().key}"
    targets = {
        "form": (
            reverse("gradebook:submission_create", args=[ctx["assignment"].pk]),
            {"student": ctx["student"].pk},
            {},
        ),
        "api": (
            "/api/v1/submissions/",
            {"assignment": ctx["assignment"].pk, "student": ctx["student"].pk},
            {"HTTP_AUTHORIZATION": token},
        ),
        "guide_form": (reverse("gradebook:guide_upload", args=[ctx["course"].pk]), {}, {}),
    }
    url, fields, headers = targets[path]
    tracemalloc.start()
    try:
        response = post_streamed(client, url, fields, "huge.txt", 64 * 1024 * 1024, HTTP_COOKIE=cookie, **headers)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert response.status_code == 400
    assert "huge.txt: the file is larger than the 1 MB limit." in response.content.decode()
    assert peak < 8 * 2**20, f"a 64 MiB upload cost {peak / 2**20:.0f} MiB"
    assert Submission.objects.count() == 0 and MarkingGuide.objects.count() == 0
    assert stored_files(settings) == []


def test_a_long_non_ascii_file_name_is_kept_and_stored_under_a_safe_ascii_name(ctx, settings):
    name = "Сочинение-" + "é" * 185 + ".txt"
    assert len(name) == 199 and len(name.encode()) > 255
    url = reverse("gradebook:submission_create", args=[ctx["assignment"].pk])
    response = ctx["client"].post(url, {"student": ctx["student"].pk, "file": SimpleUploadedFile(name, b"An answer.")})
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.original_filename == name
    [stored] = stored_files(settings)
    assert len(stored.name) <= 80 and stored.name.isascii() and stored.read_bytes() == b"An answer."

    response = ctx["api"].post(
        "/api/v1/submissions/",
        {
            "assignment": ctx["assignment"].pk,
            "student": make_student(ctx["course"]).pk,
            "file": SimpleUploadedFile("ж" * 300 + ".txt", b"x"),
        },
        format="multipart",
    )
    assert response.status_code == 201  # Django cuts a longer name to 255 characters, keeping the extension
    assert response.json()["original_filename"] == "ж" * 251 + ".txt"


def test_a_csv_cell_past_the_csv_field_limit_is_a_400_and_saves_no_row(ctx):
    content = "student_id,text\nS00001,short\nS00002," + "x" * 200_000 + "\n"
    url = reverse("gradebook:bulk_upload", args=[ctx["assignment"].pk])
    response = ctx["client"].post(
        url, {"csv_file": SimpleUploadedFile("big.csv", content.encode()), "enroll_unknown": "on"}
    )
    assert response.status_code == 400
    assert "big.csv: line 2 is not valid CSV (a cell is longer than" in response.context["form"].errors["csv_file"][0]
    assert Submission.objects.count() == 0 and Student.objects.count() == 1


def test_a_json_list_on_the_several_files_page_saves_one_submission_per_student(ctx):
    make_student(ctx["course"], "S00002", "Bo")
    data = json.dumps(
        [
            {"student_id": "S00001", "text": "Ada's answer"},
            {"student_id": "S00002", "text": "Bo's answer"},
            {"student_id": "S99999", "text": "Not enrolled"},
        ]
    ).encode()
    url = reverse("gradebook:bulk_upload", args=[ctx["assignment"].pk])
    response = ctx["client"].post(url, {"files": [SimpleUploadedFile("class.json", data)]})
    report = response.context["report"]
    assert report.saved == ["class.json item 1 (S00001)", "class.json item 2 (S00002)"]
    assert report.failed == [("class.json item 3 (S99999)", "no student with id 'S99999' is enrolled in this course.")]
    assert dict(Submission.objects.values_list("student__student_id", "text")) == {
        "S00001": "Ada's answer",
        "S00002": "Bo's answer",
    }


def test_a_json_file_for_another_student_is_refused(ctx):
    url = reverse("gradebook:submission_create", args=[ctx["assignment"].pk])
    data = b'{"student_id": "S00009", "text": "Someone else"}'
    response = ctx["client"].post(url, {"student": ctx["student"].pk, "file": SimpleUploadedFile("a.json", data)})
    assert response.status_code == 400
    assert response.context["form"].errors["file"] == ["a.json: the file is the work of student S00009, not S00001."]
    assert not Submission.objects.exists()


def test_scanned_work_shows_its_pages_and_flags_low_confidence_on_the_grading_form(ctx, settings):
    pages = [
        rendered_page("Recursion solves a problem by smaller copies.", dpi=200),
        rendered_page("Bases matter.", dpi=200),
    ]
    url = reverse("gradebook:submission_create", args=[ctx["assignment"].pk])
    file = SimpleUploadedFile("scan.pdf", scanned_pdf_bytes(pages))
    assert ctx["client"].post(url, {"student": ctx["student"].pk, "file": file}).status_code == 302
    submission = Submission.objects.get()
    assert "Recursion solves a problem" in submission.text and submission.ocr_confidence > 80
    assert list(submission.pages.values_list("number", flat=True)) == [1, 2]

    page_url = reverse("gradebook:submission_page", args=[submission.pk, 1])
    html = ctx["client"].get(reverse("gradebook:grade_submission", args=[submission.pk])).content.decode()
    assert page_url in html and "Low confidence" not in html and "ocr-low" in html  # the legend only

    settings.OCR_LOW_CONFIDENCE = 101  # every word and page below it now
    html = ctx["client"].get(reverse("gradebook:grade_submission", args=[submission.pk])).content.decode()
    assert "Low confidence: read the page image" in html
    assert '<mark class="ocr-low" title="OCR confidence' in html

    image = ctx["client"].get(page_url)
    assert image.status_code == 200 and image["Content-Type"] == "image/jpeg"
    assert b"".join(image.streaming_content).startswith(b"\xff\xd8\xff")
    ctx["client"].force_login(make_instructor())
    assert ctx["client"].get(page_url).status_code == 404
    ctx["client"].logout()
    assert ctx["client"].get(page_url).status_code == 302


def test_a_photo_uploaded_through_the_api_becomes_text_with_its_confidence(ctx):
    photo = SimpleUploadedFile("answer.png", png_bytes(rendered_page("Photosynthesis makes sugar.", dpi=200)))
    body = {"assignment": ctx["assignment"].pk, "student": ctx["student"].pk, "file": photo}
    response = ctx["api"].post("/api/v1/submissions/", body, format="multipart")
    assert response.status_code == 201, response.content
    assert response.json()["text"] == "Photosynthesis makes sugar."
    assert response.json()["ocr_confidence"] > 80
