"""A tiny random Llama model and a byte-level BPE tokenizer with a chat template, built in
the test run and saved like a real base model folder (no download, seconds to make)."""

from __future__ import annotations

from pathlib import Path

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

CHAT_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}<|im_end|>\n"
    "{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
CORPUS = [
    "You are a careful grader. Score the student's answer against the rubric. Reply with JSON only.",
    '{"Content": {"score": 8, "comment": "Right idea."}, "Clarity": {"score": 4}}',
    "Task (short answer): What does photosynthesis do? Student answer: plants turn light into sugar.",
]


def build_tokenizer() -> PreTrainedTokenizerFast:
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=384,
        special_tokens=["<|pad|>", "<|im_start|>", "<|im_end|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tokenizer.train_from_iterator(CORPUS * 4, trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        eos_token="<|im_end|>",
        pad_token="<|pad|>",
        chat_template=CHAT_TEMPLATE,
    )


def build_base_model(folder: Path, seed: int = 0) -> Path:
    tokenizer = build_tokenizer()
    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=48,
        intermediate_size=96,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=1024,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=None,
    )
    LlamaForCausalLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def build_lora_adapter(base: Path, folder: Path, seed: int = 1) -> Path:
    """A LoRA adapter with random (non-zero) weights, so it visibly changes the model."""
    from peft import LoraConfig, get_peft_model

    model = get_peft_model(
        LlamaForCausalLM.from_pretrained(base),
        LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"], init_lora_weights=False),
    )
    torch.manual_seed(seed)
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            if "lora_" in name:
                parameter.normal_(0, 0.5)
    model.save_pretrained(folder)
    return folder


# Fitted: every reply token's probability near 1, so a score read off the digits' probabilities is
# the reply's own. A fixed number of epochs fitted on one CPU and fell short on another (3.2 for 4).
FITTED_LOSS = 0.01
MAX_FIT_EPOCHS = 400


def train_to_reply(base: Path, folder: Path, conversations: list[list[dict]], replies: list[str]) -> Path:
    """The tiny base model fitted until each conversation's reply is the given one (every reply's
    loss below FITTED_LOSS: a few seconds of full fine-tuning on the reply tokens only), saved like
    a base model folder."""
    tokenizer = PreTrainedTokenizerFast.from_pretrained(base)
    model = LlamaForCausalLM.from_pretrained(base)
    rows = []
    for messages, reply in zip(conversations, replies):
        prompt = tokenizer.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        whole = tokenizer.apply_chat_template([*messages, {"role": "assistant", "content": reply}], tokenize=False)
        prompt_ids = tokenizer(prompt, add_special_tokens=False).input_ids
        ids = tokenizer(whole, add_special_tokens=False).input_ids
        rows.append((torch.tensor([ids]), torch.tensor([[-100] * len(prompt_ids) + ids[len(prompt_ids) :]])))
    torch.manual_seed(0)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(MAX_FIT_EPOCHS):
        losses = []
        for ids, labels in rows:
            optimizer.zero_grad()
            loss = model(input_ids=ids, labels=labels).loss
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        if max(losses) < FITTED_LOSS:
            break
    model.eval()
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
