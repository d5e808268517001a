"""An export approved in the app is built by a real django-q2 cluster (`manage.py qcluster`)."""

import json
import time

import pytest

from exports import services as exports
from exports.models import Export
from tests.consent.helpers import consent, graded, make_superuser, publish_forms
from tests.gradebook.factories import make_assignment, make_course, make_student

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def test_an_approved_export_is_built_by_the_worker_cluster(start_cluster):
    cluster = start_cluster()
    root = make_superuser()
    publish_forms()
    course = make_course()
    assignment = make_assignment(course)
    for n in range(5):
        student = make_student(course)
        if n != 4:
            consent(student)
        graded(assignment, student, f"answer number {n}")
    export = exports.request_export(root, validation_ratio=0.2, seed=1, gamed_examples=0)  # the consented rows only
    exports.approve(export, root)

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        export.refresh_from_db()
        if export.status in (Export.Status.READY, Export.Status.FAILED):
            break
        time.sleep(0.5)
    assert export.status == Export.Status.READY, cluster.logs()
    assert export.rows_done == export.rows_total == 4 and export.excluded_no_consent == 1
    manifest = json.loads((exports.export_dir(export) / "manifest.json").read_text())
    assert manifest["counts"]["exported"] == 4
    assert export.train_count + export.validation_count == 4
