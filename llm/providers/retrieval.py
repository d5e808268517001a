"""Retrieval few-shot: the most similar already graded answers of the same assignment go
into the prompt as examples, then a wrapped provider (local or OpenAI) grades.

Also the cheap baseline that needs no language model at all: each section's score is the
similarity-weighted mean of the k nearest graded answers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from llm.prompts import GradingTask
from llm.providers.base import Provider, Reply
from llm.providers.similarity import Similarity, default_similarity
from llm.rubric import check_scores, snap


@dataclass(frozen=True)
class GradedExample:
    """A graded answer: its text and its canonical scores (as ``llm.rubric.check_scores`` gives)."""

    answer: str
    scores: dict


ExamplePool = Callable[[GradingTask], Sequence[GradedExample]]


def nearest(
    answer: str, pool: Sequence[GradedExample], k: int, similarity: Similarity
) -> list[tuple[GradedExample, float]]:
    """The ``k`` examples most similar to ``answer``, most similar first (ties keep pool order)."""
    if not pool or k <= 0:
        return []
    scores = similarity.scores(answer, [example.answer for example in pool])
    order = np.argsort(-scores, kind="stable")[:k]
    return [(pool[i], float(scores[i])) for i in order]


def weighted_mean(values: Sequence[float], similarities: Sequence[float]) -> float:
    """The mean of ``values`` weighted by their similarities (negative ones count as nothing)."""
    weights = np.clip(np.asarray(similarities, dtype=float), 0.0, None) + 1e-6
    return float(np.asarray(values, dtype=float) @ weights / weights.sum())


class RetrievalProvider(Provider):
    def __init__(self, inner: Provider, examples_for: ExamplePool, *, k: int = 4, similarity: Similarity | None = None):
        self.inner = inner
        self.examples_for = examples_for
        self.k = k
        self.similarity = similarity or default_similarity()
        self.name = f"retrieval+{inner.name}"
        self.label = inner.label

    def prompt(self, task: GradingTask) -> list[dict]:
        found = nearest(task.answer, self.examples_for(task), self.k, self.similarity)
        # Least similar first, so the closest example sits right before the answer.
        examples = tuple((example.answer, example.scores) for example, _ in reversed(found))
        return self.inner.prompt(replace(task, examples=examples))

    def complete(self, conversations: list[list[dict]], rubrics: list[list[dict]] | None = None) -> list[Reply]:
        return self.inner.complete(conversations, rubrics)


class NearestMeanScorer:
    """Baseline: per section, the similarity-weighted mean score of the k nearest graded answers."""

    def __init__(self, examples_for: ExamplePool, *, k: int = 5, similarity: Similarity | None = None):
        self.examples_for = examples_for
        self.k = k
        self.similarity = similarity or default_similarity()

    def score(self, task: GradingTask) -> tuple[dict, float | int] | None:
        """Canonical scores and total for the task, or None when nothing is graded yet."""
        found = nearest(task.answer, self.examples_for(task), self.k, self.similarity)
        if not found:
            return None
        similarities = [similarity for _, similarity in found]
        scores = {}
        for section in task.rubric:
            mean = weighted_mean([example.scores[section["name"]]["score"] for example, _ in found], similarities)
            scores[section["name"]] = {"score": snap(round(mean, 2), section)}
        return check_scores(task.rubric, scores)
