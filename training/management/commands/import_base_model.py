"""manage.py import_base_model: make a base model available locally for training."""

import time

from django.core.management.base import BaseCommand, CommandError

from training.base_models import BaseModelError, import_base_model, models_dir


class Command(BaseCommand):
    help = (
        "Import a base model into BASE_MODELS_DIR. Without --from: the offline "
        "SmolLM2-135M-Instruct package, dequantized once to an fp32 safetensors folder. "
        "--from takes a .gguf file, a local Hugging Face folder or a hub id (needs a network)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="source", help="a .gguf file, a local Hugging Face model folder or a hub id")
        parser.add_argument("--name", help="the folder name under BASE_MODELS_DIR (BASE_MODEL refers to it)")
        parser.add_argument("--link", action="store_true", help="reference a local folder instead of copying it")
        parser.add_argument("--force", action="store_true", help="replace an existing import")

    def handle(self, *args, source=None, name=None, link=False, force=False, **options):
        started = time.monotonic()
        try:
            folder, created = import_base_model(source, name, link=link, force=force)
        except BaseModelError as exc:
            raise CommandError(str(exc)) from exc
        if created:
            self.stdout.write(
                self.style.SUCCESS(f"Imported {folder.name} into {models_dir()} in {time.monotonic() - started:.0f} s.")
            )
        else:
            self.stdout.write(f"{folder.name} is already imported at {folder} (use --force to replace it).")
