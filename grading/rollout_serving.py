"""Suggestions while a rollout is open: each request is served by the version
grading.rollout.serving_version picks (the active one in shadow, the candidate for the canary
share), and the other version grades the same submission unseen. Both grades are kept as
RolloutGrades; only the served one becomes a suggestion (an Evaluation) and is counted in
gradeloop_suggestions. A failing shadow never affects the served suggestion."""
from __future__ import annotations

import logging
from functools import cache, partial

from django.conf import settings

from llm.grading import GradeOutcome, grade_many

from . import metrics, suggestions
from .models import Rollout
from .rollout import other_version, record_grade, serving_version

log = logging.getLogger(__name__)


def suggest(rollout: Rollout, assignment, anonymizer, attempts, exclude) -> tuple[int, int]:
    """Grade the attempts (one assignment) as the rollout's stage says; (suggested, without one)."""
    providers, _ = suggestions._local_models()
    keep = {providers.version_provider(version).key for version in (rollout.active, rollout.candidate)}
    arms: dict[int, tuple] = {}
    for attempt in attempts:
        version = serving_version(rollout, attempt.submission_id)
        arms.setdefault(version.pk, (version, []))[1].append(attempt)
    suggested = 0
    for version, group in arms.values():
        chain = suggestions.grading_chain(assignment, anonymizer, exclude, version=version, keep=keep)
        for attempt, outcome in zip(group, suggestions.grade_with(chain, group, anonymizer)):
            suggested += suggestions._finish(attempt, outcome, chain.skipped)
            record_grade(rollout, attempt.submission_id, version, outcome, metrics.outcome_kind(outcome), served=True)
        shadow(rollout, other_version(rollout, version), group, assignment, anonymizer, exclude)
    return suggested, len(attempts) - suggested


def shadow(rollout: Rollout, version, attempts, assignment, anonymizer, exclude) -> None:
    """The version alone (no fallback) grades the attempts' submissions; stored, never shown."""
    providers, _ = suggestions._local_models()
    pool = cache(partial(suggestions.graded_examples, assignment, anonymizer, exclude))
    try:
        provider = providers.grading_provider(version, lambda task: pool())
        tasks = [suggestions.grading_task(attempt.submission, anonymizer) for attempt in attempts]
        outcomes = grade_many(tasks, [provider], retries=settings.GRADING_RETRIES)
    except Exception as error:  # noqa: BLE001 - the served suggestion is already stored
        log.exception("shadow grading by %s failed", version)
        outcomes = [GradeOutcome(failures=(("shadow", version.label, f"{type(error).__name__}: {error}"),))] * len(attempts)
    for attempt, outcome in zip(attempts, outcomes):
        kind = metrics.outcome_kind(outcome)
        record_grade(rollout, attempt.submission_id, version, outcome, kind, served=False)
        metrics.record_shadow(outcome, version.label)
