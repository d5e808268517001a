"""The reconciler: what django-q2 alone does not guarantee for hours-long training tasks.

The training cluster never retries a task by itself (max_attempts 1, retry longer than the
timeout), because a worker that dies mid-run (SIGKILL, out of memory, a lost host) leaves a
task that django-q2 would either lose (Redis broker) or re-run without end. Instead each job
carries a heartbeat, and this function, scheduled every minute on the default cluster:

- re-queues a running job whose heartbeat is older than TRAINING_STALE_AFTER_SECONDS, so it
  resumes from its last checkpoint, until it has been started TRAINING_MAX_ATTEMPTS times;
  then marks it failed with the reason; a silent job that was asked to cancel is cancelled;
- sends a job that has been queued for TRAINING_RESEND_QUEUED_AFTER_SECONDS to the queue
  again, in case the broker lost its task (the claim makes a duplicate delivery a no-op).

Grading batches and evaluation runs whose worker went silent are failed by their own apps'
schedules (``core.workers.fail_silent``).
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from . import jobs
from .models import TrainingJob

Status = TrainingJob.Status


def reconcile(now=None) -> dict:
    now = now or timezone.now()
    counts = {"requeued": 0, "failed": 0, "cancelled": 0, "resent": 0}
    stale = now - timedelta(seconds=settings.TRAINING_STALE_AFTER_SECONDS)
    for job in TrainingJob.objects.filter(status=Status.RUNNING, heartbeat_at__lt=stale):
        silent = (
            f"The worker {job.worker or '(unknown)'} went silent for {(now - job.heartbeat_at).total_seconds():.0f} s"
        )
        if job.cancel_requested:
            done = jobs.finish(job, Status.CANCELLED, f"{silent} after a cancel was asked.", worker=job.worker)
            counts["cancelled"] += done
        elif job.attempts < settings.TRAINING_MAX_ATTEMPTS:
            counts["requeued"] += jobs.requeue(
                job,
                f"{silent} on attempt {job.attempts} of {settings.TRAINING_MAX_ATTEMPTS}; "
                f"re-queued to resume from its last checkpoint.",
            )
        else:
            counts["failed"] += jobs.finish(
                job,
                Status.FAILED,
                f"{silent} on attempt {job.attempts}, the last of "
                f"{settings.TRAINING_MAX_ATTEMPTS} (TRAINING_MAX_ATTEMPTS).",
                worker=job.worker,
            )
    waited = now - timedelta(seconds=settings.TRAINING_RESEND_QUEUED_AFTER_SECONDS)
    for job in TrainingJob.objects.filter(status=Status.QUEUED, heartbeat_at__lt=waited):
        counts["resent"] += jobs.resend(job)
    return counts
