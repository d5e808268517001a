"""django-q2 tasks of the training app (queued with async_task by name)."""

from . import reconciler, runner


def run_training_job(job_id: int) -> dict:
    """Runs on the training cluster (`Q_CLUSTER_NAME=training manage.py qcluster`)."""
    job = runner.run(job_id)
    return {"job": job.pk, "status": job.status, "step": job.step}


def reconcile_training_jobs() -> dict:
    """Scheduled every minute on the default cluster (`manage.py setup_schedules`)."""
    return reconciler.reconcile()
