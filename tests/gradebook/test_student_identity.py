"""A student id is guessable: knowing one must not give an instructor that student.

Alice teaches course A, where student ``demo-001`` (Maria Quillfeather) studies and a deck
is published. Bob teaches course B and tries every way in to enroll ``demo-001``: each is
refused with the same message, shows nothing of Maria, links nothing, and leaves Bob without
her consent link or study link. Carol, who teaches Maria in A, and a super-admin may link her
to another course; so may the school's own roster import (``manage.py import_gradebook``).
"""

import io
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from gradebook.models import Deck, Enrollment, Student
from gradebook.services import ENROLL_REFUSED

from .factories import make_assignment, make_course, make_instructor, make_student

pytestmark = pytest.mark.django_db

SECRETS = ("Quillfeather", "maria.q@school.example")
IMPORT_HEADER = "question_id,question,reference_answer,student_answer,score_avg,student_id,student_name\n"


@pytest.fixture
def school():
    alice, bob, carol = make_instructor("alice"), make_instructor("bob"), make_instructor("carol")
    course_a = make_course(alice, code="A-101")
    course_a.instructors.add(carol)
    maria = make_student(course_a, "demo-001", "Maria Quillfeather")
    Student.objects.filter(pk=maria.pk).update(email=SECRETS[1])
    Deck.objects.create(course=course_a, title="A's secret deck", status=Deck.Status.PUBLISHED)
    course_b = make_course(bob, code="B-202")
    course_c = make_course(carol, code="C-303")
    return SimpleNamespace(
        alice=alice,
        bob=bob,
        carol=carol,
        maria=maria,
        course_a=course_a,
        course_b=course_b,
        course_c=course_c,
        assignment_b=make_assignment(course_b, title="B's question"),
        assignment_c=make_assignment(course_c, title="C's question"),
    )


def api_client(user):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get_or_create(user=user)[0].key}")
    return client


def web_client(client, user):
    client.force_login(user)
    return client


# Each path: (client, course, assignment) -> the text the caller sees.


def via_api(client, user, course, assignment):
    response = api_client(user).post(
        "/api/v1/students/", {"course": course.pk, "student_id": "demo-001", "name": "Guess"}, format="json"
    )
    return response.status_code, response.content.decode()


def via_enroll_form(client, user, course, assignment):
    response = web_client(client, user).post(
        reverse("gradebook:enroll_student", args=[course.pk]), {"student_id": "demo-001", "name": "Guess"}
    )
    return response.status_code, response.content.decode() + _followed_messages(client, response)


def via_submission_form(client, user, course, assignment):
    response = web_client(client, user).post(
        reverse("gradebook:submission_create", args=[assignment.pk]),
        {"new_student_id": "demo-001", "new_student_name": "Guess", "text": "An answer"},
    )
    return response.status_code, response.content.decode() + _followed_messages(client, response)


def via_bulk_documents(client, user, course, assignment):
    response = web_client(client, user).post(
        reverse("gradebook:bulk_upload", args=[assignment.pk]),
        {"files": [SimpleUploadedFile("demo-001.txt", b"An answer")], "enroll_unknown": "on"},
    )
    return response.status_code, response.content.decode()


def via_bulk_csv(client, user, course, assignment):
    upload = SimpleUploadedFile("answers.csv", b"student_id,text,name\ndemo-001,An answer,Guess\n")
    response = web_client(client, user).post(
        reverse("gradebook:bulk_upload", args=[assignment.pk]), {"csv_file": upload, "enroll_unknown": "on"}
    )
    return response.status_code, response.content.decode()


def via_import_page(client, user, course, assignment):
    data = (IMPORT_HEADER + "q1,What is a stack?,LIFO,A pile,4,demo-001,Guess\n").encode()
    form = {
        "file": SimpleUploadedFile("grades.csv", data),
        "max_score": "5",
        "encoding": "utf-8",
        "col_question_id": "question_id",
        "col_question": "question",
        "col_reference": "reference_answer",
        "col_answer": "student_answer",
        "col_score": "score_avg",
        "col_student_id": "student_id",
        "col_student_name": "student_name",
    }
    response = web_client(client, user).post(reverse("gradebook:import_gradebook", args=[course.pk]), form)
    return response.status_code, response.content.decode()


def _followed_messages(client, response):
    return client.get(response["Location"]).content.decode() if response.status_code == 302 else ""


PATHS = [via_api, via_enroll_form, via_submission_form, via_bulk_documents, via_bulk_csv, via_import_page]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.__name__)
def test_another_course_s_instructor_cannot_enroll_a_guessed_id(school, client, path):
    status, shown = path(client, school.bob, school.course_b, school.assignment_b)

    assert status in (200, 400)
    assert ENROLL_REFUSED in shown.replace("&#x27;", "'")
    for secret in SECRETS:
        assert secret not in shown
    assert list(school.maria.courses.all()) == [school.course_a]
    assert not school.maria.submissions.exists()
    bob_api = api_client(school.bob)
    assert bob_api.get("/api/v1/consent/students/demo-001/link/").status_code == 404
    withdraw = {"action": "withdraw", "student_id": "demo-001"}
    assert bob_api.post("/api/v1/consent/records/", withdraw, format="json").status_code == 404
    assert bob_api.get("/api/v1/students/", {"search": "demo-001"}).data["count"] == 0


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.__name__)
def test_an_instructor_who_teaches_the_student_may_enroll_them_in_another_course(school, client, path):
    status, _ = path(client, school.carol, school.course_c, school.assignment_c)

    assert status in (200, 201, 302)
    assert Enrollment.objects.filter(course=school.course_c, student=school.maria).exists()


def test_an_unknown_id_is_still_enrolled_with_what_the_caller_sent(school):
    response = api_client(school.bob).post(
        "/api/v1/students/", {"course": school.course_b.pk, "student_id": "b-new", "name": "Nia"}, format="json"
    )
    assert response.status_code == 201
    assert response.data["name"] == "Nia"


def test_the_consent_link_and_study_links_stay_with_the_legitimate_instructors(school, client):
    assert api_client(school.alice).get("/api/v1/consent/students/demo-001/link/").status_code == 200
    web_client(client, school.bob)
    assert "demo-001" not in client.get(reverse("gradebook:course_decks", args=[school.course_b.pk])).content.decode()
    assert client.get(reverse("consent:course", args=[school.course_a.pk])).status_code == 404


def test_a_super_admin_links_an_existing_student_in_the_admin(school, client):
    root = get_user_model().objects.create_superuser("root", password="pass-word-123", email="")
    response = web_client(client, root).post(
        reverse("admin:gradebook_enrollment_add"), {"course": school.course_b.pk, "student": school.maria.pk}
    )
    assert response.status_code == 302
    assert Enrollment.objects.filter(course=school.course_b, student=school.maria).exists()


def test_a_staff_instructor_with_model_permissions_cannot_use_the_gradebook_admin(school, client):
    from django.contrib.auth.models import Permission

    school.bob.is_staff = True
    school.bob.save()
    school.bob.user_permissions.set(Permission.objects.filter(content_type__app_label="gradebook"))
    web_client(client, school.bob)
    refused = client.post(
        reverse("admin:gradebook_enrollment_add"), {"course": school.course_b.pk, "student": school.maria.pk}
    )
    assert refused.status_code == 403
    assert client.get(reverse("admin:gradebook_student_changelist")).status_code == 403
    autocomplete = client.get(
        reverse("admin:autocomplete"),
        {"term": "demo", "app_label": "gradebook", "model_name": "enrollment", "field_name": "student"},
    )
    assert autocomplete.status_code == 403
    assert not Enrollment.objects.filter(course=school.course_b, student=school.maria).exists()


def test_the_school_roster_import_command_links_an_existing_student(school, tmp_path):
    csv_file = tmp_path / "roster.csv"
    csv_file.write_text(IMPORT_HEADER + "q1,What is a stack?,LIFO,A pile,4,demo-001,Maria Quillfeather\n")
    call_command(
        "import_gradebook",
        str(csv_file),
        "--course",
        school.course_b.code,
        "--student-id-col",
        "student_id",
        stdout=io.StringIO(),
    )
    assert Enrollment.objects.filter(course=school.course_b, student=school.maria).exists()
