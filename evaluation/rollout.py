"""The steps of a live rollout: start shadow, raise the canary share (ROLLOUT_CANARY_SHARES),
promote, and stop (by hand or automatically when the candidate is clearly worse).

Each step is taken only when grading.rollout.gate allows it (enough reviewed submissions and
a candidate not worse than the active version by more than ROLLOUT_MARGIN), by a super-admin,
and writes a PromotionHistory row and an audit event. The rules live in grading.rollout; this
module holds the steps because the promotion history is the evaluation app's.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from consent import audit
from grading import rollout as rules
from grading.models import Rollout, RolloutGrade
from training.models import ModelVersion
from training.versions import active_version

from .models import PromotionHistory
from .promotion import PromotionError, _switch, check_can_promote

log = logging.getLogger(__name__)


def start_shadow(candidate: ModelVersion, user) -> Rollout:
    """The candidate starts grading every suggestion request beside the active version, unseen."""
    check_can_promote(user)
    with transaction.atomic():
        active = ModelVersion.objects.select_for_update().filter(status=ModelVersion.Status.ACTIVE).first()
        candidate = ModelVersion.objects.select_for_update().get(pk=candidate.pk)
        if active is None:
            raise PromotionError("No version is active: promote the first one through the holdout gate.")
        if candidate.status != ModelVersion.Status.CANDIDATE:
            raise PromotionError(f"{candidate} is {candidate.get_status_display().lower()}, not a candidate.")
        if candidate.contains_withdrawn:
            raise PromotionError(f"{candidate} was trained on work whose consent was withdrawn.")
        if Rollout.objects.filter(stage__in=Rollout.OPEN).exists():
            raise PromotionError("Another rollout is open: promote or stop it first.")
        rollout = Rollout.objects.create(candidate=candidate, active=active, started_by=user)
        _history(PromotionHistory.Action.SHADOW, rollout, user, active, candidate, {"share": 0.0})
    return rollout


def advance(rollout: Rollout, user) -> Rollout:
    """The next step (the next canary share, or promotion after the last), if the gate allows it."""
    check_can_promote(user)
    with transaction.atomic():
        rollout = Rollout.objects.select_for_update().select_related("candidate", "active").get(pk=rollout.pk)
        decision = rules.gate(rollout)
        if not decision.allowed:
            raise PromotionError(decision.reason)
        stage, share = rules.next_step(rollout)
        if stage == Rollout.Stage.PROMOTED:
            return _promote(rollout, user, decision.figures)
        rollout.stage, rollout.share = stage, share
        rollout.save(update_fields=["stage", "share"])
        _history(
            PromotionHistory.Action.CANARY,
            rollout,
            user,
            rollout.active,
            rollout.candidate,
            {"share": share, **decision.figures},
        )
    return rollout


def _promote(rollout: Rollout, user, figures: dict) -> Rollout:
    active = active_version()
    if active is None or active.pk != rollout.active_id or rollout.candidate.status != ModelVersion.Status.CANDIDATE:
        raise PromotionError("The versions changed since the rollout started; stop it and start a new one.")
    _switch(rollout.candidate, active)
    rollout.stage, rollout.share, rollout.finished_at = Rollout.Stage.PROMOTED, 1.0, timezone.now()
    rollout.save(update_fields=["stage", "share", "finished_at"])
    _history(PromotionHistory.Action.PROMOTED, rollout, user, active, rollout.candidate, {"share": 1.0, **figures})
    return rollout


def stop(rollout: Rollout, user, reason: str = "") -> Rollout:
    """End the rollout: the active version serves everything again (a super-admin's decision)."""
    check_can_promote(user)
    with transaction.atomic():
        rollout = Rollout.objects.select_for_update().select_related("candidate", "active").get(pk=rollout.pk)
        if not rollout.is_open:
            raise PromotionError(f"The rollout is already {rollout.get_stage_display().lower()}.")
        return _stop(rollout, user, reason or "Stopped by hand.", {})


def _stop(rollout: Rollout, user, reason: str, figures: dict) -> Rollout:
    rollout.stage, rollout.share, rollout.finished_at, rollout.reason = (
        Rollout.Stage.ROLLED_BACK,
        0.0,
        timezone.now(),
        reason,
    )
    rollout.save(update_fields=["stage", "share", "finished_at", "reason"])
    _history(
        PromotionHistory.Action.ROLLOUT_STOPPED,
        rollout,
        user,
        rollout.candidate,
        rollout.active,
        {"reason": reason, **figures},
    )
    return rollout


def check_rollback(rollout: Rollout) -> bool:
    """Stop the rollout automatically when the candidate is clearly worse; True if it did."""
    with transaction.atomic():
        rollout = Rollout.objects.select_for_update().select_related("candidate", "active").get(pk=rollout.pk)
        decision = rules.clearly_worse(rollout)
        if not decision.allowed:
            return False
        log.warning("rollout %s rolled back automatically: %s", rollout.pk, decision.reason)
        _stop(rollout, None, decision.reason, decision.figures)
    return True


def on_final_evaluation(sender, instance, raw=False, **kwargs) -> None:
    """post_save receiver: a final grade of a submission graded in the open rollout may show
    that the candidate is clearly worse."""
    if raw or instance.status != instance.Status.FINAL:
        return
    rollout = Rollout.objects.filter(stage__in=Rollout.OPEN).first()
    if (
        rollout is not None
        and RolloutGrade.objects.filter(rollout=rollout, submission_id=instance.submission_id).exists()
    ):
        check_rollback(rollout)


def _history(action, rollout, user, from_version, to_version, values) -> PromotionHistory:
    entry = PromotionHistory.objects.create(
        action=action,
        from_version=from_version,
        to_version=to_version,
        by=user,
        metric="mae",
        values=values,
        rollout=rollout,
    )
    audit.record(
        user,
        f"model.rollout.{action}",
        rollout.candidate,
        rollout=rollout.pk,
        candidate=rollout.candidate.label,
        active=rollout.active.label,
        stage=rollout.stage,
        share=rollout.share,
        **{key: values[key] for key in ("reason", "n_reviewed") if key in values},
    )
    return entry
