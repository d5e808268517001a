"""In a real browser, under the strict Content-Security-Policy: the instructor's pages, the
evaluation report and the admin work, and the console shows no violation (the autouse
fixture no_csp_violations checks every browser test; this one walks the pages)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions

from evaluation import runs
from gradebook.marking_guides import upload_guide
from gradebook.services import create_submission, record_final_evaluation
from llm.marking_guides import RuleBasedExtractor
from tests.evaluation.builders import ready_export
from tests.gradebook.factories import make_assignment, make_course, make_instructor, make_student
from tests.llm.guide_samples import GUIDES

from .conftest import csp_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def a_half_graded_class():
    instructor = make_instructor(password="pass-word-123")
    course = make_course(instructor, code="CSP-101")
    assignment = make_assignment(course, title="Stacks")
    graded = create_submission(assignment, make_student(course, "S00001", "Ada"), text="Last in, first out.")
    record_final_evaluation(graded, {"Answer": {"score": 4}}, instructor)
    create_submission(assignment, make_student(course, "S00002", "Bo"), text="A pile.")
    return instructor, course, assignment, graded


def test_the_instructor_pages_work_under_the_policy(browser, live_server, log_in, wait):
    instructor, course, assignment, graded = a_half_graded_class()
    log_in(instructor.username, "pass-word-123")

    browser.get(live_server.url + reverse("gradebook:assignment_detail", args=[assignment.pk]))
    bar = browser.find_element(By.CSS_SELECTOR, ".progress > span")
    track = browser.find_element(By.CSS_SELECTOR, ".progress")
    assert abs(bar.size["width"] - track.size["width"] / 2) <= 2  # the width came from static JS

    browser.get(live_server.url + reverse("consent:course", args=[course.pk]))
    copy = browser.find_element(By.CSS_SELECTOR, ".copy-link")
    copy.click()
    wait.until(lambda _: copy.text == "Copied")

    browser.get(live_server.url + reverse("gradebook:grade_submission", args=[graded.pk]))
    score = browser.find_element(By.NAME, "s0_score")
    score.clear()
    score.send_keys("3")
    browser.find_element(By.TAG_NAME, "body").send_keys("\ue009\ue007")  # Ctrl+Enter: save and next
    wait.until(expected_conditions.url_contains("/grade/"))
    wait.until(lambda b: "S00002" in b.title)

    guide = upload_guide(course, "guide.txt", GUIDES[1].text.encode(), extractor=RuleBasedExtractor())
    for page in (
        reverse("gradebook:course_list"),
        reverse("gradebook:course_detail", args=[course.pk]),
        reverse("gradebook:bulk_upload", args=[assignment.pk]),
        reverse("gradebook:course_decks", args=[course.pk]),
        reverse("gradebook:guide_review", args=[guide.pk]),
    ):
        browser.get(live_server.url + page)
        assert browser.find_element(By.TAG_NAME, "h1").text


def test_the_admin_and_an_evaluation_report_work_under_the_policy(browser, live_server, wait):
    root = get_user_model().objects.create_superuser("root", password="pass-word-123", email="")
    instructor, course, assignment, graded = a_half_graded_class()
    run = runs.execute(runs.create_run(root, [{"kind": "global_mean"}, {"kind": "knn"}], export=ready_export(root)).pk)
    browser.delete_all_cookies()
    browser.get(live_server.url + "/admin/login/")
    browser.find_element(By.ID, "id_username").send_keys("root")
    browser.find_element(By.ID, "id_password").send_keys("pass-word-123")
    browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    wait.until(expected_conditions.presence_of_element_located((By.ID, "site-name")))

    browser.get(live_server.url + reverse("admin:gradebook_enrollment_add"))
    browser.find_element(By.CSS_SELECTOR, ".field-student .select2-selection").click()  # the autocomplete widget
    search = wait.until(expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, ".select2-search__field")))
    search.send_keys("S0000")
    wait.until(expected_conditions.text_to_be_present_in_element((By.CSS_SELECTOR, ".select2-results"), "S00001"))

    for page in (
        reverse("admin:index"),
        reverse("admin:gradebook_student_changelist"),
        reverse("admin:gradebook_assignment_change", args=[assignment.pk]),
        reverse("admin:consent_auditevent_changelist"),
    ):
        browser.get(live_server.url + page)
        assert browser.find_element(By.ID, "content")

    browser.get(live_server.url + reverse("evaluation:run_detail", args=[run.pk]))
    plot = browser.find_element(By.CSS_SELECTOR, "img.plot")
    wait.until(lambda _: browser.execute_script("return arguments[0].naturalWidth", plot) > 0)


def test_the_console_check_sees_an_inline_script_the_policy_blocks(browser, live_server):
    browser.get(live_server.url + "/accounts/login/")
    browser.execute_script(
        "var s = document.createElement('script'); s.textContent = 'window.ran = true'; document.body.appendChild(s);"
    )
    assert browser.execute_script("return window.ran === true") is False
    assert any("script-src" in message for message in csp_violations(browser))


def test_the_api_docs_render_from_this_site_under_the_policy(browser, live_server, wait):
    browser.get(live_server.url + "/api/docs/")
    wait.until(
        expected_conditions.text_to_be_present_in_element((By.CSS_SELECTOR, ".swagger-ui .info"), "Gradeloop API")
    )
