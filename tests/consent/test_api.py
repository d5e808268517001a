import pytest
from rest_framework.test import APIClient

from consent import services
from consent.models import AuditEvent
from tests.gradebook.factories import make_course, make_instructor, make_student

from .helpers import make_superuser, publish_forms

pytestmark = pytest.mark.django_db


def _api(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_an_external_system_records_a_students_consent_and_withdrawal():
    publish_forms()
    instructor = make_instructor()
    student = make_student(make_course(instructor))
    api = _api(instructor)
    granted = api.post("/api/v1/consent/records/", {"action": "grant", "student_id": student.student_id}, format="json")
    assert granted.status_code == 200
    assert granted.json()[0]["counts"] is True
    assert granted.json()[0]["method"] == "api" and granted.json()[0]["recorded_by"] == instructor.pk
    assert services.has_current_consent(student)
    api.post("/api/v1/consent/records/", {"action": "withdraw", "student_id": student.student_id}, format="json")
    assert not services.has_current_consent(student)
    listed = api.get("/api/v1/consent/records/").json()["results"]
    assert [r["withdrawn_at"] is not None for r in listed] == [True]


def test_consent_for_a_student_outside_ones_courses_is_not_found():
    publish_forms()
    stranger = make_student(make_course(make_instructor()))
    response = _api(make_instructor()).post(
        "/api/v1/consent/records/", {"action": "grant", "student_id": stranger.student_id}, format="json"
    )
    assert response.status_code == 404
    assert not services.has_current_consent(stranger)


def test_an_instructor_records_their_own_consent_through_the_api():
    publish_forms()
    instructor = make_instructor()
    assert _api(instructor).post("/api/v1/consent/records/", {"action": "grant"}, format="json").status_code == 200
    assert services.has_current_consent(instructor)


def test_granting_before_any_form_is_published_is_a_clear_conflict():
    instructor = make_instructor()
    response = _api(instructor).post("/api/v1/consent/records/", {"action": "grant"}, format="json")
    assert response.status_code == 409 and "No consent form" in response.json()["detail"]


def test_consent_link_is_given_only_for_ones_own_students():
    instructor = make_instructor()
    student = make_student(make_course(instructor))
    stranger = make_student(make_course())
    api = _api(instructor)
    url = api.get(f"/api/v1/consent/students/{student.student_id}/link/").json()["url"]
    assert url.startswith("http://testserver/consent/s/")
    assert api.get(f"/api/v1/consent/students/{stranger.student_id}/link/").status_code == 404


def test_only_super_admins_read_the_audit_log_and_nobody_writes_it():
    root = make_superuser()
    publish_forms(by=root)
    assert _api(make_instructor()).get("/api/v1/audit/").status_code == 403
    api = _api(root)
    events = api.get("/api/v1/audit/", {"action": "consent.form_published"}).json()["results"]
    assert len(events) == 2 and events[0]["actor_label"] == "root"
    event_id = events[0]["id"]
    assert api.post("/api/v1/audit/", {"action": "x"}).status_code == 405
    assert api.delete(f"/api/v1/audit/{event_id}/").status_code == 404
    assert AuditEvent.objects.count() == 2


def test_admin_shows_the_audit_log_read_only_to_super_admins(client):
    root = make_superuser()
    publish_forms(by=root)
    client.force_login(root)
    page = client.get("/admin/consent/auditevent/")
    assert page.status_code == 200 and "consent.form_published" in page.text
    event = AuditEvent.objects.first()
    events = AuditEvent.objects.count()  # two published forms and the super-admin's login
    assert client.post(f"/admin/consent/auditevent/{event.pk}/delete/").status_code == 403
    assert client.get("/admin/consent/auditevent/add/").status_code == 403
    assert AuditEvent.objects.count() == events == 3
