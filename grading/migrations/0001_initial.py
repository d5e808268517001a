"""The grading app takes over its models' tables from the training app, rows and ids kept."""

import django.core.validators
import django.db.models.deletion
import django.db.models.expressions
from django.conf import settings
from django.db import migrations, models


MOVED = ["gradingbatch", "suggestionattempt", "suggestionreview"]


def _move(apps, source, target):
    """Permissions and admin history follow the models (their content types change app)."""
    content_type = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not content_type.objects.filter(app_label=target, model=model).exists():
            content_type.objects.filter(app_label=source, model=model).update(app_label=target)


def move_content_types(apps, schema_editor):
    _move(apps, "training", "grading")


def move_content_types_back(apps, schema_editor):
    _move(apps, "grading", "training")


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
                    name="GradingBatch",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "scope",
                            models.CharField(
                                choices=[
                                    ("submission", "One submission"),
                                    ("ungraded", "The assignment's ungraded submissions"),
                                ],
                                default="ungraded",
                                max_length=16,
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("queued", "Queued"),
                                    ("running", "Running"),
                                    ("done", "Done"),
                                    ("failed", "Failed"),
                                ],
                                db_index=True,
                                default="queued",
                                max_length=16,
                            ),
                        ),
                        ("total", models.PositiveIntegerField(default=0)),
                        ("done", models.PositiveIntegerField(default=0)),
                        ("suggested", models.PositiveIntegerField(default=0)),
                        ("no_suggestion", models.PositiveIntegerField(default=0)),
                        ("error", models.TextField(blank=True)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        ("started_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "heartbeat_at",
                            models.DateTimeField(
                                blank=True,
                                help_text="The worker's last sign of life: its start, then each group graded.",
                                null=True,
                            ),
                        ),
                        ("finished_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "assignment",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="grading_batches",
                                to="gradebook.assignment",
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
                        "db_table": "training_gradingbatch",
                        "ordering": ["-created_at", "-id"],
                    },
                ),
                migrations.CreateModel(
                    name="SuggestionAttempt",
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
                                choices=[("pending", "Pending"), ("suggested", "Suggested"), ("none", "No suggestion")],
                                default="pending",
                                max_length=16,
                            ),
                        ),
                        ("reasons", models.JSONField(blank=True, default=list)),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        ("finished_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "batch",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="items",
                                to="grading.gradingbatch",
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
                        (
                            "submission",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="suggestion_attempts",
                                to="gradebook.submission",
                            ),
                        ),
                        (
                            "suggestion",
                            models.OneToOneField(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="attempt",
                                to="gradebook.evaluation",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "training_suggestionattempt",
                        "ordering": ["-created_at", "-id"],
                    },
                ),
                migrations.CreateModel(
                    name="SuggestionReview",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("model_version_label", models.CharField(blank=True, db_index=True, max_length=200)),
                        ("accepted_as_is", models.BooleanField()),
                        (
                            "total_abs_change",
                            models.FloatField(validators=[django.core.validators.MinValueValidator(0.0)]),
                        ),
                        (
                            "section_abs_change",
                            models.FloatField(
                                help_text="Mean over the sections.",
                                validators=[django.core.validators.MinValueValidator(0.0)],
                            ),
                        ),
                        ("reviewed_at", models.DateTimeField(auto_now=True)),
                        (
                            "final",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="reviews_of_suggestions",
                                to="gradebook.evaluation",
                            ),
                        ),
                        (
                            "reviewed_by",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "suggestion",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="review",
                                to="gradebook.evaluation",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "training_suggestionreview",
                        "ordering": ["-reviewed_at", "-id"],
                    },
                ),
                migrations.AddConstraint(
                    model_name="gradingbatch",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("done__lte", models.F("total"))), name="grading_batch_done_within_total"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="gradingbatch",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            (
                                "done",
                                django.db.models.expressions.CombinedExpression(
                                    models.F("suggested"), "+", models.F("no_suggestion")
                                ),
                            )
                        ),
                        name="grading_batch_done_adds_up",
                    ),
                ),
                migrations.AddIndex(
                    model_name="suggestionattempt",
                    index=models.Index(fields=["submission", "created_at"], name="training_su_submiss_6ef04c_idx"),
                ),
                migrations.AddConstraint(
                    model_name="suggestionreview",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("total_abs_change__gte", 0), ("section_abs_change__gte", 0)),
                        name="suggestion_review_changes_positive",
                    ),
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name="gradingbatch", table=None),
        migrations.AlterModelTable(name="suggestionattempt", table=None),
        migrations.AlterModelTable(name="suggestionreview", table=None),
        migrations.RenameIndex(
            model_name="suggestionattempt",
            new_name="grading_sug_submiss_db4b18_idx",
            old_name="training_su_submiss_6ef04c_idx",
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
