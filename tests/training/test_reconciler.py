"""The reconciler re-queues, fails or re-sends jobs whose worker or queue went silent."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_q.models import OrmQ, Schedule

from tests.consent.helpers import make_superuser
from tests.training.builders import FAST, TINY, ready_export, use_training_folders
from training import jobs
from training.models import TrainingJob
from training.reconciler import reconcile

pytestmark = pytest.mark.django_db


@pytest.fixture
def job(settings, tmp_path, tmp_path_factory, django_capture_on_commit_callbacks):
    use_training_folders(settings, tmp_path, tmp_path_factory.getbasetemp() / "models")
    settings.TRAINING_STALE_AFTER_SECONDS = 60
    settings.TRAINING_MAX_ATTEMPTS = 2
    root = make_superuser()
    with django_capture_on_commit_callbacks(execute=True):
        return jobs.create_job(ready_export(root), TINY, FAST, root)


def running(job, worker="host:1", silent_for=0):
    assert jobs.claim(job.pk, worker)
    TrainingJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - timedelta(seconds=silent_for))
    return TrainingJob.objects.get(pk=job.pk)


def queued_tasks():
    return OrmQ.objects.filter(key="training").count()


def test_a_running_job_with_a_fresh_heartbeat_is_left_alone(job):
    running(job, silent_for=10)

    assert reconcile() == {"requeued": 0, "failed": 0, "cancelled": 0, "resent": 0}
    assert TrainingJob.objects.get(pk=job.pk).status == TrainingJob.Status.RUNNING


def test_a_silent_worker_gets_its_job_requeued_then_failed_after_the_last_attempt(
    job, django_capture_on_commit_callbacks
):
    running(job, "host:1", silent_for=61)
    before = queued_tasks()

    with django_capture_on_commit_callbacks(execute=True):
        assert reconcile()["requeued"] == 1

    job.refresh_from_db()
    assert job.status == TrainingJob.Status.QUEUED and job.worker == "" and queued_tasks() == before + 1
    assert "host:1 went silent for 61 s on attempt 1 of 2" in job.events.last().message
    running(job, "host:2", silent_for=300)
    assert reconcile()["failed"] == 1
    job.refresh_from_db()
    assert job.status == TrainingJob.Status.FAILED and job.attempts == 2
    assert "the last of 2" in job.error and job.events.last().kind == "failed"


def test_a_silent_job_that_was_asked_to_cancel_is_cancelled(job):
    running(job, silent_for=120)
    TrainingJob.objects.filter(pk=job.pk).update(cancel_requested=True)

    assert reconcile()["cancelled"] == 1
    assert TrainingJob.objects.get(pk=job.pk).status == TrainingJob.Status.CANCELLED


def test_a_job_queued_for_long_is_sent_again_and_a_duplicate_delivery_is_harmless(
    job, settings, django_capture_on_commit_callbacks
):
    settings.TRAINING_RESEND_QUEUED_AFTER_SECONDS = 600
    TrainingJob.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - timedelta(seconds=601))
    before = queued_tasks()

    with django_capture_on_commit_callbacks(execute=True):
        assert reconcile()["resent"] == 1

    assert queued_tasks() == before + 1 and reconcile()["resent"] == 0
    assert jobs.claim(job.pk, "host:1") and not jobs.claim(job.pk, "host:2")


def test_setup_schedules_runs_the_reconciler_every_minute_and_is_idempotent():
    call_command("setup_schedules")
    call_command("setup_schedules")

    schedule = Schedule.objects.get(func="training.tasks.reconcile_training_jobs")
    assert schedule.schedule_type == Schedule.MINUTES and schedule.minutes == 1 and schedule.repeats == -1


def test_setup_schedules_also_creates_the_schedules_of_the_apps_above_training():
    call_command("setup_schedules")

    assert Schedule.objects.filter(func="evaluation.tasks.check_retraining").count() == 1
