"""The LoRA trainer: transformers + peft, no Django. The training-job task calls `train`
with the job's files, hyperparameters and two callables (progress, should_stop).

Settings are chosen for the hardware, not taken from library defaults (see FACTS.md):
no gradient checkpointing on CPU, and the dtype measured on the machine (llm.dtypes: bf16
only where it is clearly faster; on a CPU without bf16 units it runs ~500x slower than fp32). The loss covers the final assistant answer only, and the vocabulary
projection is computed for those positions only (on a 135M model it is a fifth of the work
per token). Batches group examples of similar length.

A run lives in one output folder:
    checkpoints/step-000040/   adapter + checkpoint.json (step, epoch, losses); the newest one
                               also holds trainer_state.pt (optimizer, scheduler, RNG) to resume
    adapter/                   the version's adapter: the mean of the last `average_last`
                               checkpoints' adapters, or with average_last=1 the checkpoint
                               with the lowest validation loss
    result.json                the metrics history
Each checkpoint is written to a temporary folder and renamed, so a SIGKILL at any moment
leaves the previous checkpoint intact, and `train` on the same folder resumes from it.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import torch
import torch.nn.functional as F

from llm.dtypes import pick_dtype
from training.lora_data import (
    DatasetError,
    Example,
    collate,
    encode_file,
    evaluation_batches,
    file_sha256,
    length_grouped_batches,
)

# peft's name for every linear layer of the model but its output head, whatever the
# architecture calls them (on a Llama block: q, k, v, o, gate, up and down projections, the
# layers bench/quality.py measured its figures with).
ALL_LINEAR = "all-linear"
DEFAULT_TARGET_MODULES = (ALL_LINEAR,)
CHECKPOINTS = "checkpoints"
TRAINER_STATE = "trainer_state.pt"
CHECKPOINT_INFO = "checkpoint.json"
ADAPTER_WEIGHTS = "adapter_model.safetensors"
MAX_GRAD_NORM = 1.0


class TrainingError(Exception):
    """A run cannot start or go on; the message says why."""


class HyperparameterError(TrainingError):
    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{name}: {message}" for name, message in errors.items()))


@dataclass(frozen=True)
class LoRAHyperparameters:
    """What a training job runs with. The defaults are those that graded best in
    ``bench/quality.py`` (SmolLM2-135M on Mohler), which trains with them."""

    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: tuple[str, ...] = DEFAULT_TARGET_MODULES
    learning_rate: float = 2e-3
    epochs: int = 3
    batch_size: int = 8
    grad_accum: int = 1
    max_length: int = 1024
    warmup_ratio: float = 0.05
    eval_every: int = 50  # optimizer steps between validation-loss evaluations
    save_every: int = 50  # optimizer steps between checkpoints
    log_every: int = 5  # optimizer steps between progress reports
    max_steps: int = 0  # stop after this many steps (0: run all epochs)
    seed: int = 42
    # The version's adapter is the element-wise mean of the last N checkpoints' adapters (A and
    # B each): it smooths out the noise of the final steps; 1 keeps the best single checkpoint.
    average_last: int = 3

    @classmethod
    def from_dict(cls, data: dict) -> LoRAHyperparameters:
        """Validated hyperparameters from JSON-like data (an API body, a job's field)."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise HyperparameterError(
                {name: f"unknown hyperparameter (known: {', '.join(sorted(known))})" for name in unknown}
            )
        data = dict(data)
        if isinstance(data.get("target_modules"), list):
            data["target_modules"] = tuple(data["target_modules"])
        hyperparameters = cls(**data)
        hyperparameters.validate()
        return hyperparameters

    def to_dict(self) -> dict:
        data = asdict(self)
        data["target_modules"] = list(self.target_modules)
        return data

    def errors(self) -> dict[str, str]:
        errors = {}
        for name, low, high in [
            ("r", 1, 1024),
            ("alpha", 1, 4096),
            ("epochs", 1, 100),
            ("batch_size", 1, 1024),
            ("grad_accum", 1, 1024),
            ("max_length", 16, 131072),
            ("eval_every", 1, 10**6),
            ("save_every", 1, 10**6),
            ("log_every", 1, 10**6),
            ("max_steps", 0, 10**7),
            ("seed", 0, 2**32 - 1),
            ("average_last", 1, 1000),
        ]:
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                errors[name] = f"must be a whole number, got {value!r}"
            elif not low <= value <= high:
                errors[name] = f"must be between {low} and {high}, got {value}"
        for name, low, high, closed in [
            ("dropout", 0.0, 1.0, False),
            ("learning_rate", 0.0, 1.0, True),
            ("warmup_ratio", 0.0, 1.0, False),
        ]:
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
                errors[name] = f"must be a number, got {value!r}"
            elif name == "learning_rate" and not 0 < value <= high:
                errors[name] = f"must be above 0 and at most {high}, got {value}"
            elif not low <= value < high and not (closed and value == high):
                errors[name] = f"must be at least {low} and below {high}, got {value}"
        modules = self.target_modules
        if isinstance(modules, str) or not isinstance(modules, (tuple, list)) or not modules:
            errors["target_modules"] = f"must be a non-empty list of module names, e.g. q_proj, v_proj, or {ALL_LINEAR}"
        elif not all(isinstance(m, str) and m.strip() for m in modules):
            errors["target_modules"] = "every module name must be a non-empty string"
        elif ALL_LINEAR in modules and len(modules) > 1:
            errors["target_modules"] = f"{ALL_LINEAR} already names every linear layer: give it alone"
        return errors

    def validate(self) -> LoRAHyperparameters:
        errors = self.errors()
        if errors:
            raise HyperparameterError(errors)
        return self


@dataclass(frozen=True)
class Progress:
    """What the progress callback receives.

    event: "started" | "step" | "eval" | "checkpoint" | "finished" | "cancelled"; detail
    holds the event's extras (resumed_from, checkpoint path, example counts...).
    train_loss is the mean over the steps since the last report."""

    event: str
    step: int
    total_steps: int
    epoch: float
    train_loss: float | None = None
    val_loss: float | None = None
    tokens_per_s: float | None = None
    eta_s: float | None = None
    detail: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Checkpoint:
    path: Path
    step: int
    epoch: float
    train_loss: float | None
    val_loss: float | None


@dataclass
class TrainResult:
    status: str  # "succeeded" | "cancelled"
    step: int
    total_steps: int
    adapter_path: Path | None  # <output>/adapter: the averaged checkpoints' adapter
    best_checkpoint: Checkpoint | None  # lowest validation loss
    averaged: list[Checkpoint]  # the checkpoints whose mean is the adapter (one: it is their copy)
    adapter_val_loss: float | None  # the adapter's own validation loss
    checkpoints: list[Checkpoint]
    history: list[dict]  # one row per optimizer step: step, epoch, train_loss, lr, tokens, seconds
    evaluations: list[dict]  # step, val_loss
    tokens_per_s: float | None
    device: str
    dtype: str


def list_checkpoints(output_dir: Path) -> list[Checkpoint]:
    """The run's complete checkpoints, oldest first."""
    found = []
    for info in sorted((Path(output_dir) / CHECKPOINTS).glob(f"step-*/{CHECKPOINT_INFO}")):
        data = json.loads(info.read_text())
        found.append(Checkpoint(info.parent, data["step"], data["epoch"], data["train_loss"], data["val_loss"]))
    return sorted(found, key=lambda c: c.step)


def best_checkpoint(checkpoints: list[Checkpoint]) -> Checkpoint | None:
    """Lowest validation loss; the newest checkpoint when none was evaluated."""
    evaluated = [c for c in checkpoints if c.val_loss is not None]
    if evaluated:
        return min(evaluated, key=lambda c: (c.val_loss, -c.step))
    return checkpoints[-1] if checkpoints else None


def pick_device(device: str | None = None, dtype: str = "auto") -> tuple[torch.device, torch.dtype]:
    """The device (a GPU where there is one) and its dtype: "auto" measures fp32 against bf16
    there (llm.dtypes), "float32"/"bfloat16" force one."""
    device = torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
    return device, pick_dtype(dtype, str(device))


def train(
    base_model: Path | str,
    train_file: Path | str,
    validation_file: Path | str | None,
    output_dir: Path | str,
    hyperparameters: LoRAHyperparameters,
    *,
    on_progress: Callable[[Progress], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    stop_poll_s: float = 1.0,
    device: str | None = None,
    dtype: str = "auto",
    threads: int | None = None,
    gradient_checkpointing: bool = False,
) -> TrainResult:
    """Train (or resume) a LoRA adapter; see the module docstring for the output folder.

    should_stop is polled between micro-batches, at most every stop_poll_s seconds; when it
    answers True the run stops within one micro-batch and returns status "cancelled" (its
    checkpoints stay valid). Raises HyperparameterError, DatasetError or TrainingError.
    """
    hp = hyperparameters.validate()
    if threads:
        torch.set_num_threads(threads)
    output_dir = Path(output_dir)
    report = on_progress or (lambda progress: None)
    stop = _StopPoller(should_stop, stop_poll_s)
    torch_device, dtype = pick_device(device, dtype)

    tokenizer = load_tokenizer(base_model)
    train_set = encode_file(tokenizer, Path(train_file), hp.max_length)
    if not train_set.examples:
        raise DatasetError(_empty_reason(Path(train_file).name, train_set, hp.max_length))
    val_set = encode_file(tokenizer, Path(validation_file), hp.max_length) if validation_file else None
    plan = plan_steps([len(e) for e in train_set.examples], hp)
    fingerprint = {
        "hyperparameters": hp.to_dict(),
        "train_sha256": file_sha256(train_file),
        "validation_sha256": file_sha256(validation_file) if validation_file else None,
    }

    torch.manual_seed(hp.seed)
    model = load_lora_model(base_model, hp, torch_device, dtype, gradient_checkpointing)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=hp.learning_rate, weight_decay=0.0)
    scheduler = _scheduler(optimizer, hp, len(plan))
    state = _resume(output_dir, model, optimizer, scheduler, fingerprint)
    run = _Run(
        model,
        tokenizer,
        torch_device,
        dtype,
        plan,
        report,
        state["step"],
        state["history"],
        state["evaluations"],
        hp,
        val_set.examples if val_set else [],
    )

    run.emit(
        "started",
        detail={
            "resumed_from": state["step"] or None,
            "train_examples": len(train_set.examples),
            "validation_examples": len(val_set.examples) if val_set else 0,
            "too_long_skipped": train_set.too_long + (val_set.too_long if val_set else 0),
            "device": str(torch_device),
            "dtype": str(dtype).removeprefix("torch."),
            "trainable_parameters": sum(p.numel() for p in trainable),
        },
    )
    model.train()
    while run.step < len(plan):
        step_started = time.monotonic()
        batches = [
            collate([train_set.examples[i] for i in indices], tokenizer.pad_token_id) for indices in plan[run.step][1]
        ]
        label_tokens = sum(b["answer_targets"].numel() for b in batches)
        tokens = sum(int(b["attention_mask"].sum()) for b in batches)
        loss_sum = torch.zeros((), device=torch_device)
        for batch in batches:
            if stop():
                return run.finish(output_dir, "cancelled")
            batch = {k: v.to(torch_device) for k, v in batch.items()}
            with _autocast(torch_device, dtype):
                loss, _ = answer_loss(model, batch)
            (loss / label_tokens).backward()
            loss_sum += loss.detach()
        train_loss = loss_sum.item() / label_tokens
        if not math.isfinite(train_loss):
            raise TrainingError(
                f"The training loss became {train_loss} at step {run.step + 1}: lower the learning rate."
            )
        torch.nn.utils.clip_grad_norm_(trainable, MAX_GRAD_NORM)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        run.record_step(train_loss, scheduler.get_last_lr()[0], tokens, time.monotonic() - step_started)

        last = run.step == len(plan)
        if run.step % hp.log_every == 0 or last:
            run.emit("step")
        val_loss = None
        if val_set and val_set.examples and (run.step % hp.eval_every == 0 or last):
            val_loss = run.validation_loss(stop)
            if val_loss is None:
                return run.finish(output_dir, "cancelled")
            run.evaluations.append({"step": run.step, "val_loss": val_loss})
            run.emit("eval", val_loss=val_loss)
        if run.step % hp.save_every == 0 or val_loss is not None or last:
            checkpoint = _save_checkpoint(output_dir, run, optimizer, scheduler, fingerprint, val_loss)
            run.emit("checkpoint", val_loss=val_loss, detail={"path": str(checkpoint.path)})
    return run.finish(output_dir, "succeeded")


def load_tokenizer(base_model: Path | str):
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(base_model))
    if not tokenizer.chat_template:
        raise TrainingError(f"The tokenizer of {base_model} has no chat template; use an instruct/chat model.")
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_lora_model(base_model, hp: LoRAHyperparameters, device, dtype, gradient_checkpointing: bool = False):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(str(base_model), dtype=dtype)
    model.config.use_cache = False
    names = {name.rsplit(".", 1)[-1] for name, _ in model.named_modules()}
    missing = [m for m in hp.target_modules if m not in names and m != ALL_LINEAR]
    if missing:
        linear = sorted({n.rsplit(".", 1)[-1] for n, m in model.named_modules() if isinstance(m, torch.nn.Linear)})
        raise HyperparameterError(
            {"target_modules": f"{', '.join(missing)} not in this model; its linear layers: {', '.join(linear)}"}
        )
    if gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        model.enable_input_require_grads()
    config = LoraConfig(
        r=hp.r,
        lora_alpha=hp.alpha,
        lora_dropout=hp.dropout,
        target_modules=ALL_LINEAR if ALL_LINEAR in hp.target_modules else list(hp.target_modules),
        task_type="CAUSAL_LM",
    )
    return get_peft_model(model, config).to(device)


def answer_loss(model, batch: dict[str, torch.Tensor]) -> tuple[torch.Tensor, int]:
    """Summed cross-entropy over the answer tokens and their count (see collate). The
    vocabulary projection runs on those positions only, where the model allows it, and
    nothing here waits for the GPU."""
    index, targets = batch["answer_index"], batch["answer_targets"]
    inputs = {"input_ids": batch["input_ids"], "attention_mask": batch["attention_mask"]}
    base = model.get_base_model()
    head = base.get_output_embeddings()
    if head is not None and _plain_head(base.config):
        hidden = base.get_decoder()(**inputs).last_hidden_state
        logits = head(hidden.reshape(-1, hidden.shape[-1]).index_select(0, index))
    else:
        logits = model(**inputs).logits
        logits = logits.reshape(-1, logits.shape[-1]).index_select(0, index)
    return F.cross_entropy(logits.float(), targets, reduction="sum"), targets.numel()


def _plain_head(config) -> bool:
    """Logits are just lm_head(hidden): no soft-capping or scaling done in the forward."""
    return not getattr(config, "final_logit_softcapping", None) and getattr(config, "logit_scale", None) in (None, 1.0)


@torch.no_grad()
def evaluate(model, examples: list[Example], batch_size: int, pad_id: int, device, dtype, stop=None) -> float | None:
    """Mean answer-token loss over examples; None if stop() answered True."""
    model.eval()
    total, count = 0.0, 0
    try:
        for indices in evaluation_batches([len(e) for e in examples], batch_size):
            if stop and stop():
                return None
            batch = {k: v.to(device) for k, v in collate([examples[i] for i in indices], pad_id).items()}
            with _autocast(device, dtype):
                loss, n = answer_loss(model, batch)
            total, count = total + loss.item(), count + n
    finally:
        model.train()
    return total / count


def plan_steps(lengths: list[int], hp: LoRAHyperparameters) -> list[tuple[int, list[list[int]]]]:
    """Every optimizer step of the run as (epoch, micro-batches of example indices),
    fixed by the seed, so a resumed run continues with exactly the batches it missed."""
    plan = []
    epoch = 0
    while epoch < hp.epochs or (hp.max_steps and len(plan) < hp.max_steps):
        batches = length_grouped_batches(lengths, hp.batch_size, hp.seed + epoch)
        plan += [(epoch, batches[i : i + hp.grad_accum]) for i in range(0, len(batches), hp.grad_accum)]
        epoch += 1
    return plan[: hp.max_steps] if hp.max_steps else plan


def _empty_reason(name: str, dataset, max_length: int) -> str:
    if dataset.too_long:
        return (
            f"{name}: all {dataset.too_long} examples are longer than max_length={max_length} tokens "
            f"(the longest has {dataset.longest}); raise max_length."
        )
    return f"{name} has no examples: nothing to train on."


def _scheduler(optimizer, hp: LoRAHyperparameters, total_steps: int):
    from transformers import get_scheduler

    return get_scheduler(
        "linear", optimizer, num_warmup_steps=int(hp.warmup_ratio * total_steps), num_training_steps=total_steps
    )


def _autocast(device: torch.device, dtype: torch.dtype):
    return torch.autocast(device.type, dtype=dtype, enabled=dtype != torch.float32)


class _StopPoller:
    """Asks should_stop at most every interval seconds (it may query a database)."""

    def __init__(self, should_stop, interval: float):
        self.should_stop, self.interval, self.asked = should_stop, interval, -math.inf

    def __call__(self) -> bool:
        if self.should_stop is None or time.monotonic() - self.asked < self.interval:
            return False
        self.asked = time.monotonic()
        return bool(self.should_stop())


class _Run:
    """Step counter, metrics history and progress reports of one training process."""

    def __init__(self, model, tokenizer, device, dtype, plan, report, step, history, evaluations, hp, val_examples):
        self.model, self.tokenizer, self.device, self.dtype = model, tokenizer, device, dtype
        self.hp, self.val_examples = hp, val_examples
        self.plan, self.report, self.step = plan, report, step
        self.history, self.evaluations = history, evaluations
        self.started_step, self.started = step, time.monotonic()
        self.step_seconds, self.step_tokens, self.reported = 0.0, 0, step
        self.epoch_spans = {}
        for index, (epoch, _) in enumerate(plan):
            first, count = self.epoch_spans.get(epoch, (index, 0))
            self.epoch_spans[epoch] = (first, count + 1)

    @property
    def epoch(self) -> float:
        """Fractional epoch reached, e.g. 1.5 halfway through the second epoch."""
        if self.step == 0:
            return 0.0
        epoch = self.plan[self.step - 1][0]
        first, count = self.epoch_spans[epoch]
        return epoch + (self.step - first) / count

    def record_step(self, train_loss: float, lr: float, tokens: int, seconds: float) -> None:
        self.step += 1
        self.step_seconds += seconds
        self.step_tokens += tokens
        self.history.append(
            {
                "step": self.step,
                "epoch": round(self.epoch, 4),
                "train_loss": train_loss,
                "lr": lr,
                "tokens": tokens,
                "seconds": round(seconds, 4),
            }
        )

    def recent_train_loss(self) -> float | None:
        recent = [h["train_loss"] for h in self.history if h["step"] > self.reported] or [
            h["train_loss"] for h in self.history[-1:]
        ]
        return sum(recent) / len(recent) if recent else None

    def emit(self, event: str, val_loss: float | None = None, detail: dict | None = None) -> None:
        done = self.step - self.started_step
        elapsed = time.monotonic() - self.started
        self.report(
            Progress(
                event=event,
                step=self.step,
                total_steps=len(self.plan),
                epoch=round(self.epoch, 4),
                train_loss=self.recent_train_loss(),
                val_loss=val_loss,
                tokens_per_s=self.step_tokens / self.step_seconds if self.step_seconds else None,
                eta_s=(len(self.plan) - self.step) * elapsed / done if done else None,
                detail=detail or {},
            )
        )
        if event == "step":
            self.reported = self.step

    def validation_loss(self, stop=None) -> float | None:
        """The model's loss on the validation examples as it stands; None if stopped."""
        return evaluate(
            self.model,
            self.val_examples,
            self.hp.batch_size,
            self.tokenizer.pad_token_id,
            self.device,
            self.dtype,
            stop,
        )

    def finish(self, output_dir: Path, status: str) -> TrainResult:
        checkpoints = list_checkpoints(output_dir)
        best = best_checkpoint(checkpoints)
        adapter, averaged, adapter_val_loss = None, [], None
        if status == "succeeded" and best is not None:
            adapter = output_dir / "adapter"
            averaged = checkpoints[-self.hp.average_last :] if self.hp.average_last > 1 else [best]
            _replace_folder(adapter, lambda staging: average_adapters([c.path for c in averaged], staging))
            adapter_val_loss = best.val_loss if len(averaged) == 1 else self._adapter_val_loss(adapter)
        result = TrainResult(
            status=status,
            step=self.step,
            total_steps=len(self.plan),
            adapter_path=adapter,
            best_checkpoint=best,
            averaged=averaged,
            adapter_val_loss=adapter_val_loss,
            checkpoints=checkpoints,
            history=self.history,
            evaluations=self.evaluations,
            tokens_per_s=self.step_tokens / self.step_seconds if self.step_seconds else None,
            device=str(self.device),
            dtype=str(self.dtype).removeprefix("torch."),
        )
        (output_dir / "result.json").write_text(
            json.dumps(
                {
                    "status": status,
                    "step": self.step,
                    "total_steps": len(self.plan),
                    "best_checkpoint": best and {"step": best.step, "val_loss": best.val_loss, "path": str(best.path)},
                    "averaged_steps": [c.step for c in averaged],
                    "adapter_val_loss": adapter_val_loss,
                    "history": self.history,
                    "evaluations": self.evaluations,
                },
                indent=1,
            )
        )
        self.emit(
            status if status == "cancelled" else "finished",
            val_loss=adapter_val_loss if adapter else (best.val_loss if best else None),
            detail={
                "adapter_path": str(adapter) if adapter else None,
                "best_step": best.step if best else None,
                "averaged_steps": [c.step for c in averaged],
            },
        )
        return result

    def _adapter_val_loss(self, adapter: Path) -> float | None:
        from peft import set_peft_model_state_dict
        from safetensors.torch import load_file

        if not self.val_examples:
            return None
        set_peft_model_state_dict(self.model, load_file(adapter / ADAPTER_WEIGHTS, device=str(self.device)))
        return self.validation_loss()


def _save_checkpoint(output_dir: Path, run: _Run, optimizer, scheduler, fingerprint: dict, val_loss) -> Checkpoint:
    checkpoint = Checkpoint(
        output_dir / CHECKPOINTS / f"step-{run.step:06d}",
        run.step,
        round(run.epoch, 4),
        run.history[-1]["train_loss"],
        val_loss,
    )

    def write(staging: Path) -> None:
        run.model.save_pretrained(staging)
        torch.save(
            {
                "step": run.step,
                "optimizer": optimizer.state_dict(),
                "scheduler": scheduler.state_dict(),
                "fingerprint": fingerprint,
                "history": run.history,
                "evaluations": run.evaluations,
                "rng": {
                    "python": random.getstate(),
                    "torch": torch.get_rng_state(),
                    "cuda": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None,
                },
            },
            staging / TRAINER_STATE,
        )
        (staging / CHECKPOINT_INFO).write_text(
            json.dumps(
                {
                    "step": checkpoint.step,
                    "epoch": checkpoint.epoch,
                    "train_loss": checkpoint.train_loss,
                    "val_loss": checkpoint.val_loss,
                }
            )
        )

    _replace_folder(checkpoint.path, write)
    for older in list_checkpoints(output_dir):
        if older.step != run.step:
            (older.path / TRAINER_STATE).unlink(missing_ok=True)
    return checkpoint


def _resume(output_dir: Path, model, optimizer, scheduler, fingerprint: dict) -> dict:
    """Load the newest checkpoint's adapter and trainer state, if there is one."""
    from peft import set_peft_model_state_dict
    from safetensors.torch import load_file

    for stale in (output_dir / CHECKPOINTS).glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)
    resumable = [c for c in list_checkpoints(output_dir) if (c.path / TRAINER_STATE).is_file()]
    if not resumable:
        return {"step": 0, "history": [], "evaluations": []}
    latest = resumable[-1]
    state = torch.load(latest.path / TRAINER_STATE, weights_only=False)
    if state["fingerprint"] != fingerprint:
        raise TrainingError(
            f"{output_dir} holds checkpoints of a run with other data or hyperparameters; "
            "start this run in an empty folder."
        )
    set_peft_model_state_dict(model, load_file(latest.path / ADAPTER_WEIGHTS))
    optimizer.load_state_dict(state["optimizer"])
    scheduler.load_state_dict(state["scheduler"])
    random.setstate(state["rng"]["python"])
    torch.set_rng_state(state["rng"]["torch"])
    if state["rng"]["cuda"] is not None and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["rng"]["cuda"])
    return state


def average_adapters(checkpoints: list[Path], staging: Path) -> None:
    """Write into staging the element-wise mean of the checkpoints' adapter weights (summed
    in fp32), with the newest one's config; one checkpoint is copied as it is."""
    from safetensors.torch import load_file, save_file

    newest = checkpoints[-1]
    for name in ("adapter_config.json", "README.md"):
        if (newest / name).is_file():
            shutil.copy2(newest / name, staging / name)
    if len(checkpoints) == 1:
        shutil.copy2(newest / ADAPTER_WEIGHTS, staging / ADAPTER_WEIGHTS)
        return
    states = [load_file(path / ADAPTER_WEIGHTS) for path in checkpoints]
    mean = {
        name: (sum(state[name].float() for state in states) / len(states)).to(tensor.dtype)
        for name, tensor in states[-1].items()
    }
    save_file(mean, staging / ADAPTER_WEIGHTS, metadata={"format": "pt"})


def _replace_folder(target: Path, write: Callable[[Path], None]) -> None:
    """Fill a fresh temporary folder beside target, then swap it in."""
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".tmp-{target.name}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    write(staging)
    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)
