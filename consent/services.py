"""Consent rules: publishing form versions, granting, withdrawing, and who counts as consenting.

Only a record for the *current* form version of a kind and purpose, not withdrawn, counts;
publishing a new version therefore makes every earlier record stop counting at once.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Exists, Max, OuterRef
from django.urls import reverse
from django.utils import timezone

from core.errors import Conflict
from core.links import id_from_signed, signed_id
from gradebook.models import Student

from . import audit
from .models import ConsentForm, ConsentRecord, Purpose
from .signals import consent_withdrawn

LINK_SALT = "consent.student-link"


class ConsentError(Conflict):
    """The consent change cannot be made (e.g. no form has been published yet)."""


def _kind_for(subject) -> str:
    return ConsentForm.Kind.STUDENT if isinstance(subject, Student) else ConsentForm.Kind.INSTRUCTOR


def _subject_filter(subject) -> dict:
    return {"student": subject} if isinstance(subject, Student) else {"user": subject}


def current_form(kind: str, purpose: str = Purpose.LLM_TRAINING) -> ConsentForm | None:
    return ConsentForm.objects.filter(kind=kind, purpose=purpose, is_current=True).first()


@transaction.atomic
def publish_form(kind: str, title: str, text: str, by=None, purpose: str = Purpose.LLM_TRAINING) -> ConsentForm:
    """Publish the next version of a form and make it the current one."""
    last = ConsentForm.objects.filter(kind=kind, purpose=purpose).aggregate(v=Max("version"))["v"] or 0
    ConsentForm.objects.filter(kind=kind, purpose=purpose, is_current=True).update(is_current=False)
    form = ConsentForm.objects.create(
        kind=kind, purpose=purpose, version=last + 1, title=title, text=text, is_current=True, published_by=by
    )
    audit.record(by, "consent.form_published", form, kind=kind, purpose=purpose, version=form.version)
    return form


def active_record(subject, purpose: str = Purpose.LLM_TRAINING) -> ConsentRecord | None:
    """The record that makes this person's work count now, if any."""
    return ConsentRecord.objects.filter(
        **_subject_filter(subject),
        form__purpose=purpose,
        form__is_current=True,
        form__kind=_kind_for(subject),
        withdrawn_at__isnull=True,
    ).first()


def has_current_consent(subject, purpose: str = Purpose.LLM_TRAINING) -> bool:
    return active_record(subject, purpose) is not None


@transaction.atomic
def grant(subject, method: str, recorded_by=None, purpose: str = Purpose.LLM_TRAINING) -> ConsentRecord:
    """Record consent to the current form; granting twice keeps the first record."""
    form = current_form(_kind_for(subject), purpose)
    if form is None:
        raise ConsentError("No consent form has been published for this purpose yet.")
    existing = ConsentRecord.objects.filter(form=form, withdrawn_at__isnull=True, **_subject_filter(subject)).first()
    if existing:
        return existing
    record = ConsentRecord.objects.create(form=form, method=method, recorded_by=recorded_by, **_subject_filter(subject))
    audit.record(
        recorded_by,
        "consent.granted",
        record,
        actor_label=_actor_label(recorded_by, method),
        kind=form.kind,
        purpose=purpose,
        version=form.version,
        method=method,
    )
    return record


@transaction.atomic
def withdraw(subject, method: str, recorded_by=None, purpose: str = Purpose.LLM_TRAINING) -> list[ConsentRecord]:
    """Withdraw every standing grant (any version) at once; always allowed, even with nothing to withdraw."""
    records = list(
        ConsentRecord.objects.select_for_update().filter(
            **_subject_filter(subject), form__purpose=purpose, withdrawn_at__isnull=True
        )
    )
    now = timezone.now()
    for record in records:
        record.withdrawn_at, record.withdrawn_method, record.withdrawn_by = now, method, recorded_by
        record.save(update_fields=["withdrawn_at", "withdrawn_method", "withdrawn_by"])
        audit.record(
            recorded_by,
            "consent.withdrawn",
            record,
            actor_label=_actor_label(recorded_by, method),
            kind=record.form.kind,
            purpose=purpose,
            version=record.form.version,
            method=method,
        )
    if records:
        student = subject if isinstance(subject, Student) else None
        user = None if student else subject
        transaction.on_commit(
            lambda: consent_withdrawn.send(sender=ConsentRecord, records=records, student=student, user=user)
        )
    return records


def _actor_label(user, method: str) -> str:
    if user is not None:
        return user.get_username()
    return "student (signed link)" if method == ConsentRecord.Method.SIGNED_LINK else "system"


def current_consent_exists(subject_ref: str, kind: str, purpose: str = Purpose.LLM_TRAINING) -> Exists:
    """An Exists() for querysets: does the student/user at ``subject_ref`` have a current consent?

    ``subject_ref`` is a path to a Student (kind student) or a user (kind instructor), e.g.
    ``"submission__student"`` or ``"graded_by"`` from an Evaluation.
    """
    field = "student" if kind == ConsentForm.Kind.STUDENT else "user"
    return Exists(
        ConsentRecord.objects.filter(
            **{field: OuterRef(subject_ref)},
            form__kind=kind,
            form__purpose=purpose,
            form__is_current=True,
            withdrawn_at__isnull=True,
        )
    )


def link_token(student: Student) -> str:
    return signed_id(student.pk, LINK_SALT)


def student_from_token(token: str) -> Student:
    """The student a consent link was made for; raises signing.BadSignature (or SignatureExpired)."""
    pk = id_from_signed(token, LINK_SALT, max_age=settings.CONSENT_LINK_MAX_AGE_DAYS * 86400)
    try:
        return Student.objects.get(pk=pk)
    except Student.DoesNotExist:
        raise signing.BadSignature("The student no longer exists.") from None


def consent_link(request, student: Student) -> str:
    """The absolute URL of the student's consent page (signed, expires after CONSENT_LINK_MAX_AGE_DAYS).

    Callers must already have scoped ``student`` to the requesting instructor (gradebook.access).
    """
    return request.build_absolute_uri(reverse("consent:student", args=[link_token(student)]))
