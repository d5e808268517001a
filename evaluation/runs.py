"""Evaluation run rules: who may start one, what it grades, and how a worker runs it.

A run's holdout is read when the run is created (an export's validation split, or an
uploaded graded CSV), so bad input is refused at once with the reason and nothing is queued.
A run is model work that can take hours on a CPU, so it goes to the training cluster
(TRAINING_Q_CLUSTER: long timeouts, no blind retries), like training jobs. The worker grades
every item with each provider in turn, writing progress after every chunk of
EVALUATION_CHUNK_SIZE answers, and stores the predictions and the metrics.
"""

from __future__ import annotations

import hashlib
import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_q.tasks import async_task

from exports import services as exports
from exports.models import Export
from llm.prompts import GradingTask
from llm.providers.similarity import similarity_named
from training.models import ModelVersion

from . import graders, mlflow_logging
from .baselines import neighbours_for, unseen_margin_for
from .holdout import HoldoutError, HoldoutItem, read_graded_csv, read_jsonl, with_train_rubrics
from .models import EvaluationItem, EvaluationRun, ItemPrediction, ProviderResult
from .results import provider_results

log = logging.getLogger(__name__)
Status = EvaluationRun.Status


def can_view(user) -> bool:
    return bool(user and user.is_authenticated and (user.is_staff or user.is_superuser))


def can_see_items(user, run: EvaluationRun) -> bool:
    """A run over an export's validation split holds that export's answers and human grades:
    only those who may download the export (super-admins) see them; other staff see the metrics."""
    if run.source != EvaluationRun.Source.EXPORT:
        return can_view(user)
    try:
        exports.check_can_manage(user)
    except PermissionDenied:
        return False
    return True


def check_can_evaluate(user) -> None:
    if not can_view(user):
        raise PermissionDenied("Only staff may start or read evaluation runs.")


def _usable_export(export: Export) -> None:
    if export.status != Export.Status.READY:
        raise ValidationError({"export": f"Export #{export.pk} is {export.get_status_display().lower()}, not ready."})
    if export.contains_withdrawn:
        raise ValidationError(
            {"export": f"Export #{export.pk} holds work whose consent was withdrawn; build a new export."}
        )


def holdout_of_export(export: Export) -> list[HoldoutItem]:
    _usable_export(export)
    try:
        items = read_jsonl(exports.export_dir(export) / "validation.jsonl")
    except HoldoutError as error:
        raise ValidationError({"export": str(error)}) from None
    if not items:
        raise ValidationError(
            {
                "export": f"Export #{export.pk} has no validation examples (validation ratio "
                f"{export.validation_ratio:g}); upload a graded CSV as the holdout instead."
            }
        )
    return items


def create_run(
    user,
    providers,
    *,
    export: Export | None = None,
    csv_data: bytes | None = None,
    csv_name: str = "",
    max_score: float = 5,
    candidate: ModelVersion | None = None,
    unseen_questions: int = 0,
    seed: int = 0,
) -> EvaluationRun:
    """Check the request, store the holdout and queue the run. Raises PermissionDenied or
    ValidationError (with every problem). ``user`` None: the system (a candidate's evaluation).
    ``unseen_questions``: how many of the holdout's questions (chosen by ``seed``) to hold out
    of the example pool, so that every provider grades them as if nobody had graded them."""
    if user is not None:
        check_can_evaluate(user)
    specs = graders.normalize_specs(providers)
    if csv_data is not None:
        try:
            items = read_graded_csv(csv_data, max_score=max_score)
        except HoldoutError as error:
            raise ValidationError({"csv": str(error)}) from None
        if export is not None:
            _usable_export(export)
        source = EvaluationRun.Source.CSV
    elif export is not None:
        items = holdout_of_export(export)
        source = EvaluationRun.Source.EXPORT
    else:
        raise ValidationError("Choose a holdout: an export (its validation split) or a graded CSV file.")
    if graders.needs_examples(specs) and export is None:
        raise ValidationError(
            {
                "export": "The baselines and retrieval few-shot take their examples from an "
                "export's train split: choose an export."
            }
        )
    if source == EvaluationRun.Source.CSV and export is not None:
        items = with_train_rubrics(items, graders.train_pool(export))
    held_out = choose_unseen(items, unseen_questions, seed)
    with transaction.atomic():
        run = EvaluationRun.objects.create(
            providers=specs,
            source=source,
            export=export,
            csv_name=csv_name[:255],
            candidate=candidate,
            created_by=user,
            total=len(items) * len(specs),
            unseen_questions=unseen_questions,
            held_out_groups=held_out,
        )
        EvaluationItem.objects.bulk_create(_item_row(run, index, item) for index, item in enumerate(items))
        pk = run.pk
        transaction.on_commit(
            lambda: async_task(
                "evaluation.tasks.run_evaluation", pk, task_name=f"evaluation-{pk}", cluster=settings.TRAINING_Q_CLUSTER
            )
        )
    return run


def choose_unseen(items: list[HoldoutItem], count: int, seed: int = 0) -> list[str]:
    """``count`` of the holdout's questions (groups), the same ones for the same seed."""
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise ValidationError({"unseen_questions": "Give a whole number of questions, 0 or more."})
    groups = sorted({item.group for item in items})
    if count >= len(groups) and count:
        raise ValidationError(
            {"unseen_questions": f"The holdout has {len(groups)} questions: hold out fewer, so that some stay seen."}
        )
    ranked = sorted(groups, key=lambda group: hashlib.sha256(f"{seed}:{group}".encode()).hexdigest())
    return ranked[:count]


def _item_row(run: EvaluationRun, index: int, item: HoldoutItem) -> EvaluationItem:
    task = item.task
    return EvaluationItem(
        run=run,
        index=index,
        group=item.group,
        kind=task.kind,
        rubric=task.rubric,
        question=task.question,
        reference_answer=task.reference_answer,
        answer=task.answer,
        scores=item.scores,
        total=item.total,
    )


def holdout_items(run: EvaluationRun) -> list[HoldoutItem]:
    return [
        HoldoutItem(
            task=GradingTask(
                rubric=row.rubric,
                question=row.question,
                answer=row.answer,
                reference_answer=row.reference_answer,
                kind=row.kind,
            ),
            scores=row.scores,
            total=row.total,
        )
        for row in run.items.order_by("index")
    ]


def execute(run_id: int) -> EvaluationRun:
    """Run a queued run to its end (the worker task); a run in any other state is left alone."""
    now = timezone.now()
    claimed = EvaluationRun.objects.filter(pk=run_id, status=Status.QUEUED).update(
        status=Status.RUNNING, started_at=now, heartbeat_at=now, done=0, error=""
    )
    run = EvaluationRun.objects.get(pk=run_id)
    if not claimed:
        return run
    try:
        _grade_everything(run)
    except Exception as error:  # the run records why it failed; nothing retries it blindly
        log.exception("Evaluation run %s failed", run_id)
        EvaluationRun.objects.filter(pk=run_id).update(
            status=Status.FAILED, error=f"{type(error).__name__}: {error}", finished_at=timezone.now()
        )
        run.refresh_from_db()
        return run
    mlflow_run_id = mlflow_logging.log_run(run) or ""
    EvaluationRun.objects.filter(pk=run_id).update(
        status=Status.SUCCEEDED, finished_at=timezone.now(), mlflow_run_id=mlflow_run_id
    )
    run.refresh_from_db()
    return run


def _grade_everything(run: EvaluationRun) -> None:
    items = holdout_items(run)
    rows = list(run.items.order_by("index"))
    held_out = frozenset(run.held_out_groups)
    pool = graders.train_pool(run.export) if graders.needs_examples(run.providers) or held_out else []
    pool = [item for item in pool if item.group not in held_out]
    known = {item.group for item in pool}
    seen = [item.group in known for item in items] if pool else None
    similarity = similarity_named(settings.SIMILARITY)
    neighbours, unseen_margin = neighbours_for(run.export), unseen_margin_for(run.export)
    ItemPrediction.objects.filter(item__run=run).delete()
    ProviderResult.objects.filter(run=run).delete()
    chunk = max(1, settings.EVALUATION_CHUNK_SIZE)
    for position, spec in enumerate(run.providers):
        grader = graders.build_grader(spec, pool, similarity, neighbours, held_out, unseen_margin)
        key = graders.spec_key(spec)
        predictions = []
        try:
            for start in range(0, len(items), chunk):
                part = _predict(grader, items[start : start + chunk], seen[start : start + chunk] if seen else None)
                ItemPrediction.objects.bulk_create(
                    ItemPrediction(
                        item=row,
                        provider=key,
                        scores=p.scores,
                        total=p.total,
                        latency_ms=p.latency_ms,
                        out_of_bounds=p.out_of_bounds,
                        reply=p.reply,
                        error=p.error,
                        not_applicable=p.not_applicable,
                    )
                    for row, p in zip(rows[start : start + chunk], part)
                )
                EvaluationRun.objects.filter(pk=run.pk).update(done=F("done") + len(part), heartbeat_at=timezone.now())
                predictions += part
        finally:
            grader.release()
        sections = provider_results(
            items,
            predictions,
            step=settings.EVALUATION_SCORE_STEP,
            samples=settings.EVALUATION_BOOTSTRAP_SAMPLES,
            similarity=similarity,
            seen=seen,
        )
        label = graders.spec_label(spec)
        ProviderResult.objects.bulk_create(
            ProviderResult(run=run, provider=key, label=label, position=position, section=section, metrics=values)
            for section, values in sections.items()
        )


def _predict(grader, items: list[HoldoutItem], seen: list[bool] | None) -> list[graders.Prediction]:
    """The grader's predictions; not applicable, without asking it, for the answers to questions
    with no graded answer when it needs some."""
    if not getattr(grader, "per_question", False) or seen is None or all(seen):
        return grader.predict(items)
    asked = [item for item, known in zip(items, seen) if known]
    answers = iter(grader.predict(asked) if asked else [])
    return [next(answers) if known else graders.NOT_APPLICABLE for known in seen]
