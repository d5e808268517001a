"""manage.py setup_schedules: create or update the training app's django-q2 schedules."""
from django.core.management.base import BaseCommand
from django_q.models import Schedule

SCHEDULES = [
    {"name": "training.reconcile", "func": "training.tasks.reconcile_training_jobs",
     "schedule_type": Schedule.MINUTES, "minutes": 1},
]


class Command(BaseCommand):
    help = "Create or update the periodic tasks (the training-job reconciler, every minute). Safe to run again."

    def handle(self, *args, **options):
        for spec in SCHEDULES:
            spec = dict(spec)
            _, created = Schedule.objects.update_or_create(name=spec.pop("name"), defaults={**spec, "repeats": -1})
            self.stdout.write(f"{'Created' if created else 'Updated'} schedule {spec['func']}.")
