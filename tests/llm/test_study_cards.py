import json

from llm.providers.openai_compat import OpenAICompatProvider
from llm.study_cards import (
    BLANK,
    Card,
    LLMCardGenerator,
    RuleBasedCardGenerator,
    StudyItem,
    check_cards,
    jaccard,
    support,
)

from .openai_server import OpenAIServer

SOURCE = """Question 1: What is photosynthesis? (5 marks)
Model answer: Photosynthesis is the process by which green plants use light energy to turn carbon dioxide and water into glucose and oxygen.
Question 2: Name the organelle where photosynthesis happens. (2 marks)
Model answer: The chloroplast.
Question 3: Explain osmosis. (5 marks)
Model answer: Osmosis is the movement of water across a partially permeable membrane from a dilute solution to a concentrated one.
"""
ITEMS = [
    StudyItem(
        "What is photosynthesis?",
        "Photosynthesis is the process by which green plants use light energy to turn carbon dioxide and water into glucose and oxygen.",
        ("light energy", "carbon dioxide and water"),
    ),
    StudyItem("Name the organelle where photosynthesis happens.", "The chloroplast."),
    StudyItem(
        "Explain osmosis.",
        "Osmosis is the movement of water across a partially permeable membrane from a dilute solution to a concentrated one.",
    ),
]


def test_rule_based_generator_makes_every_card_type_from_questions_and_answers():
    result = RuleBasedCardGenerator().generate(ITEMS, SOURCE)
    by_type = {}
    for card in result.cards:
        by_type.setdefault(card.card_type, []).append(card)
    assert set(by_type) == {"short_answer", "fill_blank", "true_false", "multiple_choice"}
    assert [(c.question, c.answer) for c in by_type["short_answer"]] == [(i.question, i.answer) for i in ITEMS]
    blank = by_type["fill_blank"][0]
    assert BLANK in blank.question and blank.answer == "dioxide"  # the longest marking-point word
    assert blank.question.replace(BLANK, blank.answer) == f"Fill in the blank: {ITEMS[0].answer}"
    choice = by_type["multiple_choice"][0]
    assert choice.answer in choice.options and len(choice.options) == 3
    assert set(choice.options) == {i.answer for i in ITEMS}
    assert all(c.answer.split(".")[0] in ("True", "False") for c in by_type["true_false"])
    assert all(c.difficulty in ("easy", "medium", "hard") for c in result.cards)
    assert all(c.source_excerpt and c.source_excerpt in SOURCE for c in result.cards)
    assert result.dropped == []


def test_a_false_statement_swaps_in_another_answers_key_term_and_its_answer_gives_the_truth():
    items = [
        *ITEMS,
        StudyItem("What does the heart pump?", "The heart pumps blood around the body through the arteries."),
    ]
    source = SOURCE + "The heart pumps blood around the body through the arteries.\n"
    false_cards = [
        c
        for c in RuleBasedCardGenerator().generate(items, source).cards
        if c.card_type == "true_false" and c.answer.startswith("False")
    ]
    assert false_cards
    for card in false_cards:
        statement = card.question.removeprefix("True or false: ")
        assert statement not in source
        assert card.answer.removeprefix("False. ") in source


def test_cards_whose_answer_the_source_does_not_support_are_dropped():
    cards = [
        Card("Where does photosynthesis happen?", "In the chloroplast."),
        Card("What is the powerhouse of the cell?", "The mitochondria produce ATP through cellular respiration."),
        Card("True or false: osmosis moves salt.", "False. Salt crystals dissolve in ethanol.", "true_false", "easy"),
    ]
    kept, dropped = check_cards(cards, SOURCE)
    assert [c.question for c in kept] == ["Where does photosynthesis happen?"]
    assert [c.question for c, _ in dropped] == [cards[1].question, cards[2].question]
    assert all("not supported by the source" in reason for _, reason in dropped)
    assert support("The mitochondria produce ATP", SOURCE) == 0.0
    assert support("green plants use light energy", SOURCE) == 1.0


def test_near_duplicate_cards_are_dropped_and_the_first_is_kept():
    cards = [
        Card("What is osmosis?", "The movement of water across a partially permeable membrane."),
        Card("What is osmosis ?", "The movement of water across a partially-permeable membrane"),
        Card("Explain osmosis.", "Osmosis is the movement of water across a partially permeable membrane."),
        Card("Where does photosynthesis happen?", "In the chloroplast."),
    ]
    kept, dropped = check_cards(cards, SOURCE)
    assert [c.question for c in kept] == ["What is osmosis?", "Where does photosynthesis happen?"]
    assert [reason for _, reason in dropped] == ["A near-duplicate of “What is osmosis?”."] * 2
    assert jaccard(cards[0].question + cards[0].answer, cards[3].question + cards[3].answer) < 0.2


def test_malformed_cards_are_dropped_with_the_reason():
    cards = [
        Card("Pick one: chloroplast or nucleus?", "The chloroplast.", "multiple_choice", "easy", ["Nucleus"]),
        Card("Photosynthesis makes glucose.", "glucose", "fill_blank"),
        Card("", "The chloroplast."),
    ]
    kept, dropped = check_cards(cards, SOURCE)
    assert kept == []
    assert [reason for _, reason in dropped] == [
        "A multiple-choice card needs at least two options, one of them the answer.",
        f"A fill-in-the-blank card's question has a blank ({BLANK}).",
        "A card needs a question and an answer.",
    ]


def test_llm_cards_are_checked_like_any_others():
    reply = json.dumps(
        {
            "cards": [
                {
                    "question": "Where does photosynthesis happen?",
                    "answer": "In the chloroplast.",
                    "type": "short_answer",
                    "difficulty": "easy",
                },
                {
                    "question": "Where does photosynthesis take place?",
                    "answer": "In the chloroplast",
                    "type": "short_answer",
                    "difficulty": "easy",
                },
                {
                    "question": "Who discovered photosynthesis?",
                    "answer": "Jan Ingenhousz in 1779.",
                    "type": "short_answer",
                    "difficulty": "hard",
                },
                {
                    "question": "Osmosis moves _____ across a membrane.",
                    "answer": "water",
                    "type": "fill_blank",
                    "difficulty": "medium",
                },
            ]
        }
    )
    with OpenAIServer([reply]) as server:
        provider = OpenAICompatProvider(server.base_url, server.api_key, "card-model", max_retries=0)
        result = LLMCardGenerator(provider).generate(ITEMS, SOURCE)
    assert result.generator == "llm:card-model"
    assert [c.question for c in result.cards] == [
        "Where does photosynthesis happen?",
        "Osmosis moves _____ across a membrane.",
    ]
    reasons = [reason for _, reason in result.dropped]
    assert reasons[0].startswith("A near-duplicate") and "not supported by the source" in reasons[1]


def test_an_unusable_llm_reply_falls_back_to_the_rules():
    with OpenAIServer(["Sure! Here are some flashcards about plants."]) as server:
        provider = OpenAICompatProvider(server.base_url, server.api_key, "card-model", max_retries=0)
        result = LLMCardGenerator(provider).generate(ITEMS, SOURCE)
    assert result.generator == "rules"
    assert result.fallback_reason.startswith("llm:card-model: invalid reply")
    assert len(result.cards) >= len(ITEMS)
