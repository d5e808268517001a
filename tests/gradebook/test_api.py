import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from gradebook.models import Assignment, Evaluation, Student, Submission
from gradebook.services import create_submission, record_final_evaluation
from tests.documents import docx_bytes, pdf_bytes

from .factories import SPEECH_RUBRIC, make_assignment, make_course, make_instructor, make_student

pytestmark = pytest.mark.django_db

API = "/api/v1"


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate-limit counters live in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


def client_for(user):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def instructor():
    return make_instructor()


@pytest.fixture
def api(instructor):
    return client_for(instructor)


@pytest.fixture
def course(instructor):
    return make_course(instructor)


@pytest.fixture
def speech(course):
    return make_assignment(course, sections=SPEECH_RUBRIC, title="Persuasive speech")


@pytest.fixture
def student(course):
    return make_student(course, name="Ada Lovelace")


GOOD_SCORES = {
    "Content": {
        "score": 33,
        "comment": "Clear claim.",
        "criteria": [{"name": "Argument", "points": 20}, {"name": "Evidence", "points": 13}],
    },
    "Delivery": {"score": 24.5},
}


def test_json_submission_is_graded_and_read_back(api, speech, student, instructor):
    created = api.post(
        f"{API}/submissions/",
        {"assignment": speech.pk, "student": student.pk, "text": "  Renewable energy pays for itself.  "},
        format="json",
    )
    assert created.status_code == 201, created.data
    submission = created.data
    assert submission["text"] == "Renewable energy pays for itself."
    assert (submission["source"], submission["graded"]) == ("api", False)

    graded = api.post(f"{API}/evaluations/", {"submission": submission["id"], "sections": GOOD_SCORES}, format="json")
    assert graded.status_code == 201, graded.data
    assert graded.data["total"] == 57.5
    assert graded.data["status"] == "final"
    assert graded.data["graded_by"] == instructor.username
    assert graded.data["sections"]["Content"]["criteria"][1] == {"name": "Evidence", "points": 13, "max_points": 15}

    read = api.get(f"{API}/evaluations/{graded.data['id']}/")
    assert read.status_code == 200
    assert read.data["sections"]["Delivery"]["score"] == 24.5
    assert read.data["assignment"] == speech.pk
    assert api.get(f"{API}/submissions/{submission['id']}/").data["graded"] is True


def test_regrading_replaces_the_final_evaluation(api, speech, student):
    submission = create_submission(speech, student, text="An answer")
    first = api.post(f"{API}/evaluations/", {"submission": submission.pk, "sections": GOOD_SCORES}, format="json")
    again = api.post(
        f"{API}/evaluations/",
        {"submission": submission.pk, "sections": {"Content": {"score": 10}, "Delivery": {"score": 5}}},
        format="json",
    )
    assert again.status_code == 201
    assert again.data["id"] == first.data["id"]
    assert list(Evaluation.objects.values_list("total", flat=True)) == [15]


def test_pdf_upload_becomes_the_submission_text(api, speech, student):
    upload = SimpleUploadedFile("speech.pdf", pdf_bytes("Wind farms create local jobs."), "application/pdf")
    response = api.post(
        f"{API}/submissions/", {"assignment": speech.pk, "student": student.pk, "file": upload}, format="multipart"
    )
    assert response.status_code == 201, response.data
    assert "Wind farms create local jobs." in response.data["text"]
    assert response.data["original_filename"] == "speech.pdf"
    stored = Submission.objects.get(pk=response.data["id"])
    with stored.original_file.open("rb") as original:
        assert original.read(4) == b"%PDF"


def test_docx_upload_becomes_the_submission_text(api, speech, student):
    data = docx_bytes("Solar panels on every school roof.")
    docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    upload = SimpleUploadedFile("speech.docx", data, docx_type)
    response = api.post(
        f"{API}/submissions/", {"assignment": speech.pk, "student": student.pk, "file": upload}, format="multipart"
    )
    assert response.status_code == 201, response.data
    assert response.data["text"] == "Solar panels on every school roof."


@pytest.mark.parametrize(
    ("filename", "data", "reason"),
    [
        ("broken.pdf", b"this is not a pdf", "the file is not a valid PDF"),
        ("program.exe", b"MZ\x90\x00", "wrong file type"),
        ("empty.txt", b"", "the file is empty."),
    ],
)
def test_unreadable_upload_is_a_400_naming_the_file_and_saves_nothing(api, speech, student, filename, data, reason):
    upload = SimpleUploadedFile(filename, data)
    response = api.post(
        f"{API}/submissions/", {"assignment": speech.pk, "student": student.pk, "file": upload}, format="multipart"
    )
    assert response.status_code == 400
    [message] = response.data["file"]
    assert message.startswith(f"{filename}: {reason}")
    assert not Submission.objects.exists()


def test_text_and_file_together_are_refused(api, speech, student):
    upload = SimpleUploadedFile("a.txt", b"typed in a file")
    response = api.post(
        f"{API}/submissions/",
        {"assignment": speech.pk, "student": student.pk, "file": upload, "text": "typed"},
        format="multipart",
    )
    assert response.status_code == 400
    assert "text" in response.data


def test_second_submission_for_the_same_student_is_a_400(api, speech, student):
    create_submission(speech, student, text="first")
    response = api.post(
        f"{API}/submissions/", {"assignment": speech.pk, "student": student.pk, "text": "second"}, format="json"
    )
    assert response.status_code == 400
    assert "already exists" in response.data["non_field_errors"][0]
    assert Submission.objects.get().text == "first"


def test_submission_for_a_student_outside_the_course_is_a_400(api, instructor, speech):
    outsider = make_student(make_course(instructor))
    response = api.post(
        f"{API}/submissions/", {"assignment": speech.pk, "student": outsider.pk, "text": "hello"}, format="json"
    )
    assert response.status_code == 400
    assert response.data["student"] == ["The student is not enrolled in this assignment's course."]


def test_score_above_the_maximum_is_a_400_naming_the_field(api, speech, student):
    submission = create_submission(speech, student, text="An answer")
    response = api.post(
        f"{API}/evaluations/",
        {"submission": submission.pk, "sections": {"Content": {"score": 41}, "Delivery": {"score": 20}}},
        format="json",
    )
    assert response.status_code == 400
    assert response.json() == {"sections": {"Content.score": ["The score 41 is above the maximum of 40."]}}
    assert not Evaluation.objects.exists()


def test_missing_section_is_a_400_naming_the_section(api, speech, student):
    submission = create_submission(speech, student, text="An answer")
    response = api.post(
        f"{API}/evaluations/", {"submission": submission.pk, "sections": {"Content": {"score": 30}}}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"sections": {"Delivery": ["Section 'Delivery' has no score."]}}


def test_missing_fields_are_400s_naming_each_field(api):
    assert api.post(f"{API}/evaluations/", {}, format="json").json() == {
        "submission": ["This field is required."],
        "sections": ["This field is required."],
    }
    assert set(api.post(f"{API}/submissions/", {}, format="json").json()) == {"assignment", "student", "text"}


def test_assignment_is_created_with_its_rubric_in_one_request(api, course):
    response = api.post(
        f"{API}/assignments/",
        {
            "course": course.pk,
            "title": "Recursion",
            "kind": "short_answer",
            "prompt": "Explain recursion.",
            "rubric": {"sections": [{"name": " Answer ", "max_score": 5}]},
        },
        format="json",
    )
    assert response.status_code == 201, response.data
    assert response.data["rubric"]["sections"] == [{"name": "Answer", "max_score": 5, "criteria": []}]
    assert Assignment.objects.get(pk=response.data["id"]).rubric.max_total == 5


def test_duplicate_external_id_in_a_course_is_a_400(api, course):
    body = {
        "course": course.pk,
        "title": "Q1",
        "prompt": "Explain recursion.",
        "external_id": "1.1",
        "rubric": {"sections": [{"name": "Answer", "max_score": 5}]},
    }
    assert api.post(f"{API}/assignments/", body, format="json").status_code == 201
    again = api.post(f"{API}/assignments/", body, format="json")
    assert again.status_code == 400
    assert "non_field_errors" in again.data
    assert Assignment.objects.count() == 1


def test_invalid_rubric_is_a_400_per_field_and_creates_nothing(api, course):
    response = api.post(
        f"{API}/assignments/",
        {
            "course": course.pk,
            "title": "Essay",
            "kind": "essay",
            "prompt": "Write.",
            "rubric": {
                "sections": [
                    {"name": "Style", "max_score": 10, "criteria": [{"name": "Voice", "max_points": 3}]},
                    {"name": "Ideas", "max_score": -1},
                ]
            },
        },
        format="json",
    )
    assert response.status_code == 400
    assert response.json() == {
        "rubric": {
            "sections[0].criteria": ["Criteria points add up to 3, but the section max is 10."],
            "sections[1].max_score": ["max_score must be a positive number."],
        }
    }
    assert not Assignment.objects.exists()


def test_rubric_changes_until_the_first_evaluation_then_is_a_400(api, speech, student):
    url = f"{API}/rubrics/{speech.rubric.pk}/"
    changed = SPEECH_RUBRIC[:1] + [{"name": "Delivery", "max_score": 20}]
    response = api.patch(url, {"sections": changed}, format="json")
    assert response.status_code == 200, response.data
    assert response.data["max_total"] == 60

    bad = api.patch(url, {"sections": [{"name": "", "max_score": 5}]}, format="json")
    assert bad.json() == {"sections[0].name": ["A section needs a name."]}

    record_final_evaluation(
        create_submission(speech, student, text="x"), {"Content": {"score": 1}, "Delivery": {"score": 1}}, None
    )
    locked = api.patch(url, {"sections": [{"name": "Content", "max_score": 100}]}, format="json")
    assert locked.status_code == 400
    assert "already has evaluations" in locked.data["sections"][0]
    speech.rubric.refresh_from_db()
    assert speech.rubric.max_total == 60


def test_enrolling_a_student_into_your_course(api, instructor, course):
    response = api.post(
        f"{API}/students/", {"course": course.pk, "student_id": "S-1", "name": "Grace Hopper"}, format="json"
    )
    assert response.status_code == 201, response.data
    assert response.data["courses"] == [course.pk]

    second = make_course(instructor)
    again = api.post(f"{API}/students/", {"course": second.pk, "student_id": "S-1"}, format="json")
    assert again.status_code == 201
    assert sorted(again.data["courses"]) == sorted([course.pk, second.pk])
    assert Student.objects.get().name == "Grace Hopper"


def test_invalid_student_id_is_a_400_and_creates_nothing(api, course):
    response = api.post(f"{API}/students/", {"course": course.pk, "student_id": "no spaces!"}, format="json")
    assert response.status_code == 400
    assert "student_id" in response.data
    assert not Student.objects.exists()


def test_a_student_shows_only_the_courses_you_teach(api, course, student):
    make_course(make_instructor()).students.add(student)
    assert api.get(f"{API}/students/{student.pk}/").data["courses"] == [course.pk]


def test_only_a_superuser_creates_courses(api, instructor):
    refused = api.post(f"{API}/courses/", {"code": "X1", "title": "Mine"}, format="json")
    assert refused.status_code == 403

    admin = get_user_model().objects.create_superuser("root", password="pass-word-123")
    created = client_for(admin).post(
        f"{API}/courses/", {"code": "BIO1", "title": "Biology", "instructors": [instructor.username]}, format="json"
    )
    assert created.status_code == 201, created.data
    assert [c["code"] for c in api.get(f"{API}/courses/").data["results"]] == ["BIO1"]


@pytest.fixture
def graded_work(speech, student, instructor):
    submission = create_submission(speech, student, text="An answer")
    evaluation = record_final_evaluation(submission, GOOD_SCORES, instructor)
    return submission, evaluation


def test_another_instructor_gets_404_for_everything_of_yours(course, speech, student, graded_work):
    submission, evaluation = graded_work
    intruder = client_for(make_instructor())
    for path in (
        f"courses/{course.pk}",
        f"assignments/{speech.pk}",
        f"rubrics/{speech.rubric.pk}",
        f"students/{student.pk}",
        f"submissions/{submission.pk}",
        f"evaluations/{evaluation.pk}",
    ):
        assert intruder.get(f"{API}/{path}/").status_code == 404, path
        assert intruder.get(f"{API}/{path.split('/')[0]}/").data["count"] == 0
    assert intruder.patch(f"{API}/rubrics/{speech.rubric.pk}/", {"sections": []}, format="json").status_code == 404


def test_another_instructor_cannot_post_into_your_course(course, speech, student, graded_work):
    submission, _ = graded_work
    intruder_user = make_instructor()
    own_student = make_student(make_course(intruder_user))
    intruder = client_for(intruder_user)

    posts = {
        "submissions": ({"assignment": speech.pk, "student": own_student.pk, "text": "x"}, "assignment"),
        "evaluations": ({"submission": submission.pk, "sections": GOOD_SCORES}, "submission"),
        "assignments": (
            {"course": course.pk, "title": "t", "prompt": "p", "rubric": {"sections": SPEECH_RUBRIC}},
            "course",
        ),
        "students": ({"course": course.pk, "student_id": "S-99"}, "course"),
    }
    for endpoint, (body, field) in posts.items():
        response = intruder.post(f"{API}/{endpoint}/", body, format="json")
        assert response.status_code == 400, endpoint
        assert response.data[field][0].endswith("object does not exist."), endpoint
    submission_with_your_student = {"assignment": speech.pk, "student": student.pk, "text": "x"}
    assert "student" in intruder.post(f"{API}/submissions/", submission_with_your_student, format="json").data
    assert Submission.objects.count() == 1
    assert not Student.objects.filter(student_id="S-99").exists()


def test_anonymous_requests_get_nothing(speech, graded_work):
    anonymous = APIClient()
    for endpoint in ("courses", "students", "assignments", "rubrics", "submissions", "evaluations"):
        assert anonymous.get(f"{API}/{endpoint}/").status_code == 401, endpoint
        assert anonymous.post(f"{API}/{endpoint}/", {}, format="json").status_code == 401, endpoint
    assert anonymous.get(f"{API}/assignments/{speech.pk}/").status_code == 401


def test_a_token_from_username_and_password_authenticates(instructor, course):
    wrong = APIClient().post(f"{API}/auth/token/", {"username": instructor.username, "password": "nope"})
    assert wrong.status_code == 400

    response = APIClient().post(f"{API}/auth/token/", {"username": instructor.username, "password": "pass-word-123"})
    assert response.status_code == 200
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {response.data['token']}")
    assert [c["id"] for c in client.get(f"{API}/courses/").data["results"]] == [course.pk]

    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert client.get(f"{API}/courses/").status_code == 401


def low_rates(anon, user):
    return override_settings(
        REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": anon, "user": user}}
    )


def test_anonymous_token_requests_are_rate_limited(instructor):
    with low_rates(anon="2/minute", user="100/minute"):
        body = {"username": instructor.username, "password": "guess"}
        codes = [APIClient().post(f"{API}/auth/token/", body).status_code for _ in range(3)]
    assert codes == [400, 400, 429]


def test_token_users_are_rate_limited(api):
    with low_rates(anon="100/minute", user="3/minute"):
        codes = [api.get(f"{API}/courses/").status_code for _ in range(4)]
        limited = api.get(f"{API}/courses/")
    assert codes == [200, 200, 200, 429]
    assert int(limited["Retry-After"]) > 0


def test_lists_are_paginated(api, course):
    for n in range(3):
        make_assignment(course, title=f"A{n}")
    first = api.get(f"{API}/assignments/", {"page_size": 2})
    assert first.data["count"] == 3
    assert [a["title"] for a in first.data["results"]] == ["A0", "A1"]
    second = api.get(first.data["next"])
    assert [a["title"] for a in second.data["results"]] == ["A2"]
    assert second.data["next"] is None


def test_lists_filter_by_course_kind_assignment_and_graded(api, instructor, course, speech, student, graded_work):
    submission, evaluation = graded_work
    essay = make_assignment(course, title="Essay", kind=Assignment.Kind.ESSAY)
    ungraded = create_submission(essay, student, text="Draft")
    other_course = make_course(instructor)
    make_assignment(other_course, title="Elsewhere")

    def ids(endpoint, **params):
        response = api.get(f"{API}/{endpoint}/", params)
        assert response.status_code == 200, response.data
        return [row["id"] for row in response.data["results"]]

    assert ids("assignments", course=course.pk, kind="essay") == [essay.pk]
    assert len(ids("assignments", course=other_course.pk)) == 1
    assert ids("submissions", graded="true") == [submission.pk]
    assert ids("submissions", graded="false") == [ungraded.pk]
    assert ids("submissions", assignment=essay.pk, student=student.pk) == [ungraded.pk]
    assert ids("evaluations", assignment=speech.pk, status="final") == [evaluation.pk]
    assert ids("evaluations", assignment=essay.pk) == []
    assert ids("students", course=course.pk) == [student.pk]
    assert ids("rubrics", assignment=essay.pk) == [essay.rubric.pk]

    someone_elses = make_course(make_instructor())
    refused = api.get(f"{API}/assignments/", {"course": someone_elses.pk})
    assert refused.status_code == 400
    assert "course" in refused.data


def test_a_rubric_in_quarter_points_takes_scores_on_its_grid_and_refuses_others_per_field(api, course, student):
    response = api.post(
        f"{API}/assignments/",
        {
            "course": course.pk,
            "title": "Slow start",
            "kind": "short_answer",
            "prompt": "Why slow start?",
            "rubric": {"sections": [{"name": "Score", "max_score": 1, "step": 0.25}]},
        },
        format="json",
    )
    assert response.status_code == 201, response.data
    assert response.data["rubric"]["sections"] == [{"name": "Score", "max_score": 1, "criteria": [], "step": 0.25}]
    submission = create_submission(Assignment.objects.get(pk=response.data["id"]), student, text="It probes.")

    off_grid = api.post(
        f"{API}/evaluations/", {"submission": submission.pk, "sections": {"Score": {"score": 0.3}}}, format="json"
    )
    assert off_grid.status_code == 400
    assert off_grid.json() == {
        "sections": {"Score.score": ["The score 0.3 is not on this section's grid: use a multiple of 0.25."]}
    }
    assert not Evaluation.objects.exists()
    on_grid = api.post(
        f"{API}/evaluations/",
        {"submission": submission.pk, "sections": {"Score": {"score": 0.75, "comment": "Mostly."}}},
        format="json",
    )
    assert on_grid.status_code == 201, on_grid.data


def test_a_step_that_does_not_divide_the_maximum_is_a_400_naming_it(api, course):
    response = api.post(
        f"{API}/assignments/",
        {
            "course": course.pk,
            "title": "Q",
            "prompt": "Why?",
            "rubric": {"sections": [{"name": "Score", "max_score": 1, "step": 0.3}]},
        },
        format="json",
    )
    assert response.status_code == 400
    assert "The step 0.3 does not divide the section max of 1." in str(response.data)
    assert not Assignment.objects.exists()
