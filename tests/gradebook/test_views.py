import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gradebook.models import Assignment, Enrollment, Evaluation, Student, Submission
from gradebook.services import create_submission, record_final_evaluation
from tests.documents import docx_bytes, pdf_bytes

from .factories import SPEECH_RUBRIC, make_assignment, make_course, make_instructor, make_student

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(client):
    """An instructor logged in, their course with a speech assignment and two submissions."""
    instructor = make_instructor()
    course = make_course(instructor)
    assignment = make_assignment(course, sections=SPEECH_RUBRIC)
    first = create_submission(assignment, make_student(course, "S00001", "Ada"), text="First speech")
    second = create_submission(assignment, make_student(course, "S00002", "Bo"), text="Second speech")
    client.force_login(instructor)
    return {"instructor": instructor, "course": course, "assignment": assignment, "first": first, "second": second}


def page_urls(s):
    a, sub = s["assignment"].pk, s["first"].pk
    return [
        reverse("gradebook:course_detail", args=[s["course"].pk]),
        reverse("gradebook:assignment_create", args=[s["course"].pk]),
        reverse("gradebook:assignment_detail", args=[a]),
        reverse("gradebook:grades_export", args=[a]),
        reverse("gradebook:submission_create", args=[a]),
        reverse("gradebook:bulk_upload", args=[a]),
        reverse("gradebook:start_grading", args=[a]),
        reverse("gradebook:grade_submission", args=[sub]),
        reverse("gradebook:submission_file", args=[sub]),
    ]


def test_another_instructor_gets_404_on_every_page_of_a_course_they_do_not_teach(setup, client):
    client.force_login(make_instructor())
    for url in page_urls(setup):
        assert client.get(url).status_code == 404, url
    grade = reverse("gradebook:grade_submission", args=[setup["first"].pk])
    assert client.post(grade, {"s0_score": "1", "s1_score": "1"}).status_code == 404
    enroll = reverse("gradebook:enroll_student", args=[setup["course"].pk])
    assert client.post(enroll, {"student_id": "X1", "name": "X"}).status_code == 404
    assert not Evaluation.objects.exists()
    assert not Student.objects.filter(student_id="X1").exists()


def test_anonymous_visitor_is_sent_to_login(setup, client):
    client.logout()
    for url in [reverse("gradebook:course_list"), *page_urls(setup)]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login") + "?next="), url


def test_course_list_shows_only_courses_the_instructor_teaches(setup, client):
    make_course(make_instructor(), code="OTHER-1")
    page = client.get(reverse("gradebook:course_list")).content.decode()
    assert setup["course"].code in page
    assert "OTHER-1" not in page


def test_course_page_shows_progress_and_students(setup, client):
    record_final_evaluation(setup["first"], {"Content": 30, "Delivery": 20}, setup["instructor"])
    page = client.get(reverse("gradebook:course_detail", args=[setup["course"].pk])).content.decode()
    assert "1/2 graded" in page
    assert 'data-progress="50"' in page
    assert "S00001" in page and "Bo" in page


def test_enrolling_a_student_from_the_course_page(setup, client):
    url = reverse("gradebook:enroll_student", args=[setup["course"].pk])
    response = client.post(url, {"student_id": "S00077", "name": "Cy", "email": ""})
    assert response.status_code == 302
    assert Enrollment.objects.filter(course=setup["course"], student__student_id="S00077").exists()
    response = client.post(url, {"student_id": "bad id", "name": "Cy"})
    assert response.status_code == 400
    assert "Use letters, digits" in response.content.decode()
    assert not Student.objects.filter(student_id="bad id").exists()


def test_creating_an_assignment_with_its_rubric(setup, client):
    url = reverse("gradebook:assignment_create", args=[setup["course"].pk])
    data = {
        "title": "Essay",
        "kind": "essay",
        "prompt": "Discuss.",
        "reference_answer": "",
        "rubric": '[{"name": "Argument", "max_score": 10}]',
    }
    response = client.post(url, data)
    assignment = Assignment.objects.get(title="Essay")
    assert response["Location"] == reverse("gradebook:assignment_detail", args=[assignment.pk])
    assert assignment.course == setup["course"]
    assert assignment.rubric.sections == [{"name": "Argument", "max_score": 10, "criteria": []}]


def test_an_invalid_rubric_creates_no_assignment_and_says_why(setup, client):
    url = reverse("gradebook:assignment_create", args=[setup["course"].pk])
    data = {"title": "Essay", "kind": "essay", "prompt": "Discuss.", "rubric": '[{"name": "Argument", "max_score": 0}]'}
    response = client.post(url, data)
    assert response.status_code == 400
    assert "Section 1 (Argument): max_score — max_score must be a positive number." in response.content.decode()
    assert not Assignment.objects.filter(title="Essay").exists()


def test_assignment_page_lists_submissions_with_status_and_total(setup, client):
    record_final_evaluation(setup["second"], {"Content": 30, "Delivery": 20.5}, setup["instructor"])
    page = client.get(reverse("gradebook:assignment_detail", args=[setup["assignment"].pk])).content.decode()
    assert "1/2 graded" in page
    assert "50.5" in page
    assert page.count('class="pill graded"') == 1
    assert reverse("gradebook:grades_export", args=[setup["assignment"].pk]) in page
    assert reverse("gradebook:bulk_upload", args=[setup["assignment"].pk]) in page


def grade_url(submission):
    return reverse("gradebook:grade_submission", args=[submission.pk])


def test_grading_page_renders_the_rubric_form_beside_the_text(setup, client):
    page = client.get(grade_url(setup["first"])).content.decode()
    assert "First speech" in page
    assert 'name="s0_score"' in page and 'max="40"' in page and 'step="any"' in page and "autofocus" in page
    assert 'name="s0_c0"' in page and 'max="25"' in page
    assert 'name="s1_comment"' in page
    assert "Save and next ungraded" in page


def test_save_and_next_stores_the_grade_and_opens_the_next_ungraded(setup, client):
    data = {"s0_score": "33", "s0_c0": "20", "s0_c1": "13", "s0_comment": "Clear", "s1_score": "25", "action": "next"}
    response = client.post(grade_url(setup["first"]), data)
    assert response.status_code == 302
    assert response["Location"] == grade_url(setup["second"])
    evaluation = Evaluation.objects.get(submission=setup["first"], status="final")
    assert evaluation.total == 58
    assert evaluation.graded_by == setup["instructor"]
    assert evaluation.sections["Content"]["comment"] == "Clear"


def test_save_returns_to_the_assignment_and_the_last_grade_ends_the_round(setup, client):
    assignment_url = reverse("gradebook:assignment_detail", args=[setup["assignment"].pk])
    response = client.post(grade_url(setup["first"]), {"s0_score": "1", "s1_score": "2", "action": "save"})
    assert response["Location"] == assignment_url
    response = client.post(grade_url(setup["second"]), {"s0_score": "3", "s1_score": "4", "action": "next"})
    assert response["Location"] == assignment_url
    assert Evaluation.objects.filter(status="final").count() == 2


def test_regrading_shows_and_replaces_the_stored_grade(setup, client):
    record_final_evaluation(setup["first"], {"Content": {"score": 12, "comment": "Thin"}, "Delivery": 7}, None)
    page = client.get(grade_url(setup["first"])).content.decode()
    assert 'value="12"' in page and "Thin" in page
    client.post(grade_url(setup["first"]), {"s0_score": "14", "s1_score": "7", "action": "save"})
    assert Evaluation.objects.get(submission=setup["first"]).total == 21


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"s0_score": "41", "s1_score": "10"}, "s0_score", "The score 41 is above the maximum of 40."),
        ({"s0_score": "30"}, "s1_score", "Section &#x27;Delivery&#x27; has no score."),
        ({"s0_score": "abc", "s1_score": "10"}, "s0_score", "Enter a number."),
    ],
)
def test_an_invalid_score_shows_the_error_and_stores_nothing(setup, client, data, field, message):
    response = client.post(grade_url(setup["first"]), {**data, "action": "next"})
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert "Nothing was saved" in page
    assert response.context["form"].errors[field]
    assert not Evaluation.objects.exists()


def test_start_grading_opens_the_first_ungraded_submission(setup, client):
    record_final_evaluation(setup["first"], {"Content": 1, "Delivery": 1}, None)
    response = client.get(reverse("gradebook:start_grading", args=[setup["assignment"].pk]))
    assert response["Location"] == grade_url(setup["second"])


def test_adding_typed_text_for_a_new_student_enrolls_them(setup, client):
    url = reverse("gradebook:submission_create", args=[setup["assignment"].pk])
    response = client.post(url, {"new_student_id": "S00009", "new_student_name": "Di", "text": "My answer"})
    assert response.status_code == 302
    submission = Submission.objects.get(student__student_id="S00009")
    assert submission.text == "My answer"
    assert submission.student.name == "Di"
    assert Enrollment.objects.filter(course=setup["course"], student=submission.student).exists()


def test_adding_an_uploaded_docx_keeps_the_text_and_the_original(setup, client):
    student = make_student(setup["course"], "S00010", "Ed")
    original = docx_bytes("Rhetoric matters.")
    upload = SimpleUploadedFile("essay.docx", original)
    url = reverse("gradebook:submission_create", args=[setup["assignment"].pk])
    assert client.post(url, {"student": student.pk, "file": upload}).status_code == 302
    submission = Submission.objects.get(student=student)
    assert submission.text == "Rhetoric matters."
    assert submission.source == Submission.Source.UPLOAD
    download = client.get(reverse("gradebook:submission_file", args=[submission.pk]))
    assert download.status_code == 200
    assert 'filename="essay.docx"' in download["Content-Disposition"]
    assert b"".join(download.streaming_content) == original


def test_a_bad_upload_shows_the_file_and_reason_and_saves_nothing(setup, client):
    url = reverse("gradebook:submission_create", args=[setup["assignment"].pk])
    upload = SimpleUploadedFile("broken.pdf", b"%PDF-1.4 this is not really a pdf")
    response = client.post(url, {"new_student_id": "S00011", "new_student_name": "Fay", "file": upload})
    assert response.status_code == 400
    assert "broken.pdf: the PDF is corrupt and cannot be read" in response.content.decode()
    assert not Student.objects.filter(student_id="S00011").exists()
    assert Submission.objects.count() == 2


def test_a_second_submission_for_the_same_student_is_refused(setup, client):
    url = reverse("gradebook:submission_create", args=[setup["assignment"].pk])
    response = client.post(url, {"student": setup["first"].student.pk, "text": "Again"})
    assert response.status_code == 400
    assert "already exists" in response.content.decode()
    assert Submission.objects.get(pk=setup["first"].pk).text == "First speech"


def test_bulk_upload_saves_good_files_and_reports_bad_ones_by_name(setup, client):
    for sid in ("S00020", "S00021", "S00022", "S00023"):
        make_student(setup["course"], sid)
    files = [
        SimpleUploadedFile("S00020.pdf", pdf_bytes("A PDF answer about recursion.")),
        SimpleUploadedFile("S00021.docx", docx_bytes("A DOCX answer.")),
        SimpleUploadedFile("S00022.pdf", b"%PDF-1.4 garbage"),
        SimpleUploadedFile("S99999.txt", b"Someone not enrolled"),
        SimpleUploadedFile("S00001.txt", b"Ada again"),
        SimpleUploadedFile("S00023.exe", b"MZ"),
    ]
    url = reverse("gradebook:bulk_upload", args=[setup["assignment"].pk])
    response = client.post(url, {"files": files})
    assert response.status_code == 200
    report = response.context["report"]
    assert report.saved == ["S00020.pdf", "S00021.docx"]
    failed = dict(report.failed)
    assert failed["S00022.pdf"].startswith("the PDF is corrupt")
    assert failed["S99999.txt"] == "no student with id 'S99999' is enrolled in this course."
    assert failed["S00001.txt"] == "this student already has a submission for this assignment."
    assert failed["S00023.exe"].startswith("wrong file type")
    page = response.content.decode()
    assert "S00022.pdf" in page and "the PDF is corrupt" in page
    assert "A PDF answer about recursion." in Submission.objects.get(student__student_id="S00020").text
    assert not Submission.objects.filter(student__student_id__in=["S00022", "S99999"]).exists()
    assert Submission.objects.get(pk=setup["first"].pk).text == "First speech"
    assert not Student.objects.filter(student_id="S99999").exists()


def test_bulk_upload_can_enroll_unknown_students_but_not_for_a_bad_file(setup, client):
    files = [
        SimpleUploadedFile("S00030.txt", b"New student's answer"),
        SimpleUploadedFile("S00031.docx", b"PK\x03\x04 not a zip"),
    ]
    url = reverse("gradebook:bulk_upload", args=[setup["assignment"].pk])
    report = client.post(url, {"files": files, "enroll_unknown": "on"}).context["report"]
    assert report.saved == ["S00030.txt"]
    assert Enrollment.objects.filter(course=setup["course"], student__student_id="S00030").exists()
    assert not Student.objects.filter(student_id="S00031").exists()


def test_bulk_csv_upload_saves_rows_and_reports_bad_ones(setup, client):
    make_student(setup["course"], "S00040")
    content = "student_id,text,name\nS00040,Answer forty,\nS00041,Answer new,Gil\nS00042,,Hal\n,orphan,\n"
    upload = SimpleUploadedFile("answers.csv", content.encode())
    url = reverse("gradebook:bulk_upload", args=[setup["assignment"].pk])
    report = client.post(url, {"csv_file": upload, "enroll_unknown": "on"}).context["report"]
    assert report.saved == ["row 2 (S00040)", "row 3 (S00041)"]
    assert dict(report.failed) == {"row 4 (S00042)": "the text is empty.", "row 5": "the student_id is empty."}
    assert Student.objects.get(student_id="S00041").name == "Gil"
    assert not Student.objects.filter(student_id="S00042").exists()


def test_bulk_csv_without_the_needed_columns_is_refused(setup, client):
    upload = SimpleUploadedFile("answers.csv", b"id,answer\nS1,x\n")
    url = reverse("gradebook:bulk_upload", args=[setup["assignment"].pk])
    response = client.post(url, {"csv_file": upload})
    assert response.status_code == 400
    assert "answers.csv: the CSV needs the columns student_id and text" in response.content.decode()
    assert Submission.objects.count() == 2


def test_csv_export_has_a_row_per_submission_and_neutralises_formulas(setup, client):
    student = make_student(setup["course"], "S00050", '=HYPERLINK("http://evil")')
    formula = create_submission(setup["assignment"], student, text="x")
    record_final_evaluation(setup["first"], {"Content": 30, "Delivery": 20.5}, setup["instructor"])
    record_final_evaluation(formula, {"Content": 1, "Delivery": 2}, setup["instructor"])
    response = client.get(reverse("gradebook:grades_export", args=[setup["assignment"].pk]))
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    by_id = {row["student_id"]: row for row in rows}
    assert set(by_id) == {"S00001", "S00002", "S00050"}
    assert by_id["S00001"]["Content"] == "30" and by_id["S00001"]["total"] == "50.5"
    assert by_id["S00001"]["status"] == "graded"
    assert by_id["S00001"]["graded_by"] == setup["instructor"].username
    assert by_id["S00002"]["status"] == "ungraded" and by_id["S00002"]["total"] == ""
    assert by_id["S00050"]["student_name"] == '\'=HYPERLINK("http://evil")'
