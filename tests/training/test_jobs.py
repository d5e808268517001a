"""Training jobs through their services, API and admin, trained in-process on a tiny model
(the real django-q2 cluster runs them in tests/integration/test_training_cluster.py)."""

import re

import pytest
import torch
from django.core.exceptions import PermissionDenied
from rest_framework.test import APIClient

from consent import services as consent_services
from consent.models import AuditEvent, ConsentRecord
from tests.consent.helpers import make_superuser
from tests.gradebook.factories import make_instructor
from tests.training.builders import FAST, TINY, ready_export, use_training_folders
from training import jobs, tasks
from training.lora import HyperparameterError
from training.models import ModelVersion, TrainingJob

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def folders(settings, tmp_path, tmp_path_factory):
    torch.set_num_threads(1)
    # In-process runs share the test's transaction: the heartbeat thread (another connection)
    # would wait on it, so it stays asleep here; the progress writes carry the heartbeat.
    settings.TRAINING_HEARTBEAT_SECONDS = 3600
    return use_training_folders(settings, tmp_path, tmp_path_factory.getbasetemp() / "models")


@pytest.fixture
def root():
    return make_superuser()


def api(user):
    client = APIClient()
    client.force_authenticate(user)
    return client


def trained_job(root, **hyperparameters) -> TrainingJob:
    job = jobs.create_job(ready_export(root), TINY, {**FAST, **hyperparameters}, root)
    tasks.run_training_job(job.pk)
    job.refresh_from_db()
    return job


def test_each_invalid_hyperparameter_is_rejected_with_its_own_message(root):
    export = ready_export(root)

    with pytest.raises(HyperparameterError) as error:
        jobs.create_job(export, TINY, {"r": 0, "learning_rate": -1, "dropout": 1.5, "target_modules": []}, root)

    assert set(error.value.errors) == {"r", "learning_rate", "dropout", "target_modules"}
    assert "between 1 and 1024" in error.value.errors["r"]
    with pytest.raises(HyperparameterError, match="lr: unknown hyperparameter"):
        jobs.create_job(export, TINY, {"lr": 1}, root)
    response = api(root).post(
        "/api/v1/training/jobs/", {"export": export.pk, "hyperparameters": {"epochs": 0}}, format="json"
    )
    assert response.status_code == 400 and "epochs" in response.json()["hyperparameters"]
    assert not TrainingJob.objects.exists()


def test_a_missing_base_model_or_unready_export_is_refused_before_a_job_exists(root):
    export = ready_export(root)
    with pytest.raises(jobs.JobError, match="not imported"):
        jobs.create_job(export, "no-such-model", {}, root)
    export.contains_withdrawn = True
    export.save()
    with pytest.raises(jobs.JobError, match="withdrawn"):
        jobs.create_job(export, TINY, {}, root)
    assert not TrainingJob.objects.exists()


def test_an_export_without_training_examples_fails_the_job_with_the_reason(root):
    export = ready_export(root, students=3, consenting=0)

    job = jobs.create_job(export, TINY, FAST, root)

    assert job.status == TrainingJob.Status.FAILED and "no training examples" in job.error
    assert [e.kind for e in job.events.all()] == ["created", "failed"]
    assert AuditEvent.objects.filter(action="training.failed", target_id=str(job.pk)).exists()


def test_instructors_cannot_start_or_see_training(root):
    export = ready_export(root)
    instructor = make_instructor()

    assert api(instructor).post("/api/v1/training/jobs/", {"export": export.pk}, format="json").status_code == 403
    assert api(instructor).get("/api/v1/model-versions/").status_code == 403
    with pytest.raises(PermissionDenied):
        jobs.create_job(export, TINY, {}, instructor)
    instructor.is_staff = True
    instructor.save()
    client = APIClient()
    client.force_login(instructor)
    assert client.get("/admin/training/trainingjob/add/").status_code == 403
    assert client.get("/admin/training/trainingjob/").status_code == 403


def test_a_job_trains_to_a_candidate_version_with_progress_events_and_lineage(root):
    job = trained_job(root, epochs=4)  # checkpoints enough to average the default three

    assert job.status == TrainingJob.Status.SUCCEEDED and job.step == job.total_steps > 0
    assert job.attempts == 1 and job.finished_at and job.train_loss and job.best_val_loss
    assert [p["step"] for p in job.history] == list(range(1, job.total_steps + 1))
    kinds = [e.kind for e in job.events.all()]
    assert kinds[:4] == ["created", "queued", "running", "started"] and kinds[-1] == "succeeded"
    assert {"eval", "checkpoint", "version_created"} <= set(kinds)
    checkpoints = list(job.checkpoints.all())
    assert [c.step for c in checkpoints] == list(range(2, job.total_steps + 1, 2))
    assert len(checkpoints) > 3
    assert [c.is_best for c in checkpoints].count(True) == 1
    version = ModelVersion.objects.get(job=job)
    assert version.status == ModelVersion.Status.CANDIDATE and version.checkpoint == checkpoints[-1]
    assert version.label == f"job{job.pk}-step{job.total_steps}-mean3"
    assert version.averaged_steps == [c.step for c in checkpoints[-3:]]
    assert (job.output_dir + "/adapter") == version.adapter_path
    assert jobs.lineage(version) == {
        "job": job.pk,
        "checkpoint_step": job.total_steps,
        "averaged_steps": version.averaged_steps,
        "export": job.export_id,
        "train_evaluations": job.export.train_count,
        "validation_evaluations": job.export.validation_count,
    }
    assert version.mlflow_model_name and version.mlflow_model_version == "1"
    assert AuditEvent.objects.filter(target_id=str(job.pk), action__startswith="training.").count() >= 4


def test_a_queued_job_is_cancelled_at_once_and_never_runs(root):
    job = jobs.create_job(ready_export(root), TINY, FAST, root)

    job = jobs.cancel_job(job, root)
    tasks.run_training_job(job.pk)

    job.refresh_from_db()
    assert job.status == TrainingJob.Status.CANCELLED and job.step == 0 and job.attempts == 0
    assert job.events.last().kind == "cancelled"
    with pytest.raises(jobs.JobError, match="nothing to cancel"):
        jobs.cancel_job(job, root)


def test_only_one_worker_can_claim_a_job(root):
    job = jobs.create_job(ready_export(root), TINY, FAST, root)

    assert jobs.claim(job.pk, "host-a:1") is True
    assert jobs.claim(job.pk, "host-b:2") is False
    assert TrainingJob.objects.get(pk=job.pk).worker == "host-a:1"


def test_a_version_can_be_made_from_any_checkpoint_through_the_api(root):
    job = trained_job(root)
    other = job.checkpoints.filter(is_best=False).first()
    client = api(root)

    response = client.post(f"/api/v1/training/checkpoints/{other.pk}/make-version/")

    assert response.status_code == 201
    body = response.json()
    assert body["label"] == f"job{job.pk}-step{other.step}" and body["adapter_path"] == other.path
    assert body["lineage"]["checkpoint_step"] == other.step
    assert client.post(f"/api/v1/training/checkpoints/{other.pk}/make-version/").json()["id"] == body["id"]
    assert len(client.get("/api/v1/model-versions/").json()["results"]) == 2
    detail = client.get(f"/api/v1/training/jobs/{job.pk}/").json()
    assert detail["status"] == "succeeded" and detail["step"] == detail["total_steps"]
    assert detail["events"][0]["kind"] == "created"
    assert len(client.get(f"/api/v1/training/jobs/{job.pk}/checkpoints/").json()) == job.checkpoints.count()


def test_the_averaged_versions_newest_checkpoint_still_makes_a_version_of_its_own(root):
    job = trained_job(root, epochs=4)
    averaged = ModelVersion.objects.get(job=job)
    newest = job.checkpoints.get(step=job.total_steps)

    response = api(root).post(f"/api/v1/training/checkpoints/{newest.pk}/make-version/")

    assert response.status_code == 201 and response.json()["id"] != averaged.pk
    assert (
        response.json()["label"] == f"job{job.pk}-step{newest.step}" and response.json()["adapter_path"] == newest.path
    )
    assert response.json()["lineage"]["averaged_steps"] == [] and averaged.averaged_steps


def test_the_api_starts_and_cancels_a_job(root):
    export = ready_export(root)
    client = api(root)

    created = client.post(
        "/api/v1/training/jobs/", {"export": export.pk, "base_model": TINY, "hyperparameters": {"r": 8}}, format="json"
    )

    assert created.status_code == 201 and created.json()["status"] == "queued"
    assert created.json()["hyperparameters"]["r"] == 8 and created.json()["hyperparameters"]["alpha"] == 32
    cancelled = client.post(f"/api/v1/training/jobs/{created.json()['id']}/cancel/")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert client.post(f"/api/v1/training/jobs/{created.json()['id']}/cancel/").status_code == 409


def test_the_admin_starts_jobs_and_shows_progress_loss_curve_and_checkpoints(root, client):
    job = trained_job(root)
    client.force_login(root)

    page = client.get(f"/admin/training/trainingjob/{job.pk}/change/").content.decode()

    assert "<svg" in page and "<polyline" in page and "validation loss" in page
    assert f"{job.step} / {job.total_steps}" in page and "Checkpoint saved at step 2" in page
    export = ready_export(root)
    response = client.post(
        "/admin/exports/export/", {"action": "start_training", "_selected_action": [export.pk]}, follow=True
    )
    assert "queued on the training cluster" in response.content.decode()
    started = TrainingJob.objects.get(export=export)
    assert started.status == TrainingJob.Status.QUEUED and started.base_model == TINY
    bad = client.post(
        "/admin/training/trainingjob/add/",
        {"export": export.pk, "base_model": TINY, "hyperparameters": '{"batch_size": 0}'},
    )
    assert bad.status_code == 200 and "batch_size: must be between 1 and 1024" in bad.content.decode()
    checkpoint = job.checkpoints.filter(is_best=False).first()
    client.post("/admin/training/trainingcheckpoint/", {"action": "make_versions", "_selected_action": [checkpoint.pk]})
    assert ModelVersion.objects.filter(checkpoint=checkpoint).exists()
    versions = client.get("/admin/training/modelversion/").content.decode()
    assert f"job{job.pk}-step{checkpoint.step}" in versions
    lineage = client.get(f"/admin/training/modelversion/{checkpoint.versions.get().pk}/change/").content.decode()
    assert re.search(rf"job #{job.pk} \(step {checkpoint.step}\) → export #{job.export_id}", lineage)
    final = ModelVersion.objects.get(label=f"job{job.pk}-step{job.total_steps}-mean3")
    steps = ", ".join(map(str, final.averaged_steps))
    assert (
        f"job #{job.pk} (mean of steps {steps})"
        in client.get(f"/admin/training/modelversion/{final.pk}/change/").content.decode()
    )


def test_withdrawing_consent_flags_the_model_versions_trained_on_that_work(root, django_capture_on_commit_callbacks):
    job = trained_job(root)
    version = job.versions.get()
    student = job.export.items.first().student

    with django_capture_on_commit_callbacks(execute=True):
        consent_services.withdraw(student, ConsentRecord.Method.API, None)

    version.refresh_from_db()
    assert version.contains_withdrawn
    assert AuditEvent.objects.filter(action="model_version.flagged_withdrawn", target_id=str(version.pk)).exists()
