"""Grading providers built from the settings and the model versions.

Suggestions (this app) and holdout evaluations (the evaluation app) get their providers here,
so a model version is loaded the same way wherever it grades.
"""

from django.conf import settings

from llm.prompts import HINTS_FORMAT, PROMPT_FORMAT
from llm.providers.base import Provider
from llm.providers.hints import HintedProvider, OtherReferences, ScoreEstimator
from llm.providers.local import LocalProvider
from llm.providers.openai_compat import OpenAICompatProvider
from llm.providers.retrieval import ExamplePool
from llm.providers.similarity import similarity_named
from training.base_models import BaseModelError, resolve_base_model
from training.models import ModelVersion


def version_provider(version: ModelVersion) -> LocalProvider:
    """The base model of a version with its LoRA adapter (if any), labelled with the version."""
    return LocalProvider(
        resolve_base_model(version.base_model),
        version.adapter_path or None,
        label=version.label,
        **_local_options(),
    )


def _local_options() -> dict:
    return {
        "threads": settings.GRADING_THREADS or None,
        "max_new_tokens": settings.GRADING_MAX_NEW_TOKENS,
        "comment_tokens": settings.GRADING_COMMENT_TOKENS,
        "dtype": settings.GRADING_DTYPE,
    }


def grading_provider(
    version: ModelVersion, examples_for: ExamplePool, other_references_for: OtherReferences = lambda task: ()
) -> Provider:
    """The version as it grades tasks: where its export put grading hints in the prompts,
    the same hints from ``examples_for`` (graded answers of the task's question), with the
    estimate's guard comparing the answer with ``other_references_for`` (the reference answers
    of the task's other questions)."""
    manifest = version.export.manifest if version.export else {}
    if version.export and manifest.get("prompt_format", 1) != PROMPT_FORMAT:
        raise BaseModelError(
            f"model version {version.label} was trained on prompts of format "
            f"{manifest.get('prompt_format', 1)}, and this build writes format {PROMPT_FORMAT} "
            "(the student's answer delimited as data): train a new version on a new export"
        )
    model = version_provider(version)
    hints = manifest.get("hints") or {}
    if not hints.get("neighbours"):
        return model
    if hints.get("format") != HINTS_FORMAT:
        raise BaseModelError(
            f"model version {version.label} was trained on grading hints of format "
            f"{hints.get('format', 'unnumbered')}, and this build writes format {HINTS_FORMAT}: "
            "train a new version on a new export"
        )
    try:
        similarity = similarity_named(hints["similarity"])
        estimator = ScoreEstimator.from_dict(hints["estimator"]) if hints.get("estimator") else None
    except ValueError as error:
        raise BaseModelError(f"model version {version.label} needs {error}") from None
    return HintedProvider(
        model,
        examples_for,
        k=hints["neighbours"],
        similarity=similarity,
        estimator=estimator,
        other_references_for=other_references_for,
    )


def base_model_provider(name: str | None = None) -> LocalProvider:
    """The base model alone (zero-shot), e.g. as a baseline in a holdout evaluation."""
    path = resolve_base_model(name)
    return LocalProvider(path, None, label=f"base:{path.name}", **_local_options())


def openai_provider() -> OpenAICompatProvider | None:
    """The configured OpenAI-compatible API, or None when OPENAI_BASE_URL/OPENAI_MODEL are unset."""
    if not (settings.OPENAI_BASE_URL and settings.OPENAI_MODEL):
        return None
    return OpenAICompatProvider(settings.OPENAI_BASE_URL, settings.OPENAI_API_KEY, settings.OPENAI_MODEL)
