"""The gradebook's pages show the panels that apps above it register, without importing them."""

import pytest

from gradebook import panels


def test_a_registered_panel_is_rendered_in_its_slot_with_the_pages_context(monkeypatch):
    monkeypatch.setitem(panels._renderers, "grade_form", [])
    panels.register("grade_form", lambda request, submission, suggestion: f"<p>{submission}:{suggestion}</p>")

    assert panels.render("grade_form", None, submission=7, suggestion=None) == "<p>7:None</p>"


def test_registering_for_a_slot_that_does_not_exist_names_the_slots():
    with pytest.raises(ValueError, match="grade_form, assignment_actions, course_students"):
        panels.register("sidebar", lambda request: "")


def test_the_grading_app_provides_the_suggestion_and_batch_panels():
    from grading import panels as grading_panels

    assert grading_panels.suggestion_panel in panels._renderers["grade_form"]
    assert grading_panels.batch_panel in panels._renderers["assignment_actions"]
