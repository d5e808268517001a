"""Export rules: who may request, approve, reject and download, and how a worker builds the files.

Only one super-admin? By default (EXPORT_REQUIRE_SECOND_APPROVER = False) the super-admin who
requested an export may also approve it, so a school with a single super-admin can still
release data; both steps are audited under that person's name. With the setting on, an
approval by the requester is refused and a second super-admin must approve.

Consent is checked when the export is built, not when it is requested, so a withdrawal or a
new consent form version takes effect for every export built after it. A withdrawal after a
build flags the export (``contains_withdrawn``); its files can no longer be downloaded.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_q.tasks import async_task

from consent import audit
from consent.models import ConsentForm
from consent.services import current_consent_exists
from core.errors import Conflict
from core.permissions import require_superadmin
from core.workers import write_outcome
from gradebook.models import Assignment, Course, Enrollment, Evaluation, Rubric
from llm import gamed_answers as gamed
from llm.prompts import HINTS_FORMAT, PROMPT_FORMAT, GradingTask, training_example
from llm.providers.hints import ScoreEstimator, hint_graded
from llm.providers.similarity import Similarity, similarity_named
from llm.rubric import rubric_max_total
from llm.unseen_margin import MarginChoice, choose_unseen_margin

from .anonymizer import Anonymizer, Person, pseudonym
from .models import DEFAULT_GAMED_EXAMPLES, Export, ExportItem

DATA_FILES = ("train.jsonl", "validation.jsonl")
FILES = (*DATA_FILES, "manifest.json")


class ExportError(Conflict):
    """The export cannot do that now (wrong state, bad file name, withdrawn work...)."""


def check_can_manage(user) -> None:
    require_superadmin(user, "request, approve or download exports")


def export_dir(export: Export) -> Path:
    return Path(settings.EXPORT_DIR) / f"export-{export.pk}"


def partial_dir(export: Export) -> Path:
    """Where a build writes; renamed to export_dir in one step once every file is complete."""
    return export_dir(export).with_name(f"export-{export.pk}.partial")


def filters_of(export: Export) -> dict:
    return {
        "courses": sorted(export.courses.values_list("code", flat=True)),
        "assignments": sorted(export.assignments.values_list("pk", flat=True)),
        "graded_from": export.graded_from.isoformat() if export.graded_from else None,
        "graded_until": export.graded_until.isoformat() if export.graded_until else None,
        "validation_ratio": export.validation_ratio,
    }


def audit_request(export: Export, user) -> None:
    """Called once the request and its course/assignment filters are saved."""
    audit.record(user, "export.requested", export, filters=filters_of(export), seed=export.seed)


@transaction.atomic
def request_export(
    user,
    *,
    courses=(),
    assignments=(),
    graded_from=None,
    graded_until=None,
    validation_ratio=0.1,
    seed=0,
    hint_neighbours=0,
    gamed_examples=DEFAULT_GAMED_EXAMPLES,
) -> Export:
    check_can_manage(user)
    export = Export(
        requested_by=user,
        graded_from=graded_from,
        graded_until=graded_until,
        validation_ratio=validation_ratio,
        seed=seed,
        hint_neighbours=hint_neighbours,
        gamed_examples=gamed_examples,
    )
    export.full_clean()
    export.save()
    export.courses.set(courses)
    export.assignments.set(assignments)
    audit_request(export, user)
    return export


def _decide(export: Export, user) -> Export:
    check_can_manage(user)
    locked = Export.objects.select_for_update().get(pk=export.pk)
    if locked.status != Export.Status.REQUESTED:
        raise ExportError(f"Export #{locked.pk} is {locked.get_status_display().lower()}, not awaiting a decision.")
    return locked


@transaction.atomic
def approve(export: Export, user) -> Export:
    """Approve a requested export and queue its build on a worker."""
    export = _decide(export, user)
    if settings.EXPORT_REQUIRE_SECOND_APPROVER and export.requested_by_id == user.pk:
        raise ExportError("Another super-admin must approve this export (EXPORT_REQUIRE_SECOND_APPROVER is on).")
    export.status, export.decided_by, export.decided_at = Export.Status.APPROVED, user, timezone.now()
    export.save(update_fields=["status", "decided_by", "decided_at"])
    audit.record(user, "export.approved", export, self_approved=export.requested_by_id == user.pk)
    pk = export.pk
    transaction.on_commit(lambda: async_task("exports.tasks.build_export", pk, task_name=f"export-{pk}"))
    return export


@transaction.atomic
def reject(export: Export, user, reason: str = "") -> Export:
    export = _decide(export, user)
    export.status, export.decided_by, export.decided_at = Export.Status.REJECTED, user, timezone.now()
    export.rejection_reason = reason
    export.save(update_fields=["status", "decided_by", "decided_at", "rejection_reason"])
    audit.record(user, "export.rejected", export, reason=reason)
    return export


def export_file(export: Export, name: str, user) -> Path:
    """The path of one of a ready export's files, for a super-admin; every call is audited."""
    check_can_manage(user)
    if name not in FILES:
        raise ExportError(f"An export has no file named {name!r}.")
    if export.status != Export.Status.READY:
        raise ExportError(f"Export #{export.pk} is {export.get_status_display().lower()}; it has no files yet.")
    if export.contains_withdrawn:
        raise ExportError(f"Export #{export.pk} holds work whose consent was withdrawn; request a new export.")
    audit.record(user, "export.downloaded", export, file=name)
    return export_dir(export) / name


def in_export_scope(evaluations, export: Export):
    """Narrow evaluations to an export's courses and assignments (none chosen: every one)."""
    course_ids = list(export.courses.values_list("pk", flat=True))
    assignment_ids = list(export.assignments.values_list("pk", flat=True))
    if course_ids:
        evaluations = evaluations.filter(submission__assignment__course_id__in=course_ids)
    if assignment_ids:
        evaluations = evaluations.filter(submission__assignment_id__in=assignment_ids)
    return evaluations


def source_evaluations(export: Export):
    """The final evaluations an export's filters select, each annotated with both consents."""
    evaluations = in_export_scope(Evaluation.objects.final(), export)
    if export.graded_from:
        evaluations = evaluations.filter(updated_at__gte=export.graded_from)
    if export.graded_until:
        evaluations = evaluations.filter(updated_at__lt=export.graded_until)
    return evaluations.annotate(
        student_consents=current_consent_exists("submission__student", ConsentForm.Kind.STUDENT),
        grader_consents=current_consent_exists("graded_by", ConsentForm.Kind.INSTRUCTOR),
    )


def in_validation(pseudo: str, seed: int, ratio: float) -> bool:
    """The split: a hash of the pseudonym and the seed, so all of a student's work lands on one side."""
    digest = hashlib.sha256(f"{seed}:{pseudo}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < ratio


def course_anonymizer(course_id: int) -> Anonymizer:
    people = [
        Person(f"s:{pk}", name, "student", student_id)
        for pk, name, student_id in Enrollment.objects.filter(course_id=course_id)
        .values_list("student_id", "student__name", "student__student_id")
        .iterator(chunk_size=5000)
    ]
    for user in Course.objects.get(pk=course_id).instructors.all():
        name = user.get_full_name() or user.get_username()
        people.append(Person(f"u:{user.pk}", name, "instructor"))
    return Anonymizer(people)


class _AssignmentCache(dict):
    """Rubric, kind and the anonymized question and reference answer of each assignment seen."""

    def __init__(self, anonymizers):
        super().__init__()
        self.anonymizers = anonymizers

    def get_for(self, assignment_id: int, course_id: int):
        if assignment_id not in self:
            rubric = Rubric.objects.select_related("assignment").get(assignment_id=assignment_id)
            anonymize = self.anonymizers[course_id].anonymize
            self[assignment_id] = (
                rubric.sections,
                anonymize(rubric.assignment.prompt),
                anonymize(rubric.assignment.reference_answer),
                rubric.assignment.kind,
            )
        return self[assignment_id]


class _Anonymizers(dict):
    def __missing__(self, course_id):
        self[course_id] = course_anonymizer(course_id)
        return self[course_id]


class _HashingWriter:
    def __init__(self, path: Path):
        self.file = open(path, "wb")
        self.sha256 = hashlib.sha256()
        self.rows = 0
        self.bytes = 0

    def write(self, line: str) -> None:
        data = line.encode() + b"\n"
        self.file.write(data)
        self.sha256.update(data)
        self.rows += 1
        self.bytes += len(data)

    def close(self) -> dict:
        self.file.close()
        return {"rows": self.rows, "bytes": self.bytes, "sha256": self.sha256.hexdigest()}


@dataclass
class _Example:
    """One consented evaluation on its way to a JSONL line."""

    evaluation_id: int
    student_pk: int
    assignment_id: int
    pseudonym: str
    task: GradingTask
    sections: dict
    include_comments: bool
    comments_by_id: int | None  # the grader, where the example keeps their comments
    dropped_comments: bool
    split: str = ""
    gamed_kind: str = ""  # of a gamed answer made up from a question (llm.gamed_answers), not a student's work

    @property
    def synthetic(self) -> bool:
        return bool(self.gamed_kind)

    def line(self) -> str:
        example = training_example(self.task, self.sections, include_comments=self.include_comments)
        example["pseudonym"] = self.pseudonym
        return json.dumps(example, ensure_ascii=False, separators=(",", ":"))


def _example(row, assignments, anonymizers, key) -> _Example:
    (evaluation_id, sections, graded_by_id, grader_consents, text, student_pk, student_id, assignment_id, course_id) = (
        row
    )
    anonymizer = anonymizers[course_id]
    subject = f"s:{student_pk}"
    rubric, question, reference, kind = assignments.get_for(assignment_id, course_id)
    has_comments = any(s.get("comment") for s in sections.values())
    if has_comments and grader_consents:
        sections = {
            name: {**s, "comment": anonymizer.anonymize(s["comment"], subject)} if s.get("comment") else s
            for name, s in sections.items()
        }
    task = GradingTask(
        rubric=rubric,
        question=question,
        answer=anonymizer.anonymize(text, subject),
        reference_answer=reference,
        kind=kind,
    )
    return _Example(
        evaluation_id,
        student_pk,
        assignment_id,
        pseudonym(student_id, key),
        task,
        sections,
        grader_consents,
        graded_by_id if has_comments and grader_consents else None,
        has_comments and not grader_consents,
    )


def other_references(assignment_ids, anonymizers) -> dict[int, list[str]]:
    """Per assignment, the reference answers of its course's other assignments, anonymized as its
    own: what an answer is compared with to tell an answer to another question (llm.gaming)."""
    out = {}
    for assignment in Assignment.objects.filter(pk__in=set(assignment_ids)):
        anonymize = anonymizers[assignment.course_id].anonymize
        out[assignment.pk] = [anonymize(text) for text in assignment.other_reference_answers()]
    return out


def add_hints(
    examples: list[_Example], k: int, similarity: Similarity, other_references: dict[int, list[str]]
) -> tuple[ScoreEstimator | None, MarginChoice | None]:
    """Fill in each example's grading hints from the train examples of the same assignment
    (leaving the example itself out: the pool the model will see at grading time), its similarity
    to ``other_references[assignment]``, and the estimate of the score estimator fitted on the
    train examples; return the estimator, with its ``unseen_margin`` chosen on the train examples
    (``llm.unseen_margin``), and that choice. HINTS_UNSEEN_SHARE of the train examples get the
    hints of a question nobody graded yet."""
    hinted, estimator = hint_graded(
        [example.task for example in examples],
        [example.sections for example in examples],
        [example.assignment_id for example in examples],
        [example.split == ExportItem.Split.TRAIN and not example.synthetic for example in examples],
        k,
        similarity,
        settings.HINTS_UNSEEN_SHARE,
        other_references,
    )
    choice = None
    if estimator:
        choice = _choose_unseen_margin(examples, hinted)
        if choice.margin is not None:  # the estimates of answers to a question with no graded answer may change
            estimator = replace(estimator, unseen_margin=choice.margin)
            hinted = [replace(task, estimates=estimator.estimate(task)) for task in hinted]
    for example, task in zip(examples, hinted):
        example.task = task
    return estimator, choice


def _choose_unseen_margin(examples: list[_Example], hinted: list[GradingTask]) -> MarginChoice:
    """The choice on the train split's real answers and made-up answers to another question, from
    the similarities their hints already hold."""
    measured = [
        i
        for i, example in enumerate(examples)
        if example.split == ExportItem.Split.TRAIN and example.gamed_kind in ("", gamed.OTHER_QUESTION)
    ]
    return choose_unseen_margin(
        [hinted[i] for i in measured],
        [examples[i].sections for i in measured],
        [examples[i].assignment_id for i in measured],
        [examples[i].synthetic for i in measured],
    )


def gamed_examples(train: list[_Example], per_question: int, seed: int) -> list[_Example]:
    """``per_question`` gamed answers to each question of the train split, kinds taken in turn,
    labelled as a teacher grades them: 0, or for a poor answer asking for full marks what that
    answer earned. Seeded: the same data and seed give the same examples."""
    rng = random.Random(seed)
    by_assignment: dict[int, list[_Example]] = {}
    for example in train:
        by_assignment.setdefault(example.assignment_id, []).append(example)
    made = []
    for position, (assignment_id, examples) in enumerate(sorted(by_assignment.items())):
        first = examples[0].task
        poorest = min(examples, key=_total_share)
        others = [
            e.task.answer
            for other, group in by_assignment.items()
            if other != assignment_id
            for e in group
            if _total_share(e) >= 1
        ]
        for n in range(per_question):
            kind = gamed.KINDS[(position + n) % len(gamed.KINDS)]
            text = gamed.gamed_answer(
                kind,
                first.question,
                first.reference_answer,
                rng,
                other_answer=rng.choice(others) if others else "",
                poor_answer=poorest.task.answer,
                max_score=rubric_max_total(first.rubric),
            )
            if text is None:
                continue
            injected = kind == "injected"
            made.append(
                _Example(
                    0,
                    0,
                    assignment_id,
                    gamed.SYNTHETIC,
                    replace(first, answer=text),
                    poorest.sections if injected else gamed.zero_scores(first.rubric),
                    poorest.include_comments if injected else False,
                    None,
                    False,
                    ExportItem.Split.TRAIN,
                    gamed_kind=kind,
                )
            )
    return made


def _total_share(example: _Example) -> float:
    top = sum(section["max_score"] for section in example.task.rubric) or 1
    return sum(s["score"] for s in example.sections.values()) / top


def build(export_id: int) -> Export:
    """Build an approved export's files (run by a worker). Anything else is left untouched."""
    started = Export.objects.filter(pk=export_id, status=Export.Status.APPROVED).update(
        status=Export.Status.BUILDING, started_at=timezone.now(), rows_done=0, error=""
    )
    export = Export.objects.get(pk=export_id)
    if not started:
        return export
    try:
        _write_files(export)
    except Exception as error:
        shutil.rmtree(partial_dir(export), ignore_errors=True)
        reason, kind = str(error)[:2000], type(error).__name__

        def fail():  # one transaction: the failure and its audit record land together, after a restart too
            with transaction.atomic():
                Export.objects.filter(pk=export.pk).update(
                    status=Export.Status.FAILED, error=reason, finished_at=timezone.now()
                )
                audit.record(None, "export.failed", export, error=kind)

        write_outcome(fail)
        raise
    export.refresh_from_db()
    audit.record(
        None,
        "export.built",
        export,
        train=export.train_count,
        validation=export.validation_count,
        excluded_no_consent=export.excluded_no_consent,
        comments_dropped=export.comments_dropped,
    )
    return export


def _write_files(export: Export) -> None:
    selected = source_evaluations(export)
    candidates = selected.count()
    consented = selected.filter(student_consents=True)
    total = consented.count()
    excluded = candidates - total
    Export.objects.filter(pk=export.pk).update(rows_total=total, excluded_no_consent=excluded)
    ExportItem.objects.filter(export=export).delete()

    final_dir, work_dir = export_dir(export), partial_dir(export)
    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir(parents=True)
    writers = {
        ExportItem.Split.TRAIN: _HashingWriter(work_dir / "train.jsonl"),
        ExportItem.Split.VALIDATION: _HashingWriter(work_dir / "validation.jsonl"),
    }
    anonymizers = _Anonymizers()
    assignments = _AssignmentCache(anonymizers)
    rows = consented.order_by("pk").values_list(
        "pk",
        "sections",
        "graded_by_id",
        "grader_consents",
        "submission__text",
        "submission__student_id",
        "submission__student__student_id",
        "submission__assignment_id",
        "submission__assignment__course_id",
    )
    items, waiting, train, done, dropped = [], [], [], 0, 0
    every = max(1, settings.EXPORT_PROGRESS_EVERY)
    for row in rows.iterator(chunk_size=settings.EXPORT_CHUNK_SIZE):
        example = _example(row, assignments, anonymizers, settings.PSEUDONYM_KEY)
        example.split = (
            ExportItem.Split.VALIDATION
            if in_validation(example.pseudonym, export.seed, export.validation_ratio)
            else ExportItem.Split.TRAIN
        )
        if export.gamed_examples and example.split == ExportItem.Split.TRAIN:
            train.append(example)
        if export.hint_neighbours:  # hints need every train example first: written below
            waiting.append(example)
        else:
            writers[example.split].write(example.line())
        items.append(
            ExportItem(
                export_id=export.pk,
                evaluation_id=example.evaluation_id,
                student_id=example.student_pk,
                split=example.split,
                pseudonym=example.pseudonym,
                comments_by_id=example.comments_by_id,
            )
        )
        dropped += example.dropped_comments
        done += 1
        if len(items) >= 1000:
            ExportItem.objects.bulk_create(items)
            items = []
        if done % every == 0:
            Export.objects.filter(pk=export.pk).update(rows_done=done)
    ExportItem.objects.bulk_create(items)
    made = gamed_examples(train, export.gamed_examples, export.seed) if export.gamed_examples else []
    if export.hint_neighbours:
        waiting += made
    else:
        for example in made:
            writers[ExportItem.Split.TRAIN].write(example.line())
    hints = {"neighbours": export.hint_neighbours}
    if export.hint_neighbours:
        hints["format"] = HINTS_FORMAT
        similarity = similarity_named(settings.SIMILARITY)
        references = other_references([example.assignment_id for example in waiting], anonymizers)
        estimator, unseen_margin = add_hints(waiting, export.hint_neighbours, similarity, references)
        for example in waiting:
            writers[example.split].write(example.line())
        hints["similarity"] = similarity.name
        hints["unseen_share"] = settings.HINTS_UNSEEN_SHARE
        if estimator:
            hints["estimator"] = estimator.as_dict()
            hints["unseen_margin_choice"] = unseen_margin.as_dict()
    files = {name: writer.close() for name, writer in zip(DATA_FILES, writers.values())}
    manifest = {
        "export": export.pk,
        "format": "chat-messages-jsonl",
        "prompt_format": PROMPT_FORMAT,
        "gamed_examples": {"per_question": export.gamed_examples, "added": len(made)},
        "seed": export.seed,
        "filters": filters_of(export),
        "hints": hints,
        "counts": {
            "candidates": candidates,
            "exported": done,
            "train": files["train.jsonl"]["rows"],
            "validation": files["validation.jsonl"]["rows"],
            "excluded_no_consent": excluded,
            "comments_dropped_no_instructor_consent": dropped,
        },
        "files": files,
        "built_at": timezone.now().isoformat(),
    }
    (work_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    shutil.rmtree(final_dir, ignore_errors=True)
    os.replace(work_dir, final_dir)
    Export.objects.filter(pk=export.pk).update(
        status=Export.Status.READY,
        rows_done=done,
        train_count=files["train.jsonl"]["rows"],
        validation_count=files["validation.jsonl"]["rows"],
        comments_dropped=dropped,
        manifest=manifest,
        finished_at=timezone.now(),
        contains_withdrawn=_holds_withdrawn_work(export),
    )


def _holds_withdrawn_work(export: Export) -> bool:
    """Consent withdrawn while the export was being built (the signal may have fired before its items existed)."""
    items = ExportItem.objects.filter(export=export).annotate(
        student_consents=current_consent_exists("student", ConsentForm.Kind.STUDENT),
        grader_consents=current_consent_exists("comments_by", ConsentForm.Kind.INSTRUCTOR),
    )
    return items.filter(Q(student_consents=False) | Q(comments_by__isnull=False, grader_consents=False)).exists()


def withdrawn_items(student, user):
    """The exported examples that hold a withdrawn student's work or instructor's comments."""
    return (
        ExportItem.objects.filter(student=student)
        if student is not None
        else ExportItem.objects.filter(comments_by=user)
    )


def flag_exports_on_withdrawal(sender, records, student=None, user=None, **kwargs) -> None:
    """consent_withdrawn receiver: mark built exports that hold the withdrawn person's work."""
    items = withdrawn_items(student, user)
    exports = list(
        Export.objects.filter(
            pk__in=items.values("export_id"),
            contains_withdrawn=False,
            status__in=[Export.Status.BUILDING, Export.Status.READY],
        ).values_list("pk", flat=True)
    )
    for pk in exports:
        Export.objects.filter(pk=pk).update(contains_withdrawn=True)
        audit.record(
            None, "export.flagged_withdrawn", Export(pk=pk), subject="student" if student is not None else "instructor"
        )
