"""Grading tasks for the llm tests."""

from llm.prompts import GradingTask, answer_in
from llm.rubric import validate_rubric

RUBRIC = validate_rubric([{"name": "Content", "max_score": 10}, {"name": "Clarity", "max_score": 5}])
VALID = '{"Content": {"score": 8, "comment": "Right idea."}, "Clarity": {"score": 4}}'
MISSING_CLARITY = '{"Content": {"score": 8}}'
# Criteria points must add up, so a local model's generated reply is kept as it is (no readout).
CRITERIA_RUBRIC = validate_rubric(
    [
        {
            "name": "Content",
            "max_score": 4,
            "criteria": [{"name": "Idea", "max_points": 2}, {"name": "Detail", "max_points": 2}],
        }
    ]
)
VALID_WITH_CRITERIA = '{"Content": {"score": 3, "criteria": {"Idea": 2, "Detail": 1}}}'


def make_task(answer: str = "Photosynthesis turns light into chemical energy.", rubric=RUBRIC, **kwargs) -> GradingTask:
    return GradingTask(rubric=rubric, question="What does photosynthesis do?", answer=answer, **kwargs)


def student_answer(request_body: dict) -> str:
    """The answer being graded in a chat request (the first user turn after the examples)."""
    user_turns = [m["content"] for m in request_body["messages"] if m["role"] == "user"]
    return [answer_in(turn) for turn in user_turns if answer_in(turn) is not None][-1]
