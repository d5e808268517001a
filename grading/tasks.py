"""django-q2 tasks of the grading app (queued with async_task or scheduled, by name)."""

from core.workers import fail_silent, resend_lost

from . import precompute, suggestions
from .models import GradingBatch


def run_batch(batch_id: int) -> dict:
    return suggestions.run_batch(batch_id)


def run_precompute(batch_id: int) -> dict:
    return precompute.run(batch_id)


def fail_silent_batches() -> dict:
    """Scheduled every minute: a batch whose worker died would otherwise show "running" for ever,
    the precompute batch queued behind it would wait for ever, and so would a batch whose
    message was lost (a Redis restart)."""
    requested = GradingBatch.objects.filter(status=GradingBatch.Status.QUEUED).exclude(scope=precompute.PRECOMPUTE)
    return {
        "failed": fail_silent(GradingBatch),
        "resent": precompute.resend_waiting(),
        "lost_resent": resend_lost(requested, "created_at", "grading.tasks.run_batch"),
    }
