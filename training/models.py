"""Training: LoRA jobs on an export, their events and checkpoints, and the model versions they make."""

from django.conf import settings
from django.db import models
from django.db.models import Q


class TrainingJob(models.Model):
    """LoRA fine-tuning of a base model on an approved export, run by a django-q2 worker.

    The lifecycle follows hosted fine-tuning APIs: validating -> queued -> running ->
    succeeded / failed / cancelled. The worker writes progress and a heartbeat as it goes.
    """

    class Status(models.TextChoices):
        VALIDATING = "validating", "Validating the export"
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"
        CANCELLED = "cancelled", "Cancelled"

    FINISHED = (Status.SUCCEEDED, Status.FAILED, Status.CANCELLED)

    export = models.ForeignKey("exports.Export", on_delete=models.PROTECT, related_name="training_jobs")
    base_model = models.CharField(max_length=500, help_text="A name under BASE_MODELS_DIR or a local model folder.")
    hyperparameters = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.VALIDATING, db_index=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    step = models.PositiveIntegerField(default=0)
    total_steps = models.PositiveIntegerField(default=0)
    epoch = models.FloatField(default=0)
    train_loss = models.FloatField(null=True, blank=True)
    val_loss = models.FloatField(null=True, blank=True)
    best_val_loss = models.FloatField(null=True, blank=True)
    tokens_per_s = models.FloatField(null=True, blank=True)
    eta_seconds = models.FloatField(null=True, blank=True)
    history = models.JSONField(default=list, blank=True, help_text="[{step, train_loss, val_loss}] for the loss curve.")

    cancel_requested = models.BooleanField(default=False)
    worker = models.CharField(max_length=200, blank=True, help_text="host:pid of the worker running it.")
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    output_dir = models.CharField(max_length=500, blank=True)
    mlflow_run_id = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Training job #{self.pk} ({self.get_status_display()})"

    @property
    def is_finished(self) -> bool:
        return self.status in self.FINISHED


class TrainingEvent(models.Model):
    """Something that happened to a job: started, checkpoint saved, eval, finished, failed..."""

    job = models.ForeignKey(TrainingJob, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=40)
    message = models.TextField(blank=True)
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.kind}: {self.message}"


class TrainingCheckpoint(models.Model):
    job = models.ForeignKey(TrainingJob, on_delete=models.CASCADE, related_name="checkpoints")
    step = models.PositiveIntegerField()
    train_loss = models.FloatField(null=True, blank=True)
    val_loss = models.FloatField(null=True, blank=True)
    path = models.CharField(max_length=500)
    is_best = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["job", "step"]
        constraints = [models.UniqueConstraint(fields=["job", "step"], name="one_checkpoint_per_job_step")]

    def __str__(self):
        return f"Job #{self.job_id} step {self.step}"


class ModelVersion(models.Model):
    """A servable model: a base model plus, optionally, a LoRA adapter, with its lineage.

    At most one version is active; grading uses it. Promotion and rollback (evaluation app)
    move the active flag and keep their own history.
    """

    class Status(models.TextChoices):
        CANDIDATE = "candidate", "Candidate"
        ACTIVE = "active", "Active"
        RETIRED = "retired", "Retired"

    label = models.CharField(max_length=100, unique=True)
    base_model = models.CharField(max_length=500)
    adapter_path = models.CharField(max_length=500, blank=True, help_text="Empty: the base model alone.")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.CANDIDATE, db_index=True)
    job = models.ForeignKey(TrainingJob, null=True, blank=True, on_delete=models.SET_NULL, related_name="versions")
    checkpoint = models.ForeignKey(
        TrainingCheckpoint, null=True, blank=True, on_delete=models.SET_NULL, related_name="versions"
    )
    export = models.ForeignKey(
        "exports.Export", null=True, blank=True, on_delete=models.PROTECT, related_name="model_versions"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    activated_at = models.DateTimeField(null=True, blank=True)
    contains_withdrawn = models.BooleanField(
        default=False, help_text="Its training data holds work whose consent was later withdrawn."
    )
    mlflow_model_name = models.CharField(max_length=200, blank=True)
    mlflow_model_version = models.CharField(max_length=20, blank=True)
    averaged_steps = models.JSONField(
        default=list,
        blank=True,
        help_text="The checkpoint steps whose adapters were averaged into this version's; empty: its checkpoint's own.",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["status"], condition=Q(status="active"), name="at_most_one_active_model_version"
            )
        ]

    def __str__(self):
        return self.label
