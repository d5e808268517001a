"""What every app shares in the database: the tallies behind the per-event metrics."""

from django.db import models


class MetricTally(models.Model):
    """One counter of a per-event metric (see core.metrics): a counter's labelled value, or
    one histogram bucket's count and the sum of what fell into it. Web and worker processes on
    any host add to the same rows, so one scrape of any web process sees every event."""

    name = models.CharField(max_length=100)
    labels = models.CharField(max_length=500, help_text="The label values as sorted JSON.")
    bucket = models.SmallIntegerField(default=-1, help_text="Histogram bucket index; -1 for a counter.")
    count = models.BigIntegerField(default=0)
    total = models.FloatField(default=0.0, help_text="Sum of the observed values (histograms).")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["name", "labels", "bucket"], name="one_tally_per_series")]

    def __str__(self):
        return f"{self.name}{self.labels}[{self.bucket}] = {self.count}"
