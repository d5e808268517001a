"""The prompt builder: grading hints follow the answer, as numbers only."""
from llm.prompts import HINTS_MARK, GradingTask, build_messages, user_message

from .tasks import RUBRIC

ONE_SECTION = [{"name": "Score", "max_score": 5, "criteria": []}]


def test_hints_follow_the_answer_with_the_reference_similarity_means_neighbours_and_estimate():
    task = GradingTask(rubric=ONE_SECTION, question="What is a stack?", answer="LIFO", reference_answer="last in first out",
                       reference_similarity=0.734, neighbours=((0.91, {"Score": 4.5}), (0.5, {"Score": 2})),
                       question_means={"Score": 3.25}, neighbour_means={"Score": 3.61}, estimates={"Score": 3.8})
    assert user_message(task).endswith(
        "Student answer: LIFO" + HINTS_MARK + "Similarity to the reference answer: 0.73\n"
        "Mean score of this question's graded answers: 3.25\n"
        "Most similar graded answers (similarity -> score): 0.91 -> 4.5 | 0.50 -> 2\n"
        "Their similarity-weighted mean: 3.61\n"
        "Estimate from these numbers: 3.8"
    )


def test_with_several_sections_each_neighbour_and_mean_names_its_sections():
    task = GradingTask(rubric=RUBRIC, question="q", answer="a", neighbours=((0.8, {"Content": 6, "Clarity": 3}),),
                       question_means={"Content": 5.5, "Clarity": 3.0}, neighbour_means={"Content": 6.0, "Clarity": 3.0})
    assert user_message(task).endswith(
        HINTS_MARK + "Mean score of this question's graded answers: Content 5.5, Clarity 3\n"
        "Most similar graded answers (similarity -> score): 0.80 -> Content 6, Clarity 3\n"
        "Their similarity-weighted mean: Content 6, Clarity 3"
    )


def test_a_task_without_hints_and_the_few_shot_examples_keep_the_plain_prompt():
    plain = GradingTask(rubric=ONE_SECTION, question="q", answer="a", reference_answer="r")
    assert user_message(plain) == "Task (short answer): q\n\nReference answer: r\n\nStudent answer: a"
    hinted = GradingTask(rubric=ONE_SECTION, question="q", answer="a", reference_similarity=0.5,
                         examples=(("an example", {"Score": {"score": 3}}),))
    example_turn, answer_turn = build_messages(hinted)[1], build_messages(hinted)[-1]
    assert HINTS_MARK not in example_turn["content"] and HINTS_MARK in answer_turn["content"]
