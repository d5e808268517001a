"""Grade suggestions: which models grade (the chain from GRADING_CHAIN), suggesting for one
submission or a batch on a worker, accepting or overriding a suggestion.

A suggestion is an Evaluation with status "suggested" and its provenance; it exists only when
its scores passed the guardrails (llm.grading). Every request leaves a SuggestionAttempt that
holds the suggestion or why there is none. The answer, question and examples are anonymized
exactly as an export anonymizes them, so a model sees the kind of text it was trained on and
no student's name leaves for an external API. What instructors then changed: training.reviews.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache, partial
from itertools import islice

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django_q.tasks import async_task

from core.errors import Conflict
from core.workers import write_outcome
from exports.services import course_anonymizer
from gradebook.models import Assignment, Evaluation, Submission
from gradebook.services import latest_suggestion, record_final_evaluation, ungraded_submissions
from llm import gaming
from llm.grading import GradeOutcome, grade_many
from llm.prompts import GradingTask
from llm.providers.base import Provider, innermost
from llm.providers.retrieval import GradedExample, RetrievalProvider
from training.base_models import BaseModelError
from training.versions import active_version

from . import metrics
from .models import GradingBatch, SuggestionAttempt
from .rollout import current_rollout

log = logging.getLogger(__name__)

CHAIN_STEPS = ("active", "base", "retrieval", "openai")
RETRIEVAL_POOL = 500  # the most recent final evaluations of an assignment searched for examples


class SuggestionError(Conflict):
    """A request for suggestions cannot be made; the message says why."""


# --- The chain ---------------------------------------------------------------------------


@dataclass
class Chain:
    """The providers to try, in order, and the configured ones left out (step, why)."""

    providers: list[Provider] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def chain_steps() -> list[str]:
    steps = [step.strip().lower() for step in settings.GRADING_CHAIN if step.strip()]
    unknown = [step for step in steps if step not in CHAIN_STEPS]
    if unknown:
        raise ImproperlyConfigured(f"GRADING_CHAIN has unknown steps {unknown}; use {', '.join(CHAIN_STEPS)}.")
    return steps


def _local_models():
    """(grading.providers, llm.providers.local), imported on first use: they load torch, which
    the pages that only read suggestions do not need."""
    from llm.providers import local

    from . import providers

    return providers, local


def active_local_provider():
    """The active model version as a local provider (None when no version is active). Any
    other model this process has loaded is released first, so that a newly activated version
    replaces the old one without a restart."""
    providers, local = _local_models()
    version = active_version()
    if version is None:
        local.release_all_except()
        return None
    provider = providers.version_provider(version)
    local.release_all_except({provider.key})
    return provider


def grading_chain(assignment: Assignment, anonymizer, exclude_submissions=(), version=None, keep=()) -> Chain:
    """The providers of GRADING_CHAIN that are available now for this assignment.

    Retrieval takes its examples from the assignment's final evaluations, minus
    ``exclude_submissions`` (those being graded), and wraps ``version`` (by default the active
    one) or, without one, the base model. Local models neither in the chain nor in ``keep``
    (keys of models a rollout still needs) are released.
    """
    providers, local = _local_models()
    chain = Chain()
    steps = chain_steps()
    version = version or active_version()
    active = base = None
    pool = cache(partial(graded_examples, assignment, anonymizer, exclude_submissions))
    others = cache(partial(other_references, assignment, anonymizer))
    if version is not None and ("active" in steps or "retrieval" in steps):
        try:
            active = providers.grading_provider(version, lambda task: pool(), lambda task: others())
        except BaseModelError as error:
            chain.skipped.append(("active", f"model version {version.label} cannot be loaded: {error}"))
    if "base" in steps or ("retrieval" in steps and active is None):
        try:
            base = providers.base_model_provider()
        except BaseModelError as error:
            chain.skipped.append(("base", str(error)))
    for step in steps:
        if step == "active":
            if active is not None:
                chain.providers.append(active)
            elif version is None:
                chain.skipped.append(("active", "no model version is active"))
        elif step == "base" and base is not None:
            chain.providers.append(base)
        elif step == "retrieval":
            _add_retrieval(chain, active or base, pool())
        elif step == "openai":
            provider = providers.openai_provider()
            if provider is None:
                chain.skipped.append(("openai", "OPENAI_BASE_URL and OPENAI_MODEL are not set"))
            else:
                chain.providers.append(provider)
    models = (innermost(p) for p in chain.providers)
    local.release_all_except({model.key for model in models if isinstance(model, local.LocalProvider)} | set(keep))
    return chain


def _add_retrieval(chain: Chain, inner, pool: list[GradedExample]) -> None:
    if inner is None:
        chain.skipped.append(("retrieval", "no local model to put the examples before"))
        return
    if not pool:
        chain.skipped.append(("retrieval", "no graded answers of this assignment to use as examples"))
        return
    chain.providers.append(RetrievalProvider(inner, lambda task: pool))


def graded_examples(assignment: Assignment, anonymizer, exclude_submissions=()) -> list[GradedExample]:
    rows = (
        Evaluation.objects.final()
        .filter(submission__assignment=assignment)
        .exclude(submission__in=list(exclude_submissions))
        .order_by("-updated_at")
        .values_list("submission__text", "submission__student_id", "sections")[:RETRIEVAL_POOL]
    )
    return [GradedExample(anonymizer.anonymize(text, f"s:{student}"), sections) for text, student, sections in rows]


def other_references(assignment: Assignment, anonymizer) -> list[str]:
    """The reference answers of the course's other assignments, anonymized as a task's own."""
    return [anonymizer.anonymize(text) for text in assignment.other_reference_answers()]


def grading_task(submission: Submission, anonymizer) -> GradingTask:
    """The task for a submission, anonymized as the export anonymizes its examples."""
    assignment = submission.assignment
    return GradingTask(
        rubric=assignment.rubric.sections,
        question=anonymizer.anonymize(assignment.prompt),
        answer=anonymizer.anonymize(submission.text, f"s:{submission.student_id}"),
        reference_answer=anonymizer.anonymize(assignment.reference_answer),
        kind=assignment.kind,
    )


# --- Suggesting --------------------------------------------------------------------------


def suggest_for_submission(submission: Submission, requested_by=None) -> SuggestionAttempt:
    """Ask the chain for a suggestion now (in this process); the attempt says what came of it."""
    attempt = SuggestionAttempt.objects.create(submission=submission, requested_by=requested_by)
    _suggest(submission.assignment, [attempt])
    return attempt


def _suggest(assignment: Assignment, attempts: list[SuggestionAttempt]) -> tuple[int, int]:
    """Grade the attempts' submissions (one assignment) and record each outcome.
    Returns (suggested, without a suggestion)."""
    if not hasattr(assignment, "rubric"):
        for attempt in attempts:
            _finish(attempt, GradeOutcome(), [("rubric", "the assignment has no rubric to grade against")])
        return 0, len(attempts)
    anonymizer = course_anonymizer(assignment.course_id)
    exclude = [a.submission_id for a in attempts]
    for attempt in attempts:
        attempt.flags = answer_flags(grading_task(attempt.submission, anonymizer))
    rollout = current_rollout()
    if rollout is not None:
        from . import rollout_serving  # it builds on this module

        return rollout_serving.suggest(rollout, assignment, anonymizer, attempts, exclude)
    chain = grading_chain(assignment, anonymizer, exclude)
    outcomes = grade_with(chain, attempts, anonymizer)
    suggested = sum(_finish(attempt, outcome, chain.skipped) for attempt, outcome in zip(attempts, outcomes))
    return suggested, len(attempts) - suggested


def grade_with(chain: Chain, attempts: list[SuggestionAttempt], anonymizer) -> list[GradeOutcome]:
    if not chain.providers:
        return [GradeOutcome()] * len(attempts)
    tasks = [grading_task(attempt.submission, anonymizer) for attempt in attempts]
    return grade_many(tasks, chain.providers, retries=settings.GRADING_RETRIES)


def answer_flags(task: GradingTask) -> list[dict]:
    """Why an instructor should look twice at the answer (it addresses the grader, restates the
    question...), as stored on the attempt and shown beside its suggestion."""
    return [flag.as_dict() for flag in gaming.check_answer(task.answer, task.question, task.reference_answer)]


@transaction.atomic
def _finish(attempt: SuggestionAttempt, outcome: GradeOutcome, skipped) -> bool:
    """Store the suggestion (scores that passed the guardrails) or the reasons there is none,
    and count the outcome (grading.metrics) in the same transaction: no commit of its own."""
    metrics.record_suggestion(outcome)
    reasons = [{"provider": step, "model": "", "reason": why} for step, why in skipped]
    reasons += [{"provider": name, "model": label, "reason": why} for name, label, why in outcome.failures]
    attempt.finished_at = timezone.now()
    if outcome.ok:
        try:
            with transaction.atomic():
                attempt.suggestion = Evaluation.objects.create(
                    submission_id=attempt.submission_id,
                    status=Evaluation.Status.SUGGESTED,
                    origin=Evaluation.Origin.MODEL,
                    sections=outcome.scores,
                    total=outcome.total,
                    provider=outcome.provider,
                    model_version_label=outcome.model_label,
                    prompt_hash=outcome.prompt_hash,
                    latency_ms=round(outcome.latency_ms),
                    prompt_tokens=outcome.prompt_tokens,
                    completion_tokens=outcome.completion_tokens,
                )
                attempt.status = SuggestionAttempt.Status.SUGGESTED
                attempt.reasons = reasons
                attempt.save()
            return True
        except ValidationError as error:  # the rubric changed under the grader: store nothing
            reasons.append(
                {"provider": outcome.provider, "model": outcome.model_label, "reason": " ".join(error.messages)}
            )
    if not reasons:
        reasons = [{"provider": "", "model": "", "reason": "no provider is configured (GRADING_CHAIN)"}]
    attempt.suggestion = None
    attempt.status = SuggestionAttempt.Status.NO_SUGGESTION
    attempt.reasons = reasons
    attempt.save()
    return False


@transaction.atomic
def suggest_for_assignment(assignment: Assignment, requested_by=None) -> GradingBatch:
    """Queue suggestions for every ungraded submission. An unfinished batch of the assignment
    is returned instead of starting a second one; the assignment's row lock makes two requests
    at once agree on one batch."""
    Assignment.objects.select_for_update().filter(pk=assignment.pk).exists()
    running = assignment.grading_batches.filter(
        scope=GradingBatch.Scope.UNGRADED, status__in=[GradingBatch.Status.QUEUED, GradingBatch.Status.RUNNING]
    ).first()
    if running is not None:
        return running
    submissions = list(ungraded_submissions(assignment).values_list("pk", flat=True))
    if not submissions:
        raise SuggestionError("Every submission of this assignment is graded.")
    return _queue(assignment, submissions, requested_by, GradingBatch.Scope.UNGRADED)


@transaction.atomic
def request_suggestion(submission: Submission, requested_by=None) -> GradingBatch:
    """Queue a suggestion for one submission (the API's asynchronous path). An unfinished
    batch that already covers the submission is returned instead of queueing it twice."""
    Assignment.objects.select_for_update().filter(pk=submission.assignment_id).exists()
    running = (
        GradingBatch.objects.filter(
            items__submission=submission,
            items__status=SuggestionAttempt.Status.PENDING,
            status__in=[GradingBatch.Status.QUEUED, GradingBatch.Status.RUNNING],
        )
        .order_by("id")
        .first()
    )
    if running is not None:
        return running
    return _queue(submission.assignment, [submission.pk], requested_by, GradingBatch.Scope.SUBMISSION)


@transaction.atomic
def _queue(assignment, submission_ids, requested_by, scope) -> GradingBatch:
    if not hasattr(assignment, "rubric"):
        raise SuggestionError("The assignment has no rubric to grade against.")
    batch = GradingBatch.objects.create(
        assignment=assignment, requested_by=requested_by, scope=scope, total=len(submission_ids)
    )
    SuggestionAttempt.objects.bulk_create(
        SuggestionAttempt(submission_id=pk, batch=batch, requested_by=requested_by) for pk in submission_ids
    )
    transaction.on_commit(
        lambda: async_task("grading.tasks.run_batch", batch.pk, task_name=f"grading-batch-{batch.pk}")
    )
    return batch


def run_batch(batch_id: int) -> dict:
    """The worker's side: claim the batch, then grade it. A batch is claimed while queued, or
    while running with a heartbeat older than the task timeout (Q_TIMEOUT: the task that claimed
    it is gone, and its message came back). Any other message for the batch (one the schedule
    sent again, core.workers.resend_lost) finds it taken and changes nothing."""
    now = timezone.now()
    gone = now - timedelta(seconds=settings.Q_CLUSTER["timeout"])
    claimed = (
        GradingBatch.objects.filter(pk=batch_id)
        .filter(Q(status=GradingBatch.Status.QUEUED) | Q(status=GradingBatch.Status.RUNNING, heartbeat_at__lt=gone))
        .update(status=GradingBatch.Status.RUNNING, started_at=now, heartbeat_at=now)
    )
    if not claimed:
        batch = GradingBatch.objects.get(pk=batch_id)
        return {"batch": batch.pk, "status": batch.status}
    return grade_claimed(batch_id)


def grade_claimed(batch_id: int) -> dict:
    """Grade a batch this worker claimed: its pending items, GRADING_BATCH_SIZE at a time,
    counting progress after each group (done items are skipped)."""
    batch = GradingBatch.objects.select_related("assignment__course", "assignment__rubric").get(pk=batch_id)
    pending = list(
        batch.items.filter(status=SuggestionAttempt.Status.PENDING).select_related("submission").order_by("id")
    )
    try:
        items = iter(pending)
        while group := list(islice(items, max(1, settings.GRADING_BATCH_SIZE))):
            suggested, none = _suggest(batch.assignment, group)
            GradingBatch.objects.filter(pk=batch.pk).update(
                done=F("done") + len(group),
                suggested=F("suggested") + suggested,
                no_suggestion=F("no_suggestion") + none,
                heartbeat_at=timezone.now(),
            )
    except Exception as error:  # noqa: BLE001 - the batch must end in a state the page can show
        log.exception("grading batch %s failed", batch.pk)
        reason = f"{type(error).__name__}: {error}"
        write_outcome(
            lambda: GradingBatch.objects.filter(pk=batch.pk).update(
                status=GradingBatch.Status.FAILED, error=reason, finished_at=timezone.now()
            )
        )
    else:
        GradingBatch.objects.filter(pk=batch.pk).update(status=GradingBatch.Status.DONE, finished_at=timezone.now())
    batch.refresh_from_db()
    return {"batch": batch.pk, "status": batch.status, "done": batch.done, "total": batch.total}


def batch_status(batch: GradingBatch) -> dict:
    """What a progress bar needs (the page's JSON endpoint and the API)."""
    return {
        "id": batch.pk,
        "status": batch.status,
        "done": batch.done,
        "total": batch.total,
        "percent": batch.progress_percent,
        "suggested": batch.suggested,
        "no_suggestion": batch.no_suggestion,
        "finished": batch.is_finished,
        "error": batch.error,
    }


# --- Accepting and overriding (grading.reviews records what changed) ----------------------


def accept(suggestion: Evaluation, user) -> Evaluation:
    """The suggestion's scores and comments become the final evaluation, as they are."""
    _check_current(suggestion)
    return record_final_evaluation(
        suggestion.submission, suggestion.sections, user, origin=Evaluation.Origin.SUGGESTION
    )


def override(suggestion: Evaluation, sections: dict, user) -> Evaluation:
    """A final evaluation with the instructor's own scores; raises ValidationError if invalid."""
    _check_current(suggestion)
    return record_final_evaluation(suggestion.submission, sections, user)


def _check_current(suggestion: Evaluation) -> None:
    if suggestion.status != Evaluation.Status.SUGGESTED:
        raise SuggestionError("Only a suggestion can be accepted or overridden.")
    if latest_suggestion(suggestion.submission).pk != suggestion.pk:
        raise SuggestionError("A newer suggestion exists for this submission; accept or override that one.")
