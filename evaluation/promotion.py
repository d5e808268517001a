"""The promotion gate, promotion and rollback of model versions.

- Every new candidate (training's ``version_created`` signal) is evaluated on its export's
  validation split against the active version and the cheap baselines.
- The gate reads the latest finished run holding the candidate and the active version (with
  nothing active: the baselines) and compares PROMOTION_METRIC on whole answers. The
  candidate passes when it is better by at least PROMOTION_MARGIN (and better at all, when
  the margin is 0), gave a usable score for at least PROMOTION_MIN_VALID_RATE of the
  answers, and its training data holds no withdrawn work. An undefined metric (e.g. kappa
  of constant scores) counts as the worst value.
- Only a super-admin promotes (in the admin), and only through the gate. Rollback
  re-activates the version the active one replaced, in one step. Both write a
  PromotionHistory row and an audit event, and move the MLflow alias `champion`.
- Grading reads ``training.versions.active_version()`` per request, and local models are
  cached by their paths, so the switch needs no restart.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from consent import audit
from core.errors import Conflict
from core.permissions import require_superadmin
from training.models import ModelVersion
from training.versions import active_version

from . import mlflow_logging, runs
from .baselines import BASELINE_KEYS
from .graders import spec_key
from .models import TOTAL, EvaluationRun, PromotionHistory, ProviderResult

log = logging.getLogger(__name__)
HIGHER_IS_BETTER = {"qwk": True, "pearson": True, "exact": True, "mae": False, "rmse": False}


class PromotionError(Conflict):
    """The promotion or rollback is refused; the message says why."""


def check_can_promote(user) -> None:
    require_superadmin(user, "promote or roll back model versions")


def version_key(version: ModelVersion) -> str:
    return spec_key({"kind": "version", "version": version.pk})


def evaluate_candidate(version: ModelVersion) -> EvaluationRun | None:
    """Queue the candidate's evaluation against the active version and the baselines."""
    if version.export_id is None:
        log.warning("Model version %s has no export: no holdout to evaluate it on.", version)
        return None
    specs = [{"kind": "version", "version": version.pk}]
    active = active_version()
    if active is not None and active.pk != version.pk:
        specs.append({"kind": "version", "version": active.pk})
    specs += [{"kind": key} for key in BASELINE_KEYS]
    try:
        return runs.create_run(None, specs, export=version.export, candidate=version)
    except ValidationError as error:
        log.warning("Cannot evaluate model version %s: %s", version, "; ".join(error.messages))
        return None


def on_version_created(sender, version, **kwargs) -> None:
    """training's version_created receiver."""
    evaluate_candidate(version)


@dataclass(frozen=True)
class GateDecision:
    allowed: bool
    reason: str
    metric: str = ""
    values: dict = field(default_factory=dict)
    run: EvaluationRun | None = None


def _total(run: EvaluationRun, provider: str) -> dict | None:
    result = ProviderResult.objects.filter(run=run, provider=provider, section=TOTAL).first()
    return result.metrics if result else None


def _improvement(metric: str, candidate: float | None, other: float | None) -> float | None:
    """How much better the candidate is (positive: better); None when the candidate's value is undefined."""
    if candidate is None:
        return None
    if other is None:
        return float("inf")
    return candidate - other if HIGHER_IS_BETTER[metric] else other - candidate


def _goodness(metric: str, value: float | None) -> float:
    """Larger is better, whatever the metric; an undefined value is the worst."""
    if value is None:
        return float("-inf")
    return value if HIGHER_IS_BETTER[metric] else -value


def latest_run(candidate: ModelVersion, active: ModelVersion | None) -> EvaluationRun | None:
    """The newest finished run that graded the candidate and the active version (or the baselines)."""
    needed = [version_key(candidate)] + ([version_key(active)] if active and active.pk != candidate.pk else [])
    finished = EvaluationRun.objects.filter(status=EvaluationRun.Status.SUCCEEDED).order_by("-finished_at", "-id")
    for run in finished.filter(results__provider=needed[0], results__section=TOTAL).distinct():
        providers = set(run.results.filter(section=TOTAL).values_list("provider", flat=True))
        if set(needed) <= providers and (active or providers & set(BASELINE_KEYS)):
            return run
    return None


def decide(candidate: ModelVersion) -> GateDecision:
    """May the candidate replace the active version? Says why not."""
    metric, margin = settings.PROMOTION_METRIC, settings.PROMOTION_MARGIN
    if metric not in HIGHER_IS_BETTER:
        return GateDecision(False, f"PROMOTION_METRIC {metric!r} is not one of {', '.join(HIGHER_IS_BETTER)}.")
    if candidate.status != ModelVersion.Status.CANDIDATE:
        return GateDecision(False, f"{candidate} is {candidate.get_status_display().lower()}, not a candidate.")
    if candidate.contains_withdrawn:
        return GateDecision(False, f"{candidate} was trained on work whose consent was withdrawn.")
    active = active_version()
    run = latest_run(candidate, active)
    if run is None:
        against = f"the active version {active}" if active else "the baselines"
        return GateDecision(False, f"No finished evaluation run compares {candidate} with {against} yet.", metric)
    mine = _total(run, version_key(candidate))
    if active is not None:
        other_name, other = str(active), _total(run, version_key(active))
    else:
        baselines = {key: _total(run, key) for key in BASELINE_KEYS}
        baselines = {key: values for key, values in baselines.items() if values}
        key = max(baselines, key=lambda k: _goodness(metric, baselines[k].get(metric)))
        other_name, other = f"the best baseline ({key})", baselines[key]
    values = {
        "candidate": mine.get(metric),
        "other": other.get(metric),
        "other_name": other_name,
        "margin": margin,
        "candidate_valid_rate": mine.get("valid_rate"),
        "run": run.pk,
    }
    valid_rate = mine.get("valid_rate") or 0.0
    if valid_rate < settings.PROMOTION_MIN_VALID_RATE:
        return GateDecision(
            False,
            f"{candidate} gave a usable score for {valid_rate:.0%} of the answers "
            f"(PROMOTION_MIN_VALID_RATE is {settings.PROMOTION_MIN_VALID_RATE:.0%}).",
            metric,
            values,
            run,
        )
    better = _improvement(metric, mine.get(metric), other.get(metric))
    if better is None or better <= 0 or better < margin:
        return GateDecision(
            False,
            f"{candidate} does not beat {other_name} on {metric} by {margin:g} "
            f"({_show(mine.get(metric))} against {_show(other.get(metric))}, run #{run.pk}).",
            metric,
            values,
            run,
        )
    return GateDecision(
        True,
        f"{candidate} beats {other_name} on {metric}: {_show(mine.get(metric))} against "
        f"{_show(other.get(metric))} (margin {margin:g}, run #{run.pk}).",
        metric,
        values,
        run,
    )


def _show(value) -> str:
    return "undefined" if value is None else f"{value:.4f}"


def _switch(to: ModelVersion, previous: ModelVersion | None) -> None:
    if previous is not None:
        previous.status = ModelVersion.Status.RETIRED
        previous.save(update_fields=["status"])
    to.status, to.activated_at = ModelVersion.Status.ACTIVE, timezone.now()
    to.save(update_fields=["status", "activated_at"])
    transaction.on_commit(lambda: mlflow_logging.set_champion(to))


def promote(candidate: ModelVersion, user) -> PromotionHistory:
    """Make the candidate the active version, if the gate allows it. Raises PermissionDenied or PromotionError."""
    check_can_promote(user)
    with transaction.atomic():
        list(ModelVersion.objects.select_for_update().filter(status=ModelVersion.Status.ACTIVE))
        candidate = ModelVersion.objects.select_for_update().get(pk=candidate.pk)
        decision = decide(candidate)
        if not decision.allowed:
            raise PromotionError(decision.reason)
        previous = active_version()
        _switch(candidate, previous)
        entry = PromotionHistory.objects.create(
            action=PromotionHistory.Action.PROMOTED,
            from_version=previous,
            to_version=candidate,
            by=user,
            run=decision.run,
            metric=decision.metric,
            values=decision.values,
        )
        audit.record(
            user,
            "model.promoted",
            candidate,
            from_version=previous.label if previous else None,
            to_version=candidate.label,
            metric=decision.metric,
            **_figures(decision.values),
        )
    return entry


def _figures(values: dict) -> dict:
    return {key: values.get(key) for key in ("candidate", "other", "other_name", "margin", "run")}


def rollback(user) -> PromotionHistory:
    """Re-activate the version that the active one replaced. Raises PermissionDenied or PromotionError."""
    check_can_promote(user)
    with transaction.atomic():
        current = ModelVersion.objects.select_for_update().filter(status=ModelVersion.Status.ACTIVE).first()
        if current is None:
            raise PromotionError("No version is active: there is nothing to roll back.")
        promoted = (
            PromotionHistory.objects.filter(action=PromotionHistory.Action.PROMOTED, to_version=current)
            .select_related("from_version")
            .order_by("-at", "-id")
            .first()
        )
        if promoted is None or promoted.from_version is None:
            raise PromotionError(f"{current} replaced no earlier version: there is nothing to go back to.")
        previous = ModelVersion.objects.select_for_update().get(pk=promoted.from_version_id)
        if previous.contains_withdrawn:
            raise PromotionError(f"{previous} was trained on work whose consent was withdrawn; it cannot return.")
        _switch(previous, current)
        entry = PromotionHistory.objects.create(
            action=PromotionHistory.Action.ROLLED_BACK, from_version=current, to_version=previous, by=user
        )
        audit.record(user, "model.rolled_back", previous, from_version=current.label, to_version=previous.label)
    return entry
