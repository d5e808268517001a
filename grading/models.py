"""Grading with a model: batches of suggestion requests, each request's outcome, and what
instructors did with the suggestions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q

from gradebook.models import Assignment, Evaluation


class GradingBatch(models.Model):
    """Suggestions requested for one submission or for an assignment's ungraded ones, made by
    a django-q2 worker; ``done``/``total`` is its progress (see grading.suggestions and
    grading.precompute, which makes them for arrived submissions)."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    class Scope(models.TextChoices):
        SUBMISSION = "submission", "One submission"
        UNGRADED = "ungraded", "The assignment's ungraded submissions"
        PRECOMPUTE = "precompute", "Arrived submissions, before anyone asks"

    FINISHED = (Status.DONE, Status.FAILED)

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="grading_batches")
    scope = models.CharField(max_length=16, choices=Scope.choices, default=Scope.UNGRADED)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    suggested = models.PositiveIntegerField(default=0)
    no_suggestion = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(
        null=True, blank=True, help_text="The worker's last sign of life: its start, then each group graded."
    )
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(done__lte=models.F("total")), name="grading_batch_done_within_total"),
            models.CheckConstraint(
                condition=Q(done=models.F("suggested") + models.F("no_suggestion")), name="grading_batch_done_adds_up"
            ),
        ]

    def __str__(self):
        return f"Grading batch #{self.pk} ({self.get_status_display()})"

    @property
    def is_finished(self) -> bool:
        return self.status in self.FINISHED

    @property
    def progress_percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else (100 if self.is_finished else 0)


class SuggestionAttempt(models.Model):
    """One request for a suggestion on one submission: the suggestion it produced, or why
    there is none (a list of {provider, model, reason}). Invalid scores are never stored."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SUGGESTED = "suggested", "Suggested"
        NO_SUGGESTION = "none", "No suggestion"

    submission = models.ForeignKey("gradebook.Submission", on_delete=models.CASCADE, related_name="suggestion_attempts")
    batch = models.ForeignKey(GradingBatch, null=True, blank=True, on_delete=models.CASCADE, related_name="items")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    suggestion = models.OneToOneField(
        Evaluation, null=True, blank=True, on_delete=models.SET_NULL, related_name="attempt"
    )
    reasons = models.JSONField(default=list, blank=True)
    flags = models.JSONField(
        default=list,
        blank=True,
        help_text="Why the answer may be gaming the grader (llm.gaming): a list of {code, reason}. "
        "The suggestion is made all the same; the instructor looks.",
    )
    stale = models.BooleanField(
        default=False, help_text="The suggestion's model no longer grades first: a new one is made when the form opens."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["submission", "created_at"])]

    def __str__(self):
        return f"Suggestion attempt #{self.pk} ({self.get_status_display()})"

    def clean(self):
        if self.suggestion_id and self.suggestion.status != Evaluation.Status.SUGGESTED:
            raise ValidationError({"suggestion": "Only a suggested evaluation can be an attempt's suggestion."})


class SuggestionReview(models.Model):
    """What an instructor did with a suggestion: the final evaluation saved after it, whether
    the scores were kept as they were, and how far they moved (absolute, total and mean per
    section). Written whenever a final evaluation follows a suggestion (form, API, accept)."""

    suggestion = models.OneToOneField(Evaluation, on_delete=models.CASCADE, related_name="review")
    final = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="reviews_of_suggestions")
    model_version_label = models.CharField(max_length=200, blank=True, db_index=True)
    accepted_as_is = models.BooleanField()
    total_abs_change = models.FloatField(validators=[MinValueValidator(0.0)])
    section_abs_change = models.FloatField(validators=[MinValueValidator(0.0)], help_text="Mean over the sections.")
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    reviewed_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-reviewed_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(total_abs_change__gte=0) & Q(section_abs_change__gte=0),
                name="suggestion_review_changes_positive",
            ),
        ]

    def __str__(self):
        return f"Review of suggestion #{self.suggestion_id}"


class Rollout(models.Model):
    """A candidate version tried on live suggestion requests beside the active one: in shadow
    it grades every request unseen; in canary it serves ``share`` of them (chosen by a stable
    hash of the submission). The steps and their gate: grading.rollout and evaluation.rollout."""

    class Stage(models.TextChoices):
        SHADOW = "shadow", "Shadow"
        CANARY = "canary", "Canary"
        PROMOTED = "promoted", "Promoted"
        ROLLED_BACK = "rolled_back", "Rolled back"

    OPEN = (Stage.SHADOW, Stage.CANARY)

    candidate = models.ForeignKey("training.ModelVersion", on_delete=models.PROTECT, related_name="rollouts")
    active = models.ForeignKey(
        "training.ModelVersion",
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The version active when the rollout started, which it is compared with.",
    )
    stage = models.CharField(max_length=16, choices=Stage.choices, default=Stage.SHADOW)
    share = models.FloatField(default=0.0, help_text="Share of suggestion requests the candidate serves.")
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(blank=True, help_text="Why it ended (a rollback's figures).")

    class Meta:
        ordering = ["-started_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(share__gte=0) & Q(share__lte=1), name="rollout_share_is_a_share"),
        ]

    def __str__(self):
        share = f" {self.share:.0%}" if self.stage == self.Stage.CANARY else ""
        return f"Rollout of {self.candidate} ({self.get_stage_display()}{share})"

    @property
    def is_open(self) -> bool:
        return self.stage in self.OPEN


class RolloutGrade(models.Model):
    """One version's grade of a submission during a rollout, served or shadow. A shadow grade
    is never an Evaluation: no page, API, export or metric of served suggestions reads it."""

    rollout = models.ForeignKey(Rollout, on_delete=models.CASCADE, related_name="grades")
    submission = models.ForeignKey("gradebook.Submission", on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey("training.ModelVersion", on_delete=models.PROTECT, related_name="+")
    served = models.BooleanField(help_text="Shown to the instructor (the suggestion); otherwise a shadow grade.")
    outcome = models.CharField(max_length=16, help_text="ok, fallback, invalid or error (grading.metrics).")
    sections = models.JSONField(null=True, blank=True, help_text="The version's own scores; empty when it gave none.")
    total = models.FloatField(null=True, blank=True)
    latency_ms = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["rollout", "submission"])]

    def __str__(self):
        return f"{'Served' if self.served else 'Shadow'} grade by {self.version_id} of submission {self.submission_id}"
