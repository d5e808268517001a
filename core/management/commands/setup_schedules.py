"""manage.py setup_schedules: create or update every app's periodic django-q2 tasks."""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create or update the periodic tasks of every app (e.g. the training-job reconciler). Safe to run again."

    def handle(self, *args, **options):
        for app in apps.get_app_configs():
            if find_spec(f"{app.name}.schedules") is None:
                continue
            for name, created in import_module(f"{app.name}.schedules").ensure_schedules():
                self.stdout.write(f"{'Created' if created else 'Updated'} schedule {name}.")
