"""Study cards from reference material: questions with model answers in, checked cards out.

A generator turns ``StudyItem``s (a question and its reference answer) into ``Card``s; then
``check_cards`` keeps only cards whose answer the source text supports (enough of the
answer's content words occur in it) and drops near-duplicates (token Jaccard). Both
generators, rule-based and provider-based, go through the same check: support is checked,
never assumed.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from llm.guardrails import ReplyError, extract_json
from llm.providers.base import Provider

CARD_TYPES = ("short_answer", "fill_blank", "true_false", "multiple_choice")
DIFFICULTIES = ("easy", "medium", "hard")
SUPPORT_THRESHOLD = 0.7
DUPLICATE_THRESHOLD = 0.8
BLANK = "_____"
MAX_MC_ANSWER_WORDS = 25
MAX_LLM_CHARS = 30_000

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers him his how i if in into is it its itself just me more most my no nor not
    now of off on once only or other our out over own same she should so some such than that the their
    them then there these they this those through to too true false under until up very was we were what
    when where which while who whom why will with would you your yes""".split()
)


GENERIC_WORDS = frozenset("process thing things way ways type types kind example part used using make makes".split())


@dataclass(frozen=True)
class StudyItem:
    """A question and its reference answer; ``key_terms`` (e.g. a guide's marking points) say
    which words of the answer matter most."""

    question: str
    answer: str
    key_terms: tuple[str, ...] = ()


@dataclass
class Card:
    question: str
    answer: str
    card_type: str = "short_answer"
    difficulty: str = "medium"
    options: list[str] = field(default_factory=list)
    source_excerpt: str = ""

    @property
    def front(self) -> str:
        """What a student sees first: the question, and the choices for multiple choice."""
        if self.card_type != "multiple_choice" or not self.options:
            return self.question
        letters = "ABCDEFGH"
        return "\n".join([self.question, *(f"{letters[i]}) {o}" for i, o in enumerate(self.options[:8]))])


@dataclass
class CardResult:
    cards: list[Card]
    generator: str
    dropped: list[tuple[Card, str]] = field(default_factory=list)
    fallback_reason: str = ""


def tokens(text: str) -> list[str]:
    """Lower-case words and numbers, a plural "s" removed so "cells" matches "cell"."""
    words = re.findall(r"[a-z0-9]+", (text or "").lower())
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def content_words(text: str) -> set[str]:
    return {w for w in tokens(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())}


def support(answer: str, source: str) -> float:
    """The share of the answer's content words that occur in the source (0 when it has none)."""
    words = content_words(answer)
    return len(words & content_words(source)) / len(words) if words else 0.0


def jaccard(a: str, b: str, words=lambda text: set(tokens(text))) -> float:
    first, second = words(a), words(b)
    return len(first & second) / len(first | second) if first | second else 1.0


def near_duplicates(a: Card, b: Card, threshold: float = DUPLICATE_THRESHOLD) -> bool:
    """Cards of one type that share nearly all their content words, or give the same answer
    to a similar question ("Where does X happen?" / "Where does X take place?")."""
    if a.card_type != b.card_type:
        return False
    if jaccard(f"{a.question} {a.answer}", f"{b.question} {b.answer}", content_words) >= threshold:
        return True
    return jaccard(a.answer, b.answer, content_words) >= threshold and jaccard(a.question, b.question) >= 0.5


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text or "") if s.strip()]


def best_excerpt(answer: str, source: str) -> str:
    """The source sentence sharing most content words with the answer."""
    words = content_words(answer)
    scored = [(len(words & content_words(s)), -i, s) for i, s in enumerate(sentences(source))]
    best = max(scored, default=(0, 0, ""))
    return best[2] if best[0] else ""


def _claim(card: Card) -> str:
    """The text a card asserts: a true/false card's verdict says nothing, its statement does."""
    if card.card_type == "true_false":
        rest = re.sub(r"^\s*(true|false)\b[\s.:—-]*", "", card.answer, flags=re.I)
        return rest or re.sub(r"^\s*true or false:\s*", "", card.question, flags=re.I)
    return card.answer


def card_problem(card: Card) -> str:
    """Why a card is malformed (empty when it is fine)."""
    if not card.question.strip() or not card.answer.strip():
        return "A card needs a question and an answer."
    if card.card_type not in CARD_TYPES:
        return f"Unknown card type '{card.card_type}'."
    if card.difficulty not in DIFFICULTIES:
        return f"Unknown difficulty '{card.difficulty}'."
    if card.card_type == "multiple_choice" and (len(card.options) < 2 or card.answer not in card.options):
        return "A multiple-choice card needs at least two options, one of them the answer."
    if card.card_type == "true_false" and not re.match(r"^\s*(true|false)\b", card.answer, re.I):
        return "A true/false card's answer starts with True or False."
    if card.card_type == "fill_blank" and BLANK not in card.question:
        return f"A fill-in-the-blank card's question has a blank ({BLANK})."
    return ""


def check_cards(
    cards: list[Card],
    source: str,
    support_threshold: float = SUPPORT_THRESHOLD,
    duplicate_threshold: float = DUPLICATE_THRESHOLD,
) -> tuple[list[Card], list[tuple[Card, str]]]:
    """Keep the well-formed cards the source supports, first of each near-duplicate group.
    Returns (kept, dropped) with a reason for each dropped card."""
    kept: list[Card] = []
    dropped: list[tuple[Card, str]] = []
    for card in cards:
        problem = card_problem(card)
        if problem:
            dropped.append((card, problem))
            continue
        share = support(_claim(card), source)
        if share < support_threshold:
            dropped.append((card, f"The answer is not supported by the source ({share:.0%} of its words found)."))
            continue
        twin = next((k for k in kept if near_duplicates(card, k, duplicate_threshold)), None)
        if twin is not None:
            dropped.append((card, f"A near-duplicate of “{twin.question[:80]}”."))
            continue
        if not card.source_excerpt:
            card.source_excerpt = best_excerpt(_claim(card), source)
        kept.append(card)
    return kept, dropped


def _difficulty(answer: str) -> str:
    words = len(answer.split())
    return "easy" if words <= 8 else "medium" if words <= 25 else "hard"


def _key_term(item: StudyItem, frequency: Counter) -> str:
    """The answer's most telling word, not given away by the question: one named in the key
    terms if any, else a rare and long one."""
    asked = content_words(item.question)
    marked = content_words(" ".join(item.key_terms))
    candidates = [
        w
        for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", item.answer)
        if w.lower() not in STOPWORDS | GENERIC_WORDS and tokens(w)[0] not in asked
    ]
    return min(candidates, key=lambda w: (tokens(w)[0] not in marked, frequency[tokens(w)[0]], -len(w)), default="")


def _stable_order(values: list[str], seed: str) -> list[str]:
    return sorted(values, key=lambda v: hashlib.sha256(f"{seed}|{v}".encode()).hexdigest())


class RuleBasedCardGenerator:
    """Per item: a question/answer card, a fill-in-the-blank on the answer's key term, a
    true/false statement (false ones swap the key term for another answer's), and a
    multiple-choice card whose wrong options are other items' answers."""

    name = "rules"

    def generate(self, items: list[StudyItem], source: str) -> CardResult:
        items = [i for i in items if i.question.strip() and i.answer.strip()]
        frequency = Counter(w for item in items for w in set(tokens(item.answer)))
        terms = [_key_term(item, frequency) for item in items]
        cards: list[Card] = []
        for index, (item, term) in enumerate(zip(items, terms)):
            cards.append(Card(item.question, item.answer, "short_answer", _difficulty(item.answer)))
            sentence = next((s for s in sentences(item.answer) if term and term in s and len(s.split()) >= 5), "")
            if sentence:
                cards.append(
                    Card(f"Fill in the blank: {sentence.replace(term, BLANK, 1)}", term, "fill_blank", "medium")
                )
                cards.append(self._true_false(index, sentence, term, terms))
            others = [o.answer for j, o in enumerate(items) if j != index and o.answer != item.answer]
            if len(others) >= 2 and len(item.answer.split()) <= MAX_MC_ANSWER_WORDS:
                short = sorted(others, key=lambda o: abs(len(o) - len(item.answer)))[:3]
                options = _stable_order([item.answer, *short], item.question)
                cards.append(Card(item.question, item.answer, "multiple_choice", "medium", options))
        kept, dropped = check_cards(cards, source)
        return CardResult(cards=kept, generator=self.name, dropped=dropped)

    @staticmethod
    def _true_false(index: int, sentence: str, term: str, terms: list[str]) -> Card:
        swap = next((t for t in terms[index + 1 :] + terms[:index] if t and t.lower() != term.lower()), "")
        if index % 2 and swap:
            statement = sentence.replace(term, swap, 1)
            return Card(f"True or false: {statement}", f"False. {sentence}", "true_false", "easy")
        return Card(f"True or false: {sentence}", f"True. {sentence}", "true_false", "easy")


CARD_INSTRUCTIONS = (
    "You write study cards from course material. Reply with JSON only: "
    '{"cards": [{"question": "...", "answer": "...", "type": "short_answer|fill_blank|true_false|multiple_choice", '
    '"difficulty": "easy|medium|hard", "options": ["..."]}]}. '
    f"Every answer must be stated in the material. A fill_blank question contains {BLANK}; a true_false answer "
    "starts with True or False and then gives the correct statement; a multiple_choice card lists options, "
    "one of them exactly the answer."
)


class LLMCardGenerator:
    """Cards written by a provider, then checked like any others; an unusable reply (no JSON,
    no cards list, no card left after the check) falls back to the rule-based generator."""

    def __init__(self, provider: Provider, fallback: RuleBasedCardGenerator | None = None):
        self.provider = provider
        self.fallback = fallback or RuleBasedCardGenerator()
        self.name = f"llm:{provider.label}"

    def generate(self, items: list[StudyItem], source: str) -> CardResult:
        material = "\n\n".join(f"Question: {i.question}\nAnswer: {i.answer}" for i in items)[:MAX_LLM_CHARS]
        messages = [{"role": "system", "content": CARD_INSTRUCTIONS}, {"role": "user", "content": material}]
        try:
            reply = self.provider.complete([messages])[0]
        except Exception as exc:  # noqa: BLE001 - a broken provider must not stop generation
            return self._fall_back(items, source, f"{type(exc).__name__}: {exc}")
        if reply.error:
            return self._fall_back(items, source, reply.error)
        try:
            cards = self._cards(reply.text)
        except ReplyError as exc:
            return self._fall_back(items, source, f"invalid reply: {exc}")
        kept, dropped = check_cards(cards, source)
        if not kept:
            return self._fall_back(items, source, "no card in the reply passed the checks")
        return CardResult(cards=kept, generator=self.name, dropped=dropped)

    @staticmethod
    def _cards(text: str) -> list[Card]:
        data = extract_json(text)
        items = data.get("cards")
        if not isinstance(items, list) or not items:
            raise ReplyError('The reply has no "cards" list.')
        cards = []
        for item in items:
            if not isinstance(item, dict):
                continue
            options = item.get("options") or []
            cards.append(
                Card(
                    question=str(item.get("question") or "").strip(),
                    answer=str(item.get("answer") or "").strip(),
                    card_type=str(item.get("type") or item.get("card_type") or "short_answer"),
                    difficulty=str(item.get("difficulty") or "medium"),
                    options=[str(o).strip() for o in options] if isinstance(options, list) else [],
                )
            )
        return cards

    def _fall_back(self, items, source, reason) -> CardResult:
        result = self.fallback.generate(items, source)
        result.fallback_reason = f"{self.name}: {reason}"
        return result
