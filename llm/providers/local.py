"""A local transformers model (a base model folder, optionally with a LoRA adapter).

Replies are generated greedily; when the caller passes each conversation's rubric, every
section score is then read off the model's probabilities (see ``score_readout``).

Loaded models are cached per process, keyed by (base, adapter): a worker loads the active
model once and serves every task with it; ``release`` drops it when the active version
changes. The dtype is measured at load (``llm.dtypes``): bf16 only where it is clearly faster.

Where every section's score is read off the probabilities, the generated reply only brings
the comments (and the score readout starts from it), so it gets a shorter budget,
``comment_tokens``: a trained model's reply ends well within it, and a base model's prose,
which would not parse at any length, stops early. A one-section rubric is read first: when the
readout's pass shows that greedy decoding would write a bare score (a model trained on grades
without comments), that is the reply and nothing is generated; a model seen writing anything
else is generated for from then on.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import torch

from llm.dtypes import pick_dtype
from llm.guardrails import check_reply
from llm.prompts import target_json
from llm.providers import comment_readout, score_readout
from llm.providers.base import Provider, Reply
from llm.providers.prompt_cache import PrefixCache, rewind, shared_start, stacked


@dataclass
class LoadedModel:
    model: object
    tokenizer: object
    lock: threading.Lock  # one generate() at a time per model: torch already uses every thread
    prefixes: PrefixCache = field(default_factory=PrefixCache)
    # Set once a greedy reply was more than a bare score: reading first is then wasted work.
    writes_more_than_scores: bool = False


_cache: dict[tuple[str, str], LoadedModel] = {}
_cache_lock = threading.Lock()


def _key(base_path, adapter_path) -> tuple[str, str]:
    return (str(Path(base_path).resolve()), str(Path(adapter_path).resolve()) if adapter_path else "")


def load(base_path, adapter_path=None, dtype: str = "auto") -> LoadedModel:
    """The cached model for (base, adapter), loading it on first use in ``dtype`` ("auto":
    measured, see llm.dtypes; "float32"; "bfloat16")."""
    key = _key(base_path, adapter_path)
    with _cache_lock:
        if key not in _cache:
            _cache[key] = _load(*key, dtype)
        return _cache[key]


def _load(base_path: str, adapter_path: str, dtype: str) -> LoadedModel:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(base_path)
    tokenizer.padding_side = "left"
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(base_path, dtype=pick_dtype(dtype))
    if adapter_path:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, adapter_path).merge_and_unload()
    model.eval()
    return LoadedModel(model=model, tokenizer=tokenizer, lock=threading.Lock())


def release(base_path, adapter_path=None) -> bool:
    """Drop one cached model; True if it was loaded."""
    with _cache_lock:
        return _cache.pop(_key(base_path, adapter_path), None) is not None


def release_all_except(keep: set[tuple[str, str]] = frozenset()) -> None:
    """Drop every cached model but those in ``keep`` (keys from ``cached``)."""
    with _cache_lock:
        for key in [key for key in _cache if key not in keep]:
            del _cache[key]


def cached() -> set[tuple[str, str]]:
    with _cache_lock:
        return set(_cache)


class LocalProvider(Provider):
    name = "local"

    def __init__(
        self,
        base_path,
        adapter_path=None,
        *,
        label: str = "",
        max_new_tokens: int = 256,
        batch_size: int = 8,
        threads: int | None = None,
        comment_tokens: int | None = None,
        dtype: str = "auto",
    ):
        self.base_path = base_path
        self.adapter_path = adapter_path
        self.label = label or Path(adapter_path or base_path).name
        self.max_new_tokens = max_new_tokens
        self.batch_size = max(1, batch_size)
        self.threads = threads
        self.comment_tokens = comment_tokens
        self.dtype = dtype

    @property
    def key(self) -> tuple[str, str]:
        return _key(self.base_path, self.adapter_path)

    def release(self) -> bool:
        return release(self.base_path, self.adapter_path)

    def complete(self, conversations: list[list[dict]], rubrics: list[list[dict]] | None = None) -> list[Reply]:
        if self.threads:
            torch.set_num_threads(self.threads)
        loaded = load(self.base_path, self.adapter_path, self.dtype)
        tokenizer = loaded.tokenizer
        prompts = [
            tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
            for messages in conversations
        ]
        prompt_ids = [tokenizer(p, add_special_tokens=False).input_ids for p in prompts]
        budget = self._budget(rubrics)
        rubrics = rubrics or [None] * len(prompts)
        # Similar lengths batched together waste the least on padding.
        order = sorted(range(len(prompts)), key=lambda i: len(prompt_ids[i]))
        replies: list[Reply | None] = [None] * len(prompts)
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            with loaded.lock:
                started = time.perf_counter()
                caches = {
                    i: loaded.prefixes.prefill(
                        loaded.model, prompt_ids[i], shared_start(tokenizer, prompts[i], prompt_ids[i])
                    )
                    for i in chunk
                }
                for i in chunk:
                    replies[i] = self._read_bare_score(
                        loaded, conversations[i], prompts[i], prompt_ids[i], caches[i], rubrics[i], budget
                    )
                rest = [i for i in chunk if replies[i] is None]
                generated = self._generate(loaded, [prompt_ids[i] for i in rest], [caches[i] for i in rest], budget)
                for i, reply in zip(rest, generated):
                    if rubrics[i] and score_readout.readable(rubrics[i]):
                        reply = self._read_scores(
                            loaded, conversations[i], prompts[i], prompt_ids[i], caches[i], rubrics[i], reply
                        )
                    replies[i] = reply
                for i in chunk:
                    replies[i] = replace(replies[i], latency_ms=round((time.perf_counter() - started) * 1000, 1))
        return replies

    def _budget(self, rubrics: list[list[dict]] | None) -> int:
        """New tokens per reply: ``comment_tokens`` when every score will be read off the model."""
        if self.comment_tokens and rubrics and all(score_readout.readable(rubric) for rubric in rubrics):
            return min(self.max_new_tokens, self.comment_tokens)
        return self.max_new_tokens

    def _read_bare_score(
        self,
        loaded: LoadedModel,
        messages: list[dict],
        prompt: str,
        prompt_ids: list[int],
        cache,
        rubric: list[dict] | None,
        budget: int,
    ) -> Reply | None:
        """The reply read off the model without generating, for a one-section rubric whose greedy
        reply would be a bare score (``score_readout.read_bare_score``); None otherwise."""
        if not rubric or len(rubric) != 1 or not score_readout.readable(rubric) or loaded.writes_more_than_scores:
            return None
        found = score_readout.read_bare_score(
            loaded.model,
            loaded.tokenizer,
            prompt_ids,
            _answer_text(loaded.tokenizer, messages, prompt),
            rubric,
            budget,
            cache,
        )
        if found is None:
            loaded.writes_more_than_scores = True
            return None
        return Reply(
            text=target_json(found.scores),
            latency_ms=0.0,
            prompt_tokens=len(prompt_ids),
            completion_tokens=found.reply_tokens,
        )

    def _read_scores(
        self,
        loaded: LoadedModel,
        messages: list[dict],
        prompt: str,
        prompt_ids: list[int],
        cache,
        rubric: list[dict],
        reply: Reply,
    ) -> Reply:
        """The reply with each section's expected score (and a comment that agrees with it); a
        skeleton when the reply did not parse. ``cache`` holds the prompt but its last token."""
        tokenizer = loaded.tokenizer
        answer_text = _answer_text(tokenizer, messages, prompt)
        greedy = check_reply(rubric, reply.text).scores
        scores = score_readout.expected_scores(loaded.model, tokenizer, prompt_ids, answer_text, rubric, greedy, cache)
        scores = comment_readout.agreeing_comments(
            loaded.model, tokenizer, prompt_ids, answer_text, rubric, greedy, scores, self.max_new_tokens, cache
        )
        return replace(reply, text=target_json(scores))

    def _generate(
        self, loaded: LoadedModel, prompt_ids: list[list[int]], caches: list, max_new_tokens: int
    ) -> list[Reply]:
        """The greedy replies after ``prompt_ids``, decoded together; each prompt's cache holds
        all but its last token and is left as it came (the batch decodes on a padded copy)."""
        if not prompt_ids:
            return []
        tokenizer = loaded.tokenizer
        width = max(len(ids) for ids in prompt_ids)
        pad = tokenizer.pad_token_id
        input_ids = torch.tensor([[pad] * (width - len(ids)) + ids for ids in prompt_ids])
        attention_mask = torch.tensor([[0] * (width - len(ids)) + [1] * len(ids) for ids in prompt_ids])
        with torch.inference_mode():
            output = loaded.model.generate(
                input_ids=input_ids,
                attention_mask=attention_mask,
                cache=caches[0] if len(caches) == 1 else stacked(caches),
                do_sample=False,
                max_new_tokens=max_new_tokens,
                pad_token_id=pad,
                eos_token_id=tokenizer.eos_token_id,
            )
        if len(caches) == 1:
            rewind(caches[0], width - 1)
        replies = []
        for ids, row in zip(prompt_ids, output[:, width:]):
            written = row.tolist()
            if tokenizer.eos_token_id in written:
                written = written[: written.index(tokenizer.eos_token_id)]
            replies.append(
                Reply(
                    text=tokenizer.decode(written, skip_special_tokens=True).strip(),
                    latency_ms=0.0,
                    prompt_tokens=len(ids),
                    completion_tokens=min(len(written) + 1, len(row)),  # + the end-of-sequence token
                )
            )
        return replies


def _answer_text(tokenizer, messages: list[dict], prompt: str):
    """``answer_text(scores)``: a reply as it follows ``prompt``, cut as training cuts it (the
    assistant's turn, end of turn included)."""

    def answer_text(scores: dict) -> str:
        turn = {"role": "assistant", "content": target_json(scores)}
        return tokenizer.apply_chat_template([*messages, turn], tokenize=False)[len(prompt) :]

    return answer_text
