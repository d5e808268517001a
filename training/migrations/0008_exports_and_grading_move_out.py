"""Exports, grading batches and suggestions now live in the exports and grading apps (their
0001 migrations took the tables over): drop them from this app's state; no table changes."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("evaluation", "0003_export_moved_to_exports_app"),
        ("exports", "0001_initial"),
        ("grading", "0001_initial"),
        ("training", "0007_version_averaged_steps"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="modelversion",
                    name="export",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="model_versions",
                        to="exports.export",
                    ),
                ),
                migrations.AlterField(
                    model_name="trainingjob",
                    name="export",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, related_name="training_jobs", to="exports.export"
                    ),
                ),
                migrations.RemoveField(
                    model_name="exportitem",
                    name="export",
                ),
                migrations.RemoveField(
                    model_name="exportitem",
                    name="comments_by",
                ),
                migrations.RemoveField(
                    model_name="exportitem",
                    name="evaluation",
                ),
                migrations.RemoveField(
                    model_name="exportitem",
                    name="student",
                ),
                migrations.RemoveField(
                    model_name="gradingbatch",
                    name="assignment",
                ),
                migrations.RemoveField(
                    model_name="gradingbatch",
                    name="requested_by",
                ),
                migrations.RemoveField(
                    model_name="suggestionattempt",
                    name="batch",
                ),
                migrations.RemoveField(
                    model_name="suggestionattempt",
                    name="requested_by",
                ),
                migrations.RemoveField(
                    model_name="suggestionattempt",
                    name="submission",
                ),
                migrations.RemoveField(
                    model_name="suggestionattempt",
                    name="suggestion",
                ),
                migrations.RemoveField(
                    model_name="suggestionreview",
                    name="final",
                ),
                migrations.RemoveField(
                    model_name="suggestionreview",
                    name="reviewed_by",
                ),
                migrations.RemoveField(
                    model_name="suggestionreview",
                    name="suggestion",
                ),
                migrations.DeleteModel(
                    name="Export",
                ),
                migrations.DeleteModel(
                    name="ExportItem",
                ),
                migrations.DeleteModel(
                    name="GradingBatch",
                ),
                migrations.DeleteModel(
                    name="SuggestionAttempt",
                ),
                migrations.DeleteModel(
                    name="SuggestionReview",
                ),
            ],
            database_operations=[],
        ),
    ]
