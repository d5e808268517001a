"""How good a provider's written comments are, beside its scores: plain functions.

- ROUGE-L F1: the longest common subsequence of words between the provider's comment and
  the instructor's, as an F1 of its precision and recall (Lin, 2004; lower-cased words,
  punctuation dropped, no stemming);
- semantic similarity: the cosine of the two comments' embeddings (``llm.providers.similarity``,
  MiniLM where installed);
- empty share: how many of the provider's usable replies carry no comment;
- label agreement: the share of answers where the label the score implies (full credit at the
  maximum, no credit at 0, partial in between) is the instructor's.

Comment metrics cover the answers whose instructor wrote a comment; None when there is none.
"""

from __future__ import annotations

import re

import numpy as np

from llm.providers.similarity import Similarity
from llm.rubric import implied_label

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall((text or "").lower())


def _lcs_length(a: list[str], b: list[str]) -> int:
    if not a or not b:
        return 0
    previous = [0] * (len(b) + 1)
    for token in a:
        current = [0]
        for j, other in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if token == other else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge_l_f1(candidate: str, reference: str) -> float:
    """ROUGE-L F1 of two texts (0 when either has no word)."""
    a, b = words(candidate), words(reference)
    lcs = _lcs_length(a, b)
    if not lcs:
        return 0.0
    precision, recall = lcs / len(a), lcs / len(b)
    return 2 * precision * recall / (precision + recall)


def comment_metrics(pairs: list[tuple[str, str]], similarity: Similarity | None) -> dict:
    """(provider's comment, instructor's comment) pairs -> ROUGE-L, similarity and empty share;
    comment metrics over the pairs whose instructor's comment is not empty."""
    judged = [(mine, theirs) for mine, theirs in pairs if theirs.strip()]
    rouge = [rouge_l_f1(mine, theirs) for mine, theirs in judged]
    similar = None
    if judged and similarity is not None:
        if hasattr(similarity, "embed"):
            similarity.embed(list(dict.fromkeys(text for pair in judged for text in pair if text.strip())))
        similar = float(
            np.mean([float(similarity.scores(theirs, [mine])[0]) if mine.strip() else 0.0 for mine, theirs in judged])
        )
    return {
        "comment_n": len(judged),
        "comment_rouge_l": _rounded(np.mean(rouge)) if rouge else None,
        "comment_similarity": _rounded(similar),
        "empty_comment_rate": _rounded(sum(not mine.strip() for mine, _ in pairs) / len(pairs)) if pairs else None,
    }


def label_agreement(labelled: list[tuple[float, float, float]]) -> float | None:
    """(human score, predicted score, max score) triples -> share whose implied labels agree."""
    if not labelled:
        return None
    return _rounded(sum(implied_label(h, m) == implied_label(p, m) for h, p, m in labelled) / len(labelled))


def _rounded(value) -> float | None:
    return None if value is None else round(float(value), 4)
