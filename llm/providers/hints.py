"""Grading hints: before a model trained with them grades, its prompt gets the answer's
similarity to the reference answer, the question's mean score, and the similarities and
scores of the k most similar graded answers of the same question with their weighted mean
(``llm.prompts.hints_text`` writes them).

The export computes the same hints for every training example (leaving the example itself
out of its pool), so the model learns to weigh them; at grading time ``HintedProvider`` adds
them from the graded answers the caller supplies.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import numpy as np

from llm.prompts import GradingTask
from llm.providers.base import Provider, Reply
from llm.providers.retrieval import ExamplePool, GradedExample, nearest, weighted_mean
from llm.providers.similarity import Similarity


def with_hints(task: GradingTask, pool: Sequence[GradedExample], k: int, similarity: Similarity) -> GradingTask:
    """The task with its hints filled in from ``pool`` (graded answers of the same question)."""
    reference = None
    if task.reference_answer.strip():
        reference = round(float(similarity.scores(task.answer, [task.reference_answer])[0]), 2)
    names = [section["name"] for section in task.rubric]  # rubric order: stored grades may come back key-sorted
    found = nearest(task.answer, pool, k, similarity)
    neighbours = tuple(
        (round(score, 2), {name: example.scores[name]["score"] for name in names if name in example.scores})
        for example, score in found
    )
    question_means, neighbour_means = {}, {}
    for name in names:
        scores = [example.scores[name]["score"] for example in pool if name in example.scores]
        if scores:
            question_means[name] = round(float(np.mean(scores)), 2)
        scored = [(example.scores[name]["score"], score) for example, score in found if name in example.scores]
        if scored:
            neighbour_means[name] = round(weighted_mean(*zip(*scored)), 2)
    return replace(task, reference_similarity=reference, neighbours=neighbours,
                   question_means=question_means, neighbour_means=neighbour_means)


class HintedProvider(Provider):
    """A provider whose prompts carry grading hints, for a model version trained with them."""

    def __init__(self, inner: Provider, examples_for: ExamplePool, *, k: int, similarity: Similarity):
        self.inner = inner
        self.examples_for = examples_for
        self.k = k
        self.similarity = similarity
        self.name = inner.name
        self.label = inner.label

    def prompt(self, task: GradingTask) -> list[dict]:
        return self.inner.prompt(with_hints(task, self.examples_for(task), self.k, self.similarity))

    def complete(self, conversations: list[list[dict]], rubrics: list[list[dict]] | None = None) -> list[Reply]:
        return self.inner.complete(conversations, rubrics)
