"""The promotion gate, promotion and rollback (service and admin), the MLflow `champion`
alias, and the evaluation a new candidate gets."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from consent.models import AuditEvent
from evaluation import mlflow_logging, promotion
from evaluation.models import EvaluationRun, PromotionHistory
from tests.consent.helpers import make_superuser
from tests.evaluation.builders import finished_run, make_version, ready_export, tiny_models
from tests.gradebook.factories import make_instructor
from training import jobs, mlflow_tracking
from training.models import ModelVersion, TrainingCheckpoint, TrainingJob
from training.signals import version_created
from training.versions import active_version

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:evaluation_versionpromotion_changelist"
BASELINES = {
    "global_mean": {"qwk": 0.1, "mae": 1.0},
    "question_mean": {"qwk": 0.3, "mae": 0.9},
    "knn": {"qwk": 0.4, "mae": 0.8},
    "similarity_regression": {"qwk": 0.45, "mae": 0.85},
}


def key(version):
    return f"version:{version.pk}"


@pytest.fixture
def versions():
    """v1 active (promoted earlier from nothing), v2 a candidate."""
    v1 = make_version("v1", status=ModelVersion.Status.ACTIVE)
    PromotionHistory.objects.create(action=PromotionHistory.Action.PROMOTED, to_version=v1)
    return v1, make_version("v2")


def register_in_mlflow(*versions):
    client = mlflow_tracking.client()
    client.create_registered_model("gradeloop-grader")
    for version in versions:
        number = client.create_model_version("gradeloop-grader", source="file:///tmp/adapter").version
        ModelVersion.objects.filter(pk=version.pk).update(
            mlflow_model_name="gradeloop-grader", mlflow_model_version=str(number)
        )
        version.refresh_from_db()


def champion() -> str:
    return str(mlflow_tracking.client().get_model_version_by_alias("gradeloop-grader", "champion").version)


def test_a_candidate_that_is_not_better_than_the_active_version_is_refused(versions, settings):
    v1, v2 = versions
    settings.PROMOTION_METRIC, settings.PROMOTION_MARGIN = "qwk", 0.0
    finished_run(v2, {key(v2): {"qwk": 0.5}, key(v1): {"qwk": 0.5}, **BASELINES})
    decision = promotion.decide(v2)
    assert not decision.allowed and "does not beat v1 on qwk" in decision.reason
    with pytest.raises(promotion.PromotionError, match="does not beat v1"):
        promotion.promote(v2, make_superuser())
    assert active_version() == v1 and not PromotionHistory.objects.filter(to_version=v2).exists()


def test_better_by_less_than_the_margin_is_not_enough(versions, settings):
    v1, v2 = versions
    settings.PROMOTION_METRIC, settings.PROMOTION_MARGIN = "mae", 0.05
    finished_run(v2, {key(v2): {"mae": 0.78}, key(v1): {"mae": 0.8}})
    assert not promotion.decide(v2).allowed
    settings.PROMOTION_MARGIN = 0.02
    assert promotion.decide(v2).allowed, "lower MAE by exactly the margin passes"


def test_the_gate_needs_a_run_with_the_active_version_and_enough_usable_answers(versions, settings):
    v1, v2 = versions
    assert "No finished evaluation run compares v2 with the active version v1" in promotion.decide(v2).reason
    finished_run(v2, {key(v2): {"qwk": 0.9}, **BASELINES})
    assert not promotion.decide(v2).allowed, "a run without the active version says nothing about it"
    finished_run(v2, {key(v2): {"qwk": 0.9, "valid_rate": 0.5}, key(v1): {"qwk": 0.5}})
    assert "usable score for 50% of the answers" in promotion.decide(v2).reason


def test_with_nothing_active_the_candidate_must_beat_the_best_baseline(settings):
    settings.PROMOTION_METRIC = "qwk"
    first = make_version("first")
    finished_run(first, {key(first): {"qwk": 0.42}, **BASELINES})
    decision = promotion.decide(first)
    assert not decision.allowed and "the best baseline (similarity_regression)" in decision.reason
    finished_run(first, {key(first): {"qwk": 0.5}, **BASELINES})
    assert promotion.decide(first).allowed


def test_a_version_trained_on_withdrawn_work_cannot_be_promoted(versions):
    v1, v2 = versions
    ModelVersion.objects.filter(pk=v2.pk).update(contains_withdrawn=True)
    v2.refresh_from_db()
    finished_run(v2, {key(v2): {"qwk": 0.9}, key(v1): {"qwk": 0.1}})
    assert "consent was withdrawn" in promotion.decide(v2).reason


def test_promotion_is_refused_to_an_instructor_in_the_service_and_the_admin(versions, client):
    v1, v2 = versions
    finished_run(v2, {key(v2): {"qwk": 0.9}, key(v1): {"qwk": 0.1}})
    instructor = make_instructor()
    with pytest.raises(PermissionDenied):
        promotion.promote(v2, instructor)
    instructor.is_staff = True
    instructor.save()
    client.force_login(instructor)
    response = client.post(reverse(CHANGELIST), {"action": "promote_selected", "_selected_action": [v2.pk]})
    assert response.status_code == 403
    assert active_version() == v1


def test_a_super_admin_promotes_a_better_candidate_in_the_admin(versions, client, django_capture_on_commit_callbacks):
    v1, v2 = versions
    register_in_mlflow(v1, v2)
    run = finished_run(v2, {key(v2): {"qwk": 0.7}, key(v1): {"qwk": 0.5}, **BASELINES})
    root = make_superuser()
    client.force_login(root)
    assert "✔ v2 beats v1 on qwk" in client.get(reverse(CHANGELIST)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse(CHANGELIST), {"action": "promote_selected", "_selected_action": [v2.pk]}, follow=True
        )
    assert "Promoted: v1 → v2" in response.content.decode()
    v1.refresh_from_db()
    assert active_version() == v2 and v1.status == ModelVersion.Status.RETIRED
    entry = PromotionHistory.objects.get(to_version=v2)
    assert (entry.action, entry.from_version, entry.by, entry.run, entry.metric) == ("promoted", v1, root, run, "qwk")
    assert entry.values["candidate"] == 0.7 and entry.values["other"] == 0.5
    event = AuditEvent.objects.get(action="model.promoted")
    assert event.actor == root and event.details["from_version"] == "v1" and event.details["to_version"] == "v2"
    assert champion() == v2.mlflow_model_version


def test_rollback_reactivates_the_previous_version_in_one_action(versions, client, django_capture_on_commit_callbacks):
    v1, v2 = versions
    register_in_mlflow(v1, v2)
    finished_run(v2, {key(v2): {"qwk": 0.7}, key(v1): {"qwk": 0.5}})
    root = make_superuser()
    with django_capture_on_commit_callbacks(execute=True):
        promotion.promote(v2, root)
    client.force_login(root)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse(CHANGELIST), {"action": "roll_back", "_selected_action": [v1.pk]}, follow=True)
    assert "Rolled back: v2 → v1" in response.content.decode()
    v2.refresh_from_db()
    assert active_version() == v1 and v2.status == ModelVersion.Status.RETIRED
    entry = PromotionHistory.objects.first()
    assert (entry.action, entry.from_version, entry.to_version, entry.by) == ("rolled_back", v2, v1, root)
    assert AuditEvent.objects.filter(action="model.rolled_back", actor=root).count() == 1
    assert champion() == v1.mlflow_model_version
    with pytest.raises(promotion.PromotionError, match="v1 replaced no earlier version"):
        promotion.rollback(root)
    with pytest.raises(PermissionDenied):
        promotion.rollback(make_instructor())


def test_grading_switches_to_the_promoted_version_without_a_restart(versions, settings, tiny):
    from grading.suggestions import active_local_provider

    base, adapter = tiny
    v1, v2 = versions
    ModelVersion.objects.filter(pk__in=[v1.pk, v2.pk]).update(base_model=str(base))
    ModelVersion.objects.filter(pk=v2.pk).update(adapter_path=str(adapter))
    assert active_local_provider().label == "v1"
    finished_run(v2, {key(v2): {"qwk": 0.7}, key(v1): {"qwk": 0.5}})
    promotion.promote(v2, make_superuser())
    provider = active_local_provider()
    assert provider.label == "v2" and provider.adapter_path == str(adapter)


def test_mlflow_failures_never_fail_a_promotion(versions, settings, tmp_path, django_capture_on_commit_callbacks):
    v1, v2 = versions
    blocked = tmp_path / "a-file-not-a-store"
    blocked.write_text("MLflow cannot keep runs here")
    settings.MLFLOW_TRACKING_URI = blocked.as_uri()
    ModelVersion.objects.filter(pk=v2.pk).update(mlflow_model_name="gradeloop-grader", mlflow_model_version="1")
    finished_run(v2, {key(v2): {"qwk": 0.7}, key(v1): {"qwk": 0.5}})
    with django_capture_on_commit_callbacks(execute=True):
        promotion.promote(v2, make_superuser())
    assert active_version() == v2
    assert mlflow_logging.log_run(EvaluationRun.objects.first()) is None


def test_a_new_candidate_is_evaluated_against_the_active_version_and_the_baselines(versions):
    v1, _ = versions
    export = ready_export()
    candidate = make_version("job1-step4", export=export)
    version_created.send(sender=ModelVersion, version=candidate)
    run = EvaluationRun.objects.get(candidate=candidate)
    assert run.source == "export" and run.export == export and run.status == "queued"
    assert run.providers == [
        {"kind": "version", "version": candidate.pk},
        {"kind": "version", "version": v1.pk},
        {"kind": "global_mean"},
        {"kind": "question_mean"},
        {"kind": "knn"},
        {"kind": "similarity_regression"},
        {"kind": "hint_estimate"},
        {"kind": "nearest_comment"},
        {"kind": "label_comment"},
    ]
    assert run.items.count() == export.validation_count


def test_a_version_made_by_training_is_queued_for_evaluation_once_committed(
    tmp_path, django_capture_on_commit_callbacks
):
    base, adapter = tiny_models(tmp_path)
    export = ready_export()
    job = TrainingJob.objects.create(export=export, base_model=str(base), status=TrainingJob.Status.SUCCEEDED)
    checkpoint = TrainingCheckpoint.objects.create(job=job, step=4, path=str(adapter), is_best=True)

    with django_capture_on_commit_callbacks(execute=True):
        version = jobs.version_from_checkpoint(checkpoint)

    run = EvaluationRun.objects.get(candidate=version)
    assert run.export == export and run.providers[0] == {"kind": "version", "version": version.pk}
