"""Answer groups: answers of one question clustered by similarity, so that an instructor can
grade alike answers once.

Plain Python over texts (no Django). Answers equal after ``normalise`` are one point and
always land in the same group; the distinct texts are embedded (MiniLM, or TF-IDF where MiniLM
is not installed, see llm.providers.similarity) and joined by average-linkage clustering: two
groups merge while the mean cosine similarity between their answers is at least ``threshold``.
A higher threshold makes tighter groups.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .providers.similarity import Similarity

# Cosine similarity at which two answers count as alike: the embeddings differ in scale.
DEFAULT_THRESHOLD = {"minilm": 0.8, "tfidf": 0.4}
THRESHOLD_STEP = 0.05
MIN_THRESHOLD, MAX_THRESHOLD = 0.3, 1.0


def normalise(text: str) -> str:
    """Case, accents' composed forms, punctuation and spacing do not make answers different."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def default_threshold(similarity_name: str) -> float:
    return DEFAULT_THRESHOLD.get(similarity_name, DEFAULT_THRESHOLD["tfidf"])


def clamp_threshold(value: float) -> float:
    return round(min(MAX_THRESHOLD, max(MIN_THRESHOLD, float(value))), 4)


@dataclass(frozen=True)
class Group:
    members: tuple[int, ...]  # indexes into the answers given, in their order
    representative: int  # the member most like the others


def similarity_matrix(texts: Sequence[str], similarity: Similarity) -> np.ndarray:
    """Cosine similarity of every pair of ``texts`` (n x n)."""
    embed = getattr(similarity, "embed", None)
    if embed is not None:
        vectors = np.asarray(embed(list(texts)), dtype=np.float32)
        return vectors @ vectors.T
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        matrix = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, dtype=np.float32).fit_transform(texts)
    except ValueError:  # no vocabulary at all (punctuation only)
        return np.eye(len(texts), dtype=np.float32)
    return (matrix @ matrix.T).toarray()


def cluster_labels(sims: np.ndarray, threshold: float) -> np.ndarray:
    """A label per row: average linkage cut where the mean similarity drops below ``threshold``."""
    n = len(sims)
    if n < 2:
        return np.zeros(n, dtype=int)
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distances = np.clip(1.0 - sims, 0.0, 2.0).astype(np.float64)
    np.fill_diagonal(distances, 0.0)
    tree = linkage(squareform(distances, checks=False), method="average")
    return fcluster(tree, t=1.0 - threshold + 1e-9, criterion="distance")


def group_answers(answers: Sequence[str], similarity: Similarity, threshold: float) -> list[Group]:
    """The answers' groups, largest first (ties: the earliest answer first)."""
    keys = [normalise(a) for a in answers]
    distinct = list(dict.fromkeys(keys))
    index = {key: i for i, key in enumerate(distinct)}
    counts = np.bincount([index[k] for k in keys], minlength=len(distinct)).astype(np.float32)
    sims = similarity_matrix([k or "(empty)" for k in distinct], similarity)
    labels = cluster_labels(sims, threshold)
    by_label: dict[int, list[int]] = {}
    for position, key in enumerate(keys):
        by_label.setdefault(int(labels[index[key]]), []).append(position)
    groups = []
    for members in by_label.values():
        points = list(dict.fromkeys(index[keys[m]] for m in members))
        weights = counts[points]
        closeness = sims[np.ix_(points, points)] @ weights  # weighted by how often each text occurs
        best = distinct[points[int(np.argmax(closeness))]]
        representative = next(m for m in members if keys[m] == best)
        groups.append(Group(tuple(members), representative))
    return sorted(groups, key=lambda g: (-len(g.members), g.members[0]))
