"""Scheduled retraining: the schedule is created once, and when enough new consented final
evaluations exist it files an export request, and nothing more."""

import pytest
from django_q.models import Schedule

from consent.models import AuditEvent
from evaluation import retraining, schedules, tasks
from exports import services as exports
from exports.models import Export, ExportItem
from tests.consent.helpers import consent, graded, make_superuser, publish_forms
from tests.gradebook.factories import make_assignment, make_course, make_student
from training.models import ModelVersion, TrainingJob

pytestmark = pytest.mark.django_db


def grade_answers(count: int, consenting: bool = True):
    course = make_course()
    assignment = make_assignment(course)
    for n in range(count):
        student = make_student(course)
        if consenting:
            consent(student)
        graded(assignment, student, f"answer {n}", score=n % 5)


@pytest.fixture
def school(settings):
    settings.RETRAIN_MIN_NEW_EVALUATIONS = 3
    publish_forms()
    return make_superuser()


def test_setup_creates_the_retraining_check_and_the_silent_run_check_once(settings):
    settings.RETRAIN_CHECK_MINUTES = 30
    assert schedules.ensure_schedules() == [(schedules.RETRAINING_CHECK, True), (schedules.SILENT_RUNS, True)]
    settings.RETRAIN_CHECK_MINUTES = 15
    assert schedules.ensure_schedules() == [(schedules.RETRAINING_CHECK, False), (schedules.SILENT_RUNS, False)]
    schedule = Schedule.objects.get(name=schedules.RETRAINING_CHECK)
    assert (schedule.func, schedule.schedule_type, schedule.minutes, schedule.repeats) == (
        "evaluation.tasks.check_retraining",
        Schedule.MINUTES,
        15,
        -1,
    )
    assert Schedule.objects.get(name=schedules.SILENT_RUNS).func == "evaluation.tasks.fail_silent_runs"


def test_too_few_new_consented_evaluations_file_nothing(school):
    grade_answers(2)
    grade_answers(5, consenting=False)
    result = tasks.check_retraining()
    assert result == {
        "new_evaluations": 2,
        "needed": 3,
        "export": None,
        "reason": "2 new consented final evaluations; 3 are needed.",
    }
    assert not Export.objects.exists()


def test_enough_new_evaluations_file_an_export_request_and_nothing_more(school):
    grade_answers(3)
    result = tasks.check_retraining()
    export = Export.objects.get()
    assert result["export"] == export.pk and export.status == Export.Status.REQUESTED
    assert export.requested_by == school and export.decided_by is None
    assert not ExportItem.objects.exists() and not exports.export_dir(export).exists()
    assert not TrainingJob.objects.exists() and not ModelVersion.objects.exists()
    assert list(AuditEvent.objects.filter(action__startswith="export.").values_list("action", flat=True)) == [
        "export.requested"
    ]
    again = tasks.check_retraining()
    assert again["export"] is None and "still requested" in again["reason"]
    assert Export.objects.count() == 1


def test_after_a_build_only_evaluations_graded_since_count(school):
    grade_answers(3)
    export = Export.objects.get(pk=tasks.check_retraining()["export"])
    Export.objects.filter(pk=export.pk).update(hint_neighbours=3)
    exports.approve(export, school)
    exports.build(export.pk)
    assert retraining.check().reason == "0 new consented final evaluations; 3 are needed."
    grade_answers(3)
    filed = retraining.check().export
    assert filed is not None and filed.validation_ratio == export.validation_ratio and filed.seed == export.seed
    assert filed.hint_neighbours == 3  # the next model is trained on the same kind of prompt


def test_a_rejected_request_is_not_filed_again_until_more_work_is_graded(school):
    grade_answers(3)
    exports.reject(Export.objects.get(pk=tasks.check_retraining()["export"]), school, "not now")
    assert retraining.check().export is None
    grade_answers(3)
    assert retraining.check().export is not None


def test_the_request_is_filed_in_the_name_of_the_configured_super_admin(school, settings):
    other = make_superuser("second")
    settings.RETRAIN_REQUESTED_BY = "second"
    grade_answers(3)
    assert retraining.check().export.requested_by == other
    settings.RETRAIN_REQUESTED_BY = "nobody"
    Export.objects.all().delete()
    assert "No active super-admin" in retraining.check().reason
