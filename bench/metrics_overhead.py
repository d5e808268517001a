"""Cost of the grading loop's metrics and of shadow grading, and the duration of a scrape.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/gl_observe .venv/bin/python bench/metrics_overhead.py

1. Suggestion requests per second (grading.suggestions.suggest_for_submission, the path the
   grading page and the workers take) with a stub provider (a scripted OpenAI-compatible server
   on loopback), with the per-event metrics switched off and on. The share of request time the
   metrics cost must stay under 5 %.
2. The same with a tiny random local model as the active version, without and with a shadow
   rollout (a second tiny model grading every request unseen).
3. /metrics with --reviews reviewed suggestions in the database (seeded once, in bulk, and
   reused by later runs), the tallies they leave, consent records and an open rollout: the
   median and p95 of --scrapes scrapes must stay under 200 ms.

Prints a table and, last, ``stub_req_per_s=… metrics_overhead_pct=… shadow_req_per_s_ratio=…
scrape_ms_p50=… scrape_ms_p95=…``. The database is migrated first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from consent import services as consent_services  # noqa: E402
from consent.models import ConsentForm, ConsentRecord  # noqa: E402
from core import metrics as core_metrics  # noqa: E402
from core.models import MetricTally  # noqa: E402
from gradebook.models import Assignment, Course, Evaluation, Rubric, Student, Submission  # noqa: E402
from grading import metrics as grading_metrics  # noqa: E402
from grading import suggestions  # noqa: E402
from grading.models import Rollout, SuggestionReview  # noqa: E402
from llm.rubric import check_scores  # noqa: E402
from tests.llm.openai_server import OpenAIServer  # noqa: E402
from tests.llm.tiny_model import build_base_model  # noqa: E402
from training.models import ModelVersion  # noqa: E402

RUBRIC = [{"name": "Content", "max_score": 10}, {"name": "Clarity", "max_score": 5}]
REPLY = '{"Content": {"score": 8, "comment": "Right idea."}, "Clarity": {"score": 4}}'
BATCH = 5000
VERSIONS = 20  # model versions the seeded reviews are spread over


def bench_user():
    user, _ = get_user_model().objects.get_or_create(username="bench-metrics", defaults={"is_superuser": True})
    return user


def make_submissions(n: int, tag: str) -> list[Submission]:
    course = Course.objects.create(code=f"BM-{tag}-{time.time_ns()}", title="Metrics benchmark")
    course.instructors.add(bench_user())
    assignment = Assignment.objects.create(course=course, title="Q", prompt="What does photosynthesis do?")
    Rubric.objects.create(assignment=assignment, sections=RUBRIC)
    students = Student.objects.bulk_create(
        [Student(student_id=f"{course.code}-{i}", name=f"Student {i}") for i in range(n)]
    )
    return list(
        Submission.objects.bulk_create(
            [
                Submission(assignment=assignment, student=s, text=f"Plants turn light into sugar ({i}).")
                for i, s in enumerate(students)
            ]
        )
    )


def requests_per_s(submissions, enabled: bool) -> tuple[float, float]:
    """Suggestions made one after another: (requests/s, share of the time spent recording
    metrics). ``enabled`` False replaces the tally upsert by nothing."""
    real_add, real_record = core_metrics._add, core_metrics.record
    in_metrics = 0.0

    def timed_record(*rows):
        nonlocal in_metrics
        started = time.perf_counter()
        real_record(*rows)
        in_metrics += time.perf_counter() - started

    core_metrics.record = timed_record
    if not enabled:
        core_metrics._add = lambda *args: None
    try:
        user = bench_user()
        started = time.perf_counter()
        for submission in submissions:
            suggestions.suggest_for_submission(submission, user)
        elapsed = time.perf_counter() - started
        return len(submissions) / elapsed, in_metrics / elapsed
    finally:
        core_metrics._add, core_metrics.record = real_add, real_record


def stub_rounds(n: int, rounds: int) -> tuple[float, float, float]:
    """Alternating rounds (off, on, off, on...) so drifting load hits both: medians of the
    requests/s off and on, and of the share of request time spent in metrics (timed directly,
    which the machine's noise disturbs far less than the difference of two rates)."""
    off, on, shares = [], [], []
    with OpenAIServer([REPLY]) as server:
        settings.OPENAI_BASE_URL, settings.OPENAI_API_KEY, settings.OPENAI_MODEL = (
            server.base_url,
            server.api_key,
            server.model,
        )
        settings.GRADING_CHAIN = ["openai"]
        requests_per_s(make_submissions(10, "warm"), True)
        for _ in range(rounds):
            off.append(requests_per_s(make_submissions(n, "off"), False)[0])
            rate, share = requests_per_s(make_submissions(n, "on"), True)
            on.append(rate)
            shares.append(share)
    return statistics.median(off), statistics.median(on), statistics.median(shares)


def shadow_rounds(n: int, folder: Path) -> tuple[float, float]:
    settings.GRADING_CHAIN = ["active"]
    settings.GRADING_MAX_NEW_TOKENS = 8
    settings.GRADING_RETRIES = 0
    active_base, candidate_base = build_base_model(folder / "a"), build_base_model(folder / "c", seed=5)
    ModelVersion.objects.filter(status=ModelVersion.Status.ACTIVE).update(status=ModelVersion.Status.RETIRED)
    stamp = time.time_ns()
    active = ModelVersion.objects.create(
        label=f"bench-active-{stamp}", base_model=str(active_base), status=ModelVersion.Status.ACTIVE
    )
    candidate = ModelVersion.objects.create(label=f"bench-candidate-{stamp}", base_model=str(candidate_base))
    requests_per_s(make_submissions(3, "warm"), True)
    plain = requests_per_s(make_submissions(n, "plain"), True)[0]
    rollout = Rollout.objects.create(candidate=candidate, active=active, started_by=bench_user())
    requests_per_s(make_submissions(2, "warm"), True)  # loads the candidate
    shadowed = requests_per_s(make_submissions(n, "shadow"), True)[0]
    rollout.stage = Rollout.Stage.SHADOW  # left open: the scrape below reports it
    rollout.save()
    return plain, shadowed


def seed_reviews(target: int) -> int:
    """Bulk-create reviewed suggestions up to ``target`` (with consent records for the students)
    and the tallies record_review would have left for them."""
    have = SuggestionReview.objects.filter(model_version_label__startswith="seed-v").count()
    missing = target - have
    if missing <= 0:
        return have
    sections, total = check_scores(RUBRIC, json.loads(REPLY))
    form = consent_services.current_form(ConsentForm.Kind.STUDENT) or consent_services.publish_form(
        ConsentForm.Kind.STUDENT, "Student consent", "Benchmark consent."
    )
    tallies: Counter = Counter()
    for start in range(0, missing, BATCH):
        submissions = make_submissions(min(BATCH, missing - start), "seed")
        ConsentRecord.objects.bulk_create(
            [ConsentRecord(form=form, student_id=s.student_id, method="api") for s in submissions]
        )
        made = Evaluation.objects.bulk_create(
            [
                Evaluation(
                    submission=s,
                    status=Evaluation.Status.SUGGESTED,
                    sections=sections,
                    total=total,
                    provider="local",
                    model_version_label=f"seed-v{i % VERSIONS}",
                    latency_ms=900,
                )
                for i, s in enumerate(submissions)
            ]
        )
        final_sections = {**sections, "Content": {**sections["Content"], "score": 6}}
        finals = Evaluation.objects.bulk_create(
            [
                Evaluation(
                    submission=s,
                    status=Evaluation.Status.FINAL,
                    sections=sections if i % 3 else final_sections,
                    total=total if i % 3 else total - 2,
                )
                for i, s in enumerate(submissions)
            ]
        )
        reviews = []
        for i, (suggested, final) in enumerate(zip(made, finals, strict=True)):
            accepted = bool(i % 3)
            reviews.append(
                SuggestionReview(
                    suggestion=suggested,
                    final=final,
                    accepted_as_is=accepted,
                    model_version_label=suggested.model_version_label,
                    total_abs_change=0 if accepted else 2,
                    section_abs_change=0 if accepted else 1,
                )
            )
            tallies[(suggested.model_version_label, accepted)] += 1
        SuggestionReview.objects.bulk_create(reviews)
    _seed_tallies(tallies)
    return SuggestionReview.objects.filter(model_version_label__startswith="seed-v").count()


def _seed_tallies(tallies: Counter) -> None:
    ratio_bucket = {True: 0, False: grading_metrics.CHANGE.buckets.index(0.2)}  # 2 of 15 points: 0.133
    for (label, accepted), n in tallies.items():
        key = grading_metrics.REVIEWS.key({"model_version": label})
        for name, bucket, count, total in (
            (grading_metrics.REVIEWS.name, -1, n, 0.0),
            ((grading_metrics.ACCEPTED if accepted else grading_metrics.CHANGED).name, -1, n, 0.0),
            (grading_metrics.CHANGE.name, ratio_bucket[accepted], n, 0.0 if accepted else n * 2 / 15),
        ):
            core_metrics.record((name, key, bucket, count, total))
        for outcome in ("ok", "fallback", "invalid", "error"):
            core_metrics.inc(grading_metrics.SUGGESTIONS, n, provider="local", model_version=label, outcome=outcome)


def scrape_ms(scrapes: int) -> list[float]:
    client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
    client.get("/metrics")
    durations = []
    for _ in range(scrapes):
        started = time.perf_counter()
        response = client.get("/metrics", REMOTE_ADDR="127.0.0.1")
        durations.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200 and b"gradeloop_collector_up 1.0" in response.content
    return durations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=150, help="stub suggestion requests per round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating off/on rounds")
    parser.add_argument("--shadow-requests", type=int, default=20)
    parser.add_argument("--reviews", type=int, default=100_000)
    parser.add_argument("--scrapes", type=int, default=30)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    Rollout.objects.filter(stage__in=Rollout.OPEN).update(stage=Rollout.Stage.ROLLED_BACK)  # an interrupted run's
    vendor = connection.vendor

    off, on, share = stub_rounds(args.requests, args.rounds)
    overhead = 100 * share
    difference = 100 * (1 / on - 1 / off) / (1 / on)
    with tempfile.TemporaryDirectory() as folder:
        plain, shadowed = shadow_rounds(args.shadow_requests, Path(folder))
    started = time.perf_counter()
    reviews = seed_reviews(args.reviews)
    seeded_s = time.perf_counter() - started
    durations = sorted(scrape_ms(args.scrapes))
    Rollout.objects.filter(stage__in=Rollout.OPEN).update(stage=Rollout.Stage.ROLLED_BACK)
    p50, p95 = statistics.median(durations), durations[max(0, round(0.95 * len(durations)) - 1)]

    rows = [
        ("stub provider, metrics off", f"{off:.1f} req/s", f"{1000 / off:.2f} ms/req"),
        ("stub provider, metrics on", f"{on:.1f} req/s", f"{1000 / on:.2f} ms/req"),
        ("metrics' share of request time (timed)", f"{overhead:.2f} %", "target < 5 %"),
        ("the same from the two rates", f"{difference:.1f} %", "noisy on a shared machine"),
        ("tiny local model, no rollout", f"{plain:.1f} req/s", f"{1000 / plain:.0f} ms/req"),
        ("tiny local model, shadow rollout", f"{shadowed:.1f} req/s", f"{1000 / shadowed:.0f} ms/req"),
        (f"/metrics with {reviews} reviews ({vendor})", f"p50 {p50:.1f} ms", f"p95 {p95:.1f} ms (target < 200)"),
        ("tally rows read per scrape", f"{MetricTally.objects.count()}", f"seeding took {seeded_s:.0f} s"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>18}  note")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>18}  {note}")
    print(
        f"stub_req_per_s={on:.1f} metrics_overhead_pct={overhead:.2f} shadow_req_per_s_ratio={shadowed / plain:.2f} "
        f"scrape_ms_p50={p50:.1f} scrape_ms_p95={p95:.1f}"
    )


if __name__ == "__main__":
    main()
