"""The exports app's django-q2 schedules (``manage.py setup_schedules``)."""

from django_q.models import Schedule

from core.scheduling import ensure

LOST_BUILDS = "exports.resend-lost-builds"


def schedules() -> list[dict]:
    return [
        {
            "name": LOST_BUILDS,
            "func": "exports.tasks.resend_lost_builds",
            "schedule_type": Schedule.MINUTES,
            "minutes": 1,
        },
    ]


def ensure_schedules() -> list[tuple[str, bool]]:
    return ensure(schedules())
