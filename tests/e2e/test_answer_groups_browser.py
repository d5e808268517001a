"""In a real browser under the strict CSP: grading by groups with the keyboard, the statistics'
bars, releasing the grades, and a student's grades and regrade request on their link."""

import pytest
from django.urls import reverse
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions

from gradebook.models import Evaluation, RegradeRequest
from gradebook.services import create_submission
from gradebook.study_cards import student_link_token
from tests.gradebook.factories import make_assignment, make_course, make_instructor, make_student

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ALIKE = "A stack is last in, first out."


def test_an_instructor_grades_by_groups_releases_and_a_student_asks_for_a_regrade(
    browser, live_server, log_in, wait, settings
):
    settings.SIMILARITY = "tfidf"
    instructor = make_instructor(password="pass-word-123")
    course = make_course(instructor, code="GRP-101")
    assignment = make_assignment(course, title="Stacks")
    ada = make_student(course, "S00001", "Ada")
    for student, text in [
        (ada, ALIKE),
        (make_student(course), ALIKE.upper()),
        (make_student(course), "Queues serve the first comer first."),
    ]:
        create_submission(assignment, student, text=text)
    log_in(instructor.username, "pass-word-123")

    browser.get(live_server.url + reverse("gradebook:grade_groups", args=[assignment.pk]))
    wait.until(lambda b: "Group of 2" in b.title)
    for score in ("4", "1"):
        field = browser.find_element(By.NAME, "s0_score")
        field.clear()
        field.send_keys(score)
        browser.find_element(By.TAG_NAME, "body").send_keys("\ue009\ue007")  # Ctrl+Enter: save and next group
        if score == "4":
            wait.until(lambda b: "Group of 1" in b.title)
    wait.until(lambda b: b.title.startswith("Answer groups"))  # the last group saved: back to the list
    assert sorted(Evaluation.objects.final().values_list("total", flat=True)) == [1, 4, 4]

    browser.get(live_server.url + reverse("gradebook:assignment_detail", args=[assignment.pk]))
    bars = browser.find_elements(By.CSS_SELECTOR, "#histogram-0 .bar > span")
    widths = [bar.size["width"] for bar in bars]
    assert max(widths) > 0 and widths[4] == pytest.approx(2 * widths[1], abs=2)  # two 4s, one 1
    browser.find_element(By.ID, "release-grades").click()
    wait.until(expected_conditions.text_to_be_present_in_element((By.ID, "release"), "Released"))

    browser.delete_all_cookies()
    browser.get(live_server.url + reverse("gradebook:student_grades", args=[student_link_token(ada)]))
    assert "4 / 5" in browser.find_element(By.CSS_SELECTOR, ".released-grade .total").text
    browser.find_element(By.CSS_SELECTOR, ".released-grade details summary").click()
    browser.find_element(By.NAME, "reason").send_keys("I named both ends of the stack.")
    browser.find_element(By.CSS_SELECTOR, ".released-grade form button").click()
    wait.until(expected_conditions.text_to_be_present_in_element((By.CSS_SELECTOR, ".regrade"), "Open"))
    assert RegradeRequest.objects.get().reason == "I named both ends of the stack."
