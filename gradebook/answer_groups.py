"""Answer groups: forming an assignment's groups, grading a group at once, moving an answer.

Pages, the API and the benchmark call these. Clustering itself is llm.grouping's.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch
from django.utils import timezone

from llm.grouping import clamp_threshold, default_threshold, group_answers
from llm.providers.similarity import Similarity, similarity_named

from .models import AnswerGroup, Assignment, Evaluation, Submission
from .services import latest_suggestion, record_final_evaluation

_similarities: dict[str, Similarity] = {}
_similarity_lock = threading.Lock()


def _measure(name: str) -> Similarity:
    with _similarity_lock:
        if name not in _similarities:
            _similarities[name] = similarity_named(name)
        return _similarities[name]


def similarity(answers: int = 0) -> Similarity:
    """The SIMILARITY setting's measure for an assignment of ``answers`` answers, one per
    process, so that MiniLM's embeddings are cached between the regroupings of a threshold
    change. Beyond GROUPING_MINILM_MAX_ANSWERS answers TF-IDF stands in: embedding thousands
    of answers with MiniLM takes minutes on a CPU, too long for a page."""
    measure = _measure(settings.SIMILARITY)
    if measure.name != "tfidf" and answers > settings.GROUPING_MINILM_MAX_ANSWERS:
        return _measure("tfidf")
    return measure


def current_threshold(assignment: Assignment) -> float:
    """The threshold of the assignment's groups, or the default of the measure it would use."""
    method = similarity(assignment.submissions.count()).name
    group = assignment.answer_groups.filter(method=method).first()
    return group.threshold if group else default_threshold(method)


@transaction.atomic
def form_groups(assignment: Assignment, threshold: float | None = None) -> list[AnswerGroup]:
    """(Re)form the assignment's groups from all its answers; grades are kept (they live on the
    answers), only the grouping changes."""
    Assignment.objects.select_for_update().filter(pk=assignment.pk).first()  # one regrouping at a time
    rows = list(assignment.submissions.order_by("id").values_list("id", "text"))
    measure = similarity(len(rows))
    threshold = clamp_threshold(default_threshold(measure.name) if threshold is None else threshold)
    assignment.answer_groups.all().delete()
    if not rows:
        return []
    ids, texts = zip(*rows, strict=True)
    found = group_answers(texts, measure, threshold)
    groups = AnswerGroup.objects.bulk_create(
        AnswerGroup(
            assignment=assignment, representative_id=ids[g.representative], threshold=threshold, method=measure.name
        )
        for g in found
    )
    for group, members in zip(groups, found, strict=True):
        Submission.objects.filter(pk__in=[ids[i] for i in members.members]).update(answer_group=group)
    return groups


def with_members(groups):
    """Groups with their size, representative, and members with their final grades, largest
    first; an emptied group is left out."""
    members = (
        Submission.objects.select_related("student")
        .prefetch_related(Prefetch("evaluations", queryset=Evaluation.objects.final(), to_attr="finals"))
        .order_by("id")
    )
    return (
        groups.annotate(size=Count("members"))
        .filter(size__gt=0)
        .select_related("assignment", "representative__student")
        .prefetch_related(Prefetch("members", queryset=members))
        .order_by("assignment_id", "-size", "id")
    )


def groups_of(assignment: Assignment):
    return with_members(assignment.answer_groups.all())


def ungrouped(assignment: Assignment):
    return assignment.submissions.filter(answer_group__isnull=True)


@dataclass
class GroupView:
    """What a page or the API shows of a group."""

    group: AnswerGroup
    members: list[Submission]
    graded: int
    totals: list[float]  # the distinct totals of the graded members
    suggestion: Evaluation | None

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def representative(self) -> Submission | None:
        return self.group.representative


def describe(group: AnswerGroup) -> GroupView:
    members = list(group.members.all())
    finals = [m.finals[0] for m in members if getattr(m, "finals", None)]
    representative = group.representative
    return GroupView(
        group=group,
        members=members,
        graded=len(finals),
        totals=sorted({e.total for e in finals}),
        suggestion=latest_suggestion(representative) if representative else None,
    )


@transaction.atomic
def grade_group(group: AnswerGroup, sections: dict, user) -> list[Evaluation]:
    """The same final evaluation for every member, in one transaction: all are written, or
    (on any error) none. Raises ValidationError for scores the rubric refuses."""
    members = list(group.members.select_for_update().order_by("id"))
    if not members:
        raise ValidationError("This group has no answers left to grade.")
    evaluations = [
        record_final_evaluation(member, sections, user, origin=Evaluation.Origin.GROUP) for member in members
    ]
    group.graded_by, group.graded_at = user, timezone.now()
    group.save(update_fields=["graded_by", "graded_at"])
    return evaluations


@transaction.atomic
def move_answer(submission: Submission, to: AnswerGroup | None) -> AnswerGroup:
    """Put an answer into another group of its assignment, or (``to`` None) into a group of
    its own. Its grade stays as it is; a group left without members is deleted."""
    old = submission.answer_group
    if to is not None and to.assignment_id != submission.assignment_id:
        raise ValidationError({"group": "The group belongs to another assignment."})
    if to is None:
        template = old or AnswerGroup(
            threshold=current_threshold(submission.assignment),
            method=similarity(submission.assignment.submissions.count()).name,
        )
        to = AnswerGroup.objects.create(
            assignment_id=submission.assignment_id,
            representative=submission,
            threshold=template.threshold,
            method=template.method,
        )
    submission.answer_group = to
    submission.save(update_fields=["answer_group"])
    if old is not None and old.pk != to.pk:
        remaining = old.members.order_by("id")
        if not remaining.exists():
            old.delete()
        elif old.representative_id == submission.pk:
            old.representative = remaining.first()
            old.save(update_fields=["representative"])
    return to
