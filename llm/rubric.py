"""Rubrics and scores as plain data, and the checks both must pass.

A rubric is a list of sections::

    [{"name": "Content", "max_score": 40,
      "criteria": [{"name": "Thesis", "max_points": 10, "description": "..."}, ...]}]

A set of scores for it maps each section name to::

    {"score": 35, "max_score": 40, "comment": "...",
     "criteria": [{"name": "Thesis", "points": 8, "max_points": 10}, ...]}

The same checks guard a human's grading form, the API and a model's reply, so an
invalid score can never be stored whoever produced it.
"""
from __future__ import annotations

import math
from collections import defaultdict

TOLERANCE = 1e-6
MAX_COMMENT_LENGTH = 5000


class RubricError(ValueError):
    """Validation failed; ``errors`` maps a field path to a list of messages."""

    def __init__(self, errors: dict[str, list[str]]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in self.errors.items()))


def _number(value) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def clean_number(value: float) -> float | int:
    value = round(value, 4)
    return int(value) if value == int(value) else value


def validate_rubric(sections) -> list[dict]:
    """Return the rubric in canonical form or raise RubricError naming each problem."""
    errors: dict[str, list[str]] = defaultdict(list)
    if not isinstance(sections, list) or not sections:
        raise RubricError({"sections": ["A rubric needs at least one section."]})
    seen: set[str] = set()
    clean: list[dict] = []
    for i, section in enumerate(sections):
        where = f"sections[{i}]"
        if not isinstance(section, dict):
            errors[where].append("Each section must be an object with a name and a max_score.")
            continue
        name = str(section.get("name", "")).strip()
        if not name:
            errors[f"{where}.name"].append("A section needs a name.")
        elif name.lower() in seen:
            errors[f"{where}.name"].append(f"Section name '{name}' is used twice.")
        seen.add(name.lower())
        max_score = _number(section.get("max_score"))
        if max_score is None or max_score <= 0:
            errors[f"{where}.max_score"].append("max_score must be a positive number.")
        criteria = section.get("criteria") or []
        clean_criteria = []
        if not isinstance(criteria, list):
            errors[f"{where}.criteria"].append("criteria must be a list.")
            criteria = []
        criterion_names: set[str] = set()
        for j, criterion in enumerate(criteria):
            cwhere = f"{where}.criteria[{j}]"
            if not isinstance(criterion, dict):
                errors[cwhere].append("Each criterion must be an object with a name and max_points.")
                continue
            cname = str(criterion.get("name", "")).strip()
            if not cname:
                errors[f"{cwhere}.name"].append("A criterion needs a name.")
            elif cname.lower() in criterion_names:
                errors[f"{cwhere}.name"].append(f"Criterion name '{cname}' is used twice.")
            criterion_names.add(cname.lower())
            cmax = _number(criterion.get("max_points"))
            if cmax is None or cmax <= 0:
                errors[f"{cwhere}.max_points"].append("max_points must be a positive number.")
            else:
                clean_criteria.append(
                    {
                        "name": cname,
                        "max_points": clean_number(cmax),
                        "description": str(criterion.get("description", "") or "").strip(),
                    }
                )
        if (
            clean_criteria
            and len(clean_criteria) == len(criteria)
            and max_score is not None
            and abs(sum(c["max_points"] for c in clean_criteria) - max_score) > TOLERANCE
        ):
            errors[f"{where}.criteria"].append(
                f"Criteria points add up to {clean_number(sum(c['max_points'] for c in clean_criteria))},"
                f" but the section max is {clean_number(max_score)}."
            )
        if name and max_score is not None and max_score > 0:
            clean.append({"name": name, "max_score": clean_number(max_score), "criteria": clean_criteria})
    if errors:
        raise RubricError(errors)
    return clean


def rubric_max_total(sections: list[dict]) -> float | int:
    return clean_number(sum(s["max_score"] for s in sections))


def check_scores(rubric: list[dict], scores) -> tuple[dict, float | int]:
    """Check a set of scores against a (valid) rubric.

    Returns the scores in canonical form and their total, or raises RubricError with one
    entry per bad field (``Content.score``, ``Content.criteria.Thesis`` ...). Criteria points
    are optional, but when given they must cover every criterion and add up to the score.
    """
    errors: dict[str, list[str]] = defaultdict(list)
    if not isinstance(scores, dict):
        raise RubricError({"sections": ["Scores must be an object keyed by section name."]})
    by_name = {s["name"]: s for s in rubric}
    for extra in sorted(set(scores) - set(by_name)):
        errors[str(extra)].append(f"'{extra}' is not a section of this rubric.")
    clean: dict[str, dict] = {}
    total = 0.0
    for name, section in by_name.items():
        given = scores.get(name)
        if given is None:
            errors[name].append(f"Section '{name}' has no score.")
            continue
        if not isinstance(given, dict):
            given = {"score": given}
        max_score = section["max_score"]
        score = _number(given.get("score"))
        if score is None:
            errors[f"{name}.score"].append("The score must be a number.")
        elif score < 0:
            errors[f"{name}.score"].append("The score cannot be negative.")
        elif score > max_score + TOLERANCE:
            errors[f"{name}.score"].append(
                f"The score {clean_number(score)} is above the maximum of {max_score}."
            )
        comment = given.get("comment") or ""
        if not isinstance(comment, str):
            errors[f"{name}.comment"].append("The comment must be text.")
            comment = ""
        elif len(comment) > MAX_COMMENT_LENGTH:
            errors[f"{name}.comment"].append(f"The comment is longer than {MAX_COMMENT_LENGTH} characters.")
        criteria_out = _check_criteria(name, section, given.get("criteria"), score, errors)
        if score is not None and not errors:
            total += score
        clean[name] = {
            "score": clean_number(score) if score is not None else None,
            "max_score": max_score,
            "comment": comment.strip(),
            "criteria": criteria_out,
        }
    if errors:
        raise RubricError(errors)
    return clean, clean_number(total)


def _check_criteria(name, section, given_criteria, score, errors) -> list[dict]:
    criteria = section.get("criteria") or []
    if not given_criteria:
        return []
    if not criteria:
        errors[f"{name}.criteria"].append(f"Section '{name}' has no criteria to score.")
        return []
    if isinstance(given_criteria, dict):
        given_criteria = [{"name": k, "points": v} for k, v in given_criteria.items()]
    if not isinstance(given_criteria, list):
        errors[f"{name}.criteria"].append("criteria must be a list of {name, points}.")
        return []
    given_by_name = {}
    for item in given_criteria:
        if isinstance(item, dict) and "name" in item:
            given_by_name[str(item["name"])] = item.get("points")
    out = []
    points_sum = 0.0
    for criterion in criteria:
        cname = criterion["name"]
        where = f"{name}.criteria.{cname}"
        if cname not in given_by_name:
            errors[where].append(f"Criterion '{cname}' has no points.")
            continue
        points = _number(given_by_name.pop(cname))
        if points is None:
            errors[where].append("Points must be a number.")
        elif points < 0:
            errors[where].append("Points cannot be negative.")
        elif points > criterion["max_points"] + TOLERANCE:
            errors[where].append(f"Points {clean_number(points)} are above the maximum of {criterion['max_points']}.")
        else:
            points_sum += points
            out.append({"name": cname, "points": clean_number(points), "max_points": criterion["max_points"]})
    for unknown in given_by_name:
        errors[f"{name}.criteria.{unknown}"].append(f"'{unknown}' is not a criterion of section '{name}'.")
    if score is not None and len(out) == len(criteria) and abs(points_sum - score) > TOLERANCE:
        errors[f"{name}.criteria"].append(
            f"Criteria points add up to {clean_number(points_sum)}, but the section score is {clean_number(score)}."
        )
    return out


def score_changes(suggested: dict, final: dict) -> tuple[bool, float]:
    """(scores kept as they were, mean absolute change of the section scores). Comments do
    not count: rewording a comment still accepts the suggested scores."""
    changes, same = [], True
    for name, section in suggested.items():
        given = final.get(name) or {}
        changes.append(abs(float(given.get("score", 0)) - float(section["score"])))
        points = {c["name"]: c["points"] for c in section.get("criteria") or []}
        same = same and points == {c["name"]: c["points"] for c in given.get("criteria") or []}
    same = same and set(final) == set(suggested) and all(change < 1e-9 for change in changes)
    return same, sum(changes) / len(changes) if changes else 0.0
