import json

import pytest

from llm.marking_guides import (
    NO_QUESTIONS,
    ExtractionError,
    LLMExtractor,
    RuleBasedExtractor,
    implied_rubric,
    parse_point,
    question_errors,
)
from llm.providers.openai_compat import OpenAICompatProvider

from .guide_samples import DOUBTFUL, GUIDES, NO_QUESTIONS as NO_QUESTIONS_TEXT, accuracy
from .openai_server import OpenAIServer, ScriptedReply

RULES = RuleBasedExtractor()


def provider(server):
    return OpenAICompatProvider(server.base_url, server.api_key, "extractor-model", max_retries=0)


def llm_reply(questions, total=None):
    return "Here you are:\n```json\n" + json.dumps({"questions": questions, "total": total}) + "\n```"


@pytest.mark.parametrize("guide", GUIDES, ids=[g.name for g in GUIDES])
def test_rule_based_extractor_finds_every_question_with_exact_marks_and_answers(guide):
    extraction = RULES.extract(guide.text)
    assert [(q["number"], q["marks"], q["answer"]) for q in extraction.questions] == list(guide.expected)
    assert extraction.stated_total == guide.stated_total
    assert extraction.extractor == "rules"


def test_rule_based_accuracy_over_the_sample_guides_is_perfect():
    assert accuracy(GUIDES, lambda guide: RULES.extract(guide.text).questions) == {
        "question_count": 1.0, "marks": 1.0, "answers": 1.0, "questions": 20,
    }


def test_marking_points_become_named_criteria_that_add_up_to_the_marks():
    first = RULES.extract(GUIDES[0].text).questions[0]
    assert [(p["name"], p["points"]) for p in first["marking_points"]] == [
        ("light energy", 2), ("carbon dioxide and water", 2), ("glucose and oxygen", 1),
    ]
    assert implied_rubric(first) == [
        {
            "name": "Answer",
            "max_score": 5,
            "criteria": [
                {"name": "light energy", "max_points": 2, "description": "light energy"},
                {"name": "carbon dioxide and water", "max_points": 2, "description": "carbon dioxide and water"},
                {"name": "glucose and oxygen", "max_points": 1, "description": "glucose and oxygen"},
            ],
        }
    ]
    table = RULES.extract(GUIDES[4].text).questions[1]
    assert [(p["description"], p["points"]) for p in table["marking_points"]] == [
        ("same element", 1), ("different numbers of neutrons", 2),
    ]
    scheme = RULES.extract(GUIDES[6].text).questions[0]
    assert [p["points"] for p in scheme["marking_points"]] == [1, 2]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("- 1 mark for naming the organelle", {"description": "naming the organelle", "points": 1}),
        ("• 2 marks: correct units", {"description": "correct units", "points": 2}),
        ("* states the law (1 mark)", {"description": "states the law", "points": 1}),
        ("- gives an example [2]", {"description": "gives an example", "points": 2}),
        ("- clear diagram - 1.5 marks", {"description": "clear diagram", "points": 1.5}),
        ("- a bullet with no marks", None),
    ],
)
def test_marking_point_lines_in_common_forms_are_read(line, expected):
    assert parse_point(line) == expected


def test_doubtful_items_are_flagged():
    extraction = RULES.extract(DOUBTFUL)
    flags = {q["number"]: [f["code"] for f in q["flags"]] for q in extraction.questions}
    assert flags == {"1": [], "2": ["marks_missing"], "3": ["answer_missing"]}
    assert [f["code"] for f in extraction.flags] == ["total_mismatch"]
    assert "add up to 5 marks" in extraction.flags[0]["message"] and "total of 10" in extraction.flags[0]["message"]


def test_marking_points_that_disagree_with_the_marks_are_flagged_and_block_the_question():
    text = "Q1 Define a prime number. (3 marks)\nAnswer: A number with exactly two divisors.\n- 1 mark for two divisors\n"
    question = RULES.extract(text).questions[0]
    assert [f["code"] for f in question["flags"]] == ["points_mismatch"]
    assert question_errors(question) == ["Criteria points add up to 1, but the section max is 3."]


def test_marks_missing_but_marking_points_given_are_taken_from_the_points():
    text = "Question 1: Name two gases in air.\nAnswer: Nitrogen and oxygen.\n- 1 mark for nitrogen\n- 1 mark for oxygen\n"
    question = RULES.extract(text).questions[0]
    assert question["marks"] == 2
    assert [f["code"] for f in question["flags"]] == ["marks_inferred"]


def test_a_guide_without_recognisable_questions_gives_a_clear_message():
    with pytest.raises(ExtractionError) as caught:
        RULES.extract(NO_QUESTIONS_TEXT)
    assert str(caught.value) == NO_QUESTIONS
    assert "Number each question" in str(caught.value)


def test_llm_extractor_keeps_a_valid_reply_from_a_real_openai_compatible_server():
    reply = llm_reply(
        [
            {"number": "1", "question": "What is the watt?", "answer": "The SI unit of power.", "marks": 2,
             "marking_points": [{"description": "unit", "points": 1}, {"description": "of power", "points": 1}]},
        ],
        total=2,
    )
    with OpenAIServer([reply]) as server:
        extraction = LLMExtractor(provider(server)).extract("1) What is the watt? (2 marks)\nA: The SI unit of power.")
    assert extraction.extractor == "llm:extractor-model"
    assert extraction.fallback_reason == ""
    assert [(q["number"], q["text"], q["answer"], q["marks"]) for q in extraction.questions] == [
        ("1", "What is the watt?", "The SI unit of power.", 2)
    ]
    assert [p["name"] for p in extraction.questions[0]["marking_points"]] == ["unit", "of power"]
    assert server.requests[0]["messages"][1]["content"].endswith("A: The SI unit of power.")


@pytest.mark.parametrize(
    "bad_reply, reason",
    [
        ("I think there are three questions in this guide.", "not JSON"),
        (llm_reply([{"number": "1", "question": "", "answer": "x", "marks": 5}]), "no text"),
        (llm_reply([{"number": "1", "question": "Why?", "answer": "x", "marks": 0}]), "positive number"),
        (
            llm_reply([{"number": "1", "question": "Why?", "answer": "x", "marks": 5,
                        "marking_points": [{"description": "a", "points": 1}]}]),
            "add up to 1, but the section max is 5",
        ),
        (llm_reply([]), "no \"questions\" list"),
    ],
)
def test_llm_extractor_falls_back_to_the_rules_when_the_reply_stays_invalid(bad_reply, reason):
    guide = GUIDES[1]
    with OpenAIServer([bad_reply]) as server:
        extraction = LLMExtractor(provider(server), retries=1).extract(guide.text)
    assert len(server.requests) == 2, "one retry with the problem stated"
    assert "could not be used" in server.requests[1]["messages"][-1]["content"]
    assert extraction.extractor == "rules"
    assert extraction.fallback_reason.startswith("llm:extractor-model: invalid reply")
    assert reason in extraction.fallback_reason
    assert [(q["number"], q["marks"], q["answer"]) for q in extraction.questions] == list(guide.expected)


def test_llm_extractor_accepts_a_corrected_reply_on_the_retry():
    bad = llm_reply([{"number": "1", "question": "Why?", "answer": "Because.", "marks": None}])
    good = llm_reply([{"number": "1", "question": "Why?", "answer": "Because.", "marks": 3}])
    with OpenAIServer([bad, good]) as server:
        extraction = LLMExtractor(provider(server)).extract("Q1 Why? [3]\nAnswer: Because.")
    assert extraction.extractor == "llm:extractor-model"
    assert extraction.questions[0]["marks"] == 3


def test_llm_extractor_falls_back_when_the_server_fails():
    with OpenAIServer([ScriptedReply("overloaded", status=500)]) as server:
        extraction = LLMExtractor(provider(server)).extract(GUIDES[3].text)
    assert extraction.extractor == "rules"
    assert "InternalServerError" in extraction.fallback_reason
    assert len(extraction.questions) == 2
