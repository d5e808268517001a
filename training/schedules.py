"""The training app's django-q2 schedules (``manage.py setup_schedules``)."""

from django_q.models import Schedule

from core.scheduling import ensure


def schedules() -> list[dict]:
    return [
        {
            "name": "training.reconcile",
            "func": "training.tasks.reconcile_training_jobs",
            "schedule_type": Schedule.MINUTES,
            "minutes": 1,
        },
    ]


def ensure_schedules() -> list[tuple[str, bool]]:
    return ensure(schedules())
