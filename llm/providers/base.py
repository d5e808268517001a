"""The one interface every grading provider has.

A provider turns conversations (chat messages) into replies. ``prompt`` says which messages a
task becomes for this provider (the retrieval provider adds examples); ``grade`` does both.
Retries append turns to the same conversation, so they go through ``complete`` directly.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from llm.prompts import GradingTask, build_messages


@dataclass(frozen=True)
class Reply:
    """A model's answer to one conversation. ``error`` is set when no answer came back."""

    text: str
    latency_ms: float
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    error: str = ""


class Provider(ABC):
    """``name`` says what kind of provider it is (openai, local, retrieval+local...);
    ``label`` says which model answered (a model version label or the API's model name)."""

    name: str
    label: str

    def prompt(self, task: GradingTask) -> list[dict]:
        return build_messages(task)

    @abstractmethod
    def complete(self, conversations: list[list[dict]], rubrics: list[list[dict]] | None = None) -> list[Reply]:
        """One reply per conversation, in order. ``rubrics``, one per conversation when given,
        lets a provider that sees its model's probabilities read the scores off them."""

    def grade(self, tasks: list[GradingTask]) -> list[Reply]:
        return self.complete([self.prompt(task) for task in tasks], [task.rubric for task in tasks])


def innermost(provider: Provider) -> Provider:
    """The model under the wrappers (retrieval, hints) that only add to its prompts."""
    while hasattr(provider, "inner"):
        provider = provider.inner
    return provider
