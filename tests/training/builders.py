"""Builders for training-job tests: a tiny random base model under BASE_MODELS_DIR and a
ready export of real consented, graded work (no mocks)."""

from pathlib import Path

from django.conf import settings

from exports import services as exports
from exports import tasks
from exports.anonymizer import pseudonym
from exports.models import Export
from tests.consent.helpers import consent, graded, make_superuser, publish_forms
from tests.gradebook.factories import make_assignment, make_course, make_student
from tests.llm.tiny_model import build_base_model

TINY = "tiny-llama"
ANSWERS = [
    "recursion calls itself",
    "a base case stops it",
    "loops forever",
    "no idea",
    "it splits the problem",
    "a function that calls itself on a smaller input",
    "stack",
    "divide and conquer",
]
# Seconds on a tiny model: small LoRA, a high learning rate, frequent checkpoints.
FAST = {
    "r": 4,
    "alpha": 8,
    "dropout": 0.0,
    "learning_rate": 0.01,
    "batch_size": 2,
    "max_length": 1024,
    "warmup_ratio": 0.0,
    "epochs": 2,
    "eval_every": 2,
    "save_every": 2,
    "log_every": 1,
}


def use_training_folders(settings, folder: Path, models: Path) -> dict:
    """Point every training path at the test's folder, with a tiny base model (built once
    under `models`); returns the same settings as environment variables for a worker cluster."""
    settings.BASE_MODELS_DIR = models
    settings.BASE_MODEL = TINY
    settings.TRAINING_DIR = folder / "training"
    settings.EXPORT_DIR = folder / "exports"
    settings.MLFLOW_TRACKING_URI = (folder / "mlruns").as_uri()
    settings.TRAINING_THREADS = 1
    if not (settings.BASE_MODELS_DIR / TINY / "config.json").exists():
        build_base_model(settings.BASE_MODELS_DIR / TINY)
    return {
        "BASE_MODELS_DIR": settings.BASE_MODELS_DIR,
        "TRAINING_DIR": settings.TRAINING_DIR,
        "EXPORT_DIR": settings.EXPORT_DIR,
        "MLFLOW_TRACKING_URI": settings.MLFLOW_TRACKING_URI,
        "TRAINING_THREADS": 1,
        "BASE_MODEL": TINY,
    }


def ready_export(root=None, students: int = 8, consenting: int | None = None) -> Export:
    """A built export of `students` graded answers, `consenting` of them (default all) consented."""
    root = root or make_superuser()
    publish_forms()
    course = make_course()
    assignment = make_assignment(course)
    consented = []
    for n in range(students):
        student = make_student(course)
        if consenting is None or n < consenting:
            consent(student)
            consented.append(student.student_id)
        graded(assignment, student, ANSWERS[n % len(ANSWERS)], score=n % 6)
    export = exports.request_export(
        root, validation_ratio=0.25, seed=_seed_with_both_splits(consented), gamed_examples=0
    )
    exports.approve(export, root)
    tasks.build_export(export.pk)
    return Export.objects.get(pk=export.pk)


def _seed_with_both_splits(student_ids: list[str], ratio: float = 0.25) -> int:
    """A split seed that puts at least two students on each side (when there are four)."""
    for seed in range(1000):
        in_validation = sum(
            exports.in_validation(pseudonym(s, settings.PSEUDONYM_KEY), seed, ratio) for s in student_ids
        )
        if min(in_validation, len(student_ids) - in_validation) >= min(2, len(student_ids) // 2):
            return seed
    raise AssertionError("no seed splits these students")
