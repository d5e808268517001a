import hashlib
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from rest_framework.test import APIClient

from consent import services as consent_services
from consent.models import AuditEvent, ConsentForm, ConsentRecord, Purpose
from exports import services as exports
from exports import tasks
from exports.anonymizer import pseudonym
from exports.models import MAX_HINT_NEIGHBOURS, Export
from llm.gamed_answers import NO_ANSWERS
from llm.prompts import ANSWER_CLOSE, ANSWER_MARK, HINTS_FORMAT, HINTS_MARK, PROMPT_FORMAT
from tests.consent.helpers import consent, graded, make_superuser, publish_forms
from tests.gradebook.factories import make_assignment, make_course, make_instructor, make_student
from tests.topics import TOPICS

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def export_dir(settings, tmp_path):
    settings.EXPORT_DIR = tmp_path / "exports"
    settings.EXPORT_PROGRESS_EVERY = 2
    return settings.EXPORT_DIR


def _files(export):
    folder = exports.export_dir(export)
    return {name: (folder / name).read_bytes() for name in exports.FILES}


def _lines(export):
    files = _files(export)
    return {
        split: [json.loads(line) for line in files[f"{split}.jsonl"].splitlines()] for split in ("train", "validation")
    }


def _build(root, **filters):
    filters.setdefault("gamed_examples", 0)  # the rows exported, without the synthetic gamed answers
    export = exports.request_export(root, **filters)
    exports.approve(export, root)
    return tasks.build_export(export.pk) and Export.objects.get(pk=export.pk)


def _answer_of(example):
    user = example["messages"][-2]["content"]
    return user.split(ANSWER_MARK, 1)[1].replace(f"\n{ANSWER_CLOSE}", "", 1)  # the answer, then any hints


def test_consent_matrix_exports_exactly_the_right_rows_and_fields():
    root = make_superuser()
    publish_forms()
    consenting_grader, silent_grader = make_instructor(), make_instructor()
    consent_services.grant(consenting_grader, ConsentRecord.Method.INSTRUCTOR_PAGE, consenting_grader)
    course = make_course(consenting_grader)
    course.instructors.add(silent_grader)
    assignment = make_assignment(course)
    students = {key: make_student(course) for key in ["none", "granted", "withdrawn", "old", "other", "silent"]}
    consent(students["old"])
    consent_services.publish_form(ConsentForm.Kind.STUDENT, "Student consent v2", "Updated wording.")
    research = consent_services.publish_form(
        ConsentForm.Kind.STUDENT, "Research", "Research use.", purpose=Purpose.RESEARCH
    )
    ConsentRecord.objects.create(form=research, student=students["other"], method=ConsentRecord.Method.API)
    for key in ["granted", "withdrawn", "silent"]:
        consent(students[key])
    consent_services.withdraw(students["withdrawn"], ConsentRecord.Method.API)
    for key, student in students.items():
        grader = silent_grader if key == "silent" else consenting_grader
        graded(assignment, student, f"answer from {key}", grader, comment=f"comment for {key}")

    export = _build(root, validation_ratio=0)
    examples = _lines(export)["train"]
    assert sorted(_answer_of(e) for e in examples) == ["answer from granted", "answer from silent"]
    replies = {_answer_of(e): json.loads(e["messages"][-1]["content"]) for e in examples}
    assert replies["answer from granted"] == {"Answer": {"score": 3, "comment": "comment for granted"}}
    assert replies["answer from silent"] == {"Answer": {"score": 3}}
    assert [m["role"] for m in examples[0]["messages"]] == ["system", "user", "assistant"]
    assert "Rubric:" in examples[0]["messages"][0]["content"]
    manifest = json.loads(_files(export)["manifest.json"])
    assert manifest["counts"] == {
        "candidates": 6,
        "exported": 2,
        "train": 2,
        "validation": 0,
        "excluded_no_consent": 4,
        "comments_dropped_no_instructor_consent": 1,
    }
    assert export.excluded_no_consent == 4 and export.comments_dropped == 1


def test_export_files_hold_no_names_emails_phones_or_ids_of_the_course():
    root = make_superuser()
    publish_forms()
    instructor = get_user_model().objects.create_user("prof", first_name="Ottilie", last_name="Vandersloot")
    consent_services.grant(instructor, ConsentRecord.Method.API, instructor)
    course = make_course(instructor)
    assignment = make_assignment(course)
    people = [
        ("Tobias Quennell", "TQ-2031", "tq@uni.example.edu"),
        ("Annika Brightwater-Fenn", "AB7720", "annika@x.org"),
        ("Siobhan O'Leary", "SOL2025", "siobhan.oleary@mail.com"),
    ]
    students = [make_student(course, sid, name) for name, sid, _ in people]
    for (name, sid, email), student in zip(people, students):
        first, last = name.split(" ", 1)
        student.email = email
        student.save()
        consent(student)
        others = [p[0] for p in people if p[0] != name]
        graded(
            assignment,
            student,
            f"I am {name} ({sid}), mail {email} or call +1 (617) 555-0{len(name):03d}. {last}'s idea came from "
            f"{others[0].split()[0].upper()} and {others[1].lower()}; see https://example.edu/~{first.lower()}.",
            instructor,
            comment=f"Good work {first}! Ask Professor Vandersloot or {others[0]}.",
        )
    export = _build(root, courses=[course], validation_ratio=0.5)
    blob = b"".join(_files(export).values()).decode().lower()
    forbidden = {"ottilie", "vandersloot", "617", "https", "example.edu"}
    for name, sid, email in people:
        forbidden |= {part.lower() for part in re.split(r"[ \-]", name)} | {sid.lower(), email.lower()}
    assert sorted(word for word in forbidden if re.search(rf"(?<![\w.-]){re.escape(word)}(?![\w-])", blob)) == []
    assert blob.count("[student]") >= 3 and "[instructor]" in blob and "[name]" in blob


def test_no_pseudonym_lands_on_both_sides_and_the_same_seed_gives_identical_files():
    root = make_superuser()
    publish_forms()
    course = make_course()
    assignments = [make_assignment(course) for _ in range(3)]
    for n in range(24):
        student = make_student(course)
        consent(student)
        for assignment in assignments:
            graded(assignment, student, f"answer {n} for {assignment.pk}")
    first = _build(root, validation_ratio=0.3, seed=7)
    lines = _lines(first)
    train = {e["pseudonym"] for e in lines["train"]}
    validation = {e["pseudonym"] for e in lines["validation"]}
    assert train and validation and not train & validation
    assert len(lines["train"]) + len(lines["validation"]) == 72
    assert all(pseudonym(s.student_id, "x") not in train for s in course.students.all())

    again = _build(root, validation_ratio=0.3, seed=7)
    other_seed = _build(root, validation_ratio=0.3, seed=8)
    for name in exports.DATA_FILES:
        assert _files(again)[name] == _files(first)[name]
        assert (
            json.loads(_files(first)["manifest.json"])["files"][name]["sha256"]
            == hashlib.sha256(_files(first)[name]).hexdigest()
        )
    assert _files(other_seed)["validation.jsonl"] != _files(first)["validation.jsonl"]


def test_a_requested_or_rejected_export_produces_nothing():
    root = make_superuser()
    publish_forms()
    course = make_course()
    student = make_student(course)
    consent(student)
    graded(make_assignment(course), student, "an answer")
    waiting = exports.request_export(root)
    rejected = exports.reject(exports.request_export(root), root, "not now")
    for export in (waiting, rejected):
        tasks.build_export(export.pk)
        export.refresh_from_db()
        assert export.rows_done == 0 and not export.items.exists()
        assert not exports.export_dir(export).exists()
        with pytest.raises(exports.ExportError):
            exports.export_file(export, "train.jsonl", root)
    assert waiting.status == "requested" and rejected.status == "rejected"


def test_an_instructor_cannot_request_approve_or_download_an_export_through_the_api():
    root = make_superuser()
    instructor = make_instructor()
    api = APIClient()
    api.force_authenticate(instructor)
    assert api.post("/api/v1/exports/", {"validation_ratio": 0.2}, format="json").status_code == 403
    export = exports.request_export(root)
    assert api.get("/api/v1/exports/").status_code == 403
    assert api.post(f"/api/v1/exports/{export.pk}/approve/").status_code == 403
    exports.approve(export, root)
    exports.build(export.pk)
    assert api.get(f"/api/v1/exports/{export.pk}/files/train.jsonl/").status_code == 403
    assert Export.objects.count() == 1
    assert not AuditEvent.objects.filter(action="export.downloaded").exists()


def test_a_super_admin_drives_an_export_through_the_api_and_downloads_are_audited():
    root = make_superuser()
    publish_forms()
    course = make_course()
    student = make_student(course)
    consent(student)
    graded(make_assignment(course), student, "an answer")
    api = APIClient()
    api.force_authenticate(root)
    too_many = api.post("/api/v1/exports/", {"hint_neighbours": MAX_HINT_NEIGHBOURS + 1}, format="json")
    assert too_many.status_code == 400 and "hint_neighbours" in too_many.json()
    created = api.post(
        "/api/v1/exports/",
        {"courses": [course.pk], "validation_ratio": 0, "seed": 3, "hint_neighbours": 4},
        format="json",
    )
    assert created.status_code == 201 and created.json()["status"] == "requested"
    assert created.json()["hint_neighbours"] == 4
    pk = created.json()["id"]
    assert api.post(f"/api/v1/exports/{pk}/approve/").json()["status"] == "approved"
    assert api.post(f"/api/v1/exports/{pk}/approve/").status_code == 409
    exports.build(pk)
    body = api.get(f"/api/v1/exports/{pk}/").json()
    assert body["status"] == "ready" and body["rows_done"] == body["rows_total"] == 1
    download = api.get(f"/api/v1/exports/{pk}/files/train.jsonl/")
    assert download.status_code == 200 and b"an answer" in b"".join(download.streaming_content)
    assert api.get(f"/api/v1/exports/{pk}/files/secrets.txt/").status_code == 404
    assert list(
        AuditEvent.objects.filter(action__startswith="export.").order_by("id").values_list("action", flat=True)
    ) == ["export.requested", "export.approved", "export.built", "export.downloaded"]


def test_an_instructor_cannot_reach_the_export_admin_pages(client):
    root = make_superuser()
    staff_instructor = make_instructor()
    staff_instructor.is_staff = True
    staff_instructor.save()
    export = exports.request_export(root)
    exports.approve(export, root)
    exports.build(export.pk)
    client.force_login(staff_instructor)
    assert client.get("/admin/exports/export/").status_code == 403
    assert client.get("/admin/exports/export/add/").status_code == 403
    assert client.post("/admin/exports/export/add/", {"validation_ratio": 0.1, "seed": 1}).status_code == 403
    response = client.post("/admin/exports/export/", {"action": "approve_exports", "_selected_action": [export.pk]})
    assert response.status_code == 403
    assert client.get(f"/admin/exports/export/{export.pk}/download/train.jsonl/").status_code == 403
    assert Export.objects.count() == 1
    assert not AuditEvent.objects.filter(action="export.downloaded").exists()


def test_a_super_admin_requests_and_approves_in_the_admin_and_sees_progress(client):
    root = make_superuser()
    client.force_login(root)
    assert 'name="hint_neighbours" value="0"' in client.get("/admin/exports/export/add/").text
    response = client.post(
        "/admin/exports/export/add/", {"validation_ratio": 0.2, "seed": 5, "hint_neighbours": 5, "gamed_examples": 2}
    )
    assert response.status_code == 302
    export = Export.objects.get()
    assert export.requested_by == root and export.status == "requested" and export.hint_neighbours == 5
    assert export.gamed_examples == 2
    client.post("/admin/exports/export/", {"action": "approve_exports", "_selected_action": [export.pk]})
    export.refresh_from_db()
    assert export.status == "approved"
    exports.build(export.pk)
    page = client.get(f"/admin/exports/export/{export.pk}/change/").text
    assert "0 / 0 (100%)" in page and "train.jsonl" in page
    download = client.get(f"/admin/exports/export/{export.pk}/download/manifest.json/")
    assert download.status_code == 200
    assert AuditEvent.objects.filter(action="export.downloaded", actor=root).count() == 1


def test_with_a_second_approver_required_the_requester_cannot_approve(settings):
    settings.EXPORT_REQUIRE_SECOND_APPROVER = True
    root, other = make_superuser("root"), make_superuser("root2")
    export = exports.request_export(root)
    with pytest.raises(exports.ExportError):
        exports.approve(export, root)
    assert exports.approve(export, other).status == "approved"


def test_withdrawal_after_an_export_flags_it_and_later_exports_leave_the_work_out(django_capture_on_commit_callbacks):
    root = make_superuser()
    publish_forms()
    course = make_course()
    assignment = make_assignment(course)
    leaving, staying = make_student(course), make_student(course)
    for n, student in enumerate((leaving, staying)):
        consent(student)
        graded(assignment, student, f"work number {n}")
    export = _build(root, validation_ratio=0)
    with django_capture_on_commit_callbacks(execute=True):
        consent_services.withdraw(leaving, ConsentRecord.Method.SIGNED_LINK)
    export.refresh_from_db()
    assert export.contains_withdrawn
    assert AuditEvent.objects.filter(action="export.flagged_withdrawn", target_id=str(export.pk)).exists()
    with pytest.raises(exports.ExportError):
        exports.export_file(export, "train.jsonl", root)
    later = _build(root, validation_ratio=0)
    assert [_answer_of(e) for e in _lines(later)["train"]] == ["work number 1"]
    assert not later.contains_withdrawn


def _hints_of(example):
    return _answer_of(example).partition(HINTS_MARK)[2]


def _graded_stack_answers(answers):
    """Consented graded answers to a stack question with a reference answer, and one answer to
    another question; returns the super-admin who will export them."""
    root = make_superuser()
    publish_forms()
    course = make_course()
    stack, other = make_assignment(course), make_assignment(course)
    stack.reference_answer = "last in first out"
    stack.save()
    for assignment, text, score in [
        *((stack, text, score) for text, score in answers),
        (other, "an unrelated answer", 2),
    ]:
        student = make_student(course)
        consent(student)
        graded(assignment, student, text, score=score)
    return root


def test_an_export_with_hints_gives_each_answer_the_scores_of_its_most_similar_other_train_answers(settings):
    settings.SIMILARITY = "tfidf"
    root = _graded_stack_answers(
        [("a stack is last in first out", 5), ("a stack is last in, first out, like plates", 4), ("a queue", 1)]
    )

    export = _build(root, validation_ratio=0, hint_neighbours=1)
    hints = {_answer_of(e).partition(HINTS_MARK)[0]: _hints_of(e) for e in _lines(export)["train"]}
    nearest = {
        answer: re.search(r"\(similarity -> score\): (\d\.\d\d) -> (\S+)$", hint, re.MULTILINE)
        for answer, hint in hints.items()
    }
    # Each answer's nearest other answer of the same question, never itself.
    assert nearest["a stack is last in first out"][2] == "4"
    assert nearest["a stack is last in, first out, like plates"][2] == "5"
    assert hints["a stack is last in first out"].startswith("Similarity to the reference answer: ")
    # The question's mean over the other answers (5 left out): (4 + 1) / 2.
    assert "\nMean score of this question's graded answers: 2.5\n" in hints["a stack is last in first out"]
    assert hints["a stack is last in first out"].endswith("\nTheir similarity-weighted mean: 4")
    assert hints["an unrelated answer"] == ""  # no other graded answer to that question, no reference
    assert json.loads(_files(export)["manifest.json"])["hints"] == {
        "neighbours": 1,
        "format": HINTS_FORMAT,
        "similarity": "tfidf",
        "unseen_share": 0.0,
    }


def test_an_export_with_enough_graded_answers_fits_an_estimator_and_ends_each_hint_with_its_estimate(
    settings, monkeypatch
):
    settings.SIMILARITY = "tfidf"
    monkeypatch.setattr("llm.providers.hints.MIN_ESTIMATOR_ROWS", 3)
    answers = [
        ("a stack is last in first out", 5),
        ("last in first out like plates", 4),
        ("a pile of plates", 3),
        ("a queue", 1),
    ]
    root = _graded_stack_answers(answers)

    export = _build(root, validation_ratio=0, hint_neighbours=2)
    estimator = json.loads(_files(export)["manifest.json"])["hints"]["estimator"]
    assert len(estimator["weights"]) == len(estimator["features"]) == 5
    hints = {_answer_of(e).partition(HINTS_MARK)[0]: _hints_of(e) for e in _lines(export)["train"]}
    for answer, _ in answers:
        estimate = re.search(r"\nEstimate from these numbers: (\S+)$", hints[answer])
        assert estimate and 0 <= float(estimate[1]) <= 5
    assert hints["an unrelated answer"] == ""  # no other graded answer to that question: nothing to estimate from


def test_more_hint_neighbours_than_the_maximum_are_refused():
    with pytest.raises(ValidationError, match="hint_neighbours"):
        exports.request_export(make_superuser(), hint_neighbours=MAX_HINT_NEIGHBOURS + 1)
    assert not Export.objects.exists()


def test_gamed_examples_join_the_train_split_labelled_as_a_teacher_grades_them_and_outside_the_hints_pool(settings):
    settings.SIMILARITY = "tfidf"
    root = _graded_stack_answers([("a stack is last in first out", 5), ("a stack is a queue", 1)])

    export = _build(root, validation_ratio=0, hint_neighbours=2, gamed_examples=5)
    lines = _lines(export)["train"]
    synthetic = [e for e in lines if e["pseudonym"] == "synthetic"]
    scores = {
        _answer_of(e).partition(HINTS_MARK)[0]: json.loads(e["messages"][-1]["content"])["Answer"]["score"]
        for e in synthetic
    }
    stack_question = "Explain recursion."
    no_answers = [answer for answer in scores if answer in NO_ANSWERS]
    assert scores[stack_question] == 0 and no_answers and all(scores[a] == 0 for a in no_answers)  # restated, none
    assert scores["a stack is last in first out"] == 0  # full marks, but as an answer to the other question
    injected = [answer for answer in scores if "a stack is a queue" in answer and answer != "a stack is a queue"]
    assert injected and scores[injected[0]] == 1  # what the poor answer earned
    assert len(lines) == 3 + len(synthetic) and export.train_count == len(lines)
    manifest = json.loads(_files(export)["manifest.json"])
    assert manifest["gamed_examples"] == {"per_question": 5, "added": len(synthetic)}
    assert manifest["prompt_format"] == PROMPT_FORMAT
    # The real answers' hints never count a made-up answer among their neighbours.
    real_hint = _hints_of(next(e for e in lines if _answer_of(e).startswith("a stack is last in first out")))
    assert "Mean score of this question's graded answers: 1\n" in real_hint


STACK_REFERENCE, QUEUE_REFERENCE = "last in first out, push and pop", "enqueue at the back, dequeue at the front"


def _course_with_references(*references):
    course = make_course()
    assignments = [make_assignment(course) for _ in references]
    for assignment, reference in zip(assignments, references):
        assignment.reference_answer = reference
        assignment.save()
    return assignments


def test_an_assignments_other_references_are_those_of_the_other_assignments_of_its_course_only():
    stack, queue, unreferenced = _course_with_references(STACK_REFERENCE, QUEUE_REFERENCE, "")
    (alone,) = _course_with_references("a tree of nodes")
    found = exports.other_references([stack.pk, unreferenced.pk, alone.pk], exports._Anonymizers())
    assert found == {
        stack.pk: [QUEUE_REFERENCE],
        unreferenced.pk: [STACK_REFERENCE, QUEUE_REFERENCE],
        alone.pk: [],  # a course of one assignment: no other question to compare with
    }


def test_an_exported_answer_to_another_assignment_of_the_course_gets_an_estimate_of_0(settings, monkeypatch):
    settings.SIMILARITY = "tfidf"
    monkeypatch.setattr("llm.providers.hints.MIN_ESTIMATOR_ROWS", 3)
    root = make_superuser()
    publish_forms()
    stack, _ = _course_with_references(STACK_REFERENCE, QUEUE_REFERENCE)
    answers = [
        ("a stack is last in first out", 5),
        ("last in first out with push and pop", 5),
        ("a pile of plates, push and pop", 4),
        ("enqueue at the back and dequeue at the front, first come first served", 5),  # the queue's answer
    ]
    for text, score in answers:
        student = make_student(stack.course)
        consent(student)
        graded(stack, student, text, score=score)

    export = _build(root, validation_ratio=0, hint_neighbours=2)
    estimates = {
        _answer_of(e).partition(HINTS_MARK)[0]: re.search(r"\nEstimate from these numbers: (\S+)$", _hints_of(e))[1]
        for e in _lines(export)["train"]
    }
    assert estimates[answers[-1][0]] == "0"
    assert all(float(estimates[text]) > 0 for text, _ in answers[:-1])


def test_an_export_chooses_its_unseen_margin_on_its_train_split_and_zeroes_an_ungraded_answer_to_another_question(
    settings, monkeypatch
):
    """Eight questions of distinct words, each answered right (5), in part (3) and vaguely (2),
    and a ninth graded once, with the first question's answer (0): the margin that zeroes the
    made-up answers to other questions costs the real ones nothing, so the widest is chosen, and
    the ninth question's lone answer, with no other graded answer to go on, gets an estimate of 0."""
    settings.SIMILARITY = "tfidf"
    monkeypatch.setattr("llm.providers.hints.MIN_ESTIMATOR_ROWS", 3)
    root = make_superuser()
    publish_forms()
    *assignments, lone = _course_with_references(*TOPICS, "memory address value pointer")
    answers = [
        (assignment, text, score)
        for assignment, reference in zip(assignments, TOPICS)
        for text, score in [(reference, 5), (" ".join(reference.split()[:2]) + " maybe", 3), ("something vague", 2)]
    ]
    for assignment, text, score in [*answers, (lone, TOPICS[0], 0)]:
        student = make_student(assignment.course)
        consent(student)
        graded(assignment, student, text, score=score)

    export = _build(root, validation_ratio=0, hint_neighbours=2, gamed_examples=5)
    hints = json.loads(_files(export)["manifest.json"])["hints"]
    chosen = hints["unseen_margin_choice"]
    assert chosen["margin"] == hints["estimator"]["unseen_margin"] == 0.40 and chosen["questions"] == 9
    unguarded, widest = chosen["figures"][0], chosen["figures"][-1]
    assert unguarded["margin"] is None and unguarded["other_question"] > 0.2 and widest["other_question"] == 0
    assert widest["real_mae"] <= unguarded["real_mae"]
    (lone_hints,) = [
        _hints_of(e)
        for e in _lines(export)["train"]
        if e["pseudonym"] != "synthetic" and _answer_of(e).startswith(TOPICS[0]) and "Mean score" not in _hints_of(e)
    ]
    assert lone_hints.endswith("\nEstimate from these numbers: 0")
