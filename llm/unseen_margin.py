"""The ``unseen_margin`` of an export's score estimator, chosen on the export's own train split:
for a question nobody has graded yet, by how much another question's reference answer must be
more like an answer than its own reference answer for the answer to be taken for an answer to
that other question (``llm.gaming.answers_another_question``), or None for no such verdict.

How weak a witness the reference answer alone is depends on the course. Where the questions
share one vocabulary (Mohler: one introductory course), real answers are often more like another
question's reference than their own and every margin costs them points; where they do not (SAF),
a margin zeroes answers to other questions at no cost. So each export measures it: folds by
question (seeded), so that no held-out question has a graded answer; the estimate for questions
with no graded answer (``ScoreEstimator.unseen``) fitted on the other folds; per candidate margin,
the held-out real answers' MAE and the mean score given to the made-up answers to another
question (``llm.gamed_answers``; a teacher gives them 0). bench/guard_cv.py --unseen prints the same
figures for a graded CSV.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from llm import gaming
from llm.prompts import GradingTask
from llm.providers.hints import ScoreEstimator, as_ungraded

MARGINS = (None, 0.15, 0.20, 0.25, 0.30, 0.40)  # None first: the baseline, no verdict without graded answers
FOLDS = 4
SEED = 7
MIN_QUESTIONS = 8  # fewer, and a fold holds one or two questions: its figures say more about them than the margin
# How much real answers' MAE (a share of each section's maximum) a margin may cost. Measured by
# bench/guard_cv.py --unseen (MiniLM, 4-fold, seeds 7, 1, 2): on Mohler train the cheapest margin,
# 0.40, costs 0.011 (0.736 -> 0.792 of 5, 3.4 % of real answers with points zeroed against 0.9 %)
# for inflation 1.8 -> 0.6 of 5, and is refused; on SAF train 0.15 lowers MAE (0.229 -> 0.212 of 1)
# and inflation (0.32 -> 0.04). Zeroing real work is the worse error, but the line is close on
# Mohler: 0.012 would take 0.40 there.
MAE_TOLERANCE = 0.01


@dataclass(frozen=True)
class MarginFigures:
    """One candidate margin, on the held-out questions. Scores are shares of each section's maximum."""

    margin: float | None
    real_mae: float  # the estimate's mean absolute error on real answers
    real_zeroed: float  # the share of real answers with points that get 0
    other_question: float  # the mean score given to answers to another question (a teacher gives 0)

    def as_dict(self) -> dict:
        return {
            "margin": self.margin,
            "real_mae": round(self.real_mae, 4),
            "real_zeroed": round(self.real_zeroed, 4),
            "other_question": round(self.other_question, 4),
        }


@dataclass(frozen=True)
class MarginChoice:
    """The margin chosen, how many questions the train split had, and the figures it was chosen by."""

    margin: float | None
    questions: int
    figures: tuple[MarginFigures, ...] = ()  # empty where there was too little to measure

    def as_dict(self) -> dict:
        return {
            "margin": self.margin,
            "questions": self.questions,
            "mae_tolerance": MAE_TOLERANCE,
            "figures": [figures.as_dict() for figures in self.figures],
        }


def choose_unseen_margin(
    tasks: Sequence[GradingTask],
    scores: Sequence[dict],
    groups: Sequence[Hashable],
    other_question: Sequence[bool],
    *,
    folds: int = FOLDS,
    seed: int = SEED,
) -> MarginChoice:
    """Among ``MARGINS``, the one whose real-answer MAE is within ``MAE_TOLERANCE`` of no margin's
    with the lowest mean score for answers to another question (None where none lowers it, with
    fewer than ``MIN_QUESTIONS`` questions, or with nothing to measure).
    ``tasks``: hinted train answers (``hint_graded``), real ones and made-up answers to another
    question (``other_question``), with their canonical ``scores`` and question ``groups``; only
    the real answers with graded answers of their question in their hints fit the estimator."""
    questions = sorted(set(groups), key=str)
    if len(questions) < MIN_QUESTIONS:
        return MarginChoice(None, len(questions))
    random.Random(seed).shuffle(questions)
    fold_of = {question: n % folds for n, question in enumerate(questions)}
    given: dict = defaultdict(lambda: defaultdict(list))  # margin -> real / other -> (given, teacher) shares
    for fold in range(folds):
        fitting = [i for i, group in enumerate(groups) if fold_of[group] != fold and not other_question[i]]
        estimator = ScoreEstimator.fit([tasks[i] for i in fitting], [scores[i] for i in fitting])
        if estimator is None or estimator.unseen is None:
            continue
        for i in (i for i, group in enumerate(groups) if fold_of[group] == fold):
            task, kind = as_ungraded(tasks[i]), "other" if other_question[i] else "real"
            unguarded = estimator.estimate(task)  # the word flags' 0 included: the same for every margin
            for margin in MARGINS:
                zeroed = gaming.answers_another_question(
                    task.reference_similarity, None, task.other_reference_similarity, unseen_margin=margin
                )
                for section in task.rubric:
                    name, top = section["name"], float(section["max_score"]) or 1.0
                    if name in unguarded and name in scores[i]:
                        estimate = 0.0 if zeroed else unguarded[name]
                        given[margin][kind].append((estimate / top, scores[i][name]["score"] / top))
    if not (given[None]["real"] and given[None]["other"]):
        return MarginChoice(None, len(questions))
    figures = tuple(_figures(margin, given[margin]["real"], given[margin]["other"]) for margin in MARGINS)
    within = [f for f in figures if f.real_mae <= figures[0].real_mae + MAE_TOLERANCE]
    # On a tie, no margin, else the widest: the fewest real answers at risk on questions not measured.
    best = min(within, key=lambda f: (f.other_question, f.real_mae, f.margin is not None, -(f.margin or 0)))
    return MarginChoice(best.margin, len(questions), figures)


def _figures(margin: float | None, real: list, other: list) -> MarginFigures:
    real_given, real_teacher = np.array(real).T
    return MarginFigures(
        margin,
        float(np.mean(np.abs(real_given - real_teacher))),
        float(np.mean((real_given == 0) & (real_teacher > 0))),
        float(np.mean([given for given, _ in other])),
    )
