"""Cross-validation folds of a graded CSV, for benchmarks that take a pool and a holdout
(bench/robustness.py): fold i's holdout is every K-th answer of a seeded shuffle, its pool the
rest, both with the original header and columns. Choices made on these folds of a train split
leave its dev split for one report at the end.

    .venv/bin/python bench/folds.py --csv mohler/train.csv --folds 4 --out /tmp/folds
    for i in 0 1 2 3; do .venv/bin/python bench/robustness.py --pool /tmp/folds/pool_$i.csv \\
        --eval /tmp/folds/eval_$i.csv --phrasings a; done
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path


def split(rows: list[dict], folds: int, seed: int = 0) -> list[tuple[list[dict], list[dict]]]:
    """(pool, holdout) per fold: each answer is held out exactly once."""
    if not 2 <= folds <= len(rows):
        raise ValueError(f"between 2 and {len(rows)} folds, not {folds}")
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    fold_of = {index: position % folds for position, index in enumerate(order)}
    return [
        ([row for i, row in enumerate(rows) if fold_of[i] != k], [row for i, row in enumerate(rows) if fold_of[i] == k])
        for k in range(folds)
    ]


def write(path: Path, header: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", type=Path, required=True, help="a graded CSV (a train split)")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="folder for pool_<i>.csv and eval_<i>.csv")
    args = parser.parse_args()
    with args.csv.open(encoding="utf-8-sig", newline="") as data:
        reader = csv.DictReader(data)
        header, rows = list(reader.fieldnames or []), list(reader)
    try:
        folds = split(rows, args.folds, args.seed)
    except ValueError as error:
        raise SystemExit(f"{args.csv}: {error}") from None
    args.out.mkdir(parents=True, exist_ok=True)
    for k, (pool, holdout) in enumerate(folds):
        write(args.out / f"pool_{k}.csv", header, pool)
        write(args.out / f"eval_{k}.csv", header, holdout)
    print(f"{len(folds)} folds of {len(rows)} answers in {args.out}")


if __name__ == "__main__":
    main()
