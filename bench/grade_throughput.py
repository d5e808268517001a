"""Grading throughput of the local model: the same answers graded one at a time, then in
batches (left-padded greedy generation), on a fixed number of CPU threads.

    .venv/bin/python bench/grade_throughput.py [--model DIR] [--adapter DIR] [--threads 2]

Answers come from the Mohler short-answer set (../shared/datasets/mohler/dev.csv). Prints a
table and ends with ``answers_per_s=<batched answers/s> batch_speedup=<x>``; the replies of
both runs must be identical (greedy decoding), which it checks.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llm.guardrails import check_reply  # noqa: E402
from llm.prompts import GradingTask  # noqa: E402
from llm.providers import local  # noqa: E402
from llm.providers.local import LocalProvider  # noqa: E402
from llm.rubric import validate_rubric  # noqa: E402

RUBRIC = validate_rubric([{"name": "Score", "max_score": 5}])


def load_tasks(path: Path, count: int) -> list[GradingTask]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))[:count]
    if len(rows) < count:
        raise SystemExit(f"{path} holds only {len(rows)} answers; {count} are needed.")
    return [
        GradingTask(
            rubric=RUBRIC,
            question=row["question"],
            answer=row["student_answer"],
            reference_answer=row["reference_answer"],
        )
        for row in rows
    ]


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=ROOT / "var/models/SmolLM2-135M-Instruct")
    parser.add_argument("--adapter", type=Path, default=None)
    parser.add_argument("--answers", type=Path, default=ROOT.parent / "shared/datasets/mohler/dev.csv")
    parser.add_argument("--count", type=int, default=64)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--max-new-tokens", type=int, default=48)
    args = parser.parse_args()
    if not (args.model / "config.json").exists():
        raise SystemExit(f"No model at {args.model}: run `manage.py import_base_model` first.")

    tasks = load_tasks(args.answers, args.count)
    options = dict(max_new_tokens=args.max_new_tokens, threads=args.threads)
    single = LocalProvider(args.model, args.adapter, batch_size=1, **options)
    batched = LocalProvider(args.model, args.adapter, batch_size=args.batch_size, **options)
    single.grade(tasks[:1])  # load the model and warm up; not timed

    runs = {}
    started = time.perf_counter()
    runs["one at a time"] = ([single.grade([task])[0] for task in tasks], time.perf_counter() - started)
    started = time.perf_counter()
    runs[f"batched ({args.batch_size})"] = (batched.grade(tasks), time.perf_counter() - started)

    print(
        f"model={args.model.name} adapter={args.adapter.name if args.adapter else '-'} "
        f"answers={len(tasks)} threads={args.threads} max_new_tokens={args.max_new_tokens}"
    )
    print(f"{'mode':<16}{'seconds':>9}{'answers/s':>11}{'p50 ms':>9}{'p95 ms':>9}{'tokens out':>12}{'valid':>7}")
    for mode, (replies, seconds) in runs.items():
        latencies = [reply.latency_ms for reply in replies]
        valid = sum(check_reply(RUBRIC, reply.text).ok for reply in replies)
        print(
            f"{mode:<16}{seconds:>9.1f}{len(replies) / seconds:>11.2f}{percentile(latencies, 50):>9.0f}"
            f"{percentile(latencies, 95):>9.0f}{sum(r.completion_tokens for r in replies):>12}{valid:>7}"
        )
    (one, one_s), (many, many_s) = runs.values()
    texts_equal = sum(a.text == b.text for a, b in zip(one, many))
    scores_equal = sum(
        check_reply(RUBRIC, a.text).scores == check_reply(RUBRIC, b.text).scores for a, b in zip(one, many)
    )
    print(f"identical replies: {texts_equal}/{len(tasks)}  identical scores: {scores_equal}/{len(tasks)}")
    local.release_all_except()
    print(f"answers_per_s={len(tasks) / many_s:.2f} batch_speedup={one_s / many_s:.2f}")


if __name__ == "__main__":
    main()
