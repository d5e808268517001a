import pytest
from django.core.exceptions import ValidationError

from consent import services
from consent.models import AuditEvent, ConsentForm, ConsentRecord
from consent.signals import consent_withdrawn
from tests.gradebook.factories import make_course, make_instructor, make_student

from .helpers import consent, publish_forms

pytestmark = pytest.mark.django_db


def test_publishing_a_new_version_makes_earlier_consent_stop_counting():
    publish_forms()
    student = make_student(make_course())
    consent(student)
    assert services.has_current_consent(student)
    v2 = services.publish_form(ConsentForm.Kind.STUDENT, "Student consent", "New wording.")
    assert v2.version == 2
    assert list(ConsentForm.objects.filter(kind="student", is_current=True)) == [v2]
    assert not services.has_current_consent(student)
    consent(student)
    assert services.active_record(student).form == v2


def test_a_published_form_cannot_be_edited():
    student_form, _ = publish_forms()
    student_form.text = "Sneaky new wording"
    with pytest.raises(ValidationError):
        student_form.save()


def test_granting_needs_a_published_form():
    with pytest.raises(services.ConsentError):
        consent(make_student(make_course()))


def test_withdrawal_takes_effect_at_once_keeps_the_record_and_signals(django_capture_on_commit_callbacks):
    publish_forms()
    student = make_student(make_course())
    record = consent(student)
    heard = []
    consent_withdrawn.connect(lambda sender, **kw: heard.append(kw["student"]), weak=False, dispatch_uid="t1")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            services.withdraw(student, ConsentRecord.Method.SIGNED_LINK)
    finally:
        consent_withdrawn.disconnect(dispatch_uid="t1")
    record.refresh_from_db()
    assert record.withdrawn_at is not None and record.withdrawn_method == "signed_link"
    assert not services.has_current_consent(student)
    assert heard == [student]


def test_instructor_consent_is_separate_from_student_consent():
    publish_forms()
    instructor = make_instructor()
    assert not services.has_current_consent(instructor)
    record = services.grant(instructor, ConsentRecord.Method.INSTRUCTOR_PAGE, instructor)
    assert record.form.kind == "instructor" and record.recorded_by == instructor
    assert services.has_current_consent(instructor)


def test_every_consent_change_is_audited_without_names():
    publish_forms()
    student = make_student(make_course(), name="Zelda Quartermaine")
    consent(student)
    services.withdraw(student, ConsentRecord.Method.API)
    actions = list(AuditEvent.objects.order_by("id").values_list("action", flat=True))
    assert actions == ["consent.form_published", "consent.form_published", "consent.granted", "consent.withdrawn"]
    assert "Zelda" not in str(list(AuditEvent.objects.values()))


def test_the_audit_log_refuses_edits_and_deletes():
    publish_forms()
    event = AuditEvent.objects.first()
    event.action = "forged"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.update(action="forged")
