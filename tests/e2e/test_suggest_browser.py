"""In a real browser: ask for a suggestion, edit it, save the final grade; and watch the
progress bar of "Suggest for all ungraded"."""

import pytest
from django.urls import reverse
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions

from gradebook.models import Evaluation
from gradebook.services import create_submission
from grading import precompute, suggestions
from grading.models import GradingBatch, SuggestionReview
from tests.gradebook.factories import SPEECH_RUBRIC, make_assignment, make_course, make_instructor, make_student
from tests.grading.helpers import scripted_openai

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SUGGESTED = (
    '{"Content": {"score": 30, "comment": "A clear claim.", "criteria": {"Argument": 18, "Evidence": 12}},'
    ' "Delivery": {"score": 20, "comment": "Steady pace."}}'
)


def speech_class():
    instructor = make_instructor(password="pass-word-123")
    course = make_course(instructor, code="SPEECH-101")
    assignment = make_assignment(course, sections=SPEECH_RUBRIC, title="Persuasive speech")
    submissions = [
        create_submission(assignment, make_student(course, f"S0000{n}", name), text=text)
        for n, (name, text) in enumerate([("Ada", "Friends, Romans..."), ("Bo", "Four score and seven...")], 1)
    ]
    return instructor, assignment, submissions


def test_instructor_asks_for_a_suggestion_edits_it_and_saves_the_final_grade(
    browser, live_server, log_in, wait, settings
):
    instructor, assignment, (first, _) = speech_class()
    log_in(instructor.username, "pass-word-123")
    browser.get(live_server.url + reverse("gradebook:grade_submission", args=[first.pk]))
    assert "No suggestion" in browser.find_element(By.ID, "no-suggestion").text

    with scripted_openai(settings, [SUGGESTED]):
        browser.find_element(By.ID, "suggest").click()
        note = wait.until(expected_conditions.visibility_of_element_located((By.ID, "suggestion-note")))
    assert "Suggestion by scripted-model" in note.text and "total 50" in note.text
    assert browser.find_element(By.ID, "form-suggested").text == "suggested by scripted-model"
    values = {
        name: browser.find_element(By.NAME, name).get_attribute("value")
        for name in ("s0_score", "s0_c0", "s0_c1", "s1_score")
    }
    assert values == {"s0_score": "30", "s0_c0": "18", "s0_c1": "12", "s1_score": "20"}
    assert browser.find_element(By.NAME, "s0_comment").get_attribute("value") == "A clear claim."

    evidence = browser.find_element(By.NAME, "s0_c1")
    evidence.clear()
    evidence.send_keys("10")
    assert browser.find_element(By.NAME, "s0_score").get_attribute("value") == "28"
    browser.find_element(By.CSS_SELECTOR, "button[value=save]").click()

    wait.until(
        expected_conditions.url_to_be(live_server.url + reverse("gradebook:assignment_detail", args=[assignment.pk]))
    )
    assert "Saved the grade of S00001: 48" in browser.find_element(By.CSS_SELECTOR, ".messages").text
    final = Evaluation.objects.get(submission=first, status=Evaluation.Status.FINAL)
    assert (final.total, final.graded_by, final.sections["Delivery"]["comment"]) == (48, instructor, "Steady pace.")
    review = SuggestionReview.objects.get()
    assert (review.final, review.accepted_as_is, review.total_abs_change) == (final, False, 2)


def test_suggest_for_all_ungraded_shows_a_progress_bar_that_follows_the_worker(
    browser, live_server, log_in, wait, settings
):
    instructor, assignment, _ = speech_class()
    log_in(instructor.username, "pass-word-123")
    browser.get(live_server.url + reverse("gradebook:assignment_detail", args=[assignment.pk]))
    browser.find_element(By.ID, "suggest-all").click()
    text = wait.until(expected_conditions.visibility_of_element_located((By.ID, "batch-text")))
    assert text.text.startswith("0/2")
    assert "Suggesting grades for 2 ungraded submissions" in browser.find_element(By.CSS_SELECTOR, ".messages").text

    with scripted_openai(settings, [SUGGESTED]):
        suggestions.run_batch(GradingBatch.objects.get().pk)  # what the worker does
    wait.until(expected_conditions.text_to_be_present_in_element((By.ID, "batch-text"), "2/2 · 2 suggested"))
    bar = browser.find_element(By.CSS_SELECTOR, "#batch-progress [role=progressbar]")
    assert bar.get_attribute("aria-valuenow") == "2"


def test_the_form_opens_with_the_suggestion_a_worker_made_when_the_work_arrived(
    browser, live_server, log_in, wait, settings
):
    settings.PRECOMPUTE_DEBOUNCE_SECONDS = 0
    with scripted_openai(settings, [SUGGESTED]):
        instructor, assignment, (first, _) = speech_class()  # arriving work queues one batch
        [batch] = GradingBatch.objects.filter(scope=GradingBatch.Scope.PRECOMPUTE)
        precompute.run(batch.pk)  # what the worker does

    log_in(instructor.username, "pass-word-123")
    browser.get(live_server.url + reverse("gradebook:grade_submission", args=[first.pk]))
    note = browser.find_element(By.ID, "suggestion-note")  # on the first load, no reload, no click
    assert "Suggestion by scripted-model" in note.text and "total 50" in note.text
    assert browser.find_element(By.NAME, "s0_score").get_attribute("value") == "30"
    assert browser.find_element(By.NAME, "s0_comment").get_attribute("value") == "A clear claim."
