import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from consent.models import AuditEvent
from gradebook.models import Evaluation, RegradeRequest
from gradebook.releases import answer_regrade, release_grades, request_regrade
from gradebook.services import create_submission, record_final_evaluation
from gradebook.study_cards import student_link_token

from .factories import SPEECH_RUBRIC, make_assignment, make_course, make_instructor, make_student

pytestmark = pytest.mark.django_db


def scores(content, delivery, comment=""):
    return {"Content": {"score": content, "comment": comment}, "Delivery": {"score": delivery}}


@pytest.fixture
def setup(client):
    instructor = make_instructor()
    course = make_course(instructor)
    assignment = make_assignment(course, sections=SPEECH_RUBRIC)
    ada, bo = make_student(course, "S10001", "Ada Lovelace"), make_student(course, "S10002", "Bo Peep")
    ada_sub = create_submission(assignment, ada, text="Ada's speech")
    bo_sub = create_submission(assignment, bo, text="Bo's speech")
    record_final_evaluation(ada_sub, scores(31, 22, "Ada: strong argument"), instructor)
    record_final_evaluation(bo_sub, scores(12, 9, "Bo: needs evidence"), instructor)
    client.force_login(instructor)
    return {
        "instructor": instructor,
        "course": course,
        "assignment": assignment,
        "ada": ada,
        "bo": bo,
        "ada_sub": ada_sub,
        "bo_sub": bo_sub,
    }


def grades_page(client, student):
    client.logout()
    return client.get(reverse("gradebook:student_grades", args=[student_link_token(student)])).content.decode()


def test_a_student_sees_nothing_before_release_and_only_their_own_grade_after(setup, client):
    assert "strong argument" not in grades_page(client, setup["ada"])
    client.force_login(setup["instructor"])
    client.post(reverse("gradebook:release_grades", args=[setup["assignment"].pk]))
    ada_page = grades_page(client, setup["ada"])
    assert "Ada: strong argument" in ada_page and "53 / 70" in ada_page and "31 / 40" in ada_page
    assert "Bo: needs evidence" not in ada_page and "21 / 70" not in ada_page and "Bo Peep" not in ada_page
    bo_page = grades_page(client, setup["bo"])
    assert "Bo: needs evidence" in bo_page and "Ada" not in bo_page
    event = AuditEvent.objects.get(action="grades.released")
    assert event.actor == setup["instructor"] and event.target_id == str(setup["assignment"].pk)


def test_releasing_twice_is_refused_and_another_instructor_cannot_release(setup, client):
    other = make_instructor()
    client.force_login(other)
    assert client.post(reverse("gradebook:release_grades", args=[setup["assignment"].pk])).status_code == 404
    release_grades(setup["assignment"], setup["instructor"])
    with pytest.raises(ValidationError):
        release_grades(setup["assignment"], setup["instructor"])
    assert AuditEvent.objects.filter(action="grades.released").count() == 1


def test_a_regrade_request_round_trip_changes_the_grade_and_is_audited(setup, client):
    release_grades(setup["assignment"], setup["instructor"])
    client.logout()
    token = student_link_token(setup["ada"])
    asked = client.post(
        reverse("gradebook:student_regrade", args=[token, setup["ada_sub"].pk]),
        {"reason": "I did give evidence in paragraph two."},
    )
    assert asked.status_code == 302
    regrade = RegradeRequest.objects.get()
    assert (regrade.status, regrade.total_before) == ("open", 53)
    again = client.post(reverse("gradebook:student_regrade", args=[token, setup["ada_sub"].pk]), {"reason": "Again"})
    assert again.status_code == 400 and RegradeRequest.objects.count() == 1

    client.force_login(setup["instructor"])
    page = client.get(reverse("gradebook:assignment_detail", args=[setup["assignment"].pk])).content.decode()
    assert "I did give evidence in paragraph two." in page
    answer_url = reverse("gradebook:regrade_answer", args=[regrade.pk])
    refused = client.post(answer_url, {"answer": "", "s0_score": "35", "s1_score": "22"})
    assert refused.status_code == 400 and Evaluation.objects.final().get(submission=setup["ada_sub"]).total == 53
    done = client.post(
        answer_url, {"answer": "You are right.", "s0_score": "35", "s0_comment": "Evidence found", "s1_score": "22"}
    )
    assert done.status_code == 302
    regrade.refresh_from_db()
    assert (regrade.status, regrade.total_after, regrade.answered_by) == ("answered", 57, setup["instructor"])
    assert Evaluation.objects.final().get(submission=setup["ada_sub"]).total == 57
    ada_page = grades_page(client, setup["ada"])
    assert "You are right." in ada_page and "57 / 70" in ada_page and "from 53 to 57" in ada_page
    requested = AuditEvent.objects.get(action="grades.regrade_requested")
    answered = AuditEvent.objects.get(action="grades.regrade_answered")
    assert requested.actor is None and "paragraph" not in str(requested.details)
    assert answered.details["total_before"] == 53 and answered.details["total_after"] == 57
    assert answered.details["grade_changed"] is True


def test_a_student_cannot_ask_about_another_students_grade_or_an_unreleased_one(setup, client):
    token = student_link_token(setup["ada"])
    client.logout()
    url = reverse("gradebook:student_regrade", args=[token, setup["ada_sub"].pk])
    assert client.post(url, {"reason": "Before release"}).status_code == 404
    release_grades(setup["assignment"], setup["instructor"])
    other = reverse("gradebook:student_regrade", args=[token, setup["bo_sub"].pk])
    assert client.post(other, {"reason": "Bo's grade"}).status_code == 404
    with pytest.raises(ValidationError):
        request_regrade(setup["ada"], setup["bo_sub"], "Bo's grade")
    assert not RegradeRequest.objects.exists()


def test_an_answer_that_keeps_the_scores_leaves_the_grade_as_it_was(setup):
    release_grades(setup["assignment"], setup["instructor"])
    regrade = request_regrade(setup["bo"], setup["bo_sub"], "Please check the delivery score.")
    before = Evaluation.objects.final().get(submission=setup["bo_sub"])
    answered = answer_regrade(regrade, "The delivery score stands.", setup["instructor"], before.sections)
    assert answered.total_after == 21
    assert Evaluation.objects.final().get(submission=setup["bo_sub"]).updated_at == before.updated_at
    with pytest.raises(ValidationError):
        answer_regrade(regrade, "Twice", setup["instructor"])


def test_the_api_lists_and_answers_regrade_requests_and_releases(setup):
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=setup['instructor']).key}")
    released = api.post(f"/api/v1/assignments/{setup['assignment'].pk}/release/")
    assert released.status_code == 200 and released.json()["grades_released_at"]
    assert api.post(f"/api/v1/assignments/{setup['assignment'].pk}/release/").status_code == 400
    request_regrade(setup["bo"], setup["bo_sub"], "Please look again.")
    listed = api.get(f"/api/v1/regrade-requests/?assignment={setup['assignment'].pk}&status=open").json()["results"]
    assert [(r["student"], r["reason"]) for r in listed] == [("S10002", "Please look again.")]
    answered = api.post(
        f"/api/v1/regrade-requests/{listed[0]['id']}/answer/",
        {"answer": "Raised.", "sections": scores(20, 9)},
        format="json",
    )
    assert answered.status_code == 200 and answered.json()["total_after"] == 29
    stats = api.get(f"/api/v1/assignments/{setup['assignment'].pk}/statistics/").json()
    assert stats["graded"] == 2 and stats["total"]["mean"] == 41
    stranger = APIClient()
    stranger.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=make_instructor()).key}")
    assert stranger.get("/api/v1/regrade-requests/").json()["results"] == []
    assert stranger.post(f"/api/v1/regrade-requests/{listed[0]['id']}/answer/", {"answer": "x"}).status_code == 404


def test_a_super_admin_reads_regrade_requests_in_the_admin_and_cannot_edit_them(setup, client):
    from django.contrib.auth import get_user_model

    release_grades(setup["assignment"], setup["instructor"])
    regrade = request_regrade(setup["bo"], setup["bo_sub"], "Please look again.")
    root = get_user_model().objects.create_superuser("root", password="pass-word-123", email="")
    client.force_login(root)
    listing = client.get(reverse("admin:gradebook_regraderequest_changelist"))
    assert listing.status_code == 200 and f"/{regrade.pk}/" in listing.content.decode()
    detail = client.get(reverse("admin:gradebook_regraderequest_change", args=[regrade.pk])).content.decode()
    assert "Please look again." in detail and 'name="_save"' not in detail
