"""Builders for evaluation tests: a ready export of real consented, graded work over two
questions, tiny random models, and finished runs with given results (no mocks)."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.utils import timezone

from evaluation.models import TOTAL, EvaluationRun, ProviderResult
from exports import services as exports
from exports.models import Export
from tests.consent.helpers import consent, graded, make_superuser, publish_forms
from tests.gradebook.factories import make_assignment, make_course, make_student
from tests.llm.tiny_model import build_base_model, build_lora_adapter
from training.models import ModelVersion

QUESTIONS = {
    "Explain recursion.": [
        ("a function that calls itself on a smaller input until a base case", 5),
        ("a function calling itself with a base case", 4),
        ("it calls itself", 3),
        ("loops forever", 1),
        ("no idea", 0),
        ("recursion is a function that calls itself and stops at a base case", 5),
    ],
    "What is a stack?": [
        ("last in first out list of items with push and pop", 5),
        ("a pile where the last item added is removed first", 4),
        ("a list", 2),
        ("first in first out", 1),
        ("memory", 1),
        ("a LIFO structure with push and pop operations", 5),
    ],
}


def ready_export(
    root=None, validation_ratio=0.5, seed=7, hint_neighbours=0, comments=False, gamed_examples=0
) -> Export:
    """A built export of 12 graded, consented answers to two questions; ``comments``: each
    graded by a consenting instructor with a comment saying the score; ``gamed_examples`` made-up
    gamed answers per question in train."""
    root = root or make_superuser()
    publish_forms()
    course = make_course()
    grader = None
    if comments:
        grader = get_user_model().objects.create_user("grader")
        consent(grader)
    for question, answers in QUESTIONS.items():
        assignment = make_assignment(course, title=question[:20])
        assignment.prompt = question
        assignment.reference_answer = answers[0][0]
        assignment.save()
        for text, score in answers:
            student = make_student(course)
            consent(student)
            comment = ("Complete." if score == 5 else f"Partly right: {score} of 5.") if comments else ""
            graded(assignment, student, text, grader=grader, score=score, comment=comment)
    export = exports.request_export(
        root,
        validation_ratio=validation_ratio,
        seed=seed,
        hint_neighbours=hint_neighbours,
        gamed_examples=gamed_examples,
    )
    exports.approve(export, root)
    return exports.build(export.pk)


def tiny_models(folder: Path) -> tuple[Path, Path]:
    """(base model folder, LoRA adapter folder), built once per folder."""
    base, adapter = folder / "base", folder / "adapter"
    if not (base / "config.json").exists():
        build_base_model(base)
        build_lora_adapter(base, adapter)
    return base, adapter


def make_version(
    label: str, base: Path | str = "base", adapter: Path | str = "", export=None, **fields
) -> ModelVersion:
    return ModelVersion.objects.create(
        label=label, base_model=str(base), adapter_path=str(adapter), export=export, **fields
    )


def finished_run(candidate: ModelVersion | None, totals: dict[str, dict], export=None) -> EvaluationRun:
    """A succeeded run whose whole-answer results are ``{provider key: metrics}``."""
    run = EvaluationRun.objects.create(
        providers=[],
        source=EvaluationRun.Source.CSV,
        export=export,
        candidate=candidate,
        status=EvaluationRun.Status.SUCCEEDED,
    )
    EvaluationRun.objects.filter(pk=run.pk).update(finished_at=timezone.now())
    for position, (provider, metrics) in enumerate(totals.items()):
        ProviderResult.objects.create(
            run=run,
            provider=provider,
            label=provider,
            position=position,
            section=TOTAL,
            metrics={"valid_rate": 1.0, **metrics},
        )
    return run
