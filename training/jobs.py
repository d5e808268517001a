"""Training job rules, called by the admin, the API, the worker task and the reconciler.

Lifecycle: validating (the export's files are checked) -> queued -> running -> succeeded /
failed / cancelled; the reconciler may put a running job whose worker went silent back to
queued. Every state change is a conditional UPDATE on the current status, so a worker, a
cancel and the reconciler never overwrite each other, and each writes a TrainingEvent and
an AuditEvent. `heartbeat_at` is the worker's last beat while running, and the time the
job was last sent to the queue while queued.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q, Value
from django.db.models.fields import DateTimeField
from django.db.models.functions import Coalesce
from django.utils import timezone
from django_q.tasks import async_task

from consent import audit
from core.errors import Conflict
from core.permissions import require_superadmin
from exports import services as exports
from exports.models import Export, ExportItem

from . import signals
from .base_models import BaseModelError, resolve_base_model
from .lora import ADAPTER_WEIGHTS, LoRAHyperparameters
from .lora_data import file_sha256
from .models import ModelVersion, TrainingCheckpoint, TrainingEvent, TrainingJob

logger = logging.getLogger(__name__)
Status = TrainingJob.Status


class JobError(Conflict):
    """The job cannot do that now (wrong state, unusable export, missing base model...)."""


def check_can_manage(user) -> None:
    require_superadmin(user, "start or cancel training and make model versions")


def record(job: TrainingJob, kind: str, message: str, *, actor=None, audited: bool = True, **detail) -> TrainingEvent:
    """One event in the job's list and, for state changes (audited), one in the audit log."""
    event = TrainingEvent.objects.create(job=job, kind=kind, message=message, detail=detail)
    if audited:
        audit.record(actor, f"training.{kind}", job, **detail)
    return event


def create_job(export: Export, base_model: str | None, hyperparameters: dict | None, by) -> TrainingJob:
    """Validate the request, create the job, check the export's files and queue it.

    Raises PermissionDenied, HyperparameterError (errors per hyperparameter), or JobError
    (missing base model, export not ready or holding withdrawn work). An export whose files
    are unusable (no training examples, missing or changed files) gives a failed job that
    says why."""
    check_can_manage(by)
    hp, name = check_request(export, base_model, hyperparameters)
    with transaction.atomic():
        job = TrainingJob.objects.create(export=export, base_model=name, hyperparameters=hp.to_dict(), created_by=by)
        job.output_dir = str(Path(settings.TRAINING_DIR) / f"job-{job.pk}")
        job.save(update_fields=["output_dir"])
        record(job, "created", f"Validating export #{export.pk}.", actor=by, export=export.pk, base_model=name)
        problem = export_problem(export)
        if problem:
            finish(job, Status.FAILED, problem, from_status=Status.VALIDATING)
        else:
            TrainingJob.objects.filter(pk=job.pk).update(status=Status.QUEUED, heartbeat_at=timezone.now())
            record(
                job,
                "queued",
                f"Export #{export.pk} checked: {export.train_count} training and "
                f"{export.validation_count} validation examples.",
                actor=by,
            )
            enqueue(job)
    job.refresh_from_db()
    return job


def check_request(
    export: Export, base_model: str | None, hyperparameters: dict | None
) -> tuple[LoRAHyperparameters, str]:
    """(the validated hyperparameters, the base model name), or HyperparameterError / JobError."""
    hp = LoRAHyperparameters.from_dict(hyperparameters or {})
    name = base_model or settings.BASE_MODEL
    try:
        resolve_base_model(name)
    except BaseModelError as error:
        raise JobError(str(error)) from None
    if export.status != Export.Status.READY:
        raise JobError(
            f"Export #{export.pk} is {export.get_status_display().lower()}; only a ready export can train a model."
        )
    if export.contains_withdrawn:
        raise JobError(f"Export #{export.pk} holds work whose consent was withdrawn; build a new export to train on.")
    return hp, name


def export_problem(export: Export) -> str:
    """Why the export's files cannot train a model, or "" when they can."""
    folder = exports.export_dir(export)
    if export.train_count == 0:
        return (
            f"Export #{export.pk} has no training examples (train.jsonl is empty): no selected final "
            f"evaluation had a current student consent. Build an export that selects consented, graded work."
        )
    files = export.manifest.get("files", {})
    for name in exports.DATA_FILES:
        path = folder / name
        if not path.is_file():
            return f"Export #{export.pk} has lost {name} ({path}); build the export again."
        expected = files.get(name, {}).get("sha256")
        if expected and file_sha256(path) != expected:
            return (
                f"Export #{export.pk}: {name} no longer matches its manifest (SHA-256 differs); build the export again."
            )
    return ""


def enqueue(job: TrainingJob) -> None:
    """Send the job to the training cluster once the transaction commits."""
    pk = job.pk
    transaction.on_commit(
        lambda: async_task(
            "training.tasks.run_training_job", pk, cluster=settings.TRAINING_Q_CLUSTER, task_name=f"training-job-{pk}"
        )
    )


def finish(
    job: TrainingJob,
    status: str,
    message: str,
    *,
    from_status: str = Status.RUNNING,
    worker: str | None = None,
    actor=None,
) -> bool:
    """Move a job to a final status, if it still is in from_status (and run by worker)."""
    scope = TrainingJob.objects.filter(pk=job.pk, status=from_status)
    if worker is not None:
        scope = scope.filter(worker=worker)
    changes = {"status": status, "finished_at": timezone.now(), "eta_seconds": None}
    if status == Status.FAILED:
        changes["error"] = message
    kind = {Status.SUCCEEDED: "succeeded", Status.FAILED: "failed", Status.CANCELLED: "cancelled"}[status]
    with transaction.atomic():  # whoever sees the final status sees its event too
        if not scope.update(**changes):
            return False
        record(job, kind, message, actor=actor)
    return True


def cancel_job(job: TrainingJob, by) -> TrainingJob:
    """A job not yet running is cancelled at once; a running one is asked to stop, and its
    worker stops within seconds (it polls cancel_requested) and marks it cancelled."""
    check_can_manage(by)
    waiting = TrainingJob.objects.filter(pk=job.pk, status__in=[Status.VALIDATING, Status.QUEUED])
    if waiting.update(cancel_requested=True):
        finish(
            job,
            Status.CANCELLED,
            f"Cancelled by {by.get_username()} before it ran.",
            from_status=TrainingJob.objects.get(pk=job.pk).status,
            actor=by,
        )
    elif TrainingJob.objects.filter(pk=job.pk, status=Status.RUNNING, cancel_requested=False).update(
        cancel_requested=True
    ):
        record(job, "cancel_requested", f"{by.get_username()} asked the worker to stop.", actor=by)
    else:
        job.refresh_from_db()
        if job.status != Status.RUNNING:
            raise JobError(f"Training job #{job.pk} is {job.get_status_display().lower()}; there is nothing to cancel.")
    job.refresh_from_db()
    return job


def claim(job_id: int, worker: str) -> bool:
    """Atomically make `worker` the job's only runner: a queued job, or a running one whose
    worker went silent (a redelivered task may come before the reconciler)."""
    now = timezone.now()
    stale = now - timedelta(seconds=settings.TRAINING_STALE_AFTER_SECONDS)
    claimable = Q(status=Status.QUEUED) | Q(
        status=Status.RUNNING, heartbeat_at__lt=stale, attempts__lt=settings.TRAINING_MAX_ATTEMPTS
    )
    return (
        TrainingJob.objects.filter(claimable, pk=job_id, cancel_requested=False).update(
            status=Status.RUNNING,
            worker=worker,
            heartbeat_at=now,
            attempts=F("attempts") + 1,
            error="",
            started_at=Coalesce("started_at", Value(now, output_field=DateTimeField())),
        )
        == 1
    )


def should_stop(job_id: int, worker: str) -> bool:
    """True once a cancel is asked, or the job is no longer this worker's (the reconciler gave it away)."""
    return not TrainingJob.objects.filter(
        pk=job_id, status=Status.RUNNING, worker=worker, cancel_requested=False
    ).exists()


def requeue(job: TrainingJob, reason: str) -> bool:
    """Put a running job whose worker went silent back on the queue (it resumes from its last checkpoint)."""
    if not TrainingJob.objects.filter(pk=job.pk, status=Status.RUNNING, heartbeat_at=job.heartbeat_at).update(
        status=Status.QUEUED, worker="", heartbeat_at=timezone.now()
    ):
        return False
    record(job, "requeued", reason, attempts=job.attempts)
    enqueue(job)
    return True


def resend(job: TrainingJob) -> bool:
    """Send a job that has waited long in the queue again, in case the broker lost its task
    (a duplicate delivery finds the job claimed and does nothing)."""
    if not TrainingJob.objects.filter(pk=job.pk, status=Status.QUEUED, heartbeat_at=job.heartbeat_at).update(
        heartbeat_at=timezone.now()
    ):
        return False
    record(job, "resent", "Sent to the training queue again (queued for long).", audited=False)
    enqueue(job)
    return True


def version_from_checkpoint(
    checkpoint: TrainingCheckpoint,
    by=None,
    *,
    adapter_path: Path | str | None = None,
    logged_as: str | None = None,
    averaged_steps: list[int] | None = None,
    val_loss: float | None = None,
) -> ModelVersion:
    """A candidate model version from a job's checkpoint (any one, not only the best); one
    version per checkpoint. by=None is the worker making the final version, whose adapter may
    be the mean of several checkpoints' (averaged_steps, the newest being checkpoint's step):
    that one is a version of its own, labelled -meanN."""
    if by is not None:
        check_can_manage(by)
    job = checkpoint.job
    averaged_steps = list(averaged_steps or [])
    if len(averaged_steps) == 1:  # the mean of one checkpoint is that checkpoint's own adapter
        averaged_steps = []
    label = f"job{job.pk}-step{checkpoint.step}" + (f"-mean{len(averaged_steps)}" if averaged_steps else "")
    existing = ModelVersion.objects.filter(label=label).first()
    if existing:
        return existing
    adapter = Path(adapter_path or checkpoint.path)
    if not (adapter / ADAPTER_WEIGHTS).is_file():
        raise JobError(f"The adapter of job #{job.pk} step {checkpoint.step} is missing from {adapter}.")
    version = ModelVersion.objects.create(
        label=label,
        base_model=job.base_model,
        adapter_path=str(adapter),
        job=job,
        checkpoint=checkpoint,
        export=job.export,
        averaged_steps=averaged_steps,
        contains_withdrawn=Export.objects.filter(pk=job.export_id, contains_withdrawn=True).exists(),
    )
    source = (
        f"the mean of the adapters of steps {', '.join(map(str, averaged_steps))}"
        if averaged_steps
        else f"step {checkpoint.step}"
    )
    record(
        job,
        "version_created",
        f"Model version {version.label} (candidate) from {source}.",
        actor=by,
        version=version.label,
        step=checkpoint.step,
        averaged_steps=averaged_steps,
        val_loss=checkpoint.val_loss if val_loss is None else val_loss,
    )
    _register(version, logged_as)
    transaction.on_commit(lambda: signals.version_created.send(sender=ModelVersion, version=version))
    return version


def _register(version: ModelVersion, logged_as: str | None) -> None:
    from . import mlflow_tracking

    if not version.job or not version.job.mlflow_run_id:
        return
    try:
        name, number = mlflow_tracking.register_version(version, logged_as)
    except Exception as error:  # MLflow is bookkeeping: its failure never loses a model version
        logger.exception("MLflow registration of %s failed", version.label)
        record(version.job, "mlflow_error", f"Registering {version.label} in MLflow failed: {error}", audited=False)
        return
    ModelVersion.objects.filter(pk=version.pk).update(mlflow_model_name=name, mlflow_model_version=number)
    version.mlflow_model_name, version.mlflow_model_version = name, number


def lineage(version: ModelVersion) -> dict:
    """Where a version comes from: job, checkpoint, export, and the final evaluations it learned from."""
    items = ExportItem.objects.filter(export_id=version.export_id)
    return {
        "job": version.job_id,
        "checkpoint_step": version.checkpoint.step if version.checkpoint_id else None,
        "averaged_steps": version.averaged_steps,
        "export": version.export_id,
        "train_evaluations": items.filter(split=ExportItem.Split.TRAIN).count(),
        "validation_evaluations": items.filter(split=ExportItem.Split.VALIDATION).count(),
    }
