"""Evaluation runs point at exports.Export (the same table, renamed by exports 0001): state only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("evaluation", "0002_worker_heartbeats"),
        ("exports", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="evaluationrun",
                    name="export",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="Its validation split is the holdout (source export); its train split gives the examples.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="evaluation_runs",
                        to="exports.export",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
