"""Read a section's score off a local model's probabilities instead of its greedy digits.

Greedy decoding returns the single likeliest score string, so a model that is 40 % sure of
5 and 60 % spread over 2-4 still answers 5: predictions pile up on the most common grade.
Here each candidate score on the section's grid is written into the reply (the same compact
JSON the model is trained on), the model's log-probability of that whole reply is computed,
and the section gets the probability-weighted mean of the candidates: the score that
minimises the expected squared error under the model's own belief (rounded to the section's
grid when its rubric states a step, so the score is one an instructor could give).

The reply is always in the trained format, so a model whose greedy reply did not parse still
gets scores (they start from a skeleton). Sections with criteria keep the generated reply:
their points must add up, which a per-number readout does not ensure.

For a one-section rubric the readout can also stand in for generation (``read_bare_score``):
its pass holds the model's next-token choice at every position of every candidate reply, so
when greedy decoding would write one of the candidates (a bare score, no comment) that pass
shows which, and the reply need not be generated at all.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import torch

from llm.providers.prompt_cache import rewind
from llm.rubric import clean_number, default_step, snap

MAX_CANDIDATES = 101


def score_grid(max_score: float, step: float | None = None) -> list[float | int]:
    """Candidate scores for a section: multiples of its ``step`` when the rubric states one,
    else half points up to a maximum of 10, whole points up to 100, else 100 even steps; the
    maximum itself is always a candidate. A step giving more than MAX_CANDIDATES candidates
    falls back to the default grid (the expected score is still rounded to the step)."""
    if not step or max_score / step + 1 > MAX_CANDIDATES:
        step = default_step(max_score)
    count = int(max_score / step + 1e-9)
    grid = [clean_number(i * step) for i in range(count + 1)]
    if grid[-1] != max_score:
        grid.append(max_score)
    return grid


def readable(rubric: list[dict]) -> bool:
    """Can every section's score be read off the model (no criteria points to keep in sum)?"""
    return all(not section.get("criteria") for section in rubric)


def expected_scores(
    model, tokenizer, prompt_ids: list[int], answer_text, rubric: list[dict], scores: dict | None, cache=None
) -> dict:
    """Canonical scores with each section's score replaced by its expected value.

    ``answer_text(scores)`` renders a reply as it follows the prompt (the assistant turn and
    its end, as in training); ``scores`` are the greedy reply's canonical scores, or None for a
    skeleton. Later sections are conditioned on the likeliest score of earlier ones. ``cache``,
    when given, holds the model's pass over the prompt but its last token (``prompt_cache``); it
    is left as it came."""
    current = copy.deepcopy(scores) if scores else {section["name"]: {"score": 0} for section in rubric}
    expected = {}
    for section in rubric:
        name, grid = section["name"], score_grid(section["max_score"], section.get("step"))
        candidates = []
        for value in grid:
            current[name]["score"] = value
            candidates.append(tokenizer(answer_text(current), add_special_tokens=False).input_ids)
        likelihoods, _ = _log_likelihoods(model, prompt_ids, candidates, cache)
        expected[name], current[name]["score"] = _expected_and_likeliest(likelihoods, grid, section)
    for name, value in expected.items():
        current[name]["score"] = value
    return current


@dataclass(frozen=True)
class BareScore:
    """What ``read_bare_score`` found: the expected scores and the greedy reply's token count
    (its end-of-turn token included)."""

    scores: dict
    reply_tokens: int


def read_bare_score(
    model, tokenizer, prompt_ids: list[int], answer_text, rubric: list[dict], max_new_tokens: int, cache=None
) -> BareScore | None:
    """For a one-section rubric without criteria: the expected scores, as ``expected_scores``
    gives them, when greedy decoding would write one of the candidate replies (a bare score on
    the grid, then the end of the turn, within ``max_new_tokens``); None when it would write
    anything else (a comment, another number, prose), which only generation can tell.
    ``cache`` as for ``expected_scores``."""
    (section,) = rubric
    name, grid = section["name"], score_grid(section["max_score"], section.get("step"))
    candidates = [
        tokenizer(answer_text({name: {"score": value}}), add_special_tokens=False).input_ids for value in grid
    ]
    likelihoods, greedy = _log_likelihoods(model, prompt_ids, candidates, cache, stop=tokenizer.eos_token_id)
    if greedy is None or greedy > max_new_tokens:
        return None
    expected, _ = _expected_and_likeliest(likelihoods, grid, section)
    return BareScore({name: {"score": expected}}, greedy)


def _expected_and_likeliest(likelihoods: torch.Tensor, grid: list, section: dict) -> tuple[float, float]:
    """The probability-weighted mean of the grid (on the section's step) and its likeliest value."""
    probabilities = torch.softmax(likelihoods, dim=0).tolist()
    expected = snap(round(sum(p * value for p, value in zip(probabilities, grid)), 2), section)
    return expected, grid[probabilities.index(max(probabilities))]


def _log_likelihoods(
    model, prompt_ids: list[int], candidates: list[list[int]], cache=None, stop: int | None = None
) -> tuple[torch.Tensor, int | None]:
    """log P(candidate | prompt) for each candidate token list, less the log-probability of
    the candidates' common start (the same for all, so it cancels in a softmax); and, with a
    ``stop`` token, how many tokens greedy decoding after the prompt writes when it writes one
    of the candidates up to its ``stop`` (that token included), else None.

    One forward pass scores them all: the prompt (or, with ``cache`` holding the prompt but its
    last token, only that token), the candidates' common start, then every candidate's own
    tokens one after the other in the same row, each seeing the prompt, the common start and its
    own earlier tokens only (an attention mask) at the positions it would have alone. ``cache``
    is taken back to where it was."""
    # Every candidate keeps at least one token of its own to score.
    shared = min(_common_prefix_length(candidates), min(len(candidate) for candidate in candidates) - 1)
    tails = [candidate[shared:] for candidate in candidates]
    cached = len(prompt_ids) - 1 if cache is not None else 0
    opening = prompt_ids[cached:] + candidates[0][:shared]
    row = opening + [token for tail in tails for token in tail]
    positions = list(range(cached, cached + len(opening)))
    hidden = torch.finfo(model.dtype).min
    mask = torch.full((len(row), cached + len(row)), hidden, dtype=model.dtype)
    mask[:, :cached] = 0
    mask[: len(opening), cached : cached + len(opening)] = torch.triu(
        torch.full((len(opening), len(opening)), hidden, dtype=model.dtype), diagonal=1
    )
    starts, offset = [], len(opening)
    for tail in tails:
        starts.append(offset)
        positions += range(cached + len(opening), cached + len(opening) + len(tail))
        mask[offset : offset + len(tail), cached : cached + len(opening)] = 0
        for i in range(len(tail)):
            mask[offset + i, cached + offset : cached + offset + i + 1] = 0
        offset += len(tail)
    with torch.inference_mode():
        logits = model(
            input_ids=torch.tensor([row]),
            attention_mask=mask[None, None],
            position_ids=torch.tensor([positions]),
            cache=cache,
            use_cache=cache is not None,
        ).logits[0]
        log_probs = torch.log_softmax(logits.float(), dim=-1)
    if cache is not None:
        rewind(cache, cached)
    first = log_probs[len(opening) - 1]
    likelihoods = torch.stack(
        [
            first[tail[0]]
            + sum((log_probs[start + i - 1, token] for i, token in enumerate(tail) if i), torch.tensor(0.0))
            for start, tail in zip(starts, tails)
        ]
    )
    if stop is None:
        return likelihoods, None
    # Where each token of a candidate is predicted: its common start right after the prompt, its
    # first own token at the end of the opening, each later one at its own row position.
    reply_start = len(prompt_ids) - 1 - cached
    choices = log_probs.argmax(dim=-1).tolist()
    for candidate, start in zip(candidates, starts):
        if stop not in candidate:
            continue
        written = candidate[: candidate.index(stop) + 1]
        where = [reply_start + j for j in range(shared)] + [len(opening) - 1]
        where += [start + i - 1 for i in range(1, len(written) - shared)]
        if all(choices[at] == token for at, token in zip(where, written)):
            return likelihoods, len(written)
    return likelihoods, None


def _common_prefix_length(sequences: list[list[int]]) -> int:
    shortest = min(len(sequence) for sequence in sequences)
    for i in range(shortest):
        if any(sequence[i] != sequences[0][i] for sequence in sequences):
            return i
    return shortest
