"""Exports: requests for anonymized datasets of consented graded work, and what each one holds."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from gradebook.models import Assignment, Course, Evaluation, Student

MAX_HINT_NEIGHBOURS = 16
MAX_GAMED_EXAMPLES = 5  # one per kind of llm.gamed_answers
# On by default, chosen on Mohler's train split (150 answers to 54 questions neither model trained
# on): a model fine-tuned without them gave every gamed kind ~3.8 of 5, one fine-tuned with them at
# most 0.47, with a lower error on real answers (MAE 0.71 vs 0.89); see bench/robustness.py.
DEFAULT_GAMED_EXAMPLES = MAX_GAMED_EXAMPLES


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
    graded_from = models.DateTimeField(
        null=True, blank=True, help_text="Final evaluations saved at or after this time."
    )
    graded_until = models.DateTimeField(null=True, blank=True, help_text="Final evaluations saved before this time.")
    validation_ratio = models.FloatField(
        default=0.1,
        validators=[MinValueValidator(0.0), MaxValueValidator(0.5)],
        help_text="The share of students whose work goes to validation.jsonl (0 to 0.5).",
    )
    seed = models.PositiveIntegerField(default=0, help_text="The same seed and data give byte-identical files.")
    hint_neighbours = models.PositiveSmallIntegerField(
        default=0,
        validators=[MaxValueValidator(MAX_HINT_NEIGHBOURS)],
        help_text="Grading hints in every prompt: the answer's similarity to the reference answer, the question's "
        "mean score, the scores of this many most similar graded answers of the same question, and an "
        "estimate fitted on those numbers (0: no hints). A model trained on the export gets them "
        f"whenever it grades. At most {MAX_HINT_NEIGHBOURS}.",
    )
    gamed_examples = models.PositiveSmallIntegerField(
        default=DEFAULT_GAMED_EXAMPLES,
        validators=[MaxValueValidator(MAX_GAMED_EXAMPLES)],
        help_text="Synthetic gamed answers added to the train split per question (the question restated, the "
        "reference's words shuffled, another question's answer, \"I don't know.\", a poor answer asking "
        "for full marks), each with the score a teacher gives it, so that a model learns to ignore "
        f"them (0: none). At most {MAX_GAMED_EXAMPLES}.",
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
                condition=Q(validation_ratio__gte=0) & Q(validation_ratio__lte=0.5),
                name="export_validation_ratio_range",
            ),
            models.CheckConstraint(
                condition=Q(graded_from__isnull=True)
                | Q(graded_until__isnull=True)
                | Q(graded_from__lt=models.F("graded_until")),
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
        return (
            round(100 * self.rows_done / self.rows_total) if self.rows_total else (100 if self.status == "ready" else 0)
        )


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
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The instructor whose comments the example carries, if any.",
    )
    split = models.CharField(max_length=16, choices=Split.choices)
    pseudonym = models.CharField(max_length=64)

    class Meta:
        indexes = [models.Index(fields=["student", "export"]), models.Index(fields=["comments_by", "export"])]
