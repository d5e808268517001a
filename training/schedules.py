"""The training app's django-q2 schedules, and the one way every app creates its own.

``manage.py setup_schedules`` calls ``ensure_schedules()`` of each installed app that has a
``schedules`` module, so an app above training adds schedules without training importing it.
"""
from django_q.models import Schedule


def schedules() -> list[dict]:
    return [
        {"name": "training.reconcile", "func": "training.tasks.reconcile_training_jobs",
         "schedule_type": Schedule.MINUTES, "minutes": 1},
    ]


def ensure(specs: list[dict]) -> list[tuple[str, bool]]:
    """Create or update each schedule by name (repeating for ever); returns (name, created)."""
    done = []
    for spec in specs:
        spec = dict(spec)
        name = spec.pop("name")
        _, created = Schedule.objects.update_or_create(name=name, defaults={**spec, "repeats": -1})
        done.append((name, created))
    return done


def ensure_schedules() -> list[tuple[str, bool]]:
    return ensure(schedules())
