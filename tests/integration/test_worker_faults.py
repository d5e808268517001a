"""Faults: a default-cluster worker SIGKILLed in the middle of a grading batch. The batch must
end failed with its reason (never stuck "running"), and no item may be half-written: each item
the worker finished has its suggestion, every other item has none.

PostgreSQL and Redis restarts are not here yet: on the shared development machine, restarting
either would break every other session that uses it."""
import time

import pytest

from gradebook.models import Evaluation
from tests.llm.openai_server import OpenAIServer
from tests.training.suggestion_helpers import VALID, make_class
from training import reconciler, suggestions
from training.models import GradingBatch, SuggestionAttempt

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.django_db(transaction=True)]


def slow_valid(body):
    time.sleep(0.5)
    return VALID


def test_a_worker_killed_mid_batch_leaves_a_failed_batch_and_no_half_written_item(start_cluster, settings):
    instructor, assignment, _ = make_class(8)
    with OpenAIServer(slow_valid) as server:
        cluster = start_cluster(GRADING_CHAIN="openai", GRADING_BATCH_SIZE=1, OPENAI_BASE_URL=server.base_url,
                                OPENAI_API_KEY=server.api_key, OPENAI_MODEL=server.model)
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
    assert reconciler.reconcile()["silent_batches_failed"] == 1  # ... until the reconciler sees the silence
    batch.refresh_from_db()
    assert batch.status == GradingBatch.Status.FAILED and batch.finished_at is not None
    assert "went silent" in batch.error and "WORKER_STALE_AFTER_SECONDS" in batch.error

    items = batch.items.all()
    suggested = items.filter(status=SuggestionAttempt.Status.SUGGESTED)
    assert all(item.suggestion_id for item in suggested)
    assert not items.filter(status=SuggestionAttempt.Status.PENDING, suggestion__isnull=False).exists()
    assert Evaluation.objects.filter(status=Evaluation.Status.SUGGESTED).count() == suggested.count() >= batch.done
