"""What a training worker does with a job: claim it, beat, train (or resume) with the LoRA
trainer while writing progress, events and checkpoints, then make the candidate model
version and record the run in MLflow.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

from exports import services as exports

from . import jobs, lora, mlflow_tracking
from .base_models import resolve_base_model
from .models import TrainingCheckpoint, TrainingJob

logger = logging.getLogger(__name__)
Status = TrainingJob.Status


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def run(job_id: int) -> TrainingJob:
    """Run a queued job (or take over a silent one) to its end; anything else is left alone."""
    me = worker_name()
    if not jobs.claim(job_id, me):
        logger.info("Training job %s is not claimable (taken, finished or cancelled); nothing to do.", job_id)
        return TrainingJob.objects.get(pk=job_id)
    job = TrainingJob.objects.select_related("export").get(pk=job_id)
    jobs.record(job, "running", f"Running on {me} (attempt {job.attempts}).", worker=me, attempt=job.attempts)
    heartbeat = Heartbeat(job.pk, me)
    heartbeat.start()
    try:
        _train(job, me)
    finally:
        heartbeat.stop()
    job.refresh_from_db()
    return job


def _train(job: TrainingJob, me: str) -> None:
    run_id = _mlflow(job, "start", lambda: mlflow_tracking.start_run(job))
    if run_id:
        TrainingJob.objects.filter(pk=job.pk).update(mlflow_run_id=run_id)
        job.mlflow_run_id = run_id
    folder = exports.export_dir(job.export)
    progress = ProgressWriter(job, me)
    try:
        result = lora.train(
            resolve_base_model(job.base_model),
            folder / "train.jsonl",
            folder / "validation.jsonl" if job.export.validation_count else None,
            job.output_dir,
            lora.LoRAHyperparameters.from_dict(job.hyperparameters),
            on_progress=progress,
            should_stop=lambda: jobs.should_stop(job.pk, me),
            threads=settings.TRAINING_THREADS or None,
            dtype=settings.TRAINING_DTYPE,
        )
    except Exception as error:  # every failure ends the job with its reason; nothing retries it blindly
        logger.exception("Training job %s failed", job.pk)
        jobs.finish(job, Status.FAILED, f"{type(error).__name__}: {error}", worker=me)
        if run_id:
            _mlflow(job, "end", lambda: mlflow_tracking.end_run(run_id, "FAILED"))
        return
    progress.sync_checkpoints()
    if result.status == "cancelled":
        if (
            jobs.finish(
                job, Status.CANCELLED, f"Stopped at step {result.step} of {result.total_steps} as asked.", worker=me
            )
            and run_id
        ):
            _mlflow(job, "end", lambda: mlflow_tracking.end_run(run_id, "KILLED"))
        return
    if run_id:
        _mlflow(
            job,
            "log",
            lambda: mlflow_tracking.log_result(
                run_id, result.history, result.evaluations, result.adapter_path, folder / "manifest.json"
            ),
        )
    steps = [checkpoint.step for checkpoint in result.averaged]
    newest = TrainingCheckpoint.objects.get(job=job, step=steps[-1])
    version = jobs.version_from_checkpoint(
        newest,
        adapter_path=result.adapter_path,
        logged_as="adapter",
        averaged_steps=steps,
        val_loss=result.adapter_val_loss,
    )
    source = f"the mean of steps {', '.join(map(str, steps))}" if len(steps) > 1 else f"checkpoint step {steps[0]}"
    val = f", validation loss {result.adapter_val_loss:.4f}" if result.adapter_val_loss is not None else ""
    jobs.finish(
        job,
        Status.SUCCEEDED,
        f"Finished {result.step} steps; model version {version.label} from {source}{val}.",
        worker=me,
    )
    if run_id:
        _mlflow(job, "end", lambda: mlflow_tracking.end_run(run_id, "FINISHED"))


def _mlflow(job: TrainingJob, what: str, call):
    """MLflow is bookkeeping: a failure becomes an event, never a failed training."""
    try:
        return call()
    except Exception as error:
        logger.exception("MLflow %s for training job %s failed", what, job.pk)
        jobs.record(job, "mlflow_error", f"MLflow ({what}) failed: {type(error).__name__}: {error}", audited=False)
        return None


class Heartbeat(threading.Thread):
    """Beats every TRAINING_HEARTBEAT_SECONDS while the job is this worker's, also through
    long silent stretches (loading the model, a validation pass)."""

    def __init__(self, job_id: int, worker: str):
        super().__init__(name=f"heartbeat-job-{job_id}", daemon=True)
        self.job_id, self.worker = job_id, worker
        self.stopped = threading.Event()

    def run(self):
        try:
            while not self.stopped.wait(settings.TRAINING_HEARTBEAT_SECONDS):
                TrainingJob.objects.filter(pk=self.job_id, worker=self.worker, status=Status.RUNNING).update(
                    heartbeat_at=timezone.now()
                )
        finally:
            connection.close()

    def stop(self):
        self.stopped.set()
        self.join()


class ProgressWriter:
    """The trainer's on_progress: job fields, the loss-curve history, events and checkpoint rows."""

    def __init__(self, job: TrainingJob, worker: str):
        self.job, self.worker = job, worker
        self.history = list(job.history)
        self.best_val_loss = job.best_val_loss

    def __call__(self, progress: lora.Progress) -> None:
        fields = {
            "step": progress.step,
            "total_steps": progress.total_steps,
            "epoch": progress.epoch,
            "tokens_per_s": progress.tokens_per_s,
            "eta_seconds": progress.eta_s,
            "heartbeat_at": timezone.now(),
        }
        if progress.train_loss is not None:
            fields["train_loss"] = progress.train_loss
        if progress.event == "started":
            self._started(progress)
        elif progress.event == "step":
            self._add_point(progress.step, train_loss=progress.train_loss)
        elif progress.event == "eval":
            self.best_val_loss = min(v for v in (self.best_val_loss, progress.val_loss) if v is not None)
            fields.update(val_loss=progress.val_loss, best_val_loss=self.best_val_loss)
            self._add_point(progress.step, val_loss=progress.val_loss)
            jobs.record(
                self.job,
                "eval",
                f"Step {progress.step}: validation loss {progress.val_loss:.4f}.",
                audited=False,
                step=progress.step,
                val_loss=progress.val_loss,
            )
        elif progress.event == "checkpoint":
            self.sync_checkpoints()
            jobs.record(
                self.job,
                "checkpoint",
                f"Checkpoint saved at step {progress.step}.",
                audited=False,
                step=progress.step,
                path=progress.detail.get("path"),
            )
        fields["history"] = self.history
        TrainingJob.objects.filter(pk=self.job.pk, worker=self.worker, status=Status.RUNNING).update(**fields)

    def _started(self, progress: lora.Progress) -> None:
        resumed = progress.detail.get("resumed_from") or 0
        self.history = [point for point in self.history if point["step"] <= resumed]
        detail = {key: value for key, value in progress.detail.items() if key != "resumed_from"}
        if resumed:
            message = f"Resumed from the checkpoint at step {resumed} of {progress.total_steps}."
        else:
            message = f"Started: {progress.total_steps} steps on {detail.get('train_examples')} examples."
        jobs.record(self.job, "started", message, audited=False, resumed_from=resumed, **detail)
        self.sync_checkpoints()

    def _add_point(self, step: int, **values) -> None:
        if self.history and self.history[-1]["step"] == step:
            self.history[-1].update(values)
        else:
            self.history.append({"step": step, **values})

    def sync_checkpoints(self) -> None:
        """Mirror the run folder's complete checkpoints as rows, marking the best one."""
        found = lora.list_checkpoints(Path(self.job.output_dir))
        best = lora.best_checkpoint(found)
        for checkpoint in found:
            TrainingCheckpoint.objects.update_or_create(
                job=self.job,
                step=checkpoint.step,
                defaults={
                    "train_loss": checkpoint.train_loss,
                    "val_loss": checkpoint.val_loss,
                    "path": str(checkpoint.path),
                    "is_best": best is not None and checkpoint.step == best.step,
                },
            )
        TrainingCheckpoint.objects.filter(job=self.job).exclude(step__in=[c.step for c in found]).delete()
