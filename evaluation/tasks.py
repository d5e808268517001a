"""django-q2 tasks of the evaluation app (queued with async_task or scheduled, by name)."""

from django.conf import settings

from core.workers import fail_silent, resend_lost

from . import retraining, runs
from .models import EvaluationRun


def run_evaluation(run_id: int) -> dict:
    run = runs.execute(run_id)
    return {"run": run.pk, "status": run.status, "done": run.done}


def check_retraining() -> dict:
    result = retraining.check()
    return {
        "new_evaluations": result.new_evaluations,
        "needed": result.needed,
        "export": result.export.pk if result.export else None,
        "reason": result.reason,
    }


def fail_silent_runs() -> dict:
    """Scheduled: a run whose worker died would otherwise show "running" for ever, and one whose
    message was lost (a Redis restart) "queued" for ever (runs.execute claims a run atomically)."""
    queued = EvaluationRun.objects.filter(status=EvaluationRun.Status.QUEUED)
    return {
        "failed": fail_silent(EvaluationRun),
        "resent": resend_lost(queued, "created_at", "evaluation.tasks.run_evaluation", settings.TRAINING_Q_CLUSTER),
    }
