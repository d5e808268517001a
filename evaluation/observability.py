"""The Prometheus collector for Gradeloop's own figures, read from the database at scrape time.

evaluation is the top layer, so it may read every app's tables. Each scrape runs a fixed,
small set of aggregate queries (counts grouped by a status, the few running jobs, the tally
rows of core.metrics), so it costs the same with 100 or 100,000 reviews. Registered in
prometheus_client's default registry, which django-prometheus serves at /metrics.
"""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.db.models import Count, Min, Q, Sum
from django.utils import timezone
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

from consent.models import ConsentRecord
from core import metrics
from exports.models import Export
from grading import metrics as grading_metrics  # noqa: F401 - defines the per-event metrics
from grading.models import Rollout
from training.models import TrainingJob

log = logging.getLogger(__name__)


class GradeloopCollector:
    def describe(self):
        return []  # registering must not query the database

    def collect(self):
        started = time.perf_counter()
        up = 1
        try:
            yield from metrics.families()
            yield from training_families()
            yield from queue_families()
            yield from export_families()
            yield from consent_families()
            yield from rollout_families()
        except Exception:  # noqa: BLE001 - a scrape must answer; `up` says it is incomplete
            log.exception("collecting gradeloop metrics failed")
            up = 0
        yield GaugeMetricFamily(
            "gradeloop_collector_up", "1 when every Gradeloop figure was read from the database.", value=up
        )
        yield GaugeMetricFamily(
            "gradeloop_collector_duration_seconds",
            "Time this scrape spent reading Gradeloop's figures from the database.",
            value=time.perf_counter() - started,
        )


def _by_status(model, statuses, help_text, name):
    counts = dict(model.objects.values_list("status").annotate(n=Count("id")).values_list("status", "n"))
    family = GaugeMetricFamily(name, help_text, labels=["state"])
    for status in statuses:
        family.add_metric([status], counts.get(status, 0))
    return family


def training_families():
    yield _by_status(TrainingJob, TrainingJob.Status.values, "Training jobs by state.", "gradeloop_training_jobs")
    running = list(
        TrainingJob.objects.filter(status=TrainingJob.Status.RUNNING)
        .order_by("id")
        .values_list("id", "step", "total_steps", "tokens_per_s", "heartbeat_at")[:50]
    )
    now = timezone.now()
    speed = GaugeMetricFamily(
        "gradeloop_training_tokens_per_second", "Training speed of each running job.", labels=["job"]
    )
    step = GaugeMetricFamily("gradeloop_training_step", "Optimizer step of each running job.", labels=["job"])
    steps = GaugeMetricFamily("gradeloop_training_total_steps", "Steps each running job will take.", labels=["job"])
    beat = GaugeMetricFamily(
        "gradeloop_training_heartbeat_age_seconds",
        "Seconds since each running job's worker last reported.",
        labels=["job"],
    )
    for job, at, total, tokens, heartbeat in running:
        speed.add_metric([str(job)], tokens or 0.0)
        step.add_metric([str(job)], at)
        steps.add_metric([str(job)], total)
        beat.add_metric([str(job)], (now - heartbeat).total_seconds() if heartbeat else float("inf"))
    yield from (speed, step, steps, beat)
    last = (
        TrainingJob.objects.filter(val_loss__isnull=False)
        .order_by("-heartbeat_at", "-id")
        .values_list("id", "val_loss")
        .first()
    )
    loss = GaugeMetricFamily(
        "gradeloop_training_validation_loss",
        "The latest validation loss of the most recent job that measured one.",
        labels=["job"],
    )
    if last:
        loss.add_metric([str(last[0])], last[1])
    yield loss


def clusters() -> list[str]:
    return sorted({settings.Q_CLUSTER["name"], settings.TRAINING_Q_CLUSTER})


def queue_families():
    from django_q.brokers import get_broker
    from django_q.models import Failure, OrmQ

    queued = GaugeMetricFamily(
        "gradeloop_queue_tasks", "Tasks waiting in each django-q2 cluster's queue.", labels=["cluster"]
    )
    oldest = GaugeMetricFamily(
        "gradeloop_queue_oldest_task_age_seconds",
        "Age of the oldest task waiting in each cluster's queue (ORM broker only; 0 when empty).",
        labels=["cluster"],
    )
    if "orm" in settings.Q_CLUSTER:
        now = timezone.now()
        rows = dict(
            (key, (n, first))
            for key, n, first in OrmQ.objects.filter(lock__lte=now)
            .values("key")
            .annotate(n=Count("id"), first=Min("lock"))
            .values_list("key", "n", "first")
        )
        for cluster in clusters():
            n, first = rows.get(cluster, (0, None))
            queued.add_metric([cluster], n)
            oldest.add_metric([cluster], (now - first).total_seconds() if first else 0.0)
    else:
        for cluster in clusters():
            queued.add_metric([cluster], get_broker(cluster).queue_size() or 0)
    yield queued
    if "orm" in settings.Q_CLUSTER:
        yield oldest
    yield GaugeMetricFamily(
        "gradeloop_queue_failed_tasks", "Failed django-q2 tasks kept in the database.", value=Failure.objects.count()
    )


def export_families():
    yield _by_status(Export, Export.Status.values, "Exports by state.", "gradeloop_exports")
    rows = Export.objects.filter(status=Export.Status.READY).aggregate(n=Sum("train_count") + Sum("validation_count"))
    yield CounterMetricFamily(
        "gradeloop_exported_rows", "Rows (train and validation) in ready exports.", value=rows["n"] or 0
    )


def consent_families():
    counts = ConsentRecord.objects.aggregate(
        granted=Count("id"), withdrawn=Count("id", filter=Q(withdrawn_at__isnull=False))
    )
    yield CounterMetricFamily("gradeloop_consent_grants", "Consent records ever granted.", value=counts["granted"])
    yield CounterMetricFamily("gradeloop_consent_withdrawals", "Consent records withdrawn.", value=counts["withdrawn"])


def rollout_families():
    family = GaugeMetricFamily(
        "gradeloop_rollout_candidate_share",
        "Share of suggestion requests the open rollout's candidate serves (0 in shadow); absent without a rollout.",
        labels=["candidate", "active", "stage"],
    )
    rollout = Rollout.objects.filter(stage__in=Rollout.OPEN).select_related("candidate", "active").first()
    if rollout is not None:
        family.add_metric([rollout.candidate.label, rollout.active.label, rollout.stage], rollout.share)
    yield family


_registered = False


def register() -> None:
    """Add the collector to the default registry once per process."""
    global _registered
    if not _registered:
        from prometheus_client import REGISTRY

        REGISTRY.register(GradeloopCollector())
        _registered = True
