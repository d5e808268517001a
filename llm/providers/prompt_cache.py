"""One pass over a prompt, shared by everything a local model does with it.

A suggestion runs the model over its prompt for the greedy reply, again for the score readout
and again for a rewritten comment; and the answers to one question share most of their prompt
(the instructions, the rubric, the question and the reference answer come before the student's
answer). On 2 CPU threads a pass over a 250-token prompt costs about as much as writing ten
tokens, so both repeats are worth avoiding:

- ``PrefixCache`` keeps the model's key/value cache of recent prompts' shared starts (up to the
  student's answer), so the next answer to the same question only runs its own part;
- ``prefill`` returns a cache over the whole prompt but its last token; the caller's next
  forward pass starts with that token, and ``rewind`` takes the cache back to it afterwards, so
  generation, readout and comment rewriting all start from the same pass. Only the cache is
  wanted, so the pass skips the output layer for all but one position (a fifth of a small
  model's arithmetic per token: its vocabulary is large).

Attention only looks back, so the cache of a token sequence is the same whichever longer
prompt it starts: the scores are those of a pass over the whole prompt (up to float rounding).
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict

import torch

from llm.prompts import ANSWER_MARK


def shared_start(tokenizer, prompt: str, prompt_ids: list[int]) -> int:
    """How many of ``prompt_ids`` come before the (last) student answer: the part other answers
    to the same question share. 0 when the prompt has no answer marker."""
    offset = prompt.rfind(ANSWER_MARK)
    if offset < 0:
        return 0
    start = tokenizer(prompt[: offset + len(ANSWER_MARK)], add_special_tokens=False).input_ids
    common = 0
    for mine, theirs in zip(prompt_ids, start):
        if mine != theirs:
            break
        common += 1
    return common


def rewind(cache, length: int) -> None:
    """Drop every cached position from ``length`` on."""
    extra = cache.get_seq_length() - length
    if extra > 0:
        cache.crop(-extra)


class PrefixCache:
    """The caches of the last ``size`` prompt starts of one model, least recently used dropped."""

    def __init__(self, size: int = 8):
        self.size = size
        self._entries: OrderedDict[tuple[int, ...], object] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def prefill(self, model, prompt_ids: list[int], shared: int):
        """A cache over ``prompt_ids[:-1]``, from the stored cache of ``prompt_ids[:shared]``
        when there is one (storing it when not)."""
        shared = min(shared, len(prompt_ids) - 1)
        key = tuple(prompt_ids[:shared])
        with self._lock:
            stored = self._entries.get(key) if shared else None
            if stored is not None:
                self._entries.move_to_end(key)
                self.hits += 1
            elif shared:
                self.misses += 1
        with torch.inference_mode():
            if stored is None and shared:
                stored = model(input_ids=torch.tensor([key]), use_cache=True, logits_to_keep=1).cache
                with self._lock:
                    self._entries[key] = stored
                    while len(self._entries) > self.size:
                        self._entries.popitem(last=False)
            if stored is not None:
                cache, rest = copy.deepcopy(stored), prompt_ids[shared:-1]
            else:
                from transformers import DynamicCache

                cache, rest = DynamicCache(), prompt_ids[:-1]
            if rest:
                cache = model(input_ids=torch.tensor([rest]), cache=cache, use_cache=True, logits_to_keep=1).cache
        return cache


def stacked(caches: list) -> object:
    """One cache for a batch of prompts from their own caches, each padded on the left to the
    longest; the caller's attention mask hides the padding (as for left-padded prompts)."""
    from transformers import DynamicCache

    width = max(cache.get_seq_length() for cache in caches)

    def padded(tensors: list[torch.Tensor]) -> torch.Tensor:
        return torch.cat([torch.nn.functional.pad(t, (0, 0, width - t.shape[-2], 0)) for t in tensors])

    return DynamicCache(
        [
            (padded([cache.layers[i].keys for cache in caches]), padded([cache.layers[i].values for cache in caches]))
            for i in range(len(caches[0].layers))
        ]
    )
