"""Evaluation runs and the `champion` alias in MLflow, through the training app's client
(``training.mlflow_tracking``). MLflow is bookkeeping: every failure here is logged and
swallowed, so it never fails a run, a promotion or a rollback.

Metric names: ``<provider>.<metric>`` for whole answers and
``<provider>.<section>.<metric>`` per section, e.g. ``version_3.qwk``, ``knn.Score.mae``.
"""

from __future__ import annotations

import logging
import re
import time

from django.conf import settings

log = logging.getLogger(__name__)
CHAMPION = "champion"
LOGGED_METRICS = (
    "mae",
    "rmse",
    "pearson",
    "qwk",
    "exact",
    "valid_rate",
    "oob_rate",
    "latency_p50_ms",
    "latency_p95_ms",
    "label_agreement",
    "comment_rouge_l",
    "comment_similarity",
    "empty_comment_rate",
)


def _name(text: str) -> str:
    """MLflow allows letters, digits, _ - . / and spaces in names."""
    return re.sub(r"[^\w\-./ ]", "_", text)[:200]


def _client():
    from training import mlflow_tracking

    return mlflow_tracking.client()


def log_run(run) -> str | None:
    """One MLflow run per evaluation run: parameters and every result's metrics. Returns its id."""
    try:
        return _log_run(run)
    except Exception:  # noqa: BLE001 - see the module docstring
        log.warning("Logging evaluation run %s to MLflow failed", run.pk, exc_info=True)
        return None


def _log_run(run) -> str:
    from mlflow.entities import Metric, Param

    client = _client()
    name = settings.MLFLOW_EVALUATION_EXPERIMENT
    experiment = client.get_experiment_by_name(name)
    experiment_id = experiment.experiment_id if experiment else client.create_experiment(name)
    tags = {"gradeloop.evaluation_run": str(run.pk)}
    if run.candidate_id:
        tags["gradeloop.candidate"] = run.candidate.label
    created = client.create_run(experiment_id, run_name=f"evaluation-{run.pk}", tags=tags)
    run_id = created.info.run_id
    params = {
        "source": run.source,
        "export": run.export_id or "",
        "csv": run.csv_name,
        "items": run.items.count(),
        "providers": ",".join(sorted({r.provider for r in run.results.all()})),
    }
    metrics, now = [], int(time.time() * 1000)
    for result in run.results.all():
        prefix = _name(result.provider) if result.is_total else f"{_name(result.provider)}.{_name(result.section)}"
        for key in LOGGED_METRICS:
            value = result.metrics.get(key)
            if value is not None:
                metrics.append(Metric(f"{prefix}.{key}", float(value), now, 0))
    params_list = [Param(key, str(value)[:500]) for key, value in params.items()]
    for start in range(0, max(len(metrics), 1), 900):
        client.log_batch(run_id, metrics=metrics[start : start + 900], params=params_list if start == 0 else [])
    client.set_terminated(run_id, "FINISHED")
    return run_id


def set_champion(version) -> bool:
    """Point the registry alias `champion` at the active version (or remove it when that
    version is not registered in MLflow, so it never names a version that is not active)."""
    try:
        client = _client()
        if version.mlflow_model_name and version.mlflow_model_version:
            client.set_registered_model_alias(version.mlflow_model_name, CHAMPION, version.mlflow_model_version)
            return True
        from mlflow.exceptions import MlflowException

        try:
            client.delete_registered_model_alias(settings.MLFLOW_MODEL_NAME, CHAMPION)
        except MlflowException:
            pass
        return False
    except Exception:  # noqa: BLE001 - see the module docstring
        log.warning("Setting the MLflow alias %s to %s failed", CHAMPION, version, exc_info=True)
        return False
