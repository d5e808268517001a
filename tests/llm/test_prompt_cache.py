import pytest
import torch

from llm.guardrails import check_reply
from llm.prompts import ANSWER_OPEN, target_json
from llm.providers import local
from llm.providers.local import LocalProvider
from llm.providers.prompt_cache import PrefixCache, rewind, shared_start
from llm.providers.score_readout import _log_likelihoods, expected_scores, score_grid
from tests.llm.tasks import RUBRIC, make_task

pytestmark = pytest.mark.usefixtures("empty_cache")


def prompt_of(loaded, task, provider):
    prompt = loaded.tokenizer.apply_chat_template(provider.prompt(task), add_generation_prompt=True, tokenize=False)
    return prompt, loaded.tokenizer(prompt, add_special_tokens=False).input_ids


def next_token_logits(model, ids, cache=None):
    with torch.inference_mode():
        return model(input_ids=torch.tensor([ids]), cache=cache).logits[0, -1]


def test_the_shared_start_ends_where_the_student_answer_begins(base):
    loaded, provider = local.load(base), LocalProvider(base)
    prompt, ids = prompt_of(loaded, make_task("Light becomes sugar."), provider)
    shared = shared_start(loaded.tokenizer, prompt, ids)
    assert 0 < shared < len(ids)
    start = loaded.tokenizer.decode(ids[:shared])
    assert ANSWER_OPEN in start and "Light becomes sugar" not in start
    assert shared_start(loaded.tokenizer, "no marker here", [1, 2, 3]) == 0


def test_a_prefilled_prompt_predicts_what_a_pass_over_the_whole_prompt_predicts(base):
    loaded, provider, prefixes = local.load(base), LocalProvider(base), PrefixCache(size=2)
    for answer in ("Light becomes sugar.", "Plants eat sunlight and make food."):
        prompt, ids = prompt_of(loaded, make_task(answer), provider)
        cache = prefixes.prefill(loaded.model, ids, shared_start(loaded.tokenizer, prompt, ids))
        assert cache.get_seq_length() == len(ids) - 1
        torch.testing.assert_close(
            next_token_logits(loaded.model, ids[-1:], cache), next_token_logits(loaded.model, ids), rtol=1e-4, atol=1e-4
        )
    assert (prefixes.misses, prefixes.hits) == (1, 1)  # the second answer to the question reused its start


def test_the_prefix_cache_keeps_only_its_most_recent_starts(base):
    loaded, prefixes = local.load(base), PrefixCache(size=2)
    for shared in (3, 4, 5, 3):
        prefixes.prefill(loaded.model, list(range(10, 30)), shared)
    assert (prefixes.misses, prefixes.hits) == (4, 0)  # 3 was dropped when 5 came in


def test_reading_scores_from_a_prefilled_prompt_gives_the_same_likelihoods_and_leaves_the_cache_as_it_was(base):
    loaded = local.load(base)
    prompt_ids = loaded.tokenizer("Task: grade this. Student answer: light", add_special_tokens=False).input_ids
    candidates = [
        loaded.tokenizer(f'{{"Content": {{"score": {v}}}}}<|im_end|>', add_special_tokens=False).input_ids
        for v in score_grid(10)
    ]
    cache = PrefixCache().prefill(loaded.model, prompt_ids, 0)
    with_cache, _ = _log_likelihoods(loaded.model, prompt_ids, candidates, cache)
    assert cache.get_seq_length() == len(prompt_ids) - 1
    torch.testing.assert_close(
        with_cache, _log_likelihoods(loaded.model, prompt_ids, candidates)[0], rtol=1e-4, atol=1e-4
    )


def test_a_local_suggestion_is_the_one_computed_from_separate_passes(base):
    """The provider shares one pass over each prompt (and the question's start across answers);
    the reply must be what a fresh generation plus a fresh readout give."""
    provider = LocalProvider(base, max_new_tokens=12)
    tasks = [make_task(answer) for answer in ("Light becomes sugar.", "It makes oxygen from water.")]
    replies = provider.grade(tasks)
    loaded = local.load(base)
    for task, reply in zip(tasks, replies):
        messages = provider.prompt(task)
        prompt, ids = prompt_of(loaded, task, provider)
        with torch.inference_mode():
            output = loaded.model.generate(
                input_ids=torch.tensor([ids]),
                attention_mask=torch.ones(1, len(ids), dtype=torch.long),
                do_sample=False,
                max_new_tokens=12,
                pad_token_id=loaded.tokenizer.pad_token_id,
                eos_token_id=loaded.tokenizer.eos_token_id,
            )
        assert reply.completion_tokens <= 12 and reply.prompt_tokens == len(ids)

        def answer_text(scores, messages=messages, prompt=prompt):
            turn = {"role": "assistant", "content": target_json(scores)}
            return loaded.tokenizer.apply_chat_template([*messages, turn], tokenize=False)[len(prompt) :]

        written = output[0, len(ids) :].tolist()
        if loaded.tokenizer.eos_token_id in written:
            written = written[: written.index(loaded.tokenizer.eos_token_id)]
        greedy = check_reply(RUBRIC, loaded.tokenizer.decode(written, skip_special_tokens=True).strip()).scores
        expected = expected_scores(loaded.model, loaded.tokenizer, ids, answer_text, RUBRIC, greedy)
        assert reply.text == target_json(expected)
    assert loaded.prefixes.hits >= 1


def test_rewinding_drops_only_the_positions_after_the_length(base):
    loaded = local.load(base)
    cache = PrefixCache().prefill(loaded.model, list(range(10, 30)), 0)
    rewind(cache, 25)
    assert cache.get_seq_length() == 19
    rewind(cache, 12)
    assert cache.get_seq_length() == 12
