"""Training jobs run by a real django-q2 training cluster (`Q_CLUSTER_NAME=training manage.py
qcluster`) on a tiny random Llama model: end to end, cancel, and SIGKILL then resume."""

import time

import pytest

from tests.consent.helpers import make_superuser
from tests.training.builders import FAST, TINY, ready_export, use_training_folders
from training import jobs, mlflow_tracking
from training.models import ModelVersion, TrainingJob
from training.reconciler import reconcile

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]
Status = TrainingJob.Status


@pytest.fixture
def training_env(settings, tmp_path, tmp_path_factory):
    env = use_training_folders(settings, tmp_path, tmp_path_factory.getbasetemp() / "models")
    settings.TRAINING_STALE_AFTER_SECONDS = 3
    return {**env, "TRAINING_HEARTBEAT_SECONDS": 0.5, "TRAINING_STALE_AFTER_SECONDS": 3}


def wait_for(job, done, seconds=120, cluster=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if done(job):
            return job
        time.sleep(0.2)
    raise AssertionError(
        f"{job} at step {job.step}: {list(job.events.values_list('kind', 'message'))}\n"
        f"{cluster.logs() if cluster else ''}"
    )


def test_a_job_trains_end_to_end_on_the_training_cluster(start_cluster, training_env):
    cluster = start_cluster("training", **training_env)
    root = make_superuser()

    job = jobs.create_job(ready_export(root), TINY, FAST, root)
    wait_for(job, lambda j: j.is_finished, cluster=cluster)

    assert job.status == Status.SUCCEEDED, job.error
    assert job.step == job.total_steps > 0 and job.tokens_per_s > 0 and job.best_val_loss is not None
    assert job.worker.split(":")[1].isdigit() and len(job.history) == job.total_steps
    kinds = list(job.events.values_list("kind", flat=True))
    assert kinds[:4] == ["created", "queued", "running", "started"] and kinds[-1] == "succeeded"
    assert {"eval", "checkpoint", "version_created"} <= set(kinds) and "mlflow_error" not in kinds
    version = ModelVersion.objects.get(job=job)
    assert version.adapter_path.endswith("/adapter") and version.status == ModelVersion.Status.CANDIDATE
    run = mlflow_tracking.client().get_run(job.mlflow_run_id)
    assert run.info.status == "FINISHED" and run.data.params["r"] == str(FAST["r"])
    assert {"train_loss", "val_loss", "learning_rate"} <= set(run.data.metrics)
    history = mlflow_tracking.client().get_metric_history(job.mlflow_run_id, "train_loss")
    assert [m.step for m in history] == list(range(1, job.total_steps + 1))
    registered = mlflow_tracking.client().get_model_version(version.mlflow_model_name, version.mlflow_model_version)
    assert registered.run_id == job.mlflow_run_id and registered.source.endswith("/adapter")


def test_cancel_stops_a_running_job_within_seconds(start_cluster, training_env):
    cluster = start_cluster("training", **training_env)
    root = make_superuser()
    job = jobs.create_job(ready_export(root), TINY, {**FAST, "epochs": 100}, root)
    wait_for(job, lambda j: j.step >= 3, cluster=cluster)

    asked = time.monotonic()
    jobs.cancel_job(job, root)
    wait_for(job, lambda j: j.is_finished, seconds=15, cluster=cluster)

    assert time.monotonic() - asked < 10
    assert job.status == Status.CANCELLED and job.step < job.total_steps and job.finished_at
    kinds = list(job.events.values_list("kind", flat=True))
    assert "cancel_requested" in kinds and kinds[-1] == "cancelled"
    assert not ModelVersion.objects.filter(job=job).exists()
    assert all(c.path and c.step <= job.step for c in job.checkpoints.all())


def test_a_killed_worker_job_is_requeued_and_resumes_from_its_last_checkpoint(start_cluster, training_env):
    cluster = start_cluster("training", **training_env)
    root = make_superuser()
    job = jobs.create_job(ready_export(root), TINY, {**FAST, "epochs": 30, "eval_every": 5, "save_every": 5}, root)
    wait_for(job, lambda j: j.checkpoints.exists() and j.step > j.checkpoints.last().step, cluster=cluster)

    cluster.kill()
    killed_at = TrainingJob.objects.get(pk=job.pk).step
    time.sleep(3.5)  # the heartbeat goes stale
    assert reconcile()["requeued"] == 1
    cluster.start()
    wait_for(job, lambda j: j.is_finished, cluster=cluster)

    assert job.status == Status.SUCCEEDED and job.attempts == 2, job.error
    started = job.events.filter(kind="started")
    resumed_from = started.last().detail["resumed_from"]
    assert started.count() == 2 and 0 < resumed_from <= killed_at
    assert "resumed" not in started.first().message.lower()
    assert [p["step"] for p in job.history] == list(range(1, job.total_steps + 1))
    assert list(job.events.values_list("kind", flat=True)).count("requeued") == 1
    assert ModelVersion.objects.filter(job=job).count() == 1
