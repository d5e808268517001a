"""bench/guard_cv.py: the guards it tries for questions with graded answers, and with --unseen the
product's choice of a margin for questions with none (``llm.unseen_margin``), on rows hinted as an
export hints them."""

import sys
from pathlib import Path

from llm.prompts import GradingTask
from llm.providers.similarity import TfidfSimilarity
from tests.topics import TOPICS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from guard_cv import guarded, print_unseen, unseen_choice  # noqa: E402
from robustness import Row  # noqa: E402

RUBRIC = [{"name": "Score", "max_score": 5}]


def test_a_guard_weighs_the_answers_own_graded_answers_against_another_reference():
    graded = GradingTask(
        RUBRIC,
        "What does a queue do?",
        "A queue adds items at the back and pops them off the top.",
        "It adds at the back and removes at the front.",
        reference_similarity=0.2,
        other_reference_similarity=0.5,
        neighbours=((0.45, {"Score": {"score": 4}}), (0.45, {"Score": {"score": 5}})),
    )
    assert not guarded(graded, 2, 0.2)  # its own answers are as alike (0.45) as the other reference
    assert guarded(graded, 2, 0.05)


def test_unseen_prints_the_margin_the_product_chooses_on_the_rows(capsys):
    rows = [
        Row(str(n), f"What is topic {n}?", reference, text, score)
        for n, reference in enumerate(TOPICS)
        for text, score in [
            (reference, 5),
            (" ".join(reference.split()[:2]) + " maybe", 3),
            (" ".join(reference.split()[2:]) + " perhaps", 3),
            ("something vague", 2),
        ]
    ]  # four answers a question: a fold's fit needs llm.providers.hints.MIN_ESTIMATOR_ROWS
    choice = unseen_choice(rows, TfidfSimilarity(), 5, folds=4, k=2, seed=7)
    # Answers to other questions share no word with their own: any margin zeroes them, at no cost.
    assert choice.margin == 0.40 and choice.questions == len(TOPICS)
    assert choice.figures[0].other_question > 0.2 and choice.figures[-1].other_question == 0
    print_unseen(choice, 5)
    table = capsys.readouterr().out.splitlines()
    assert table[-2].startswith("    0.40") and table[-2].endswith("(chosen)")
    assert table[-1] == f"the product's choice ({len(TOPICS)} questions): unseen_margin=0.40"
