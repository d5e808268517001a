import pytest
import torch

from llm.guardrails import check_reply
from llm.prompts import target_json
from llm.providers import local
from llm.providers.local import LocalProvider
from llm.providers.score_readout import _log_likelihoods, expected_scores, readable, score_grid
from llm.rubric import validate_rubric
from tests.llm.tasks import CRITERIA_RUBRIC, RUBRIC, make_task

pytestmark = pytest.mark.usefixtures("empty_cache")


def full_log_likelihood(model, prompt_ids, candidate):
    ids = torch.tensor([prompt_ids + candidate])
    with torch.inference_mode():
        log_probs = torch.log_softmax(model(input_ids=ids).logits[0].float(), dim=-1)
    start = len(prompt_ids)
    return sum(float(log_probs[start + i - 1, token]) for i, token in enumerate(candidate))


def test_the_grid_has_half_points_up_to_ten_whole_points_up_to_a_hundred_and_always_the_maximum():
    assert score_grid(5) == [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]
    assert score_grid(7.25)[-2:] == [7, 7.25]
    assert score_grid(40) == list(range(41))
    assert len(score_grid(250)) == 101 and score_grid(250)[:2] == [0, 2.5] and score_grid(250)[-1] == 250


def test_only_rubrics_without_criteria_points_are_read_off_the_model():
    assert readable(RUBRIC) and not readable(CRITERIA_RUBRIC)


def test_shared_prefix_scoring_matches_scoring_each_candidate_on_its_own(base):
    loaded = local.load(base, dtype="float32")  # the same arithmetic to 1e-4 (bf16 rounds at 1e-3)
    prompt_ids = loaded.tokenizer("Task: grade this. Student answer: light", add_special_tokens=False).input_ids
    candidates = [
        loaded.tokenizer(f'{{"Content": {{"score": {v}}}}}<|im_end|>', add_special_tokens=False).input_ids
        for v in score_grid(10)
    ]  # 21 candidates: more than one pass of them
    shared, _ = _log_likelihoods(loaded.model, prompt_ids, candidates)
    alone = torch.tensor([full_log_likelihood(loaded.model, prompt_ids, candidate) for candidate in candidates])
    # The candidates' common start is left out: the same constant for each, gone in the softmax.
    torch.testing.assert_close(shared - shared[0], alone - alone[0], rtol=1e-4, atol=1e-4)


def test_each_section_gets_the_probability_weighted_mean_of_its_grid(base):
    loaded = local.load(base)
    tokenizer, model = loaded.tokenizer, loaded.model
    prompt_ids = tokenizer("Student answer: plants make sugar", add_special_tokens=False).input_ids
    rubric = validate_rubric([{"name": "Content", "max_score": 3}])

    def render(scores):
        return target_json(scores) + "<|im_end|>"

    scores = expected_scores(model, tokenizer, prompt_ids, render, rubric, None)
    grid = score_grid(3)
    log_likelihoods = [
        full_log_likelihood(
            model, prompt_ids, tokenizer(render({"Content": {"score": v}}), add_special_tokens=False).input_ids
        )
        for v in grid
    ]
    probabilities = torch.softmax(torch.tensor(log_likelihoods), dim=0).tolist()
    assert scores["Content"]["score"] == pytest.approx(sum(p * v for p, v in zip(probabilities, grid)), abs=0.006)
    assert 0 < scores["Content"]["score"] < 3


def test_a_local_model_always_gives_valid_scores_and_keeps_its_comment(base):
    provider = LocalProvider(base, max_new_tokens=8, threads=1)
    greedy = provider.complete([provider.prompt(make_task())])[0]
    assert not check_reply(RUBRIC, greedy.text).ok, "the tiny random model's own reply does not parse"

    (read,) = provider.grade([make_task()])
    checked = check_reply(RUBRIC, read.text)
    assert checked.ok
    assert all(0 <= checked.scores[s["name"]]["score"] <= s["max_score"] for s in RUBRIC)

    tokenizer = local.load(base).tokenizer
    messages = provider.prompt(make_task())
    prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    with_comment = {"Content": {"score": 8, "comment": "Right idea."}, "Clarity": {"score": 4}}
    scores = expected_scores(
        local.load(base).model,
        tokenizer,
        tokenizer(prompt, add_special_tokens=False).input_ids,
        lambda s: target_json(s) + "<|im_end|>\n",
        RUBRIC,
        with_comment,
    )
    assert scores["Content"]["comment"] == "Right idea." and scores["Content"]["score"] != 8


def test_a_rubric_with_criteria_keeps_the_generated_reply(base):
    provider = LocalProvider(base, max_new_tokens=8, threads=1)
    task = make_task(rubric=CRITERIA_RUBRIC)
    generated = provider.complete([provider.prompt(task)])[0]
    assert provider.grade([task])[0].text == generated.text


QUARTERS = validate_rubric([{"name": "Score", "max_score": 1, "step": 0.25}])


def test_a_section_with_a_step_is_read_on_its_own_grid_and_its_score_lands_on_it(base):
    assert score_grid(1, 0.25) == [0, 0.25, 0.5, 0.75, 1]
    assert score_grid(1) == [0, 0.5, 1], "without a step: half points"
    assert score_grid(100, 0.5) == list(range(101)), "more than 101 candidates falls back to the default grid"

    provider = LocalProvider(base, max_new_tokens=8, threads=1)
    (read,) = provider.grade([make_task(rubric=QUARTERS)])
    checked = check_reply(QUARTERS, read.text)
    assert checked.ok, checked.error
    assert checked.scores["Score"]["score"] in (0, 0.25, 0.5, 0.75, 1)


def test_the_guardrail_refuses_a_score_off_the_sections_grid_naming_it():
    assert check_reply(QUARTERS, '{"Score": {"score": 0.75, "comment": "Mostly right."}}').ok
    refused = check_reply(QUARTERS, '{"Score": 0.3}')
    assert refused.error == "Score.score: The score 0.3 is not on this section's grid: use a multiple of 0.25."
