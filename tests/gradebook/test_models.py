import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from gradebook.models import Evaluation, Rubric, Submission
from gradebook.services import record_final_evaluation

from .factories import SPEECH_RUBRIC, make_assignment, make_course, make_instructor, make_student

pytestmark = pytest.mark.django_db


def test_rubric_with_criteria_not_adding_up_is_refused():
    course = make_course()
    assignment = make_assignment(course)
    assignment.rubric.delete()
    with pytest.raises(ValidationError) as caught:
        Rubric.objects.create(
            assignment=assignment,
            sections=[{"name": "A", "max_score": 10, "criteria": [{"name": "x", "max_points": 3}]}],
        )
    assert "sections" in caught.value.message_dict


def test_rubric_cannot_change_once_graded():
    course = make_course()
    assignment = make_assignment(course)
    student = make_student(course)
    submission = Submission.objects.create(assignment=assignment, student=student, text="An answer")
    record_final_evaluation(submission, {"Answer": {"score": 4}}, None)
    assignment.rubric.sections = [{"name": "Answer", "max_score": 10}]
    with pytest.raises(ValidationError):
        assignment.rubric.save()


def test_evaluation_above_max_is_refused_and_total_is_computed():
    course = make_course()
    assignment = make_assignment(course, sections=SPEECH_RUBRIC)
    submission = Submission.objects.create(assignment=assignment, student=make_student(course), text="Speech")
    with pytest.raises(ValidationError) as caught:
        record_final_evaluation(submission, {"Content": {"score": 41}, "Delivery": {"score": 10}}, None)
    assert "Content.score" in " ".join(caught.value.message_dict["sections"])
    assert not Evaluation.objects.exists()
    evaluation = record_final_evaluation(submission, {"Content": {"score": 30}, "Delivery": {"score": 20.5}}, None)
    assert evaluation.total == 50.5


def test_regrading_replaces_the_single_final_evaluation():
    course = make_course()
    assignment = make_assignment(course)
    submission = Submission.objects.create(assignment=assignment, student=make_student(course), text="x")
    instructor = make_instructor()
    record_final_evaluation(submission, {"Answer": {"score": 1}}, instructor)
    record_final_evaluation(submission, {"Answer": {"score": 3}}, instructor)
    finals = Evaluation.objects.filter(submission=submission, status="final")
    assert [e.total for e in finals] == [3]


def test_database_refuses_a_second_final_evaluation():
    course = make_course()
    assignment = make_assignment(course)
    submission = Submission.objects.create(assignment=assignment, student=make_student(course), text="x")
    record_final_evaluation(submission, {"Answer": {"score": 1}}, None)
    with pytest.raises(IntegrityError):
        Evaluation.objects.create(submission=submission, status="final", sections={"Answer": {"score": 2}}, total=0)


def test_submission_from_a_student_not_in_the_course_is_refused():
    course, other = make_course(), make_course()
    assignment = make_assignment(course)
    stranger = make_student(other)
    with pytest.raises(ValidationError):
        Submission(assignment=assignment, student=stranger, text="hi").full_clean()
