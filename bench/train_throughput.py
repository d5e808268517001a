"""LoRA training throughput on SmolLM2-135M (r=16 on q, k, v, o), in one run:

  (a) our trainer (training.lora.train) in the dtype it picks (``llm.dtypes``: bf16 where the
      device has fast bf16 units, a GPU or an AMX/AVX512-BF16 CPU; else fp32), loss on answers
      only, length-grouped batches; with ``--dtypes float32,bfloat16`` once per dtype, each with
      its validation loss after the same steps (the check that bf16 trains as well);
  (b) trl's SFTTrainer with its defaults (on CPU: bf16 autocast and gradient checkpointing),
      only a step or two: it runs at a few tokens/s on CPU;
  (c) a plain forward/backward/AdamW loop (the picked dtype) on the same batches as (a);
  (d) a fp32 matrix product (2048^3) for reference.

    .venv/bin/python bench/train_throughput.py [--steps 6] [--threads 2] [--trl-steps 1]
    .venv/bin/python bench/train_throughput.py --device cuda --random-weights --batch-size 32
    .venv/bin/python bench/train_throughput.py --dtypes float32,bfloat16 --export var/exports/export-1

The examples are synthesized grading prompts built with llm.prompts (the export's shape), or
with ``--export`` an export folder's train.jsonl and validation.jsonl. tokens/s counts the non-padding tokens of the trained batches; the
first step of (a) and (c) is a warm-up and not timed (on a GPU, also a short untimed run first). Prints a table and ends with
``tokens_per_s=<a> vs_library_defaults=<a/b> vs_plain_loop=<a/c>`` (and ``bf16_vs_fp32=<x>`` when
both dtypes were measured).
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from llm.prompts import GradingTask, training_example  # noqa: E402
from training.lora import (  # noqa: E402
    LoRAHyperparameters,
    load_lora_model,
    load_tokenizer,
    pick_device,
    plan_steps,
    train,
)
from training.lora_data import collate, encode_file  # noqa: E402

TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj")
PEAK_BF16_FLOPS = {"H100": 989e12, "H200": 989e12, "A100": 312e12, "L4": 121e12, "A10": 125e12}
WORDS = (
    "the function returns a value because each loop variable stores memory pointer array index "
    "stack queue list node tree recursion base case compiler program input output class object "
    "method call parameter argument scope local global heap sort search binary linear time "
    "complexity order constant data structure element first last insert delete update answer"
).split()
QUESTIONS = [
    ("What is the role of a base case in recursion?", "It stops the recursion by giving a direct answer."),
    ("Why is binary search faster than linear search?", "It halves the sorted range at each step: log n steps."),
    ("What does a constructor do?", "It initializes a new object of the class."),
    ("What is a stack?", "A last-in first-out list with push and pop."),
]
RUBRICS = [
    [{"name": "Score", "max_score": 5}],
    [
        {
            "name": "Correctness",
            "max_score": 6,
            "criteria": [
                {"name": "Idea", "max_points": 4, "description": "The central idea is right."},
                {"name": "Terms", "max_points": 2, "description": "Uses the right terms."},
            ],
        },
        {"name": "Clarity", "max_score": 4},
    ],
]


def synthesize(count: int, seed: int = 0) -> list[dict]:
    """Export-shaped examples: a rubric, a question, an answer of 5-90 words, human scores."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        question, reference = QUESTIONS[i % len(QUESTIONS)]
        rubric = RUBRICS[i % len(RUBRICS)]
        answer = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 90)))
        scores = {}
        for section in rubric:
            criteria = [
                {"name": c["name"], "points": rng.randint(0, c["max_points"]), "max_points": c["max_points"]}
                for c in section.get("criteria", [])
            ]
            score = sum(c["points"] for c in criteria) if criteria else rng.randint(0, section["max_score"])
            comment = rng.choice(["", "Mentions the key idea.", "Too vague."])
            scores[section["name"]] = {
                "score": score,
                "max_score": section["max_score"],
                "comment": comment,
                "criteria": criteria,
            }
        task = GradingTask(rubric=rubric, question=question, answer=answer, reference_answer=reference)
        rows.append(training_example(task, scores))
    return rows


def matmul_gflops(device: torch.device, size: int = 2048, repeats: int = 5) -> float:
    a, b = torch.randn(size, size, device=device), torch.randn(size, size, device=device)
    a @ b
    _sync(device)
    started = time.perf_counter()
    for _ in range(repeats):
        a @ b
    _sync(device)
    return 2 * size**3 * repeats / (time.perf_counter() - started) / 1e9


def run_ours(
    model_dir: Path,
    train_file: Path,
    validation_file: Path | None,
    work: Path,
    hp: LoRAHyperparameters,
    device: str,
    threads: int,
    dtype: str = "auto",
) -> dict:
    result = train(
        model_dir, train_file, validation_file, work / f"ours-{dtype}", hp, device=device, dtype=dtype, threads=threads
    )
    timed = result.history[1:]
    tokens, seconds = sum(r["tokens"] for r in timed), sum(r["seconds"] for r in timed)
    return {
        "name": "ours (training.lora)",
        "dtype": result.dtype,
        "steps": len(timed),
        "tokens": tokens,
        "seconds": seconds,
        "val_loss": result.adapter_val_loss,
    }


def run_plain(model_dir: Path, train_file: Path, hp: LoRAHyperparameters, device: str) -> dict:
    """model(**batch).loss, backward, AdamW: the textbook loop, on the trainer's own batches."""
    torch_device, dtype = pick_device(device)
    tokenizer = load_tokenizer(model_dir)
    examples = encode_file(tokenizer, train_file, hp.max_length).examples
    plan = plan_steps([len(e) for e in examples], hp)
    torch.manual_seed(hp.seed)
    model = load_lora_model(model_dir, hp, torch_device, dtype)
    model.train()
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=hp.learning_rate)
    tokens, seconds = 0, 0.0
    for step, (_, micro_batches) in enumerate(plan):
        started = time.perf_counter()
        step_tokens = 0
        for indices in micro_batches:
            batch = collate([examples[i] for i in indices], tokenizer.pad_token_id)
            batch = {k: batch[k].to(torch_device) for k in ("input_ids", "attention_mask", "labels")}
            with torch.autocast(torch_device.type, dtype=dtype, enabled=dtype != torch.float32):
                loss = model(**batch).loss / len(micro_batches)
            loss.backward()
            step_tokens += int(batch["attention_mask"].sum())
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        _sync(torch_device)
        if step:
            tokens, seconds = tokens + step_tokens, seconds + time.perf_counter() - started
    return {
        "name": "plain loop",
        "dtype": str(dtype).removeprefix("torch."),
        "steps": len(plan) - 1,
        "tokens": tokens,
        "seconds": seconds,
    }


def run_trl_defaults(model_dir: Path, rows: list[dict], work: Path, batch_size: int, steps: int, device: str) -> dict:
    """SFTTrainer as a newcomer would write it: SFTConfig defaults, LoRA r=16 on q,k,v,o.
    Only what a benchmark needs is set: where to write, how many steps and examples, no saving."""
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, TrainerCallback
    from trl import SFTConfig, SFTTrainer

    class StepTimer(TrainerCallback):
        def __init__(self):
            self.steps = []

        def on_step_begin(self, args, state, control, **kwargs):
            self.started, self.seen = time.perf_counter(), state.num_input_tokens_seen

        def on_step_end(self, args, state, control, **kwargs):
            self.steps.append((state.num_input_tokens_seen - self.seen, time.perf_counter() - self.started))

    config = SFTConfig(
        output_dir=str(work / "trl"),
        use_cpu=device == "cpu",
        max_steps=steps,
        per_device_train_batch_size=batch_size,
        save_strategy="no",
        report_to="none",
        include_num_input_tokens_seen="non_padding",
    )
    timer = StepTimer()
    trainer = SFTTrainer(
        model=AutoModelForCausalLM.from_pretrained(str(model_dir)),
        args=config,
        train_dataset=Dataset.from_list(rows),
        processing_class=load_tokenizer(model_dir),
        peft_config=LoraConfig(
            r=16, lora_alpha=32, lora_dropout=0.05, target_modules=list(TARGETS), task_type="CAUSAL_LM"
        ),
        callbacks=[timer],
    )
    trainer.train()
    timed = timer.steps[1:] if len(timer.steps) > 1 else timer.steps
    dtype = "bf16 autocast" if config.bf16 else "fp16 autocast" if config.fp16 else "fp32"
    return {
        "name": f"trl SFTTrainer defaults (gradient_checkpointing={config.gradient_checkpointing})",
        "dtype": dtype,
        "steps": len(timed),
        "tokens": sum(t for t, _ in timed),
        "seconds": sum(s for _, s in timed),
    }


def random_weights_copy(model_dir: Path, work: Path) -> Path:
    """The same architecture with random weights (for a machine without the real ones)."""
    from transformers import AutoConfig, AutoModelForCausalLM

    folder = work / "random-base"
    torch.manual_seed(0)
    AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(model_dir), dtype=torch.float32).save_pretrained(folder)
    load_tokenizer(model_dir).save_pretrained(folder)
    return folder


def model_flops_per_token(model_dir: Path, mean_length: float) -> float:
    """Frozen-base LoRA training: forward 2N plus backward through frozen weights 2N, plus
    attention scores and values (forward 4*L*d*s, backward twice that) at mean length s."""
    from transformers import AutoConfig

    config = AutoConfig.from_pretrained(model_dir)
    d, layers, kv, heads = (
        config.hidden_size,
        config.num_hidden_layers,
        config.num_key_value_heads,
        config.num_attention_heads,
    )
    head_dim = getattr(config, "head_dim", None) or d // heads
    per_layer = d * heads * head_dim * 2 + d * kv * head_dim * 2 + 3 * d * config.intermediate_size
    n = layers * per_layer + d * config.vocab_size
    return 4 * n + 12 * layers * heads * head_dim * mean_length


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize()


def _free() -> None:
    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--model",
        type=Path,
        default=ROOT / "var/models/SmolLM2-135M-Instruct",
        help="a base model folder (manage.py import_base_model makes the default)",
    )
    parser.add_argument("--random-weights", action="store_true", help="same architecture, random weights")
    parser.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--steps", type=int, default=6, help="optimizer steps of (a) and (c); the first is warm-up")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--max-length", type=int, default=1024)
    parser.add_argument("--trl-steps", type=int, default=1)
    parser.add_argument("--trl-batch-size", type=int, default=2, help="examples per trl step (it is slow on CPU)")
    parser.add_argument(
        "--dtypes", default="auto", help="dtypes of (a), comma-separated, each run in turn: auto, float32, bfloat16"
    )
    parser.add_argument(
        "--export", type=Path, help="an export folder: train on its train.jsonl, validate on its validation.jsonl"
    )
    args = parser.parse_args()
    if args.export and not all((args.export / f"{split}.jsonl").is_file() for split in ("train", "validation")):
        raise SystemExit(f"{args.export} is not an export folder (it needs train.jsonl and validation.jsonl).")
    if not (args.model / "config.json").is_file():
        raise SystemExit(
            f"{args.model} is not a model folder: run `DEBUG=1 .venv/bin/python manage.py import_base_model`."
        )
    torch.set_num_threads(args.threads)
    device = torch.device(args.device)

    work = Path(tempfile.mkdtemp(prefix="train-throughput-"))
    try:
        model_dir = random_weights_copy(args.model, work) if args.random_weights else args.model
        count = args.steps * args.batch_size
        if args.export:
            rows = [json.loads(line) for line in (args.export / "train.jsonl").read_text().splitlines()[:count]]
            validation = [json.loads(line) for line in (args.export / "validation.jsonl").read_text().splitlines()]
        else:
            rows, validation = synthesize(count), synthesize(2 * args.batch_size, seed=1)
        train_file, validation_file = work / "train.jsonl", work / "validation.jsonl"
        train_file.write_text("".join(json.dumps(r) + "\n" for r in rows))
        validation_file.write_text("".join(json.dumps(r) + "\n" for r in validation))
        hp = LoRAHyperparameters(
            r=16,
            alpha=32,
            dropout=0.05,
            target_modules=TARGETS,
            batch_size=args.batch_size,
            max_length=args.max_length,
            max_steps=args.steps,
            eval_every=10**6,
            save_every=10**6,
            log_every=10**6,
        )
        lengths = [len(e) for e in encode_file(load_tokenizer(model_dir), train_file, args.max_length).examples]
        print(
            f"{len(rows)} examples, {min(lengths)}-{max(lengths)} tokens (mean {sum(lengths) / len(lengths):.0f}); "
            f"device {device}{'' if device.type == 'cuda' else f', {args.threads} threads'}",
            flush=True,
        )

        gflops = matmul_gflops(device)
        if device.type == "cuda":
            # Untimed: during its first seconds of work a GPU ramps up its clocks and loads
            # kernels; on an H200 the first run in a process was ~1.7x slower per step.
            warm_up = replace(hp, max_steps=4)
            run_ours(model_dir, train_file, None, work / "warm-up", warm_up, args.device, args.threads)
            run_plain(model_dir, train_file, warm_up, args.device)
            _free()
        results = []
        for dtype in args.dtypes.split(","):
            results.append(run_ours(model_dir, train_file, validation_file, work, hp, args.device, args.threads, dtype))
            _free()
        ours_runs = len(results)
        results.append(run_plain(model_dir, train_file, hp, args.device))
        _free()
        try:
            results.append(run_trl_defaults(model_dir, rows, work, args.trl_batch_size, args.trl_steps, args.device))
        except ImportError as missing:  # a GPU machine without trl/datasets still measures (a) and (c)
            print(f"trl SFTTrainer not measured: {missing}")
        _free()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    flops_token = model_flops_per_token(args.model, sum(lengths) / len(lengths))
    peak = (
        next((v for k, v in PEAK_BF16_FLOPS.items() if k in torch.cuda.get_device_name()), None)
        if device.type == "cuda"
        else gflops * 1e9
    )
    print(
        f"\nfp32 matmul 2048^3: {gflops:,.0f} GFLOP/s; model FLOPs per trained token ~{flops_token / 1e9:.2f} G; "
        f"utilisation against {'bf16 peak' if device.type == 'cuda' else 'the fp32 matmul rate'}"
    )
    print(
        f"{'run':58} {'dtype':14} {'steps':>5} {'tokens':>7} {'s/step':>7} {'tokens/s':>9} {'util':>6} {'val loss':>9}"
    )
    for r in results:
        rate = r["tokens"] / r["seconds"]
        util = f"{rate * flops_token / peak:6.1%}" if peak else "     ?"
        val_loss = f"{r['val_loss']:9.4f}" if r.get("val_loss") is not None else f"{'-':>9}"
        print(
            f"{r['name']:58} {r['dtype']:14} {r['steps']:5d} {r['tokens']:7d} {r['seconds'] / r['steps']:7.2f} "
            f"{rate:9.1f} {util} {val_loss}"
        )
    rates = [r["tokens"] / r["seconds"] for r in results]
    # Ours in the dtype the trainer picks by itself here (the plain loop and trl run in it too).
    picked = str(pick_device(args.device)[1]).removeprefix("torch.")
    mine = next((n for n, r in enumerate(results[:ours_runs]) if r["dtype"] == picked), 0)
    ours, plain, library = rates[mine], rates[ours_runs], rates[ours_runs + 1 :]
    vs_library = f"{ours / library[0]:.1f}" if library else "n/a"
    by_dtype = {r["dtype"]: rate for r, rate in zip(results[:ours_runs], rates)}
    versus = (
        f" bf16_vs_fp32={by_dtype['bfloat16'] / by_dtype['float32']:.2f}"
        if {"bfloat16", "float32"} <= set(by_dtype)
        else ""
    )
    print(f"tokens_per_s={ours:.0f} vs_library_defaults={vs_library} vs_plain_loop={ours / plain:.2f}{versus}")


if __name__ == "__main__":
    main()
