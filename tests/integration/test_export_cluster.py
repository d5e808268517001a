"""An export approved in the app is built by a real django-q2 cluster (`manage.py qcluster`)."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.consent.helpers import consent, graded, make_superuser, publish_forms
from tests.gradebook.factories import make_assignment, make_course, make_student
from training import exports
from training.models import Export

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]


def _database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def cluster(tmp_path):
    env = {**os.environ, "DATABASE_URL": _database_url(), "EXPORT_DIR": str(tmp_path / "exports"),
           "Q_WORKERS": "1", "DEBUG": "1", "SECRET_KEY": settings.SECRET_KEY, "PSEUDONYM_KEY": settings.PSEUDONYM_KEY}
    env.pop("REDIS_URL", None)
    log = open(tmp_path / "qcluster.log", "wb")
    process = subprocess.Popen([sys.executable, "manage.py", "qcluster"], cwd=ROOT, env=env, stdout=log,
                               stderr=subprocess.STDOUT, start_new_session=True)
    yield tmp_path
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()
    log.close()


def test_an_approved_export_is_built_by_the_worker_cluster(cluster, settings):
    settings.EXPORT_DIR = cluster / "exports"
    root = make_superuser()
    publish_forms()
    course = make_course()
    assignment = make_assignment(course)
    for n in range(5):
        student = make_student(course)
        if n != 4:
            consent(student)
        graded(assignment, student, f"answer number {n}")
    export = exports.request_export(root, validation_ratio=0.2, seed=1)
    exports.approve(export, root)

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        export.refresh_from_db()
        if export.status in (Export.Status.READY, Export.Status.FAILED):
            break
        time.sleep(0.5)
    log = (cluster / "qcluster.log").read_text(errors="replace")
    assert export.status == Export.Status.READY, log[-3000:]
    assert export.rows_done == export.rows_total == 4 and export.excluded_no_consent == 1
    manifest = json.loads((exports.export_dir(export) / "manifest.json").read_text())
    assert manifest["counts"]["exported"] == 4
    assert export.train_count + export.validation_count == 4
