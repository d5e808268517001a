"""Gamed answers built from a question, and the score a teacher gives them."""

import random

import pytest

from llm.gamed_answers import INJECTIONS, KINDS, NO_ANSWERS, gamed_answer, zero_scores

QUESTION, REFERENCE = "What is a stack?", "A list where the last item in is the first out."


def build(kind, **kwargs):
    return gamed_answer(kind, QUESTION, REFERENCE, random.Random(0), **kwargs)


def test_each_kind_is_built_from_the_question_its_reference_or_the_answers_given():
    answers = {kind: build(kind, other_answer="A queue is first in first out.", poor_answer="a pile") for kind in KINDS}
    assert answers["restated"] == QUESTION and answers["idk"] in NO_ANSWERS
    assert answers["shuffled"] != REFERENCE and sorted(answers["shuffled"].split()) == sorted(REFERENCE.split())
    assert answers["other_question"] == "A queue is first in first out."
    assert "a pile" in answers["injected"] and answers["injected"] != "a pile"


def test_non_answers_and_instructions_are_drawn_from_many_phrasings_with_the_questions_maximum():
    rng = random.Random(0)
    idk = {gamed_answer("idk", QUESTION, REFERENCE, rng) for _ in range(200)}
    injected = {
        gamed_answer("injected", QUESTION, REFERENCE, rng, poor_answer="a pile", max_score=2) for _ in range(200)
    }
    assert idk == set(NO_ANSWERS)
    assert injected == {template.format(answer="a pile", max="2") for template in INJECTIONS}
    assert all("{max}" not in text and "5 out of 5" not in text for text in injected)
    mine = gamed_answer("idk", QUESTION, REFERENCE, rng, no_answers=("dunno",))
    assert mine == "dunno"


def test_every_training_instruction_is_a_template_for_one_answer():
    assert all(template.count("{answer}") == 1 for template in INJECTIONS)
    assert len(set(INJECTIONS)) == len(INJECTIONS) and len(set(NO_ANSWERS)) == len(NO_ANSWERS)


def test_a_kind_without_what_it_needs_is_not_built_and_an_unknown_kind_is_refused():
    assert build("other_question") is None and build("injected") is None
    assert gamed_answer("shuffled", QUESTION, "", random.Random(0)) is None
    with pytest.raises(ValueError, match="unknown kind of gamed answer 'bribe'"):
        build("bribe")


def test_a_teacher_gives_nothing_in_every_section_and_criterion():
    rubric = [
        {"name": "Content", "max_score": 4, "criteria": [{"name": "Idea", "max_points": 2}]},
        {"name": "Clarity", "max_score": 2, "criteria": []},
    ]
    assert zero_scores(rubric) == {
        "Content": {"score": 0, "criteria": [{"name": "Idea", "points": 0}]},
        "Clarity": {"score": 0},
    }
