"""django-q2 tasks of the grading app (queued with async_task or scheduled, by name)."""

from core.workers import fail_silent

from . import precompute, suggestions
from .models import GradingBatch


def run_batch(batch_id: int) -> dict:
    return suggestions.run_batch(batch_id)


def run_precompute(batch_id: int) -> dict:
    return precompute.run(batch_id)


def fail_silent_batches() -> dict:
    """Scheduled every minute: a batch whose worker died would otherwise show "running" for ever,
    and the precompute batch queued behind it would wait for ever."""
    return {"failed": fail_silent(GradingBatch), "resent": precompute.resend_waiting()}
