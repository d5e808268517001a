"""Rows that a worker runs (grading batches, evaluation runs) and the worker that went silent."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone


def fail_silent(model, now=None) -> int:
    """Fail every running row of ``model`` (it has status, started_at, heartbeat_at, finished_at
    and error) whose worker has said nothing for WORKER_STALE_AFTER_SECONDS. Its worker died,
    so nothing else would ever finish it."""
    now = now or timezone.now()
    limit = settings.WORKER_STALE_AFTER_SECONDS
    before = now - timedelta(seconds=limit)
    silent = Q(heartbeat_at__lt=before) | Q(heartbeat_at__isnull=True, started_at__lt=before)
    return model.objects.filter(silent, status="running").update(
        status="failed",
        finished_at=now,
        error=f"Its worker went silent for over {limit:.0f} s (WORKER_STALE_AFTER_SECONDS) and never finished; "
        f"start it again.",
    )
