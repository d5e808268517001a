"""Faults: a default-cluster worker SIGKILLed in the middle of a grading batch. The batch must
end failed with its reason (never stuck "running"), and no item may be half-written: each item
the worker finished has its suggestion, every other item has none.

PostgreSQL and Redis restarts are not here yet: on the shared development machine, restarting
either would break every other session that uses it."""

import time

import psycopg
import pytest
from django.db import connection

from gradebook.models import Evaluation
from grading import suggestions
from grading import tasks as grading_tasks
from grading.models import GradingBatch, SuggestionAttempt
from tests.grading.helpers import VALID, make_class
from tests.llm.openai_server import OpenAIServer

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def slow_valid(body):
    time.sleep(0.5)
    return VALID


def test_a_worker_killed_mid_batch_leaves_a_failed_batch_and_no_half_written_item(start_cluster, settings):
    instructor, assignment, _ = make_class(8)
    with OpenAIServer(slow_valid) as server:
        cluster = start_cluster(
            GRADING_CHAIN="openai",
            GRADING_BATCH_SIZE=1,
            OPENAI_BASE_URL=server.base_url,
            OPENAI_API_KEY=server.api_key,
            OPENAI_MODEL=server.model,
        )
        batch = suggestions.suggest_for_assignment(assignment, instructor)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            batch.refresh_from_db()
            if batch.done >= 2:
                break
            time.sleep(0.05)
        assert batch.status == GradingBatch.Status.RUNNING and 2 <= batch.done < batch.total, cluster.logs()
        cluster.kill()

    batch.refresh_from_db()
    assert batch.status == GradingBatch.Status.RUNNING  # nobody is left to finish it ...
    settings.WORKER_STALE_AFTER_SECONDS = 0
    assert grading_tasks.fail_silent_batches()["failed"] == 1  # ... until the schedule sees the silence
    batch.refresh_from_db()
    assert batch.status == GradingBatch.Status.FAILED and batch.finished_at is not None
    assert "went silent" in batch.error and "WORKER_STALE_AFTER_SECONDS" in batch.error

    items = batch.items.all()
    suggested = items.filter(status=SuggestionAttempt.Status.SUGGESTED)
    assert all(item.suggestion_id for item in suggested)
    assert not items.filter(status=SuggestionAttempt.Status.PENDING, suggestion__isnull=False).exists()
    assert Evaluation.objects.filter(status=Evaluation.Status.SUGGESTED).count() == suggested.count() >= batch.done


def drop_every_other_connection(seconds: float):
    """What a PostgreSQL restart does to its clients, for this test database only (the server is
    shared): refuse new connections for ``seconds`` and end every open one but the test's own."""
    db = connection.settings_dict
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        own = cursor.fetchone()[0]
    admin = psycopg.connect(
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"],
        password=db["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )
    with admin:
        admin.execute(f'ALTER DATABASE "{db["NAME"]}" ALLOW_CONNECTIONS false')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> %s", [db["NAME"], own]
        )
        time.sleep(seconds)
        admin.execute(f'ALTER DATABASE "{db["NAME"]}" ALLOW_CONNECTIONS true')


def test_postgresql_dropping_its_connections_mid_batch_ends_the_batch_done_or_failed(start_cluster):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL=postgres://...)")
    instructor, assignment, _ = make_class(8)
    with OpenAIServer(slow_valid) as server:
        cluster = start_cluster(
            GRADING_CHAIN="openai",
            GRADING_BATCH_SIZE=1,
            OPENAI_BASE_URL=server.base_url,
            OPENAI_API_KEY=server.api_key,
            OPENAI_MODEL=server.model,
        )
        batch = suggestions.suggest_for_assignment(assignment, instructor)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and GradingBatch.objects.get(pk=batch.pk).done < 2:
            time.sleep(0.05)
        drop_every_other_connection(seconds=2)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not GradingBatch.objects.get(pk=batch.pk).is_finished:
            time.sleep(0.2)

    batch.refresh_from_db()
    print(f"\nFAULT postgresql connections dropped mid-batch: {batch.status} {batch.done}/{batch.total} {batch.error}")
    assert batch.status in (GradingBatch.Status.DONE, GradingBatch.Status.FAILED), cluster.logs()
    assert batch.status == GradingBatch.Status.DONE or batch.error, batch.error
    items = batch.items.all()
    assert all(item.suggestion_id for item in items.filter(status=SuggestionAttempt.Status.SUGGESTED))
    assert Evaluation.objects.filter(status=Evaluation.Status.SUGGESTED).count() == batch.suggested
