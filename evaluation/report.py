"""What a run's report shows: the results table (and its seen / unseen questions apart), the
data behind the plots, and the answers on which the providers disagree most, each provider's
comment beside the instructor's."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from types import SimpleNamespace

from .models import TOTAL, EvaluationRun, ItemPrediction
from .results import SUBSETS

DISAGREEMENTS_SHOWN = 5


def results_table(run: EvaluationRun) -> tuple[list, dict[str, list]]:
    """(results over whole answers, one per provider in the run's order; {section: results})."""
    totals, sections = [], defaultdict(list)
    for result in run.results.all():
        if result.section == TOTAL:
            totals.append(result)
        else:
            sections[result.section].append(result)
    return totals, dict(sections)


def subset_tables(totals: list) -> dict[str, list]:
    """{"seen": rows, "unseen": rows} over whole answers, when the run had questions without
    graded examples (rows shaped like results: provider, label, metrics)."""
    tables = defaultdict(list)
    for result in totals:
        for subset in SUBSETS:
            if subset in result.metrics:
                tables[subset].append(
                    SimpleNamespace(provider=result.provider, label=result.label, metrics=result.metrics[subset])
                )
    return dict(tables)


def comment_of(scores: dict | None) -> str:
    """A whole answer's comment: its sections' comments in order."""
    return " ".join(s.get("comment", "") for s in (scores or {}).values() if s.get("comment"))


def labels(run: EvaluationRun) -> dict[str, str]:
    return {provider: label for provider, label in run.results.filter(section=TOTAL).values_list("provider", "label")}


def pairs(run: EvaluationRun) -> dict[str, tuple[list[float], list[float]]]:
    """{provider: (human totals, predicted totals)} over the answers it scored."""
    out = defaultdict(lambda: ([], []))
    rows = ItemPrediction.objects.filter(item__run=run, total__isnull=False).values_list(
        "provider", "item__total", "total"
    )
    for provider, human, predicted in rows.order_by("item__index"):
        out[provider][0].append(human)
        out[provider][1].append(predicted)
    return dict(out)


@dataclass
class Disagreement:
    item: object
    spread: float
    predictions: list  # (label, total or None, error, comment), in the run's provider order

    @property
    def human_comment(self) -> str:
        return comment_of(self.item.scores)


def disagreements(run: EvaluationRun, count: int = DISAGREEMENTS_SHOWN) -> list[Disagreement]:
    """The answers whose predicted totals differ most between providers (at least two scored)."""
    names = labels(run)
    order = {provider: position for position, provider in enumerate(names)}
    by_item = defaultdict(list)
    for prediction in ItemPrediction.objects.filter(item__run=run).select_related("item"):
        by_item[prediction.item].append(prediction)
    found = []
    for item, predictions in by_item.items():
        totals = [p.total for p in predictions if p.total is not None]
        if len(totals) < 2:
            continue
        predictions.sort(key=lambda p: order.get(p.provider, len(order)))
        shown = [(names.get(p.provider, p.provider), p.total, p.error, comment_of(p.scores)) for p in predictions]
        found.append(Disagreement(item, max(totals) - min(totals), shown))
    found.sort(key=lambda d: (-d.spread, d.item.index))
    return found[:count]
