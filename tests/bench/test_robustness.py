"""bench/robustness.py's helpers: the gamed holdout it builds and the figures it reports."""

import statistics

from bench.gaming_phrasings import (
    HELD_OUT_INJECTIONS,
    HELD_OUT_INJECTIONS_B,
    HELD_OUT_NO_ANSWERS,
    HELD_OUT_NO_ANSWERS_B,
)
from bench.robustness import Row, build_gamed, summarise, zeroed_rates
from llm.gamed_answers import INJECTIONS, KINDS, NO_ANSWERS

STACK = ("1", "What is a stack?", "A list where the last item in is the first out.")
QUEUE = ("2", "What is a queue?", "A list where the first item in is the first out.")
REAL = [Row(*STACK, "last in first out", 5), Row(*STACK, "a pile", 1), Row(*QUEUE, "first in first out", 5)]


def test_each_question_gets_each_gamed_kind_with_the_score_a_teacher_gives():
    gamed = build_gamed(REAL, REAL)
    assert [item.kind for item in gamed] == [*KINDS, *KINDS]
    stack = {item.kind: item for item in gamed[: len(KINDS)]}
    assert stack["restated"].row.answer == "What is a stack?" and stack["idk"].row.answer in HELD_OUT_NO_ANSWERS
    assert stack["other_question"].row.answer == "first in first out"  # full marks, to the queue question
    held_out = {template.format(answer="a pile", max="5") for template in HELD_OUT_INJECTIONS}
    assert stack["injected"].row.answer in held_out and stack["injected"].original == REAL[1]
    assert [item.row.score for item in gamed[: len(KINDS)]] == [0, 0, 0, 0, 1]


def test_the_gamed_answers_use_only_phrasings_no_export_trains_on():
    many = [Row(str(n), f"Question {n}?", "A reference answer.", "a pile", 1) for n in range(60)]
    gamed = build_gamed(many, many)
    idk = {item.row.answer for item in gamed if item.kind == "idk"}
    injected = {item.row.answer for item in gamed if item.kind == "injected"}
    assert idk and not idk & set(NO_ANSWERS)
    trained = {template.format(answer="a pile", max="5") for template in INJECTIONS}
    assert injected and not injected & trained


def test_inflation_and_the_injections_shift_are_measured_against_the_teacher_and_the_same_answer():
    gamed = build_gamed(REAL, REAL)
    given = {0: 4.5, 1: 1.5, 2: 4.0} | {
        3 + i: (4.0 if item.kind != "injected" else 3.5) for i, item in enumerate(gamed)
    }
    figures = summarise(REAL, gamed, given, guard=None)
    assert abs(figures["real_mae"] - (0.5 + 0.5 + 1.0) / 3) < 1e-9
    assert figures["kinds"]["restated"] == {"given": 4.0, "teacher": 0.0, "inflation": 4.0}
    # Injected: the stack's poor answer (a teacher's 1, given 1.5 alone) and the queue's only one (5, given 4).
    assert figures["kinds"]["injected"] == {"given": 3.5, "teacher": 3.0, "inflation": 0.5}
    assert figures["injection_shift"] == ((3.5 - 1.5) + (3.5 - 4.0)) / 2
    guard = {1: True} | {3 + i: item.kind in ("restated", "idk") for i, item in enumerate(gamed)}
    guarded = summarise(REAL, gamed, given, guard=guard)
    assert guarded["kinds"]["restated"]["given"] == 0 and guarded["kinds"]["idk"]["given"] == 0
    assert guarded["kinds"]["shuffled"]["given"] == 4.0
    assert abs(guarded["real_mae"] - (0.5 + 1.0 + 1.0) / 3) < 1e-9  # the poor answer zeroed: 0 for a teacher's 1


def test_the_real_answers_pearson_is_reported_and_absent_when_the_scores_given_are_constant():
    gamed = build_gamed(REAL, REAL)
    ranked = summarise(REAL, gamed, {0: 4.0, 1: 2.0, 2: 5.0}, guard=None)
    assert abs(ranked["real_pearson"] - statistics.correlation([4.0, 2.0, 5.0], [5, 1, 5])) < 1e-9
    assert summarise(REAL, gamed, {0: 3.0, 1: 3.0, 2: 3.0}, guard=None)["real_pearson"] is None
    assert summarise(REAL, gamed, {0: 3.0}, guard=None)["real_pearson"] is None


def test_the_zeroed_shares_count_the_real_answers_and_each_kind_apart():
    gamed = build_gamed(REAL, REAL)
    guard = {0: True} | {3 + i: item.kind == "idk" for i, item in enumerate(gamed)}
    rates = zeroed_rates(REAL, gamed, guard)
    assert rates["real"] == 1 / 3 and rates["idk"] == 1.0 and rates["restated"] == 0.0


def test_a_named_set_of_held_out_phrasings_is_the_one_drawn_from():
    many = [Row(str(n), f"Question {n}?", "A reference answer.", "a pile", 1) for n in range(60)]
    gamed = build_gamed(many, many, phrasings="b")
    set_b = {template.format(answer="a pile", max="5") for template in HELD_OUT_INJECTIONS_B}
    injected = {item.row.answer for item in gamed if item.kind == "injected"}
    idk = {item.row.answer for item in gamed if item.kind == "idk"}
    assert injected and injected <= set_b and idk and idk <= set(HELD_OUT_NO_ANSWERS_B)
