"""The export's choice of how far another question's reference answer must lead an answer's own
for a question nobody has graded: a margin where it zeroes answers to other questions at little
cost to real answers, none where it costs them."""

from dataclasses import replace

import pytest

from llm.prompts import GradingTask
from llm.providers.hints import ScoreEstimator, as_ungraded
from llm.unseen_margin import MARGINS, MIN_QUESTIONS, choose_unseen_margin

RUBRIC = [{"name": "Score", "max_score": 5, "criteria": []}]
SIMILARITIES = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _answer(question: int, reference_similarity: float, other_reference_similarity: float) -> GradingTask:
    """A hinted answer whose question has graded answers (the export's train split)."""
    return GradingTask(
        rubric=RUBRIC,
        question=f"What does structure number {question} do?",
        answer="it pushes items on top",
        reference_answer="push and pop at the top",
        reference_similarity=reference_similarity,
        neighbours=((0.6, {"Score": 3}),),
        question_means={"Score": 3},
        neighbour_means={"Score": 3},
        other_reference_similarity=other_reference_similarity,
    )


def _train(questions: int, real_lead: float, other_lead: float):
    """Per question, real answers scored 5 x their reference similarity (the good ones
    ``real_lead`` more like another question's reference than their own: a course of one
    vocabulary) and an answer to another question, ``other_lead`` more like it, scored 0."""
    tasks, scores, groups, other = [], [], [], []
    for question in range(questions):
        for similarity in SIMILARITIES:
            lead = real_lead if similarity >= 0.6 else -0.2
            tasks.append(_answer(question, similarity, round(similarity + lead, 2)))
            scores.append({"Score": {"score": round(5 * similarity, 2)}})
        tasks.append(_answer(question, 0.4, round(0.4 + other_lead, 2)))
        scores.append({"Score": {"score": 0}})
        groups += [question] * (len(SIMILARITIES) + 1)
        other += [False] * len(SIMILARITIES) + [True]
    return tasks, scores, groups, other


def test_the_narrowest_margin_that_spares_real_answers_is_chosen_and_zeroes_answers_to_other_questions():
    tasks, scores, groups, other = _train(MIN_QUESTIONS, real_lead=0.27, other_lead=0.35)
    choice = choose_unseen_margin(tasks, scores, groups, other)
    figures = {f.margin: f for f in choice.figures}
    assert [f.margin for f in choice.figures] == list(MARGINS)
    assert figures[None].other_question == pytest.approx(0.4, abs=0.01)  # 5 x 0.4 of 5, unguarded
    assert figures[0.25].real_mae > figures[None].real_mae + 0.1  # zeroes the good real answers
    assert figures[0.30].real_mae == figures[None].real_mae and figures[0.30].other_question == 0
    assert figures[0.40].other_question == figures[None].other_question  # lets them through
    assert choice.margin == 0.30 and choice.questions == MIN_QUESTIONS

    real = [task for task, is_other in zip(tasks, other) if not is_other]
    estimator = ScoreEstimator.fit(real, [s for s, is_other in zip(scores, other) if not is_other])
    ungraded_other, ungraded_real = as_ungraded(tasks[len(SIMILARITIES)]), as_ungraded(tasks[0])
    assert estimator.estimate(ungraded_other)["Score"] > 1.5  # no verdict without graded answers
    chosen = replace(estimator, unseen_margin=choice.margin)
    assert chosen.estimate(ungraded_other) == {"Score": 0}
    assert chosen.estimate(ungraded_real) == estimator.estimate(ungraded_real) != {"Score": 0}


def test_where_every_margin_costs_real_answers_none_is_chosen():
    tasks, scores, groups, other = _train(MIN_QUESTIONS + 4, real_lead=0.45, other_lead=0.5)
    choice = choose_unseen_margin(tasks, scores, groups, other)
    assert choice.margin is None
    assert all(f.other_question == 0 and f.real_mae > choice.figures[0].real_mae for f in choice.figures[1:])


def test_with_too_few_questions_or_no_answer_to_another_question_nothing_is_measured():
    tasks, scores, groups, other = _train(MIN_QUESTIONS - 1, real_lead=0.0, other_lead=0.5)
    assert choose_unseen_margin(tasks, scores, groups, other).figures == ()
    tasks, scores, groups, other = _train(MIN_QUESTIONS, real_lead=0.0, other_lead=0.5)
    unmarked = choose_unseen_margin(tasks, scores, groups, [False] * len(tasks))
    assert unmarked.margin is None and unmarked.figures == ()


def test_the_choice_is_written_with_the_figures_it_was_made_by():
    choice = choose_unseen_margin(*_train(MIN_QUESTIONS, real_lead=0.27, other_lead=0.35))
    written = choice.as_dict()
    assert written["margin"] == 0.30 and written["questions"] == MIN_QUESTIONS
    assert [f["margin"] for f in written["figures"]] == list(MARGINS)
    assert set(written["figures"][0]) == {"margin", "real_mae", "real_zeroed", "other_question"}
