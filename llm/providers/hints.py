"""Grading hints: before a model trained with them grades, its prompt gets the answer's
similarity to the reference answer, the question's mean score, and the similarities and
scores of the k most similar graded answers of the same question with their weighted mean
(``llm.prompts.hints_text`` writes them), and an estimate that combines those numbers.

The export computes the same hints for every training example (leaving the example itself
out of its pool), so the model learns to weigh them; at grading time ``HintedProvider`` adds
them from the graded answers the caller supplies.

The estimate is a linear model on the hint numbers, fitted by the export on its train
examples (``ScoreEstimator``) and kept in its manifest, so grading computes it the same way.
A 135 M model copies a number from its prompt far more reliably than it weighs five of them.

A question nobody has graded yet has no mean and no neighbours: its hints are the reference
similarity alone, and its estimate comes from a second fit on that one number (``unseen``); an
answer to it is taken for an answer to another question by its reference similarities alone
only with a margin the export chose for that (``unseen_margin``, ``llm.unseen_margin``).
An export may thin the hints of a share of its train examples to exactly that
(``unseen_share``), so that a model trained on it has seen such prompts.

The numbers cannot be gamed by overlap alone (``llm.gaming``): they are computed on the answer
without its sentences addressing the grader, and an answer with nothing to grade (near-empty,
the question restated, the reference's words shuffled, off-topic, or far more like another
question's reference answer than like anything of its own: ``nothing_to_grade``) gets an estimate
of 0. The other questions (``other_references``: a course's other assignments; in an export or an
evaluation, the other questions of its pool) are compared, never written in a prompt.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from llm import gaming
from llm.prompts import GradingTask
from llm.providers.base import Provider, Reply
from llm.providers.retrieval import ExamplePool, GradedExample, nearest, weighted_mean
from llm.providers.similarity import Similarity

OtherReferences = Callable[[GradingTask], Sequence[str]]  # the reference answers of a task's other questions
ESTIMATE_FEATURES = ("reference similarity", "question mean", "neighbours' mean", "nearest score", "nearest similarity")
MIN_ESTIMATOR_ROWS = 20  # fewer train sections than this and the fit is noise: no estimate


def estimate_features(task: GradingTask, section: dict) -> list[float] | None:
    """The hint numbers of one section (scores as shares of its maximum, so that sections of
    any size share one fit), or None when the question has no graded answer to go on."""
    name, top = section["name"], float(section["max_score"]) or 1.0
    if name not in task.question_means:
        return None
    question_mean = task.question_means[name] / top
    neighbours_mean = task.neighbour_means.get(name, task.question_means[name]) / top
    nearest_similarity, nearest_scores = task.neighbours[0] if task.neighbours else (0.0, {})
    nearest_score = nearest_scores[name] / top if name in nearest_scores else neighbours_mean
    return [task.reference_similarity or 0.0, question_mean, neighbours_mean, nearest_score, nearest_similarity]


def _least_squares(rows: list[list[float]], targets: list[float]) -> tuple[tuple[float, ...], float]:
    design = np.hstack([np.array(rows), np.ones((len(rows), 1))])
    solution = np.linalg.lstsq(design, np.array(targets), rcond=None)[0]
    return tuple(round(float(w), 6) for w in solution[:-1]), round(float(solution[-1]), 6)


@dataclass(frozen=True)
class ScoreEstimator:
    """Least squares from ``estimate_features`` to a section's share of its maximum; ``unseen``:
    (weight, intercept) on the reference similarity alone, for questions with no graded answer;
    ``unseen_margin``: for those, how far another question's reference answer must lead the
    answer's own for an answer to another question (``llm.gaming.answers_another_question``;
    chosen per export by ``llm.unseen_margin``), None for no such verdict."""

    weights: tuple[float, ...]
    intercept: float
    unseen: tuple[float, float] | None = None
    unseen_margin: float | None = None

    @classmethod
    def fit(cls, tasks: Sequence[GradingTask], scores: Sequence[dict]) -> ScoreEstimator | None:
        """Fit on hinted tasks and their canonical scores; None with too few sections to fit."""
        rows, targets, references = [], [], []
        for task, task_scores in zip(tasks, scores):
            for section in task.rubric:
                features = estimate_features(task, section)
                if features is not None and section["name"] in task_scores:
                    rows.append(features)
                    targets.append(task_scores[section["name"]]["score"] / (float(section["max_score"]) or 1.0))
                    references.append(task.reference_similarity)
        if len(rows) < MIN_ESTIMATOR_ROWS:
            return None
        weights, intercept = _least_squares(rows, targets)
        known = [(reference, target) for reference, target in zip(references, targets) if reference is not None]
        unseen = None
        if len(known) >= MIN_ESTIMATOR_ROWS:
            (weight,), constant = _least_squares([[reference] for reference, _ in known], [t for _, t in known])
            unseen = (weight, constant)
        return cls(weights, intercept, unseen)

    def estimate(self, task: GradingTask) -> dict[str, float]:
        """Per section of a hinted task, the estimated score, within the section's bounds (from
        the reference similarity alone when the question has no graded answer); 0 for an answer
        with nothing to grade (``llm.gaming``), whatever its overlap with the reference."""
        estimates = {}
        for section in task.rubric:
            features = estimate_features(task, section)
            if features is not None:
                share = float(np.dot(self.weights, features)) + self.intercept
            elif self.unseen and task.reference_similarity is not None:
                share = self.unseen[0] * task.reference_similarity + self.unseen[1]
            else:
                continue
            estimates[section["name"]] = round(min(max(share, 0.0), 1.0) * section["max_score"], 2)
        return dict.fromkeys(estimates, 0) if nothing_to_grade(task, self.unseen_margin) else estimates

    def as_dict(self) -> dict:
        data = {"features": list(ESTIMATE_FEATURES), "weights": list(self.weights), "intercept": self.intercept}
        if self.unseen:
            data["unseen"] = {
                "features": [ESTIMATE_FEATURES[0]],
                "weights": [self.unseen[0]],
                "intercept": self.unseen[1],
            }
        data["unseen_margin"] = self.unseen_margin
        return data

    @classmethod
    def from_dict(cls, data: dict) -> ScoreEstimator:
        if list(data.get("features", [])) != list(ESTIMATE_FEATURES):
            raise ValueError(f"an estimator over the features {ESTIMATE_FEATURES}, not {data.get('features')}")
        try:
            weights, intercept = tuple(float(w) for w in data["weights"]), float(data["intercept"])
        except (KeyError, TypeError, ValueError):
            raise ValueError("an estimator with numeric weights and intercept") from None
        if len(weights) != len(ESTIMATE_FEATURES):
            raise ValueError(f"an estimator with {len(ESTIMATE_FEATURES)} weights, not {len(weights)}")
        unseen = data.get("unseen")  # absent from manifests written before it existed
        try:
            unseen = (float(unseen["weights"][0]), float(unseen["intercept"])) if unseen else None
        except (KeyError, IndexError, TypeError, ValueError):
            raise ValueError("an unseen-question estimator with one weight and an intercept") from None
        return cls(weights, intercept, unseen, _unseen_margin(data.get("unseen_margin")))


def _unseen_margin(value) -> float | None:
    """A manifest's ``unseen_margin``: absent (manifests written before it) or null, or a lead in (0, 1]."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not (0 < value <= 1 and math.isfinite(value)):
        raise ValueError(f"an unseen_margin between 0 and 1 (or null), not {value!r}")
    return float(value)


def nothing_to_grade(task: GradingTask, unseen_margin: float | None = None) -> bool:
    """``llm.gaming``'s verdict on a hinted task, from its flags and its similarities: the one rule
    behind the estimate's 0 and the benchmarks' guarded rows. ``unseen_margin``: the estimator's,
    for a question with no graded answer."""
    flags = gaming.check_answer(task.answer, task.question, task.reference_answer)
    nearest = [similarity for similarity, _ in task.neighbours[: gaming.OWN_NEIGHBOURS]]
    own_answers = round(float(np.mean(nearest)), 6) if nearest else None
    return gaming.nothing_to_grade(
        flags, task.reference_similarity, own_answers, task.other_reference_similarity, unseen_margin
    )


def as_ungraded(task: GradingTask) -> GradingTask:
    """The hinted task as hinted for a question nobody has graded: its similarities to the
    reference answers alone."""
    return replace(task, neighbours=(), question_means={}, neighbour_means={})


def with_hints(
    task: GradingTask,
    pool: Sequence[GradedExample],
    k: int,
    similarity: Similarity,
    estimator: ScoreEstimator | None = None,
    other_references: Sequence[str] = (),
) -> GradingTask:
    """The task with its hints filled in from ``pool`` (graded answers of the same question) and
    its similarity to ``other_references`` (the reference answers of the other questions; its own
    is left out), and the estimator's estimate when there is one."""
    own = gaming.without_instructions(task.answer, task.question, task.reference_answer)
    reference = other = None
    if task.reference_answer.strip():
        reference = round(float(similarity.scores(own, [task.reference_answer])[0]), 2)
    others = list(
        dict.fromkeys(r for r in other_references if r.strip() and r.strip() != task.reference_answer.strip())
    )
    if others:
        other = round(float(max(similarity.scores(own, others))), 2)
    names = [section["name"] for section in task.rubric]  # rubric order: stored grades may come back key-sorted
    found = nearest(own, pool, k, similarity)
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
    hinted = replace(
        task,
        reference_similarity=reference,
        neighbours=neighbours,
        question_means=question_means,
        neighbour_means=neighbour_means,
        other_reference_similarity=other,
    )
    return replace(hinted, estimates=estimator.estimate(hinted)) if estimator else hinted


def hint_graded(
    tasks: Sequence[GradingTask],
    scores: Sequence[dict],
    groups: Sequence,
    in_pool: Sequence[bool],
    k: int,
    similarity: Similarity,
    unseen_share: float = 0.0,
    other_references: Mapping | None = None,
) -> tuple[list[GradingTask], ScoreEstimator | None]:
    """Hints for graded answers, as a model trained on them will see them when grading: each
    answer's pool is the pooled answers of its group (its question) but itself, and its other
    references ``other_references[group]`` (by default the reference answers of the tasks' other
    groups). The estimator is fitted on the pooled answers' hints and its estimate added to every
    answer's; returns the hinted tasks and the estimator (None when too few answers are pooled
    to fit one).
    ``unseen_share``: the share of pooled answers (chosen by a hash of the answer, so the same
    data give the same choice) whose hints are thinned to those of a question nobody graded."""
    pools: dict = defaultdict(list)
    for i, (task, task_scores, group, pooled) in enumerate(zip(tasks, scores, groups, in_pool)):
        if pooled:
            pools[group].append((i, GradedExample(task.answer, task_scores)))
    if other_references is None:
        references = defaultdict(set)
        for task, group in zip(tasks, groups):
            references[group].add(task.reference_answer)
        other_references = {
            group: sorted({r for other, texts in references.items() if other != group for r in texts})
            for group in references
        }
    hinted = [
        with_hints(
            task,
            [graded for j, graded in pools[group] if j != i],
            k,
            similarity,
            other_references=other_references.get(group, ()),
        )
        for i, (task, group) in enumerate(zip(tasks, groups))
    ]
    pooled_ones = [i for i, pooled in enumerate(in_pool) if pooled]
    estimator = ScoreEstimator.fit([hinted[i] for i in pooled_ones], [scores[i] for i in pooled_ones])
    thinned = {i for i in pooled_ones if unseen_share > 0 and _hashed_share(tasks[i]) < unseen_share}
    hinted = [as_ungraded(task) if i in thinned else task for i, task in enumerate(hinted)]
    if estimator:
        hinted = [replace(task, estimates=estimator.estimate(task)) for task in hinted]
    return hinted, estimator


def _hashed_share(task: GradingTask) -> float:
    """A number in [0, 1) fixed by the question and the answer."""
    digest = hashlib.sha256(f"{task.question}\x1f{task.answer}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


class HintedProvider(Provider):
    """A provider whose prompts carry grading hints, for a model version trained with them."""

    def __init__(
        self,
        inner: Provider,
        examples_for: ExamplePool,
        *,
        k: int,
        similarity: Similarity,
        estimator: ScoreEstimator | None = None,
        other_references_for: OtherReferences = lambda task: (),
    ):
        """``other_references_for``: the reference answers of the task's other questions (a
        course's other assignments)."""
        self.inner = inner
        self.other_references_for = other_references_for
        self.estimator = estimator
        self.examples_for = examples_for
        self.k = k
        self.similarity = similarity
        self.name = inner.name
        self.label = inner.label

    def prompt(self, task: GradingTask) -> list[dict]:
        hinted = with_hints(
            task, self.examples_for(task), self.k, self.similarity, self.estimator, self.other_references_for(task)
        )
        return self.inner.prompt(hinted)

    def complete(self, conversations: list[list[dict]], rubrics: list[list[dict]] | None = None) -> list[Reply]:
        return self.inner.complete(conversations, rubrics)
