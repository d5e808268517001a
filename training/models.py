"""Dataset exports (and, later, training jobs and model versions)."""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from gradebook.models import Assignment, Course, Evaluation, Student


MAX_HINT_NEIGHBOURS = 16


class Export(models.Model):
    """A request for an anonymized dataset, its approval, and the files a worker built from it."""

    class Status(models.TextChoices):
        REQUESTED = "requested", "Requested"
        APPROVED = "approved", "Approved (queued)"
        REJECTED = "rejected", "Rejected"
        BUILDING = "building", "Building"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    status = models.CharField(max_length=16, choices=Status.choices, default=Status.REQUESTED, db_index=True)
    courses = models.ManyToManyField(Course, blank=True, related_name="+", help_text="Empty: every course.")
    assignments = models.ManyToManyField(Assignment, blank=True, related_name="+", help_text="Empty: every assignment.")
    graded_from = models.DateTimeField(null=True, blank=True, help_text="Final evaluations saved at or after this time.")
    graded_until = models.DateTimeField(null=True, blank=True, help_text="Final evaluations saved before this time.")
    validation_ratio = models.FloatField(
        default=0.1, validators=[MinValueValidator(0.0), MaxValueValidator(0.5)],
        help_text="The share of students whose work goes to validation.jsonl (0 to 0.5).",
    )
    seed = models.PositiveIntegerField(default=0, help_text="The same seed and data give byte-identical files.")
    hint_neighbours = models.PositiveSmallIntegerField(
        default=0, validators=[MaxValueValidator(MAX_HINT_NEIGHBOURS)],
        help_text="Grading hints in every prompt: the answer's similarity to the reference answer, the question's "
                  "mean score, the scores of this many most similar graded answers of the same question, and an "
                  "estimate fitted on those numbers (0: no hints). A model trained on the export gets them "
                  f"whenever it grades. At most {MAX_HINT_NEIGHBOURS}.",
    )

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    requested_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    rejection_reason = models.TextField(blank=True)

    rows_total = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    train_count = models.PositiveIntegerField(default=0)
    validation_count = models.PositiveIntegerField(default=0)
    excluded_no_consent = models.PositiveIntegerField(default=0)
    comments_dropped = models.PositiveIntegerField(
        default=0, help_text="Examples exported without comments because the grader has not consented."
    )
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)
    manifest = models.JSONField(default=dict, blank=True)
    contains_withdrawn = models.BooleanField(
        default=False, help_text="Someone withdrew consent after this export was built; build a new one."
    )

    class Meta:
        ordering = ["-requested_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(validation_ratio__gte=0) & Q(validation_ratio__lte=0.5), name="export_validation_ratio_range"
            ),
            models.CheckConstraint(
                condition=Q(graded_from__isnull=True) | Q(graded_until__isnull=True) | Q(graded_from__lt=models.F("graded_until")),
                name="export_date_range_ordered",
            ),
        ]

    def __str__(self):
        return f"Export #{self.pk} ({self.get_status_display()})"

    def clean(self):
        if self.graded_from and self.graded_until and self.graded_from >= self.graded_until:
            raise ValidationError({"graded_until": "The end of the date range must come after its start."})

    @property
    def progress_percent(self) -> int:
        return round(100 * self.rows_done / self.rows_total) if self.rows_total else (100 if self.status == "ready" else 0)


class ExportItem(models.Model):
    """One exported example: lineage from an export back to the evaluation and the student."""

    class Split(models.TextChoices):
        TRAIN = "train", "Train"
        VALIDATION = "validation", "Validation"

    export = models.ForeignKey(Export, on_delete=models.CASCADE, related_name="items")
    evaluation = models.ForeignKey(
        Evaluation, null=True, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    student = models.ForeignKey(Student, on_delete=models.CASCADE, related_name="+")
    comments_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
        help_text="The instructor whose comments the example carries, if any.",
    )
    split = models.CharField(max_length=16, choices=Split.choices)
    pseudonym = models.CharField(max_length=64)

    class Meta:
        indexes = [models.Index(fields=["student", "export"]), models.Index(fields=["comments_by", "export"])]


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

    export = models.ForeignKey(Export, on_delete=models.PROTECT, related_name="training_jobs")
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
    export = models.ForeignKey(Export, null=True, blank=True, on_delete=models.PROTECT, related_name="model_versions")
    created_at = models.DateTimeField(auto_now_add=True)
    activated_at = models.DateTimeField(null=True, blank=True)
    contains_withdrawn = models.BooleanField(
        default=False, help_text="Its training data holds work whose consent was later withdrawn."
    )
    mlflow_model_name = models.CharField(max_length=200, blank=True)
    mlflow_model_version = models.CharField(max_length=20, blank=True)
    averaged_steps = models.JSONField(
        default=list, blank=True,
        help_text="The checkpoint steps whose adapters were averaged into this version's; empty: its checkpoint's own.",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["status"], condition=Q(status="active"), name="at_most_one_active_model_version")
        ]

    def __str__(self):
        return self.label


class GradingBatch(models.Model):
    """Suggestions requested for one submission or for an assignment's ungraded ones, made by
    a django-q2 worker; ``done``/``total`` is its progress (see training.suggestions)."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    class Scope(models.TextChoices):
        SUBMISSION = "submission", "One submission"
        UNGRADED = "ungraded", "The assignment's ungraded submissions"

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
    heartbeat_at = models.DateTimeField(null=True, blank=True,
                                        help_text="The worker's last sign of life: its start, then each group graded.")
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
                condition=Q(total_abs_change__gte=0) & Q(section_abs_change__gte=0), name="suggestion_review_changes_positive"
            ),
        ]

    def __str__(self):
        return f"Review of suggestion #{self.suggestion_id}"
