"""Evaluation runs (providers compared on one holdout), their items, predictions and
results, and the history of promotions and rollbacks of model versions."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q

from exports.models import Export
from training.models import ModelVersion

TOTAL = ""  # the section name of a result over whole answers (all sections summed)


class EvaluationRun(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    class Source(models.TextChoices):
        EXPORT = "export", "The export's validation split"
        CSV = "csv", "An uploaded graded CSV"

    providers = models.JSONField(help_text='Provider specs, e.g. [{"kind": "version", "version": 3}, {"kind": "knn"}].')
    source = models.CharField(max_length=16, choices=Source.choices)
    export = models.ForeignKey(
        Export,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="evaluation_runs",
        help_text="Its validation split is the holdout (source export); its train split gives the examples.",
    )
    csv_name = models.CharField(max_length=255, blank=True, help_text="The uploaded file (source csv).")
    candidate = models.ForeignKey(
        ModelVersion,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evaluation_runs",
        help_text="The candidate version this run was started for (the promotion gate reads it).",
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED, db_index=True)
    done = models.PositiveIntegerField(default=0, help_text="Answers graded so far, all providers together.")
    total = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(
        null=True, blank=True, help_text="The worker's last sign of life: its start, then each chunk graded."
    )
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)
    mlflow_run_id = models.CharField(max_length=64, blank=True)
    unseen_questions = models.PositiveIntegerField(
        default=0, help_text="Questions of the holdout held out of the example pool, as if nobody had graded them."
    )
    held_out_groups = models.JSONField(
        default=list, blank=True, help_text="The groups (questions) chosen for unseen_questions."
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(source="export") | Q(export__isnull=False), name="evaluation_export_source_has_export"
            ),
            models.CheckConstraint(condition=Q(done__lte=F("total")), name="evaluation_done_at_most_total"),
        ]

    def __str__(self):
        return f"Evaluation run #{self.pk} ({self.get_status_display()})"

    def clean(self):
        if self.source == self.Source.EXPORT and self.export_id is None:
            raise ValidationError({"export": "Choose the export whose validation split is the holdout."})

    @property
    def progress_percent(self) -> int:
        if self.total:
            return round(100 * self.done / self.total)
        return 100 if self.status == self.Status.SUCCEEDED else 0

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.SUCCEEDED, self.Status.FAILED)


class EvaluationItem(models.Model):
    """One holdout answer with the human's scores (texts as in the holdout: anonymized for an export)."""

    run = models.ForeignKey(EvaluationRun, on_delete=models.CASCADE, related_name="items")
    index = models.PositiveIntegerField()
    group = models.CharField(max_length=32, help_text="The question it answers (see evaluation.holdout).")
    kind = models.CharField(max_length=32)
    rubric = models.JSONField()
    question = models.TextField()
    reference_answer = models.TextField(blank=True)
    answer = models.TextField()
    scores = models.JSONField()
    total = models.FloatField()

    class Meta:
        ordering = ["run", "index"]
        constraints = [models.UniqueConstraint(fields=["run", "index"], name="one_evaluation_item_per_index")]


class ItemPrediction(models.Model):
    item = models.ForeignKey(EvaluationItem, on_delete=models.CASCADE, related_name="predictions")
    provider = models.CharField(max_length=100)
    scores = models.JSONField(null=True, blank=True)
    total = models.FloatField(null=True, blank=True)
    out_of_bounds = models.BooleanField(default=False)
    latency_ms = models.FloatField(null=True, blank=True)
    reply = models.TextField(blank=True, help_text="The model's first reply (shortened).")
    error = models.TextField(blank=True)
    not_applicable = models.BooleanField(
        default=False, help_text="The provider needs graded answers of the same question and there were none."
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["item", "provider"], name="one_prediction_per_item_provider")]

    @property
    def valid(self) -> bool:
        return self.scores is not None


class ProviderResult(models.Model):
    """One provider's metrics on one section (``section`` empty: whole answers)."""

    run = models.ForeignKey(EvaluationRun, on_delete=models.CASCADE, related_name="results")
    provider = models.CharField(max_length=100)
    label = models.CharField(max_length=300)
    position = models.PositiveIntegerField(default=0)
    section = models.CharField(max_length=200, blank=True)
    metrics = models.JSONField()

    class Meta:
        ordering = ["run", "position", "section"]
        constraints = [
            models.UniqueConstraint(fields=["run", "provider", "section"], name="one_result_per_provider_section")
        ]

    @property
    def is_total(self) -> bool:
        return self.section == TOTAL


class PromotionHistory(models.Model):
    """A promotion or rollback of the active model version; MLflow keeps no such history."""

    class Action(models.TextChoices):
        PROMOTED = "promoted", "Promoted"
        ROLLED_BACK = "rolled_back", "Rolled back"
        SHADOW = "shadow", "Shadow rollout started"
        CANARY = "canary", "Canary share raised"
        ROLLOUT_STOPPED = "rollout_stopped", "Rollout stopped"

    action = models.CharField(max_length=16, choices=Action.choices)
    from_version = models.ForeignKey(
        ModelVersion,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The version active before (none: nothing was active).",
    )
    to_version = models.ForeignKey(ModelVersion, on_delete=models.PROTECT, related_name="+")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)
    run = models.ForeignKey(
        EvaluationRun,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The evaluation run the gate decided on (promotions).",
    )
    metric = models.CharField(max_length=20, blank=True)
    values = models.JSONField(default=dict, blank=True, help_text="The gate's figures: candidate, active, margin...")
    rollout = models.ForeignKey(
        "grading.Rollout",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The live rollout this step belongs to (shadow, canary, its promotion or stop).",
    )

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name_plural = "promotion history"
        constraints = [
            models.CheckConstraint(condition=~Q(from_version=F("to_version")), name="promotion_changes_version")
        ]

    def __str__(self):
        return f"{self.get_action_display()}: {self.from_version or '—'} → {self.to_version}"


class VersionPromotion(ModelVersion):
    """Model versions as the promotion admin shows them (the training app owns the model)."""

    class Meta:
        proxy = True
        verbose_name = "model version promotion"
