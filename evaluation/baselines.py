"""The cheap baselines a model must beat, each fitted on the train split's graded answers:

- global mean: each section's mean score (as a share of its maximum) over every answer;
- per-question mean: the same over the answers to the same question (global mean when the
  question has none);
- nearest answers: the similarity-weighted mean score of the k most similar graded answers
  to the same question (``llm.providers.retrieval.NearestMeanScorer``; k as many as the
  run's export shows a hinted model, else ``NEIGHBOURS``);
- similarity regression: a linear regression of the score share on two features, the
  answer's similarity to the reference answer (to the question's best graded answer when
  there is no reference) and the question's mean score share (leaving the answer itself
  out when fitting);
- hints' estimate: the estimate that ends a hinted prompt (``llm.providers.hints``), a linear
  model on the reference similarity, the question's mean and the nearest answers' scores,
  given here without any language model, so a report shows what the model adds to it (for a
  question nobody has graded, its fit on the reference similarity alone);
- copied comment: the score and the comment of the most similar graded answer of the same
  question (of any question when the question has none);
- comment for the label: the similarity regression's score, and the most common instructor
  comment among the graded answers of the same question (else of any) with the label that
  score implies (full, partial or no credit).

Baselines marked ``per_question`` need graded answers of the same question: for a question
with none the run records them as not applicable instead of feeding them nothing.

Scores are predicted as shares of a section's maximum, so questions with different maxima
pool together.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter, defaultdict
from dataclasses import replace

import numpy as np

from llm.prompts import GradingTask
from llm.providers.hints import ScoreEstimator, hint_graded, with_hints
from llm.providers.retrieval import GradedExample, NearestMeanScorer, nearest
from llm.providers.similarity import Similarity
from llm.rubric import implied_label

from .holdout import HoldoutItem, question_group, reference_answers

NEIGHBOURS = 5  # answers the nearest-answers baselines weigh, unless an export's hints show a model another number


class BaselineError(ValueError):
    """A baseline cannot be fitted (no graded examples)."""


def _share(item: HoldoutItem, section: dict) -> float:
    return item.scores[section["name"]]["score"] / section["max_score"]


def _points(task: GradingTask, shares: dict[str, float]) -> dict[str, float]:
    return {s["name"]: round(min(max(shares[s["name"]], 0.0), 1.0) * s["max_score"], 2) for s in task.rubric}


class Baseline(ABC):
    key: str
    label: str
    per_question = False  # needs graded answers of the task's own question

    @abstractmethod
    def fit(self, pool: list[HoldoutItem]) -> Baseline:
        """Learn from graded answers; raises BaselineError when there are none."""

    @abstractmethod
    def predict(self, task: GradingTask) -> dict[str, float]:
        """Points per section of the task's rubric."""

    def comments(self, task: GradingTask, points: dict[str, float]) -> dict[str, str]:
        """A comment per section for these points (none by default)."""
        return {}


class GlobalMean(Baseline):
    key, label = "global_mean", "Global mean"

    def fit(self, pool):
        if not pool:
            raise BaselineError("The baselines need graded training examples; the train split is empty.")
        by_section = defaultdict(list)
        for item in pool:
            for section in item.task.rubric:
                by_section[section["name"]].append(_share(item, section))
        self.overall = float(np.mean([share for shares in by_section.values() for share in shares]))
        self.by_section = {name: float(np.mean(shares)) for name, shares in by_section.items()}
        return self

    def share(self, section_name: str) -> float:
        return self.by_section.get(section_name, self.overall)

    def predict(self, task):
        return _points(task, {s["name"]: self.share(s["name"]) for s in task.rubric})


class QuestionMean(Baseline):
    key, label = "question_mean", "Per-question mean"
    per_question = True

    def fit(self, pool):
        self.fallback = GlobalMean().fit(pool)
        self.sums, self.counts = defaultdict(float), defaultdict(int)
        for item in pool:
            for section in item.task.rubric:
                self.sums[item.group, section["name"]] += _share(item, section)
                self.counts[item.group, section["name"]] += 1
        return self

    def share(self, group: str, section_name: str, leave_out: float | None = None) -> float:
        """The question's mean share; ``leave_out``: one of its own answers to exclude."""
        total, count = self.sums.get((group, section_name), 0.0), self.counts.get((group, section_name), 0)
        if leave_out is not None:
            total, count = total - leave_out, count - 1
        return total / count if count > 0 else self.fallback.share(section_name)

    def predict(self, task):
        group = question_group(task)
        return _points(task, {s["name"]: self.share(group, s["name"]) for s in task.rubric})


class NearestMean(Baseline):
    key, label = "knn", "Nearest answers (similarity-weighted)"
    per_question = True

    def __init__(self, similarity: Similarity, k: int = NEIGHBOURS):
        self.similarity, self.k = similarity, k

    def fit(self, pool):
        self.fallback = QuestionMean().fit(pool)
        self.examples = defaultdict(list)
        for item in pool:
            self.examples[item.group].append(GradedExample(item.task.answer, item.scores))
        _embed_all(self.similarity, [item.task.answer for item in pool])
        self.scorer = NearestMeanScorer(
            lambda task: self.examples.get(question_group(task), []), k=self.k, similarity=self.similarity
        )
        return self

    def predict(self, task):
        found = self.scorer.score(task)
        if found is None:
            return self.fallback.predict(task)
        scores, _ = found
        return {name: section["score"] for name, section in scores.items()}


class SimilarityRegression(Baseline):
    key, label = "similarity_regression", "Similarity + question mean regression"

    def __init__(self, similarity: Similarity):
        self.similarity = similarity

    def fit(self, pool):
        from sklearn.linear_model import LinearRegression

        self.means = QuestionMean().fit(pool)
        self.best_answer = {}
        for item in sorted(pool, key=lambda item: item.total / item.max_total):
            self.best_answer[item.group] = item.task.answer
        _embed_all(self.similarity, [t for item in pool for t in (item.task.answer, item.task.reference_answer) if t])
        features, targets = [], []
        for item in pool:
            for section in item.task.rubric:
                share = _share(item, section)
                features.append(self._features(item.task, item.group, section["name"], leave_out=share))
                targets.append(share)
        self.model = LinearRegression().fit(np.array(features), np.array(targets))
        return self

    def _features(self, task: GradingTask, group: str, section_name: str, leave_out=None) -> list[float]:
        anchor = task.reference_answer.strip() or self.best_answer.get(group, "")
        similarity = float(self.similarity.scores(anchor, [task.answer])[0]) if anchor else 0.0
        return [similarity, self.means.share(group, section_name, leave_out)]

    def predict(self, task):
        group = question_group(task)
        rows = np.array([self._features(task, group, s["name"]) for s in task.rubric])
        return _points(task, dict(zip([s["name"] for s in task.rubric], self.model.predict(rows).tolist())))


class HintEstimate(NearestMean):
    """``unseen_margin``: the export's (``unseen_margin_for``), so that an answer to a question nobody
    graded gets the verdict a model trained on that export is told; the pool of a run has no made-up
    answers to choose one by."""

    key, label = "hint_estimate", "Grading hints' estimate (no model)"
    per_question = False  # a question nobody graded still has its reference similarity

    def __init__(self, similarity: Similarity, k: int = NEIGHBOURS, unseen_margin: float | None = None):
        super().__init__(similarity, k)
        self.unseen_margin = unseen_margin

    def fit(self, pool):
        super().fit(pool)
        _embed_all(self.similarity, [item.task.reference_answer for item in pool if item.task.reference_answer])
        _, self.estimator = hint_graded(
            [item.task for item in pool],
            [item.scores for item in pool],
            [item.group for item in pool],
            [True] * len(pool),
            self.k,
            self.similarity,
        )
        if self.estimator and self.unseen_margin is not None:
            self.estimator = replace(self.estimator, unseen_margin=self.unseen_margin)
        self.references = reference_answers(pool)
        return self

    def predict(self, task):
        estimates = {}
        if self.estimator:
            examples = self.examples.get(question_group(task), [])
            estimates = with_hints(task, examples, self.k, self.similarity, self.estimator, self.references).estimates
        fallback = self.fallback.predict(task)
        return {s["name"]: estimates.get(s["name"], fallback[s["name"]]) for s in task.rubric}


class CopiedComment(Baseline):
    key, label = "nearest_comment", "Copied comment of the most similar graded answer"

    def __init__(self, similarity: Similarity):
        self.similarity = similarity

    def fit(self, pool):
        if not pool:
            raise BaselineError("The baselines need graded training examples; the train split is empty.")
        self.examples = defaultdict(list)
        for item in pool:
            self.examples[item.group].append(GradedExample(item.task.answer, item.scores))
        self.everything = [example for examples in self.examples.values() for example in examples]
        _embed_all(self.similarity, [item.task.answer for item in pool])
        return self

    def _nearest(self, task: GradingTask) -> GradedExample:
        candidates = self.examples.get(question_group(task)) or self.everything
        return nearest(task.answer, candidates, 1, self.similarity)[0][0]

    def predict(self, task):
        scores = self._nearest(task).scores
        return {
            s["name"]: scores[s["name"]]["score"] / scores[s["name"]]["max_score"] * s["max_score"]
            if s["name"] in scores
            else 0.0
            for s in task.rubric
        }

    def comments(self, task, points):
        scores = self._nearest(task).scores
        return {name: section.get("comment", "") for name, section in scores.items()}


class LabelComment(SimilarityRegression):
    key, label = "label_comment", "Most common comment for the predicted label"

    def fit(self, pool):
        super().fit(pool)
        self.counts = defaultdict(Counter)
        for item in pool:
            for section in item.task.rubric:
                given = item.scores[section["name"]]
                if given.get("comment"):
                    label = implied_label(given["score"], section["max_score"])
                    self.counts[item.group, section["name"], label][given["comment"]] += 1
                    self.counts[None, section["name"], label][given["comment"]] += 1
        return self

    def comments(self, task, points):
        group, out = question_group(task), {}
        for section in task.rubric:
            label = implied_label(points[section["name"]], section["max_score"])
            found = self.counts.get((group, section["name"], label)) or self.counts.get((None, section["name"], label))
            out[section["name"]] = found.most_common(1)[0][0] if found else ""
        return out


def _embed_all(similarity: Similarity, texts: list[str]) -> None:
    """Embed many texts in batches up front (MiniLM caches them) rather than two at a time."""
    if texts and hasattr(similarity, "embed"):
        similarity.embed(list(dict.fromkeys(texts)))


BASELINES = {
    cls.key: cls
    for cls in (GlobalMean, QuestionMean, NearestMean, SimilarityRegression, HintEstimate, CopiedComment, LabelComment)
}
BASELINE_KEYS = tuple(BASELINES)


def make_baseline(
    key: str, similarity: Similarity, neighbours: int = NEIGHBOURS, unseen_margin: float | None = None
) -> Baseline:
    cls = BASELINES[key]
    if cls is HintEstimate:
        return cls(similarity, k=neighbours, unseen_margin=unseen_margin)
    if cls is NearestMean:
        return cls(similarity, k=neighbours)
    return cls(similarity) if cls in (SimilarityRegression, LabelComment, CopiedComment) else cls()


def neighbours_for(export) -> int:
    """How many similar answers the nearest-answers baselines weigh in a run over ``export``: as
    many as its grading hints show a model (so ``hint_estimate`` is what that model is told)."""
    return export.hint_neighbours if export is not None and export.hint_neighbours else NEIGHBOURS


def unseen_margin_for(export) -> float | None:
    """The ``unseen_margin`` of ``export``'s score estimator (its manifest), None where it has none."""
    estimator = ((export.manifest or {}).get("hints") or {}).get("estimator") if export is not None else None
    return ScoreEstimator.from_dict(estimator).unseen_margin if estimator else None
