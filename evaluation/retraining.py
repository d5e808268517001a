"""Scheduled retraining, first step: once enough new consented final evaluations exist since
the last export, file an export request. That is all it does: the request still waits for a
super-admin's approval, and nothing is exported or trained without it.

"Since the last export": after the newest export that did not fail (built: when it finished;
rejected: when it was rejected, so a rejection is not answered with the same request an hour
later), within its courses and assignments. While an export is still requested, approved or
building, nothing new is filed. The request copies the last export's courses, assignments,
start date, validation ratio and seed, with no end date, and is filed in the name of
RETRAIN_REQUESTED_BY (a super-admin's username), or else the oldest active super-admin.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model

from consent.models import ConsentForm
from consent.services import current_consent_exists
from exports import services as exports
from exports.models import DEFAULT_GAMED_EXAMPLES, Export
from gradebook.models import Evaluation

log = logging.getLogger(__name__)
PENDING = (Export.Status.REQUESTED, Export.Status.APPROVED, Export.Status.BUILDING)


@dataclass(frozen=True)
class RetrainCheck:
    new_evaluations: int
    needed: int
    export: Export | None = None  # the request filed, if any
    reason: str = ""


def last_export() -> Export | None:
    return Export.objects.exclude(status=Export.Status.FAILED).order_by("-requested_at", "-id").first()


def new_consented_evaluations(since: Export | None) -> int:
    evaluations = Evaluation.objects.final().filter(
        current_consent_exists("submission__student", ConsentForm.Kind.STUDENT)
    )
    if since is not None:
        last_cut = since.finished_at or since.decided_at or since.requested_at
        evaluations = exports.in_export_scope(evaluations, since).filter(updated_at__gt=last_cut)
    return evaluations.count()


def requester():
    users = get_user_model().objects.filter(is_superuser=True, is_active=True)
    if settings.RETRAIN_REQUESTED_BY:
        return users.filter(username=settings.RETRAIN_REQUESTED_BY).first()
    return users.order_by("date_joined", "pk").first()


def check() -> RetrainCheck:
    """File an export request when enough new consented work has been graded."""
    needed = settings.RETRAIN_MIN_NEW_EVALUATIONS
    last = last_export()
    count = new_consented_evaluations(last)
    if last is not None and last.status in PENDING:
        return RetrainCheck(count, needed, reason=f"Export #{last.pk} is still {last.get_status_display().lower()}.")
    if count < needed:
        return RetrainCheck(count, needed, reason=f"{count} new consented final evaluations; {needed} are needed.")
    user = requester()
    if user is None:
        log.warning("Retraining is due but no active super-admin (RETRAIN_REQUESTED_BY) can file the export request.")
        return RetrainCheck(count, needed, reason="No active super-admin to file the request in the name of.")
    export = exports.request_export(
        user,
        courses=list(last.courses.all()) if last else [],
        assignments=list(last.assignments.all()) if last else [],
        graded_from=last.graded_from if last else None,
        validation_ratio=last.validation_ratio if last else 0.1,
        seed=last.seed if last else 0,
        hint_neighbours=last.hint_neighbours if last else 0,
        gamed_examples=last.gamed_examples if last else DEFAULT_GAMED_EXAMPLES,
    )
    log.info(
        "Retraining: %s new consented final evaluations; export #%s requested, awaiting approval.", count, export.pk
    )
    return RetrainCheck(count, needed, export=export, reason="Export requested; it awaits a super-admin's approval.")
