"""Rubrics saved before the rubric bounds (llm.rubric.MAX_SCORE, 10,000) may hold a section's
max_score, a criterion's max_points or a step above it (1e308 was seen), and the evaluations
graded on them scores as large. Two such sections add up to infinity, which JSON cannot carry:
the API's assignment, rubric and evaluation lists answered 500 for everyone who could see the
row (a super-admin sees every row), and so did the assignment page and its statistics CSV.

Each number above 10,000 is clamped to 10,000 (in a rubric: max_score, step, max_points; in an
evaluation: each section's score and max_score, each criterion's points and max_points), and an
evaluation's total is added up again from its clamped scores. Nothing is lost: every repaired
row gets one entry in the append-only audit log (consent.AuditEvent, where the project records
who changed what; the admin lists it): action "rubric.repaired" or "evaluation.repaired", the row
as target, actor "system (migration consent.0002)", and details naming each changed field with
the value it had and has now, e.g. {"sections[0].max_score": {"was": 1e308, "now": 10000}}
(a value JSON cannot hold, such as an infinite total, is written as text: "inf").
The rows keep their updated_at, so export date filters select what they selected before.
It lives in consent, beside the audit log it writes to, because gradebook comes before consent in
the order the apps depend on one another. Unapplying it changes no row: the old values are in the audit log, and no valid row needs them.
"""

import math

from django.db import migrations
from django.db.models import Q

BOUND = 10_000  # llm.rubric.MAX_SCORE when this migration was written
ACTOR = "system (migration consent.0002)"


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _recorded(value):
    return value if not _number(value) or math.isfinite(value) else str(value)


class Clamp:
    """Copies of the JSON it is given, with every number above BOUND clamped, and what changed."""

    def __init__(self):
        self.changes = {}

    def item(self, item, keys, path: str):
        if not isinstance(item, dict):
            return item
        item = dict(item)
        for key in keys:
            if _number(item.get(key)) and item[key] > BOUND:
                self.changes[f"{path}.{key}"] = {"was": _recorded(item[key]), "now": BOUND}
                item[key] = BOUND
        return item

    def criteria(self, section: dict, keys, path: str) -> dict:
        if isinstance(section, dict) and isinstance(section.get("criteria"), list):
            section["criteria"] = [
                self.item(criterion, keys, f"{path}.criteria[{j}]") for j, criterion in enumerate(section["criteria"])
            ]
        return section


def clamped_rubric(sections) -> tuple[list, dict]:
    clamp = Clamp()
    if not isinstance(sections, list):
        return sections, {}
    repaired = []
    for i, section in enumerate(sections):
        section = clamp.item(section, ("max_score", "step"), f"sections[{i}]")
        repaired.append(clamp.criteria(section, ("max_points",), f"sections[{i}]"))
    return repaired, clamp.changes


def clamped_scores(sections, total) -> tuple[dict, float, dict]:
    clamp = Clamp()
    if not isinstance(sections, dict):
        return sections, total, {}
    repaired = {}
    for name, section in sections.items():
        section = clamp.item(section, ("score", "max_score"), name)
        repaired[name] = clamp.criteria(section, ("points", "max_points"), name)
    if clamp.changes:
        scores = [s["score"] for s in repaired.values() if isinstance(s, dict) and _number(s.get("score"))]
        new_total = round(sum(scores), 4)
        if new_total != total:
            clamp.changes["total"] = {"was": _recorded(total), "now": new_total}
            total = new_total
    return repaired, total, clamp.changes


def _audit(AuditEvent, action: str, target: str, pk, changes: dict) -> None:
    AuditEvent.objects.create(
        actor=None,
        actor_label=ACTOR,
        action=action,
        target_type=target,
        target_id=str(pk),
        details={"reason": f"above the rubric bound of {BOUND:,}", **changes},
    )


def repair(apps, schema_editor):
    Rubric = apps.get_model("gradebook", "Rubric")
    Evaluation = apps.get_model("gradebook", "Evaluation")
    AuditEvent = apps.get_model("consent", "AuditEvent")
    repaired = []
    for rubric in Rubric.objects.iterator():
        sections, changes = clamped_rubric(rubric.sections)
        if changes:
            Rubric.objects.filter(pk=rubric.pk).update(sections=sections)
            _audit(AuditEvent, "rubric.repaired", "gradebook.rubric", rubric.pk, changes)
            repaired.append(rubric.assignment_id)
    # A score above the bound makes the total above it too (scores are not negative).
    suspects = Evaluation.objects.filter(Q(total__gt=BOUND) | Q(submission__assignment_id__in=repaired))
    for evaluation in suspects.iterator():
        sections, total, changes = clamped_scores(evaluation.sections, evaluation.total)
        if changes:
            Evaluation.objects.filter(pk=evaluation.pk).update(sections=sections, total=total)
            _audit(AuditEvent, "evaluation.repaired", "gradebook.evaluation", evaluation.pk, changes)


class Migration(migrations.Migration):
    dependencies = [
        ("gradebook", "0004_merge_20261129_0626"),
        ("consent", "0001_initial"),
    ]

    operations = [migrations.RunPython(repair, migrations.RunPython.noop)]
