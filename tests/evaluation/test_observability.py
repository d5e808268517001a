"""/metrics after real suggestions and reviews: Gradeloop's counters move by exactly one per
event, and every metric the Grafana dashboard queries exists."""

import json
import re
from pathlib import Path

import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from grading import suggestions
from tests.grading.helpers import VALID, make_class, scripted_openai

pytestmark = pytest.mark.django_db
DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
DASHBOARD = DEPLOY / "grafana" / "gradeloop.json"
ALERTS = DEPLOY / "prometheus" / "alerts.yml"


SUFFIXES = {"counter": ["_total"], "histogram": ["_bucket", "_count", "_sum"], "gauge": [""]}


def families(client) -> list:
    response = client.get("/metrics")
    assert response.status_code == 200
    return list(text_string_to_metric_families(response.content.decode()))


def scrape(client) -> dict:
    """{(sample name, frozenset of labels): value} from /metrics."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in families(client)
        for sample in family.samples
    }


def exposed_names(client) -> set[str]:
    """Every series name /metrics declares, with or without samples yet (a job not running)."""
    return {family.name + suffix for family in families(client) for suffix in SUFFIXES.get(family.type, [""])}


def value(samples, name, **labels):
    return samples.get((name, frozenset(labels.items())), 0.0)


def test_a_suggestion_and_a_review_move_their_counters_by_exactly_one(client, settings):
    instructor, assignment, (first, second) = make_class(2)
    with scripted_openai(settings, [VALID]):
        suggestions.suggest_for_submission(first, instructor)  # earlier traffic: the counters are not at 0
    before = scrape(client)
    with scripted_openai(settings, [VALID]):
        suggestion = suggestions.suggest_for_submission(second, instructor).suggestion
    middle = scrape(client)
    suggestions.override(suggestion, {"Content": {"score": 5}, "Clarity": {"score": 4}}, instructor)
    after = scrape(client)

    ok = {"provider": "openai", "model_version": "scripted-model", "outcome": "ok"}
    assert value(middle, "gradeloop_suggestions_total", **ok) - value(before, "gradeloop_suggestions_total", **ok) == 1
    latency = {"provider": "openai", "model_version": "scripted-model"}
    assert value(middle, "gradeloop_suggestion_latency_seconds_count", **latency) == 2
    version = {"model_version": "scripted-model"}
    assert value(middle, "gradeloop_reviews_total", **version) == 0
    assert value(after, "gradeloop_reviews_total", **version) == 1
    assert value(after, "gradeloop_reviews_changed_total", **version) == 1
    assert value(after, "gradeloop_reviews_accepted_total", **version) == 0
    # 12 suggested, 9 final, out of 15: a change of 0.2 of the scale.
    assert value(after, "gradeloop_review_change_ratio_bucket", le="0.1", **version) == 0
    assert value(after, "gradeloop_review_change_ratio_bucket", le="0.2", **version) == 1
    assert value(after, "gradeloop_review_change_ratio_sum", **version) == pytest.approx(0.2)
    assert value(after, "gradeloop_suggestions_total", **ok) == value(middle, "gradeloop_suggestions_total", **ok)
    assert value(after, "gradeloop_collector_up") == 1


def test_an_invalid_reply_counts_as_invalid(client, settings):
    instructor, assignment, (submission,) = make_class(1)
    with scripted_openai(settings, ["not json", "still not json"]):
        suggestions.suggest_for_submission(submission, instructor)
    samples = scrape(client)
    assert (
        value(
            samples, "gradeloop_suggestions_total", provider="openai", model_version="scripted-model", outcome="invalid"
        )
        == 1
    )


def queried_metrics(dashboard: dict) -> set[str]:
    """The metric names in the panels' PromQL (every Gradeloop metric starts with gradeloop_;
    each panel must query at least one)."""
    names = set()
    for panel in dashboard["panels"]:
        found = {name for target in panel["targets"] for name in re.findall(r"\bgradeloop_\w+", target["expr"])}
        assert found, f"panel {panel['title']!r} queries no Gradeloop metric"
        names |= found
    return names


def test_every_metric_the_dashboard_and_the_alerts_query_exists_after_a_suggestion_and_a_review(client, settings):
    dashboard = json.loads(DASHBOARD.read_text())
    instructor, assignment, (submission,) = make_class(1)
    with scripted_openai(settings, [VALID]):
        suggestion = suggestions.suggest_for_submission(submission, instructor).suggestion
    suggestions.accept(suggestion, instructor)
    exposed = exposed_names(client)

    queried = queried_metrics(dashboard)
    assert {"gradeloop_suggestions_total", "gradeloop_reviews_accepted_total", "gradeloop_queue_tasks"} <= queried
    assert queried - exposed == set()
    alerted = {
        name
        for group in yaml.safe_load(ALERTS.read_text())["groups"]
        for rule in group["rules"]
        for name in re.findall(r"\bgradeloop_\w+", rule["expr"])
    }
    assert {"gradeloop_queue_oldest_task_age_seconds", "gradeloop_training_heartbeat_age_seconds"} <= alerted
    assert alerted - exposed == set()
