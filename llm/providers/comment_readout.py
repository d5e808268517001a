"""A comment that agrees with the score read off a local model's probabilities.

The reply is written score first, then comment, so a generated comment follows the greedy
score. The readout (``score_readout``) may then move the score to another credit (full,
partial or none: ``llm.rubric.implied_label``); such a section's comment is written again,
greedily, after the reply's own text up to that comment with the score that is suggested.
A section whose greedy reply had no comment gets none (the model was not trained to write one).
"""

from __future__ import annotations

import copy
import json

import torch

from llm.providers.prompt_cache import rewind
from llm.rubric import implied_label

MARK = "\u2063"  # an invisible separator no comment contains: where the comment starts


def agreeing_comments(
    model,
    tokenizer,
    prompt_ids: list[int],
    answer_text,
    rubric: list[dict],
    greedy: dict | None,
    read: dict,
    max_new_tokens: int = 64,
    cache=None,
) -> dict:
    """``read`` (canonical scores) with the comment of each section whose read score implies
    another credit than the greedy one rewritten to follow the read score. ``cache``, when
    given, holds the model's pass over the prompt but its last token; it is left as it came."""
    out = copy.deepcopy(read)
    for section in rubric:
        name, top = section["name"], section["max_score"]
        before = (greedy or {}).get(name) or {}
        if not before.get("comment") or implied_label(before["score"], top) == implied_label(out[name]["score"], top):
            continue
        out[name]["comment"] = MARK
        text = answer_text(out)
        start = prompt_ids + tokenizer(text[: text.index(MARK)], add_special_tokens=False).input_ids
        out[name]["comment"] = _string_after(model, tokenizer, start, max_new_tokens, cache)
        if cache is not None:
            rewind(cache, len(prompt_ids) - 1)
    return out


def _string_after(model, tokenizer, ids: list[int], max_new_tokens: int, cache=None) -> str:
    """The JSON string the model writes after ``ids`` (an opening quote), greedily, unescaped;
    ``cache`` may hold the model's pass over a start of ``ids``."""
    with torch.inference_mode():
        output = model.generate(
            input_ids=torch.tensor([ids]),
            attention_mask=torch.ones(1, len(ids), dtype=torch.long),
            cache=cache,
            do_sample=False,
            max_new_tokens=max_new_tokens,
            pad_token_id=tokenizer.pad_token_id,
            eos_token_id=tokenizer.eos_token_id,
        )
    text = tokenizer.decode(output[0, len(ids) :], skip_special_tokens=True)
    end, escaped = len(text), False
    for i, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            end = i
            break
    try:
        return json.loads(f'"{text[:end]}"').strip()
    except ValueError:
        return text[:end].replace("\\", "").strip()
