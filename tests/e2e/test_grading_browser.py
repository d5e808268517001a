import pytest
from django.urls import reverse
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions

from gradebook.models import Evaluation
from gradebook.services import create_submission
from tests.gradebook.factories import SPEECH_RUBRIC, make_assignment, make_course, make_instructor, make_student

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_instructor_grades_with_the_keyboard_and_lands_on_the_next_ungraded(browser, live_server, log_in, wait):
    instructor = make_instructor(password="pass-word-123")
    course = make_course(instructor, code="SPEECH-101")
    assignment = make_assignment(course, sections=SPEECH_RUBRIC, title="Persuasive speech")
    first = create_submission(assignment, make_student(course, "S00001", "Ada"), text="Friends, Romans...")
    second = create_submission(assignment, make_student(course, "S00002", "Bo"), text="Four score and seven...")

    log_in(instructor.username, "pass-word-123")
    browser.find_element(By.LINK_TEXT, "SPEECH-101").click()
    browser.find_element(By.LINK_TEXT, "Persuasive speech").click()
    assert "0/2 graded" in browser.find_element(By.CSS_SELECTOR, ".progress-row").text
    browser.find_element(By.LINK_TEXT, "Grade next ungraded").click()

    wait.until(expected_conditions.url_to_be(live_server.url + reverse("gradebook:grade_submission", args=[first.pk])))
    assert "Friends, Romans..." in browser.find_element(By.ID, "submission-text").text
    focused = browser.switch_to.active_element
    assert focused.get_attribute("name") == "s0_score"

    # Tab order: Content score, its two criteria, its comment, then the Delivery score.
    focused.send_keys(Keys.TAB, "20", Keys.TAB, "12.5", Keys.TAB, "Strong opening", Keys.TAB, "24")
    assert browser.find_element(By.NAME, "s0_score").get_attribute("value") == "32.5"
    ActionChains(browser).key_down(Keys.CONTROL).send_keys(Keys.ENTER).key_up(Keys.CONTROL).perform()

    wait.until(expected_conditions.url_to_be(live_server.url + reverse("gradebook:grade_submission", args=[second.pk])))
    assert "Four score and seven..." in browser.find_element(By.ID, "submission-text").text
    assert "Saved the grade of S00001: 56.5" in browser.find_element(By.CSS_SELECTOR, ".messages").text
    evaluation = Evaluation.objects.get(submission=first, status=Evaluation.Status.FINAL)
    assert evaluation.total == 56.5
    assert evaluation.graded_by == instructor
    assert evaluation.sections["Content"]["comment"] == "Strong opening"
    assert [c["points"] for c in evaluation.sections["Content"]["criteria"]] == [20, 12.5]
    assert not Evaluation.objects.filter(submission=second).exists()


def test_an_out_of_range_score_is_refused_in_the_browser_and_nothing_is_stored(browser, live_server, log_in, wait):
    instructor = make_instructor(password="pass-word-123")
    course = make_course(instructor)
    assignment = make_assignment(course)
    submission = create_submission(assignment, make_student(course), text="An answer")

    log_in(instructor.username, "pass-word-123")
    browser.get(live_server.url + reverse("gradebook:grade_submission", args=[submission.pk]))
    browser.switch_to.active_element.send_keys("9")
    browser.find_element(By.ID, "save-next").click()

    error = wait.until(expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, ".score-field .errorlist")))
    assert error.text == "The score 9 is above the maximum of 5."
    assert not Evaluation.objects.exists()
