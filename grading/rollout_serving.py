"""Suggestions while a rollout is open: each request is served by the version
grading.rollout.serving_version picks (the active one in shadow, the candidate for the canary
share), and the other version grades the same submission unseen. Both grades are kept as
RolloutGrades; only the served one becomes a suggestion (an Evaluation) and is counted in
gradeloop_suggestions. A failing shadow never affects the served suggestion."""

from __future__ import annotations

import logging
from functools import cache, partial

from django.conf import settings
from django.db import transaction

from llm.grading import GradeOutcome, grade_many
from training.base_models import BaseModelError

from . import metrics, suggestions
from .models import Rollout
from .rollout import other_version, record_grade, serving_version

log = logging.getLogger(__name__)


def suggest(rollout: Rollout, assignment, anonymizer, attempts, exclude) -> tuple[int, int]:
    """Grade the attempts (one assignment) as the rollout's stage says; (suggested, without one)."""
    keep = _model_keys(rollout.active, rollout.candidate)
    arms: dict[int, tuple] = {}
    for attempt in attempts:
        version = serving_version(rollout, attempt.submission_id)
        arms.setdefault(version.pk, (version, []))[1].append(attempt)
    suggested = 0
    for version, group in arms.values():
        chain = suggestions.grading_chain(assignment, anonymizer, exclude, version=version, keep=keep)
        for attempt, outcome in zip(group, suggestions.grade_with(chain, group, anonymizer), strict=True):
            with transaction.atomic():
                suggested += suggestions._finish(attempt, outcome, chain.skipped)
                record_grade(
                    rollout, attempt.submission_id, version, outcome, metrics.outcome_kind(outcome), served=True
                )
        shadow(rollout, other_version(rollout, version), group, assignment, anonymizer, exclude)
    return suggested, len(attempts) - suggested


def _model_keys(*versions) -> set:
    """The cache keys of the versions' local models, so that neither arm unloads the other's
    (a version that cannot be loaded has none: its arm reports why)."""
    providers, _ = suggestions._local_models()
    keys = set()
    for version in versions:
        try:
            keys.add(providers.version_provider(version).key)
        except BaseModelError:
            pass
    return keys


def shadow(rollout: Rollout, version, attempts, assignment, anonymizer, exclude) -> None:
    """The version alone (no fallback) grades the attempts' submissions; stored, never shown."""
    providers, _ = suggestions._local_models()
    pool = cache(partial(suggestions.graded_examples, assignment, anonymizer, exclude))
    others = cache(partial(suggestions.other_references, assignment, anonymizer))
    try:
        provider = providers.grading_provider(version, lambda task: pool(), lambda task: others())
        tasks = [suggestions.grading_task(attempt.submission, anonymizer) for attempt in attempts]
        outcomes = grade_many(tasks, [provider], retries=settings.GRADING_RETRIES)
    except Exception as error:  # noqa: BLE001 - the served suggestion is already stored
        log.exception("shadow grading by %s failed", version)
        outcomes = [GradeOutcome(failures=(("shadow", version.label, f"{type(error).__name__}: {error}"),))] * len(
            attempts
        )
    with transaction.atomic():
        for attempt, outcome in zip(attempts, outcomes, strict=True):
            record_grade(rollout, attempt.submission_id, version, outcome, metrics.outcome_kind(outcome), served=False)
            metrics.record_shadow(outcome, version.label)
