"""A live rollout on the grading side: shadow grades are stored but never shown, and the
canary share is chosen by a stable hash of the submission."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from evaluation import rollout as steps
from gradebook.models import Evaluation
from grading import suggestions
from grading.models import Rollout, RolloutGrade
from grading.rollout import hash_point, serving_version
from llm.providers import local
from tests.evaluation.test_observability import scrape, value
from tests.llm.tiny_model import build_base_model

from .helpers import make_class, rollout_versions, superuser

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    return build_base_model(tmp_path_factory.mktemp("active")), build_base_model(
        tmp_path_factory.mktemp("cand"), seed=5
    )


@pytest.fixture(autouse=True)
def grading_settings(settings, tmp_path):
    settings.BASE_MODELS_DIR = tmp_path / "models"
    settings.GRADING_CHAIN = ["active"]
    settings.GRADING_RETRIES = 0
    settings.GRADING_MAX_NEW_TOKENS = 8
    local.release_all_except()
    yield
    local.release_all_except()


def test_shadow_suggestions_never_reach_the_form_the_api_or_the_active_versions_metrics(client, bases):
    active, candidate = rollout_versions(*bases)
    steps.start_shadow(candidate, superuser())
    instructor, assignment, (submission,) = make_class(1)
    attempt = suggestions.suggest_for_submission(submission, instructor)

    served = RolloutGrade.objects.get(served=True)
    shadow = RolloutGrade.objects.get(served=False)
    assert (served.version, shadow.version) == (active, candidate)
    assert shadow.sections is not None and shadow.outcome == "ok"  # the candidate did grade it
    assert attempt.suggestion.model_version_label == "tiny-active"
    assert list(submission.evaluations.values_list("model_version_label", flat=True)) == ["tiny-active"]
    assert local.cached() == {local._key(bases[0], None), local._key(bases[1], None)}  # both stay loaded

    client.force_login(instructor)
    page = client.get(reverse("gradebook:grade_submission", args=[submission.pk])).content.decode()
    assert "suggested by tiny-active" in page and "tiny-candidate" not in page
    api = APIClient()
    api.force_authenticate(instructor)
    listed = api.get("/api/v1/suggestions/", {"submission": submission.pk}).json()["results"]
    assert [s["model_version_label"] for s in listed] == ["tiny-active"]

    samples = scrape(client)
    assert (
        value(samples, "gradeloop_suggestions_total", provider="local", model_version="tiny-active", outcome="ok") == 1
    )
    assert not any(
        name == "gradeloop_suggestions_total" and ("model_version", "tiny-candidate") in labels
        for name, labels in samples
    )
    assert value(samples, "gradeloop_shadow_suggestions_total", model_version="tiny-candidate", outcome="ok") == 1

    suggestions.accept(attempt.suggestion, instructor)
    assert list(Evaluation.objects.filter(status="final").values_list("total", flat=True)) == [served.total]


def test_the_canary_share_is_stable_per_submission_and_close_to_the_share_over_many():
    points = [hash_point(7, submission) for submission in range(20_000)]
    assert points == [hash_point(7, submission) for submission in range(20_000)]
    for share in (0.1, 0.5):
        assert abs(sum(p < share for p in points) / len(points) - share) < 0.01
    in_ten = {s for s, p in enumerate(points) if p < 0.1}
    assert in_ten <= {s for s, p in enumerate(points) if p < 0.5}  # raising the share keeps the first ones
    assert {s for s, p in enumerate(points) if p < 0.1} != {s for s in range(20_000) if hash_point(8, s) < 0.1}


def test_in_canary_the_hashed_share_is_served_by_the_candidate_and_provenance_says_so(bases):
    active, candidate = rollout_versions(*bases)
    rollout = steps.start_shadow(candidate, superuser())
    Rollout.objects.filter(pk=rollout.pk).update(stage=Rollout.Stage.CANARY, share=0.5)
    rollout.refresh_from_db()
    instructor, assignment, submissions = make_class(12)
    by_side = {}
    for submission in submissions:  # one submission on each side (12 all on one side: p = 0.05 %)
        by_side.setdefault(serving_version(rollout, submission.pk).label, submission)
    assert set(by_side) == {"tiny-active", "tiny-candidate"}

    for label, submission in by_side.items():
        for _ in range(2):  # asked again, the same version serves it
            made = suggestions.suggest_for_submission(submission, instructor).suggestion
            assert made.model_version_label == label
    served = set(RolloutGrade.objects.filter(served=True).values_list("submission_id", "version__label"))
    assert served == {(submission.pk, label) for label, submission in by_side.items()}
    shadows = set(RolloutGrade.objects.filter(served=False).values_list("submission_id", "version__label"))
    assert shadows == {(by_side["tiny-active"].pk, "tiny-candidate"), (by_side["tiny-candidate"].pk, "tiny-active")}
