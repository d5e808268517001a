import os
import tempfile

import pytest
from django.urls import reverse
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions

from gradebook.models import Submission
from tests.documents import rendered_page, scanned_pdf_bytes
from tests.gradebook.factories import make_assignment, make_course, make_instructor, make_student

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_an_instructor_uploads_a_scan_and_grades_it_beside_the_page_images(
    browser, live_server, log_in, wait, settings
):
    settings.OCR_LOW_CONFIDENCE = 97  # so that some words of a clean scan are marked
    instructor = make_instructor(password="pass-word-123")
    course = make_course(instructor)
    assignment = make_assignment(course)
    student = make_student(course, "S00001", "Ada")
    pages = [
        rendered_page("Recursion solves a problem by smaller copies.", dpi=200),
        rendered_page("The base case stops it.", dpi=200),
    ]
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as scan:
        scan.write(scanned_pdf_bytes(pages))

    log_in(instructor.username, "pass-word-123")
    browser.get(live_server.url + reverse("gradebook:submission_create", args=[assignment.pk]))
    browser.find_element(By.CSS_SELECTOR, f"#id_student option[value='{student.pk}']").click()
    browser.find_element(By.ID, "id_file").send_keys(scan.name)
    browser.find_element(By.XPATH, "//button[normalize-space()='Add submission']").click()
    wait.until(
        expected_conditions.url_to_be(live_server.url + reverse("gradebook:assignment_detail", args=[assignment.pk]))
    )
    os.unlink(scan.name)

    submission = Submission.objects.get()
    browser.get(live_server.url + reverse("gradebook:grade_submission", args=[submission.pk]))
    images = wait.until(expected_conditions.presence_of_all_elements_located((By.CSS_SELECTOR, ".scanned-page img")))
    assert len(images) == 2
    wait.until(
        lambda driver: all(
            driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", i) for i in images
        )
    )
    first = browser.find_element(By.ID, "page-1")
    assert "Recursion solves a problem" in first.text and "OCR confidence" in first.text
    assert browser.find_elements(By.CSS_SELECTOR, "#page-1 mark.ocr-low")
    assert browser.find_element(By.NAME, "s0_score").is_displayed()
