"""Per-event metrics kept in the database (the MetricTally table) rather than in process
memory: suggestions are made by django-q2 workers on several hosts, which no Prometheus
scrape reaches, so each event adds to a shared row with one upsert and every web process
reports the same totals. Apps define their metrics here with ``counter``/``histogram``;
``families()`` turns the tallies into Prometheus metric families for a collector.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass

from django.db import connection
from prometheus_client.core import CounterMetricFamily, HistogramMetricFamily

DEFINED: dict[str, DbMetric] = {}


@dataclass(frozen=True)
class DbMetric:
    name: str
    documentation: str
    labels: tuple[str, ...]
    buckets: tuple[float, ...] = ()  # empty: a counter

    @property
    def is_histogram(self) -> bool:
        return bool(self.buckets)

    def key(self, labels: dict) -> str:
        missing = set(self.labels) ^ set(labels)
        if missing:
            raise ValueError(f"{self.name} takes labels {self.labels}, not {sorted(labels)}")
        return json.dumps([str(labels[name]) for name in self.labels])


def counter(name: str, documentation: str, labels=()) -> DbMetric:
    return DEFINED.setdefault(name, DbMetric(name, documentation, tuple(labels)))


def histogram(name: str, documentation: str, labels=(), buckets=()) -> DbMetric:
    return DEFINED.setdefault(name, DbMetric(name, documentation, tuple(labels), tuple(sorted(buckets))))


def inc(metric: DbMetric, amount: int = 1, **labels) -> None:
    record(increment(metric, amount, **labels))


def observe(metric: DbMetric, value: float, **labels) -> None:
    record(observation(metric, value, **labels))


def increment(metric: DbMetric, amount: int = 1, **labels) -> tuple:
    """A counter's addition, to ``record`` with others of the same event."""
    return metric.name, metric.key(labels), -1, amount, 0.0


def observation(metric: DbMetric, value: float, **labels) -> tuple:
    """A histogram observation, to ``record`` with others of the same event."""
    bucket = bisect.bisect_left(metric.buckets, value)  # len(buckets): above the last, i.e. +Inf
    return metric.name, metric.key(labels), bucket, 1, float(value)


def record(*additions: tuple) -> None:
    """Add to the tallies in one statement, atomic on both databases. Called inside the
    event's own transaction it costs no commit of its own. Rows go in a fixed order, so
    concurrent events lock them in the same order (no deadlock)."""
    merged: dict[tuple, list] = {}
    for name, labels, bucket, count, total in additions:
        row = merged.setdefault((name, labels, bucket), [0, 0.0])
        row[0] += count
        row[1] += total
    if merged:
        _add([(*key, count, total) for key, (count, total) in sorted(merged.items())])


def _add(rows: list[tuple]) -> None:
    from .models import MetricTally

    table = connection.ops.quote_name(MetricTally._meta.db_table)
    values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(rows))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (name, labels, bucket, count, total) VALUES {values} "
            f"ON CONFLICT (name, labels, bucket) DO UPDATE SET count = {table}.count + EXCLUDED.count, "
            f"total = {table}.total + EXCLUDED.total",
            [value for row in rows for value in row],
        )


def families(prefix_labels: dict | None = None):
    """Every defined metric as a Prometheus family, from one query over the tallies."""
    from .models import MetricTally

    rows: dict[str, dict[str, dict[int, tuple[int, float]]]] = {}
    for name, labels, bucket, count, total in MetricTally.objects.filter(name__in=list(DEFINED)).values_list(
        "name", "labels", "bucket", "count", "total"
    ):
        rows.setdefault(name, {}).setdefault(labels, {})[bucket] = (count, total)
    for metric in DEFINED.values():
        series = rows.get(metric.name, {})
        if metric.is_histogram:
            yield _histogram(metric, series)
        else:
            family = CounterMetricFamily(metric.name, metric.documentation, labels=metric.labels)
            for labels, buckets in sorted(series.items()):
                family.add_metric(json.loads(labels), buckets.get(-1, (0, 0.0))[0])
            yield family


def _histogram(metric: DbMetric, series) -> HistogramMetricFamily:
    family = HistogramMetricFamily(metric.name, metric.documentation, labels=metric.labels)
    for labels, buckets in sorted(series.items()):
        cumulative, points = 0, []
        for index, bound in enumerate([*metric.buckets, float("inf")]):
            cumulative += buckets.get(index, (0, 0.0))[0]
            points.append(("+Inf" if bound == float("inf") else _bound(bound), cumulative))
        total = sum(value for _, value in buckets.values())
        family.add_metric(json.loads(labels), points, total)
    return family


def _bound(value: float) -> str:
    return repr(float(value))
