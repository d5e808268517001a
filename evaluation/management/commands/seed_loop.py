"""manage.py seed_loop: the demo's consent, export, training job and precomputed suggestions."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from evaluation.demo_loop import seed_loop


class Command(BaseCommand):
    help = (
        "After seed_demo: publish the student and instructor consent forms, record consent for most demo students"
        " (three withdrew, three never answered), file, approve and build an export of the demo course, queue a"
        " short training job on it (the training cluster runs it; its candidate is then evaluated), and queue"
        " suggestions for the ungraded work. Running it again adds nothing."
    )

    def handle(self, *args, **options):
        try:
            result = seed_loop()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from None
        created = ", ".join(f"{what}: {count}" for what, count in result.created.items() if count)
        self.stdout.write(f"Demo loop created: {created or 'nothing, it was already there'}.")
        for note in result.notes:
            self.stdout.write(note)
        if result.job is not None:
            self.stdout.write(
                f"Training job #{result.job.pk} ({result.job.get_status_display().lower()}): follow it at"
                f" /admin/training/trainingjob/{result.job.pk}/change/ as 'admin'."
            )
