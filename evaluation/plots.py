"""The report's plots as PNG bytes (matplotlib, no display): predicted against human scores,
the errors' histogram, and each section's MAE per provider."""

from __future__ import annotations

import io
import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from .models import EvaluationRun  # noqa: E402
from .report import labels, pairs, results_table  # noqa: E402

PLOTS = ("scatter", "errors", "sections")


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    plt.close(figure)
    return buffer.getvalue()


def _empty(message: str) -> bytes:
    figure, axes = plt.subplots(figsize=(5, 1.2))
    axes.axis("off")
    axes.text(0.5, 0.5, message, ha="center", va="center")
    return _png(figure)


def scatter(run: EvaluationRun) -> bytes:
    data, names = pairs(run), labels(run)
    if not data:
        return _empty("No scored answers yet.")
    columns = min(3, len(data))
    rows = math.ceil(len(data) / columns)
    figure, axes = plt.subplots(rows, columns, figsize=(4 * columns, 3.6 * rows), squeeze=False)
    top = max(max(human + predicted) for human, predicted in data.values()) or 1
    for axis, (provider, (human, predicted)) in zip(axes.flat, data.items()):
        jitter = np.random.default_rng(0).uniform(-0.04, 0.04, len(human)) * top
        axis.scatter(np.array(human) + jitter, predicted, s=10, alpha=0.5)
        axis.plot([0, top], [0, top], color="grey", linewidth=1)
        axis.set(
            title=names.get(provider, provider)[:40],
            xlabel="human",
            ylabel="predicted",
            xlim=(-0.05 * top, 1.05 * top),
            ylim=(-0.05 * top, 1.05 * top),
        )
    for axis in list(axes.flat)[len(data) :]:
        axis.axis("off")
    figure.tight_layout()
    return _png(figure)


def errors(run: EvaluationRun) -> bytes:
    data, names = pairs(run), labels(run)
    if not data:
        return _empty("No scored answers yet.")
    figure, axis = plt.subplots(figsize=(7, 3.6))
    differences = {p: np.array(predicted) - np.array(human) for p, (human, predicted) in data.items()}
    widest = max(float(np.abs(d).max()) for d in differences.values()) or 1
    bins = np.linspace(-widest, widest, 21)
    for provider, difference in differences.items():
        axis.hist(difference, bins=bins, histtype="step", linewidth=1.5, label=names.get(provider, provider)[:40])
    axis.axvline(0, color="grey", linewidth=1)
    axis.set(xlabel="predicted − human (points)", ylabel="answers")
    axis.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1))
    return _png(figure)


def sections(run: EvaluationRun) -> bytes:
    _, by_section = results_table(run)
    names = labels(run)
    if not by_section:
        return _empty("No results yet.")
    providers = list(names)
    figure, axis = plt.subplots(figsize=(max(5, 1.2 * len(by_section) * max(1, len(providers)) / 2), 3.6))
    width = 0.8 / max(1, len(providers))
    for offset, provider in enumerate(providers):
        values = [
            next((r.metrics.get("mae") for r in results if r.provider == provider), None) or 0
            for results in by_section.values()
        ]
        positions = np.arange(len(by_section)) + offset * width
        axis.bar(positions, values, width, label=names[provider][:40])
    axis.set_xticks(np.arange(len(by_section)) + width * (len(providers) - 1) / 2, list(by_section))
    axis.set(ylabel="MAE (points)")
    axis.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1))
    return _png(figure)


def render(run: EvaluationRun, name: str) -> bytes:
    return {"scatter": scatter, "errors": errors, "sections": sections}[name](run)
