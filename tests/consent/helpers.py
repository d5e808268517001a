"""Builders for consent and export tests: real rows, no mocks."""

from django.contrib.auth import get_user_model

from consent import services
from consent.models import ConsentForm, ConsentRecord
from gradebook.models import Submission
from gradebook.services import record_final_evaluation


def publish_forms(by=None):
    """Publish a student and an instructor form; returns (student_form, instructor_form)."""
    return (
        services.publish_form(
            ConsentForm.Kind.STUDENT, "Student consent", "You allow your graded work to train a model.", by
        ),
        services.publish_form(
            ConsentForm.Kind.INSTRUCTOR, "Instructor consent", "You allow your comments to train a model.", by
        ),
    )


def consent(subject):
    return services.grant(subject, ConsentRecord.Method.API, None)


def make_superuser(username="root"):
    return get_user_model().objects.create_superuser(username=username, password="pass-word-123", email="")


def graded(assignment, student, text, grader=None, score=3, comment=""):
    """A submission with a final evaluation: the kind of row an export reads."""
    submission = Submission.objects.create(assignment=assignment, student=student, text=text)
    section = {"score": score, **({"comment": comment} if comment else {})}
    return record_final_evaluation(submission, {"Answer": section}, grader)
