"""The exports app takes over its models' tables from the training app, rows and ids kept."""

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


MOVED = ["export", "exportitem"]


def _move(apps, source, target):
    """Permissions and admin history follow the models (their content types change app)."""
    content_type = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not content_type.objects.filter(app_label=target, model=model).exists():
            content_type.objects.filter(app_label=source, model=model).update(app_label=target)


def move_content_types(apps, schema_editor):
    _move(apps, "training", "exports")


def move_content_types_back(apps, schema_editor):
    _move(apps, "exports", "training")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("training", "0007_version_averaged_steps"),
        # Evaluation runs' foreign keys to the old tables must exist before the rename.
        ("evaluation", "0002_worker_heartbeats"),
        ("gradebook", "0002_marking_guides_and_study_decks"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # The tables were created by the training app (0001-0007); take them over in the
        # state only, then give them this app's names.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Export",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("requested", "Requested"),
                                    ("approved", "Approved (queued)"),
                                    ("rejected", "Rejected"),
                                    ("building", "Building"),
                                    ("ready", "Ready"),
                                    ("failed", "Failed"),
                                ],
                                db_index=True,
                                default="requested",
                                max_length=16,
                            ),
                        ),
                        (
                            "graded_from",
                            models.DateTimeField(
                                blank=True, help_text="Final evaluations saved at or after this time.", null=True
                            ),
                        ),
                        (
                            "graded_until",
                            models.DateTimeField(
                                blank=True, help_text="Final evaluations saved before this time.", null=True
                            ),
                        ),
                        (
                            "validation_ratio",
                            models.FloatField(
                                default=0.1,
                                help_text="The share of students whose work goes to validation.jsonl (0 to 0.5).",
                                validators=[
                                    django.core.validators.MinValueValidator(0.0),
                                    django.core.validators.MaxValueValidator(0.5),
                                ],
                            ),
                        ),
                        (
                            "seed",
                            models.PositiveIntegerField(
                                default=0, help_text="The same seed and data give byte-identical files."
                            ),
                        ),
                        (
                            "hint_neighbours",
                            models.PositiveSmallIntegerField(
                                default=0,
                                help_text="Grading hints in every prompt: the answer's similarity to the reference answer, the question's mean score, the scores of this many most similar graded answers of the same question, and an estimate fitted on those numbers (0: no hints). A model trained on the export gets them whenever it grades. At most 16.",
                                validators=[django.core.validators.MaxValueValidator(16)],
                            ),
                        ),
                        ("requested_at", models.DateTimeField(auto_now_add=True)),
                        ("decided_at", models.DateTimeField(blank=True, null=True)),
                        ("rejection_reason", models.TextField(blank=True)),
                        ("rows_total", models.PositiveIntegerField(default=0)),
                        ("rows_done", models.PositiveIntegerField(default=0)),
                        ("train_count", models.PositiveIntegerField(default=0)),
                        ("validation_count", models.PositiveIntegerField(default=0)),
                        ("excluded_no_consent", models.PositiveIntegerField(default=0)),
                        (
                            "comments_dropped",
                            models.PositiveIntegerField(
                                default=0,
                                help_text="Examples exported without comments because the grader has not consented.",
                            ),
                        ),
                        ("started_at", models.DateTimeField(blank=True, null=True)),
                        ("finished_at", models.DateTimeField(blank=True, null=True)),
                        ("error", models.TextField(blank=True)),
                        ("manifest", models.JSONField(blank=True, default=dict)),
                        (
                            "contains_withdrawn",
                            models.BooleanField(
                                default=False,
                                help_text="Someone withdrew consent after this export was built; build a new one.",
                            ),
                        ),
                        (
                            "assignments",
                            models.ManyToManyField(
                                blank=True,
                                help_text="Empty: every assignment.",
                                related_name="+",
                                to="gradebook.assignment",
                            ),
                        ),
                        (
                            "courses",
                            models.ManyToManyField(
                                blank=True, help_text="Empty: every course.", related_name="+", to="gradebook.course"
                            ),
                        ),
                        (
                            "decided_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "requested_by",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "db_table": "training_export",
                        "ordering": ["-requested_at", "-id"],
                    },
                ),
                migrations.CreateModel(
                    name="ExportItem",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "split",
                            models.CharField(choices=[("train", "Train"), ("validation", "Validation")], max_length=16),
                        ),
                        ("pseudonym", models.CharField(max_length=64)),
                        (
                            "comments_by",
                            models.ForeignKey(
                                help_text="The instructor whose comments the example carries, if any.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "evaluation",
                            models.ForeignKey(
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="gradebook.evaluation",
                            ),
                        ),
                        (
                            "export",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, related_name="items", to="exports.export"
                            ),
                        ),
                        (
                            "student",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE, related_name="+", to="gradebook.student"
                            ),
                        ),
                    ],
                    options={
                        "db_table": "training_exportitem",
                    },
                ),
                migrations.AddConstraint(
                    model_name="export",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("validation_ratio__gte", 0), ("validation_ratio__lte", 0.5)),
                        name="export_validation_ratio_range",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="export",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("graded_from__isnull", True),
                            ("graded_until__isnull", True),
                            ("graded_from__lt", models.F("graded_until")),
                            _connector="OR",
                        ),
                        name="export_date_range_ordered",
                    ),
                ),
                migrations.AddIndex(
                    model_name="exportitem",
                    index=models.Index(fields=["student", "export"], name="training_ex_student_4d7765_idx"),
                ),
                migrations.AddIndex(
                    model_name="exportitem",
                    index=models.Index(fields=["comments_by", "export"], name="training_ex_comment_a32d45_idx"),
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name="export", table=None),
        migrations.AlterModelTable(name="exportitem", table=None),
        migrations.RenameIndex(
            model_name="exportitem",
            new_name="exports_exp_student_36ec15_idx",
            old_name="training_ex_student_4d7765_idx",
        ),
        migrations.RenameIndex(
            model_name="exportitem",
            new_name="exports_exp_comment_a8237f_idx",
            old_name="training_ex_comment_a32d45_idx",
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
