"""Any OpenAI-compatible chat API (OpenAI, DeepSeek, vLLM, Ollama, this project's /v1)."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import openai

from llm.providers.base import Provider, Reply


class OpenAICompatProvider(Provider):
    name = "openai"

    def __init__(
        self,
        base_url: str,
        api_key: str,
        model: str,
        *,
        max_tokens: int = 512,
        timeout_s: float = 60.0,
        max_retries: int = 1,
        concurrency: int = 4,
    ):
        self.label = model
        self.model = model
        self.max_tokens = max_tokens
        self.concurrency = max(1, concurrency)
        self.client = openai.OpenAI(
            base_url=base_url, api_key=api_key or "none", timeout=timeout_s, max_retries=max_retries
        )

    def _one(self, messages: list[dict]) -> Reply:
        started = time.perf_counter()
        try:
            response = self.client.chat.completions.create(
                model=self.model, messages=messages, temperature=0, max_tokens=self.max_tokens
            )
        except openai.OpenAIError as exc:
            return Reply(text="", latency_ms=_ms_since(started), error=f"{type(exc).__name__}: {exc}")
        latency_ms = _ms_since(started)
        if not response.choices:
            return Reply(text="", latency_ms=latency_ms, error="The API returned no choices.")
        usage = response.usage
        return Reply(
            text=response.choices[0].message.content or "",
            latency_ms=latency_ms,
            prompt_tokens=usage.prompt_tokens if usage else None,
            completion_tokens=usage.completion_tokens if usage else None,
        )

    def complete(self, conversations: list[list[dict]], rubrics: list[list[dict]] | None = None) -> list[Reply]:
        if len(conversations) <= 1 or self.concurrency == 1:
            return [self._one(messages) for messages in conversations]
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(conversations))) as pool:
            return list(pool.map(self._one, conversations))


def _ms_since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)
