"""The evaluation app's django-q2 schedules, created or updated idempotently by
``manage.py setup_schedules`` (which calls ``ensure_schedules``)."""

from django.conf import settings
from django_q.models import Schedule

from core.scheduling import ensure

RETRAINING_CHECK = "evaluation.retraining-check"
SILENT_RUNS = "evaluation.fail-silent-runs"


def schedules() -> list[dict]:
    return [
        {
            "name": RETRAINING_CHECK,
            "func": "evaluation.tasks.check_retraining",
            "schedule_type": Schedule.MINUTES,
            "minutes": settings.RETRAIN_CHECK_MINUTES,
        },
        {
            "name": SILENT_RUNS,
            "func": "evaluation.tasks.fail_silent_runs",
            "schedule_type": Schedule.MINUTES,
            "minutes": 5,
        },
    ]


def ensure_schedules() -> list[tuple[str, bool]]:
    return ensure(schedules())
