import pytest

from llm.guardrails import check_reply, extract_json
from llm.rubric import validate_rubric

RUBRIC = validate_rubric(
    [
        {
            "name": "Content",
            "max_score": 10,
            "criteria": [{"name": "Accuracy", "max_points": 6}, {"name": "Depth", "max_points": 4}],
        },
        {"name": "Clarity", "max_score": 5},
    ]
)
VALID = '{"Content": {"score": 8, "comment": "Mostly right."}, "Clarity": {"score": 4}}'


@pytest.mark.parametrize(
    "reply, total",
    [
        (VALID, 12),
        ("```json\n" + VALID + "\n```", 12),
        ("```\n" + VALID + "\n```", 12),
        ("Here is my grading:\n" + VALID + "\nI hope this helps {smile}.", 12),
        ("Sure! {not json} then " + VALID, 12),
        ('{"Content": 7, "Clarity": 2.5}', 9.5),
        ('{"content": {"score": 7}, " CLARITY ": {"score": 1}}', 8),
        ('{"Content": {"score": 9, "criteria": {"Accuracy": 6, "Depth": 3}}, "Clarity": {"score": 0}}', 9),
        (
            '{"Content": {"score": 9, "criteria": [{"name": "Accuracy", "points": 5}, {"name": "Depth", "points": 4}]}, "Clarity": 5}',
            14,
        ),
        ('{"Content": {"score": 3, "comment": "Brace } inside text"}, "Clarity": {"score": 1}}', 4),
    ],
)
def test_usable_replies_give_checked_scores(reply, total):
    checked = check_reply(RUBRIC, reply)
    assert checked.ok, checked.error
    assert checked.total == total
    assert set(checked.scores) == {"Content", "Clarity"}
    assert checked.scores["Content"]["max_score"] == 10


@pytest.mark.parametrize(
    "reply, error",
    [
        ('{"Content": {"score": 8}}', "Section 'Clarity' has no score."),
        (
            '{"Content": {"score": 11}, "Clarity": {"score": 4}}',
            "Content.score: The score 11 is above the maximum of 10.",
        ),
        ('{"Content": {"score": -1}, "Clarity": {"score": 4}}', "Content.score: The score cannot be negative."),
        ('{"Content": {"score": "eight"}, "Clarity": {"score": 4}}', "Content.score: The score must be a number."),
        ('{"Content": {"score": 8}, "Clarity": null}', "Section 'Clarity' has no score."),
        (
            '{"Content": {"score": 8, "criteria": {"Accuracy": 5, "Depth": 2}}, "Clarity": {"score": 4}}',
            "Content.criteria: Criteria points add up to 7, but the section score is 8.",
        ),
        (
            '{"Content": {"score": 8}, "Clarity": {"score": 4}, "Style": {"score": 2}}',
            "'Style' is not a section of this rubric.",
        ),
        ("", "The reply is empty."),
        ("   \n ", "The reply is empty."),
        ("The answer deserves a 7 out of 10.", "The reply is not JSON: no JSON object was found."),
        ('{"Content": {"score": 8}, "Clarity": {"sco', "The reply has no complete, valid JSON object."),
        ('["Content", 8]', "The reply is not JSON: no JSON object was found."),
    ],
)
def test_unusable_replies_give_an_error_to_tell_the_model(reply, error):
    checked = check_reply(RUBRIC, reply)
    assert not checked.ok
    assert checked.scores is None and checked.total is None
    assert checked.error == error


def test_every_problem_is_named_in_one_message():
    checked = check_reply(RUBRIC, '{"Content": {"score": 12}}')
    assert checked.error == "Content.score: The score 12 is above the maximum of 10. Section 'Clarity' has no score."


def test_fenced_block_wins_over_braces_in_the_prose_before_it():
    assert extract_json('Use {score} keys.\n```json\n{"a": 1}\n```') == {"a": 1}
