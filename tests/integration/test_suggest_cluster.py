"""Suggestions for a whole assignment are made by a real django-q2 cluster; the page's JSON
endpoint reports the batch's progress while it works."""

import time

import pytest
from django.urls import reverse

from gradebook.models import Evaluation
from grading.models import GradingBatch
from tests.grading.helpers import VALID, make_class
from tests.llm.openai_server import OpenAIServer

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def slow_valid(body):
    time.sleep(0.4)
    return VALID


def test_suggest_for_all_ungraded_runs_on_the_cluster_and_reports_progress(start_grading_cluster, client):
    instructor, assignment, submissions = make_class(4, graded=1)
    client.force_login(instructor)
    with OpenAIServer(slow_valid) as server:
        cluster = start_grading_cluster(server)
        client.post(reverse("grading:suggest_ungraded", args=[assignment.pk]))
        batch = GradingBatch.objects.get()
        status_url = reverse("grading:batch_status", args=[batch.pk])

        seen, deadline = [], time.monotonic() + 90
        while time.monotonic() < deadline:
            status = client.get(status_url).json()
            seen.append((status["status"], status["done"]))
            if status["finished"]:
                break
            time.sleep(0.1)

    assert status == {
        "id": batch.pk,
        "status": "done",
        "done": 3,
        "total": 3,
        "percent": 100,
        "suggested": 3,
        "no_suggestion": 0,
        "finished": True,
        "error": "",
    }, cluster.logs()
    done_counts = [done for _, done in seen]
    assert done_counts == sorted(done_counts) and {1, 2} & set(done_counts)  # it moved one answer at a time
    assert len(server.requests) == 3
    suggested = Evaluation.objects.filter(status=Evaluation.Status.SUGGESTED)
    assert sorted(suggested.values_list("submission", flat=True)) == sorted(s.pk for s in submissions[1:])
    assert set(suggested.values_list("model_version_label", flat=True)) == {"scripted-model"}
