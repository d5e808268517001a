"""Grading quality, through the product as a school uses it: import a graded CSV into a fresh
database, record consent, export (request, approve, build), train a LoRA adapter with a
training job, then evaluate every provider on a second graded CSV with an evaluation run.

    .venv/bin/python bench/quality.py --train TRAIN.csv --eval EVAL.csv [--quick] [--threads 2]
        [--unseen-questions N] [--baselines-only] [--cv K] [--max-train-rows N --epochs E --max-length L]

Layouts are detected from the header: the importer's default (that of ../shared/datasets/mohler:
question_id, question, reference_answer, student_answer, score_avg; scores 0-5) or SAF's
(../shared/datasets/saf: score 0-1, feedback, verification), whose feedback becomes the
instructor's comment (imported, exported as training targets, compared with the providers').
Each question's score grid is inferred by the importer. The work happens in a temporary folder
(a SQLite database, exports, training output, MLflow store; --workdir keeps it); the base model
comes from the project's BASE_MODELS_DIR (imported from the offline package when missing).
Worker steps (export build, training job, evaluation run) are run in-process by the same
functions the django-q2 workers call.

--unseen-questions N removes N of the eval file's questions (chosen by --seed) from the train
file before import, so nothing about them is trained on, exported or hinted; the tables then
show the seen and the unseen questions apart (per-question baselines: "n/a" on unseen ones).
--baselines-only skips training and the language models (the cheap baselines alone).
--cv K chooses the learning rate (--cv-grid) by K-fold cross-validation on the train file, by
question (each fold's questions are unseen to its model), on MAE, then trains on all of train
with it and evaluates on the eval file once. Dev is never used to choose.

Prints one table per subset (Pearson, RMSE, MAE, QWK, valid rate, label agreement, comment
ROUGE-L and similarity, empty comments) and ends with ``pearson=<r> rmse=<x> mae=<x> qwk=<k>
valid=<fraction> label_agreement=<x> comment_rouge_l=<x> comment_similarity=<x>`` for the
fine-tuned model over all eval answers (with --baselines-only: for the hints' estimate, named
by ``provider=``). --quick trains for QUICK_STEPS steps only (a smoke run); the default trains
with the product's default hyperparameters on an export with HINT_NEIGHBOURS grading hints.

Mohler train -> dev on 2 threads (2026-11-27) took 5,318 s: export 13 s (MiniLM hints and the
fitted estimate), training 3,792 s (306 steps, ~205 tokens/s), evaluation 1,507 s, most of it
the base model zero-shot and with retrieved examples. Fine-tuned Pearson / RMSE, same export:
by learning rate (3 epochs, best single checkpoint) 3e-4 0.621 / 0.790, 1e-3 0.661 / 0.760,
2e-3 0.675 / 0.746, 3e-3 0.676 / 0.744; the default (2e-3, mean of the last three
checkpoints) 0.683 / 0.741; the hints' estimate alone 0.679 / 0.741. Those learning rates were
chosen on dev, which flattered them; use --cv.

Baselines only (2026-11-29, 2 threads on a machine shared by eight; whole answers, MAE / label
agreement / comment similarity; wall time of the command):
- SAF train -> dev (`--baselines-only`; 978 s: export with MiniLM hints 447 s, evaluate 493 s):
  hints' estimate 0.140 / 0.690 / -, nearest answers 0.139 / 0.727 / -, copied comment of the
  most similar answer 0.152 / 0.699 / 0.749 (ROUGE-L 0.566), comment for the label 0.182 /
  0.551 / 0.659.
- SAF `--baselines-only --unseen-questions 4` (297 s; 10.3, 2.2, 12.3, 10.1 out of train): on
  the 48 unseen answers the similarity regression 0.208 / 0.604, the hints' estimate (reference
  similarity alone) 0.203 / 0.604, the copied comment of another question's answer 0.273 /
  0.583 / 0.481; per-question mean and nearest answers not applicable.
- Mohler `--baselines-only` (440 s under load; 77 s on a quieter machine): hints' estimate
  Pearson 0.660, RMSE 0.757, label agreement 0.675 on each question's inferred grid (`--step
  none`, 133 s: 0.679 / 0.741 / 0.593); `--unseen-questions 10` (157 s), 30 unseen answers:
  similarity regression 0.500 / 0.817, hints' estimate 0.520 / 0.806.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HINT_NEIGHBOURS = 5
QUICK_STEPS = 40
BASELINES = [
    "global_mean",
    "question_mean",
    "knn",
    "similarity_regression",
    "hint_estimate",
    "nearest_comment",
    "label_comment",
]
MODELS = ["retrieval", "base"]
# A school's job: the product's default hyperparameters (training.lora.LoRAHyperparameters),
# with validation and checkpoints every 50 steps.
HYPERPARAMETERS = {"eval_every": 50, "save_every": 50, "log_every": 10}
CV_GRID = "1e-3,2e-3"
csv.field_size_limit(1 << 24)


def configure(workdir: Path, threads: int) -> None:
    """Environment for a fresh database and files under workdir, before Django starts."""
    os.environ.update(
        {
            "DEBUG": "1",
            "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
            "VAR_DIR": str(workdir / "var"),
            "BASE_MODELS_DIR": os.environ.get("BASE_MODELS_DIR", str(ROOT / "var" / "models")),
            "MLFLOW_TRACKING_URI": (workdir / "mlruns").as_uri(),
            "TRAINING_THREADS": str(threads),
            "GRADING_THREADS": str(threads),
            "SIMILARITY": "minilm",
            "EVALUATION_CHUNK_SIZE": "32",
            "GRADING_MAX_NEW_TOKENS": os.environ.get("GRADING_MAX_NEW_TOKENS", "64"),  # the comment, then scores read
            "LOG_LEVEL": "WARNING",
        }
    )
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


class Steps:
    def __init__(self):
        self.seconds: dict[str, float] = {}

    def run(self, name: str, function, *args):
        print(f"-- {name}...", file=sys.stderr, flush=True)
        started = time.monotonic()
        result = function(*args)
        self.seconds[name] = self.seconds.get(name, 0.0) + time.monotonic() - started
        print(f"   {name}: {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
        return result


class Table:
    """A graded CSV held in memory: its header, its rows, its layout."""

    def __init__(self, header: list[str], rows: list[list[str]]):
        self.header, self.rows = header, rows
        names = [name.strip().lower() for name in header]
        self.question = names.index("question_id")
        self.saf = "feedback" in names and "score_avg" not in names
        self.max_score = 1 if self.saf else 5

    @classmethod
    def read(cls, path: Path) -> Table:
        with path.open(newline="", encoding="utf-8-sig") as data:
            reader = csv.reader(data)
            header = next(reader)
            return cls(header, [row for row in reader if any(cell.strip() for cell in row)])

    def questions(self) -> list[str]:
        return sorted({row[self.question] for row in self.rows})

    def only(self, keep) -> Table:
        return Table(self.header, [row for row in self.rows if keep(row[self.question])])

    def first(self, count: int) -> Table:
        return Table(self.header, self.rows[:count]) if count else self

    def data(self) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.header)
        writer.writerows(self.rows)
        return out.getvalue().encode()


def seeded_choice(items: list[str], count: int, seed: int) -> list[str]:
    return sorted(items, key=lambda item: hashlib.sha256(f"{seed}:{item}".encode()).hexdigest())[:count]


def setup_users():
    from django.contrib.auth import get_user_model

    from consent import services
    from consent.models import ConsentForm

    users = get_user_model().objects
    admin = users.create_superuser("bench-admin", password="bench-pass-123", email="")
    instructor = users.create_user("bench-instructor", password="bench-pass-123")
    services.publish_form(ConsentForm.Kind.STUDENT, "Student consent", "Your graded work may train a model.", admin)
    services.publish_form(ConsentForm.Kind.INSTRUCTOR, "Instructor consent", "Your comments may train a model.", admin)
    return admin, instructor


def import_table(table: Table, code: str, admin, instructor, step="auto"):
    """A course holding the table's graded answers, with every consent given."""
    from consent import services
    from consent.models import ConsentRecord
    from gradebook.importer import import_gradebook
    from gradebook.models import Course

    course = Course.objects.create(code=code, title=f"Quality benchmark {code}")
    course.instructors.add(instructor)
    report = import_gradebook(
        course, io.BytesIO(table.data()), graded_by=instructor, max_score=table.max_score, step=step, by=None
    )
    print(
        f"   {code}: imported {report.imported} rows, rejected {report.rejected}; {' '.join(report.notes)}",
        file=sys.stderr,
    )
    for student in course.students.all():
        services.grant(student, ConsentRecord.Method.API, admin)
    services.grant(instructor, ConsentRecord.Method.INSTRUCTOR_PAGE, instructor)
    return course


def export(admin, course, hints: bool = True, gamed_examples: int | None = None):
    """Without ``hints`` (no model to train) the build skips computing them: the baselines
    compute their own from the train split. ``gamed_examples`` per question are added to train
    (None: the product's default)."""
    from exports import services as exports

    requested = exports.request_export(
        admin,
        courses=[course],
        validation_ratio=0.1,
        seed=0,
        hint_neighbours=HINT_NEIGHBOURS if hints else 0,
        **({} if gamed_examples is None else {"gamed_examples": gamed_examples}),
    )
    exports.approve(requested, admin)
    built = exports.build(requested.pk)
    print(f"   {built.train_count} train, {built.validation_count} validation examples", file=sys.stderr)
    return built


def train(admin, built, hyperparameters: dict):
    from training import jobs, runner
    from training.base_models import BaseModelError, import_base_model, resolve_base_model

    try:
        resolve_base_model(None)
    except BaseModelError:
        import_base_model()
    job = runner.run(jobs.create_job(built, None, hyperparameters, admin).pk)
    if job.status != "succeeded":
        raise SystemExit(f"training job #{job.pk} {job.status}: {job.error}")
    hp = job.hyperparameters
    print(
        f"   {job.step} steps (learning rate {hp['learning_rate']}, {hp['epochs']} epochs, r {hp['r']}, max length "
        f"{hp['max_length']}), best validation loss {job.best_val_loss}, {job.tokens_per_s or 0:.0f} tokens/s",
        file=sys.stderr,
    )
    return job.versions.order_by("-created_at").first()


def evaluate(admin, built, version, table: Table, name: str, providers: list[str]):
    from evaluation import runs

    specs = [{"kind": kind} for kind in providers]
    if version is not None:
        specs.append({"kind": "version", "version": version.pk})
    run = runs.create_run(admin, specs, export=built, csv_data=table.data(), csv_name=name, max_score=table.max_score)
    run = runs.execute(run.pk)
    if run.status != "succeeded":
        raise SystemExit(f"evaluation run #{run.pk} {run.status}: {run.error}")
    return run


def show(value, digits=3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


COLUMNS = (
    ("Pearson", "pearson", 3),
    ("RMSE", "rmse", 3),
    ("MAE", "mae", 3),
    ("QWK", "qwk", 3),
    ("valid", "valid_rate", 2),
    ("label", "label_agreement", 3),
    ("ROUGE-L", "comment_rouge_l", 3),
    ("cmt sim", "comment_similarity", 3),
    ("empty", "empty_comment_rate", 2),
)


def table(run) -> dict:
    """Print the whole-answer table (and its seen / unseen parts); the last provider's metrics."""
    from evaluation.models import TOTAL

    rows = list(run.results.filter(section=TOTAL).order_by("position"))
    width = max(len(r.label) for r in rows)
    for subset in ("", "seen", "unseen"):
        shown = [(r.label, r.metrics.get(subset) if subset else r.metrics) for r in rows]
        if not any(metrics for _, metrics in shown):
            continue
        count = next(m["items"] for _, m in shown if m)
        print(f"\n{subset or 'all'} questions ({count} answers)")
        print(f"{'provider':<{width}}  " + "  ".join(f"{title:>7}" for title, _, _ in COLUMNS) + "  p50 ms")
        for label, m in shown:
            if m is None:
                continue
            if m["not_applicable"] == m["items"]:
                print(f"{label:<{width}}  not applicable (needs graded answers of the same question)")
                continue
            print(
                f"{label:<{width}}  "
                + "  ".join(f"{show(m[key], digits):>7}" for _, key, digits in COLUMNS)
                + f"  {show(m['latency_p50_ms'], 0):>6}"
            )
    return rows[-1].metrics


def examples(run, count: int = 3) -> None:
    """Three answers with each provider's comment beside the instructor's."""
    from evaluation.report import comment_of, labels

    names = labels(run)
    for item in run.items.order_by("index")[:count]:
        print(f"\n[{item.question[:70]}] answer: {item.answer[:100]!r}")
        print(f"  instructor ({item.total:g}): {comment_of(item.scores)!r}")
        for prediction in item.predictions.all():
            if prediction.scores is not None:
                print(
                    f"  {names.get(prediction.provider, prediction.provider)} ({prediction.total:g}): "
                    f"{comment_of(prediction.scores)[:200]!r}"
                )


def cross_validate(
    steps: Steps, admin, instructor, train_table: Table, folds: int, grid: list[float], hyperparameters: dict
) -> float:
    """The learning rate of ``grid`` with the lowest mean fine-tuned MAE over ``folds`` folds of
    the train file, split by question (a fold's questions are unseen to the model graded on it)."""
    questions = seeded_choice(train_table.questions(), len(train_table.questions()), 0)
    fold_of = {question: i % folds for i, question in enumerate(questions)}
    scores = {}
    for rate in grid:
        maes = []
        for fold in range(folds):
            inside, held = (
                train_table.only(lambda q, f=fold: fold_of[q] != f),
                train_table.only(lambda q, f=fold: fold_of[q] == f),
            )
            course = steps.run("cv import", import_table, inside, f"CV{rate:g}F{fold}", admin, instructor)
            built = steps.run("cv export", export, admin, course)
            version = steps.run("cv train", train, admin, built, dict(hyperparameters, learning_rate=rate))
            run = steps.run("cv evaluate", evaluate, admin, built, version, held, f"fold{fold}.csv", [])
            maes.append(run.results.get(provider=f"version:{version.pk}", section="").metrics["mae"])
        scores[rate] = sum(maes) / len(maes)
        print(f"   cv: learning rate {rate:g}: mean MAE {scores[rate]:.4f} over {folds} folds", file=sys.stderr)
    return min(scores, key=scores.get)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, required=True, help="graded CSV to import and train on")
    parser.add_argument("--eval", type=Path, required=True, help="graded CSV to evaluate on (the holdout)")
    parser.add_argument("--quick", action="store_true", help=f"train {QUICK_STEPS} steps only (a smoke run)")
    parser.add_argument("--threads", type=int, default=2, help="torch threads for training and grading")
    parser.add_argument("--workdir", type=Path, help="keep the database and files here (default: a temporary folder)")
    parser.add_argument(
        "--unseen-questions",
        type=int,
        default=0,
        help="remove this many of the eval file's questions from train (evaluated as unseen)",
    )
    parser.add_argument("--seed", type=int, default=0, help="which questions --unseen-questions picks")
    parser.add_argument("--baselines-only", action="store_true", help="no training, no language model")
    parser.add_argument("--no-base", action="store_true", help="skip the base model zero-shot and retrieval few-shot")
    parser.add_argument("--cv", type=int, default=0, help="choose the learning rate by K-fold CV on train, by question")
    parser.add_argument("--cv-grid", default=CV_GRID, help=f"learning rates --cv compares (default {CV_GRID})")
    parser.add_argument("--max-train-rows", type=int, default=0, help="train on the first N rows only (a small run)")
    parser.add_argument("--epochs", type=int, help="training epochs (default: the product's)")
    parser.add_argument("--max-length", type=int, help="training sequence length (default: the product's)")
    parser.add_argument(
        "--batch-size",
        type=int,
        help="training batch (default: the product's; SAF's long prompts at 8 x 1024 tokens took over 20 GB)",
    )
    parser.add_argument(
        "--gamed-examples",
        type=int,
        help="synthetic gamed answers per question added to the export's train split (0 to 5; default: the product's)",
    )
    parser.add_argument("--eval-rows", type=int, default=0, help="evaluate on the first N rows only")
    parser.add_argument(
        "--step",
        default="auto",
        help="the importer's score step: auto (inferred per question), a number, or none (no grid)",
    )
    args = parser.parse_args()
    for path in (args.train, args.eval):
        if not path.is_file():
            raise SystemExit(f"{path} does not exist.")
    train_table, eval_table = Table.read(args.train), Table.read(args.eval)
    if train_table.saf != eval_table.saf:
        raise SystemExit("--train and --eval have different layouts.")
    held_out = seeded_choice(eval_table.questions(), args.unseen_questions, args.seed)
    train_table = train_table.only(lambda q: q not in held_out).first(args.max_train_rows)
    eval_table = eval_table.first(args.eval_rows)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="gradeloop-quality-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(
        f"-- working in {workdir}; {'SAF' if train_table.saf else 'Mohler'} layout; "
        f"questions held out of train: {', '.join(held_out) or 'none'}",
        file=sys.stderr,
    )
    configure(workdir, args.threads)

    steps = Steps()
    admin, instructor = setup_users()
    hyperparameters = dict(
        HYPERPARAMETERS, **({"max_steps": QUICK_STEPS, "eval_every": 20, "save_every": 20} if args.quick else {})
    )
    hyperparameters.update(
        {
            key: value
            for key, value in (
                ("epochs", args.epochs),
                ("max_length", args.max_length),
                ("batch_size", args.batch_size),
            )
            if value
        }
    )
    if args.cv and not args.baselines_only:
        grid = [float(rate) for rate in args.cv_grid.split(",")]
        hyperparameters["learning_rate"] = cross_validate(
            steps, admin, instructor, train_table, args.cv, grid, hyperparameters
        )
    course = steps.run("import", import_table, train_table, "BENCH", admin, instructor, args.step)
    built = steps.run("export", export, admin, course, not args.baselines_only, args.gamed_examples)
    version = None if args.baselines_only else steps.run("train", train, admin, built, hyperparameters)
    providers = BASELINES + ([] if args.baselines_only or args.no_base else MODELS)
    run = steps.run("evaluate", evaluate, admin, built, version, eval_table, args.eval.name, providers)
    last = table(run)
    examples(run)
    timing = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in steps.seconds.items())
    print(
        f"\n{args.threads} threads; {timing}; total {sum(steps.seconds.values()):.0f} s"
        f"{' (--quick)' if args.quick else ''}"
    )
    if args.baselines_only:
        from evaluation.models import TOTAL

        last = run.results.get(provider="hint_estimate", section=TOTAL).metrics
    print(
        f"pearson={last['pearson']} rmse={last['rmse']} mae={last['mae']} qwk={last['qwk']} "
        f"valid={last['valid_rate']} label_agreement={last['label_agreement']} "
        f"comment_rouge_l={last['comment_rouge_l']} comment_similarity={last['comment_similarity']}"
        + (" provider=hint_estimate" if args.baselines_only else "")
    )


if __name__ == "__main__":
    main()
