import json

import pytest

from gradebook.forms import AssignmentForm, GradingForm, SubmissionForm

from .factories import SPEECH_RUBRIC, make_course, make_student


def grading_form(data):
    return GradingForm(data, rubric=SPEECH_RUBRIC)


def test_grading_form_bounds_each_input_by_the_rubric():
    form = GradingForm(rubric=SPEECH_RUBRIC)
    score = form["s0_score"].field.widget.attrs
    assert (score["min"], score["max"], score["step"]) == (0, 40, "any")
    assert score["autofocus"] is True
    assert form["s0_c0"].field.widget.attrs["max"] == 25
    assert form["s0_c1"].field.widget.attrs["max"] == 15
    assert "s1_c0" not in form.fields
    html = form.as_p()
    assert 'max="40"' in html and 'step="any"' in html


def test_grading_form_gives_check_scores_output():
    form = grading_form({"s0_score": "33", "s0_c0": "20", "s0_c1": "13", "s0_comment": " Good ", "s1_score": "12.5"})
    assert form.is_valid(), form.errors
    assert form.total == 45.5
    assert form.cleaned_scores["Content"]["comment"] == "Good"
    assert form.cleaned_scores["Content"]["criteria"][1] == {"name": "Evidence", "points": 13, "max_points": 15}
    assert form.cleaned_scores["Delivery"]["criteria"] == []


def test_score_above_maximum_is_reported_on_that_score():
    form = grading_form({"s0_score": "41", "s1_score": "10"})
    assert not form.is_valid()
    assert form.errors["s0_score"] == ["The score 41 is above the maximum of 40."]
    assert "s1_score" not in form.errors


def test_missing_score_is_reported_on_that_score():
    form = grading_form({"s0_score": "30"})
    assert not form.is_valid()
    assert form.errors["s1_score"] == ["Section 'Delivery' has no score."]


def test_criteria_that_do_not_add_up_are_reported_on_the_section_score():
    form = grading_form({"s0_score": "30", "s0_c0": "20", "s0_c1": "5", "s1_score": "10"})
    assert not form.is_valid()
    assert "Criteria points add up to 25" in form.errors["s0_score"][0]


def test_criterion_above_its_maximum_is_reported_on_that_criterion():
    form = grading_form({"s0_score": "30", "s0_c0": "26", "s0_c1": "4", "s1_score": "10"})
    assert not form.is_valid()
    assert form.errors["s0_c0"] == ["Points 26 are above the maximum of 25."]


def test_partly_filled_criteria_name_the_missing_one():
    form = grading_form({"s0_score": "20", "s0_c0": "20", "s1_score": "10"})
    assert not form.is_valid()
    assert form.errors["s0_c1"] == ["Criterion 'Evidence' has no points."]


def test_grading_form_initial_values_come_from_a_stored_evaluation():
    stored = {
        "Content": {
            "score": 30,
            "comment": "ok",
            "criteria": [{"name": "Argument", "points": 20}, {"name": "Evidence", "points": 10}],
        },
        "Delivery": {"score": 9, "comment": ""},
    }
    initial = GradingForm.initial_from(stored, SPEECH_RUBRIC)
    assert initial == {
        "s0_score": 30,
        "s0_comment": "ok",
        "s0_c0": 20,
        "s0_c1": 10,
        "s1_score": 9,
        "s1_comment": "",
    }


def assignment_form(rubric_text):
    return AssignmentForm(
        {"title": "Essay 1", "kind": "essay", "prompt": "Write.", "reference_answer": "", "rubric": rubric_text}
    )


def test_rubric_json_is_validated_with_messages_naming_section_and_field():
    rubric = [
        {"name": "Content", "max_score": 10, "criteria": [{"name": "A", "max_points": 4}]},
        {"name": "content", "max_score": -1},
    ]
    form = assignment_form(json.dumps(rubric))
    assert not form.is_valid()
    messages = form.errors["rubric"]
    assert "Section 1 (Content): criteria — Criteria points add up to 4, but the section max is 10." in messages
    assert "Section 2 (content): name — Section name 'content' is used twice." in messages
    assert "Section 2 (content): max_score — max_score must be a positive number." in messages


def test_rubric_that_is_not_json_says_where():
    form = assignment_form('[{"name": "A", "max_score": 3,}]')
    assert not form.is_valid()
    assert form.errors["rubric"][0].startswith("This is not valid JSON (line 1, column")


def test_valid_rubric_json_is_returned_in_canonical_form():
    form = assignment_form('[{"name": " Content ", "max_score": 5.0}]')
    assert form.is_valid(), form.errors
    assert form.cleaned_data["rubric"] == [{"name": "Content", "max_score": 5, "criteria": []}]


@pytest.mark.django_db
def test_submission_form_needs_one_student_and_one_answer():
    course = make_course()
    student = make_student(course)
    form = SubmissionForm({"student": student.pk, "new_student_id": "S99", "new_student_name": "N"}, course=course)
    assert not form.is_valid()
    assert "not both" in form.errors["new_student_id"][0]
    assert form.errors["text"] == ["Type or paste the answer, or upload a file."]
    form = SubmissionForm({"new_student_id": "S99", "text": "An answer"}, course=course)
    assert not form.is_valid()
    assert form.errors["new_student_name"] == ["A new student needs a name."]
    form = SubmissionForm({"new_student_id": "bad id!", "new_student_name": "N", "text": "x"}, course=course)
    assert not form.is_valid()
    assert "new_student_id" in form.errors


@pytest.mark.django_db
def test_submission_form_offers_only_the_course_students():
    course, other = make_course(), make_course()
    mine, theirs = make_student(course), make_student(other)
    choices = list(SubmissionForm(course=course).fields["student"].queryset)
    assert mine in choices and theirs not in choices


def test_a_quarter_point_section_steps_its_input_and_refuses_a_score_off_the_grid():
    rubric = [{"name": "Score", "max_score": 1, "criteria": [], "step": 0.25}]
    form = GradingForm({"s0_score": "0.3"}, rubric=rubric)
    assert form["s0_score"].field.widget.attrs["step"] == 0.25
    assert not form.is_valid()
    assert form.errors["s0_score"] == ["The score 0.3 is not on this section's grid: use a multiple of 0.25."]
    assert GradingForm({"s0_score": "0.75"}, rubric=rubric).is_valid()


def test_a_rubric_step_that_does_not_divide_the_maximum_is_reported_on_the_rubric():
    form = AssignmentForm(
        data={
            "title": "Q",
            "kind": "short_answer",
            "prompt": "Why?",
            "rubric": json.dumps([{"name": "Score", "max_score": 1, "step": 0.3}]),
        }
    )
    assert not form.is_valid()
    assert "The step 0.3 does not divide the section max of 1." in form.errors["rubric"][0]
