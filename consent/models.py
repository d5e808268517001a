"""Consent forms (immutable, versioned texts), consent records, and the append-only audit log."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from gradebook.models import Student


class Purpose(models.TextChoices):
    LLM_TRAINING = "llm_training", "Training a grading model"
    RESEARCH = "research", "Education research (not used for exports)"


class ConsentForm(models.Model):
    """One version of a consent text. Never edited: a change is a new version (see services.publish_form)."""

    class Kind(models.TextChoices):
        STUDENT = "student", "Student"
        INSTRUCTOR = "instructor", "Instructor"

    kind = models.CharField(max_length=16, choices=Kind.choices)
    purpose = models.CharField(max_length=32, choices=Purpose.choices, default=Purpose.LLM_TRAINING)
    version = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    text = models.TextField()
    is_current = models.BooleanField(default=False, help_text="Only records for the current version count.")
    published_at = models.DateTimeField(auto_now_add=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["kind", "purpose", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "purpose", "version"], name="unique_consent_form_version"),
            models.UniqueConstraint(
                fields=["kind", "purpose"], condition=Q(is_current=True), name="one_current_consent_form"
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="consent_form_version_positive"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} consent, {self.purpose} v{self.version}"

    def clean(self):
        if not self.text.strip():
            raise ValidationError({"text": "A consent form needs a text."})
        if self.pk:
            stored = (
                ConsentForm.objects.filter(pk=self.pk).values("kind", "purpose", "version", "title", "text").first()
            )
            if stored and any(getattr(self, k) != v for k, v in stored.items()):
                raise ValidationError("A published consent form cannot be edited; publish a new version instead.")

    def save(self, *args, **kwargs):
        self.full_clean(validate_unique=False, validate_constraints=False)
        super().save(*args, **kwargs)


class ConsentRecord(models.Model):
    """A grant of one form version by a student or an instructor, and its withdrawal if any."""

    class Method(models.TextChoices):
        SIGNED_LINK = "signed_link", "Student consent page (signed link)"
        INSTRUCTOR_PAGE = "instructor_page", "Instructor's own consent page"
        API = "api", "API"
        ADMIN = "admin", "Admin"

    form = models.ForeignKey(ConsentForm, on_delete=models.PROTECT, related_name="records")
    student = models.ForeignKey(Student, null=True, blank=True, on_delete=models.CASCADE, related_name="consents")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="consents"
    )
    granted_at = models.DateTimeField(auto_now_add=True)
    method = models.CharField(max_length=20, choices=Method.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who entered the record; empty when the person used their own signed link.",
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_method = models.CharField(max_length=20, choices=Method.choices, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-granted_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(student__isnull=False, user__isnull=True) | Q(student__isnull=True, user__isnull=False)),
                name="consent_record_has_one_subject",
            ),
            models.UniqueConstraint(
                fields=["form", "student"],
                condition=Q(withdrawn_at__isnull=True, student__isnull=False),
                name="one_active_student_consent_per_form",
            ),
            models.UniqueConstraint(
                fields=["form", "user"],
                condition=Q(withdrawn_at__isnull=True, user__isnull=False),
                name="one_active_user_consent_per_form",
            ),
        ]
        indexes = [
            models.Index(
                fields=["student", "form"], condition=Q(withdrawn_at__isnull=True), name="active_student_consent"
            ),
            models.Index(fields=["user", "form"], condition=Q(withdrawn_at__isnull=True), name="active_user_consent"),
        ]

    def __str__(self):
        state = "withdrawn" if self.withdrawn_at else "granted"
        return f"{self.form} {state}"


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("The audit log is append-only.")

    def delete(self):
        raise PermissionError("The audit log is append-only.")


class AuditEvent(models.Model):
    """Append-only: who did what to which object, when. Written through consent.audit.record()."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=150, help_text="The actor as it was at the time (kept if the user goes).")
    action = models.CharField(max_length=64, db_index=True)
    target_type = models.CharField(max_length=64, blank=True, db_index=True)
    target_id = models.CharField(max_length=64, blank=True)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.target_type}#{self.target_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit log is append-only.")
