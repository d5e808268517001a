"""An assignment's grade statistics: the distribution of the total and of each section
(histogram, mean, median, spread), how the grades were given (by hand, through a group, a
suggestion accepted, imported), and how often each rubric criterion was awarded.
The assignment page and its CSV show the same numbers."""

from __future__ import annotations

import csv
import io
import math
import statistics as stats

from .models import Assignment, Evaluation
from .services import spreadsheet_safe

TOTAL = "Total"


def bins(maximum: float) -> list[tuple[float, float]]:
    """Whole points up to a maximum of 10 (0-1, 1-2, ...), else ten equal bins."""
    width = 1.0 if maximum <= 10 else maximum / 10
    count = max(1, math.ceil(maximum / width))
    return [(round(i * width, 4), round(min(maximum, (i + 1) * width), 4)) for i in range(count)]


def histogram(values: list[float], maximum: float) -> list[dict]:
    """Counts per bin; a bin holds low <= value < high, the last one its high too. ``percent``
    is the count against the fullest bin, for the bar's width."""
    edges = bins(maximum)
    counts = [0] * len(edges)
    for value in values:
        index = next((i for i, (_, high) in enumerate(edges) if value < high), len(edges) - 1)
        counts[index] += 1
    top = max(counts) or 1
    return [
        {"low": low, "high": high, "count": n, "percent": round(100 * n / top)}
        for (low, high), n in zip(edges, counts, strict=True)
    ]


def summary(name: str, values: list[float], maximum: float) -> dict:
    return {
        "name": name,
        "max_score": maximum,
        "count": len(values),
        "mean": round(stats.fmean(values), 3) if values else None,
        "median": round(stats.median(values), 3) if values else None,
        "stdev": round(stats.pstdev(values), 3) if values else None,
        "min": min(values, default=None),
        "max": max(values, default=None),
        "histogram": histogram(values, maximum),
    }


def assignment_statistics(assignment: Assignment) -> dict:
    rubric = assignment.rubric.sections
    finals = list(
        Evaluation.objects.final().filter(submission__assignment=assignment).values_list("sections", "total", "origin")
    )
    origins = {choice: 0 for choice in Evaluation.Origin.values if choice != Evaluation.Origin.MODEL}
    for _, _, origin in finals:
        origins[origin] = origins.get(origin, 0) + 1
    criteria = []
    for section in rubric:
        for criterion in section.get("criteria") or []:
            points = [
                next(
                    (
                        c["points"]
                        for c in (sections.get(section["name"]) or {}).get("criteria") or []
                        if c["name"] == criterion["name"]
                    ),
                    None,
                )
                for sections, _, _ in finals
            ]
            given = [p for p in points if p is not None]
            awarded = sum(p > 0 for p in given)
            criteria.append(
                {
                    "section": section["name"],
                    "name": criterion["name"],
                    "max_points": criterion["max_points"],
                    "scored": len(given),
                    "awarded": awarded,
                    "full": sum(p >= criterion["max_points"] for p in given),
                    "share": round(awarded / len(given), 3) if given else None,
                    "mean_points": round(stats.fmean(given), 3) if given else None,
                }
            )
    return {
        "submissions": assignment.submissions.count(),
        "graded": len(finals),
        "total": summary(TOTAL, [total for _, total, _ in finals], assignment.rubric.max_total),
        "sections": [
            summary(
                s["name"],
                [sections[s["name"]]["score"] for sections, _, _ in finals if s["name"] in sections],
                s["max_score"],
            )
            for s in rubric
        ],
        "origins": [{"origin": o, "label": Evaluation.Origin(o).label, "count": n} for o, n in origins.items()],
        "criteria": criteria,
    }


def statistics_csv(numbers: dict) -> str:
    """The statistics in long form: part, section, criterion, measure, value."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["part", "section", "criterion", "measure", "value"])
    rows = [("graded", "", "", "graded", numbers["graded"]), ("graded", "", "", "submissions", numbers["submissions"])]
    for part in [numbers["total"], *numbers["sections"]]:
        for measure in ("count", "mean", "median", "stdev", "min", "max"):
            rows.append(("summary", part["name"], "", measure, part[measure]))
        for b in part["histogram"]:
            rows.append(("histogram", part["name"], "", f"{b['low']:g}-{b['high']:g}", b["count"]))
    rows += [("origin", "", "", o["origin"], o["count"]) for o in numbers["origins"]]
    for c in numbers["criteria"]:
        for measure in ("scored", "awarded", "full", "share", "mean_points"):
            rows.append(("criterion", c["section"], c["name"], measure, c[measure]))
    for row in rows:
        writer.writerow([spreadsheet_safe("" if cell is None else cell) for cell in row])
    return out.getvalue()
