import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import override_settings
from django.urls import reverse

from gradebook.importer import Columns, ImportFileError, import_gradebook
from gradebook.models import Assignment, Course, Evaluation, Student, Submission

from .factories import make_assignment, make_course, make_student

pytestmark = pytest.mark.django_db

MOHLER_HEADER = [
    "question_id",
    "question",
    "reference_answer",
    "student_answer",
    "score_rater1",
    "score_rater2",
    "score_avg",
]
QUESTION_A = ("11.1", "What does a constructor do?", "It initialises a new object.")
QUESTION_B = ("11.10", "Why use a linked list?", "Insertion without shifting elements.")


def make_instructor(username=None):
    """A user without a password: hashing one costs a second of CPU per test."""
    model = get_user_model()
    return model.objects.create(username=username or f"instructor{model.objects.count() + 1}")


def csv_bytes(header, rows, encoding="utf-8", bom=False) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(header)
    writer.writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode(encoding)


def mohler_row(question, answer, score):
    return [*question, answer, "", "", score]


def good_rows():
    return [
        mohler_row(QUESTION_A, "It sets up the fields of a new object.", "5"),
        mohler_row(QUESTION_A, "not answered", "0"),
        mohler_row(QUESTION_A, "not answered", "0.5"),
        mohler_row(QUESTION_B, "#NAME?", "3.625"),
        mohler_row(QUESTION_B, "You can add nodes in the middle cheaply.", "4.5"),
    ]


def row_counts():
    return [model.objects.count() for model in (Assignment, Student, Submission, Evaluation)]


def run_import(course, data: bytes, **options):
    options.setdefault("by", None)
    return import_gradebook(course, io.BytesIO(data), **options)


def test_mohler_layout_imports_with_defaults_and_keeps_question_ids_as_text():
    course = make_course()
    report = run_import(course, csv_bytes(MOHLER_HEADER, good_rows()))

    assert (report.imported, report.skipped, report.rejected, report.assignments_created) == (5, 0, 0, 2)
    by_id = {a.external_id: a for a in Assignment.objects.filter(course=course)}
    assert set(by_id) == {"11.1", "11.10"}
    first = by_id["11.1"]
    assert first.title.startswith("11.1: What does a constructor")
    assert first.prompt == "What does a constructor do?"
    assert first.reference_answer == "It initialises a new object."
    assert first.rubric.sections == [{"name": "Score", "max_score": 5, "criteria": [], "step": 0.5}]
    assert by_id["11.10"].rubric.sections[0]["step"] == 0.125  # 3.625: eighths, kept, not rounded
    assert Submission.objects.filter(assignment__course=course, source="import").count() == 5
    assert sorted(Evaluation.objects.filter(status="final").values_list("total", flat=True)) == [0, 0.5, 3.625, 4.5, 5]
    assert Submission.objects.get(assignment=by_id["11.10"], text="#NAME?").evaluations.get().total == 3.625
    not_answered = Submission.objects.filter(assignment=first, text="not answered")
    assert not_answered.values("student").distinct().count() == 2
    assert all(s.student.name == s.student.student_id for s in not_answered)
    assert course.enrollments.count() == 5


def test_reimporting_the_same_file_adds_nothing_and_reports_rows_as_skipped():
    course = make_course()
    data = csv_bytes(MOHLER_HEADER, good_rows())
    run_import(course, data)
    before = row_counts()

    again = run_import(course, data)

    assert (again.imported, again.skipped, again.rejected, again.assignments_created) == (0, 5, 0, 0)
    assert row_counts() == before


def test_a_label_tells_identical_answers_in_another_file_apart():
    course = make_course()
    run_import(course, csv_bytes(MOHLER_HEADER, good_rows()))
    next_term = csv_bytes(MOHLER_HEADER, [mohler_row(QUESTION_A, "not answered", "0")])

    assert run_import(course, next_term).skipped == 1
    assert run_import(course, next_term, label="next term").imported == 1
    assert run_import(course, next_term, label="next term").skipped == 1
    assert Submission.objects.filter(text="not answered").count() == 3


def test_bad_rows_are_rejected_with_their_line_and_reason_and_good_rows_are_kept():
    course = make_course()
    rows = [
        mohler_row(QUESTION_A, "A good answer\nthat spans two lines.", "4"),  # lines 2-3
        mohler_row(QUESTION_A, "   ", "3"),  # line 4
        mohler_row(QUESTION_A, "An answer", "four"),  # line 5
        mohler_row(QUESTION_A, "An answer", "5.5"),  # line 6
        ["", "Q?", "", "An answer", "", "", "2"],  # line 7
        mohler_row(QUESTION_A, "An answer", "-1"),  # line 8
        mohler_row(QUESTION_A, "An answer", ""),  # line 9
        mohler_row(QUESTION_A, "An answer", "nan"),  # line 10
        ["12.1", "", "", "An answer", "", "", "2"],  # line 11
    ]
    data = csv_bytes(MOHLER_HEADER, rows) + b"\n" + csv_bytes(None, [mohler_row(QUESTION_B, "Fine", "1")])

    report = run_import(course, data)

    assert (report.imported, report.rejected) == (2, 8)
    assert [(r.line, r.reason) for r in report.rejections] == [
        (4, "empty answer"),
        (5, "score 'four' is not a number"),
        (6, "score 5.5 is above the maximum of 5"),
        (7, "missing question id"),
        (8, "score -1 is negative"),
        (9, "missing score"),
        (10, "score 'nan' is not a number"),
        (11, "empty question text for the new question 12.1"),
    ]
    assert set(Assignment.objects.values_list("external_id", flat=True)) == {"11.1", "11.10"}
    assert Submission.objects.get(assignment__external_id="11.1").text == "A good answer\nthat spans two lines."


def test_columns_can_be_mapped_and_a_student_id_column_names_real_students():
    course = make_course()
    header = ["Item", "Prompt", "Answer", "Points", "Learner", "Learner name"]
    rows = [
        ["q1", "Name a prime.", "7", "10", "s-001", "Avery Quill"],
        ["q1", "Name a prime.", "9", "0", "s-002", ""],
        ["q1", "Name a prime.", "11", "10", "s-001", "Avery Quill"],
        ["q1", "Name a prime.", "13", "10", "bad id!", ""],
    ]
    columns = Columns(
        question_id="item",
        question="prompt",
        reference="",
        answer="answer",
        score="points",
        student_id="learner",
        student_name="learner name",
    )

    report = run_import(course, csv_bytes(header, rows), columns=columns, max_score=10)

    assert (report.imported, report.rejected) == (2, 2)
    assert report.rejections[0].reason == "student s-001 already answered question q1 on line 2"
    assert report.rejections[1].reason.startswith("student id 'bad id!' must be")
    assert Student.objects.get(student_id="s-001").name == "Avery Quill"
    assert Student.objects.get(student_id="s-002").name == "s-002"
    assert Assignment.objects.get(external_id="q1").rubric.sections[0]["max_score"] == 10


def test_rows_for_an_existing_assignment_use_its_rubric_and_keep_enrolled_students():
    course = make_course()
    assignment = make_assignment(course, sections=[{"name": "Answer", "max_score": 2}])
    assignment.external_id = "7"
    assignment.save()
    make_student(course, student_id="s-9")
    columns = Columns(student_id="sid")
    header = ["question_id", "question", "student_answer", "score_avg", "sid"]

    rows = [["7", "", "Yes", "2", "s-9"], ["7", "", "No", "3", "s-8"]]

    report = run_import(course, csv_bytes(header, rows), columns=columns)

    assert (report.imported, report.rejected, report.assignments_created) == (1, 1, 0)
    assert report.rejections[0].reason == "score 3 is above the maximum of 2"
    assert report.notes[0] == "No column 'reference_answer': the questions get no reference answer."
    assert Evaluation.objects.get().sections["Answer"]["score"] == 2


def test_a_missing_column_is_named_with_the_columns_found_and_nothing_is_written():
    course = make_course()
    data = csv_bytes(["question_id", "question", "answer", "score_avg"], [["1", "Q", "A", "1"]])

    with pytest.raises(ImportFileError) as caught:
        run_import(course, data)

    message = str(caught.value)
    assert "no column 'student_answer'" in message
    assert "Columns found: question_id, question, answer, score_avg" in message
    assert not Assignment.objects.exists()


def test_a_byte_order_mark_does_not_hide_the_first_column():
    report = run_import(make_course(), csv_bytes(MOHLER_HEADER, good_rows(), bom=True))
    assert report.imported == 5


def test_an_empty_file_is_refused_and_a_header_alone_imports_nothing():
    course = make_course()
    with pytest.raises(ImportFileError, match="The file is empty"):
        run_import(course, b"")
    report = run_import(course, csv_bytes(MOHLER_HEADER, []))
    assert report.imported == 0
    assert "The file has a header but no rows." in report.notes


def test_a_file_not_in_utf8_is_refused_whole_and_reads_with_its_encoding_named():
    course = make_course()
    rows = [mohler_row(QUESTION_A, "Fine", "1")] * 3 + [mohler_row(QUESTION_A, "Caf\u00e9 cr\u00e8me", "2")]
    data = csv_bytes(MOHLER_HEADER, rows, encoding="cp1252")

    with pytest.raises(ImportFileError) as caught:
        run_import(course, data)
    assert "not UTF-8" in str(caught.value) and "line 5" in str(caught.value)
    assert not Submission.objects.exists()

    report = run_import(course, data, encoding="cp1252")
    assert report.imported == 4
    assert Submission.objects.filter(text="Caf\u00e9 cr\u00e8me").exists()


def test_a_database_failure_mid_way_keeps_the_committed_batches_and_a_rerun_finishes():
    course = make_course()
    rows = [mohler_row(QUESTION_A, f"Answer {n}", "1") for n in range(1, 4)] + [mohler_row(QUESTION_A, "boom", "1")]
    data = csv_bytes(MOHLER_HEADER, rows)
    refuse_boom_answers(True)

    with pytest.raises(ImportFileError) as caught:
        run_import(course, data, batch_size=2)

    assert caught.value.report.imported == 2
    assert "run the same import again" in str(caught.value)
    assert sorted(Submission.objects.values_list("text", flat=True)) == ["Answer 1", "Answer 2"]
    refuse_boom_answers(False)
    report = run_import(course, data, batch_size=2)
    assert (report.imported, report.skipped) == (2, 2)


def refuse_boom_answers(on: bool):
    """A real database trigger that fails inserts of one answer text."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "CREATE TRIGGER refuse_boom BEFORE INSERT ON gradebook_submission WHEN NEW.text = 'boom'"
                " BEGIN SELECT RAISE(ABORT, 'boom refused'); END"
                if on
                else "DROP TRIGGER refuse_boom"
            )
        elif on:
            cursor.execute(
                "CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN IF NEW.text = 'boom' THEN"
                " RAISE EXCEPTION 'boom refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                "CREATE TRIGGER refuse_boom BEFORE INSERT ON gradebook_submission"
                " FOR EACH ROW EXECUTE FUNCTION refuse_boom()"
            )
        else:
            cursor.execute("DROP TRIGGER refuse_boom ON gradebook_submission")


def test_the_command_creates_the_course_and_records_the_instructor_as_grader(tmp_path):
    instructor = make_instructor("historian")
    path = tmp_path / "grades.csv"
    path.write_bytes(csv_bytes(MOHLER_HEADER, good_rows() + [mohler_row(QUESTION_B, "", "1")]))
    out = io.StringIO()

    call_command(
        "import_gradebook", str(path), course="HIST-1", course_title="History", instructor="historian", stdout=out
    )

    course = Course.objects.get(code="HIST-1")
    assert course.title == "History" and list(course.instructors.all()) == [instructor]
    assert set(Evaluation.objects.values_list("graded_by", flat=True)) == {instructor.pk}
    text = out.getvalue()
    assert "imported: 5" in text and "rejected: 1" in text and "line 7: empty answer" in text


def test_the_command_maps_columns_and_fails_clearly_on_a_bad_file(tmp_path):
    path = tmp_path / "grades.csv"
    path.write_bytes(csv_bytes(["qid", "q", "a", "pts"], [["3.10", "Q", "A", "9"]]))
    with pytest.raises(CommandError, match="no column 'question_id'"):
        call_command("import_gradebook", str(path), course="X1", stdout=io.StringIO())
    assert not Course.objects.filter(code="X1").exists()

    out = io.StringIO()
    call_command(
        "import_gradebook",
        str(path),
        "--course=X1",
        "--question-id-col=qid",
        "--question-col=q",
        "--answer-col=a",
        "--score-col=pts",
        "--max-score=10",
        stdout=out,
    )
    assert Assignment.objects.get(course__code="X1").external_id == "3.10"
    assert "imported: 1" in out.getvalue()


def import_url(course):
    return reverse("gradebook:import_gradebook", args=[course.pk])


def page_post(course, data: bytes, **fields):
    form = {f"col_{name}": default for name, default in Columns.defaults().items()}
    form.update({"max_score": "5", "encoding": "utf-8", **fields})
    form["file"] = io.BytesIO(data)
    form["file"].name = "history.csv"
    return form


def test_the_upload_page_prefills_the_columns_and_shows_the_report(client):
    instructor = make_instructor()
    course = make_course(instructor)
    client.force_login(instructor)

    page = client.get(import_url(course))
    assert page.status_code == 200
    assert b'value="student_answer"' in page.content and b'value="score_avg"' in page.content

    rows = good_rows() + [mohler_row(QUESTION_B, "An answer", "six")]
    response = client.post(import_url(course), page_post(course, csv_bytes(MOHLER_HEADER, rows)))

    assert response.status_code == 200
    report = response.context["report"]
    assert (report.imported, report.rejected) == (5, 1)
    assert b"score &#x27;six&#x27; is not a number" in response.content
    assert set(Evaluation.objects.values_list("graded_by", flat=True)) == {instructor.pk}


@override_settings(FILE_UPLOAD_MAX_MEMORY_SIZE=10)
def test_the_upload_page_reads_files_spooled_to_disk_and_shows_file_errors(client):
    instructor = make_instructor()
    course = make_course(instructor)
    client.force_login(instructor)

    response = client.post(import_url(course), page_post(course, csv_bytes(MOHLER_HEADER, good_rows())))
    assert response.context["report"].imported == 5

    response = client.post(import_url(course), page_post(course, csv_bytes(MOHLER_HEADER, []), col_score="points"))
    assert response.context["report"] is None
    assert "no column &#x27;points&#x27;" in response.content.decode()


def test_the_upload_page_is_only_for_the_course_instructors(client):
    owner, other = make_instructor(), make_instructor()
    course = make_course(owner)

    assert client.get(import_url(course)).status_code == 302
    client.force_login(other)
    assert client.get(import_url(course)).status_code == 404
    response = client.post(import_url(course), page_post(course, csv_bytes(MOHLER_HEADER, good_rows())))
    assert response.status_code == 404
    assert not Submission.objects.exists()


SAF_HEADER = ["question_id", "question", "reference_answer", "student_answer", "score", "feedback", "verification"]


def saf_row(answer, score, feedback):
    return ["8.1", "Why slow start?", "To probe the capacity.", answer, score, feedback, "Correct"]


def test_the_saf_layout_imports_scores_on_a_quarter_grid_with_their_comments():
    course = make_course()
    rows = [
        saf_row("It probes capacity.", "1", "Correct."),
        saf_row("It is fast.", "0.25", "Only partly right."),
        saf_row("No idea.", "0", ""),
    ]

    report = run_import(course, csv_bytes(SAF_HEADER, rows), max_score=1)

    assert (report.imported, report.rejected) == (3, 0)
    assert "No column 'score_avg': the scores are read from 'score'." in report.notes
    assignment = Assignment.objects.get(course=course, external_id="8.1")
    assert assignment.rubric.sections == [{"name": "Score", "max_score": 1, "criteria": [], "step": 0.25}]
    partly = Evaluation.objects.get(submission__text="It is fast.")
    assert partly.sections["Score"]["score"] == 0.25
    assert partly.sections["Score"]["comment"] == "Only partly right."
    assert Evaluation.objects.get(submission__text="No idea.").sections["Score"]["comment"] == ""


def test_a_given_step_of_a_quarter_rejects_scores_off_its_grid_row_by_row():
    course = make_course()
    rows = [saf_row("a", "0.75", ""), saf_row("b", "0.3", ""), saf_row("c", "0.125", "")]

    report = run_import(course, csv_bytes(SAF_HEADER, rows), max_score=1, step=0.25)

    assert (report.imported, report.rejected) == (1, 2)
    assert report.rejections[0].reason == "score 0.3 is not on the grid of question 8.1: a multiple of 0.25"
    assert Assignment.objects.get(course=course).rubric.sections[0]["step"] == 0.25


def test_a_step_that_does_not_divide_the_maximum_is_refused_before_anything_is_written():
    course = make_course()
    with pytest.raises(ImportFileError, match="step 0.3 does not divide the maximum score 1"):
        run_import(course, csv_bytes(SAF_HEADER, [saf_row("a", "0.75", "")]), max_score=1, step=0.3)
    assert row_counts() == [0, 0, 0, 0]


def test_the_upload_page_puts_a_bad_step_next_to_its_field(client):
    instructor = make_instructor()
    course = make_course(instructor)
    client.force_login(instructor)

    response = client.post(
        import_url(course), page_post(course, csv_bytes(SAF_HEADER, [saf_row("a", "1", "")]), max_score="1", step="0.3")
    )

    assert response.context["form"].errors["step"] == ["The score step 0.3 does not divide the maximum score 1."]
    assert row_counts() == [0, 0, 0, 0]
