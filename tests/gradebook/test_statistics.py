import csv
import io

import pytest
from django.urls import reverse

from gradebook.answer_groups import form_groups, grade_group
from gradebook.models import Evaluation
from gradebook.services import create_submission, record_final_evaluation
from gradebook.statistics import assignment_statistics, histogram

from .factories import SPEECH_RUBRIC, make_assignment, make_course, make_instructor, make_student

pytestmark = pytest.mark.django_db


def grade(sub, argument, evidence, delivery, user, origin=Evaluation.Origin.HAND):
    sections = {
        "Content": {
            "score": argument + evidence,
            "criteria": [{"name": "Argument", "points": argument}, {"name": "Evidence", "points": evidence}],
        },
        "Delivery": {"score": delivery, "comment": "ok"},
    }
    return record_final_evaluation(sub, sections, user, origin=origin)


@pytest.fixture
def graded(client, settings):
    settings.SIMILARITY = "tfidf"
    instructor = make_instructor()
    course = make_course(instructor)
    assignment = make_assignment(course, sections=SPEECH_RUBRIC)
    subs = [
        create_submission(assignment, make_student(course), text=t)
        for t in ["one speech", "two speech", "same speech", "same speech", "ungraded speech here"]
    ]
    grade(subs[0], 25, 15, 30, instructor)  # 70
    grade(subs[1], 10, 0, 20, instructor, origin=Evaluation.Origin.SUGGESTION)  # 30
    group = next(g for g in form_groups(assignment, 1.0) if g.members.count() == 2)
    grade_group(
        group,
        {
            "Content": {
                "score": 20,
                "criteria": [{"name": "Argument", "points": 20}, {"name": "Evidence", "points": 0}],
            },
            "Delivery": {"score": 10},
        },
        instructor,
    )  # 30, twice
    client.force_login(instructor)
    return {"assignment": assignment, "instructor": instructor}


def test_the_distribution_and_how_grades_were_given(graded):
    numbers = assignment_statistics(graded["assignment"])
    total = numbers["total"]
    assert (numbers["graded"], numbers["submissions"]) == (4, 5)
    assert (total["count"], total["mean"], total["median"], total["min"], total["max"]) == (4, 40, 30, 30, 70)
    assert total["stdev"] == pytest.approx(17.321, abs=1e-3)
    assert sum(b["count"] for b in total["histogram"]) == 4 and len(total["histogram"]) == 10
    delivery = numbers["sections"][1]
    assert (delivery["name"], delivery["mean"]) == ("Delivery", 17.5)
    origins = {o["origin"]: o["count"] for o in numbers["origins"]}
    assert origins == {"hand": 1, "group": 2, "suggestion": 1, "import": 0}
    criteria = {c["name"]: c for c in numbers["criteria"]}
    assert (criteria["Argument"]["awarded"], criteria["Argument"]["full"]) == (4, 1)
    assert (criteria["Evidence"]["awarded"], criteria["Evidence"]["share"]) == (1, 0.25)


def test_a_histogram_counts_the_maximum_in_its_last_bin_and_scales_bars_to_the_fullest():
    bars = histogram([0, 0.5, 5, 5, 4.99], 5)
    assert [b["count"] for b in bars] == [2, 0, 0, 0, 3]
    assert [b["percent"] for b in bars] == [67, 0, 0, 0, 100]


def test_the_assignment_page_draws_bars_as_data_attributes_and_the_csv_has_the_same_numbers(graded, client):
    assignment = graded["assignment"]
    page = client.get(reverse("gradebook:assignment_detail", args=[assignment.pk])).content.decode()
    assert 'data-progress="100"' in page and "Through an answer group: 2" in page
    assert "style=" not in page and "<script>" not in page
    response = client.get(reverse("gradebook:statistics_csv", args=[assignment.pk]))
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    value = {(r["part"], r["section"], r["criterion"], r["measure"]): r["value"] for r in rows}
    assert value[("summary", "Total", "", "mean")] == "40.0"
    assert value[("origin", "", "", "group")] == "2"
    assert value[("criterion", "Content", "Evidence", "awarded")] == "1"


def test_another_instructor_gets_no_statistics(graded, client):
    client.force_login(make_instructor())
    assert client.get(reverse("gradebook:statistics_csv", args=[graded["assignment"].pk])).status_code == 404
