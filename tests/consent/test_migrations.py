"""The repair of rubrics and evaluations saved before the rubric bounds (consent 0002): every
number above the bound is clamped, the audit log keeps what it was, and the lists and pages that
such a row broke answer 200."""

import math
from importlib import import_module

import pytest
from django.apps import apps as current_apps
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from consent.models import AuditEvent
from gradebook.models import Evaluation, Rubric
from gradebook.services import create_submission, record_final_evaluation
from llm.rubric import MAX_SCORE, validate_rubric
from tests.consent.helpers import make_superuser
from tests.gradebook.factories import make_assignment, make_course, make_instructor, make_student

repair = import_module("consent.migrations.0002_gradebook_rows_within_bounds")
BEFORE = [("gradebook", "0004_merge_20261129_0626"), ("consent", "0001_initial")]
AFTER = [("consent", "0002_gradebook_rows_within_bounds")]
OUT_OF_BOUNDS = [
    {"name": "Content", "max_score": 1e308, "step": 1e300, "criteria": []},
    {
        "name": "Style",
        "max_score": 1e308,
        "criteria": [{"name": "Tone", "max_points": 1e308, "description": "Kind words."}],
    },
    {"name": "Spelling", "max_score": 5, "criteria": []},
]
OLD_SCORES = {
    "Content": {"score": 1e308, "max_score": 1e308},
    "Style": {
        "score": 1e308,
        "max_score": 1e308,
        "criteria": [{"name": "Tone", "points": 1e308, "max_points": 1e308}],
    },
    "Spelling": {"score": 4, "max_score": 5},
}
BOUNDED = [  # the same rubric as it may be saved now, with no step (any score is on it)
    {"name": "Content", "max_score": MAX_SCORE, "criteria": []},
    {"name": "Style", "max_score": MAX_SCORE, "criteria": [{"name": "Tone", "max_points": MAX_SCORE}]},
    {"name": "Spelling", "max_score": 5, "criteria": []},
]


def changed(details: dict, field: str) -> tuple[float, float]:
    """(was, now) of one field; PostgreSQL's jsonb gives 1e308 back as the integer 10**308."""
    return float(details[field]["was"]), details[field]["now"]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_migration_clamps_old_out_of_bounds_rubrics_and_scores_and_the_audit_log_keeps_their_values():
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    try:
        old = _migrate(BEFORE)
        course = old.get_model("gradebook", "Course").objects.create(code="CS1", title="CS")
        assignment_model = old.get_model("gradebook", "Assignment")
        rubric_model = old.get_model("gradebook", "Rubric")
        broken = rubric_model.objects.create(
            assignment=assignment_model.objects.create(course=course, title="Old", prompt="Q?"),
            sections=OUT_OF_BOUNDS,
        )
        fine_sections = [{"name": "Answer", "max_score": 10, "criteria": []}]
        fine = rubric_model.objects.create(
            assignment=assignment_model.objects.create(course=course, title="New", prompt="Q?"),
            sections=fine_sections,
        )
        student = old.get_model("gradebook", "Student").objects.create(student_id="s-1", name="Ada")
        submission_model, evaluation_model = (old.get_model("gradebook", m) for m in ("Submission", "Evaluation"))
        huge = evaluation_model.objects.create(
            submission=submission_model.objects.create(assignment=broken.assignment, student=student, text="a"),
            sections=OLD_SCORES,
            total=math.inf,
        )
        fine_scores = {"Answer": {"score": 7, "max_score": 10}}
        normal = evaluation_model.objects.create(
            submission=submission_model.objects.create(assignment=fine.assignment, student=student, text="b"),
            sections=fine_scores,
            total=7,
        )

        new = _migrate(AFTER)

        repaired = new.get_model("gradebook", "Rubric").objects.get(pk=broken.pk).sections
        assert [s["max_score"] for s in repaired] == [MAX_SCORE, MAX_SCORE, 5]
        assert repaired[0]["step"] == MAX_SCORE and repaired[1]["criteria"][0]["max_points"] == MAX_SCORE
        assert repaired[1]["criteria"][0]["description"] == "Kind words." and repaired[2] == OUT_OF_BOUNDS[2]
        assert validate_rubric(repaired)  # a rubric that can be saved again
        assert new.get_model("gradebook", "Rubric").objects.get(pk=fine.pk).sections == fine_sections
        events = new.get_model("consent", "AuditEvent").objects.filter(action="rubric.repaired")
        assert [(e.target_type, e.target_id) for e in events] == [("gradebook.rubric", str(broken.pk))]
        details = events[0].details
        assert changed(details, "sections[0].max_score") == (1e308, MAX_SCORE)
        assert changed(details, "sections[0].step") == (1e300, MAX_SCORE)
        assert changed(details, "sections[1].max_score") == (1e308, MAX_SCORE)
        assert changed(details, "sections[1].criteria[0].max_points") == (1e308, MAX_SCORE)
        assert not any(key.startswith("sections[2]") for key in details)

        evaluations = new.get_model("gradebook", "Evaluation").objects
        repaired_scores = evaluations.get(pk=huge.pk)
        assert repaired_scores.total == 2 * MAX_SCORE + 4
        assert repaired_scores.sections["Content"] == {"score": MAX_SCORE, "max_score": MAX_SCORE}
        assert repaired_scores.sections["Style"]["criteria"] == [
            {"name": "Tone", "points": MAX_SCORE, "max_points": MAX_SCORE}
        ]
        assert repaired_scores.sections["Spelling"] == OLD_SCORES["Spelling"]
        assert evaluations.get(pk=normal.pk).sections == fine_scores and evaluations.get(pk=normal.pk).total == 7
        (event,) = new.get_model("consent", "AuditEvent").objects.filter(action="evaluation.repaired")
        assert event.target_id == str(huge.pk)
        assert event.details["total"] == {"was": "inf", "now": 2 * MAX_SCORE + 4}
        assert changed(event.details, "Content.score") == (1e308, MAX_SCORE)
        assert changed(event.details, "Style.criteria[0].points") == (1e308, MAX_SCORE)
    finally:
        _migrate(latest)


def _client(user) -> tuple[APIClient, Client]:
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    web = Client()
    web.force_login(user)
    return api, web


@pytest.mark.django_db
def test_after_the_repair_an_old_rubric_and_its_grades_break_no_list_page_or_csv_for_anyone():
    owner = make_instructor()
    course = make_course(owner)
    assignment = make_assignment(course, sections=BOUNDED)
    submission = create_submission(assignment, make_student(course), text="An answer.")
    record_final_evaluation(submission, {"Content": {"score": 40}, "Style": {"score": 30}, "Spelling": 4}, owner)
    Rubric.objects.filter(assignment=assignment).update(sections=OUT_OF_BOUNDS)  # as saved before the bounds ...
    Evaluation.objects.filter(submission=submission).update(sections=OLD_SCORES, total=math.inf)  # ... and graded

    repair.repair(current_apps, None)

    assert AuditEvent.objects.filter(action="rubric.repaired", target_id=str(assignment.rubric.pk)).count() == 1
    assert AuditEvent.objects.filter(action="evaluation.repaired").count() == 1
    for user in (owner, make_instructor(), make_superuser()):
        api, web = _client(user)
        for url in ("/api/v1/assignments/", "/api/v1/rubrics/", "/api/v1/evaluations/"):
            assert api.get(url).status_code == 200, (user, url)
        if user != owner and not user.is_superuser:
            continue
        for url in (f"/api/v1/rubrics/{assignment.rubric.pk}/", f"/api/v1/assignments/{assignment.pk}/"):
            assert api.get(url).status_code == 200, (user, url)
        for url in (f"/assignments/{assignment.pk}/", f"/assignments/{assignment.pk}/statistics.csv"):
            assert web.get(url).status_code == 200, (user, url)
    assert api.get(f"/api/v1/rubrics/{assignment.rubric.pk}/").json()["max_total"] == 2 * MAX_SCORE + 5
