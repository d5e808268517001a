"""Evaluation runs: reading holdouts, grading them with models and baselines, the results,
the report page and the API. Runs are executed in-process here; the cluster test runs one
through a real django-q2 worker."""

import json
import re
import shutil
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from evaluation import runs, tasks
from evaluation.baselines import make_baseline
from evaluation.graders import Prediction, build_grader, out_of_bounds, train_pool
from evaluation.holdout import HoldoutError, item_from_messages, read_graded_csv, read_jsonl
from evaluation.models import TOTAL, EvaluationRun, ItemPrediction, ProviderResult
from evaluation.results import provider_results
from exports import services as exports
from llm.gamed_answers import INJECTIONS, NO_ANSWERS, SYNTHETIC
from llm.prompts import HINTS_MARK, GradingTask, answer_in, build_messages, training_example
from llm.providers.similarity import TfidfSimilarity
from llm.rubric import check_scores, validate_rubric
from tests.consent.helpers import make_superuser
from tests.evaluation.builders import make_version, ready_export
from tests.gradebook.factories import SPEECH_RUBRIC, make_instructor
from tests.llm.openai_server import OpenAIServer, ScriptedReply

pytestmark = pytest.mark.django_db

CSV = (
    "question_id,question,reference_answer,student_answer,score_rater1,score_rater2,score_avg\n"
    "1.1,Explain recursion.,a function that calls itself,it calls itself until a base case,5,4,4.5\n"
    "1.1,Explain recursion.,a function that calls itself,#NAME?,0,0,0\n"
    '2.1,What is a stack?,last in first out,"a LIFO list, push and pop",5,5,5\n'
)
BASELINES = [
    {"kind": "global_mean"},
    {"kind": "question_mean"},
    {"kind": "knn"},
    {"kind": "similarity_regression"},
    {"kind": "hint_estimate"},
]


def validation_lines(export):
    path = exports.export_dir(export) / "validation.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_export_lines_are_read_back_into_the_tasks_that_built_them():
    export = ready_export()
    items = read_jsonl(exports.export_dir(export) / "validation.jsonl")
    assert len(items) == export.validation_count > 0
    for item, line in zip(items, validation_lines(export)):
        assert build_messages(item.task) == line["messages"][:2]
        assert item.task.question in ("Explain recursion.", "What is a stack?")
        assert item.total == item.scores["Answer"]["score"]
    assert len({item.group for item in items}) <= 2


def test_a_line_built_by_another_prompt_version_is_refused_with_its_line_number(tmp_path):
    export = ready_export()
    lines = validation_lines(export)
    lines[0]["messages"][0]["content"] = lines[0]["messages"][0]["content"].replace("careful grader", "grader")
    path = tmp_path / "validation.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    with pytest.raises(HoldoutError, match="validation.jsonl line 1: the system message"):
        read_jsonl(path)
    with pytest.raises(HoldoutError, match="three messages"):
        item_from_messages(lines[1]["messages"][:2])


def test_a_line_whose_answer_is_not_delimited_as_data_is_refused_as_built_by_an_older_version():
    messages = validation_lines(ready_export())[0]["messages"]
    answer = answer_in(messages[1]["content"].partition(HINTS_MARK)[0])
    undelimited = messages[1]["content"].split("\n\nStudent answer:", 1)[0] + f"\n\nStudent answer: {answer}"
    with pytest.raises(HoldoutError, match="answer is not delimited: built by an older version"):
        item_from_messages([messages[0], {**messages[1], "content": undelimited}, messages[2]])


def test_a_graded_csv_in_the_import_layout_becomes_holdout_items():
    items = read_graded_csv(CSV.encode())
    assert [item.total for item in items] == [4.5, 0, 5]
    assert items[1].task.answer == "#NAME?", "real dirt is kept"
    assert items[0].task.rubric == [{"name": "Score", "max_score": 5, "criteria": [], "step": 0.5}]
    assert items[0].group == items[1].group != items[2].group


def test_a_csv_with_bad_rows_is_refused_naming_them():
    bad = CSV + "3.1,What is a queue?,,first in first out,5,5,7\n3.2,,,an answer,1,1,1\n"
    with pytest.raises(
        HoldoutError,
        match=r"2 rows cannot be used: line 5: score 7 is not between 0 and 5; "
        r"line 6: empty question",
    ):
        read_graded_csv(bad.encode())
    with pytest.raises(HoldoutError, match="no column 'score_avg'"):
        read_graded_csv(b"question,student_answer\nq,a\n")
    with pytest.raises(HoldoutError, match="not UTF-8"):
        read_graded_csv("question,student_answer,score_avg\nq,caf\xe9,1\n".encode("latin-1"))


def test_baselines_and_an_api_model_grade_every_item_and_store_metrics_per_provider_and_section(settings):
    export = ready_export()
    root = make_superuser("admin2")

    def reply(body):
        answer = answer_in(body["messages"][-1]["content"])
        return ScriptedReply(json.dumps({"Answer": {"score": min(5, len(answer.split()) // 2)}}))

    with OpenAIServer(reply) as server:
        settings.OPENAI_BASE_URL, settings.OPENAI_API_KEY, settings.OPENAI_MODEL = server.base_url, "test-key", "m"
        run = runs.create_run(root, [*BASELINES, "openai"], export=export)
        assert run.total == 6 * export.validation_count and run.status == EvaluationRun.Status.QUEUED
        run = runs.execute(run.pk)
    assert run.status == EvaluationRun.Status.SUCCEEDED, run.error
    assert run.done == run.total and run.finished_at is not None
    assert ItemPrediction.objects.filter(item__run=run).count() == run.total
    totals = {r.provider: r.metrics for r in ProviderResult.objects.filter(run=run, section=TOTAL)}
    assert list(totals) == ["global_mean", "question_mean", "knn", "similarity_regression", "hint_estimate", "openai"]
    assert set(ProviderResult.objects.filter(run=run).exclude(section=TOTAL).values_list("section", flat=True)) == {
        "Answer"
    }
    for metrics in totals.values():
        assert metrics["valid_rate"] == 1.0 and metrics["oob_rate"] == 0.0 and metrics["n"] == export.validation_count
        assert metrics["mae"] is not None and metrics["latency_p50_ms"] is not None
    train = read_jsonl(exports.export_dir(export) / "train.jsonl")
    mean = round(sum(item.total for item in train) / len(train), 2)
    assert set(
        ItemPrediction.objects.filter(item__run=run, provider="global_mean").values_list("total", flat=True)
    ) == {mean}
    assert runs.execute(run.pk).finished_at == run.finished_at, "a finished run is not run again"


def test_a_reply_out_of_bounds_counts_and_is_retried_as_in_grading(settings):
    export = ready_export()

    def reply(body):
        retry = "could not be used" in body["messages"][-1]["content"]
        return ScriptedReply('{"Answer": {"score": 4}}' if retry else '{"Answer": {"score": 9}}')

    with OpenAIServer(reply) as server:
        settings.OPENAI_BASE_URL, settings.OPENAI_API_KEY, settings.OPENAI_MODEL = server.base_url, "test-key", "m"
        run = runs.execute(runs.create_run(make_superuser("admin2"), ["openai"], export=export).pk)
        assert len(server.requests) == 2 * export.validation_count
    metrics = ProviderResult.objects.get(run=run, provider="openai", section=TOTAL).metrics
    assert metrics["valid_rate"] == 1.0 and metrics["oob_rate"] == 1.0
    prediction = ItemPrediction.objects.filter(item__run=run).first()
    assert prediction.total == 4 and prediction.out_of_bounds and '"score": 9' in prediction.reply
    assert out_of_bounds([{"name": "Answer", "max_score": 5}], '{"answer": -1}')
    assert not out_of_bounds([{"name": "Answer", "max_score": 5}], "no JSON here")


def test_local_models_grade_every_answer_with_scores_read_off_their_probabilities(settings, tiny):
    base, adapter = tiny
    settings.BASE_MODEL = str(base)
    export = ready_export()
    version = make_version("tiny-v1", base, adapter, export=export)
    run = runs.execute(
        runs.create_run(
            make_superuser("admin2"),
            [{"kind": "version", "version": version.pk}, "base", "retrieval", "global_mean"],
            export=export,
        ).pk
    )
    assert run.status == EvaluationRun.Status.SUCCEEDED, run.error
    totals = {r.provider: r for r in ProviderResult.objects.filter(run=run, section=TOTAL)}
    assert list(totals) == [f"version:{version.pk}", "base", "retrieval", "global_mean"]
    assert totals[f"version:{version.pk}"].label == "tiny-v1 (fine-tuned)"
    for key in (f"version:{version.pk}", "base", "retrieval"):
        metrics = totals[key].metrics
        # A tiny random model writes noise, yet each answer gets a valid expected score.
        assert metrics["items"] == metrics["n"] == export.validation_count
        assert metrics["valid_rate"] == 1.0 and metrics["oob_rate"] == 0.0 and metrics["mae"] is not None
        assert metrics["latency_p95_ms"] > 0
    predictions = ItemPrediction.objects.filter(item__run=run, provider="base")
    assert all(0 <= p.total <= 5 and p.error == "" for p in predictions)


def test_a_version_trained_with_hints_grades_with_the_hints_of_its_training_prompts(tiny, monkeypatch):
    base, adapter = tiny
    monkeypatch.setattr("llm.providers.hints.MIN_ESTIMATOR_ROWS", 2)  # the ~8 train answers fit an estimator
    export = ready_export(hint_neighbours=2, validation_ratio=0.3)
    assert export.manifest["hints"]["estimator"]
    items = read_jsonl(exports.export_dir(export) / "validation.jsonl")
    assert items and all(HINTS_MARK not in item.task.answer for item in items)
    version = make_version("tiny-hinted", base, adapter, export=export)
    grader = build_grader({"kind": "version", "version": version.pk}, [], TfidfSimilarity())
    for item, line in zip(items, validation_lines(export)):
        assert "\nEstimate from these numbers: " in line["messages"][1]["content"]
        assert grader.provider.prompt(item.task) == line["messages"][:2]  # rebuilt from its own train split
    run = runs.execute(
        runs.create_run(make_superuser("admin2"), [{"kind": "version", "version": version.pk}], export=export).pk
    )
    assert run.status == EvaluationRun.Status.SUCCEEDED, run.error
    metrics = ProviderResult.objects.get(run=run, section=TOTAL).metrics
    assert metrics["n"] == export.validation_count and metrics["valid_rate"] == 1.0


def test_a_version_without_hints_grades_without_reading_its_exports_files(tiny):
    base, adapter = tiny
    export = ready_export()
    version = make_version("tiny-plain", base, adapter, export=export)
    shutil.rmtree(exports.export_dir(export))
    grader = build_grader({"kind": "version", "version": version.pk}, [], TfidfSimilarity())
    task = GradingTask(rubric=[{"name": "Answer", "max_score": 5, "criteria": []}], question="q", answer="a")
    assert grader.provider.prompt(task) == build_messages(task)


def test_the_nearest_answers_baselines_weigh_as_many_answers_as_the_exports_hints_show_a_model(settings):
    settings.SIMILARITY = "tfidf"
    export = ready_export(hint_neighbours=1, validation_ratio=0.3)
    run = runs.execute(runs.create_run(make_superuser("admin2"), [{"kind": "knn"}], export=export).pk)
    assert run.status == EvaluationRun.Status.SUCCEEDED, run.error
    pool, items = read_jsonl(exports.export_dir(export) / "train.jsonl"), runs.holdout_items(run)
    nearest_one = make_baseline("knn", TfidfSimilarity(), neighbours=1).fit(pool)
    nearest_five = make_baseline("knn", TfidfSimilarity()).fit(pool)
    predicted = {p.item.index: p.total for p in ItemPrediction.objects.filter(item__run=run).select_related("item")}

    def totals(baseline):
        return {i: check_scores(item.task.rubric, baseline.predict(item.task))[1] for i, item in enumerate(items)}

    assert predicted == totals(nearest_one)
    # On the rubric's grid one and five neighbours may round to the same totals for this data;
    # the run's baseline is the one-neighbour one either way.
    assert (nearest_one.k, nearest_five.k) == (1, 5)


def test_a_csv_holdout_takes_its_examples_from_the_exports_train_split():
    export = ready_export()
    run = runs.execute(
        runs.create_run(
            make_superuser("admin2"), BASELINES, export=export, csv_data=CSV.encode(), csv_name="dev.csv"
        ).pk
    )
    assert run.source == EvaluationRun.Source.CSV and run.items.count() == 3
    assert run.status == EvaluationRun.Status.SUCCEEDED, run.error
    knn = ProviderResult.objects.get(run=run, provider="knn", section=TOTAL).metrics
    assert (knn["n"], knn["not_applicable"]) == (0, 3), "the export never graded these questions"
    assert ProviderResult.objects.get(run=run, provider="global_mean", section=TOTAL).metrics["n"] == 3


@pytest.mark.parametrize(
    "providers, kwargs, message",
    [
        ([], {}, "Choose at least one provider"),
        (["magic"], {}, "Unknown provider 'magic'"),
        ([{"kind": "version", "version": 999}], {}, "model version 999 does not exist"),
        (["openai"], {}, "set OPENAI_BASE_URL and OPENAI_MODEL"),
        (["knn"], {"csv": True}, "take their examples from an export's train split"),
        (["global_mean"], {}, "Choose a holdout"),
    ],
)
def test_bad_requests_are_refused_and_nothing_is_created(providers, kwargs, message):
    csv_data = CSV.encode() if kwargs.get("csv") else None
    with pytest.raises(ValidationError, match=message):
        runs.create_run(make_superuser(), providers, csv_data=csv_data)
    assert not EvaluationRun.objects.exists()


def test_an_export_holding_withdrawn_work_cannot_be_a_holdout():
    export = ready_export()
    export.contains_withdrawn = True
    export.save()
    with pytest.raises(ValidationError, match="consent was withdrawn"):
        runs.create_run(make_superuser("admin2"), BASELINES, export=export)


def test_only_staff_start_runs():
    with pytest.raises(PermissionDenied):
        runs.create_run(make_instructor(), BASELINES, csv_data=CSV.encode())


def test_the_report_page_shows_the_table_plots_and_disagreements_to_staff_only(client):
    export = ready_export()
    root = make_superuser("admin2")
    run = runs.execute(runs.create_run(root, BASELINES, export=export).pk)
    client.force_login(make_instructor())
    assert client.get(reverse("evaluation:run_detail", args=[run.pk])).status_code == 404
    assert client.get(reverse("evaluation:run_plot", args=[run.pk, "scatter"])).status_code == 404
    client.force_login(root)
    page = client.get(reverse("evaluation:run_detail", args=[run.pk])).content.decode()
    assert "Per-question mean" in page and "Where the providers disagree most" in page
    assert 'data-provider="similarity_regression"' in page
    for name in ("scatter", "errors", "sections"):
        response = client.get(reverse("evaluation:run_plot", args=[run.pk, name]))
        assert response["Content-Type"] == "image/png" and response.content.startswith(b"\x89PNG")
    assert client.get(reverse("evaluation:run_plot", args=[run.pk, "nope"])).status_code == 404
    assert f"#{run.pk}" in client.get(reverse("evaluation:run_list")).content.decode()


def test_a_run_started_from_the_page_with_an_uploaded_csv(client):
    export = ready_export()
    client.force_login(make_superuser("admin2"))
    response = client.post(
        reverse("evaluation:run_create"),
        {
            "providers": ["global_mean", "question_mean"],
            "export": export.pk,
            "max_score": 5,
            "csv_file": SimpleUploadedFile("dev.csv", CSV.encode(), content_type="text/csv"),
        },
    )
    run = EvaluationRun.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("evaluation:run_detail", args=[run.pk])
    assert run.csv_name == "dev.csv" and run.items.count() == 3
    bad = client.post(
        reverse("evaluation:run_create"),
        {
            "providers": ["knn"],
            "max_score": 5,
            "csv_file": SimpleUploadedFile("dev.csv", CSV.encode(), content_type="text/csv"),
        },
    )
    assert bad.status_code == 200 and "choose an export" in bad.content.decode()
    assert EvaluationRun.objects.count() == 1


def test_the_api_starts_runs_and_reads_results_for_staff_only():
    export = ready_export()
    api = APIClient()
    api.force_authenticate(make_instructor())
    assert api.get("/api/v1/evaluation-runs/").status_code == 403
    api.force_authenticate(make_superuser("admin2"))
    created = api.post("/api/v1/evaluation-runs/", {"providers": BASELINES[:2], "export": export.pk}, format="json")
    assert created.status_code == 201, created.content
    assert created.json()["status"] == "queued" and created.json()["total"] == 2 * export.validation_count
    upload = api.post(
        "/api/v1/evaluation-runs/",
        {"providers": '["global_mean"]', "export": export.pk, "csv": _upload()},
        format="multipart",
    )
    assert upload.status_code == 201, upload.content
    assert upload.json()["source"] == "csv"
    refused = api.post("/api/v1/evaluation-runs/", {"providers": ["nonsense"], "export": export.pk}, format="json")
    assert refused.status_code == 400 and "Unknown provider" in refused.content.decode()
    held = api.post(
        "/api/v1/evaluation-runs/", {"providers": ["knn"], "export": export.pk, "unseen_questions": 1}, format="json"
    )
    assert held.status_code == 201 and held.json()["unseen_questions"] == 1 and len(held.json()["held_out_groups"]) == 1
    too_many = api.post(
        "/api/v1/evaluation-runs/", {"providers": ["knn"], "export": export.pk, "unseen_questions": 5}, format="json"
    )
    assert too_many.status_code == 400 and "hold out fewer" in too_many.json()["unseen_questions"][0]
    runs.execute(created.json()["id"])
    detail = api.get(f"/api/v1/evaluation-runs/{created.json()['id']}/").json()
    assert detail["status"] == "succeeded" and detail["done"] == detail["total"]
    total = next(r for r in detail["results"] if r["provider"] == "question_mean" and r["section"] == "")
    assert {
        "mae",
        "mae_ci",
        "rmse",
        "pearson",
        "qwk",
        "qwk_ci",
        "exact",
        "valid_rate",
        "oob_rate",
        "latency_p50_ms",
        "latency_p95_ms",
    } <= set(total["metrics"])


def _upload():
    return SimpleUploadedFile("holdout.csv", CSV.encode(), content_type="text/csv")


def test_rubrics_with_several_sections_and_criteria_get_results_per_section_and_total():
    rubric = validate_rubric(SPEECH_RUBRIC)
    task = GradingTask(rubric=rubric, question="Give a speech.", answer="Friends, ...", kind="speech_transcript")
    human = [
        {"Content": {"score": 30, "criteria": {"Argument": 20, "Evidence": 10}}, "Delivery": 20},
        {"Content": {"score": 10, "criteria": {"Argument": 5, "Evidence": 5}}, "Delivery": 30},
    ]
    items = []
    for scores in human:
        canonical, _ = check_scores(rubric, scores)
        items.append(item_from_messages(training_example(task, canonical)["messages"]))
    assert items[0].task == task and items[0].total == 50 and items[0].max_total == 70
    predictions = [
        Prediction(*check_scores(rubric, {"Content": 25, "Delivery": 20}), latency_ms=5),
        Prediction(None, None, latency_ms=7, error="invalid reply"),
    ]
    results = provider_results(items, predictions, step=1, samples=20)
    assert set(results) == {TOTAL, "Content", "Delivery"}
    assert results[TOTAL]["n"] == 1 and results[TOTAL]["mae"] == 5 and results[TOTAL]["valid_rate"] == 0.5
    assert results["Content"]["mae"] == 5 and results["Delivery"]["mae"] == 0
    assert results["Delivery"]["latency_p50_ms"] == 6.0


def test_a_run_whose_worker_went_silent_is_failed_and_a_live_one_is_left_alone(settings):
    settings.WORKER_STALE_AFTER_SECONDS = 600
    export = ready_export()
    root = make_superuser("admin-silent")
    silent, live = (runs.create_run(root, ["global_mean"], export=export) for _ in range(2))
    now = timezone.now()
    EvaluationRun.objects.filter(pk=silent.pk).update(
        status="running", started_at=now - timedelta(hours=2), heartbeat_at=now - timedelta(seconds=601)
    )
    EvaluationRun.objects.filter(pk=live.pk).update(
        status="running", started_at=now - timedelta(hours=2), heartbeat_at=now - timedelta(seconds=30)
    )

    assert tasks.fail_silent_runs() == {"failed": 1, "resent": 0}
    silent.refresh_from_db()
    live.refresh_from_db()
    assert silent.status == "failed" and "went silent for over 600 s" in silent.error and silent.finished_at
    assert live.status == "running" and live.error == ""


def test_a_worker_writes_its_heartbeat_as_it_grades(settings):
    settings.EVALUATION_CHUNK_SIZE = 2
    started = timezone.now()
    run = runs.execute(runs.create_run(make_superuser("admin-beat"), ["global_mean"], export=ready_export()).pk)
    assert run.status == "succeeded" and run.heartbeat_at >= run.started_at >= started


def test_staff_who_may_not_download_the_export_see_a_run_s_metrics_but_not_its_answers(client):
    export = ready_export()
    run = runs.execute(runs.create_run(make_superuser("admin2"), BASELINES, export=export).pk)
    answer = run.items.first().answer
    staff = make_instructor()
    staff.is_staff = True
    staff.save()
    client.force_login(staff)
    page = client.get(reverse("evaluation:run_detail", args=[run.pk])).content.decode()
    assert "Per-question mean" in page
    assert "Where the providers disagree most" not in page and answer not in page
    assert "only super-admins may read" in page


def test_made_up_gamed_answers_train_a_model_but_are_never_examples_hints_or_baseline_data():
    export = ready_export(gamed_examples=5)
    lines = [json.loads(line) for line in (exports.export_dir(export) / "train.jsonl").read_text().splitlines()]
    made_up = [line for line in lines if line["pseudonym"] == SYNTHETIC]
    assert made_up and len(lines) == export.train_count
    pool = train_pool(export)
    assert len(pool) == len(lines) - len(made_up)
    assert not any(item.task.answer in NO_ANSWERS or _holds_an_injection(item.task.answer) for item in pool)


def _holds_an_injection(answer: str) -> bool:
    """Whether ``answer`` holds the longest fixed text of one of the training injections."""
    for template in INJECTIONS:
        pieces = re.split(r"\{answer\}|\{max\}", template.replace("{{", "{").replace("}}", "}"))
        if max(pieces, key=len).strip() in answer:
            return True
    return False


def test_a_run_reports_comment_metrics_and_label_agreement_beside_the_scores(settings, tiny):
    base, adapter = tiny
    settings.SIMILARITY = "tfidf"
    export = ready_export(comments=True)
    version = make_version("tiny-v1", base, adapter, export=export)
    run = runs.execute(
        runs.create_run(
            make_superuser("admin2"),
            [{"kind": "version", "version": version.pk}, "nearest_comment", "label_comment"],
            export=export,
        ).pk
    )
    assert run.status == EvaluationRun.Status.SUCCEEDED, run.error
    totals = {r.provider: r.metrics for r in ProviderResult.objects.filter(run=run, section=TOTAL)}
    for metrics in totals.values():
        assert metrics["comment_n"] == export.validation_count, "every instructor wrote a comment"
        assert 0 <= metrics["label_agreement"] <= 1 and 0 <= metrics["comment_rouge_l"] <= 1
    # A tiny random model writes noise: no reply parses, so no comment survives the readout.
    tiny_model = totals[f"version:{version.pk}"]
    assert (tiny_model["empty_comment_rate"], tiny_model["comment_rouge_l"], tiny_model["comment_similarity"]) == (
        1.0,
        0.0,
        0.0,
    )
    # Copied instructor comments overlap the right ones; how much depends on the split, which follows
    # the pseudonyms of the students the test database has made so far.
    copied = totals["nearest_comment"]
    assert copied["empty_comment_rate"] == 0.0 and copied["comment_rouge_l"] > 0
    assert (
        ItemPrediction.objects.filter(item__run=run, provider="label_comment").exclude(scores=None).count()
        == export.validation_count
    )
    page = _staff_client(run).get(reverse("evaluation:run_detail", args=[run.pk])).content.decode()
    assert "Comment ROUGE-L" in page and "Label agreement" in page
    assert "Partly right" in page or "Complete." in page, "the instructor's comment beside the providers'"


def test_questions_held_out_of_the_examples_make_per_question_baselines_not_applicable():
    export = ready_export()
    run = runs.execute(
        runs.create_run(make_superuser("admin2"), BASELINES + ["nearest_comment"], export=export, unseen_questions=1).pk
    )
    assert run.status == EvaluationRun.Status.SUCCEEDED, run.error
    assert len(run.held_out_groups) == 1
    unseen_items = run.items.filter(group__in=run.held_out_groups).count()
    assert 0 < unseen_items < run.items.count()
    totals = {r.provider: r.metrics for r in ProviderResult.objects.filter(run=run, section=TOTAL)}
    for key in ("question_mean", "knn"):
        assert totals[key]["not_applicable"] == unseen_items
        assert totals[key]["unseen"]["n"] == 0 and totals[key]["unseen"]["mae"] is None
        assert totals[key]["seen"]["n"] == run.items.count() - unseen_items
        assert set(
            ItemPrediction.objects.filter(item__run=run, provider=key, not_applicable=True).values_list(
                "item__group", flat=True
            )
        ) == set(run.held_out_groups)
    for key in ("global_mean", "similarity_regression", "hint_estimate", "nearest_comment"):
        assert totals[key]["not_applicable"] == 0 and totals[key]["unseen"]["n"] == unseen_items
    page = _staff_client(run).get(reverse("evaluation:run_detail", args=[run.pk])).content.decode()
    assert "Questions unseen in the examples" in page and "not applicable" in page


def test_holding_out_every_question_is_refused():
    export = ready_export()
    questions = len({item.group for item in read_jsonl(exports.export_dir(export) / "validation.jsonl")})
    with pytest.raises(ValidationError, match=f"The holdout has {questions} question"):
        runs.create_run(make_superuser("admin2"), BASELINES, export=export, unseen_questions=questions)


def _staff_client(run):
    client = APIClient()
    client.force_login(run.created_by)
    return client
