"""An evaluation run over a tiny model, an API model and the baselines, graded end to end by a
real django-q2 worker of the training cluster, with its progress visible while it runs."""

import threading
import time

import pytest
from django.conf import settings

from evaluation import runs
from evaluation.models import TOTAL, EvaluationRun, ItemPrediction, ProviderResult
from tests.consent.helpers import make_superuser
from tests.evaluation.builders import make_version, ready_export, tiny_models
from tests.llm.openai_server import OpenAIServer, ScriptedReply

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def wait_for(condition, seconds: float, cluster):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out; worker log:\n{cluster.logs()}")


def test_a_run_is_graded_by_the_worker_cluster_with_progress_while_it_runs(start_cluster, tmp_path):
    base, adapter = tiny_models(tmp_path / "models")
    export = ready_export()
    assert export.validation_count > 2, "the holdout needs more than one chunk of two"
    version = make_version("tiny-v1", base, adapter, export=export)
    release = threading.Event()
    answered = []

    def reply(body):
        answered.append(body)
        if len(answered) > 2:  # the second chunk waits until the test has seen the progress
            release.wait(60)
        return ScriptedReply('{"Answer": {"score": 3}}')

    with OpenAIServer(reply) as server:
        cluster = start_cluster(
            settings.TRAINING_Q_CLUSTER,
            BASE_MODEL=base,
            OPENAI_BASE_URL=server.base_url,
            OPENAI_API_KEY="test-key",
            OPENAI_MODEL="scripted",
            SIMILARITY="tfidf",
            EVALUATION_CHUNK_SIZE=2,
            GRADING_THREADS=1,
            EVALUATION_BOOTSTRAP_SAMPLES=50,
            MLFLOW_TRACKING_URI=(tmp_path / "mlruns").as_uri(),
        )
        settings.OPENAI_BASE_URL, settings.OPENAI_API_KEY, settings.OPENAI_MODEL = (
            server.base_url,
            "test-key",
            "scripted",
        )
        run = runs.create_run(
            make_superuser("admin2"),
            [{"kind": "version", "version": version.pk}, "openai", "knn", "global_mean"],
            export=export,
        )
        items = export.validation_count
        waiting = wait_for(lambda: EvaluationRun.objects.filter(pk=run.pk, done=items + 2).first(), 120, cluster)
        assert waiting.status == EvaluationRun.Status.RUNNING and 0 < waiting.progress_percent < 100
        release.set()
        run = wait_for(
            lambda: EvaluationRun.objects.filter(pk=run.pk, status__in=["succeeded", "failed"]).first(), 120, cluster
        )
    assert run.status == EvaluationRun.Status.SUCCEEDED, run.error + cluster.logs()
    assert run.done == run.total == 4 * items
    assert ItemPrediction.objects.filter(item__run=run).count() == 4 * items
    totals = {r.provider: r.metrics for r in ProviderResult.objects.filter(run=run, section=TOTAL)}
    assert list(totals) == [f"version:{version.pk}", "openai", "knn", "global_mean"]
    assert totals["openai"]["valid_rate"] == 1.0 and totals["knn"]["mae"] is not None
    assert totals[f"version:{version.pk}"]["items"] == items
    assert run.mlflow_run_id, "the metrics went to MLflow"
