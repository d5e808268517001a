"""The grading app's django-q2 schedules (``manage.py setup_schedules``)."""

from django_q.models import Schedule

from core.scheduling import ensure

SILENT_BATCHES = "grading.fail-silent-batches"


def schedules() -> list[dict]:
    return [
        {
            "name": SILENT_BATCHES,
            "func": "grading.tasks.fail_silent_batches",
            "schedule_type": Schedule.MINUTES,
            "minutes": 1,
        },
    ]


def ensure_schedules() -> list[tuple[str, bool]]:
    return ensure(schedules())
