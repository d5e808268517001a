"""Rubrics saved before the rubric bounds (llm.rubric.MAX_SCORE, 10,000) may hold a section's
max_score, a criterion's max_points or a step above it (1e308 was seen). Two such sections add up
to infinity, which JSON cannot carry: the API's assignment and rubric lists answered 500 for
everyone who could see the row (a super-admin sees every row), and so did the assignment page
and its statistics CSV.

Each number above 10,000 is clamped to 10,000. Nothing is lost: every repaired rubric gets one
entry in the append-only audit log (consent.AuditEvent, where the project records who changed
what; the admin lists it): action "rubric.repaired", target gradebook.rubric#<id>, actor
"system (migration gradebook.0005)", and details naming each changed field with the value it had
and the value it has now, e.g. {"sections[0].max_score": {"was": 1e308, "now": 10000}}.
Unapplying it changes no row: the old values are in the audit log, and no valid rubric needs them.
Evaluations are not touched: one scored above 10,000 stays as it was graded.
"""

from django.db import migrations

BOUND = 10_000  # llm.rubric.MAX_SCORE when this migration was written


def _over(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > BOUND


def clamped(sections) -> tuple[list, dict]:
    """The sections with every maximum and step within BOUND, and what changed (path: was/now)."""
    changes = {}

    def clamp(item: dict, key: str, path: str) -> None:
        if _over(item.get(key)):
            changes[path] = {"was": item[key], "now": BOUND}
            item[key] = BOUND

    repaired = []
    for i, section in enumerate(sections if isinstance(sections, list) else []):
        if not isinstance(section, dict):
            repaired.append(section)
            continue
        section = dict(section)
        clamp(section, "max_score", f"sections[{i}].max_score")
        clamp(section, "step", f"sections[{i}].step")
        if isinstance(section.get("criteria"), list):
            section["criteria"] = [dict(c) if isinstance(c, dict) else c for c in section["criteria"]]
            for j, criterion in enumerate(section["criteria"]):
                if isinstance(criterion, dict):
                    clamp(criterion, "max_points", f"sections[{i}].criteria[{j}].max_points")
        repaired.append(section)
    return repaired, changes


def repair_rubrics(apps, schema_editor):
    Rubric = apps.get_model("gradebook", "Rubric")
    AuditEvent = apps.get_model("consent", "AuditEvent")
    for rubric in Rubric.objects.iterator():
        sections, changes = clamped(rubric.sections)
        if not changes:
            continue
        Rubric.objects.filter(pk=rubric.pk).update(sections=sections)
        AuditEvent.objects.create(
            actor=None,
            actor_label="system (migration gradebook.0005)",
            action="rubric.repaired",
            target_type="gradebook.rubric",
            target_id=str(rubric.pk),
            details={"reason": f"above the rubric bound of {BOUND:,}", "assignment": rubric.assignment_id, **changes},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("gradebook", "0004_merge_20261129_0626"),
        ("consent", "0001_initial"),
    ]

    operations = [migrations.RunPython(repair_rubrics, migrations.RunPython.noop)]
