"""The split of training/ into exports/, training/ and grading/ keeps every row, id and link."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE_SPLIT = [
    ("training", "0007_version_averaged_steps"),
    ("evaluation", "0002_worker_heartbeats"),
    ("exports", None),
    ("grading", None),
]
AFTER_SPLIT = [("training", "0008_exports_and_grading_move_out"), ("evaluation", "0003_export_moved_to_exports_app")]


SPLIT_APPS = ("exports", "training", "grading", "evaluation")


def _migrate(targets):
    """Migrate to ``targets``; the models as they are then (every other app at its newest)."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    others = [node for node in executor.loader.graph.leaf_nodes() if node[0] not in SPLIT_APPS]
    return executor.loader.project_state([*others, *(t for t in targets if t[1])]).apps


def _fill_old_schema(apps) -> dict:
    """One row of every moved model (and of the models that point at them), in the old tables."""
    user = apps.get_model("auth", "User").objects.create(username="root", is_superuser=True)
    course = apps.get_model("gradebook", "Course").objects.create(code="CS1", title="CS")
    student = apps.get_model("gradebook", "Student").objects.create(student_id="s-1", name="Ada")
    assignment = apps.get_model("gradebook", "Assignment").objects.create(course=course, title="A", prompt="Q?")
    submission = apps.get_model("gradebook", "Submission").objects.create(
        assignment=assignment, student=student, text="an answer"
    )
    evaluation = apps.get_model("gradebook", "Evaluation")
    final = evaluation.objects.create(submission=submission, sections={}, total=3, status="final")
    suggested = evaluation.objects.create(submission=submission, sections={}, total=2, status="suggested")
    export = apps.get_model("training", "Export").objects.create(status="ready", requested_by=user, seed=7)
    export.courses.add(course)
    item = apps.get_model("training", "ExportItem").objects.create(
        export=export, evaluation=final, student=student, split="train", pseudonym="p1"
    )
    job = apps.get_model("training", "TrainingJob").objects.create(export=export, base_model="tiny")
    version = apps.get_model("training", "ModelVersion").objects.create(
        label="job1-step3", base_model="tiny", job=job, export=export
    )
    batch = apps.get_model("training", "GradingBatch").objects.create(
        assignment=assignment, total=1, done=1, suggested=1
    )
    attempt = apps.get_model("training", "SuggestionAttempt").objects.create(
        submission=submission, batch=batch, status="suggested", suggestion=suggested
    )
    review = apps.get_model("training", "SuggestionReview").objects.create(
        suggestion=suggested,
        final=final,
        model_version_label="job1-step3",
        accepted_as_is=False,
        total_abs_change=1,
        section_abs_change=1,
    )
    run = apps.get_model("evaluation", "EvaluationRun").objects.create(
        providers=[], source="export", export=export, candidate=version
    )
    return {
        "course": course.pk,
        "export": export.pk,
        "item": item.pk,
        "job": job.pk,
        "version": version.pk,
        "batch": batch.pk,
        "attempt": attempt.pk,
        "review": review.pk,
        "run": run.pk,
        "final": final.pk,
        "suggested": suggested.pk,
    }


@pytest.mark.django_db(transaction=True)
def test_splitting_training_keeps_every_export_job_version_batch_and_suggestion_row():
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    try:
        ids = _fill_old_schema(_migrate(BEFORE_SPLIT))
        apps = _migrate(AFTER_SPLIT)

        export = apps.get_model("exports", "Export").objects.get(pk=ids["export"])
        assert export.seed == 7 and list(export.courses.values_list("pk", flat=True)) == [ids["course"]]
        assert apps.get_model("exports", "ExportItem").objects.get(pk=ids["item"]).export_id == export.pk
        assert apps.get_model("training", "TrainingJob").objects.get(pk=ids["job"]).export_id == export.pk
        version = apps.get_model("training", "ModelVersion").objects.get(pk=ids["version"])
        assert (version.export_id, version.job_id) == (export.pk, ids["job"])
        assert apps.get_model("grading", "GradingBatch").objects.get(pk=ids["batch"]).suggested == 1
        attempt = apps.get_model("grading", "SuggestionAttempt").objects.get(pk=ids["attempt"])
        assert (attempt.batch_id, attempt.suggestion_id) == (ids["batch"], ids["suggested"])
        review = apps.get_model("grading", "SuggestionReview").objects.get(pk=ids["review"])
        assert (review.suggestion_id, review.final_id) == (ids["suggested"], ids["final"])
        run = apps.get_model("evaluation", "EvaluationRun").objects.get(pk=ids["run"])
        assert (run.export_id, run.candidate_id) == (export.pk, ids["version"])
        tables = set(connection.introspection.table_names())
        assert {
            "exports_export",
            "exports_export_courses",
            "exports_exportitem",
            "grading_gradingbatch",
            "grading_suggestionattempt",
            "grading_suggestionreview",
        } <= tables
        assert not {t for t in tables if t in ("training_export", "training_gradingbatch")}
        new_export = apps.get_model("exports", "Export").objects.create(requested_by_id=export.requested_by_id)
        assert new_export.pk > export.pk
    finally:
        _migrate(latest)
