"""Rows that a worker runs (grading batches, evaluation runs, exports): the worker that went
silent, the outcome that must be written across a database restart, and the task message that
was lost."""

import logging
import time
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, close_old_connections
from django.db.models import Q, QuerySet
from django.utils import timezone
from django_q.brokers import get_broker
from django_q.tasks import async_task

log = logging.getLogger(__name__)

RESTART_WAITS = (0, 1, 2, 4, 8, 16)  # seconds between tries: about half a minute in all


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


def write_outcome(write: Callable[[], object], waits=RESTART_WAITS) -> bool:
    """Run ``write`` (it saves how a piece of work ended) until it lands. The failure being
    recorded may be the database's own (a restart ended the connection): drop the broken
    connection and try again, so the work does not stay "running" for ever. False if the
    database never came back."""
    for wait in waits:
        time.sleep(wait)
        try:
            write()
            return True
        except DatabaseError:
            log.warning("the database is not back yet; the outcome is not written")
            close_old_connections()
    return False


def resend_lost(queued: QuerySet, since: str, func: str, cluster: str | None = None) -> int:
    """Send ``func`` again for each row of ``queued`` (rows waiting for a worker) that has waited
    since its field ``since`` for over WORKER_RESEND_QUEUED_AFTER_SECONDS, when the broker's queue
    (that of ``cluster``, by default the default cluster's) is empty: the row's message was lost (a
    Redis restart drops every queued message). Only an empty queue, so that rows waiting behind
    other work are not sent again and again. ``func`` must claim its row atomically: a message a
    worker took but has not started yet is then sent twice harmlessly. Returns how many were sent."""
    if get_broker(cluster).queue_size():
        return 0
    before = timezone.now() - timedelta(seconds=settings.WORKER_RESEND_QUEUED_AFTER_SECONDS)
    lost = list(queued.filter(**{f"{since}__lt": before}).values_list("pk", flat=True))
    for pk in lost:
        async_task(func, pk, task_name=f"{func}-{pk}-resent", **({"cluster": cluster} if cluster else {}))
    return len(lost)
