"""Suggestions made before anyone asks: arrivals queue one batch per assignment, the form opens
with the suggestion, one batch runs at a time per assignment, and a promotion makes the
suggestions of the old model stale, recomputed when their form opens."""

import pytest
from django.urls import reverse
from django_q.models import OrmQ

from gradebook.bulk import add_csv_rows
from gradebook.services import create_submission, record_final_evaluation
from grading import precompute
from grading.models import GradingBatch, SuggestionAttempt
from llm.providers import local
from tests.gradebook.factories import make_student
from tests.llm.tiny_model import build_base_model

from .helpers import FINAL, VALID, activate, make_class, scripted_openai

pytestmark = pytest.mark.django_db

CSV = b"student_id,text\n" + b"".join(f"P{n:03d},Light becomes sugar {n}.\n".encode() for n in range(6))


@pytest.fixture(autouse=True)
def quick(settings, tmp_path):
    settings.BASE_MODELS_DIR = tmp_path / "models"  # no base model imported
    settings.PRECOMPUTE_DEBOUNCE_SECONDS = 0
    settings.GRADING_MAX_NEW_TOKENS = 16
    local.release_all_except()
    yield
    local.release_all_except()


def tasks_sent() -> list[str]:
    return [task.name() for task in OrmQ.objects.all()]


def test_a_burst_of_submissions_makes_one_batch_and_one_task_per_assignment(
    settings, django_capture_on_commit_callbacks
):
    _, first, _ = make_class(0)
    _, second, _ = make_class(0)
    with scripted_openai(settings, [VALID]):
        with django_capture_on_commit_callbacks(execute=True):
            add_csv_rows(first, CSV, enroll_unknown=True, by=None)
            add_csv_rows(second, CSV, enroll_unknown=True, by=None)

    batches = GradingBatch.objects.filter(scope=GradingBatch.Scope.PRECOMPUTE)
    assert sorted(batches.values_list("assignment_id", "total")) == [(first.pk, 6), (second.pk, 6)]
    assert sorted(tasks_sent()) == sorted(f"grading-precompute-{batch.pk}" for batch in batches)


def test_the_form_opens_with_the_precomputed_suggestion(client, settings, django_capture_on_commit_callbacks):
    instructor, assignment, _ = make_class(0)
    with scripted_openai(settings, [VALID]):
        with django_capture_on_commit_callbacks(execute=True):
            submission = create_submission(assignment, make_student(assignment.course), text="Light to sugar.")
        batch = GradingBatch.objects.get(scope=GradingBatch.Scope.PRECOMPUTE)
        assert precompute.run(batch.pk)["status"] == GradingBatch.Status.DONE  # what the worker does

    client.force_login(instructor)
    page = client.get(reverse("gradebook:grade_submission", args=[submission.pk])).content.decode()
    assert "suggested by scripted-model" in page and 'name="s0_score" value="8"' in page
    assert 'id="suggestion-stale"' not in page and 'id="suggestion-pending"' not in page


def test_nothing_is_queued_without_a_usable_chain_graded_at_import_or_with_the_setting_off(
    settings, django_capture_on_commit_callbacks
):
    instructor, assignment, _ = make_class(0)
    settings.GRADING_CHAIN = ["active", "retrieval", "openai"]  # nothing active, no base model, no API
    with django_capture_on_commit_callbacks(execute=True):
        create_submission(assignment, make_student(assignment.course), text="No model to grade me.")
    with scripted_openai(settings, [VALID]):
        with django_capture_on_commit_callbacks(execute=True):
            submission = create_submission(assignment, make_student(assignment.course), text="Graded on arrival.")
            record_final_evaluation(submission, FINAL, instructor)
        settings.PRECOMPUTE_SUGGESTIONS = False
        with django_capture_on_commit_callbacks(execute=True):
            create_submission(assignment, make_student(assignment.course), text="Precomputing is off.")
    assert not GradingBatch.objects.exists() and not tasks_sent()


def test_one_batch_runs_at_a_time_per_assignment_and_the_next_follows_it(settings, django_capture_on_commit_callbacks):
    _, assignment, _ = make_class(0)
    with scripted_openai(settings, [VALID]):
        with django_capture_on_commit_callbacks(execute=True):
            create_submission(assignment, make_student(assignment.course), text="First.")
        running = GradingBatch.objects.get()
        GradingBatch.objects.filter(pk=running.pk).update(status=GradingBatch.Status.RUNNING)
        with django_capture_on_commit_callbacks(execute=True):
            create_submission(assignment, make_student(assignment.course), text="Second.")
            create_submission(assignment, make_student(assignment.course), text="Third.")
        queued = GradingBatch.objects.get(status=GradingBatch.Status.QUEUED)
        assert queued.total == 2
        assert precompute.run(queued.pk)["status"].startswith("waiting")

        GradingBatch.objects.filter(pk=running.pk).update(status=GradingBatch.Status.QUEUED)
        OrmQ.objects.all().delete()
        with django_capture_on_commit_callbacks(execute=True):
            precompute.run(running.pk)
        assert tasks_sent() == [f"grading-precompute-{queued.pk}"]  # sent on by the batch that ended
        precompute.run(queued.pk)
    assert set(GradingBatch.objects.values_list("status", flat=True)) == {GradingBatch.Status.DONE}
    assert SuggestionAttempt.objects.filter(status=SuggestionAttempt.Status.SUGGESTED).count() == 3


def test_a_promotion_makes_older_suggestions_stale_and_opening_the_form_recomputes_them(
    client, settings, tmp_path, django_capture_on_commit_callbacks
):
    instructor, assignment, (submission,) = make_class(1)
    with scripted_openai(settings, [VALID]):
        with django_capture_on_commit_callbacks(execute=True):
            precompute.precompute(assignment.pk, [submission.pk])
        precompute.run(GradingBatch.objects.get().pk)
    old = SuggestionAttempt.objects.get()
    assert not old.stale and old.suggestion.model_version_label == "scripted-model"

    settings.GRADING_CHAIN = ["active"]
    activate("tiny-v2", build_base_model(tmp_path / "tiny"))  # a new version grades first
    old.refresh_from_db()
    assert old.stale

    client.force_login(instructor)
    url = reverse("gradebook:grade_submission", args=[submission.pk])
    with django_capture_on_commit_callbacks(execute=True):
        page = client.get(url).content.decode()
    assert 'id="suggestion-stale"' in page and "suggested by scripted-model" in page
    fresh = GradingBatch.objects.get(status=GradingBatch.Status.QUEUED, scope=GradingBatch.Scope.PRECOMPUTE)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(url)  # opening it again queues nothing more
    assert GradingBatch.objects.filter(status=GradingBatch.Status.QUEUED).count() == 1 and fresh.items.count() == 1

    precompute.run(fresh.pk)
    page = client.get(url).content.decode()
    assert "suggested by tiny-v2" in page and 'id="suggestion-stale"' not in page


def test_a_batch_left_waiting_by_one_that_died_is_sent_again(settings, django_capture_on_commit_callbacks):
    _, assignment, _ = make_class(0)
    with scripted_openai(settings, [VALID]):
        with django_capture_on_commit_callbacks(execute=True):
            create_submission(assignment, make_student(assignment.course), text="First.")
        dead = GradingBatch.objects.get()
        GradingBatch.objects.filter(pk=dead.pk).update(status=GradingBatch.Status.RUNNING)
        with django_capture_on_commit_callbacks(execute=True):
            create_submission(assignment, make_student(assignment.course), text="Second.")
        waiting = GradingBatch.objects.get(status=GradingBatch.Status.QUEUED)
        OrmQ.objects.all().delete()
        assert precompute.resend_waiting(older_than_s=0) == 0  # the running one will send it on

        GradingBatch.objects.filter(pk=dead.pk).update(status=GradingBatch.Status.FAILED)  # its worker died
        assert precompute.resend_waiting(older_than_s=0) == 1
    assert tasks_sent() == [f"grading-precompute-{waiting.pk}"]
