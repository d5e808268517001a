import pytest
from django.core import signing
from django.test import RequestFactory
from django.urls import reverse

from consent import services
from consent.models import AuditEvent, ConsentRecord
from tests.gradebook.factories import make_course, make_instructor, make_student

from .helpers import publish_forms

pytestmark = pytest.mark.django_db


def _link(student):
    return services.consent_link(RequestFactory().get("/"), student)


def test_student_grants_and_withdraws_through_the_signed_link_without_logging_in(client):
    publish_forms()
    student = make_student(make_course())
    url = _link(student)
    page = client.get(url)
    assert page.status_code == 200
    assert "You allow your graded work to train a model." in page.text
    client.post(url, {"action": "grant"})
    record = services.active_record(student)
    assert record.method == ConsentRecord.Method.SIGNED_LINK and record.recorded_by is None
    assert "Consent given" in client.get(url).text
    client.post(url, {"action": "withdraw"})
    assert not services.has_current_consent(student)
    assert AuditEvent.objects.filter(action="consent.withdrawn", actor_label="student (signed link)").exists()


def test_a_tampered_link_changes_nothing(client):
    publish_forms()
    student = make_student(make_course())
    other = make_student(make_course())
    tampered = _link(student).replace(f"/s/{student.pk}:", f"/s/{other.pk}:")
    assert client.post(tampered, {"action": "grant"}).status_code == 404
    assert not ConsentRecord.objects.exists()


def test_an_expired_link_is_refused(client, settings):
    publish_forms()
    student = make_student(make_course())
    token = signing.TimestampSigner(salt=services.LINK_SALT).sign(str(student.pk))
    settings.CONSENT_LINK_MAX_AGE_DAYS = -1
    response = client.post(reverse("consent:student", args=[token]), {"action": "grant"})
    assert response.status_code == 410 and "expired" in response.text
    assert not ConsentRecord.objects.exists()


def test_instructor_consents_on_their_own_page(client):
    publish_forms()
    instructor = make_instructor()
    url = reverse("consent:instructor")
    assert client.get(url).status_code == 302
    client.force_login(instructor)
    assert "You allow your comments to train a model." in client.get(url).text
    client.post(url, {"action": "grant"})
    assert services.active_record(instructor).method == ConsentRecord.Method.INSTRUCTOR_PAGE
    client.post(url, {"action": "withdraw"})
    assert not services.has_current_consent(instructor)


def test_an_unknown_action_changes_nothing(client):
    publish_forms()
    student = make_student(make_course())
    response = client.post(_link(student), {"action": "delete-everything"}, follow=True)
    assert "Nothing was changed" in response.text
    assert not ConsentRecord.objects.exists()


def test_instructor_sees_each_students_consent_state_and_a_working_link(client):
    publish_forms()
    instructor = make_instructor()
    course = make_course(instructor)
    agreeing = make_student(course, name="Ada Agree")
    make_student(course, name="Sam Silent")
    services.grant(agreeing, ConsentRecord.Method.API, None)
    client.force_login(instructor)
    page = client.get(reverse("consent:course", args=[course.pk]))
    assert page.status_code == 200
    rows = {row["student"].name: row for row in page.context["rows"]}
    assert rows["Ada Agree"]["consented"] and not rows["Sam Silent"]["consented"]
    client.logout()
    assert "You allow your graded work to train a model." in client.get(rows["Sam Silent"]["link"]).text


def test_another_instructor_gets_404_for_a_courses_consent_page(client):
    course = make_course(make_instructor())
    make_student(course)
    client.force_login(make_instructor())
    assert client.get(reverse("consent:course", args=[course.pk])).status_code == 404
