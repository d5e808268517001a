"""Chat JSONL for causal-LM fine-tuning: read and check the lines of an export, tokenize them
with the model's chat template with the loss on the final assistant answer only, and cut
them into length-grouped batches. Plain Python + torch; no Django.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path

import torch

IGNORE_INDEX = -100
ROLES = {"system", "user", "assistant"}


class DatasetError(ValueError):
    """A training or validation file cannot be used; the message says which line and why."""


@dataclass(frozen=True)
class Example:
    input_ids: list[int]
    labels: list[int]  # IGNORE_INDEX on every prompt token

    def __len__(self) -> int:
        return len(self.input_ids)


@dataclass(frozen=True)
class EncodedDataset:
    examples: list[Example]
    too_long: int  # examples dropped because prompt + answer exceed max_length
    longest: int  # tokens in the longest example read, kept or not


def read_chat_jsonl(path: Path) -> list[list[dict]]:
    """The `messages` of each line; a bad line raises DatasetError naming file and line."""
    path = Path(path)
    if not path.is_file():
        raise DatasetError(f"{path.name} does not exist.")
    conversations = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{path.name} line {number}: not JSON ({exc.msg}).") from exc
            problem = _conversation_problem(record)
            if problem:
                raise DatasetError(f"{path.name} line {number}: {problem}.")
            conversations.append(record["messages"])
    return conversations


def _conversation_problem(record) -> str:
    messages = record.get("messages") if isinstance(record, dict) else None
    if not isinstance(messages, list) or len(messages) < 2:
        return 'expected {"messages": [...]} with a prompt and an answer'
    for index, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in ROLES:
            return f"message {index} needs a role among {sorted(ROLES)}"
        if not isinstance(message.get("content"), str):
            return f"message {index} needs text content"
    if messages[-1]["role"] != "assistant":
        return "the last message must be the assistant's answer"
    if not messages[-1]["content"].strip():
        return "the assistant's answer is empty"
    return ""


def encode_conversation(tokenizer, messages: list[dict]) -> Example:
    """Prompt and answer tokenized as at serving time: the prompt (with the generation
    prompt) on its own, then the answer and its end-of-turn, which alone carry the loss."""
    prompt = tokenizer.apply_chat_template(messages[:-1], tokenize=False, add_generation_prompt=True)
    full = tokenizer.apply_chat_template(messages, tokenize=False)
    if not full.startswith(prompt):
        raise DatasetError("the tokenizer's chat template does not render the prompt as a prefix of the conversation.")
    prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    answer_ids = tokenizer(full[len(prompt) :], add_special_tokens=False)["input_ids"]
    return Example(prompt_ids + answer_ids, [IGNORE_INDEX] * len(prompt_ids) + answer_ids)


def encode_file(tokenizer, path: Path, max_length: int) -> EncodedDataset:
    examples, too_long, longest = [], 0, 0
    for messages in read_chat_jsonl(path):
        example = encode_conversation(tokenizer, messages)
        longest = max(longest, len(example))
        if len(example) > max_length:
            too_long += 1
        else:
            examples.append(example)
    return EncodedDataset(examples, too_long, longest)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def length_grouped_batches(lengths: list[int], batch_size: int, seed: int) -> list[list[int]]:
    """Shuffled batches of examples of similar length, so little compute goes to padding
    (the scheme of transformers' LengthGroupedSampler): shuffle, sort within mega-batches of
    50 batches, then shuffle the batches, the longest first so memory runs out early if it must."""
    rng = random.Random(seed)
    order = list(range(len(lengths)))
    rng.shuffle(order)
    mega = batch_size * 50
    batches = []
    for start in range(0, len(order), mega):
        chunk = sorted(order[start : start + mega], key=lambda i: -lengths[i])
        batches += [chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    longest = max(range(len(batches)), key=lambda b: max(lengths[i] for i in batches[b]))
    batches.insert(0, batches.pop(longest))
    return batches


def evaluation_batches(lengths: list[int], batch_size: int) -> list[list[int]]:
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]


def collate(examples: list[Example], pad_id: int) -> dict[str, torch.Tensor]:
    """Right-padded input_ids, attention_mask and labels (padding carries no loss), plus
    answer_index (flat positions in batch x width whose next token is an answer token) and
    answer_targets (those next tokens), computed here so that the GPU never waits on them."""
    width = max(len(e) for e in examples)
    input_ids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    labels = torch.full((len(examples), width), IGNORE_INDEX, dtype=torch.long)
    attention_mask = torch.zeros((len(examples), width), dtype=torch.long)
    for row, example in enumerate(examples):
        n = len(example)
        input_ids[row, :n] = torch.tensor(example.input_ids)
        labels[row, :n] = torch.tensor(example.labels)
        attention_mask[row, :n] = 1
    next_is_answer = torch.zeros_like(labels, dtype=torch.bool)
    next_is_answer[:, :-1] = labels[:, 1:] != IGNORE_INDEX
    answer_index = next_is_answer.flatten().nonzero().squeeze(1)
    return {
        "input_ids": input_ids,
        "attention_mask": attention_mask,
        "labels": labels,
        "answer_index": answer_index,
        "answer_targets": labels.flatten()[answer_index + 1],
    }
