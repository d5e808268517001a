"""Grading quality, through the product as a school uses it: import a graded CSV into a fresh
database, record consent, export (request, approve, build), train a LoRA adapter with a
training job, then evaluate every provider on a second graded CSV with an evaluation run.

    .venv/bin/python bench/quality.py --train TRAIN.csv --eval EVAL.csv [--quick] [--threads 2]

The CSVs use the importer's default layout (that of ../shared/datasets/mohler: question_id,
question, reference_answer, student_answer, score_avg; scores 0-5). The work happens in a
temporary folder (a SQLite database, exports, training output, MLflow store; --workdir keeps
it); the base model comes from the project's BASE_MODELS_DIR (imported from the offline
package when missing). Worker steps (export build, training job, evaluation run) are run
in-process by the same functions the django-q2 workers call.

Prints one table (Pearson, RMSE, MAE, QWK, valid-output rate per provider, whole answers)
and ends with ``pearson=<r> rmse=<x> mae=<x> qwk=<k> valid=<fraction>`` for the fine-tuned
model. --quick trains for QUICK_STEPS steps only (a smoke run); the default trains with the
product's default hyperparameters on an export with HINT_NEIGHBOURS grading hints.

Mohler train -> dev on 2 threads (2026-11-27) took 5,318 s: export 13 s (MiniLM hints and the
fitted estimate), training 3,792 s (306 steps, ~205 tokens/s), evaluation 1,507 s, most of it
the base model zero-shot and with retrieved examples. Fine-tuned Pearson / RMSE, same export:
by learning rate (3 epochs, best single checkpoint) 3e-4 0.621 / 0.790, 1e-3 0.661 / 0.760,
2e-3 0.675 / 0.746, 3e-3 0.676 / 0.744; the default (2e-3, mean of the last three
checkpoints) 0.683 / 0.741; the hints' estimate alone 0.679 / 0.741.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HINT_NEIGHBOURS = 5
QUICK_STEPS = 40
PROVIDERS = ["global_mean", "question_mean", "knn", "similarity_regression", "hint_estimate", "retrieval", "base"]
# A school's job: the product's default hyperparameters (training.lora.LoRAHyperparameters),
# with validation and checkpoints every 50 steps.
HYPERPARAMETERS = {"eval_every": 50, "save_every": 50, "log_every": 10}


def configure(workdir: Path, threads: int) -> None:
    """Environment for a fresh database and files under workdir, before Django starts."""
    os.environ.update({
        "DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "VAR_DIR": str(workdir / "var"),
        "BASE_MODELS_DIR": os.environ.get("BASE_MODELS_DIR", str(ROOT / "var" / "models")),
        "MLFLOW_TRACKING_URI": (workdir / "mlruns").as_uri(),
        "TRAINING_THREADS": str(threads),
        "GRADING_THREADS": str(threads),
        "SIMILARITY": "minilm",
        "EVALUATION_CHUNK_SIZE": "32",
        "GRADING_MAX_NEW_TOKENS": "64",  # scores are read off the probabilities; the text only gives comments
        "LOG_LEVEL": "WARNING",
    })
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
        self.seconds[name] = time.monotonic() - started
        print(f"   {name}: {self.seconds[name]:.0f} s", file=sys.stderr, flush=True)
        return result


def import_csv(train_csv: Path):
    from django.contrib.auth import get_user_model

    from gradebook.importer import import_gradebook
    from gradebook.models import Course

    users = get_user_model().objects
    admin = users.create_superuser("bench-admin", password="bench-pass-123", email="")
    instructor = users.create_user("bench-instructor", password="bench-pass-123")
    course = Course.objects.create(code="BENCH", title="Quality benchmark")
    course.instructors.add(instructor)
    with train_csv.open("rb") as data:
        report = import_gradebook(course, data, graded_by=instructor, by=None)
    print(f"   imported {report.imported} rows, rejected {report.rejected}", file=sys.stderr)
    return admin, instructor, course


def record_consent(admin, instructor, course) -> None:
    from consent import services
    from consent.models import ConsentForm, ConsentRecord

    services.publish_form(ConsentForm.Kind.STUDENT, "Student consent", "Your graded work may train a model.", admin)
    services.publish_form(ConsentForm.Kind.INSTRUCTOR, "Instructor consent", "Your comments may train a model.", admin)
    for student in course.students.all():
        services.grant(student, ConsentRecord.Method.API, admin)
    services.grant(instructor, ConsentRecord.Method.INSTRUCTOR_PAGE, instructor)


def export(admin, course):
    from exports import services as exports

    requested = exports.request_export(admin, courses=[course], validation_ratio=0.1, seed=0,
                                       hint_neighbours=HINT_NEIGHBOURS)
    exports.approve(requested, admin)
    built = exports.build(requested.pk)
    print(f"   {built.train_count} train, {built.validation_count} validation examples", file=sys.stderr)
    return built


def train(admin, built, quick: bool):
    from training import jobs, runner
    from training.base_models import BaseModelError, import_base_model, resolve_base_model

    try:
        resolve_base_model(None)
    except BaseModelError:
        import_base_model()
    hyperparameters = dict(HYPERPARAMETERS, **({"max_steps": QUICK_STEPS, "eval_every": 20, "save_every": 20}
                                               if quick else {}))
    job = jobs.create_job(built, None, hyperparameters, admin)
    job = runner.run(job.pk)
    if job.status != "succeeded":
        raise SystemExit(f"training job #{job.pk} {job.status}: {job.error}")
    hp = job.hyperparameters
    print(f"   {job.step} steps (learning rate {hp['learning_rate']}, {hp['epochs']} epochs, r {hp['r']}), "
          f"best validation loss {job.best_val_loss}, {job.tokens_per_s or 0:.0f} tokens/s", file=sys.stderr)
    return job.versions.order_by("-created_at").first()


def evaluate(admin, built, version, eval_csv: Path):
    from evaluation import runs

    specs = [*({"kind": kind} for kind in PROVIDERS), {"kind": "version", "version": version.pk}]
    run = runs.create_run(admin, specs, export=built, csv_data=eval_csv.read_bytes(), csv_name=eval_csv.name)
    run = runs.execute(run.pk)
    if run.status != "succeeded":
        raise SystemExit(f"evaluation run #{run.pk} {run.status}: {run.error}")
    return run


def table(run) -> dict:
    from evaluation.models import TOTAL

    def show(value, digits=3):
        return "—" if value is None else f"{value:.{digits}f}"

    rows = list(run.results.filter(section=TOTAL).order_by("position"))
    width = max(len(r.label) for r in rows)
    print(f"\n{'provider':<{width}}  {'Pearson':>7}  {'RMSE':>6}  {'MAE':>6}  {'QWK':>6}  {'valid':>6}  {'p50 ms':>7}")
    for row in rows:
        m = row.metrics
        print(f"{row.label:<{width}}  {show(m['pearson']):>7}  {show(m['rmse']):>6}  {show(m['mae']):>6}  "
              f"{show(m['qwk']):>6}  {show(m['valid_rate'], 2):>6}  {show(m['latency_p50_ms'], 0):>7}")
    return rows[-1].metrics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, required=True, help="graded CSV to import and train on")
    parser.add_argument("--eval", type=Path, required=True, help="graded CSV to evaluate on (the holdout)")
    parser.add_argument("--quick", action="store_true", help=f"train {QUICK_STEPS} steps only (a smoke run)")
    parser.add_argument("--threads", type=int, default=2, help="torch threads for training and grading")
    parser.add_argument("--workdir", type=Path, help="keep the database and files here (default: a temporary folder)")
    args = parser.parse_args()
    for path in (args.train, args.eval):
        if not path.is_file():
            raise SystemExit(f"{path} does not exist.")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="gradeloop-quality-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"-- working in {workdir}", file=sys.stderr)
    configure(workdir, args.threads)

    steps = Steps()
    admin, instructor, course = steps.run("import", import_csv, args.train)
    steps.run("consent", record_consent, admin, instructor, course)
    built = steps.run("export", export, admin, course)
    version = steps.run("train", train, admin, built, args.quick)
    run = steps.run("evaluate", evaluate, admin, built, version, args.eval)
    fine_tuned = table(run)
    timing = ", ".join(f"{name} {seconds:.0f} s" for name, seconds in steps.seconds.items())
    print(f"\n{args.threads} threads; {timing}; total {sum(steps.seconds.values()):.0f} s"
          f"{' (--quick)' if args.quick else ''}")
    print(f"pearson={fine_tuned['pearson']} rmse={fine_tuned['rmse']} mae={fine_tuned['mae']} "
          f"qwk={fine_tuned['qwk']} valid={fine_tuned['valid_rate']}")


if __name__ == "__main__":
    main()
