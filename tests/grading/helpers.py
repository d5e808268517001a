"""Builders for the suggestion tests: a course with submissions, a scripted OpenAI-compatible
server wired into the settings, and model versions made from a tiny random model."""

from contextlib import contextmanager

from gradebook.services import create_submission, record_final_evaluation
from tests.gradebook.factories import make_assignment, make_course, make_instructor, make_student
from tests.llm.openai_server import OpenAIServer
from tests.llm.tasks import RUBRIC, VALID  # noqa: F401 - VALID is re-exported for the tests
from training.models import ModelVersion

TOO_HIGH = '{"Content": {"score": 12}, "Clarity": {"score": 4}}'


FINAL = {"Content": {"score": 6}, "Clarity": {"score": 3}}


def make_class(n_submissions=2, graded=0, instructor=None, rubric=RUBRIC, final=FINAL):
    """An instructor's assignment (by default Content /10, Clarity /5) with submissions, the
    first ``graded`` of them with the ``final`` grade."""
    instructor = instructor or make_instructor()
    course = make_course(instructor)
    assignment = make_assignment(course, sections=rubric)
    submissions = []
    for n in range(n_submissions):
        student = make_student(course, name=f"Ada Lovelace{n}" if n == 0 else None)
        submission = create_submission(assignment, student, text=f"Plants turn light into sugar, answer {n}.")
        if n < graded:
            record_final_evaluation(submission, final, instructor)
        submissions.append(submission)
    return instructor, assignment, submissions


@contextmanager
def scripted_openai(settings, replies, chain=("openai",)):
    """A real OpenAI-compatible server answering ``replies``, configured as the OpenAI provider."""
    with OpenAIServer(replies) as server:
        settings.OPENAI_BASE_URL = server.base_url
        settings.OPENAI_API_KEY = server.api_key
        settings.OPENAI_MODEL = server.model
        settings.GRADING_CHAIN = list(chain)
        yield server


def activate(label, base_folder, adapter_folder=None):
    """Make ``label`` the one active model version."""
    ModelVersion.objects.filter(status=ModelVersion.Status.ACTIVE).update(status=ModelVersion.Status.RETIRED)
    version, _ = ModelVersion.objects.update_or_create(
        label=label,
        defaults={
            "base_model": str(base_folder),
            "adapter_path": str(adapter_folder or ""),
            "status": ModelVersion.Status.ACTIVE,
        },
    )
    return version


def superuser(username="root"):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser(username, f"{username}@example.org", "pass-word-123")


def rollout_versions(active_base, candidate_base):
    """An active version and a candidate, each a tiny random model (the RUBRIC's scores are read
    off its probabilities, so both always give valid, different scores)."""
    active = activate("tiny-active", active_base)
    candidate = ModelVersion.objects.create(label="tiny-candidate", base_model=str(candidate_base))
    return active, candidate
