"""What an evaluation run compares: model providers (graded through ``llm.grading`` exactly as
suggestions are, one retry included) and the cheap baselines, behind one interface.

A run names its providers as specs: ``{"kind": "base"}`` (the base model zero-shot),
``{"kind": "retrieval"}`` (the base model with the most similar graded answers of the same
question as few-shot examples; ``"version": id`` puts a model version inside instead),
``{"kind": "version", "version": id}``, ``{"kind": "openai"}`` (OPENAI_BASE_URL/OPENAI_MODEL),
and the baselines ``global_mean``, ``question_mean``, ``knn``, ``similarity_regression``,
``hint_estimate``, ``nearest_comment``, ``label_comment``.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError

from exports import services as exports
from exports.models import Export
from grading import providers as model_providers
from llm.grading import grade_many
from llm.guardrails import ReplyError, extract_json
from llm.providers.base import Provider, Reply, innermost
from llm.providers.retrieval import ExamplePool, GradedExample, RetrievalProvider
from llm.providers.similarity import Similarity
from llm.rubric import check_scores, snap
from training.base_models import BaseModelError, resolve_base_model
from training.models import ModelVersion
from training.versions import active_version

from .baselines import BASELINE_KEYS, BASELINES, NEIGHBOURS, Baseline, BaselineError, make_baseline
from .holdout import HoldoutItem, question_group, read_jsonl, reference_answers

MODEL_KINDS = ("base", "retrieval", "version", "openai")
KINDS = (*MODEL_KINDS, *BASELINE_KEYS)
RETRIEVAL_EXAMPLES = 4
REPLY_KEPT = 2000
RETRIES = 1  # as grading does: one retry with the problem stated


@dataclass(frozen=True)
class Prediction:
    scores: dict | None  # canonical, or None when the output was unusable
    total: float | None
    latency_ms: float | None
    out_of_bounds: bool = False
    reply: str = ""
    error: str = ""
    not_applicable: bool = False

    @property
    def valid(self) -> bool:
        return self.scores is not None


NOT_APPLICABLE = Prediction(
    None, None, None, error="not applicable: no graded answer of this question in the examples", not_applicable=True
)


def normalize_specs(specs) -> list[dict]:
    """Checked, canonical provider specs; raises ValidationError saying what is wrong."""
    if not isinstance(specs, list) or not specs:
        raise ValidationError("Choose at least one provider.")
    normalized, errors = [], []
    for spec in specs:
        spec = {"kind": spec} if isinstance(spec, str) else spec
        kind = spec.get("kind") if isinstance(spec, dict) else None
        if kind not in KINDS:
            errors.append(f"Unknown provider {kind!r}; choose among {', '.join(KINDS)}.")
            continue
        clean = {"kind": kind}
        if kind == "version" or (kind == "retrieval" and spec.get("version") is not None):
            version = spec.get("version")
            exists = (
                isinstance(version, int)
                and not isinstance(version, bool)
                and ModelVersion.objects.filter(pk=version).exists()
            )
            if not exists:
                errors.append(f"Provider {kind}: model version {version!r} does not exist.")
                continue
            clean["version"] = version
        errors += _availability_problems(clean)
        if spec_key(clean) not in [spec_key(s) for s in normalized]:
            normalized.append(clean)
    if errors:
        raise ValidationError(errors)
    return normalized


def _availability_problems(spec: dict) -> list[str]:
    if spec["kind"] == "openai" and model_providers.openai_provider() is None:
        return ["Provider openai: set OPENAI_BASE_URL and OPENAI_MODEL first."]
    if spec["kind"] in ("base", "retrieval") and "version" not in spec:
        try:
            resolve_base_model(None)
        except BaseModelError as error:
            return [f"Provider {spec['kind']}: {error}"]
    return []


def spec_key(spec: dict) -> str:
    """ "knn", "version:3", "retrieval:version:3": how results and predictions name a provider."""
    if spec["kind"] == "version":
        return f"version:{spec['version']}"
    return f"{spec['kind']}:version:{spec['version']}" if "version" in spec else spec["kind"]


def needs_examples(specs: list[dict]) -> bool:
    return any(spec["kind"] in (*BASELINE_KEYS, "retrieval") for spec in specs)


def spec_label(spec: dict) -> str:
    kind = spec["kind"]
    if kind in BASELINE_KEYS:
        return BASELINES[kind].label
    version = ModelVersion.objects.filter(pk=spec.get("version")).first() if "version" in spec else None
    if kind == "version":
        return f"{version.label if version else 'deleted version'} (fine-tuned)"
    if kind == "retrieval":
        inner = version.label if version else "base model"
        return f"Retrieval few-shot, {RETRIEVAL_EXAMPLES} examples ({inner})"
    if kind == "openai":
        return f"{settings.OPENAI_MODEL} (OpenAI-compatible)"
    return f"{settings.BASE_MODEL} zero-shot"


class BaselineGrader:
    def __init__(self, baseline: Baseline):
        self.baseline = baseline
        self.per_question = baseline.per_question

    def predict(self, items: list[HoldoutItem]) -> list[Prediction]:
        predictions = []
        for item in items:
            started = time.perf_counter()
            points = self.baseline.predict(item.task)
            on_grid = {s["name"]: snap(points[s["name"]], s) for s in item.task.rubric}  # a score a grader could give
            comments = self.baseline.comments(item.task, on_grid)
            scores, total = check_scores(
                item.task.rubric,
                {name: {"score": score, "comment": comments.get(name, "")} for name, score in on_grid.items()},
            )
            predictions.append(Prediction(scores, total, round((time.perf_counter() - started) * 1000, 2)))
        return predictions

    def release(self) -> None:
        pass


class ModelGrader:
    """A provider graded through ``llm.grading.grade_many``; every reply is recorded, so that
    latency covers failed answers too and a first reply out of the rubric's bounds is seen."""

    def __init__(self, provider: Provider, keep_loaded: bool = False, per_question: bool = False):
        self.provider = provider
        self.keep_loaded = keep_loaded
        self.per_question = per_question  # retrieval few-shot: its examples are the question's graded answers

    def predict(self, items: list[HoldoutItem]) -> list[Prediction]:
        recording = _Recording(self.provider)
        outcomes = grade_many([item.task for item in items], [recording], RETRIES)
        predictions = []
        for index, (item, outcome) in enumerate(zip(items, outcomes)):
            replies = recording.replies[index]
            first = replies[0].text if replies else ""
            latency = sum(reply.latency_ms for reply in replies) if replies else outcome.latency_ms or None
            predictions.append(
                Prediction(
                    scores=outcome.scores,
                    total=outcome.total,
                    latency_ms=latency,
                    out_of_bounds=out_of_bounds(item.task.rubric, first),
                    reply=first[:REPLY_KEPT],
                    error="" if outcome.ok else outcome.reason[:REPLY_KEPT],
                )
            )
        return predictions

    def release(self) -> None:
        """Drop a local model loaded for the run, unless grading uses it (the active version)."""
        model = innermost(self.provider)
        if hasattr(model, "release") and not self.keep_loaded:
            model.release()


class _Recording(Provider):
    """Passes everything to the wrapped provider and files each reply under its task.

    grade_many asks for each task's prompt once, in task order, and a retry extends that same
    conversation (its first message is the same object), which is how a reply finds its task."""

    def __init__(self, inner: Provider):
        self.inner, self.name, self.label = inner, inner.name, inner.label
        self.replies: dict[int, list[Reply]] = defaultdict(list)
        self._task_of: dict[int, int] = {}
        self._prompts: list[list[dict]] = []  # kept alive, so object ids stay unique

    def prompt(self, task):
        messages = self.inner.prompt(task)
        self._task_of[id(messages[0])] = len(self._prompts)
        self._prompts.append(messages)
        return messages

    def complete(self, conversations, rubrics=None):
        replies = self.inner.complete(conversations, rubrics)
        for conversation, reply in zip(conversations, replies):
            task = self._task_of.get(id(conversation[0]))
            if task is not None:
                self.replies[task].append(reply)
        return replies


def out_of_bounds(rubric: list[dict], text: str) -> bool:
    """Does the reply give some section a score below 0 or above its maximum?"""
    try:
        data = extract_json(text)
    except ReplyError:
        return False
    sections = {section["name"].strip().lower(): section for section in rubric}
    for key, value in data.items():
        section = sections.get(str(key).strip().lower())
        score = value.get("score") if isinstance(value, dict) else value
        if section and isinstance(score, (int, float)) and not isinstance(score, bool):
            if score < 0 or score > section["max_score"]:
                return True
    return False


def train_pool(export: Export | None) -> list[HoldoutItem]:
    """The graded answers of an export's train split: examples for baselines, retrieval and hints."""
    if export is None:
        return []
    return read_jsonl(exports.export_dir(export) / "train.jsonl")


def examples_by_question(pool: list[HoldoutItem]) -> ExamplePool:
    """Looks up the graded answers of a task's question (same rubric, question and reference)."""
    examples = defaultdict(list)
    for item in pool:
        examples[item.group].append(GradedExample(item.task.answer, item.scores))
    return lambda task: examples.get(question_group(task), [])


def build_grader(
    spec: dict,
    pool: list[HoldoutItem],
    similarity_: Similarity,
    neighbours: int = NEIGHBOURS,
    held_out: frozenset = frozenset(),
    unseen_margin: float | None = None,
):
    """A grader for one spec; ``pool``: the train split's graded answers (baselines, retrieval);
    ``neighbours``: how many of them the nearest-answers baselines weigh; ``held_out``: the
    groups (questions) a hinted model must not get hints from either; ``unseen_margin``: the
    export's, for the hints' estimate."""
    kind = spec["kind"]
    if kind in BASELINE_KEYS:
        return BaselineGrader(make_baseline(kind, similarity_, neighbours, unseen_margin).fit(pool))
    active = active_version()
    version = ModelVersion.objects.get(pk=spec["version"]) if "version" in spec else None
    if kind == "openai":
        provider = model_providers.openai_provider()
        if provider is None:
            raise BaselineError("OPENAI_BASE_URL and OPENAI_MODEL are not set any more.")
        return ModelGrader(provider)
    if version is None:
        inner = model_providers.base_model_provider()
    else:  # grading hints, where the version was trained with them, come from its own training data (read once)
        trained = cache(lambda: train_pool(version.export))
        hint_pool = cache(lambda: examples_by_question([item for item in trained() if item.group not in held_out]))
        references = cache(lambda: reference_answers(trained()))
        inner = model_providers.grading_provider(version, lambda task: hint_pool()(task), lambda task: references())
    keep = version is not None and active is not None and version.pk == active.pk
    if kind != "retrieval":
        return ModelGrader(inner, keep_loaded=keep)
    if not pool:
        raise BaselineError("Retrieval few-shot needs graded training examples; the train split is empty.")
    provider = RetrievalProvider(inner, examples_by_question(pool), k=RETRIEVAL_EXAMPLES, similarity=similarity_)
    return ModelGrader(provider, keep_loaded=keep, per_question=True)
