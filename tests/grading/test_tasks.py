"""The grading app's scheduled task fails batches whose worker went silent."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_q.models import OrmQ, Schedule

from grading import suggestions, tasks
from grading.models import GradingBatch
from grading.schedules import SILENT_BATCHES

from .helpers import make_class

pytestmark = pytest.mark.django_db


def test_a_grading_batch_whose_worker_went_silent_is_failed_and_a_live_one_is_left_alone(settings):
    settings.WORKER_STALE_AFTER_SECONDS = 600
    _, assignment, _ = make_class(1)
    now = timezone.now()
    silent, live = (
        GradingBatch.objects.create(
            assignment=assignment, status="running", started_at=now, heartbeat_at=now - timedelta(seconds=age)
        )
        for age in (601, 30)
    )

    assert tasks.fail_silent_batches()["failed"] == 1
    silent.refresh_from_db()
    live.refresh_from_db()
    assert silent.status == "failed" and "went silent" in silent.error and silent.is_finished
    assert live.status == "running"


def test_setup_schedules_checks_for_silent_batches_every_minute():
    call_command("setup_schedules")

    schedule = Schedule.objects.get(name=SILENT_BATCHES)
    assert (schedule.func, schedule.minutes, schedule.repeats) == ("grading.tasks.fail_silent_batches", 1, -1)


def test_a_requested_batch_whose_message_was_lost_is_sent_again_once_the_queue_is_empty(settings):
    settings.WORKER_RESEND_QUEUED_AFTER_SECONDS = 0
    instructor, assignment, _ = make_class(1)
    suggestions.suggest_for_assignment(assignment, instructor)  # never committed here: no message sent

    assert tasks.fail_silent_batches()["lost_resent"] == 1
    assert tasks.fail_silent_batches()["lost_resent"] == 0  # its new message waits in the queue
    assert OrmQ.objects.count() == 1
