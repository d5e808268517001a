"""What the rollout page and the API show: the rollout, the per-version comparison with
instructors' final grades (grading.rollout.compare), the gate for the next step, the
automatic-rollback rule and the rollout's history."""

from grading import rollout as rules
from grading.models import Rollout

from .models import PromotionHistory


def report(rollout: Rollout) -> dict:
    comparison = rules.compare(rollout)
    gate = rules.gate(rollout, comparison)
    rollback = rules.clearly_worse(rollout, comparison)
    stage, share = rules.next_step(rollout)
    history = PromotionHistory.objects.filter(rollout=rollout).select_related("by").order_by("at", "id")
    return {
        "id": rollout.pk,
        "candidate": rollout.candidate.label,
        "active": rollout.active.label,
        "stage": rollout.stage,
        "share": rollout.share,
        "started_at": rollout.started_at,
        "finished_at": rollout.finished_at,
        "reason": rollout.reason,
        "comparison": comparison.as_dict(),
        "next_step": {"stage": stage, "share": share, "allowed": gate.allowed, "reason": gate.reason},
        "rollback": {"due": rollback.allowed, "reason": rollback.reason},
        "history": [
            {
                "action": entry.action,
                "at": entry.at,
                "by": entry.by.get_username() if entry.by else "system",
                "values": entry.values,
            }
            for entry in history
        ],
    }
