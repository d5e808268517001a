"""Faults, each run against a real django-q2 cluster: the work must end done or failed with its
reason, never half-written, never stuck "running" (or "building", or queued for ever).

- A default-cluster worker SIGKILLed in the middle of a grading batch.
- PostgreSQL dropping every connection mid-batch (the suite's own server, which is shared: only
  this test database refuses connections for a while).
- PostgreSQL restarted (``pg_ctl stop -m fast``, down 2 s, started again) during an export build
  and during a grading batch. The server is a private one (initdb in a temporary folder, a free
  port; tests/integration/private_servers.py): the shared one must never be restarted. These
  tests run on it whatever DATABASE_URL the suite uses, so they run on SQLite suites too.
- Redis restarted with an export build and a grading batch queued (a private redis-server that
  keeps nothing on disk, so the queued messages are lost): the schedules send them again.
"""

import hashlib
import time
from contextlib import closing

import psycopg
import pytest
from django.db import connection
from django_q.brokers import get_broker
from django_q.conf import Conf

from exports import services as exports
from exports import tasks as export_tasks
from exports.models import Export
from gradebook.models import Evaluation
from grading import suggestions
from grading import tasks as grading_tasks
from grading.models import GradingBatch, SuggestionAttempt
from tests.consent.helpers import consent, graded, make_superuser, publish_forms
from tests.gradebook.factories import make_assignment, make_course, make_student
from tests.grading.helpers import VALID, make_class
from tests.llm.openai_server import OpenAIServer

from .private_servers import PrivateRedis

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def slow_valid(body):
    time.sleep(0.5)
    return VALID


def test_a_worker_killed_mid_batch_leaves_a_failed_batch_and_no_half_written_item(start_grading_cluster, settings):
    instructor, assignment, _ = make_class(8)
    with OpenAIServer(slow_valid) as server:
        cluster = start_grading_cluster(server)
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


def test_postgresql_dropping_its_connections_mid_batch_ends_the_batch_done_or_failed(start_grading_cluster):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL=postgres://...)")
    instructor, assignment, _ = make_class(8)
    with OpenAIServer(slow_valid) as server:
        cluster = start_grading_cluster(server)
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


def wait_for(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not condition():
        time.sleep(0.1)


def approved_export() -> Export:
    """An approved export of five consented graded answers (its build message is sent on commit)."""
    root = make_superuser()
    publish_forms()
    assignment = make_assignment(make_course())
    for n in range(5):
        student = make_student(assignment.course)
        consent(student)
        graded(assignment, student, f"answer number {n}")
    return exports.approve(exports.request_export(root, seed=1), root)


def export_status(export: Export) -> str:
    return Export.objects.values_list("status", flat=True).get(pk=export.pk)


def assert_built_whole_or_not_at_all(export: Export) -> None:
    """Ready: every file the manifest lists is there, as the manifest says. Otherwise: no files."""
    folder, partial = exports.export_dir(export), exports.partial_dir(export)
    if export.status == Export.Status.READY:
        for name, facts in export.manifest["files"].items():
            data = (folder / name).read_bytes()
            assert len(data) == facts["bytes"] and hashlib.sha256(data).hexdigest() == facts["sha256"]
    else:
        assert not folder.exists() and not partial.exists()


def test_postgresql_restarted_during_an_export_build_ends_it_failed_with_its_reason(on_private_postgres, start_cluster):
    cluster = start_cluster()
    with closing(psycopg.connect(on_private_postgres.url(connection.settings_dict["NAME"]))) as holder:
        # The build stops at its first write of export items until the restart ends this lock.
        holder.execute("LOCK TABLE exports_exportitem IN ACCESS EXCLUSIVE MODE")
        export = approved_export()
        wait_for(lambda: export_status(export) == Export.Status.BUILDING, 60)
        assert export_status(export) == Export.Status.BUILDING, cluster.logs()
        on_private_postgres.restart(down_for=2)
    connection.close()  # the test's own connection ended with the restart too
    wait_for(lambda: export_status(export) not in (Export.Status.APPROVED, Export.Status.BUILDING), 60)

    export.refresh_from_db()
    print(f"\nFAULT postgresql restarted during an export build: {export.status} {export.error!r}")
    assert export.status in (Export.Status.READY, Export.Status.FAILED), cluster.logs()
    assert export.status == Export.Status.READY or export.error
    assert export.finished_at is not None
    assert_built_whole_or_not_at_all(export)


def test_postgresql_restarted_mid_batch_ends_the_batch_done_or_failed(on_private_postgres, start_grading_cluster):
    instructor, assignment, _ = make_class(8)
    with OpenAIServer(slow_valid) as server:
        cluster = start_grading_cluster(server)
        batch = suggestions.suggest_for_assignment(assignment, instructor)
        wait_for(lambda: GradingBatch.objects.get(pk=batch.pk).done >= 2, 60)
        on_private_postgres.restart(down_for=2)
        connection.close()
        wait_for(lambda: GradingBatch.objects.get(pk=batch.pk).is_finished, 60)

    batch.refresh_from_db()
    print(f"\nFAULT postgresql restarted mid-batch: {batch.status} {batch.done}/{batch.total} {batch.error!r}")
    assert batch.status in (GradingBatch.Status.DONE, GradingBatch.Status.FAILED), cluster.logs()
    assert batch.status == GradingBatch.Status.DONE or batch.error
    assert 2 <= batch.done
    items = batch.items.all()
    assert all(item.suggestion_id for item in items.filter(status=SuggestionAttempt.Status.SUGGESTED))
    assert not items.filter(status=SuggestionAttempt.Status.PENDING, suggestion__isnull=False).exists()
    assert Evaluation.objects.filter(status=Evaluation.Status.SUGGESTED).count() == batch.suggested


@pytest.fixture
def private_redis(monkeypatch):
    """A Redis of the test's own, and this process's django-q2 sending to it, as a cluster with
    REDIS_URL does (settings read REDIS_URL once, at start)."""
    redis = PrivateRedis()
    monkeypatch.setattr(Conf, "ORM", None)
    monkeypatch.setattr(Conf, "REDIS", redis.url)
    yield redis
    redis.stop()


def test_redis_restarted_with_an_export_and_a_batch_queued_ends_both_done(private_redis, start_cluster, settings):
    export = approved_export()
    instructor, assignment, _ = make_class(3)
    batch = suggestions.suggest_for_assignment(assignment, instructor)
    assert get_broker().queue_size() == 2
    private_redis.restart()
    assert get_broker().queue_size() == 0  # both messages are gone

    with OpenAIServer([VALID]) as server:
        cluster = start_cluster(
            REDIS_URL=private_redis.url,
            GRADING_CHAIN="openai",
            OPENAI_BASE_URL=server.base_url,
            OPENAI_API_KEY=server.api_key,
            OPENAI_MODEL=server.model,
        )
        wait_for(lambda: "running" in cluster.log_path.read_text(errors="replace"), 30)
        time.sleep(2)
        assert export_status(export) == Export.Status.APPROVED, cluster.logs()  # nothing will run them ...
        assert GradingBatch.objects.get(pk=batch.pk).status == GradingBatch.Status.QUEUED
        settings.WORKER_RESEND_QUEUED_AFTER_SECONDS = 0
        assert export_tasks.resend_lost_builds() == {"resent": 1}  # ... until the schedules send them again
        assert grading_tasks.fail_silent_batches()["lost_resent"] == 1
        wait_for(lambda: export_status(export) in (Export.Status.READY, Export.Status.FAILED), 60)
        wait_for(lambda: GradingBatch.objects.get(pk=batch.pk).is_finished, 60)

    export.refresh_from_db()
    batch.refresh_from_db()
    print(f"\nFAULT redis restarted with an export build queued: {export.status} {export.error!r}")
    print(f"FAULT redis restarted with a grading batch queued: {batch.status} {batch.done}/{batch.total}")
    assert export.status == Export.Status.READY, cluster.logs()
    assert_built_whole_or_not_at_all(export)
    assert (batch.status, batch.done, batch.suggested) == (GradingBatch.Status.DONE, 3, 3), cluster.logs()
