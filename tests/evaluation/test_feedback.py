"""Comment metrics: ROUGE-L, similarity, empty share, and the label a score implies."""

import pytest

from evaluation.feedback import comment_metrics, label_agreement, rouge_l_f1
from llm.providers.similarity import TfidfSimilarity
from llm.rubric import implied_label


def test_rouge_l_is_the_f1_of_the_longest_common_word_subsequence():
    assert rouge_l_f1("The response is correct.", "the response is correct") == 1.0
    # LCS "the is correct" (3 words) of 4 and 5 words: P 3/4, R 3/5.
    assert rouge_l_f1("the answer is correct", "the response sadly is correct") == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert rouge_l_f1("", "anything") == 0.0


def test_a_score_implies_full_partial_or_no_credit():
    assert [implied_label(s, 1) for s in (1, 0.75, 0.0)] == ["full", "partial", "none"]
    assert label_agreement([(1, 1, 1), (0.5, 0.25, 1), (0, 0.25, 1), (1, 0.75, 1)]) == 0.5
    assert label_agreement([]) is None


def test_comment_metrics_cover_the_answers_whose_instructor_wrote_a_comment():
    pairs = [
        ("Correct, well explained.", "Correct, well explained."),
        ("", "Missing the header fields."),
        ("Nice.", ""),
    ]
    metrics = comment_metrics(pairs, TfidfSimilarity())
    assert metrics["comment_n"] == 2
    assert metrics["comment_rouge_l"] == 0.5 and metrics["comment_similarity"] == pytest.approx(0.5, abs=1e-4)
    assert metrics["empty_comment_rate"] == pytest.approx(1 / 3, abs=1e-4)
