"""A model's suggestion on answer groups: "Suggest" for a group's representative fills the
group's form, and a final grade that keeps a suggestion's scores counts as accepted from it."""

import pytest
from django.urls import reverse

from gradebook.answer_groups import form_groups
from gradebook.models import Evaluation

from .helpers import VALID, make_class, scripted_openai

pytestmark = pytest.mark.django_db


def test_suggest_on_a_group_fills_its_form_from_the_representatives_suggestion(client, settings):
    settings.SIMILARITY = "tfidf"
    instructor, assignment, submissions = make_class(3)
    group = form_groups(assignment, 0.3)[0]
    client.force_login(instructor)
    page = client.get(reverse("gradebook:answer_group", args=[group.pk])).content.decode()
    assert 'id="group-suggest"' in page and 'id="group-suggestion"' not in page
    with scripted_openai(settings, [VALID]):
        response = client.post(
            reverse("grading:suggest_submission", args=[group.representative_id]), {"group": group.pk}
        )
    assert response.url == reverse("gradebook:answer_group", args=[group.pk])
    page = client.get(response.url).content.decode()
    assert 'id="group-suggestion"' in page and "scripted-model" in page and 'name="s0_score" value="8"' in page


def test_saving_the_grading_form_with_the_suggestions_scores_counts_as_accepted(client, settings):
    instructor, assignment, (submission, other) = make_class(2)
    client.force_login(instructor)
    with scripted_openai(settings, [VALID, VALID]):
        client.post(reverse("grading:suggest_submission", args=[submission.pk]))
        client.post(reverse("grading:suggest_submission", args=[other.pk]))
    kept = {"s0_score": "8", "s0_comment": "Reworded.", "s1_score": "4", "action": "save"}
    client.post(reverse("gradebook:grade_submission", args=[submission.pk]), kept)
    client.post(reverse("gradebook:grade_submission", args=[other.pk]), dict(kept, s0_score="7"))
    origins = dict(Evaluation.objects.final().values_list("submission_id", "origin"))
    assert origins == {submission.pk: Evaluation.Origin.SUGGESTION, other.pk: Evaluation.Origin.HAND}
