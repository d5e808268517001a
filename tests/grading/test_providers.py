"""A model version as it grades: its export's prompt format and hint settings must be usable, or it says why."""

import pytest

from exports.models import Export
from grading.providers import grading_provider
from llm.prompts import HINTS_FORMAT, PROMPT_FORMAT
from llm.providers.hints import HintedProvider, ScoreEstimator
from tests.llm.tiny_model import build_base_model
from training.base_models import BaseModelError
from training.models import ModelVersion

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory):
    return build_base_model(tmp_path_factory.mktemp("tiny-base"))


def _version(tiny_base, hints, hints_format=HINTS_FORMAT, prompt_format=PROMPT_FORMAT):
    written = {**hints, "format": hints_format} if hints_format is not None else hints
    manifest = {"hints": written, **({"prompt_format": prompt_format} if prompt_format is not None else {})}
    return ModelVersion.objects.create(
        label="hinted", base_model=str(tiny_base), export=Export.objects.create(manifest=manifest)
    )


def test_a_version_trained_with_hints_grades_with_its_exports_neighbours_and_estimator(tiny_base):
    estimator = ScoreEstimator((0.1, 0.2, 0.3, 0.2, 0.1), 0.05)
    provider = grading_provider(
        _version(tiny_base, {"neighbours": 4, "similarity": "tfidf", "estimator": estimator.as_dict()}), lambda task: []
    )
    assert isinstance(provider, HintedProvider)
    assert (provider.k, provider.similarity.name, provider.estimator) == (4, "tfidf", estimator)


def test_a_version_whose_export_names_an_unknown_similarity_is_refused_with_the_known_ones(tiny_base):
    with pytest.raises(BaseModelError, match=r"model version hinted needs .*tfidf"):
        grading_provider(_version(tiny_base, {"neighbours": 4, "similarity": "bogus"}), lambda task: [])


def test_a_version_whose_estimator_reads_other_numbers_is_refused(tiny_base):
    other = {"features": ["reference similarity"], "weights": [1.0], "intercept": 0.0}
    with pytest.raises(BaseModelError, match=r"model version hinted needs an estimator over the features"):
        grading_provider(
            _version(tiny_base, {"neighbours": 4, "similarity": "tfidf", "estimator": other}), lambda task: []
        )


@pytest.mark.parametrize("written", [HINTS_FORMAT - 1, None])
def test_a_version_trained_on_other_hint_lines_is_refused_with_the_format_this_build_writes(tiny_base, written):
    version = _version(tiny_base, {"neighbours": 4, "similarity": "tfidf"}, hints_format=written)
    with pytest.raises(
        BaseModelError,
        match=rf"model version hinted was trained on grading hints of format "
        rf"{written or 'unnumbered'}, and this build writes format {HINTS_FORMAT}",
    ):
        grading_provider(version, lambda task: [])


@pytest.mark.parametrize("written", [PROMPT_FORMAT - 1, None])
def test_a_version_trained_on_prompts_without_the_delimited_answer_is_refused_with_a_clear_message(tiny_base, written):
    version = _version(tiny_base, {"neighbours": 0}, prompt_format=written)
    with pytest.raises(
        BaseModelError,
        match=rf"model version hinted was trained on prompts of format "
        rf"{PROMPT_FORMAT - 1}, and this build writes format {PROMPT_FORMAT} "
        r"\(the student's answer delimited as data\): train a new version",
    ):
        grading_provider(version, lambda task: [])
