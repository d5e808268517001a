import json

import pytest

from llm.guide_lines import (
    question_start,
    split_question_answer,
    take_marks,
    total_statement,
)
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

from .guide_layouts import LAYOUTS, normal
from .guide_samples import DOUBTFUL, GUIDES, accuracy
from .guide_samples import NO_QUESTIONS as NO_QUESTIONS_TEXT
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
        "question_count": 1.0,
        "marks": 1.0,
        "answers": 1.0,
        "questions": 20,
    }


def test_marking_points_become_named_criteria_that_add_up_to_the_marks():
    first = RULES.extract(GUIDES[0].text).questions[0]
    assert [(p["name"], p["points"]) for p in first["marking_points"]] == [
        ("light energy", 2),
        ("carbon dioxide and water", 2),
        ("glucose and oxygen", 1),
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
        ("same element", 1),
        ("different numbers of neutrons", 2),
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
    text = (
        "Q1 Define a prime number. (3 marks)\nAnswer: A number with exactly two divisors.\n- 1 mark for two divisors\n"
    )
    question = RULES.extract(text).questions[0]
    assert [f["code"] for f in question["flags"]] == ["points_mismatch"]
    assert question_errors(question) == ["Criteria points add up to 1, but the section max is 3."]


def test_marks_missing_but_marking_points_given_are_taken_from_the_points():
    text = (
        "Question 1: Name two gases in air.\nAnswer: Nitrogen and oxygen.\n- 1 mark for nitrogen\n- 1 mark for oxygen\n"
    )
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
            {
                "number": "1",
                "question": "What is the watt?",
                "answer": "The SI unit of power.",
                "marks": 2,
                "marking_points": [{"description": "unit", "points": 1}, {"description": "of power", "points": 1}],
            },
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
            llm_reply(
                [
                    {
                        "number": "1",
                        "question": "Why?",
                        "answer": "x",
                        "marks": 5,
                        "marking_points": [{"description": "a", "points": 1}],
                    }
                ]
            ),
            "add up to 1, but the section max is 5",
        ),
        (llm_reply([]), 'no "questions" list'),
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


# Layouts teachers write (tests/llm/guide_layouts.py; bench/guides.py reads the same ones)


@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout.name for layout in LAYOUTS])
def test_every_layout_gives_each_question_its_label_marks_answer_points_and_the_total(layout):
    extraction = RULES.extract(layout.text)
    found = [(q["number"], q["marks"], normal(q["answer"]), len(q["marking_points"])) for q in extraction.questions]
    assert found == [(i.label, i.marks, normal(i.answer), i.points) for i in layout.items]
    assert extraction.stated_total == layout.total


def layout(name):
    return next(layout for layout in LAYOUTS if layout.name == name)


def test_a_line_of_code_is_kept_verbatim_in_the_question_and_is_not_the_guides_total():
    extraction = RULES.extract(layout("programming-with-code").text)
    first, third = extraction.questions[0], extraction.questions[2]
    assert first["text"].split("\n") == [
        "What does the following function return for [1, 2, 3]?",
        "    def f(xs):",
        "        total = 0",
        "        for x in xs:",
        "            total = total + x",
        "        return total",
    ]
    assert third["answer"] == "for i in range(1, 6):\n    print(i)"
    assert extraction.stated_total == 12 and extraction.flags == []


def test_section_headings_are_not_questions_and_sub_parts_are_questions_of_their_own():
    extraction = RULES.extract(layout("sections-with-sub-parts").text)
    assert [q["number"] for q in extraction.questions] == [
        "1(a)",
        "1(b)",
        "1(c)",
        "2(a)",
        "2(b)",
        "3(a)",
        "3(b)",
        "3(c)",
    ]
    assert extraction.questions[0]["text"] == "Define velocity."  # "1. Kinematics" is a title, not a stem


def test_a_parts_stem_is_part_of_each_parts_question():
    first = RULES.extract(layout("stem-with-roman-parts").text).questions[0]
    assert first["number"] == "1(i)"
    assert first["text"].startswith("The price of coffee rose from $2 to $3")
    assert first["text"].endswith("Calculate the percentage change in price.")


def test_answers_from_an_answer_key_are_matched_back_and_their_lines_are_kept():
    text = layout("questions-then-answer-key").text
    extraction = RULES.extract(text)
    source = text.split("\n")
    second = extraction.questions[1]
    lines = [source[n - 1] for n in second["lines"]]
    assert len(lines) == 2 and lines[0] == "2. Explain how a meander forms. (4 marks)"
    assert lines[1].startswith("2. Water flows fastest")
    assert any("answer key" in note for note in extraction.notes)


def test_unlabelled_text_under_a_finished_question_is_its_answer():
    text = "Q1 Explain what an algorithm is. (3 marks)\nAn algorithm is a finite sequence of precise steps\nthat solves a problem.\nQ2 Name a sorting algorithm. (1 mark)\nMerge sort.\n"
    questions = RULES.extract(text).questions
    assert [(q["text"], q["answer"]) for q in questions] == [
        ("Explain what an algorithm is.", "An algorithm is a finite sequence of precise steps that solves a problem."),
        ("Name a sorting algorithm.", "Merge sort."),
    ]


@pytest.mark.parametrize(
    "line, start",
    [
        ("Q 1 What gas?", ("prefixed", 1, None)),
        ("Question 4", ("prefixed", 4, None)),
        ("2) State it.", ("plain", 2, None)),
        ("3. Name it.", ("plain", 3, None)),
        ("5 ) Give it.", ("plain", 5, None)),
        ("1(a) Name it.", ("combined", 1, "a")),
        ("1 (b) Name it.", ("combined", 1, "b")),
        ("2.1 What is it?", ("combined", 2, "1")),
        ("(c) Why?", ("sub", None, "c")),
        ("(iv) Why?", ("sub", None, "iv")),
        ("Question Two (2 marks)", ("prefixed", 2, None)),
        ("Q3(b) Why?", ("prefixed", 3, "b")),
        ("Q: Why?", ("unnumbered", None, None)),
        ("1.5 m/s", None),
        ("2x + 3 = 11", None),
    ],
)
def test_question_labels_in_their_common_forms_are_read(line, start):
    found = question_start(line)
    assert (found and (found.kind, found.top, found.sub)) == start


@pytest.mark.parametrize(
    "text, marks",
    [
        ("Name it. (2m)", 2),
        ("Name it. [five marks]", 5),
        ("Name it. 2 pts", 2),
        ("Name it. (one mark)", 1),
        ("Name it. /2", 2),
        ("Name it. (4 mks)", 4),
        ("Name it. ........ (3)", 3),
        ("Name it - 4 points", 4),
        ("Solve f(3) = 9.", None),
        ("Name the 3 states of matter.", None),
    ],
)
def test_marks_in_words_and_abbreviations_are_read(text, marks):
    assert take_marks(text)[1] == marks


@pytest.mark.parametrize(
    "line, total",
    [
        ("TOTAL ..... 15", (15, "guide")),
        ("Physics test     Total marks: 25     Time: 1 hour", (25, "guide")),
        ("[Total: 10 marks]", (10, "guide")),
        ("Total marks available: seven", (7, "guide")),
        ("Total = 8 points", (8, "guide")),
        ("Total for Question 1: 4 marks", (4, "question")),
        ("total = 0", None),
        ("total = total + x", None),
        ("What is the total of 3 and 4?", None),
    ],
)
def test_totals_in_common_forms_are_read_and_code_is_not_a_total(line, total):
    assert total_statement(line) == total


def test_multiple_choice_options_stay_in_the_question_and_an_inline_answer_is_read():
    text = (
        "1. Which of these is a mammal? (1 mark)\nA. Shark\nB. Whale\nC. Trout\nAnswer: B\n"
        "2. Capital of France? (1) Answer: Paris\n"
    )
    questions = RULES.extract(text).questions
    assert [(q["number"], q["text"], q["answer"], q["marks"]) for q in questions] == [
        ("1", "Which of these is a mammal?\nA. Shark\nB. Whale\nC. Trout", "B", 1),
        ("2", "Capital of France?", "Paris", 1),
    ]


def test_a_marking_scheme_repeating_question_headings_is_an_answer_key():
    text = (
        "1. What is a cell? (2)\n2. What is a tissue? (2)\n\nMarking Scheme\n"
        "Question 1\nAnswer: The basic unit of life.\nQuestion 2\nAnswer: A group of similar cells.\n"
    )
    questions = RULES.extract(text).questions
    assert [(q["number"], q["answer"]) for q in questions] == [
        ("1", "The basic unit of life."),
        ("2", "A group of similar cells."),
    ]


def test_numbering_that_starts_again_in_each_section_is_labelled_by_section():
    text = (
        "Section A\n1. Which planet is closest to the Sun? (1)\nAnswer: Mercury\n2. Which is the largest? (1)\nAnswer: Jupiter\n"
        "Section B\n1. Why does the Moon have phases? (3)\nAnswer: We see different parts of its sunlit half.\n"
    )
    extraction = RULES.extract(text)
    assert [q["number"] for q in extraction.questions] == ["A1", "A2", "B1"]
    assert "numbering starts again in section B" in extraction.notes[0]


def test_a_total_row_closing_a_table_is_the_guides_total_not_a_question():
    text = "| No | Question | Answer | Marks |\n|---|---|---|---|\n| 1 | What is H2O? | Water | 1 |\n| 2 | What is NaCl? | Salt | 2 |\n| Total | | | 3 |\n"
    extraction = RULES.extract(text)
    assert [q["number"] for q in extraction.questions] == ["1", "2"] and extraction.stated_total == 3


def test_where_the_model_reads_a_guide_differently_from_the_rules_it_says_so():
    text = "Q1. What is the watt? (2 marks)\nAnswer: The SI unit of power.\nQ2. What is a joule? (1 mark)\nAnswer: The SI unit of energy.\n"
    reply = llm_reply(
        [{"number": "1", "question": "What is the watt?", "answer": "A unit.", "marks": 2, "marking_points": []}]
    )
    with OpenAIServer([reply]) as server:
        extraction = LLMExtractor(provider(server)).extract(text)
    assert extraction.extractor == "llm:extractor-model"
    first = extraction.questions[0]
    assert [f["code"] for f in first["flags"]] == ["rules_differ"]
    assert "the rules read answer 'The SI unit of power.'" in first["flags"][0]["message"]
    assert first["lines"] == [1, 2]
    assert [f["message"] for f in extraction.flags] == ["The rules also found question 2, which the model left out."]


def test_long_runs_of_spaces_are_read_quickly():
    import time

    gap = " " * 20_000
    text = "\n".join(
        [
            "Q1 What is 2 + 2? (2 marks)",
            f"Answer{gap}: 4",
            f"Total{gap}x",
            f"Q{gap}2",
            f"(a{gap}",
            f"No{gap}Question{gap}Answer",
        ]
    )
    started = time.monotonic()
    RULES.extract(text)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    "row, expected",
    [
        ("What is the pH of water? 7", ("What is the pH of water?", "7")),
        (
            "Is a whale a fish? Explain briefly. No. It is a mammal.",
            ("Is a whale a fish? Explain briefly.", "No. It is a mammal."),
        ),
        ('Translate "the house" into Spanish. la casa', ('Translate "the house" into Spanish.', "la casa")),
        (
            "A car travels 100 m in 20 s. Calculate its speed. 5 m/s",
            ("A car travels 100 m in 20 s. Calculate its speed.", "5 m/s"),
        ),
    ],
)
def test_a_pdf_table_rows_question_and_answer_are_told_apart(row, expected):
    assert split_question_answer(row) == expected


def test_an_answer_key_with_dashes_or_on_one_line_is_matched_back():
    dashes = "1 - What is the capital of Italy? (1 mark)\n2 - Which river flows through Paris? (2 marks)\n\nAnswer key\n1 - Rome\n2 - The Seine\n"
    assert [(q["number"], q["answer"]) for q in RULES.extract(dashes).questions] == [("1", "Rome"), ("2", "The Seine")]
    one_line = "Q1. Which is a noble gas? (1)\nA) Oxygen  B) Neon\nQ2. Which is a metal? (1)\nA) Iron  B) Sulphur\n\nAnswers:\n1. B   2. A\n"
    assert [(q["number"], q["answer"]) for q in RULES.extract(one_line).questions] == [("1", "B"), ("2", "A")]


def test_parts_that_do_not_add_up_to_their_questions_marks_are_noted():
    text = "Question 1 [6 marks]\nA ball is thrown up.\n(a) Find the time. (2 marks)\nAnswer: 1 s\n(b) Find the height. (3 marks)\nAnswer: 5 m\n"
    extraction = RULES.extract(text)
    assert [q["number"] for q in extraction.questions] == ["1(a)", "1(b)"]
    assert extraction.notes == ["line 1: question 1 states 6 marks, but its parts add up to 5."]


def test_a_short_instruction_without_a_full_stop_is_a_question_not_a_title():
    text = "1. Define osmosis\n2. Name the powerhouse of the cell\n\nAnswers\n1. Movement of water across a membrane.\n2. The mitochondrion.\n"
    assert [(q["number"], q["text"], q["answer"]) for q in RULES.extract(text).questions] == [
        ("1", "Define osmosis", "Movement of water across a membrane."),
        ("2", "Name the powerhouse of the cell", "The mitochondrion."),
    ]


def test_an_unlabelled_answer_follows_a_question_closed_by_its_marks_or_a_bare_instruction():
    text = (
        "1. Define osmosis (2 marks)\nThe movement of water across a membrane.\n"
        "2. Name the clef used for low instruments (1 mark)\nThe bass clef.\n"
        "3. A car travels 100 m in 20 s. Calculate its\nspeed. (2 marks)\n5 m/s\n"
    )
    assert [(q["text"], q["answer"]) for q in RULES.extract(text).questions] == [
        ("Define osmosis", "The movement of water across a membrane."),
        ("Name the clef used for low instruments", "The bass clef."),
        ("A car travels 100 m in 20 s. Calculate its speed.", "5 m/s"),
    ]
