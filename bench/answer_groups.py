"""Answer groups, through the product: import a graded CSV into a fresh database, form each
question's groups (gradebook.answer_groups.form_groups), and compare with the human grades.

    .venv/bin/python bench/answer_groups.py --csv ../shared/datasets/mohler/dev.csv [--threads 2]
        [--similarity minilm|tfidf] [--thresholds 0.6,0.7,0.8] [--big 5000]

Per threshold, on the CSV:
- ``agree``: the share of answers whose group's grade (its representative's human grade)
  equals their own human grade, and ``within_1`` the share within one point;
- ``groups``: groups formed over all questions (a one-answer group counts);
- clicks to grade every question: ``one_by_one`` = per question 1 ("Grade next ungraded")
  + 1 per answer ("Save and next"); ``groups`` = per question 1 ("Grade by groups" opens the
  largest ungraded group) + 1 per group ("Save and next group"); ``groups_exact`` adds 2 per answer whose human grade differs
  from its group's (open it, save its own grade), so every answer ends with its human grade.

Then the timing bar: ``--big`` distinct answers of one question (halves of the CSV's answers
joined, so no two are equal) grouped by form_groups from a cold start (embeddings included)
and again one step looser (MiniLM's embeddings cached in the process), wall and CPU seconds.
Above GROUPING_MINILM_MAX_ANSWERS (--minilm-max, the product default 500) answers the product
groups with TF-IDF; ``--minilm-max 10000`` times MiniLM on them.
The last line: ``seconds_5000=<x> cpu_seconds_5000=<x> seconds_5000_regroup=<x> ... agree=<share>
...`` (agreement and clicks at the default threshold).

Measured 2026-11-29 on the 2-core machine under a load average of ~13 (wall seconds ~3x CPU):
Mohler dev (243 answers, ~3 per question), MiniLM at 0.8: 223 groups, 98.4 % of answers share
their group's grade (99.6 % within a point), 304 clicks by groups against 324 one by one (312 to
end with every human grade). Mohler train+dev pooled (1,131 answers, ~14 per question): 831
groups, 94.0 % agree, 912 clicks against 1,212 (1,048 exact). TF-IDF on the pooled set: 0.4
gives 958 groups, 97.6 % agree. 5,000 distinct answers (TF-IDF, above the MiniLM cap): 6.2 s
(2.4 s CPU), regrouping 3.5 s; MiniLM on them took 594 s under load (~23 CPU-s per 1,000).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def configure(workdir: Path, threads: int, similarity: str, minilm_max: int) -> None:
    os.environ.update(
        {
            "GROUPING_MINILM_MAX_ANSWERS": str(minilm_max),
            "DEBUG": "1",
            "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
            "VAR_DIR": str(workdir / "var"),
            "SIMILARITY": similarity,
            "OMP_NUM_THREADS": str(threads),
            "MKL_NUM_THREADS": str(threads),
            "OPENBLAS_NUM_THREADS": str(threads),
            "LOG_LEVEL": "WARNING",
        }
    )
    os.environ.pop("REDIS_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    import torch

    torch.set_num_threads(threads)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def import_csv(paths: list[Path]):
    from django.contrib.auth import get_user_model

    from gradebook.importer import import_gradebook
    from gradebook.models import Course

    instructor = get_user_model().objects.create_user("bench-instructor", password="bench-pass-123")
    course = Course.objects.create(code="GROUPS", title="Answer groups benchmark")
    course.instructors.add(instructor)
    for path in paths:
        with path.open("rb") as data:
            report = import_gradebook(course, data, graded_by=instructor, by=None)
        print(f"   {path.name}: imported {report.imported} rows, rejected {report.rejected}", file=sys.stderr)
    return course


def human_grade(submission) -> float:
    return submission.evaluations.final().get().total


def measure(course, threshold: float) -> dict:
    from gradebook.answer_groups import form_groups

    answers = agree = within = groups = one_by_one = clicks = clicks_exact = 0
    for assignment in course.assignments.all():
        formed = form_groups(assignment, threshold)
        grades = {s.pk: human_grade(s) for s in assignment.submissions.all()}
        groups += len(formed)
        one_by_one += 1 + len(grades)
        clicks += 1 + len(formed)
        clicks_exact += 1 + len(formed)
        for group in formed:
            grade = grades[group.representative_id]
            for member in group.members.values_list("pk", flat=True):
                answers += 1
                agree += grades[member] == grade
                within += abs(grades[member] - grade) <= 1
                clicks_exact += 2 * (grades[member] != grade)
    return {
        "threshold": threshold,
        "answers": answers,
        "groups": groups,
        "agree": agree / answers,
        "within_1": within / answers,
        "one_by_one": one_by_one,
        "groups_clicks": clicks,
        "groups_exact": clicks_exact,
    }


def big_question(course, size: int, seed: int = 0):
    """``size`` distinct answers to one new assignment, from halves of the course's answers."""
    from gradebook.models import Assignment, Rubric, Submission
    from gradebook.services import enroll

    texts = list(dict.fromkeys(s.text for a in course.assignments.all() for s in a.submissions.all()))
    rng = random.Random(seed)
    assignment = Assignment.objects.create(course=course, title="Big question", prompt="Many answers.")
    Rubric.objects.create(assignment=assignment, sections=[{"name": "Score", "max_score": 5}])
    made, seen = [], set()
    while len(made) < size:
        a, b = rng.sample(texts, 2)
        words_a, words_b = a.split(), b.split()
        text = " ".join(words_a[: max(1, len(words_a) // 2)] + words_b[len(words_b) // 2 :])
        if text not in seen:
            seen.add(text)
            made.append(text)
    for i, text in enumerate(made):
        student = enroll(course, f"BIG{i:05d}", f"Big {i}", by=None)
        Submission.objects.create(assignment=assignment, student=student, text=text, source="import")
    return assignment


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--csv", type=Path, action="append", help="a graded CSV (repeat to pool several); default Mohler dev"
    )
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--similarity", default="auto")
    parser.add_argument("--thresholds", default="")
    parser.add_argument("--big", type=int, default=5000)
    parser.add_argument(
        "--minilm-max",
        type=int,
        default=500,
        help="GROUPING_MINILM_MAX_ANSWERS: above it TF-IDF groups (the product default 500)",
    )
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-groups-"))
    configure(workdir, args.threads, args.similarity, args.minilm_max)

    from gradebook.answer_groups import current_threshold, form_groups, similarity
    from llm.grouping import THRESHOLD_STEP, default_threshold

    csvs = args.csv or [Path("/work/shared/datasets/mohler/dev.csv")]
    course = import_csv(csvs)
    name = similarity().name
    default = default_threshold(name)
    thresholds = [float(t) for t in args.thresholds.split(",") if t] or [
        round(default + k * THRESHOLD_STEP, 2) for k in (-4, -2, -1, 0, 1, 2)
    ]
    started = time.monotonic()
    rows = [measure(course, t) for t in sorted(set(thresholds) | {default})]
    print(f"   Mohler groups formed at {len(rows)} thresholds in {time.monotonic() - started:.1f} s", file=sys.stderr)
    print(f"similarity={name} csv={'+'.join(p.name for p in csvs)} threads={args.threads}")
    print(
        f"{'threshold':>9} {'answers':>7} {'groups':>6} {'agree':>6} {'within_1':>8} "
        f"{'clicks_1by1':>11} {'clicks_groups':>13} {'clicks_groups_exact':>19}"
    )
    for r in rows:
        mark = " (default)" if r["threshold"] == default else ""
        print(
            f"{r['threshold']:>9.2f} {r['answers']:>7} {r['groups']:>6} {r['agree']:>6.3f} {r['within_1']:>8.3f} "
            f"{r['one_by_one']:>11} {r['groups_clicks']:>13} {r['groups_exact']:>19}{mark}"
        )

    chosen = next(r for r in rows if r["threshold"] == default)
    summary = (
        f"similarity={name} threshold={default} agree={chosen['agree']:.3f} within_1={chosen['within_1']:.3f} "
        f"clicks_1by1={chosen['one_by_one']} clicks_groups={chosen['groups_clicks']} "
        f"clicks_groups_exact={chosen['groups_exact']}"
    )
    if args.big < 2:
        print(summary)
        return
    big = big_question(course, args.big)
    started, cpu = time.monotonic(), time.process_time()
    groups = form_groups(big)
    cold, cold_cpu = time.monotonic() - started, time.process_time() - cpu
    looser = current_threshold(big) - THRESHOLD_STEP
    started, cpu = time.monotonic(), time.process_time()
    form_groups(big, looser)
    warm, warm_cpu = time.monotonic() - started, time.process_time() - cpu
    method = groups[0].method
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall seconds grow with it; CPU seconds do not)"
    )
    print(
        f"{args.big} distinct answers of one question ({method}, threshold {groups[0].threshold}): "
        f"{len(groups)} groups in {cold:.2f} s ({cold_cpu:.2f} s CPU); "
        f"regrouped at {looser:.2f} in {warm:.2f} s ({warm_cpu:.2f} s CPU)"
    )
    print(
        f"seconds_{args.big}={cold:.2f} cpu_seconds_{args.big}={cold_cpu:.2f} seconds_{args.big}_regroup={warm:.2f} "
        f"cpu_seconds_{args.big}_regroup={warm_cpu:.2f} big_similarity={method} {summary}"
    )


if __name__ == "__main__":
    main()
