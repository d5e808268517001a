"""Load benchmark: the web server as deployed (gunicorn, the Dockerfile's command) on
PostgreSQL, with N simulated instructors grading at once and API clients beside them.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/gl_load .venv/bin/python bench/load.py --instructors 20 50 100

Each instructor has a course and an assignment of --grades ungraded answers and loops, at most
--grades + 1 times: "Grade next ungraded" (a redirect), the grading form, reading the answer
for about --think-s seconds (0.5-1.5 times it, seeded; starts are staggered as much), then saves a score (a POST that
redirects). One API client per --instructors-per-client instructors lists assignments and
submissions and posts a new student and a submission, pausing as long between rounds, until
the instructors are done (at most --api-rounds rounds). --think-s 0 makes every client ask
again at once: the server's saturation, not a classroom. Everything stays on 127.0.0.1. Afterwards every grade
an instructor saw saved must be in the database exactly once with its score, and every
submission an API client saw created must be there exactly once ("lost" counts the others).

Prints, per level, requests/s and p50/p95/p99 per endpoint with their errors, then one line
per level; the last line is ``instructors=<n> p95_ms=<x> errors=<n> lost=<n>`` for the
largest level whose p95 over all requests held --p95-ms (or the smallest level, if none did).
The database must be PostgreSQL; it is migrated first and keeps the bench's rows (BENCH-...).
"""

import argparse
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

import requests  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.core.management import call_command  # noqa: E402
from rest_framework.authtoken.models import Token  # noqa: E402

from gradebook.models import Assignment, Course, Enrollment, Evaluation, Rubric, Student, Submission  # noqa: E402

HOST = "127.0.0.1"
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
RUBRIC = [{"name": "Score", "max_score": 5}]


class Recorder:
    """Latencies and errors per endpoint, shared by the client threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.times = defaultdict(list)
        self.errors = defaultdict(int)

    def call(self, name, send, expected):
        started = time.perf_counter()
        try:
            response = send()
            ok = response.status_code in expected
        except requests.RequestException:
            response, ok = None, False
        elapsed = (time.perf_counter() - started) * 1000
        with self.lock:
            self.times[name].append(elapsed)
            if not ok:
                self.errors[name] += 1
        return response if ok else None


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] if ordered else 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(port: int, workers: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": settings.SECRET_KEY,
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "0",
        "SESSION_COOKIE_SECURE": "0",
        "CSRF_COOKIE_SECURE": "0",
        "SECURE_HSTS_SECONDS": "0",
        "API_USER_RATE": "1000000/minute",
        "LOG_LEVEL": "WARNING",
    }
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi:application",
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    for _ in range(120):
        try:
            if requests.get(f"http://{HOST}:{port}/healthz", timeout=2).status_code == 200:
                return server
        except requests.RequestException:
            pass
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited: {server.stderr.read()[-2000:]}")
        time.sleep(0.5)
    server.terminate()
    raise SystemExit("gunicorn did not answer /healthz within 60 s")


def seed_level(run: str, instructors: int, grades: int, per_client: int) -> dict:
    """Instructors with a session each (no login: password hashing is not what is measured),
    their own course, assignment and ungraded answers; API clients with a token each."""
    users, people = get_user_model(), []
    for i in range(instructors):
        user = users.objects.create_user(username=f"bench-{run}-{i}")
        course = Course.objects.create(code=f"BENCH-{run}-{i}", title="Load benchmark")
        course.instructors.add(user)
        assignment = Assignment.objects.create(course=course, title="Explain recursion", prompt="Explain recursion.")
        Rubric.objects.create(assignment=assignment, sections=RUBRIC)
        students = Student.objects.bulk_create(
            Student(student_id=f"b{run}-{i}-{j}", name=f"Student {j}") for j in range(grades)
        )
        Enrollment.objects.bulk_create(Enrollment(course=course, student=s) for s in students)
        Submission.objects.bulk_create(
            Submission(assignment=assignment, student=s, text=f"Answer {j}: a function that calls itself.")
            for j, s in enumerate(students)
        )
        session = SessionStore()
        session.update(
            {
                SESSION_KEY: str(user.pk),
                BACKEND_SESSION_KEY: settings.AUTHENTICATION_BACKENDS[-1],
                HASH_SESSION_KEY: user.get_session_auth_hash(),
            }
        )
        session.create()
        people.append(
            {
                "session": session.session_key,
                "course": course.pk,
                "assignment": assignment.pk,
                "token": Token.objects.create(user=user).key if i % per_client == 0 else None,
            }
        )
    return {"instructors": people}


def instructor(base, person, grades, recorder, saved, think):
    http = requests.Session()
    http.cookies.set("sessionid", person["session"])
    time.sleep(think())  # instructors do not all click in the same millisecond
    for round_number in range(grades + 1):
        nxt = recorder.call(
            "GET grade next",
            lambda: http.get(f"{base}/assignments/{person['assignment']}/grade/", allow_redirects=False, timeout=60),
            {302},
        )
        if nxt is None or "/submissions/" not in nxt.headers.get("Location", ""):
            return
        form_url = base + nxt.headers["Location"]
        page = recorder.call("GET grade form", lambda: http.get(form_url, timeout=60), {200})
        token = CSRF.search(page.text) if page is not None else None
        if token is None:
            return
        time.sleep(think())
        score = (round_number % 11) / 2
        done = recorder.call(
            "POST grade",
            lambda: http.post(
                form_url,
                {"csrfmiddlewaretoken": token.group(1), "s0_score": score, "s0_comment": "", "action": "save"},
                allow_redirects=False,
                timeout=60,
            ),
            {302},
        )
        if done is not None:
            saved.append((int(form_url.rstrip("/").split("/")[-2]), score))


def api_client(base, person, rounds, recorder, created, stop, think):
    http = requests.Session()
    http.headers["Authorization"] = f"Token {person['token']}"
    stop.wait(think())
    for _ in range(rounds):
        if stop.is_set():
            return
        recorder.call("GET api assignments", lambda: http.get(f"{base}/api/v1/assignments/", timeout=60), {200})
        recorder.call(
            "GET api submissions",
            lambda: http.get(f"{base}/api/v1/submissions/", params={"assignment": person["assignment"]}, timeout=60),
            {200},
        )
        student_id = f"api-{uuid.uuid4().hex[:12]}"
        student = recorder.call(
            "POST api students",
            lambda: http.post(
                f"{base}/api/v1/students/",
                json={"course": person["course"], "student_id": student_id, "name": "API student"},
                timeout=60,
            ),
            {201},
        )
        if student is None:
            continue
        posted = recorder.call(
            "POST api submissions",
            lambda: http.post(
                f"{base}/api/v1/submissions/",
                json={
                    "assignment": person["assignment"],
                    "student": student.json()["id"],
                    "text": "Posted by an API client.",
                },
                timeout=60,
            ),
            {201},
        )
        if posted is not None:
            created.append(posted.json()["id"])
        stop.wait(think())


def lost(saved, created) -> int:
    """Saved grades and created submissions not in the database exactly once (grades: with their score)."""
    finals = defaultdict(list)
    for submission_id, sections in Evaluation.objects.filter(
        submission_id__in=[s for s, _ in saved], status=Evaluation.Status.FINAL
    ).values_list("submission_id", "sections"):
        finals[submission_id].append(sections["Score"]["score"])
    missing = sum(1 for submission_id, score in saved if finals.get(submission_id) != [score])
    found = Submission.objects.filter(pk__in=created).count()
    return missing + len(created) - found + len(saved) - len({s for s, _ in saved})


def run_level(base, run, n, args, quiet=False) -> dict:
    data = seed_level(run, n, args.grades, args.instructors_per_client)
    recorder, saved, created, stop = Recorder(), [], [], threading.Event()
    people, jitter, lock = data["instructors"], random.Random(n), threading.Lock()

    def think():
        with lock:
            return args.think_s * jitter.uniform(0.5, 1.5)

    graders = [threading.Thread(target=instructor, args=(base, p, args.grades, recorder, saved, think)) for p in people]
    clients = [
        threading.Thread(target=api_client, args=(base, p, args.api_rounds, recorder, created, stop, think))
        for p in people
        if p["token"]
    ]
    started = time.perf_counter()
    for thread in graders + clients:
        thread.start()
    for thread in graders:
        thread.join()
    stop.set()
    for thread in clients:
        thread.join()
    seconds = time.perf_counter() - started
    every = [t for times in recorder.times.values() for t in times]
    result = {
        "n": n,
        "seconds": seconds,
        "recorder": recorder,
        "p95": percentile(every, 95),
        "requests": len(every),
        "errors": sum(recorder.errors.values()),
        "lost": lost(saved, created),
        "saved": len(saved),
        "created": len(created),
    }
    if not quiet:
        print_level(result)
    return result


def print_level(r):
    rec = r["recorder"]
    print(
        f"\n## {r['n']} instructors, {r['requests']} requests in {r['seconds']:.1f} s"
        f" ({r['requests'] / r['seconds']:.1f} requests/s); grades saved {r['saved']}, API submissions {r['created']}"
    )
    print(f"{'endpoint':<22} {'n':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for name in sorted(rec.times):
        times = rec.times[name]
        print(
            f"{name:<22} {len(times):>6} {len(times) / r['seconds']:>7.1f} {statistics.median(times):>8.0f}"
            f" {percentile(times, 95):>8.0f} {percentile(times, 99):>8.0f} {rec.errors[name]:>6}"
        )
    print(f"level instructors={r['n']} p95_ms={r['p95']:.0f} errors={r['errors']} lost={r['lost']}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--instructors", type=int, nargs="+", default=[20, 50, 100])
    parser.add_argument("--grades", type=int, default=8, help="answers each instructor grades per level")
    parser.add_argument("--instructors-per-client", type=int, default=5, help="one API client per this many")
    parser.add_argument("--api-rounds", type=int, default=50, help="the most rounds an API client makes")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (the Dockerfile's 3)")
    parser.add_argument("--think-s", type=float, default=5, help="seconds an instructor reads an answer (mean)")
    parser.add_argument("--p95-ms", type=float, default=300)
    args = parser.parse_args()
    if settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1] != "postgresql":
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database (postgres://...): this measures the deployment.")
    call_command("migrate", verbosity=0)
    run = uuid.uuid4().hex[:6]
    port = free_port()
    server = start_server(port, args.workers)
    base = f"http://{HOST}:{port}"
    try:
        run_level(base, f"{run}w", args.workers * 2, args, quiet=True)  # every worker imports and connects once
        results = [run_level(base, f"{run}{n}", n, args) for n in args.instructors]
    finally:
        server.terminate()
        server.wait(timeout=30)
    print()
    held = [r for r in results if r["p95"] <= args.p95_ms]
    best = max(held, key=lambda r: r["n"]) if held else min(results, key=lambda r: r["n"])
    print(f"instructors={best['n']} p95_ms={best['p95']:.0f} errors={best['errors']} lost={best['lost']}")


if __name__ == "__main__":
    main()
