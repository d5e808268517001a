"""The one way every app creates its django-q2 schedules.

``manage.py setup_schedules`` calls ``ensure_schedules()`` of each installed app that has a
``schedules`` module, so an app adds schedules without another importing it.
"""

from django_q.models import Schedule


def ensure(specs: list[dict]) -> list[tuple[str, bool]]:
    """Create or update each schedule by name (repeating for ever); returns (name, created)."""
    done = []
    for spec in specs:
        spec = dict(spec)
        name = spec.pop("name")
        _, created = Schedule.objects.update_or_create(name=name, defaults={**spec, "repeats": -1})
        done.append((name, created))
    return done
