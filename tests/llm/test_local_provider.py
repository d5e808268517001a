import json

import pytest
import torch
from peft import PeftModel
from transformers import AutoModelForCausalLM

from llm import dtypes
from llm.grading import grade_many
from llm.guardrails import check_reply
from llm.prompts import target_json
from llm.providers import local
from llm.providers.local import LocalProvider
from llm.providers.openai_compat import OpenAICompatProvider
from llm.providers.score_readout import expected_scores
from llm.rubric import validate_rubric
from tests.llm.openai_server import OpenAIServer
from tests.llm.tasks import CRITERIA_RUBRIC, VALID_WITH_CRITERIA, make_task
from tests.llm.tiny_model import build_lora_adapter, train_to_reply

ANSWERS = [
    "Light.",
    "Plants turn light into sugar and oxygen.",
    "It is how a plant makes food from sunlight, water and carbon dioxide in its leaves.",
    "No idea.",
    "Chlorophyll absorbs light; the energy splits water and fixes carbon into glucose.",
]


@pytest.fixture(scope="module")
def adapter(base, tmp_path_factory):
    return build_lora_adapter(base, tmp_path_factory.mktemp("adapter"))


pytestmark = pytest.mark.usefixtures("empty_cache")


def texts(provider, answers=ANSWERS):
    return [reply.text for reply in provider.grade([make_task(a) for a in answers])]


def test_batched_generation_gives_the_same_replies_as_one_at_a_time(base):
    # A random model barely tells answers apart inside the same long prompt: the maxima differ too.
    tasks = [
        make_task(a, rubric=validate_rubric([{"name": "Content", "max_score": 2 + 2 * i}]))
        for i, a in enumerate(ANSWERS)
    ]
    one_at_a_time = [r.text for r in LocalProvider(base, max_new_tokens=16, batch_size=1, threads=1).grade(tasks)]
    batched = [r.text for r in LocalProvider(base, max_new_tokens=16, batch_size=4, threads=1).grade(tasks)]
    assert batched == one_at_a_time
    assert len(set(one_at_a_time)) > 1, "different prompts should give different replies"


ONE_SECTION = validate_rubric([{"name": "Score", "max_score": 5}])


@pytest.fixture(scope="module")
def bare_scorer(base, tmp_path_factory):
    """A tiny model that replies with a bare score, as a model trained on grades without comments does."""
    provider = LocalProvider(base)
    tasks = [make_task(answer, rubric=ONE_SECTION) for answer in ANSWERS[:3]]
    replies = ['{"Score": {"score": 4}}', '{"Score": {"score": 2.5}}', '{"Score": {"score": 1}}']
    return train_to_reply(base, tmp_path_factory.mktemp("bare"), [provider.prompt(task) for task in tasks], replies)


def generated_then_read(folder, task, max_new_tokens):
    """What a suggestion was before reading first: greedy generation, then the score readout."""
    loaded, provider = local.load(folder), LocalProvider(folder)
    messages = provider.prompt(task)
    prompt = loaded.tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    ids = loaded.tokenizer(prompt, add_special_tokens=False).input_ids
    with torch.inference_mode():
        output = loaded.model.generate(
            input_ids=torch.tensor([ids]),
            attention_mask=torch.ones(1, len(ids), dtype=torch.long),
            do_sample=False,
            max_new_tokens=max_new_tokens,
            pad_token_id=loaded.tokenizer.pad_token_id,
            eos_token_id=loaded.tokenizer.eos_token_id,
        )
    written = output[0, len(ids) :].tolist()
    ended = loaded.tokenizer.eos_token_id in written
    written = written[: written.index(loaded.tokenizer.eos_token_id)] if ended else written
    greedy = check_reply(task.rubric, loaded.tokenizer.decode(written, skip_special_tokens=True).strip()).scores

    def answer_text(scores):
        turn = {"role": "assistant", "content": target_json(scores)}
        return loaded.tokenizer.apply_chat_template([*messages, turn], tokenize=False)[len(prompt) :]

    expected = expected_scores(loaded.model, loaded.tokenizer, ids, answer_text, task.rubric, greedy)
    return target_json(expected), len(written) + ended  # the end of turn counts as written


def test_a_bare_score_is_read_off_the_model_without_generating_and_is_the_reply_generation_gave(
    bare_scorer, monkeypatch
):
    tasks = [make_task(answer, rubric=ONE_SECTION) for answer in ANSWERS[:3]]  # the answers it was fitted on
    loaded = local.load(bare_scorer)
    generations = []
    real_generate = loaded.model.generate
    monkeypatch.setattr(loaded.model, "generate", lambda **kw: generations.append(1) or real_generate(**kw))
    replies = LocalProvider(bare_scorer, max_new_tokens=32, batch_size=4).grade(tasks)
    assert generations == [] and not loaded.writes_more_than_scores
    monkeypatch.undo()
    for task, reply in zip(tasks, replies):
        text, tokens = generated_then_read(bare_scorer, task, 32)
        assert (reply.text, reply.completion_tokens) == (text, tokens)
    scores = [json.loads(reply.text)["Score"]["score"] for reply in replies]
    assert scores == pytest.approx([4, 2.5, 1], abs=0.5)  # the replies it was fitted to


def test_a_model_that_writes_more_than_a_bare_score_is_generated_for(base):
    """A random model writes no bare score: its reply is generated, then read, as before, and the
    model is not read first again."""
    task = make_task("Light.", rubric=ONE_SECTION)
    [reply] = LocalProvider(base, max_new_tokens=12).grade([task])
    assert local.load(base).writes_more_than_scores
    assert (reply.text, reply.completion_tokens) == generated_then_read(base, task, 12)


def test_a_bare_score_longer_than_the_budget_is_generated_and_cut_like_any_reply(bare_scorer):
    task = make_task(ANSWERS[0], rubric=ONE_SECTION)
    [reply] = LocalProvider(bare_scorer, max_new_tokens=3).grade([task])
    assert reply.completion_tokens <= 3
    assert (reply.text, reply.completion_tokens) == generated_then_read(bare_scorer, task, 3)


def test_replies_report_prompt_and_completion_tokens_and_latency(base):
    tasks = [make_task(a) for a in ANSWERS[:2]]
    provider = LocalProvider(base, max_new_tokens=8, batch_size=2)
    short, long = provider.grade(tasks)
    tokenizer = local.load(base).tokenizer
    prompts = [
        tokenizer.apply_chat_template(provider.prompt(t), add_generation_prompt=True, tokenize=False) for t in tasks
    ]
    expected = [len(tokenizer(p, add_special_tokens=False).input_ids) for p in prompts]
    assert [short.prompt_tokens, long.prompt_tokens] == expected
    assert 1 <= short.completion_tokens <= 8 and short.latency_ms > 0


def test_an_adapter_is_applied_on_top_of_the_base_model(base, adapter):
    # In fp32, as the adapter is compared with: on a bf16-capable CPU "auto" serves bf16.
    with_adapter = LocalProvider(base, adapter, label="v3", max_new_tokens=16, dtype="float32")
    assert with_adapter.label == "v3"
    assert texts(with_adapter) != texts(LocalProvider(base, max_new_tokens=16, dtype="float32"))
    peft_model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base), adapter).eval()
    inputs = torch.tensor([[5, 17, 40, 9, 33]])
    with torch.inference_mode():
        expected = peft_model(inputs).logits
        served = local.load(base, adapter, "float32").model(inputs).logits
    torch.testing.assert_close(served, expected, rtol=1e-4, atol=1e-4)


def test_models_are_cached_per_base_and_adapter_until_released(base, adapter):
    plain = LocalProvider(base, max_new_tokens=2)
    tuned = LocalProvider(base, adapter, max_new_tokens=2)
    plain.grade([make_task()])
    tuned.grade([make_task()])
    first = local.load(base)
    assert local.load(base) is first
    assert local.cached() == {plain.key, tuned.key}

    assert tuned.release() is True
    assert local.cached() == {plain.key}
    assert tuned.release() is False

    local.release_all_except({tuned.key})
    assert local.cached() == set()
    plain.grade([make_task()])
    assert local.load(base) is not first


def test_grading_batches_the_local_model_and_falls_back_for_its_unusable_replies(base):
    tasks = [make_task(a, rubric=CRITERIA_RUBRIC) for a in ANSWERS]
    tiny = LocalProvider(base, label="tiny", max_new_tokens=8, batch_size=8)
    with OpenAIServer([VALID_WITH_CRITERIA]) as server:
        api = OpenAICompatProvider(server.base_url, server.api_key, "model-b", max_retries=0)
        outcomes = grade_many(tasks, [tiny, api])
    assert [o.model_label for o in outcomes] == ["model-b"] * len(tasks)
    assert all(o.failures[0][:2] == ("local", "tiny") and "(attempt 2)" in o.failures[0][2] for o in outcomes)
    assert len(server.requests) == len(tasks)


def test_a_reply_whose_scores_are_read_off_the_model_gets_the_comment_budget_only(base):
    """Readable rubrics: the reply only brings comments (at most ``comment_tokens``); with
    criteria the generated points are the suggestion, so the full budget stays."""
    provider = LocalProvider(base, max_new_tokens=24, comment_tokens=6)
    [readable] = provider.grade([make_task("Light.")])
    [criteria] = provider.grade([make_task("Light.", rubric=CRITERIA_RUBRIC)])
    assert readable.completion_tokens <= 6 < criteria.completion_tokens  # a random model never stops early
    local.release_all_except()
    [full] = LocalProvider(base, max_new_tokens=24).grade([make_task("Light.")])
    assert full.completion_tokens > 6


def test_the_dtype_can_be_forced_and_auto_keeps_what_the_measurement_chose(base):
    forced = LocalProvider(base, dtype="bfloat16")
    forced.grade([make_task("Light.")])
    assert local.load(base).model.dtype == torch.bfloat16
    local.release_all_except()
    LocalProvider(base, dtype="auto").grade([make_task("Light.")])
    assert local.load(base).model.dtype == dtypes.measure().dtype


def test_conversations_without_rubrics_get_generated_replies_only(base):
    """The OpenAI-style serving passes chats, not rubrics: nothing is read off the model."""
    provider = LocalProvider(base, max_new_tokens=6, batch_size=2)
    conversations = [provider.prompt(make_task(answer)) for answer in ANSWERS[:2]]
    replies = provider.complete(conversations)
    assert len(replies) == 2 and all(reply.completion_tokens <= 6 for reply in replies)
