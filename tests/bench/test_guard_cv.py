"""bench/guard_cv.py's guard: the product's rule, and the reference-only rule it tries for questions
with no graded answer (--unseen)."""

import sys
from pathlib import Path

from llm.prompts import GradingTask

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from guard_cv import guarded  # noqa: E402

RUBRIC = [{"name": "Score", "max_score": 5}]


def task(**similarities) -> GradingTask:
    answer = "A queue adds items at the back and pops them off the top."
    return GradingTask(
        RUBRIC, "What does a queue do?", answer, "It adds at the back and removes at the front.", **similarities
    )


def test_with_no_graded_answer_only_the_ungraded_margin_can_call_it_an_answer_to_another_question():
    ungraded = task(reference_similarity=0.2, other_reference_similarity=0.5)
    assert not guarded(ungraded, 2, 0.2)  # the product: no verdict without graded answers
    assert guarded(ungraded, 2, 0.2, ungraded_margin=0.25)
    assert not guarded(ungraded, 2, 0.2, ungraded_margin=0.40)


def test_with_graded_answers_the_ungraded_margin_plays_no_part():
    graded = task(
        reference_similarity=0.2,
        other_reference_similarity=0.5,
        neighbours=((0.45, {"Score": {"score": 4}}), (0.45, {"Score": {"score": 5}})),
    )
    assert not guarded(graded, 2, 0.2, ungraded_margin=0.15)  # its own answers are as alike (0.45) as the other
    assert guarded(graded, 2, 0.05, ungraded_margin=None)
