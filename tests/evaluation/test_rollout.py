"""The steps of a live rollout, judged by instructors' own final grades: the gate refuses a
step with too few reviews and allows it with enough; a clearly worse candidate is rolled back
automatically; every step is in the promotion history and the audit log."""

import pytest
from rest_framework.test import APIClient

from consent.models import AuditEvent
from evaluation import rollout as steps
from evaluation.models import PromotionHistory
from evaluation.promotion import PromotionError
from grading import suggestions
from grading.models import Rollout, RolloutGrade
from llm.providers import local
from tests.grading.helpers import make_class, rollout_versions, superuser
from tests.llm.tiny_model import build_base_model
from training.models import ModelVersion

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    return build_base_model(tmp_path_factory.mktemp("active")), build_base_model(
        tmp_path_factory.mktemp("cand"), seed=5
    )


@pytest.fixture(autouse=True)
def rollout_settings(settings, tmp_path):
    settings.BASE_MODELS_DIR = tmp_path / "models"
    settings.GRADING_CHAIN = ["active"]
    settings.GRADING_RETRIES = 0
    settings.GRADING_MAX_NEW_TOKENS = 8
    settings.ROLLOUT_CANARY_SHARES = [0.1, 0.5]
    settings.ROLLOUT_MIN_REVIEWS = 2
    settings.ROLLOUT_MARGIN = 0.0
    settings.ROLLOUT_AUTO_ROLLBACK = True
    settings.ROLLOUT_ROLLBACK_MIN_REVIEWS = 3
    settings.ROLLOUT_ROLLBACK_MARGIN = 0.0
    local.release_all_except()
    yield
    local.release_all_except()


def grade_like(version_label, submission, instructor):
    """Ask for a suggestion, then save as final grade what ``version_label`` gave (served or shadow)."""
    suggestion = suggestions.suggest_for_submission(submission, instructor).suggestion
    grade = RolloutGrade.objects.get(submission=submission, version__label=version_label)
    suggestions.override(suggestion, grade.sections, instructor)


def test_the_gate_refuses_a_step_with_too_few_reviews_and_allows_each_step_with_enough(bases):
    active, candidate = rollout_versions(*bases)
    admin = superuser()
    rollout = steps.start_shadow(candidate, admin)
    instructor, assignment, (first, second) = make_class(2)
    with pytest.raises(PromotionError, match="0 reviewed submissions.*needs 2"):
        steps.advance(rollout, admin)
    grade_like("tiny-candidate", first, instructor)  # the instructor agrees with the candidate
    with pytest.raises(PromotionError, match="1 reviewed submissions.*needs 2"):
        steps.advance(rollout, admin)
    grade_like("tiny-candidate", second, instructor)

    assert (steps.advance(rollout, admin).stage, Rollout.objects.get().share) == ("canary", 0.1)
    assert steps.advance(rollout, admin).share == 0.5
    assert steps.advance(rollout, admin).stage == "promoted"
    candidate.refresh_from_db(), active.refresh_from_db()
    assert (candidate.status, active.status) == (ModelVersion.Status.ACTIVE, ModelVersion.Status.RETIRED)
    history = list(
        PromotionHistory.objects.filter(rollout=rollout).order_by("id").values_list("action", "values__share")
    )
    assert history == [("shadow", 0.0), ("canary", 0.1), ("canary", 0.5), ("promoted", 1.0)]
    promoted = PromotionHistory.objects.get(action="promoted")
    assert promoted.values["n_reviewed"] == 2 and promoted.values["candidate_mae"] == 0
    actions = list(
        AuditEvent.objects.filter(action__startswith="model.rollout.")
        .order_by("id")
        .values_list("action", "actor_label")
    )
    assert actions == [
        ("model.rollout.shadow", "root"),
        ("model.rollout.canary", "root"),
        ("model.rollout.canary", "root"),
        ("model.rollout.promoted", "root"),
    ]


def test_a_clearly_worse_candidate_is_rolled_back_automatically(bases):
    active, candidate = rollout_versions(*bases)
    rollout = steps.start_shadow(candidate, superuser())
    instructor, assignment, submissions = make_class(4)
    for submission in submissions[:2]:
        grade_like("tiny-active", submission, instructor)  # the instructor keeps the active version's grades
    assert Rollout.objects.get().stage == "shadow"  # two reviews: too few to judge (3 needed)
    grade_like("tiny-active", submissions[2], instructor)

    rollout.refresh_from_db()
    assert rollout.stage == "rolled_back" and "clearly worse" in rollout.reason
    entry = PromotionHistory.objects.get(action="rollout_stopped")
    assert (entry.by, entry.from_version, entry.to_version) == (None, candidate, active)
    assert entry.values["n_reviewed"] == 3 and entry.values["mae_difference"]["low"] > 0
    assert AuditEvent.objects.filter(action="model.rollout.rollout_stopped", actor_label="system").exists()
    suggestions.suggest_for_submission(submissions[3], instructor)
    assert not RolloutGrade.objects.filter(submission=submissions[3]).exists()  # no shadow any more
    candidate.refresh_from_db()
    assert candidate.status == ModelVersion.Status.CANDIDATE


def test_the_api_and_the_page_are_for_super_admins_and_a_refused_step_says_why(client, bases):
    active, candidate = rollout_versions(*bases)
    instructor, assignment, (submission,) = make_class(1)
    api = APIClient()
    api.force_authenticate(instructor)
    assert api.post("/api/v1/rollouts/", {"candidate": candidate.pk}, format="json").status_code == 403
    admin = superuser()
    api.force_authenticate(admin)
    assert api.post("/api/v1/rollouts/", {"candidate": 9999}, format="json").status_code == 400
    started = api.post("/api/v1/rollouts/", {"candidate": candidate.pk}, format="json")
    assert started.status_code == 201 and started.json()["stage"] == "shadow"
    assert api.post("/api/v1/rollouts/", {"candidate": candidate.pk}, format="json").status_code == 409
    rollout_id = started.json()["id"]
    refused = api.post(f"/api/v1/rollouts/{rollout_id}/advance/")
    assert refused.status_code == 409 and "needs 2" in refused.json()["detail"]

    grade_like("tiny-candidate", submission, instructor)
    report = api.get(f"/api/v1/rollouts/{rollout_id}/").json()
    assert report["comparison"]["n_reviewed"] == 1
    figures = {v["role"]: v for v in report["comparison"]["versions"]}
    assert figures["candidate"]["mae"]["value"] == 0 and figures["candidate"]["accepted_as_is"]["value"] == 1
    assert report["next_step"] == {
        "stage": "canary",
        "share": 0.1,
        "allowed": False,
        "reason": report["next_step"]["reason"],
    }
    assert [h["action"] for h in report["history"]] == ["shadow"]

    client.force_login(instructor)
    assert client.get(f"/evaluation/rollouts/{rollout_id}/").status_code == 404
    client.force_login(admin)
    page = client.get(f"/evaluation/rollouts/{rollout_id}/").content.decode()
    assert "tiny-candidate" in page and "Accepted as is" in page and "needs 2" in page
    stopped = client.post(f"/evaluation/rollouts/{rollout_id}/", {"step": "stop"})
    assert stopped.status_code == 302 and Rollout.objects.get().stage == "rolled_back"


def test_the_admin_starts_a_rollout_and_refuses_a_step_the_gate_does_not_allow(client, settings):
    active = ModelVersion.objects.create(label="v-active", base_model="unused", status=ModelVersion.Status.ACTIVE)
    candidate = ModelVersion.objects.create(label="v-candidate", base_model="unused")
    client.force_login(superuser())
    started = client.post(
        "/admin/evaluation/versionpromotion/",
        {"action": "start_shadow", "_selected_action": [candidate.pk]},
        follow=True,
    )
    rollout = Rollout.objects.get()
    assert (rollout.candidate, rollout.active, rollout.stage) == (candidate, active, "shadow")
    assert "watch it" in started.content.decode()
    refused = client.post(
        "/admin/grading/rollout/", {"action": "advance", "_selected_action": [rollout.pk]}, follow=True
    )
    assert "0 reviewed submissions" in refused.content.decode()
    assert Rollout.objects.get().stage == "shadow"
    assert "comparison and steps" in client.get("/admin/grading/rollout/").content.decode()
