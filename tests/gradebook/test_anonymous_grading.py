import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from gradebook.answer_groups import form_groups
from gradebook.releases import release_grades
from gradebook.services import create_submission, record_final_evaluation

from .factories import make_assignment, make_course, make_instructor, make_student

pytestmark = pytest.mark.django_db

NAME, SCHOOL_ID = "Zelda Quartermaine", "ZQ4242"


@pytest.fixture
def setup(client, settings):
    settings.SIMILARITY = "tfidf"
    instructor = make_instructor()
    course = make_course(instructor)
    assignment = make_assignment(course)
    assignment.anonymous_grading = True
    assignment.save()
    zelda = make_student(course, SCHOOL_ID, NAME)
    sub = create_submission(assignment, zelda, text="Recursion calls itself.")
    other = create_submission(assignment, make_student(course), text="Recursion calls itself!")
    form_groups(assignment)
    client.force_login(instructor)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=instructor).key}")
    return {"instructor": instructor, "assignment": assignment, "zelda": zelda, "sub": sub, "other": other, "api": api}


def pages(s, client):
    s["sub"].refresh_from_db()
    group = s["sub"].answer_group
    urls = [
        reverse("gradebook:assignment_detail", args=[s["assignment"].pk]),
        reverse("gradebook:grade_submission", args=[s["sub"].pk]),
        reverse("gradebook:answer_groups", args=[s["assignment"].pk]),
        reverse("gradebook:answer_group", args=[group.pk]),
        reverse("gradebook:grades_export", args=[s["assignment"].pk]),
    ]
    return {url: client.get(url).content.decode() for url in urls}


def api_bodies(s):
    a = s["assignment"].pk
    return [
        s["api"].get(f"/api/v1/submissions/?assignment={a}").content.decode(),
        s["api"].get(f"/api/v1/submissions/{s['sub'].pk}/").content.decode(),
        s["api"].get(f"/api/v1/answer-groups/?assignment={a}").content.decode(),
    ]


def test_anonymous_grading_hides_names_and_ids_in_pages_and_api_until_release(setup, client):
    for url, body in pages(setup, client).items():
        assert NAME not in body and SCHOOL_ID not in body, url
        assert f"Answer #{setup['sub'].pk}" in body or "/groups/" in url, url
    for body in api_bodies(setup):
        assert NAME not in body and SCHOOL_ID not in body
    listed = setup["api"].get(f"/api/v1/submissions/?assignment={setup['assignment'].pk}").json()["results"]
    assert {s["student"] for s in listed} == {None}
    by_student = setup["api"].get(f"/api/v1/submissions/?student={setup['zelda'].pk}").json()["results"]
    assert by_student == []
    saved = client.post(reverse("gradebook:grade_submission", args=[setup["sub"].pk]), {"s0_score": "3"}, follow=True)
    assert SCHOOL_ID not in saved.content.decode()


def test_names_show_again_once_the_grades_are_released(setup, client):
    record_final_evaluation(setup["sub"], {"Answer": {"score": 3}}, setup["instructor"])
    release_grades(setup["assignment"], setup["instructor"])
    assert all(SCHOOL_ID in body for url, body in pages(setup, client).items() if not url.endswith("/groups/"))
    assert SCHOOL_ID in api_bodies(setup)[2]
    listed = setup["api"].get(f"/api/v1/submissions/?student={setup['zelda'].pk}").json()["results"]
    assert [s["id"] for s in listed] == [setup["sub"].pk]


def test_an_assignment_without_anonymous_grading_shows_names(setup, client):
    setup["assignment"].anonymous_grading = False
    setup["assignment"].save()
    assert all(SCHOOL_ID in body for url, body in pages(setup, client).items() if not url.endswith("/groups/"))


def test_the_instructor_turns_anonymous_grading_on_from_the_assignment_page(setup, client):
    url = reverse("gradebook:anonymous_grading", args=[setup["assignment"].pk])
    client.post(url, {"anonymous": "0"})
    setup["assignment"].refresh_from_db()
    assert setup["assignment"].anonymous_grading is False
    client.force_login(make_instructor())
    assert client.post(url, {"anonymous": "1"}).status_code == 404
    setup["assignment"].refresh_from_db()
    assert setup["assignment"].anonymous_grading is False
