"""Grading with guardrails: ask a provider, check the reply against the rubric, retry once
with the problem stated, then fall back to the next provider of the chain.

A suggestion either passes ``llm.rubric.check_scores`` or there is none: the outcome then
carries no scores and, per provider, why it failed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from llm.guardrails import check_reply
from llm.prompts import GradingTask, prompt_hash
from llm.providers.base import Provider, Reply

log = logging.getLogger(__name__)

RETRY_INSTRUCTION = (
    "Your reply could not be used: {error} Reply again with JSON only: one key per rubric "
    'section, each {{"score": <number>}}, within the maxima.'
)


@dataclass(frozen=True)
class GradeOutcome:
    """Scores from the first provider whose reply passed, with its provenance (latency and
    tokens summed over that provider's attempts; the hash is of its first prompt), or no
    scores. ``failures``: (provider name, model label, reason) for each provider that failed."""

    scores: dict | None = None
    total: float | int | None = None
    provider: str = ""
    model_label: str = ""
    prompt_hash: str = ""
    latency_ms: float = 0.0
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    attempts: int = 0
    failures: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.scores is not None

    @property
    def reason(self) -> str:
        """Why there is no suggestion, one provider after another."""
        return "; ".join(f"{name} ({label}): {why}" for name, label, why in self.failures)


@dataclass
class _Pending:
    """One task's conversation with the current provider, and what it has cost so far."""

    task: GradingTask
    messages: list[dict]
    prompt_hash: str = field(init=False)
    latency_ms: float = 0.0
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    attempts: int = 0

    def __post_init__(self):
        self.prompt_hash = prompt_hash(self.messages)

    def retry_after(self, bad_reply: str, error: str) -> None:
        """Continue the conversation: the bad reply, then what was wrong with it."""
        self.messages = [
            *self.messages,
            {"role": "assistant", "content": bad_reply},
            {"role": "user", "content": RETRY_INSTRUCTION.format(error=error)},
        ]

    def count(self, reply: Reply) -> None:
        self.attempts += 1
        self.latency_ms += reply.latency_ms
        self.prompt_tokens = _add(self.prompt_tokens, reply.prompt_tokens)
        self.completion_tokens = _add(self.completion_tokens, reply.completion_tokens)


def _add(a: int | None, b: int | None) -> int | None:
    return b if a is None else a + (b or 0)


def grade(task: GradingTask, chain: list[Provider], retries: int = 1) -> GradeOutcome:
    return grade_many([task], chain, retries)[0]


def grade_many(tasks: list[GradingTask], chain: list[Provider], retries: int = 1) -> list[GradeOutcome]:
    """Grade every task; each provider gets all still ungraded tasks in one batch, then one
    batch per retry round holding only the replies that failed the checks."""
    outcomes: list[GradeOutcome | None] = [None] * len(tasks)
    failures: list[list[tuple[str, str, str]]] = [[] for _ in tasks]
    for provider in chain:
        waiting = [i for i, outcome in enumerate(outcomes) if outcome is None]
        if not waiting:
            break
        _grade_with(provider, tasks, waiting, retries, outcomes, failures)
        log.info(
            "provider %s (%s): %d of %d graded",
            provider.name,
            provider.label,
            sum(outcomes[i] is not None for i in waiting),
            len(waiting),
        )
    return [
        outcome if outcome is not None else GradeOutcome(failures=tuple(failures[i]))
        for i, outcome in enumerate(outcomes)
    ]


def _grade_with(provider: Provider, tasks, waiting: list[int], retries: int, outcomes, failures) -> None:
    """Set ``outcomes[i]`` for each waiting task the provider grades; a failure for the rest."""
    try:
        pending = {i: _Pending(tasks[i], provider.prompt(tasks[i])) for i in waiting}
    except Exception as exc:  # noqa: BLE001 - a broken provider must not stop the chain
        _fail_all(provider, waiting, f"could not build the prompt ({type(exc).__name__}: {exc})", failures)
        return
    for round_ in range(retries + 1):
        indices = list(pending)
        if not indices:
            return
        try:
            replies = provider.complete(
                [pending[i].messages for i in indices], [pending[i].task.rubric for i in indices]
            )
        except Exception as exc:  # noqa: BLE001
            _fail_all(provider, indices, f"{type(exc).__name__}: {exc}", failures)
            return
        for i, reply in zip(indices, replies):
            state = pending.pop(i)
            state.count(reply)
            if reply.error:
                failures[i].append((provider.name, provider.label, reply.error))
                continue
            checked = check_reply(state.task.rubric, reply.text)
            if checked.ok:
                outcomes[i] = _success(provider, state, checked, failures[i])
            elif round_ == retries:
                reason = f"invalid reply (attempt {state.attempts}): {checked.error}"
                failures[i].append((provider.name, provider.label, reason))
            else:
                state.retry_after(reply.text, checked.error)
                pending[i] = state


def _fail_all(provider: Provider, indices: list[int], reason: str, failures) -> None:
    log.warning("provider %s (%s) failed: %s", provider.name, provider.label, reason)
    for i in indices:
        failures[i].append((provider.name, provider.label, reason))


def _success(provider: Provider, state: _Pending, checked, earlier_failures) -> GradeOutcome:
    return GradeOutcome(
        scores=checked.scores,
        total=checked.total,
        provider=provider.name,
        model_label=provider.label,
        prompt_hash=state.prompt_hash,
        latency_ms=round(state.latency_ms, 1),
        prompt_tokens=state.prompt_tokens,
        completion_tokens=state.completion_tokens,
        attempts=state.attempts,
        failures=tuple(earlier_failures),
    )
