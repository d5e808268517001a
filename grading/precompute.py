"""Suggestions made before anyone asks: when submissions arrive (the gradebook's
``submissions_arrived`` signal) and a usable grading chain exists, a worker grades them, so
the grading form opens with a suggestion already filled in.

Per assignment there is at most one queued precompute batch and one running: arrivals while a
batch is queued join it (one task for a burst, not one per submission), and a queued batch
whose assignment already has one running waits for it; the running one sends it on when done.
The worker also waits until no submission joined for PRECOMPUTE_DEBOUNCE_SECONDS, so a bulk
upload is graded in full groups.

A suggestion whose model no longer grades first (another version was promoted, or rolled back)
is marked stale; the form still shows it, marked so, and queues a fresh one (lazily: only the
suggestions someone opens are recomputed).
"""

from __future__ import annotations

import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django_q.tasks import async_task

from gradebook.models import Assignment, Evaluation, Submission
from gradebook.services import final_evaluation_exists
from training.base_models import BaseModelError, resolve_base_model
from training.models import ModelVersion
from training.versions import active_version

from . import suggestions
from .models import GradingBatch, SuggestionAttempt

PRECOMPUTE = GradingBatch.Scope.PRECOMPUTE


def on_submissions_arrived(sender, assignment_id, submission_ids, **kwargs) -> None:
    """The gradebook's signal: queue suggestions for what arrived, if precomputing is on."""
    if settings.PRECOMPUTE_SUGGESTIONS:
        precompute(assignment_id, submission_ids)


def chain_usable(assignment: Assignment) -> str:
    """The first step of GRADING_CHAIN that could grade this assignment now ("" if none),
    judged without loading a model: an active version, an imported base model (retrieval
    also needs a graded answer of the assignment), or a configured OpenAI-compatible API."""
    for step in suggestions.chain_steps():
        if step == "active" and active_version() is not None:
            return step
        if step == "openai" and settings.OPENAI_BASE_URL and settings.OPENAI_MODEL:
            return step
        if (
            step == "retrieval"
            and not Evaluation.objects.filter(
                submission__assignment=assignment, status=Evaluation.Status.FINAL
            ).exists()
        ):
            continue
        if step in ("base", "retrieval") and (active_version() is not None or _base_model_imported()):
            return step
    return ""


def _base_model_imported() -> bool:
    try:
        resolve_base_model()
    except BaseModelError:
        return False
    return True


def precompute(assignment_id: int, submission_ids) -> GradingBatch | None:
    """Add the ungraded ones of these submissions, not already waiting for a suggestion, to
    the assignment's queued precompute batch (made, and its task sent, if there is none).
    None when nothing was added: no rubric, no usable chain, nothing left to grade."""
    assignment = Assignment.objects.select_related("rubric").filter(pk=assignment_id).first()
    if assignment is None or not hasattr(assignment, "rubric") or not chain_usable(assignment):
        return None
    with transaction.atomic():
        _lock(assignment_id)
        waiting = SuggestionAttempt.objects.filter(
            submission_id__in=submission_ids, status=SuggestionAttempt.Status.PENDING
        )
        ids = list(
            assignment.submissions.filter(pk__in=submission_ids)
            .annotate(is_graded=final_evaluation_exists())
            .filter(is_graded=False)
            .exclude(pk__in=waiting.values("submission_id"))
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if not ids:
            return None
        batch = _queued(assignment_id)
        if batch is None:
            batch = GradingBatch.objects.create(assignment=assignment, scope=PRECOMPUTE)
            transaction.on_commit(lambda: _send(batch.pk))
        SuggestionAttempt.objects.bulk_create(SuggestionAttempt(submission_id=pk, batch=batch) for pk in ids)
        batch.total += len(ids)
        batch.save(update_fields=["total"])
    return batch


def _lock(assignment_id: int) -> None:
    """Serialize the precompute bookkeeping of one assignment (a row lock on PostgreSQL)."""
    list(Assignment.objects.select_for_update().filter(pk=assignment_id).values_list("pk"))


def _queued(assignment_id: int) -> GradingBatch | None:
    return (
        GradingBatch.objects.filter(assignment_id=assignment_id, scope=PRECOMPUTE, status=GradingBatch.Status.QUEUED)
        .order_by("pk")
        .first()
    )


def _send(batch_id: int) -> None:
    async_task("grading.tasks.run_precompute", batch_id, task_name=f"grading-precompute-{batch_id}")


def run(batch_id: int) -> dict:
    """The worker's side: wait out the debounce, claim the batch unless the assignment already
    has one running (that one sends this one on when it ends), grade it, send on the next."""
    batch = GradingBatch.objects.get(pk=batch_id)
    _debounce(batch)
    with transaction.atomic():
        _lock(batch.assignment_id)
        running = GradingBatch.objects.filter(
            assignment_id=batch.assignment_id, scope=PRECOMPUTE, status=GradingBatch.Status.RUNNING
        ).exclude(pk=batch_id)
        if running.exists():
            return {"batch": batch_id, "status": "waiting for the assignment's running batch"}
        now = timezone.now()
        claimed = GradingBatch.objects.filter(pk=batch_id, status=GradingBatch.Status.QUEUED).update(
            status=GradingBatch.Status.RUNNING, started_at=now, heartbeat_at=now
        )
    if not claimed:
        return {"batch": batch_id, "status": "already taken"}
    try:
        return suggestions.grade_claimed(batch_id)
    finally:
        with transaction.atomic():
            _lock(batch.assignment_id)
            following = _queued(batch.assignment_id)
            if following is not None:
                transaction.on_commit(lambda: _send(following.pk))


def resend_waiting(older_than_s: float = 300) -> int:
    """Send again the queued batches (older than ``older_than_s``) of assignments with none
    running: the batch they waited for may have died before sending them on. A second send is
    harmless: only one task claims a batch. Returns how many were sent."""
    cutoff = timezone.now() - timedelta(seconds=older_than_s)
    running = GradingBatch.objects.filter(scope=PRECOMPUTE, status=GradingBatch.Status.RUNNING).values("assignment_id")
    waiting = list(
        GradingBatch.objects.filter(scope=PRECOMPUTE, status=GradingBatch.Status.QUEUED, created_at__lt=cutoff)
        .exclude(assignment_id__in=running)
        .values_list("pk", flat=True)
    )
    for pk in waiting:
        _send(pk)
    return len(waiting)


def _debounce(batch: GradingBatch) -> None:
    """Sleep until PRECOMPUTE_DEBOUNCE_SECONDS have passed since the last submission joined
    (at most that long in all: a steady stream must not starve the batch)."""
    wait = settings.PRECOMPUTE_DEBOUNCE_SECONDS
    last = batch.items.aggregate(last=Max("created_at"))["last"]
    if wait > 0 and last is not None:
        time.sleep(max(0.0, min(wait, wait - (timezone.now() - last).total_seconds())))


# --- Stale suggestions -------------------------------------------------------------------


def mark_stale(sender, instance: ModelVersion, **kwargs) -> int:
    """A model version was saved (promoted, rolled back, retired): mark the suggestions of
    ungraded submissions that the model now grading first did not make. Returns how many."""
    active = active_version()
    current = SuggestionAttempt.objects.filter(
        status=SuggestionAttempt.Status.SUGGESTED,
        stale=False,
        submission__in=_ungraded_submission_ids(),
    )
    if active is not None:
        outdated = current.exclude(suggestion__model_version_label=active.label)
    else:
        outdated = current.filter(suggestion__model_version_label__in=ModelVersion.objects.values("label"))
    return outdated.update(stale=True)


def _ungraded_submission_ids():
    return Submission.objects.annotate(is_graded=final_evaluation_exists()).filter(is_graded=False).values("pk")


def is_stale(suggestion: Evaluation) -> bool:
    return SuggestionAttempt.objects.filter(suggestion=suggestion, stale=True).exists()


def refresh_if_stale(submission, suggestion: Evaluation | None) -> bool:
    """When the form opens on a stale suggestion: queue a fresh one (unless one is on its
    way). True when the suggestion is stale."""
    if suggestion is None or not is_stale(suggestion):
        return False
    precompute(submission.assignment_id, [submission.pk])
    return True
