"""MLflow tracking of training jobs: one run per job (parameters, per-step metrics, the adapter
and the export manifest as artifacts) and each model version registered in the model registry.

The default store is a folder under var/ (MLFLOW_TRACKING_URI=file:...), which needs no
database libraries; MLflow 3 keeps that store in maintenance mode and asks for an explicit
opt-in (MLFLOW_ALLOW_FILE_STORE), given here for file: URIs. Point MLFLOW_TRACKING_URI at an
MLflow server (http://...) in production.

Callers treat MLflow as optional: every function here may raise, and the training code turns
that into a job event instead of a failed training.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from django.conf import settings

METRICS_PER_BATCH = 900  # MLflow accepts at most 1000 metrics per log_batch call


def client():
    from mlflow import MlflowClient

    uri = settings.MLFLOW_TRACKING_URI
    if uri.startswith("file:"):
        os.environ.setdefault("MLFLOW_ALLOW_FILE_STORE", "true")
    return MlflowClient(tracking_uri=uri, registry_uri=uri)


def start_run(job) -> str:
    """The job's run (created once; a resumed job goes on logging into the same run)."""
    mlflow = client()
    if job.mlflow_run_id:
        mlflow.update_run(job.mlflow_run_id, status="RUNNING")
        return job.mlflow_run_id
    experiment = mlflow.get_experiment_by_name(settings.MLFLOW_EXPERIMENT)
    experiment_id = experiment.experiment_id if experiment else mlflow.create_experiment(settings.MLFLOW_EXPERIMENT)
    run = mlflow.create_run(
        experiment_id,
        run_name=f"job-{job.pk}",
        tags={"gradeloop.job": str(job.pk), "gradeloop.export": str(job.export_id)},
    )
    params = {
        "base_model": job.base_model,
        "export": job.export_id,
        **{key: ",".join(value) if isinstance(value, list) else value for key, value in job.hyperparameters.items()},
    }
    from mlflow.entities import Param

    mlflow.log_batch(run.info.run_id, params=[Param(key, str(value)) for key, value in params.items()])
    return run.info.run_id


def log_result(
    run_id: str, history: list[dict], evaluations: list[dict], adapter_dir: Path | None, manifest: Path | None
) -> None:
    """Per-step metrics (train loss, learning rate, tokens/s), validation losses, and the artifacts."""
    from mlflow.entities import Metric

    mlflow = client()
    now = int(time.time() * 1000)
    metrics = []
    for row in history:
        metrics.append(Metric("train_loss", row["train_loss"], now, row["step"]))
        metrics.append(Metric("learning_rate", row["lr"], now, row["step"]))
        if row.get("seconds"):
            metrics.append(Metric("tokens_per_s", row["tokens"] / row["seconds"], now, row["step"]))
    metrics += [Metric("val_loss", row["val_loss"], now, row["step"]) for row in evaluations]
    for start in range(0, len(metrics), METRICS_PER_BATCH):
        mlflow.log_batch(run_id, metrics=metrics[start : start + METRICS_PER_BATCH])
    if adapter_dir is not None:
        mlflow.log_artifacts(run_id, str(adapter_dir), "adapter")
    if manifest is not None and manifest.is_file():
        mlflow.log_artifact(run_id, str(manifest), "export")


def end_run(run_id: str, status: str) -> None:
    """status: FINISHED, FAILED or KILLED."""
    client().set_terminated(run_id, status)


def register_version(version, logged_as: str | None = None) -> tuple[str, str]:
    """Register a model version's adapter under MLFLOW_MODEL_NAME; returns (name, version).

    logged_as: the artifact path where the job's run already holds this adapter ("adapter"
    for the final one); otherwise the adapter folder is logged first, under checkpoints/."""
    from mlflow.exceptions import MlflowException

    mlflow = client()
    name = settings.MLFLOW_MODEL_NAME
    try:
        mlflow.create_registered_model(name, description="LoRA adapters fine-tuned by Gradeloop training jobs.")
    except MlflowException as error:
        if error.error_code != "RESOURCE_ALREADY_EXISTS":
            raise
    run_id = version.job.mlflow_run_id if version.job_id else ""
    if run_id and version.adapter_path:
        if logged_as is None:
            logged_as = f"checkpoints/{Path(version.adapter_path).name}"
            mlflow.log_artifacts(run_id, version.adapter_path, logged_as)
        source = f"runs:/{run_id}/{logged_as}"
    else:
        source = Path(version.adapter_path).resolve().as_uri() if version.adapter_path else version.base_model
    registered = mlflow.create_model_version(
        name,
        source,
        run_id=run_id or None,
        tags={
            "gradeloop.label": version.label,
            "gradeloop.base_model": version.base_model,
            "gradeloop.export": str(version.export_id or ""),
            "gradeloop.job": str(version.job_id or ""),
        },
    )
    return name, str(registered.version)
