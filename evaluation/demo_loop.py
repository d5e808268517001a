"""The demo's whole loop, on top of the demo gradebook (gradebook.demo): consent forms and
records, an approved export, a short training job whose candidate the promotion gate then
evaluates, and suggestions precomputed for the ungraded work. It lives in the highest app
because it calls every layer below; each step goes through the same services as the pages.

Idempotent: each step runs only when what it makes is missing, so running it again adds
nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured

from consent import services as consent
from consent.models import ConsentForm, ConsentRecord
from exports import services as exports
from exports.models import Export
from gradebook import demo_data
from gradebook.demo import ADMIN_USERNAME, DEMO_USERNAME
from gradebook.models import Course
from gradebook.services import ungraded_submissions
from grading import precompute
from training import jobs
from training.base_models import BaseModelError, resolve_base_model
from training.models import TrainingJob

# Of the demo's 24 students: these granted consent and then withdrew it; these never answered.
WITHDRAWN = ("demo-004", "demo-011", "demo-019")
NEVER_ANSWERED = ("demo-007", "demo-015", "demo-023")
EXPORT_SEED = 2026
EXPORT_VALIDATION_RATIO = 0.25
# A short job: minutes on 2 threads, with a progress report every step and a few checkpoints.
HYPERPARAMETERS = {"r": 8, "alpha": 16, "epochs": 2, "batch_size": 4, "eval_every": 4, "save_every": 4, "log_every": 1}
FORMS = {
    ConsentForm.Kind.STUDENT: (
        "Using your graded work to train Gradeloop's grading model",
        "Your answers and their grades may be used, with your name and id replaced, to train a model that "
        "suggests grades to your instructors. Saying no changes nothing about your grades. You can withdraw at "
        "any time, and later exports then leave your work out.",
    ),
    ConsentForm.Kind.INSTRUCTOR: (
        "Using your grading comments to train Gradeloop's grading model",
        "The comments you write when grading may be used, anonymized, to train a model that suggests grades "
        "and comments. You can withdraw at any time.",
    ),
}


@dataclass
class LoopResult:
    created: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)
    export: Export | None = None
    job: TrainingJob | None = None


def seed_loop() -> LoopResult:
    """Add what is missing of the demo loop; ImproperlyConfigured when seed_demo has not run."""
    users = get_user_model().objects
    admin = users.filter(username=ADMIN_USERNAME, is_superuser=True).first()
    instructor = users.filter(username=DEMO_USERNAME).first()
    course = Course.objects.filter(code=demo_data.COURSE["code"]).first()
    if admin is None or instructor is None or course is None:
        raise ImproperlyConfigured("The demo gradebook is missing: run `manage.py seed_demo` first.")
    result = LoopResult()
    _publish_forms(admin, result)
    _record_consent(course, instructor, admin, result)
    result.export = _export(course, admin, result)
    result.job = _training_job(result.export, admin, result)
    for assignment in course.assignments.all():
        batch = precompute.precompute(
            assignment.pk, list(ungraded_submissions(assignment).values_list("pk", flat=True))
        )
        result.created["precompute batches"] += batch is not None
    return result


def _publish_forms(admin, result: LoopResult) -> None:
    for kind, (title, text) in FORMS.items():
        if consent.current_form(kind) is None:
            consent.publish_form(kind, title, text, by=admin)
            result.created["consent forms"] += 1


def _record_consent(course, instructor, admin, result: LoopResult) -> None:
    """Most students grant (as on their signed-link page), a few then withdraw, a few never
    answer; the demo instructor consents on their own page. Anyone with a record is left alone."""
    answered = set(ConsentRecord.objects.filter(student__isnull=False).values_list("student_id", flat=True))
    for student in course.students.order_by("student_id"):
        if student.pk in answered or student.student_id in NEVER_ANSWERED:
            continue
        consent.grant(student, ConsentRecord.Method.SIGNED_LINK)
        result.created["student consents"] += 1
        if student.student_id in WITHDRAWN:
            consent.withdraw(student, ConsentRecord.Method.SIGNED_LINK)
            result.created["withdrawals"] += 1
    if not ConsentRecord.objects.filter(user=instructor).exists():
        consent.grant(instructor, ConsentRecord.Method.INSTRUCTOR_PAGE, recorded_by=instructor)
        result.created["instructor consents"] += 1


def _export(course, admin, result: LoopResult) -> Export:
    """The demo course's export, requested and approved by the super-admin and built here
    (a few dozen rows: a second), so that the training job can start at once."""
    export = Export.objects.filter(courses=course, seed=EXPORT_SEED).order_by("pk").first()
    if export is None:
        export = exports.request_export(
            admin, courses=[course], validation_ratio=EXPORT_VALIDATION_RATIO, seed=EXPORT_SEED
        )
        export = exports.approve(export, admin)
        result.created["exports"] += 1
    if export.status == Export.Status.APPROVED:
        export = exports.build(export.pk)
    return export


def _training_job(export: Export, admin, result: LoopResult) -> TrainingJob | None:
    """A short training job on the export, queued for the training cluster (its candidate's
    evaluation follows by itself: evaluation.promotion listens for new versions)."""
    job = TrainingJob.objects.filter(export=export).order_by("pk").first()
    if job is not None:
        return job
    try:
        resolve_base_model()
    except BaseModelError as error:
        result.notes.append(f"No training job yet: {error}")
        return None
    if export.status != Export.Status.READY:
        result.notes.append(f"No training job: export #{export.pk} is {export.get_status_display().lower()}.")
        return None
    job = jobs.create_job(export, None, HYPERPARAMETERS, admin)
    result.created["training jobs"] += 1
    return job
