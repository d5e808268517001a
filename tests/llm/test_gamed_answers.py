"""Gamed answers built from a question, and the score a teacher gives them."""

import random

import pytest

from llm.gamed_answers import INJECTION, KINDS, NO_ANSWER, gamed_answer, zero_scores

QUESTION, REFERENCE = "What is a stack?", "A list where the last item in is the first out."


def build(kind, **kwargs):
    return gamed_answer(kind, QUESTION, REFERENCE, random.Random(0), **kwargs)


def test_each_kind_is_built_from_the_question_its_reference_or_the_answers_given():
    answers = {kind: build(kind, other_answer="A queue is first in first out.", poor_answer="a pile") for kind in KINDS}
    assert answers["restated"] == QUESTION and answers["idk"] == NO_ANSWER
    assert answers["shuffled"] != REFERENCE and sorted(answers["shuffled"].split()) == sorted(REFERENCE.split())
    assert answers["other_question"] == "A queue is first in first out."
    assert answers["injected"] == "a pile" + INJECTION and "5 out of 5" in INJECTION


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
