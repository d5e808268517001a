import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from gradebook import answer_groups
from gradebook.models import AnswerGroup, Evaluation
from gradebook.services import create_submission, record_final_evaluation
from llm.grouping import group_answers, normalise
from llm.providers.similarity import TfidfSimilarity

from .factories import make_assignment, make_course, make_instructor, make_student

pytestmark = pytest.mark.django_db

ALIKE = "Recursion is when a function calls itself on a smaller input until a base case."


@pytest.fixture(autouse=True)
def tfidf(settings):
    settings.SIMILARITY = "tfidf"


@pytest.fixture
def setup(client):
    instructor = make_instructor()
    course = make_course(instructor)
    assignment = make_assignment(course)
    client.force_login(instructor)
    return {"instructor": instructor, "course": course, "assignment": assignment}


def answers(setup, texts):
    return [create_submission(setup["assignment"], make_student(setup["course"]), text=text) for text in texts]


def test_answers_equal_after_normalising_are_always_in_one_group():
    texts = ["A loop.", "a   LOOP", "Something about stacks and queues entirely", "a loop!"]
    groups = group_answers(texts, TfidfSimilarity(), threshold=1.0)
    assert normalise("a   LOOP!") == "a loop"
    assert sorted(g.members for g in groups) == [(0, 1, 3), (2,)]
    assert groups[0].members == (0, 1, 3)  # largest first


def test_a_looser_threshold_joins_alike_answers_that_a_tighter_one_keeps_apart():
    texts = [ALIKE, ALIKE + " For example factorial.", "Stacks hold plates last in first out."]
    loose = group_answers(texts, TfidfSimilarity(), threshold=0.4)
    tight = group_answers(texts, TfidfSimilarity(), threshold=0.95)
    assert (0, 1) in [g.members for g in loose]
    assert len(tight) == 3


def test_grading_a_30_answer_group_writes_30_final_evaluations_in_one_go(setup):
    subs = answers(setup, [ALIKE] * 30)
    groups = answer_groups.form_groups(setup["assignment"])
    assert len(groups) == 1 and groups[0].members.count() == 30
    evaluations = answer_groups.grade_group(groups[0], {"Answer": {"score": 4, "comment": "Good"}}, setup["instructor"])
    assert len(evaluations) == 30
    finals = Evaluation.objects.final().filter(submission__in=subs)
    assert finals.count() == 30
    assert set(finals.values_list("total", "origin")) == {(4, Evaluation.Origin.GROUP)}


def test_grading_a_group_writes_nothing_when_one_member_fails(setup, monkeypatch):
    subs = answers(setup, [ALIKE] * 30)
    record_final_evaluation(subs[0], {"Answer": {"score": 1}}, setup["instructor"])
    group = answer_groups.form_groups(setup["assignment"])[0]
    real_save, calls = Evaluation.save, []

    def save_failing_the_30th(self, *args, **kwargs):
        calls.append(self.submission_id)
        if len(calls) == 30:
            raise ValidationError("the database refused this one")
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(Evaluation, "save", save_failing_the_30th)
    with pytest.raises(ValidationError):
        answer_groups.grade_group(group, {"Answer": {"score": 4}}, setup["instructor"])
    monkeypatch.undo()
    assert list(Evaluation.objects.final().values_list("submission_id", "total")) == [(subs[0].pk, 1)]


def test_scores_the_rubric_refuses_grade_nobody(setup):
    answers(setup, [ALIKE] * 3)
    group = answer_groups.form_groups(setup["assignment"])[0]
    with pytest.raises(ValidationError):
        answer_groups.grade_group(group, {"Answer": {"score": 9}}, setup["instructor"])
    assert not Evaluation.objects.exists()


def test_taking_a_member_out_keeps_its_own_grade_and_the_group_grade_skips_it(setup):
    subs = answers(setup, [ALIKE] * 3)
    group = answer_groups.form_groups(setup["assignment"])[0]
    answer_groups.grade_group(group, {"Answer": {"score": 4}}, setup["instructor"])
    record_final_evaluation(subs[1], {"Answer": {"score": 2}}, setup["instructor"])
    own = answer_groups.move_answer(subs[1], None)
    assert own.pk != group.pk and list(own.members.all()) == [subs[1]]
    answer_groups.grade_group(group, {"Answer": {"score": 5}}, setup["instructor"])
    totals = dict(Evaluation.objects.final().values_list("submission_id", "total"))
    assert totals == {subs[0].pk: 5, subs[1].pk: 2, subs[2].pk: 5}


def test_moving_the_representative_out_names_another_and_an_emptied_group_goes(setup):
    subs = answers(setup, [ALIKE, ALIKE, "Stacks hold plates last in first out, nothing like the others."])
    groups = answer_groups.form_groups(setup["assignment"])
    big, small = groups
    answer_groups.move_answer(big.representative, small)
    big.refresh_from_db()
    assert big.members.count() == 1 and big.representative in big.members.all()
    answer_groups.move_answer(big.members.get(), small)
    assert not AnswerGroup.objects.filter(pk=big.pk).exists()
    assert small.members.count() == 3 and len(subs) == 3


def test_an_answer_cannot_move_into_another_assignments_group(setup):
    sub = answers(setup, [ALIKE])[0]
    other = make_assignment(setup["course"])
    create_submission(other, make_student(setup["course"]), text=ALIKE)
    foreign = answer_groups.form_groups(other)[0]
    with pytest.raises(ValidationError):
        answer_groups.move_answer(sub, foreign)


def test_the_groups_page_lists_groups_largest_first_and_the_threshold_reforms_them(setup, client):
    answers(setup, ["A stack is last in first out.", ALIKE, ALIKE + "!", ALIKE.upper()])
    url = reverse("gradebook:answer_groups", args=[setup["assignment"].pk])
    assert client.post(url, {"action": "form"}).status_code == 302
    page = client.get(url).content.decode()
    assert page.index("Group of 3") < page.index("Group of 1")
    threshold = answer_groups.current_threshold(setup["assignment"])
    client.post(url, {"action": "tighter"})
    assert answer_groups.current_threshold(setup["assignment"]) == pytest.approx(threshold + 0.05)
    assert client.post(url, {"action": "sideways"}).status_code == 302
    assert answer_groups.current_threshold(setup["assignment"]) == pytest.approx(threshold + 0.05)


def test_grading_a_group_from_its_page_grades_every_member_and_opens_the_next_group(setup, client):
    subs = answers(setup, [ALIKE, ALIKE, "A stack is last in first out, unlike anything else here."])
    start = client.get(reverse("gradebook:grade_groups", args=[setup["assignment"].pk]))
    big = AnswerGroup.objects.get(members=subs[0])
    assert start.url == reverse("gradebook:answer_group", args=[big.pk])
    page = client.get(start.url).content.decode()
    assert "Grade all 2" in page and subs[0].student.student_id in page
    saved = client.post(start.url, {"s0_score": "3", "s0_comment": "Fine", "action": "next"})
    small = AnswerGroup.objects.get(members=subs[2])
    assert saved.url == reverse("gradebook:answer_group", args=[small.pk])
    assert dict(Evaluation.objects.final().values_list("submission_id", "total")) == {subs[0].pk: 3, subs[1].pk: 3}


def test_a_bad_score_on_the_group_page_saves_nothing(setup, client):
    answers(setup, [ALIKE, ALIKE])
    group = answer_groups.form_groups(setup["assignment"])[0]
    response = client.post(reverse("gradebook:answer_group", args=[group.pk]), {"s0_score": "7"})
    assert response.status_code == 400 and not Evaluation.objects.exists()


def test_the_group_form_starts_from_the_models_suggestion_for_the_representative(setup, client):
    answers(setup, [ALIKE, ALIKE])
    group = answer_groups.form_groups(setup["assignment"])[0]
    Evaluation.objects.create(
        submission=group.representative,
        status=Evaluation.Status.SUGGESTED,
        origin=Evaluation.Origin.MODEL,
        sections={"Answer": {"score": 3.5}},
        total=0,
        model_version_label="grader-v2",
    )
    page = client.get(reverse("gradebook:answer_group", args=[group.pk])).content.decode()
    assert "grader-v2" in page and 'value="3.5"' in page


def test_another_instructor_cannot_see_grade_or_reshape_the_groups(setup, client):
    sub = answers(setup, [ALIKE, ALIKE])[0]
    group = answer_groups.form_groups(setup["assignment"])[0]
    client.force_login(make_instructor())
    assert client.get(reverse("gradebook:answer_groups", args=[setup["assignment"].pk])).status_code == 404
    assert client.post(reverse("gradebook:answer_group", args=[group.pk]), {"s0_score": "1"}).status_code == 404
    assert client.post(reverse("gradebook:take_out", args=[sub.pk])).status_code == 404
    assert not Evaluation.objects.exists() and group.members.count() == 2


def api_client(user):
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


def test_the_api_forms_lists_grades_groups_and_moves_an_answer(setup):
    subs = answers(setup, [ALIKE, ALIKE + "!", "A stack is last in first out, unlike anything else here."])
    api = api_client(setup["instructor"])
    formed = api.post("/api/v1/answer-groups/form/", {"assignment": setup["assignment"].pk}, format="json")
    assert formed.status_code == 201 and [g["size"] for g in formed.json()] == [2, 1]
    listed = api.get(f"/api/v1/answer-groups/?assignment={setup['assignment'].pk}").json()["results"]
    big = listed[0]
    assert big["members"][0]["student_id"] == subs[0].student.student_id
    graded = api.post(
        f"/api/v1/answer-groups/{big['id']}/grade/", {"sections": {"Answer": {"score": 4}}}, format="json"
    )
    assert graded.status_code == 201 and len(graded.json()) == 2
    refused = api.post(
        f"/api/v1/answer-groups/{big['id']}/grade/", {"sections": {"Answer": {"score": 6}}}, format="json"
    )
    assert refused.status_code == 400 and "sections" in refused.json()
    moved = api.post("/api/v1/answer-groups/move/", {"submission": subs[1].pk, "group": listed[1]["id"]}, format="json")
    assert moved.status_code == 200 and moved.json()["size"] == 2
    out = api.post("/api/v1/answer-groups/move/", {"submission": subs[1].pk, "group": None}, format="json")
    assert out.json()["size"] == 1 and out.json()["members"][0]["total"] == 4


def test_the_api_shows_and_changes_no_group_of_another_instructors_course(setup):
    sub = answers(setup, [ALIKE, ALIKE])[0]
    group = answer_groups.form_groups(setup["assignment"])[0]
    api = api_client(make_instructor())
    assert api.get("/api/v1/answer-groups/").json()["results"] == []
    assert (
        api.post(
            f"/api/v1/answer-groups/{group.pk}/grade/", {"sections": {"Answer": {"score": 1}}}, format="json"
        ).status_code
        == 404
    )
    assert (
        api.post("/api/v1/answer-groups/form/", {"assignment": setup["assignment"].pk}, format="json").status_code
        == 400
    )
    assert (
        api.post("/api/v1/answer-groups/move/", {"submission": sub.pk, "group": None}, format="json").status_code == 400
    )
    assert not Evaluation.objects.exists() and group.members.count() == 2


def test_beyond_the_minilm_cap_tfidf_groups_an_assignment(setup, settings):
    settings.SIMILARITY, settings.GROUPING_MINILM_MAX_ANSWERS = "minilm", 1
    answers(setup, [ALIKE, ALIKE])
    group = answer_groups.form_groups(setup["assignment"])[0]
    assert (group.method, group.threshold) == ("tfidf", 0.4)
