"""How long an instructor waits for a suggestion: on demand ("Suggest"), batched (a worker),
and precomputed (the grading form opened on a stored suggestion).

    .venv/bin/python bench/suggest_latency.py [--count 8] [--threads 2] [--comment-tokens 64]
        [--adapter DIR] [--hints-pool TRAIN.csv] [--answers CSV]

For the "fine-tuned" version (the base model with a LoRA adapter: --adapter, or an untrained
one made here, which costs what a trained one costs per token but writes until its budget ends
where a trained one stops after its reply) and the base model alone: p50/p95 seconds of one
on-demand suggestion (grading one answer as the grading chain does: generation, then the score
readout), answers/s of a batch of ``--count``, and the Pearson of their scores with the human
scores. The answers are ``--count`` answers to one question (the one with the most answers in
``--answers``), graded in turn, as an instructor grading an assignment meets them: after the
first, the prompt's start (instructions, rubric, question, reference) is already computed.
``--hints-pool`` gives each prompt the grading hints a model trained with hints sees (from the
pool's other graded answers to the same question, with the estimator fitted on the pool).
``--score-check CSV`` then grades every answer of CSV as a worker does (batched) and prints the
Pearson and RMSE against the human scores, and every score: the check that a speed-up keeps
the scores (run it on the code before and after). Then the server side of a
precomputed suggestion: p50/p95 ms from the request of the grading form to its page, holding
the suggestion (Django's test client on a temporary SQLite database). ``--comment-tokens 0``
gives the behaviour before the comment budget. ``--dtypes float32,bfloat16`` measures (and
score-checks) each model in both dtypes, side by side. Ends with
``on_demand_p50_s=<x> precomputed_p95_ms=<x> batched_answers_per_s=<x>`` (fine-tuned version, in
the dtype the product picks on this machine: ``llm.dtypes``).
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch  # noqa: E402

from llm import dtypes  # noqa: E402
from llm.guardrails import check_reply  # noqa: E402
from llm.prompts import GradingTask  # noqa: E402
from llm.providers import local  # noqa: E402
from llm.providers.local import LocalProvider  # noqa: E402
from llm.providers.prompt_cache import PrefixCache  # noqa: E402
from llm.rubric import validate_rubric  # noqa: E402

RUBRIC = validate_rubric([{"name": "Score", "max_score": 5}])


def read_rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load_rows(path: Path, count: int) -> list[dict]:
    """``count`` answers to the question with the most answers in the file."""
    rows = read_rows(path)
    questions = Counter(row["question"] for row in rows)
    busiest = questions.most_common(1)[0][0]
    return [row for row in rows if row["question"] == busiest][:count]


def human_score(row: dict) -> float:
    return float(row.get("score_avg") or row["score"])


def hinted(tasks: list[GradingTask], rows: list[dict], pool_path: Path) -> list[GradingTask]:
    """The tasks with the hints of a model trained with hints: the pool's graded answers to the
    same question (but the answer itself) and the estimator fitted on the pool."""
    from llm.providers.hints import hint_graded
    from llm.providers.similarity import default_similarity

    questions = {row["question"] for row in rows}
    pool = [row for row in read_rows(pool_path) if row["question"] in questions and row not in rows]
    pool_tasks = [task_of(row) for row in pool]
    pool_scores = [{"Score": {"score": human_score(row)}} for row in pool]
    every, _ = hint_graded(
        pool_tasks + tasks,
        pool_scores + [{}] * len(tasks),
        [row["question"] for row in pool + rows],
        [True] * len(pool) + [False] * len(tasks),
        k=5,
        similarity=default_similarity(),
    )
    return every[len(pool) :]


def task_of(row: dict) -> GradingTask:
    return GradingTask(
        rubric=RUBRIC, question=row["question"], answer=row["student_answer"], reference_answer=row["reference_answer"]
    )


def percentile(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def untrained_adapter(model: Path, folder: Path) -> Path:
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(model, dtype=torch.float32)
    get_peft_model(base, LoraConfig(r=16, lora_alpha=32, target_modules="all-linear")).save_pretrained(folder)
    return folder


def score(reply) -> float | None:
    checked = check_reply(RUBRIC, reply.text)
    return checked.scores["Score"]["score"] if checked.ok else None


def pearson(xs: list[float], ys: list[float]) -> float:
    return statistics.correlation(xs, ys) if len(xs) > 2 and len(set(xs)) > 1 else float("nan")


def measure_model(name: str, model: Path, adapter: Path | None, rows: list[dict], args, dtype: str) -> dict:
    options = dict(
        max_new_tokens=args.max_new_tokens,
        comment_tokens=args.comment_tokens or None,
        threads=args.threads,
        dtype=dtype,
    )
    tasks = [task_of(row) for row in rows]
    if args.hints_pool:
        tasks = hinted(tasks, rows, args.hints_pool)
    single = LocalProvider(model, adapter, batch_size=1, **options)
    single.grade(tasks[:1])  # load and warm up; not timed
    loaded = local.load(model, adapter, dtype)
    loaded.prefixes = PrefixCache()  # the first timed answer starts cold
    seconds, scores = [], []
    for task in tasks:
        started = time.perf_counter()
        [reply] = single.grade([task])
        seconds.append(time.perf_counter() - started)
        scores.append(score(reply))
    batched = LocalProvider(model, adapter, batch_size=args.batch_size, **options)
    started = time.perf_counter()
    batched.grade(tasks)
    batch_s = time.perf_counter() - started
    check = score_check(batched, args) if args.score_check else None
    local.release_all_except()
    humans = [human_score(row) for row in rows]
    valid = [(s, h) for s, h in zip(scores, humans) if s is not None]
    return {
        "name": f"{name} {str(loaded.model.dtype).removeprefix('torch.')}",
        "dtype": loaded.model.dtype,
        "first": seconds[0],
        "check": check,
        "p50": percentile(seconds, 50),
        "p95": percentile(seconds, 95),
        "per_s": len(tasks) / batch_s,
        "valid": len(valid),
        "count": len(tasks),
        "pearson": pearson([s for s, _ in valid], [h for _, h in valid]),
        "scores": scores,
    }


def score_check(provider: LocalProvider, args) -> dict:
    """Pearson and RMSE of the provider's scores (batched, as a worker grades) over every answer
    of ``--score-check``, hinted from ``--hints-pool`` like the timed answers."""
    rows = read_rows(args.score_check)
    tasks = [task_of(row) for row in rows]
    if args.hints_pool:
        tasks = hinted(tasks, rows, args.hints_pool)
    started = time.perf_counter()
    scores = [score(reply) for reply in provider.grade(tasks)]
    valid = [(s, human_score(row)) for s, row in zip(scores, rows) if s is not None]
    return {
        "answers": len(rows),
        "valid": len(valid),
        "pearson": pearson(*zip(*valid)) if valid else float("nan"),
        "rmse": statistics.fmean((s - h) ** 2 for s, h in valid) ** 0.5 if valid else float("nan"),
        "seconds": time.perf_counter() - started,
        "scores": scores,
    }


def measure_form(loads: int) -> tuple[float, float]:
    """p50/p95 ms of the grading form's page holding a stored suggestion (server side)."""
    folder = tempfile.mkdtemp(prefix="suggest-latency-")
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DEBUG": "1",
            "DATABASE_URL": f"sqlite:///{folder}/bench.sqlite3",
            "VAR_DIR": folder,
        }
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    call_command("migrate", verbosity=0)
    from django.contrib.auth import get_user_model

    from gradebook.models import Assignment, Course, Evaluation, Rubric
    from gradebook.services import create_submission, enroll

    user = get_user_model().objects.create_user("bench", password="bench-pass-2026")
    course = Course.objects.create(code="BENCH", title="Bench")
    course.instructors.add(user)
    assignment = Assignment.objects.create(
        course=course, title="Q", prompt="What is a stack?", reference_answer="A last-in first-out list."
    )
    Rubric.objects.create(assignment=assignment, sections=RUBRIC)
    submission = create_submission(assignment, enroll(course, "s1", "Ada", by=user), text="A pile: last in, first out.")
    Evaluation.objects.create(
        submission=submission,
        status=Evaluation.Status.SUGGESTED,
        sections={"Score": {"score": 4.5}},
        total=4.5,
        provider="local",
        model_version_label="v1",
    )
    client = Client()
    client.force_login(user)
    url = _grade_url(submission.pk)
    client.get(url)  # warm up
    times = []
    for _ in range(loads):
        started = time.perf_counter()
        page = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert page.status_code == 200 and b'id="suggestion-note"' in page.content
    return percentile(times, 50), percentile(times, 95)


def _grade_url(pk: int) -> str:
    from django.urls import reverse

    return reverse("gradebook:grade_submission", args=[pk])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "var/models/SmolLM2-135M-Instruct")
    parser.add_argument("--adapter", type=Path, default=None, help="a trained adapter (default: an untrained one)")
    parser.add_argument("--answers", type=Path, default=ROOT.parent.parent / "shared/datasets/mohler/dev.csv")
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--hints-pool", type=Path, help="graded CSV whose answers give the prompts' hints")
    parser.add_argument("--score-check", type=Path, help="also grade every answer of this CSV: Pearson and RMSE")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--max-new-tokens", type=int, default=256)
    parser.add_argument("--comment-tokens", type=int, default=64, help="0: no comment budget (the old behaviour)")
    parser.add_argument(
        "--dtypes",
        default="auto",
        help=f"comma-separated, each measured in turn: {', '.join(dtypes.CHOICES)} (auto: the measured choice)",
    )
    parser.add_argument("--form-loads", type=int, default=50)
    parser.add_argument("--skip-base", action="store_true", help="measure the fine-tuned version only")
    args = parser.parse_args()
    chosen = args.dtypes.split(",")
    if unknown := [d for d in chosen if d not in dtypes.CHOICES]:
        raise SystemExit(f"unknown dtype {', '.join(unknown)}; use {', '.join(dtypes.CHOICES)}")
    if not (args.model / "config.json").exists():
        raise SystemExit(f"No model at {args.model}: run `manage.py import_base_model` first.")
    torch.set_num_threads(args.threads)
    check = dtypes.measure()
    rows = load_rows(args.answers, args.count)
    adapter = args.adapter or untrained_adapter(args.model, Path(tempfile.mkdtemp(prefix="adapter-")))
    results = []
    for dtype in chosen:
        name = "fine-tuned" + ("" if args.adapter else " (untrained adapter)")
        results.append(measure_model(name, args.model, adapter, rows, args, dtype))
        if not args.skip_base:
            results.append(measure_model("base", args.model, None, rows, args, dtype))
    form_p50, form_p95 = measure_form(args.form_loads)

    bf16 = f"{check.bf16_gflops:.0f}" if check.bf16_gflops else "-"
    print(
        f"threads={args.threads} answers={len(rows)} max_new_tokens={args.max_new_tokens} "
        f"comment_tokens={args.comment_tokens} dtypes={args.dtypes}; auto picks {str(check.dtype).removeprefix('torch.')} "
        f"(matmul GFLOP/s fp32 {check.fp32_gflops:.0f}, bf16 {bf16}: {check.reason})"
    )
    print(f"{'model':<40}{'on-demand p50 s':>16}{'p95 s':>8}{'batched ans/s':>15}{'valid':>7}{'pearson':>9}")
    for r in results:
        print(
            f"{r['name']:<40}{r['p50']:>16.2f}{r['p95']:>8.2f}{r['per_s']:>15.2f}"
            f"{r['valid']:>4}/{r['count']:<2}{r['pearson']:>9.3f}"
        )
    print(
        f"{'precomputed form (server)':<40}  p50 {form_p50:.0f} ms  p95 {form_p95:.0f} ms over {args.form_loads} loads"
    )
    print("first answer to the question (its prompt's start not cached yet):", end="")
    print("".join(f"  {r['name']} {r['first']:.2f} s" for r in results))
    print("scores:", " | ".join(f"{r['name']}: {r['scores']}" for r in results))
    for r in results:
        if r["check"]:
            c = r["check"]
            print(
                f"score check {r['name']}: {c['valid']}/{c['answers']} valid, pearson {c['pearson']:.4f} "
                f"rmse {c['rmse']:.4f} in {c['seconds']:.0f} s; scores {c['scores']}"
            )
    # The fine-tuned version in the dtype the product picks on this machine, where it was measured.
    fine_tuned = [r for r in results if not r["name"].startswith("base")]
    tuned = next((r for r in fine_tuned if r["dtype"] == check.dtype), fine_tuned[0])
    print(
        f"on_demand_p50_s={tuned['p50']:.2f} precomputed_p95_ms={form_p95:.0f} batched_answers_per_s={tuned['per_s']:.2f}"
    )


if __name__ == "__main__":
    main()
