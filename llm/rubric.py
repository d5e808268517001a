"""Rubrics and scores as plain data, and the checks both must pass.

A rubric is a list of sections::

    [{"name": "Content", "max_score": 40, "step": 0.5,
      "criteria": [{"name": "Thesis", "max_points": 10, "description": "..."}, ...]}]

``step`` is optional: the section's score grid (1, 0.5, 0.25, 0.125, 0.1 ...), which must
divide ``max_score``. With it, every score must be a multiple of it; without it any number
within bounds is a score.

A set of scores for it maps each section name to::

    {"score": 35, "max_score": 40, "comment": "...",
     "criteria": [{"name": "Thesis", "points": 8, "max_points": 10}, ...]}

The same checks guard a human's grading form, the API and a model's reply, so an
invalid score can never be stored whoever produced it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from fractions import Fraction

TOLERANCE = 1e-6
MAX_COMMENT_LENGTH = 5000
# Sane bounds: no real rubric comes near them, and they keep every sum finite and every
# page (lists, totals, the grading form) safe from a number one instructor typed.
MAX_SCORE = 10_000
MAX_SECTIONS = 100
MAX_CRITERIA = 100
MAX_NAME_LENGTH = 200
MAX_DESCRIPTION_LENGTH = 2000


class RubricError(ValueError):
    """Validation failed; ``errors`` maps a field path to a list of messages."""

    def __init__(self, errors: dict[str, list[str]]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in self.errors.items()))


def _number(value) -> float | None:
    """A float, math.inf for a number too large for one (it fails every bound), None for the rest."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        value = float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf
    return None if math.isnan(value) else value


def clean_number(value: float) -> float | int:
    if not math.isfinite(value):
        return value
    value = round(value, 4)
    return int(value) if value == int(value) else value


def shown(value: float) -> str:
    """A number for a message: short even when someone sent 1e308."""
    return f"{value:g}"


def _maximum_problem(value: float | None, field: str) -> str | None:
    if value is None or value <= 0:
        return f"{field} must be a positive number."
    if value > MAX_SCORE:
        return f"{field} must be at most {MAX_SCORE:,}."


def implied_label(score: float, max_score: float) -> str:
    """The credit a score gives: "full" at the maximum, "none" at 0, "partial" in between."""
    if score >= max_score - TOLERANCE:
        return "full"
    return "none" if score <= TOLERANCE else "partial"


def on_grid(value: float, step: float) -> bool:
    """Is ``value`` a whole multiple of ``step`` (within rounding)?"""
    ratio = value / step
    return abs(ratio - round(ratio)) < 1e-6 * max(1.0, abs(ratio))


def snap(value: float, section: dict) -> float | int:
    """``value`` rounded to the section's grid (when it states a step) and kept within bounds."""
    step = section.get("step")
    value = min(max(value, 0.0), float(section["max_score"]))
    return clean_number(round(value / step) * step) if step else clean_number(value)


GRID_STEPS = (1, 0.5, 0.25, 0.2, 0.125, 0.1, 0.05, 0.025, 0.01)


def default_step(max_score: float) -> float:
    """The grid of a section that states no step: half points up to a maximum of 10, whole
    points up to 100, else a hundredth of the maximum."""
    return 0.5 if max_score <= 10 else 1 if max_score <= 100 else max_score / 100


def infer_step(scores, max_score: float) -> float | int | None:
    """The coarsest usual grid (GRID_STEPS), no coarser than ``default_step``, that holds every
    score and divides ``max_score``; None when none does (the scores then stay on no grid). A
    few whole-point grades never make a section refuse half points."""
    for step in GRID_STEPS:
        if (
            step <= min(max_score, default_step(max_score))
            and on_grid(max_score, step)
            and all(on_grid(score, step) for score in scores)
        ):
            return step
    return None


def common_step(steps) -> float | None:
    """The largest step of which every given step is a multiple (None if any is None): one grid
    on which scores of sections with different steps all fall, as kappa needs."""
    fractions = [Fraction(str(step)).limit_denominator(10**6) for step in steps]
    if not fractions or any(f <= 0 for f in fractions):
        return None
    numerator, denominator = 0, 1
    for f in fractions:
        numerator = math.gcd(numerator * f.denominator, f.numerator * denominator)
        denominator *= f.denominator
    return float(Fraction(numerator, denominator))


def _step(section: dict, max_score, where: str, errors) -> float | int | None:
    raw = section.get("step")
    if raw in (None, ""):
        return None
    step = _number(raw)
    if step is None or step <= 0:
        errors[f"{where}.step"].append("step must be a positive number (for example 1, 0.5 or 0.25).")
    elif max_score is not None and max_score > 0 and (step > max_score or not on_grid(max_score, step)):
        errors[f"{where}.step"].append(
            f"The step {clean_number(step)} does not divide the section max of {clean_number(max_score)}."
        )
    else:
        return clean_number(step)
    return None


def validate_rubric(sections) -> list[dict]:
    """Return the rubric in canonical form or raise RubricError naming each problem."""
    errors: dict[str, list[str]] = defaultdict(list)
    if not isinstance(sections, list) or not sections:
        raise RubricError({"sections": ["A rubric needs at least one section."]})
    if len(sections) > MAX_SECTIONS:
        raise RubricError({"sections": [f"A rubric has at most {MAX_SECTIONS} sections."]})
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
        elif len(name) > MAX_NAME_LENGTH:
            errors[f"{where}.name"].append(f"A section name has at most {MAX_NAME_LENGTH} characters.")
        elif name.lower() in seen:
            errors[f"{where}.name"].append(f"Section name '{name}' is used twice.")
        seen.add(name.lower())
        max_score = _number(section.get("max_score"))
        if problem := _maximum_problem(max_score, "max_score"):
            errors[f"{where}.max_score"].append(problem)
            max_score = None
        step = _step(section, max_score, where, errors)
        criteria = section.get("criteria") or []
        clean_criteria = []
        if not isinstance(criteria, list):
            errors[f"{where}.criteria"].append("criteria must be a list.")
            criteria = []
        elif len(criteria) > MAX_CRITERIA:
            errors[f"{where}.criteria"].append(f"A section has at most {MAX_CRITERIA} criteria.")
            criteria = []
        criterion_names: set[str] = set()
        for j, criterion in enumerate(criteria):
            cwhere = f"{where}.criteria[{j}]"
            if not isinstance(criterion, dict):
                errors[cwhere].append("Each criterion must be an object with a name and max_points.")
                continue
            cname = str(criterion.get("name", "")).strip()
            description = str(criterion.get("description", "") or "").strip()
            if not cname:
                errors[f"{cwhere}.name"].append("A criterion needs a name.")
            elif len(cname) > MAX_NAME_LENGTH:
                errors[f"{cwhere}.name"].append(f"A criterion name has at most {MAX_NAME_LENGTH} characters.")
            elif cname.lower() in criterion_names:
                errors[f"{cwhere}.name"].append(f"Criterion name '{cname}' is used twice.")
            criterion_names.add(cname.lower())
            if len(description) > MAX_DESCRIPTION_LENGTH:
                errors[f"{cwhere}.description"].append(
                    f"A description has at most {MAX_DESCRIPTION_LENGTH} characters."
                )
            cmax = _number(criterion.get("max_points"))
            if problem := _maximum_problem(cmax, "max_points"):
                errors[f"{cwhere}.max_points"].append(problem)
            else:
                clean_criteria.append({"name": cname, "max_points": clean_number(cmax), "description": description})
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
            item = {"name": name, "max_score": clean_number(max_score), "criteria": clean_criteria}
            if step is not None:
                item["step"] = step
            clean.append(item)
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
            errors[f"{name}.score"].append(f"The score {shown(score)} is above the maximum of {max_score}.")
        elif section.get("step") and not on_grid(score, section["step"]):
            errors[f"{name}.score"].append(
                f"The score {clean_number(score)} is not on this section's grid: use a multiple of {section['step']}."
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
            errors[where].append(f"Points {shown(points)} are above the maximum of {criterion['max_points']}.")
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
