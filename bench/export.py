"""Export benchmark: N graded, consented submissions in the configured database -> one export.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/gradeloop_bench python bench/export.py --rows 10000

Creates a fresh course (BENCH-...) with the rows, then builds its export in a child process so
that the peak memory reported is the build's alone. Prints a table and, last,
``rows_per_s=<n> peak_rss_mb=<n>``. The database must be migrated (manage.py migrate).
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import transaction  # noqa: E402

from consent import services as consent_services  # noqa: E402
from consent.models import ConsentForm, ConsentRecord  # noqa: E402
from exports import services as exports  # noqa: E402
from gradebook.models import Assignment, Course, Enrollment, Evaluation, Rubric, Student, Submission  # noqa: E402
from llm.rubric import check_scores  # noqa: E402

FIRST = ["Will", "Grace", "Mark", "Amelia", "Tobias", "Priya", "Chen", "Fatima", "Lucas", "Noor", "Olga", "Kwame"]
LAST = ["Turner", "Hopper-Lee", "O'Brien", "Nguyen", "Schmidt", "Okafor", "Rossi", "Tanaka", "Silva", "Haddad"]
RUBRIC = [
    {
        "name": "Content",
        "max_score": 4,
        "criteria": [{"name": "Accuracy", "max_points": 2}, {"name": "Depth", "max_points": 2}],
    },
    {"name": "Clarity", "max_score": 1},
]
BATCH = 5000
PII_EVERY = 5


def answer(n: int, name: str, student_id: str) -> str:
    """About 60 words; one answer in PII_EVERY names the student, an e-mail, an id and a URL."""
    text = (
        "Recursion solves a problem by calling itself on a smaller input until a base case stops it. "
        f"Each call gets its own stack frame (answer {n}), so very deep recursion can overflow. "
    )
    if n % PII_EVERY == 0:
        text += (
            f"As {name} I checked it: my id is {student_id}, mail {name.split()[0].lower()}@school.example.org "
            f"or see https://example.org/notes/{n}. "
        )
    return text + "Iteration with an explicit stack avoids that limit, at the cost of clarity."


def seed(rows: int, students: int) -> Course:
    """Bulk-create the rows (models' save() checks are skipped, so the scores are canonicalised here)."""
    run = time.strftime("%Y%m%d%H%M%S")
    if consent_services.current_form(ConsentForm.Kind.STUDENT) is None:
        consent_services.publish_form(ConsentForm.Kind.STUDENT, "Student consent", "Benchmark consent.")
    if consent_services.current_form(ConsentForm.Kind.INSTRUCTOR) is None:
        consent_services.publish_form(ConsentForm.Kind.INSTRUCTOR, "Instructor consent", "Benchmark consent.")
    grader, _ = get_user_model().objects.get_or_create(
        username="bench-grader", defaults={"first_name": "Rose", "last_name": "Castellano"}
    )
    if not consent_services.has_current_consent(grader):
        consent_services.grant(grader, ConsentRecord.Method.API, grader)
    course = Course.objects.create(code=f"BENCH-{run}-{rows}", title="Export benchmark")
    course.instructors.add(grader)
    n_assignments = -(-rows // students)
    assignments = []
    for a in range(n_assignments):
        assignment = Assignment.objects.create(
            course=course,
            title=f"Q{a}",
            prompt=f"Explain recursion ({a}).",
            reference_answer="A function that calls itself with a base case.",
        )
        Rubric.objects.create(assignment=assignment, sections=RUBRIC)
        assignments.append(assignment)
    student_form = consent_services.current_form(ConsentForm.Kind.STUDENT)
    people = Student.objects.bulk_create(
        [
            Student(
                student_id=f"B{run}{rows}-{i}", name=f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"
            )
            for i in range(students)
        ],
        batch_size=BATCH,
    )
    Enrollment.objects.bulk_create([Enrollment(course=course, student=s) for s in people], batch_size=BATCH)
    ConsentRecord.objects.bulk_create(
        [ConsentRecord(form=student_form, student=s, method="api") for s in people], batch_size=BATCH
    )
    made = 0
    while made < rows:
        with transaction.atomic():
            batch = []
            for n in range(made, min(rows, made + BATCH)):
                student = people[n % students]
                batch.append(
                    Submission(
                        assignment=assignments[n // students],
                        student=student,
                        text=answer(n, student.name, student.student_id),
                        source="import",
                    )
                )
            subs = Submission.objects.bulk_create(batch)
            evals = []
            for n, sub in zip(range(made, made + len(subs)), subs):
                sections, total = check_scores(
                    RUBRIC,
                    {
                        "Content": {
                            "score": n % 5 if n % 5 <= 4 else 4,
                            "comment": f"Good point, {sub.student.name}." if n % PII_EVERY == 0 else "Good point.",
                            "criteria": [
                                {"name": "Accuracy", "points": min(2, n % 5)},
                                {"name": "Depth", "points": max(0, n % 5 - 2)},
                            ],
                        },
                        "Clarity": {"score": n % 2},
                    },
                )
                evals.append(
                    Evaluation(submission=sub, status="final", sections=sections, total=total, graded_by=grader)
                )
            Evaluation.objects.bulk_create(evals)
        made += len(subs)
    return course


def build_child(export_id: int) -> None:
    start = time.perf_counter()
    export = exports.build(export_id)
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_rss_mb": peak_rss_mb(),
                "rows": export.rows_done,
                "train": export.train_count,
                "validation": export.validation_count,
            }
        )
    )


def peak_rss_mb() -> float:
    """This process's own high-water RSS. ru_maxrss would also count the parent it was spawned
    from (Linux carries it across exec), so read VmHWM where there is a /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--students", type=int, default=0, help="default: rows / 20")
    parser.add_argument("--build", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build_child(args.build)
        return
    students = args.students or max(1, args.rows // 20)
    started = time.perf_counter()
    course = seed(args.rows, students)
    seed_seconds = time.perf_counter() - started
    admin = get_user_model().objects.filter(is_superuser=True).first() or get_user_model().objects.create_superuser(
        "bench-admin", password=None
    )
    export = exports.request_export(admin, courses=[course], validation_ratio=0.1, seed=1)
    # Approved directly rather than through exports.approve(), which would also queue the build for a worker.
    exports.Export.objects.filter(pk=export.pk).update(status=exports.Export.Status.APPROVED, decided_by=admin)
    child = subprocess.run(
        [sys.executable, __file__, "--build", str(export.pk)], capture_output=True, text=True, check=True, cwd=ROOT
    )
    result = json.loads(child.stdout.strip().splitlines()[-1])
    rows_per_s = result["rows"] / result["seconds"]
    folder = exports.export_dir(export)
    size_mb = sum((folder / name).stat().st_size for name in exports.FILES) / 2**20
    from django.db import connection

    table = [
        ("database", connection.vendor),
        ("rows", result["rows"]),
        ("students", students),
        ("answers naming PII", f"1 in {PII_EVERY}"),
        ("train / validation", f"{result['train']} / {result['validation']}"),
        ("seed data (s)", f"{seed_seconds:.1f}"),
        ("build (s)", f"{result['seconds']:.1f}"),
        ("rows/s", f"{rows_per_s:.0f}"),
        ("peak RSS of build (MB)", f"{result['peak_rss_mb']:.0f}"),
        ("files (MB)", f"{size_mb:.1f}"),
    ]
    width = max(len(k) for k, _ in table)
    print(f"{'measure':<{width}}  value")
    for key, value in table:
        print(f"{key:<{width}}  {value}")
    print(f"rows_per_s={rows_per_s:.0f} peak_rss_mb={result['peak_rss_mb']:.0f}")


if __name__ == "__main__":
    main()
