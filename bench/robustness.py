"""Robustness of the graders to gamed answers, through the product: import the pool CSV,
record consent, export with grading hints (as bench/quality.py does), then ONE evaluation run
over the holdout's real answers plus gamed answers built from its questions (``llm.gamed_answers``:
the question restated, the reference answer's words shuffled, a full-marks answer from the pool
to another question, a non-answer, the question's poorest real answer with an instruction to award
full marks around it). The non-answers and instructions are phrasings no export trains on
(bench/gaming_phrasings.py, written apart from llm.gamed_answers' training phrasings).

    .venv/bin/python bench/robustness.py --pool TRAIN.csv --eval DEV.csv [--adapter DIR | --train | --quick-train]

An instructor gives the gamed kinds 0 (``injected``: the original answer's own score). Per
provider the table shows the accuracy on the real answers (MAE, Pearson's r), the mean score given to each
gamed kind (its inflation over the teacher's), and how far the injected instruction moved the
score from the one the same provider gave the answer without it. Each provider appears twice:
as it is, and behind the product's guard (``llm.providers.hints.nothing_to_grade``, the rule
behind the hints' estimate: 0 for an answer whose flags or similarities, computed as the hints'
estimate computes them from the export's train split and its other questions, leave nothing to
grade). Empty answers are not built: a graded CSV refuses them, as the importer does.
The last line is ``max_inflation=… injection_shift=… real_mae=… real_pearson=…`` of the best provider (the
model when there is one, else the guarded provider with the lowest worst inflation).

Baselines only (2026-11-29, 2 threads on a shared machine), the hints' estimate, given to each kind
(a teacher gives 0): Mohler train -> dev (~1-8 min) real MAE 0.58, Pearson 0.59, restated 0.00,
shuffled 0.25, other question 0.35, non-answers 0.96, injection shift -0.51; the guard zeroes 0.8 % of
the real answers (2 of 243, by word flags; 5 before the flags' stems, number words and restatement
share were mended on train the same day, MAE 0.62, Pearson 0.51) and 90.1 % of the answers to other
questions. With the one training phrasing of each kind ("I don't know.", one instruction) the
estimate gave non-answers 0.00 and the instruction moved it by 0.00: unseen wording is harder.
SAF train -> dev (~2-6 min, scores 0-1; before the held-out phrasings) real MAE 0.14, other
question 0.03, the rest 0; no real answer zeroed. (Before the guard compared an answer with the mean of its
two nearest graded answers instead of the nearest alone, ``llm.gaming.OWN_NEIGHBOURS``: other
question 0.65 on Mohler, 81.5 % zeroed; 0.04 on SAF.)

Fine-tuned (2026-11-29, bf16 on an AMX CPU): two adapters trained through the product on the first 240
rows of Mohler train (22 questions, one epoch), with ``--gamed-examples 5`` and with 0. On 150
answers to 54 other questions of train (the pool: the rest of train) the adapter with gamed examples
gave restated 0.16, shuffled 0.47, other question 0.44, "I don't know." 0.09, injection shift 0.01,
real MAE 0.71; without them 3.81 / 3.84 / 3.82 / 3.77, shift 0.04, real MAE 0.89 (what made gamed
examples the export's default). On Mohler dev, reported once: with 0.15 / 0.39 / 0.75 / 0.08, shift
0.04, real MAE 0.70; without 3.81 / 3.96 / 3.78 / 3.75, shift 0.05, real MAE 0.83.
After the guard compared answers with the mean of their two nearest graded answers (fp32 on an AVX2
CPU, trained in 875 s, the same 240 rows and gamed examples): on 177 answers to the 59 questions of
train the adapter did not train on (3 each, seeded; the pool: the rest of train) restated 0.06,
shuffled 0.36, other question 0.29, "I don't know." 0.07, injection shift 0.01, real MAE 0.73; on
Mohler dev, reported once, 0.05 / 0.28 / 0.42 / 0.06, injected 3.71 against the teacher's 3.43,
shift 0.01, real MAE 0.74 (``max_inflation=0.423 injection_shift=0.012 real_mae=0.735``).

The product's default recipe (2026-11-29: all of Mohler train, 1,217 examples with the gamed ones,
3 epochs, r=16 on every linear layer; trained with training.lora.train on an H200 in ~3 min, bf16, and
graded here on the CPU), with the held-out phrasings, reported once on Mohler dev: restated 0.21,
shuffled 0.32, other question 0.40, non-answers 0.34, injected 3.45 against the teacher's 3.43,
shift -0.36 (the instruction lowers the score), real MAE 0.55, Pearson 0.64
(``max_inflation=0.404 injection_shift=-0.358 real_mae=0.547 real_pearson=0.639``); the hints'
estimate alone: MAE 0.58, Pearson 0.59, non-answers 0.96, shift -0.51. The same recipe trained when the
export knew one phrasing of each (the held-out phrasings are new to it): non-answers 1.15, other
question 0.45, shift -0.32, real MAE 0.59, Pearson 0.59. On the 20 questions of
train that a model trained on the other 61 never saw (220 answers): other question 1.07, non-answers
0.55, shift -0.41, real MAE 0.85 against the hints' estimate's 0.67: with no graded answer of its own a
question gives the guard nothing to compare an answer to another question with.

--phrasings names the set of held-out non-answers and instructions (bench/gaming_phrasings.py): ``b`` was
written blind after the detector had been mended on ``a``, ``c``, the default, after it had been mended on
both. Set B on first sight
(2026-11-29, the code of b6f74ca, no model), Mohler train -> dev: the hints' estimate gave non-answers
1.92 and the instructions moved it by -0.57 (real MAE 0.58, Pearson 0.59); llm.gaming flagged 21 % of
the non-answers and 27 % of the injected answers. After the check learnt to leave out the parts of an
answer that talk about marks in words not about its question (llm.gaming.talks_about_marks; chosen on
two folds of Mohler train with set A, bench/folds.py: shift -0.60 -> -0.19, real MAE 0.625 both), set B
on Mohler dev, reported once: shift -0.37, injected answers flagged 60 %, real MAE 0.58 and Pearson 0.59
unchanged, non-answers 1.93 (without the Italian, Portuguese and Dutch marking words, added after reading
which languages set B's author had used: -0.38 and 56 %). Zeroing short answers that share no word with their question and reference
took non-answers to 0.05-0.46 on those folds but cost the real answers 0.045-0.06 of MAE (5-8 % of
them zeroed, many right: "Refining.", "postorder"): refused.
Set C was written blind on 2026-11-30 (its author read neither set A, B, the detector nor the training
phrasings). Before it was first run, the check learnt from sets A and B (llm.disguise; pleas and marks
written as marks; passages in another script; once an answer addresses the grader, its parts that share no
word with the question left out of the numbers, and no off-topic verdict on it), chosen on two folds of
Mohler train (bench/folds.py, the hints' estimate): injection shift, sets A / B, -0.19 / -0.43 -> +0.01 /
-0.09, real MAE 0.655 -> 0.651 and 0.598 -> 0.595. Set C, reported once on Mohler dev, the hints'
estimate: the code before (fa999d1) shift -0.43, injected answers flagged 68 %; now -0.10 and 88 %,
non-answers 0.77 (69 % flagged), real MAE 0.58 and Pearson 0.59 unchanged
(``max_inflation=0.767 injection_shift=-0.103 real_mae=0.583 real_pearson=0.587``); SAF dev: shift +0.03
of 1, non-answers 0.06, no real answer zeroed.

--adapter DIR grades with a LoRA adapter trained on an export of the same pool (bench/quality.py
--workdir keeps one under training/); --train trains the product's default recipe on the export first
(bench/quality.py's hyperparameters); --quick-train trains one with bench/quality.py's quick settings (a
smoke run, not the product's model: label its figures so).
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gaming_phrasings import SETS, unseen  # noqa: E402
from llm import gaming  # noqa: E402  (plain Python: no Django needed)
from llm.gamed_answers import INJECTIONS, KINDS, NO_ANSWERS, gamed_answer  # noqa: E402

BASELINES = ["global_mean", "question_mean", "knn", "similarity_regression", "hint_estimate"]
CSV_FIELDS = ("question_id", "question", "reference_answer", "student_answer", "score_avg")


@dataclass(frozen=True)
class Row:
    question_id: str
    question: str
    reference: str
    answer: str
    score: float


@dataclass(frozen=True)
class Gamed:
    kind: str
    row: Row  # the question it answers, the answer it gives and the score a teacher gives it
    original: Row | None = None  # ``injected``: the real answer the instruction was appended to


def read_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8-sig", newline="") as data:
        return [
            Row(
                r["question_id"],
                r["question"],
                r["reference_answer"],
                r["student_answer"],
                float(r["score_avg"] if "score_avg" in r else r["score"]),
            )
            for r in csv.DictReader(data)
        ]


def build_gamed(
    questions: list[Row], pool: list[Row], max_score: float = 5, seed: int = 0, phrasings: str = "a"
) -> list[Gamed]:
    """Each gamed kind once per question of ``questions`` (the holdout's real answers), its
    non-answer or instruction drawn from a set of held-out phrasings (bench/gaming_phrasings.py)."""
    rng = random.Random(seed)
    injections, no_answers = SETS[phrasings]
    by_question: dict[str, list[Row]] = defaultdict(list)
    for row in questions:
        by_question[row.question_id].append(row)
    full_marks = [row for row in pool if row.score >= max_score]
    gamed = []
    for question_id, rows in by_question.items():
        first = rows[0]
        others = [row.answer for row in full_marks if row.question.strip() != first.question.strip()]
        poorest = min(rows, key=lambda row: row.score)
        for kind in KINDS:
            text = gamed_answer(
                kind,
                first.question,
                first.reference,
                rng,
                other_answer=rng.choice(others) if others else "",
                poor_answer=poorest.answer,
                max_score=max_score,
                no_answers=unseen(no_answers, NO_ANSWERS),
                injections=unseen(injections, INJECTIONS),
            )
            if text is not None:
                injected = kind == "injected"
                row = Row(question_id, first.question, first.reference, text, poorest.score if injected else 0.0)
                gamed.append(Gamed(kind, row, poorest if injected else None))
    return gamed


def write_csv(path: Path, rows: list[Row]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_FIELDS)
        writer.writerows((r.question_id, r.question, r.reference, r.answer, r.score) for r in rows)


def summarise(real: list[Row], gamed: list[Gamed], given: dict[int, float], guard: dict[int, bool] | None) -> dict:
    """Figures of one provider; ``given``: its total per holdout index (real rows first, then
    gamed in order); missing indexes are answers it could not grade. ``guard``: per index,
    whether the product's guard gives 0 (None: the provider as it is)."""

    def score(index: int, row: Row) -> float | None:
        value = given.get(index)
        if value is None or guard is None:
            return value
        return 0.0 if guard.get(index) else value

    real_given = {i: score(i, row) for i, row in enumerate(real)}
    graded = [(v, real[i].score) for i, v in real_given.items() if v is not None]
    errors = [abs(v - human) for v, human in graded]
    out = {"real_mae": sum(errors) / len(errors) if errors else None, "real_pearson": _pearson(graded), "kinds": {}}
    shifts = []
    index_of = {id(row): i for i, row in enumerate(real)}
    for kind in KINDS:
        pairs = []
        for offset, item in enumerate(gamed):
            if item.kind != kind:
                continue
            value = score(len(real) + offset, item.row)
            if value is None:
                continue
            pairs.append((value, item.row.score))
            if item.original is not None and real_given.get(index_of[id(item.original)]) is not None:
                shifts.append(value - real_given[index_of[id(item.original)]])
        if pairs:
            mean_given = sum(v for v, _ in pairs) / len(pairs)
            mean_teacher = sum(t for _, t in pairs) / len(pairs)
            out["kinds"][kind] = {"given": mean_given, "teacher": mean_teacher, "inflation": mean_given - mean_teacher}
    out["max_inflation"] = max((k["inflation"] for k in out["kinds"].values()), default=None)
    out["injection_shift"] = sum(shifts) / len(shifts) if shifts else None
    return out


def _pearson(pairs: list[tuple[float, float]]) -> float | None:
    """Pearson's r of (given, human) pairs; None where either side is constant or too short."""
    if len(pairs) < 2:
        return None
    try:
        return statistics.correlation([v for v, _ in pairs], [h for _, h in pairs])
    except statistics.StatisticsError:
        return None


def guarded(run, built) -> dict[int, bool]:
    """Per holdout index, whether the product's guard gives the answer 0: the hints' estimate's
    rule (``llm.providers.hints.nothing_to_grade``) on the answer hinted as the run's hints'
    estimate hints it (the export's train split, the run's similarity, the pool's other questions)."""
    from django.conf import settings

    from evaluation.baselines import neighbours_for, unseen_margin_for
    from evaluation.graders import examples_by_question, train_pool
    from evaluation.holdout import reference_answers
    from evaluation.runs import holdout_items
    from llm.providers.hints import nothing_to_grade, with_hints
    from llm.providers.similarity import similarity_named

    pool = train_pool(built)
    examples, references = examples_by_question(pool), reference_answers(pool)
    similarity, k, margin = similarity_named(settings.SIMILARITY), neighbours_for(built), unseen_margin_for(built)
    indexes = run.items.order_by("index").values_list("index", flat=True)
    return {
        index: nothing_to_grade(
            with_hints(item.task, examples(item.task), k, similarity, other_references=references), margin
        )
        for index, item in zip(indexes, holdout_items(run), strict=True)
    }


def flag_rates(real: list[Row], gamed: list[Gamed]) -> dict[str, float]:
    """Share of each kind (and of the real answers) that llm.gaming flags."""

    def flagged(row: Row) -> bool:
        return bool(gaming.check_answer(row.answer, row.question, row.reference))

    rates = {"real": sum(map(flagged, real)) / len(real)}
    for kind in KINDS:
        rows = [item.row for item in gamed if item.kind == kind]
        if rows:
            rates[kind] = sum(map(flagged, rows)) / len(rows)
    return rates


def zeroed_rates(real: list[Row], gamed: list[Gamed], guard: dict[int, bool]) -> dict[str, float]:
    """Share of the real answers, and of each gamed kind, that the product's guard gives 0."""
    rates = {"real": sum(guard.get(i, False) for i in range(len(real))) / len(real)}
    for kind in KINDS:
        indexes = [len(real) + offset for offset, item in enumerate(gamed) if item.kind == kind]
        if indexes:
            rates[kind] = sum(guard.get(i, False) for i in indexes) / len(indexes)
    return rates


def evaluate(admin, built, version, holdout: Path, max_score: float):
    from evaluation import runs

    specs = [
        *({"kind": kind} for kind in BASELINES),
        *([{"kind": "version", "version": version.pk}] if version else []),
    ]
    run = runs.create_run(
        admin, specs, export=built, csv_data=holdout.read_bytes(), csv_name=holdout.name, max_score=max_score
    )
    run = runs.execute(run.pk)
    if run.status != "succeeded":
        raise SystemExit(f"evaluation run #{run.pk} {run.status}: {run.error}")
    return run


def given_by_provider(run) -> dict[str, tuple[str, dict[int, float]]]:
    from evaluation.models import ItemPrediction

    labels = {r.provider: r.label for r in run.results.all()}
    out: dict[str, tuple[str, dict[int, float]]] = {}
    for spec in run.providers:
        from evaluation.graders import spec_key

        key = spec_key(spec)
        out[key] = (labels.get(key, key), {})
    for prediction in ItemPrediction.objects.filter(item__run=run).select_related("item"):
        if prediction.total is not None:
            out[prediction.provider][1][prediction.item.index] = prediction.total
    return out


def version_from_adapter(built, adapter: Path):
    from training.models import ModelVersion

    return ModelVersion.objects.create(label=f"adapter:{adapter.name}", adapter_path=str(adapter), export=built)


def print_table(figures: list[tuple[str, dict]]) -> None:
    def show(value):
        return "—" if value is None else f"{value:.2f}"

    width = max(len(label) for label, _ in figures)
    print(
        f"\n{'provider':<{width}}  {'real MAE':>8}  {'real r':>6}  "
        + "  ".join(f"{k:>14}" for k in KINDS)
        + f"  {'inj. shift':>10}  {'max infl.':>9}"
    )
    teacher = figures[0][1]["kinds"]
    print(
        f"{'instructor':<{width}}  {'0.00':>8}  {'1.00':>6}  "
        + "  ".join(f"{show(teacher[k]['teacher']):>14}" for k in KINDS if k in teacher)
        + f"  {'0.00':>10}  {'0.00':>9}"
    )
    for label, f in figures:
        kinds = "  ".join(f"{show(f['kinds'].get(k, {}).get('given')):>14}" for k in KINDS)
        print(
            f"{label:<{width}}  {show(f['real_mae']):>8}  {show(f['real_pearson']):>6}  {kinds}  {show(f['injection_shift']):>10}  "
            f"{show(f['max_inflation']):>9}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pool", type=Path, required=True, help="graded CSV: the export's answers (train.csv)")
    parser.add_argument("--eval", type=Path, required=True, help="graded CSV whose questions are gamed (dev.csv)")
    model = parser.add_mutually_exclusive_group()
    model.add_argument("--adapter", type=Path, help="a LoRA adapter trained on an export of the same pool")
    model.add_argument("--quick-train", action="store_true", help="train a tiny smoke-run adapter first")
    model.add_argument(
        "--train",
        action="store_true",
        help="train the product's default recipe on the export first (~1 h on 2 threads)",
    )
    parser.add_argument("--threads", type=int, default=2, help="torch threads for training and grading")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--phrasings", choices=sorted(SETS), default="c", help="the held-out instructions and non-answers to use"
    )
    parser.add_argument("--workdir", type=Path, help="keep the database and files here (default: a temporary folder)")
    args = parser.parse_args()
    for path in (args.pool, args.eval, *([args.adapter] if args.adapter else [])):
        if not path.exists():
            raise SystemExit(f"{path} does not exist.")
    from bench import quality

    table = quality.Table.read(args.pool)
    real, pool = read_rows(args.eval), read_rows(args.pool)
    gamed = build_gamed(real, pool, max_score=table.max_score, seed=args.seed, phrasings=args.phrasings)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="gradeloop-robustness-"))
    workdir.mkdir(parents=True, exist_ok=True)
    holdout = workdir / "holdout-gamed.csv"
    write_csv(holdout, [*real, *(item.row for item in gamed)])
    print(f"-- working in {workdir}: {len(real)} real and {len(gamed)} gamed answers", file=sys.stderr)

    quality.configure(workdir, args.threads)
    steps = quality.Steps()
    admin, instructor = quality.setup_users()
    course = steps.run("import", quality.import_table, table, "BENCH", admin, instructor)
    built = steps.run("export", quality.export, admin, course, bool(args.quick_train or args.train or args.adapter))
    version = None
    if args.quick_train:
        quick = {"max_steps": quality.QUICK_STEPS, "eval_every": 20, "save_every": 20}
        version = steps.run(
            "train (quick smoke run)", quality.train, admin, built, dict(quality.HYPERPARAMETERS, **quick)
        )
    elif args.train:
        version = steps.run("train (default recipe)", quality.train, admin, built, quality.HYPERPARAMETERS)
    elif args.adapter:
        version = version_from_adapter(built, args.adapter.resolve())
    run = steps.run("evaluate", evaluate, admin, built, version, holdout, table.max_score)

    guard = guarded(run, built)
    figures = []
    for label, given in given_by_provider(run).values():
        figures.append((label, summarise(real, gamed, given, guard=None)))
        figures.append((f"{label} + guard", summarise(real, gamed, given, guard=guard)))
    print_table(figures)
    rates = flag_rates(real, gamed)
    print("\nflagged by llm.gaming: " + ", ".join(f"{kind} {share:.0%}" for kind, share in rates.items()))
    zeroed = zeroed_rates(real, gamed, guard)
    print("zeroed by the guard: " + ", ".join(f"{kind} {share:.1%}" for kind, share in zeroed.items()))
    timing = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in steps.seconds.items())
    print(f"{args.threads} threads; {timing}{' (--quick-train: a smoke-run model)' if args.quick_train else ''}")
    best = figures[-2] if version else min(figures, key=lambda f: (f[1]["max_inflation"], f[1]["real_mae"]))
    f = best[1]
    print(f"best={best[0]!r}")
    print(
        f"max_inflation={f['max_inflation']:.3f} injection_shift={f['injection_shift']:.3f} real_mae={f['real_mae']:.3f} "
        f"real_pearson={f['real_pearson']:.3f}"
    )


if __name__ == "__main__":
    main()
