import csv
import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from rest_framework.authtoken.models import Token

from gradebook.marking_guides import upload_guide
from gradebook.models import Assignment, Card, Deck
from gradebook.study_cards import anki_tsv, cards_csv, generate_deck, set_published, student_link_token
from llm.marking_guides import RuleBasedExtractor
from llm.study_cards import RuleBasedCardGenerator
from tests.llm.guide_samples import GUIDES

from .factories import make_course, make_instructor, make_student

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return make_course(make_instructor())


@pytest.fixture
def guide(course):
    return upload_guide(course, "bio.txt", GUIDES[0].text.encode(), extractor=RuleBasedExtractor())


@pytest.fixture
def deck(course, guide):
    return generate_deck(course, marking_guide=guide, generator=RuleBasedCardGenerator())


def test_a_deck_from_a_guide_is_a_draft_of_checked_cards(deck, guide):
    cards = list(deck.cards.all())
    assert deck.status == Deck.Status.DRAFT and deck.generator == "rules"
    assert {c.card_type for c in cards} == {"short_answer", "fill_blank", "true_false", "multiple_choice"}
    assert all(c.source_excerpt and c.source_excerpt in guide.text for c in cards)
    assert [c.position for c in cards] == list(range(len(cards)))


def test_a_deck_from_an_assignment_uses_its_reference_answer(course):
    assignment = Assignment.objects.create(
        course=course,
        title="Osmosis",
        prompt="Explain osmosis.",
        reference_answer="Osmosis is the movement of water across a partially permeable membrane.",
    )
    deck = generate_deck(course, assignment=assignment, generator=RuleBasedCardGenerator())
    assert deck.cards.filter(card_type="short_answer").get().answer == assignment.reference_answer
    bare = Assignment.objects.create(course=course, title="Bare", prompt="Why?")
    with pytest.raises(ValidationError, match="no reference answer"):
        generate_deck(course, assignment=bare)


def test_a_card_must_be_well_formed():
    with pytest.raises(ValidationError, match="one of them the answer"):
        Card(question="Pick", answer="B", card_type="multiple_choice", options=["A", "C"]).full_clean(exclude=["deck"])


def test_anki_tsv_has_exactly_two_fields_on_every_card_line(deck):
    card = deck.cards.first()
    card.question = "Line one\nLine two\twith a tab & <angle>"
    card.answer = "Answer\r\nacross lines"
    card.save()
    text = anki_tsv(deck)
    lines = text.splitlines()
    assert lines[:2] == ["#separator:tab", "#html:true"]
    card_lines = [line for line in lines if not line.startswith("#")]
    assert len(card_lines) == deck.cards.count()
    rows = list(csv.reader(io.StringIO("\n".join(card_lines)), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert all(len(row) == 2 for row in rows)
    assert rows[0] == ["Line one<br>Line two    with a tab &amp; &lt;angle&gt;", "Answer<br>across lines"]
    choice = deck.cards.filter(card_type="multiple_choice").first()
    assert any(row[0].startswith(choice.question + "<br>A) ") for row in rows)


def test_csv_export_has_a_row_per_card_and_defuses_formulas(deck):
    card = deck.cards.first()
    card.answer = "=HYPERLINK(1)"
    card.save()
    rows = list(csv.reader(io.StringIO(cards_csv(deck))))
    assert rows[0] == ["question", "answer", "card_type", "difficulty", "options", "source_excerpt"]
    assert len(rows) == deck.cards.count() + 1
    assert rows[1][1] == "'=HYPERLINK(1)"


# The pages


@pytest.fixture
def instructor_client(client, course):
    client.force_login(course.instructors.get())
    return client


def test_instructor_generates_edits_and_publishes_a_deck(instructor_client, course, guide):
    url = reverse("gradebook:course_decks", args=[course.pk])
    assert f"guide:{guide.pk}" in instructor_client.get(url).content.decode()
    response = instructor_client.post(url, {"source": f"guide:{guide.pk}"})
    deck = Deck.objects.get()
    assert response.status_code == 302 and response.url == reverse("gradebook:deck_detail", args=[deck.pk])
    page = instructor_client.get(response.url)
    formset = page.context["formset"]
    data = {k: v for k, v in formset.management_form.initial.items()}
    data = {f"form-{k}": v for k, v in data.items()}
    for i, form in enumerate(formset.forms):
        data.update(
            {
                f"form-{i}-{name}": form[name].value() or ""
                for name in ("id", "question", "answer", "card_type", "difficulty")
            }
        )
        data[f"form-{i}-options"] = "\n".join(form.instance.options)
    data["form-0-answer"] = "Green plants turn light energy into glucose."
    data["form-1-DELETE"] = "on"
    count = deck.cards.count()
    saved = instructor_client.post(response.url, data)
    assert saved.status_code == 302
    assert deck.cards.count() == count - 1
    assert deck.cards.first().answer == "Green plants turn light energy into glucose."
    instructor_client.post(reverse("gradebook:deck_publish", args=[deck.pk]), {"publish": "1"})
    deck.refresh_from_db()
    assert deck.status == Deck.Status.PUBLISHED and deck.published_at is not None
    anki = instructor_client.get(reverse("gradebook:deck_anki", args=[deck.pk]))
    assert anki.status_code == 200 and anki.content.decode().startswith("#separator:tab")


def test_an_edited_card_that_breaks_the_rules_is_refused(instructor_client, deck):
    url = reverse("gradebook:deck_detail", args=[deck.pk])
    card = deck.cards.filter(card_type="multiple_choice").first()
    forms = deck.cards.all()
    data = {
        "form-TOTAL_FORMS": str(forms.count()),
        "form-INITIAL_FORMS": str(forms.count()),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
    }
    for i, c in enumerate(forms):
        data.update(
            {
                f"form-{i}-id": c.pk,
                f"form-{i}-question": c.question,
                f"form-{i}-answer": c.answer,
                f"form-{i}-card_type": c.card_type,
                f"form-{i}-difficulty": c.difficulty,
                f"form-{i}-options": "\n".join(c.options),
            }
        )
        if c.pk == card.pk:
            data[f"form-{i}-options"] = "only one option"
    response = instructor_client.post(url, data)
    assert response.status_code == 400
    assert "one of them the answer" in response.content.decode()
    card.refresh_from_db()
    assert len(card.options) == 3


def test_another_instructor_cannot_see_or_export_a_deck(client, deck):
    client.force_login(make_instructor())
    for name in ("deck_detail", "deck_csv", "deck_anki"):
        assert client.get(reverse(f"gradebook:{name}", args=[deck.pk])).status_code == 404
    assert client.post(reverse("gradebook:deck_publish", args=[deck.pk]), {"publish": "1"}).status_code == 404


def test_a_student_link_shows_only_published_decks_of_the_students_courses(client, course, deck):
    student = make_student(course)
    other_course_deck = generate_deck(
        (other := make_course(make_instructor())),
        marking_guide=upload_guide(other, "g.txt", GUIDES[1].text.encode(), extractor=RuleBasedExtractor()),
        generator=RuleBasedCardGenerator(),
    )
    set_published(other_course_deck, True)
    token = student_link_token(student)
    listing = client.get(reverse("gradebook:student_decks", args=[token]))
    assert listing.status_code == 200 and deck.title not in listing.content.decode()
    assert client.get(reverse("gradebook:student_deck", args=[token, deck.pk])).status_code == 404  # still a draft
    set_published(deck, True)
    assert deck.title in client.get(reverse("gradebook:student_decks", args=[token])).content.decode()
    page = client.get(reverse("gradebook:student_deck", args=[token, deck.pk]))
    assert page.status_code == 200 and "What is photosynthesis?" in page.content.decode()
    assert client.get(reverse("gradebook:student_deck", args=[token, other_course_deck.pk])).status_code == 404
    assert client.get(reverse("gradebook:student_decks", args=[token + "x"])).status_code == 404
    api = client.get(f"/api/v1/study/{token}/decks/")
    assert api.status_code == 200 and [d["id"] for d in api.json()["results"]] == [deck.pk]
    assert client.get(f"/api/v1/study/{token}x/decks/").status_code == 404


# The API


@pytest.fixture
def api(client, course):
    token = Token.objects.create(user=course.instructors.get())
    client.defaults["HTTP_AUTHORIZATION"] = f"Token {token.key}"
    return client


def test_api_generates_publishes_and_exports_a_deck(api, guide):
    created = api.post("/api/v1/decks/", {"marking_guide": guide.pk}, content_type="application/json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["status"] == "draft" and body["cards"]
    published = api.post(f"/api/v1/decks/{body['id']}/publish/", {"published": True}, content_type="application/json")
    assert published.status_code == 200 and published.json()["status"] == "published"
    anki = api.get(f"/api/v1/decks/{body['id']}/export.anki/")
    lines = [line for line in anki.content.decode().splitlines() if not line.startswith("#")]
    assert len(lines) == len(body["cards"]) and all(line.count("\t") == 1 for line in lines)
    assert api.get(f"/api/v1/decks/{body['id']}/export.csv/").status_code == 200


def test_api_refuses_other_instructors_sources(api):
    other = make_course(make_instructor())
    foreign = upload_guide(other, "g.txt", GUIDES[1].text.encode(), extractor=RuleBasedExtractor())
    response = api.post("/api/v1/decks/", {"marking_guide": foreign.pk}, content_type="application/json")
    assert response.status_code == 400 and "does not exist" in response.json()["marking_guide"][0]
    assert Deck.objects.count() == 0
