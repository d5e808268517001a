"""A super-admin watches a live rollout in the browser: the per-version comparison with the
instructors' final grades, why the next step is refused, and stopping it."""

import pytest
from django.contrib.auth import get_user_model
from selenium.webdriver.common.by import By

from evaluation import rollout as steps
from gradebook.models import Evaluation
from gradebook.services import record_final_evaluation
from grading.models import Rollout, RolloutGrade
from tests.grading.helpers import FINAL, make_class
from training.models import ModelVersion

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_super_admin_reads_the_comparison_and_stops_the_rollout(browser, live_server, log_in, wait, settings):
    settings.ROLLOUT_MIN_REVIEWS = 5
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pass-word-123")
    active = ModelVersion.objects.create(label="v-active", base_model="unused", status=ModelVersion.Status.ACTIVE)
    candidate = ModelVersion.objects.create(label="v-candidate", base_model="unused")
    rollout = steps.start_shadow(candidate, admin)
    instructor, assignment, submissions = make_class(2)
    for submission in submissions:  # the active version gave 9, the candidate the final grade
        for version, total in ((active, 9), (candidate, 9 if submission == submissions[0] else 7)):
            sections = {"Content": {"score": total - 3, "max_score": 10}, "Clarity": {"score": 3, "max_score": 5}}
            RolloutGrade.objects.create(
                rollout=rollout,
                submission=submission,
                version=version,
                served=version == active,
                outcome="ok",
                sections=sections,
                total=total,
            )
    record_final_evaluation(submissions[0], FINAL, instructor)
    record_final_evaluation(submissions[1], {"Content": {"score": 4}, "Clarity": {"score": 3}}, instructor)
    assert list(Evaluation.objects.filter(status="final").order_by("id").values_list("total", flat=True)) == [9, 7]

    log_in("root", "pass-word-123")
    browser.get(f"{live_server.url}/evaluation/rollouts/{rollout.pk}/")
    rows = {
        row.find_elements(By.TAG_NAME, "td")[0].text: row.text
        for row in browser.find_elements(By.CSS_SELECTOR, "table")[0].find_elements(By.CSS_SELECTOR, "tbody tr")
    }
    assert rows["v-active"].split()[1:3] == ["active", "1.000"]  # MAE 1 (0 and 2), interval after it
    assert rows["v-candidate"].split()[1:3] == ["candidate", "0.000"]
    assert "needs 5" in browser.find_element(By.TAG_NAME, "main").text
    assert browser.find_element(By.CSS_SELECTOR, "button[value=advance]").get_attribute("disabled")

    browser.find_element(By.CSS_SELECTOR, "button[value=stop]").click()
    wait.until(lambda b: "Rolled back" in b.find_element(By.CSS_SELECTOR, ".messages").text)
    assert Rollout.objects.get().stage == Rollout.Stage.ROLLED_BACK
    assert [
        row.text.split()[2]
        for row in browser.find_elements(By.CSS_SELECTOR, "table")[-1].find_elements(By.CSS_SELECTOR, "tbody tr")
    ] == ["shadow", "rollout_stopped"]
