"""bench/folds.py: cross-validation folds of a graded CSV."""

import pytest

from bench.folds import split

ROWS = [{"question_id": str(n % 3), "student_answer": f"answer {n}"} for n in range(10)]


def test_every_answer_is_held_out_exactly_once_and_pooled_in_the_other_folds():
    folds = split(ROWS, 4)
    held_out = [row["student_answer"] for _, holdout in folds for row in holdout]
    assert sorted(held_out) == sorted(row["student_answer"] for row in ROWS)
    for pool, holdout in folds:
        assert len(pool) + len(holdout) == len(ROWS) and not {r["student_answer"] for r in pool} & {
            r["student_answer"] for r in holdout
        }


def test_the_same_seed_gives_the_same_folds_and_another_seed_others():
    assert split(ROWS, 3, seed=1) == split(ROWS, 3, seed=1) != split(ROWS, 3, seed=2)


def test_too_few_or_too_many_folds_are_refused_with_the_reason():
    with pytest.raises(ValueError, match="between 2 and 10 folds"):
        split(ROWS, 1)
    with pytest.raises(ValueError, match="between 2 and 10 folds"):
        split(ROWS, 11)
