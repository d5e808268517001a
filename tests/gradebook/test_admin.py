import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from gradebook.admin import rubric_summary
from gradebook.models import Assignment, Course, Enrollment, Evaluation, Rubric, Student, Submission
from gradebook.services import create_submission, record_final_evaluation

from .factories import SPEECH_RUBRIC, make_assignment, make_course, make_student

pytestmark = pytest.mark.django_db

MODELS = [Course, Student, Enrollment, Assignment, Rubric, Submission, Evaluation]


def graded_speeches(course, assignment, count, grader):
    for _ in range(count):
        student = make_student(course)
        submission = create_submission(assignment, student, text=f"A speech by {student.name}.")
        record_final_evaluation(
            submission,
            {
                "Content": {"score": 30, "criteria": {"Argument": 20, "Evidence": 10}},
                "Delivery": {"score": 25, "comment": "Clear and calm."},
            },
            grader,
        )


def user(username, **flags):
    """A user without a password: hashing one costs a second of CPU per test."""
    return get_user_model().objects.create(username=username, **flags)


@pytest.fixture
def admin_client(client):
    client.force_login(user("root", is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def gradebook():
    instructor = user("ms-marsh")
    course = make_course(instructor, code="SPEECH-1")
    assignment = make_assignment(course, sections=SPEECH_RUBRIC, title="Persuasive talk", kind="speech_transcript")
    student = make_student(course, student_id="zx-42", name="Robin Tallow")
    submission = create_submission(assignment, student, text="Friends, we need a bike lane.")
    record_final_evaluation(
        submission,
        {
            "Content": {"score": 35, "criteria": {"Argument": 22, "Evidence": 13}},
            "Delivery": {"score": 28},
        },
        instructor,
    )
    return {"course": course, "assignment": assignment, "student": student, "submission": submission}


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_each_changelist_and_change_page_renders_for_a_superuser(admin_client, gradebook, model):
    opts = model._meta
    changelist = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert changelist.status_code == 200
    obj = model.objects.first()
    change = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
    assert change.status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_searching_by_student_or_course_finds_the_row(admin_client, gradebook, model):
    other_course = make_course(code="OTHER-9")
    other = make_assignment(other_course, title="Unrelated quiz")
    create_submission(other, make_student(other_course, student_id="aa-1", name="Kit Ember"), text="x")
    query = {Course: "SPEECH", Assignment: "Persuasive", Rubric: "Persuasive"}.get(model, "zx-42")
    opts = model._meta

    response = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"), {"q": query})

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == list(
        {
            Course: Course.objects.filter(code="SPEECH-1"),
            Student: Student.objects.filter(student_id="zx-42"),
            Enrollment: Enrollment.objects.filter(student__student_id="zx-42"),
            Assignment: Assignment.objects.filter(title="Persuasive talk"),
            Rubric: Rubric.objects.filter(assignment__title="Persuasive talk"),
            Submission: Submission.objects.filter(student__student_id="zx-42"),
            Evaluation: Evaluation.objects.filter(submission__student__student_id="zx-42"),
        }[model]
    )


def test_rubric_and_scores_are_shown_readably(admin_client, gradebook):
    rubric = gradebook["assignment"].rubric
    evaluation = Evaluation.objects.get()

    rubric_page = admin_client.get(reverse("admin:gradebook_rubric_change", args=[rubric.pk]))
    evaluation_page = admin_client.get(reverse("admin:gradebook_evaluation_change", args=[evaluation.pk]))

    assert rubric_summary(rubric.sections) == "Content 40 (Argument 25, Evidence 15) · Delivery 30"
    assert "<td>Content</td><td>40</td>" in rubric_page.content.decode()
    assert "<td>Content</td><td>35 / 40</td><td>Argument 22/25, Evidence 13/15</td>" in evaluation_page.content.decode()


def test_evaluations_filter_by_status_course_and_provider(admin_client, gradebook):
    url = reverse("admin:gradebook_evaluation_changelist")
    course = gradebook["course"]
    assert admin_client.get(url, {"status__exact": "final"}).context["cl"].result_count == 1
    assert admin_client.get(url, {"submission__assignment__course__id__exact": course.pk}).status_code == 200
    assert admin_client.get(url, {"provider": "retrieval"}).status_code == 200


def test_changelists_do_not_query_per_row(admin_client, gradebook):
    grader = user("grader")
    graded_speeches(gradebook["course"], gradebook["assignment"], 2, grader)
    counts = {}
    for name in ("evaluation", "submission", "assignment", "course", "rubric", "enrollment", "student"):
        url = reverse(f"admin:gradebook_{name}_changelist")
        with CaptureQueriesContext(connection) as few:
            admin_client.get(url)
        graded_speeches(gradebook["course"], gradebook["assignment"], 5, grader)
        with CaptureQueriesContext(connection) as many:
            admin_client.get(url)
        counts[name] = (len(few), len(many))
    assert all(few == many for few, many in counts.values()), counts


def test_submissions_and_evaluations_are_read_only(admin_client, gradebook):
    evaluation = Evaluation.objects.get()
    response = admin_client.post(reverse("admin:gradebook_evaluation_change", args=[evaluation.pk]), {"total": 1})
    assert response.status_code == 403
    assert admin_client.get(reverse("admin:gradebook_submission_add")).status_code == 403
    evaluation.refresh_from_db()
    assert evaluation.total == 63
