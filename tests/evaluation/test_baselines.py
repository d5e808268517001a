"""The hints' estimate as a baseline: what a hinted model is told, without the model."""

from evaluation.baselines import HintEstimate, QuestionMean, unseen_margin_for
from evaluation.holdout import HoldoutItem
from exports.models import Export
from llm.prompts import GradingTask
from llm.providers.hints import ESTIMATE_FEATURES
from llm.providers.similarity import TfidfSimilarity

RUBRIC = [{"name": "Score", "max_score": 5, "criteria": []}]
RIGHT = [
    "a stack is last in first out with push and pop",
    "push and pop, last in first out",
    "last in first out: push then pop",
    "you push and pop, last in first out",
    "a pile, last in first out, push pop",
    "stack: push, pop, last in first out",
    "push on top and pop from top, last in first out",
    "last in first out with push pop operations",
    "it is last in first out and has push and pop",
    "push pop and last in first out order",
    "a last in first out list with push and pop",
    "last in first out, push to add and pop to remove",
]
WRONG = [
    "a queue is first in first out",
    "first in first out like a line",
    "enqueue and dequeue, first in first out",
    "a line of people, first in first out",
    "first come first served queue",
    "queue with first in first out order",
    "it is first in first out",
    "first in first out like a queue at a shop",
    "a fifo queue, first in first out",
    "items leave first in first out",
    "first in first out, enqueue then dequeue",
    "a queue: first in first out",
]


def _item(answer, score):
    task = GradingTask(rubric=RUBRIC, question="What is a stack?", answer=answer, reference_answer="last in first out")
    return HoldoutItem(task, {"Score": {"score": score}}, score)


def _task(answer):
    return _item(answer, 0).task


def test_the_hints_estimate_follows_the_scores_of_answers_like_the_one_graded():
    baseline = HintEstimate(TfidfSimilarity()).fit([_item(a, 5) for a in RIGHT] + [_item(a, 1) for a in WRONG])
    assert baseline.estimator is not None
    assert baseline.predict(_task("push and pop: last in first out"))["Score"] >= 4.5
    assert baseline.predict(_task("a queue, first in first out"))["Score"] <= 1.5


def test_with_too_few_graded_answers_to_fit_it_falls_back_to_the_question_mean():
    pool = [_item(a, 5) for a in RIGHT[:3]] + [_item(a, 1) for a in WRONG[:3]]
    baseline = HintEstimate(TfidfSimilarity()).fit(pool)
    assert baseline.estimator is None
    assert (
        baseline.predict(_task("push and pop"))
        == QuestionMean().fit(pool).predict(_task("push and pop"))
        == {"Score": 3}
    )


def test_the_hints_estimate_gives_0_to_an_answer_to_another_question_of_the_pool():
    queue = [
        HoldoutItem(
            GradingTask(
                rubric=RUBRIC, question="What is a queue?", answer=answer, reference_answer="enqueue at the back"
            ),
            {"Score": {"score": 5}},
            5,
        )
        for answer in ("enqueue at the back", "you enqueue at the back", "enqueue items at the back of it") * 3
    ]
    baseline = HintEstimate(TfidfSimilarity()).fit([_item(a, 5) for a in RIGHT] + queue)
    assert baseline.estimator is not None
    assert baseline.predict(_task("push and pop: last in first out"))["Score"] >= 4.5
    assert baseline.predict(_task("enqueue them at the back"))["Score"] == 0  # the queue's answer, given for the stack
    baseline.references = []  # no other question to tell it by
    assert baseline.predict(_task("enqueue them at the back"))["Score"] > 0


def _queue_items():
    return [
        HoldoutItem(
            GradingTask(
                rubric=RUBRIC, question="What is a queue?", answer=answer, reference_answer="enqueue at the back"
            ),
            {"Score": {"score": 5}},
            5,
        )
        for answer in ("enqueue at the back", "you enqueue at the back", "enqueue items at the back of it") * 3
    ]


def test_with_the_exports_margin_an_answer_to_another_question_of_a_question_nobody_graded_gets_0():
    pool = [_item(a, 5) for a in RIGHT] + _queue_items()
    ungraded = GradingTask(
        rubric=RUBRIC, question="What is a heap?", answer="enqueue them at the back", reference_answer="a sorted tree"
    )
    assert HintEstimate(TfidfSimilarity()).fit(pool).predict(ungraded)["Score"] > 0
    assert HintEstimate(TfidfSimilarity(), unseen_margin=0.15).fit(pool).predict(ungraded)["Score"] == 0


def test_the_margin_is_read_from_the_exports_manifest_and_is_none_where_it_has_none():
    estimator = {"features": list(ESTIMATE_FEATURES), "weights": [0.0] * 5, "intercept": 0.5, "unseen_margin": 0.2}
    assert unseen_margin_for(Export(manifest={"hints": {"estimator": estimator}})) == 0.2
    assert unseen_margin_for(Export(manifest={"hints": {}})) is None
    assert unseen_margin_for(Export(manifest={})) is None
    assert unseen_margin_for(None) is None
