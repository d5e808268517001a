"""The demo's loop (manage.py seed_loop after seed_demo): consent, an approved export, a short
training job whose candidate is then evaluated, precomputed suggestions; nothing twice."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django_q.models import OrmQ

from consent.models import ConsentForm, ConsentRecord
from evaluation.demo_loop import NEVER_ANSWERED, WITHDRAWN
from evaluation.models import EvaluationRun
from exports.models import Export
from grading.models import GradingBatch, SuggestionAttempt
from tests.training.builders import use_training_folders
from training import tasks
from training.models import ModelVersion, TrainingJob

pytestmark = pytest.mark.django_db

MODELS = (ConsentForm, ConsentRecord, Export, TrainingJob, GradingBatch, SuggestionAttempt, OrmQ, get_user_model())


@pytest.fixture(autouse=True)
def demo(settings, tmp_path, tmp_path_factory):
    settings.DEBUG = True
    settings.TRAINING_HEARTBEAT_SECONDS = 3600  # in-process training: the progress writes carry the heartbeat
    use_training_folders(settings, tmp_path, tmp_path_factory.getbasetemp() / "models")
    settings.GRADING_CHAIN = ["active", "retrieval", "openai"]
    call_command("seed_demo", stdout=io.StringIO())


def seed_loop(django_capture_on_commit_callbacks) -> str:
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_loop", stdout=out)
    return out.getvalue()


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def test_the_demo_loop_has_consent_an_export_a_training_job_and_then_the_candidates_evaluation(
    django_capture_on_commit_callbacks,
):
    output = seed_loop(django_capture_on_commit_callbacks)

    assert set(ConsentForm.objects.filter(is_current=True).values_list("kind", flat=True)) == {"student", "instructor"}
    students = ConsentRecord.objects.filter(student__isnull=False)
    assert students.count() == 24 - len(NEVER_ANSWERED)
    assert set(students.filter(withdrawn_at__isnull=False).values_list("student__student_id", flat=True)) == set(
        WITHDRAWN
    )
    assert ConsentRecord.objects.filter(user__username="demo", withdrawn_at__isnull=True).exists()
    export = Export.objects.get()
    assert export.status == Export.Status.READY and export.decided_by.username == "admin"
    assert export.train_count > 0 and export.validation_count > 0 and not export.contains_withdrawn
    job = TrainingJob.objects.get()
    assert job.status == TrainingJob.Status.QUEUED and job.export == export and f"Training job #{job.pk}" in output
    assert f"training-job-{job.pk}" in [task.name() for task in OrmQ.objects.all()]
    precomputed = GradingBatch.objects.filter(scope=GradingBatch.Scope.PRECOMPUTE)
    assert precomputed.count() == 3 and sum(precomputed.values_list("total", flat=True)) == 18

    with django_capture_on_commit_callbacks(execute=True):
        tasks.run_training_job(job.pk)  # what the training worker does
    job.refresh_from_db()
    assert job.status == TrainingJob.Status.SUCCEEDED and job.step == job.total_steps > 0 and job.checkpoints.exists()
    candidate = ModelVersion.objects.get(job=job)
    assert EvaluationRun.objects.filter(candidate=candidate).exists()


def test_seeding_twice_creates_nothing_new(django_capture_on_commit_callbacks):
    seed_loop(django_capture_on_commit_callbacks)
    before = counts()
    call_command("seed_demo", stdout=io.StringIO())
    output = seed_loop(django_capture_on_commit_callbacks)
    assert counts() == before and "nothing, it was already there" in output


def test_the_header_links_super_admins_to_the_loop_and_not_instructors(client):
    users = get_user_model().objects
    client.force_login(users.get(username="admin"))
    page = client.get(reverse("gradebook:course_list")).content.decode()
    for label, url in [
        ("Exports", "/admin/exports/export/"),
        ("Training jobs", "/admin/training/trainingjob/"),
        ("Model versions", "/admin/training/modelversion/"),
        ("Evaluation runs", "/evaluation/"),
        ("Admin", "/admin/"),
    ]:
        assert f'<a href="{url}">{label}</a>' in page
    client.force_login(users.get(username="demo"))
    assert "Training jobs" not in client.get(reverse("gradebook:course_list")).content.decode()
