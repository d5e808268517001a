"""The LoRA trainer on a tiny random Llama model built in the test (seconds, no download)."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from llm.prompts import GradingTask, training_example
from tests.llm.tiny_model import build_base_model
from training.lora import (
    HyperparameterError,
    LoRAHyperparameters,
    TrainingError,
    answer_loss,
    evaluate,
    list_checkpoints,
    load_lora_model,
    load_tokenizer,
    train,
)
from training.lora_data import (
    IGNORE_INDEX,
    DatasetError,
    collate,
    encode_conversation,
    encode_file,
    length_grouped_batches,
    read_chat_jsonl,
)

REPO = Path(__file__).resolve().parents[2]
RUBRIC = [{"name": "Content", "max_score": 10}]
ANSWERS = [
    ("plants turn light into sugar", 9),
    ("it makes food from light", 8),
    ("no idea", 1),
    ("sunlight becomes chemical energy", 10),
    ("plants breathe", 3),
    ("light to sugar and oxygen", 9),
    ("animals eat plants", 2),
    ("it is about leaves", 4),
]
FAST = dict(r=4, alpha=8, dropout=0.0, learning_rate=3e-3, batch_size=2, max_length=512, warmup_ratio=0.0)


def example(answer: str, score: int) -> dict:
    task = GradingTask(rubric=RUBRIC, question="What does photosynthesis do?", answer=answer)
    return training_example(task, {"Content": {"score": score}})


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


@pytest.fixture(autouse=True)
def one_thread():
    """A tiny model gains nothing from more threads, and on a shared CPU loses a lot."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def base_model(tmp_path_factory):
    return build_base_model(tmp_path_factory.mktemp("base"))


@pytest.fixture
def data(tmp_path):
    train_file = write_jsonl(tmp_path / "train.jsonl", [example(a, s) for a, s in ANSWERS[:6]])
    validation_file = write_jsonl(tmp_path / "validation.jsonl", [example(a, s) for a, s in ANSWERS[6:]])
    return train_file, validation_file


def adapter_weights(folder: Path) -> dict:
    return load_file(folder / "adapter_model.safetensors")


def test_only_the_final_answer_carries_loss(base_model):
    tokenizer = load_tokenizer(base_model)
    task = GradingTask(rubric=RUBRIC, question="Q?", answer="mine", examples=(("earlier", {"Content": {"score": 2}}),))
    messages = training_example(task, {"Content": {"score": 7}})["messages"]

    encoded = encode_conversation(tokenizer, messages)

    answer_ids = [t for t, label in zip(encoded.input_ids, encoded.labels) if label != IGNORE_INDEX]
    assert tokenizer.decode(answer_ids) == messages[-1]["content"] + "<|im_end|>\n"
    prompt_length = encoded.labels.index(next(label for label in encoded.labels if label != IGNORE_INDEX))
    prompt = tokenizer.decode(encoded.input_ids[:prompt_length])
    assert prompt.endswith("<|im_start|>assistant\n")
    assert '{"Content": {"score": 2}}' in prompt  # the few-shot answer is context, not a target


def test_answer_loss_equals_the_models_own_loss_on_answer_tokens(base_model):
    tokenizer = load_tokenizer(base_model)
    examples = [encode_conversation(tokenizer, example(a, s)["messages"]) for a, s in ANSWERS[:3]]
    batch = collate(examples, tokenizer.pad_token_id)
    model = load_lora_model(base_model, LoRAHyperparameters(**FAST), torch.device("cpu"), torch.float32)

    loss_sum, count = answer_loss(model, batch)

    # transformers' own shifted, masked cross-entropy over the full logits
    reference = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], labels=batch["labels"]).loss
    assert count == sum(sum(1 for label in e.labels[1:] if label != IGNORE_INDEX) for e in examples)
    assert torch.allclose(loss_sum / count, reference, atol=1e-5)


def test_training_lowers_the_loss_and_keeps_the_best_checkpoint(base_model, data, tmp_path):
    events = []
    # A random tiny model's logits are near uniform; LoRA on its head lets it fit the answers.
    targets = ("q_proj", "v_proj", "lm_head")
    hp = LoRAHyperparameters(
        **dict(FAST, learning_rate=3e-2, target_modules=targets),
        epochs=8,
        eval_every=3,
        save_every=6,
        log_every=2,
        average_last=1,
    )

    result = train(base_model, *data, tmp_path / "run", hp, on_progress=events.append)

    assert result.status == "succeeded" and result.step == result.total_steps == 24
    losses = [row["train_loss"] for row in result.history]
    assert sum(losses[-3:]) / 3 < 0.6 * sum(losses[:3]) / 3
    assert [e.event for e in events][0] == "started" and events[-1].event == "finished"
    assert {"step", "eval", "checkpoint"} <= {e.event for e in events}
    step_event = next(e for e in events if e.event == "step")
    assert step_event.tokens_per_s > 0 and step_event.eta_s > 0 and step_event.train_loss > 0
    checkpoints = list_checkpoints(tmp_path / "run")
    assert [c.step for c in checkpoints] == [3, 6, 9, 12, 15, 18, 21, 24]
    assert all(c.val_loss is not None and c.train_loss is not None for c in checkpoints)
    best = min(checkpoints, key=lambda c: c.val_loss)
    assert result.best_checkpoint == best
    assert torch.equal(
        adapter_weights(result.adapter_path)["base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight"],
        adapter_weights(best.path)["base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight"],
    )
    assert [c.step for c in checkpoints if (c.path / "trainer_state.pt").exists()] == [24]
    assert json.loads((tmp_path / "run" / "result.json").read_text())["best_checkpoint"]["step"] == best.step
    assert result.averaged == [best] and result.adapter_val_loss == best.val_loss


def test_the_adapter_is_the_mean_of_the_last_checkpoints_with_its_own_validation_loss(base_model, data, tmp_path):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    hp = LoRAHyperparameters(**FAST, epochs=4, eval_every=2, save_every=2, average_last=3)

    # fp32, as the adapter is evaluated below (a bf16-capable CPU would otherwise train in bf16).
    result = train(base_model, *data, tmp_path / "run", hp, dtype="float32")

    checkpoints = list_checkpoints(tmp_path / "run")
    assert [c.step for c in result.averaged] == [c.step for c in checkpoints[-3:]] == [8, 10, 12]
    weights = [adapter_weights(c.path) for c in result.averaged]
    averaged = adapter_weights(result.adapter_path)
    assert averaged.keys() == weights[0].keys()
    for name, tensor in averaged.items():
        assert torch.allclose(tensor, (weights[0][name] + weights[1][name] + weights[2][name]) / 3, atol=1e-7), name
    assert not torch.equal(weights[0][name], weights[2][name])  # the checkpoints differ: the mean is not any one
    tokenizer = load_tokenizer(base_model)
    served = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base_model), result.adapter_path)
    examples = encode_file(tokenizer, data[1], hp.max_length).examples
    loss = evaluate(served, examples, hp.batch_size, tokenizer.pad_token_id, torch.device("cpu"), torch.float32)
    assert result.adapter_val_loss == pytest.approx(loss, rel=1e-5)
    saved = json.loads((tmp_path / "run" / "result.json").read_text())
    assert saved["averaged_steps"] == [8, 10, 12] and saved["adapter_val_loss"] == result.adapter_val_loss


def test_averaging_more_checkpoints_than_a_run_saved_takes_them_all(base_model, data, tmp_path):
    result = train(
        base_model, *data, tmp_path / "run", LoRAHyperparameters(**FAST, epochs=1, save_every=2, average_last=10)
    )

    assert [c.step for c in result.averaged] == [2, 3]


KILLED_RUN = """
import os, signal, sys
from training.lora import LoRAHyperparameters, train
def on_progress(progress):
    if progress.event == "step" and progress.step == 5:
        os.kill(os.getpid(), signal.SIGKILL)
hp = LoRAHyperparameters(**{hp})
train(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], hp, on_progress=on_progress, threads=1)
"""


def test_a_run_killed_mid_training_resumes_from_its_last_checkpoint(base_model, data, tmp_path):
    hp = dict(FAST, dropout=0.1, epochs=3, eval_every=2, save_every=2, log_every=1)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_RUN.format(hp=hp), str(base_model), *map(str, data), str(tmp_path / "run")],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert [c.step for c in list_checkpoints(tmp_path / "run")] == [2, 4]

    events = []
    resumed = train(base_model, *data, tmp_path / "run", LoRAHyperparameters(**hp), on_progress=events.append)
    uninterrupted = train(base_model, *data, tmp_path / "whole", LoRAHyperparameters(**hp))

    assert events[0].event == "started" and events[0].detail["resumed_from"] == 4
    assert [e.step for e in events if e.event == "step"][0] == 5
    assert resumed.step == resumed.total_steps == 9
    assert [row["step"] for row in resumed.history] == list(range(1, 10))
    for name, weight in adapter_weights(uninterrupted.adapter_path).items():
        assert torch.allclose(adapter_weights(resumed.adapter_path)[name], weight, atol=1e-5), name


def test_should_stop_cancels_the_run_and_a_later_run_finishes_it(base_model, data, tmp_path):
    hp = LoRAHyperparameters(**FAST, epochs=4, eval_every=2, save_every=2, log_every=1)
    steps_seen = []

    cancelled = train(
        base_model,
        *data,
        tmp_path / "run",
        hp,
        stop_poll_s=0,
        on_progress=lambda p: steps_seen.append(p.step),
        should_stop=lambda: max(steps_seen) >= 3,
    )

    assert cancelled.status == "cancelled" and cancelled.step == 3 and cancelled.adapter_path is None
    assert not (tmp_path / "run" / "adapter").exists()
    assert [c.step for c in list_checkpoints(tmp_path / "run")] == [2]
    finished = train(base_model, *data, tmp_path / "run", hp)
    assert finished.status == "succeeded" and finished.step == 12 and finished.adapter_path.is_dir()


def test_invalid_hyperparameters_are_rejected_with_clear_messages():
    errors = LoRAHyperparameters(
        r=0, dropout=1.0, learning_rate=0, batch_size=2.5, target_modules=(), average_last=0
    ).errors()

    assert errors == {
        "r": "must be between 1 and 1024, got 0",
        "batch_size": "must be a whole number, got 2.5",
        "dropout": "must be at least 0.0 and below 1.0, got 1.0",
        "learning_rate": "must be above 0 and at most 1.0, got 0",
        "target_modules": "must be a non-empty list of module names, e.g. q_proj, v_proj, or all-linear",
        "average_last": "must be between 1 and 1000, got 0",
    }
    with pytest.raises(HyperparameterError) as unknown:
        LoRAHyperparameters.from_dict({"rank": 8})
    assert "rank" in unknown.value.errors and "known: alpha" in unknown.value.errors["rank"]
    assert LoRAHyperparameters.from_dict({"target_modules": ["q_proj"], "epochs": 1}).target_modules == ("q_proj",)


def test_the_default_adapter_trains_every_linear_layer_of_a_llama_block(base_model):
    model = load_lora_model(base_model, LoRAHyperparameters(), torch.device("cpu"), torch.float32)

    adapted = {name.rsplit(".", 1)[-1] for name, module in model.named_modules() if hasattr(module, "lora_A")}
    assert adapted == {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}


def test_the_default_adapter_trains_every_linear_layer_of_another_architecture(tmp_path):
    from transformers import GPTNeoXConfig, GPTNeoXForCausalLM

    config = GPTNeoXConfig(
        vocab_size=64,
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=1,
        num_attention_heads=4,
        max_position_embeddings=64,
    )
    GPTNeoXForCausalLM(config).save_pretrained(tmp_path / "neox")

    model = load_lora_model(tmp_path / "neox", LoRAHyperparameters(), torch.device("cpu"), torch.float32)

    adapted = {name.rsplit(".", 1)[-1] for name, module in model.named_modules() if hasattr(module, "lora_A")}
    assert adapted == {"query_key_value", "dense", "dense_h_to_4h", "dense_4h_to_h"}


def test_all_linear_must_stand_alone_among_the_target_modules():
    errors = LoRAHyperparameters(target_modules=("all-linear", "q_proj")).errors()

    assert errors == {"target_modules": "all-linear already names every linear layer: give it alone"}


def test_target_modules_missing_from_the_model_are_rejected_naming_its_layers(base_model, data, tmp_path):
    hp = LoRAHyperparameters(**dict(FAST, target_modules=("query_key_value",)))

    with pytest.raises(HyperparameterError) as error:
        train(base_model, *data, tmp_path / "run", hp)

    assert "query_key_value not in this model" in error.value.errors["target_modules"]
    assert "q_proj" in error.value.errors["target_modules"]


def test_an_empty_train_file_fails_with_a_clear_reason(base_model, data, tmp_path):
    empty = write_jsonl(tmp_path / "train.jsonl", [])

    with pytest.raises(DatasetError, match="train.jsonl has no examples: nothing to train on"):
        train(base_model, empty, data[1], tmp_path / "run", LoRAHyperparameters(**FAST))


def test_examples_all_longer_than_max_length_fail_naming_the_longest(base_model, data, tmp_path):
    with pytest.raises(
        DatasetError, match=r"all 6 examples are longer than max_length=16 tokens \(the longest has \d+\)"
    ):
        train(base_model, data[0], data[1], tmp_path / "run", LoRAHyperparameters(**dict(FAST, max_length=16)))


def test_a_malformed_line_is_reported_with_its_file_and_line(tmp_path):
    path = tmp_path / "train.jsonl"
    path.write_text(
        json.dumps(example("a", 1)) + "\n" + json.dumps({"messages": [{"role": "user", "content": "hi"}]}) + "\n"
    )

    with pytest.raises(DatasetError, match="train.jsonl line 2: expected"):
        read_chat_jsonl(path)
    path.write_text('{"messages": [{"role": "user", "content": "q"}, {"role": "user", "content": "a"}]}\n')
    with pytest.raises(DatasetError, match="train.jsonl line 1: the last message must be the assistant's answer"):
        read_chat_jsonl(path)


def test_resuming_into_a_folder_of_another_run_is_refused(base_model, data, tmp_path):
    train(base_model, *data, tmp_path / "run", LoRAHyperparameters(**FAST, max_steps=2, save_every=1))

    with pytest.raises(TrainingError, match="checkpoints of a run with other data or hyperparameters"):
        train(base_model, *data, tmp_path / "run", LoRAHyperparameters(**dict(FAST, r=8), max_steps=2))


def test_length_grouped_batches_hold_every_example_once_with_little_padding():
    lengths = [(i * 37) % 200 + 10 for i in range(400)]

    batches = length_grouped_batches(lengths, 8, seed=3)

    assert sorted(i for batch in batches for i in batch) == list(range(400))
    assert max(lengths[i] for i in batches[0]) == max(lengths)
    padding = sum(len(b) * max(lengths[i] for i in b) - sum(lengths[i] for i in b) for b in batches)
    assert padding < 0.05 * sum(lengths)
