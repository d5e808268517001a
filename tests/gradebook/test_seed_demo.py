import io

import pytest
from django.contrib import auth
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import RequestFactory

from gradebook import demo_data
from gradebook.models import Assignment, Course, Enrollment, Evaluation, Student, Submission

pytestmark = pytest.mark.django_db


def authenticate(**credentials):
    """As the login form does: with the request, which django-axes needs to count failures."""
    return auth.authenticate(RequestFactory().post("/accounts/login/"), **credentials)


@pytest.fixture(autouse=True)
def development(settings, monkeypatch):
    """As `make run` has it: DEBUG on, no passwords in the environment; a fast hasher for the test."""
    settings.DEBUG = True
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (get_user_model(), Course, Assignment, Student, Enrollment, Submission, Evaluation)
    }


def seed():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_seed_demo_creates_a_graded_course_with_three_kinds_of_work():
    output = seed()

    course = Course.objects.get(code="DEMO-101")
    demo = get_user_model().objects.get(username="demo")
    assert list(course.instructors.all()) == [demo]
    assert authenticate(username="demo", password="demo-pass-2026") == demo
    assert authenticate(username="admin", password="admin-pass-2026").is_superuser
    assert "'demo-pass-2026'" in output and "'admin-pass-2026'" in output
    kinds = dict(course.assignments.values_list("kind", "title"))
    assert set(kinds) == {"short_answer", "essay", "speech_transcript"}
    speech = course.assignments.get(kind="speech_transcript").rubric.sections
    assert [(s["name"], s["max_score"]) for s in speech] == [("Content", 40), ("Delivery", 30)]
    assert sum(c["max_points"] for c in speech[0]["criteria"]) == 40
    assert Submission.objects.filter(assignment__course=course).count() == 60
    assert Student.objects.filter(courses=course).count() == len(demo_data.STUDENTS) == 24
    finals = Evaluation.objects.filter(status="final", submission__assignment__course=course)
    assert finals.count() == 42
    assert set(finals.values_list("graded_by", flat=True)) == {demo.pk}
    assert Submission.objects.filter(evaluations__isnull=True).count() == 18


def test_demo_grades_follow_quality_and_fit_the_rubrics():
    seed()
    speeches = Evaluation.objects.filter(submission__assignment__kind="speech_transcript")
    best = speeches.order_by("-total").first()
    assert best.total <= 70
    content = best.sections["Content"]
    assert sum(c["points"] for c in content["criteria"]) == content["score"]
    short = dict(
        Evaluation.objects.filter(submission__assignment__kind="short_answer").values_list("submission__text", "total")
    )
    assert short["not sure"] == 0


def test_running_seed_demo_again_adds_nothing_and_keeps_changed_passwords():
    seed()
    demo = get_user_model().objects.get(username="demo")
    demo.set_password("changed-by-the-user-1")
    demo.save()
    before = counts()

    output = seed()

    assert counts() == before
    assert "nothing, it was already there" in output
    assert authenticate(username="demo", password="changed-by-the-user-1") is not None


def test_without_debug_the_passwords_must_come_from_the_environment(settings, monkeypatch):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="Set DEMO_PASSWORD"):
        seed()
    monkeypatch.setenv("DEMO_PASSWORD", "from-the-env-77")
    monkeypatch.setenv("ADMIN_PASSWORD", "admin-from-env-77")
    seed()
    assert authenticate(username="demo", password="from-the-env-77") is not None
    assert authenticate(username="admin", password="admin-from-env-77").is_superuser
