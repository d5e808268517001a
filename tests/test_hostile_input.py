"""Hostile input on every path that takes it: each case answers a 4xx with a message that
says what is wrong, leaves no row behind, and costs little memory (traced in the test).

The cases are one table: what is sent, where, the status and message expected, and which
tables must be as they were. Run with ``-s`` to print the table with the peak memory seen.
"""

import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.apps import apps
from django.core import signing
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from consent.services import LINK_SALT
from gradebook.importer import Columns
from gradebook.models import Submission
from gradebook.study_cards import STUDENT_LINK_SALT
from tests.gradebook.factories import make_assignment, make_course, make_instructor, make_student
from tests.gradebook.test_marking_guides import review_post, row_for

pytestmark = pytest.mark.django_db

PEAK_LIMIT = 64 * 1024 * 1024
ROWS = [
    "gradebook.Assignment",
    "gradebook.Rubric",
    "gradebook.Submission",
    "gradebook.Evaluation",
    "gradebook.Student",
    "gradebook.Card",
    "grading.GradingBatch",
]
DEEP = "[" * 5000 + "]" * 5000
MOHLER = "question_id,question,reference_answer,student_answer,score_avg\n1,What is a stack?,LIFO,A pile,4\n"


@dataclass
class World:
    instructor: object
    api: APIClient
    web: object
    course: object
    assignment: object
    student: object
    submission: object
    deck: object = None
    guide: object = None


@dataclass
class Case:
    name: str
    send: Callable  # World -> response
    status: int
    message: str
    unchanged: list = field(default_factory=lambda: ROWS)


def _json(world, path, body: str, method="post"):
    return getattr(world.api, method)(path, body, content_type="application/json")


def _rubric(*maxima):
    return [{"name": f"S{i}", "max_score": m} for i, m in enumerate(maxima)]


def _assignment(world, rubric):
    return world.api.post(
        "/api/v1/assignments/",
        {
            "course": world.course.pk,
            "title": "Hostile",
            "prompt": "p",
            "rubric": {"sections": rubric},
        },
        format="json",
    )


def _import(world, data: bytes, **fields):
    form = {f"col_{name}": default for name, default in Columns.defaults().items()}
    form.update({"max_score": "5", "encoding": "utf-8", "file": SimpleUploadedFile("history.csv", data), **fields})
    return world.web.post(reverse("gradebook:import_gradebook", args=[world.course.pk]), form)


def _assignment_page(world, rubric_text: str):
    return world.web.post(
        reverse("gradebook:assignment_create", args=[world.course.pk]),
        {
            "title": "Hostile",
            "kind": "short_answer",
            "prompt": "p",
            "reference_answer": "",
            "rubric": rubric_text,
        },
    )


def _token(salt, value):
    return signing.TimestampSigner(salt=salt).sign(value)


def _deck_post(world, new_card: dict):
    """The deck's cards as the edit form sends them, the first one edited, plus one new card."""
    cards = list(world.deck.cards.all())
    data = {
        "form-TOTAL_FORMS": str(len(cards) + 1),
        "form-INITIAL_FORMS": str(len(cards)),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
    }
    for i, c in enumerate(cards):
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
    data["form-0-question"] = "An edit that must not be saved alone?"
    data.update({f"form-{len(cards)}-{name}": value for name, value in new_card.items()})
    return world.web.post(reverse("gradebook:deck_detail", args=[world.deck.pk]), data)


def _guide_review(world, **changes):
    rows = [row_for(q) for q in world.guide.questions]
    rows[0].update(changes)
    return world.web.post(reverse("gradebook:guide_review", args=[world.guide.pk]), review_post(world.guide, rows))


CASES = [
    Case(
        "API rubric: two sections of max_score 1e308",
        lambda w: _assignment(w, _rubric(1e308, 1e308)),
        400,
        "max_score must be at most 10,000",
    ),
    Case(
        "API rubric: max_score 1e400",
        lambda w: _json(
            w,
            "/api/v1/assignments/",
            (
                '{"course": %d, "title": "t", "prompt": "p", "rubric": {"sections": [{"name": "a", "max_score": 1e400}]}}'
                % w.course.pk
            ),
        ),
        400,
        "The number 1e400 is too large",
    ),
    Case(
        "API rubric: max_score 10**400 (an integer)",
        lambda w: _json(
            w,
            "/api/v1/assignments/",
            (
                '{"course": %d, "title": "t", "prompt": "p", "rubric": {"sections": [{"name": "a", "max_score": 1%s}]}}'
                % (w.course.pk, "0" * 400)
            ),
        ),
        400,
        "is too large",
    ),
    Case("API rubric: 101 sections", lambda w: _assignment(w, _rubric(*[1] * 101)), 400, "at most 100"),
    Case(
        "API rubric update: max_score 20,000",
        lambda w: w.api.patch(
            f"/api/v1/rubrics/{w.assignment.rubric.pk}/", {"sections": _rubric(20_000)}, format="json"
        ),
        400,
        "max_score must be at most 10,000",
    ),
    Case(
        "API grade: score 1e400",
        lambda w: _json(
            w,
            "/api/v1/evaluations/",
            ('{"submission": %d, "sections": {"Answer": {"score": 1e400}}}' % w.submission.pk),
        ),
        400,
        "is too large",
    ),
    Case(
        "API grade: score 1e308",
        lambda w: w.api.post(
            "/api/v1/evaluations/",
            {"submission": w.submission.pk, "sections": {"Answer": {"score": 1e308}}},
            format="json",
        ),
        400,
        "The score 1e+308 is above the maximum of 5",
    ),
    Case(
        "API grade: score NaN",
        lambda w: _json(
            w, "/api/v1/evaluations/", ('{"submission": %d, "sections": {"Answer": {"score": NaN}}}' % w.submission.pk)
        ),
        400,
        "NaN is not a number",
    ),
    Case(
        "API submission: JSON nested 5,000 levels",
        lambda w: _json(w, "/api/v1/submissions/", DEEP),
        400,
        "nested more than 32 levels",
    ),
    Case(
        "API grade: JSON nested 5,000 levels",
        lambda w: _json(w, "/api/v1/evaluations/", DEEP),
        400,
        "nested more than 32 levels",
    ),
    Case(
        "API rubric update: JSON nested 100 levels",
        lambda w: _json(
            w, f"/api/v1/rubrics/{w.assignment.rubric.pk}/", '{"sections": ' + "[" * 100 + "]" * 100 + "}", "patch"
        ),
        400,
        "nested more than 32 levels",
    ),
    Case(
        "API consent record: JSON nested 5,000 levels",
        lambda w: _json(w, "/api/v1/consent/records/", DEEP),
        400,
        "nested more than 32 levels",
    ),
    Case(
        "API grading batch: JSON nested 5,000 levels",
        lambda w: _json(w, "/api/v1/grading-batches/", DEEP),
        400,
        "nested more than 32 levels",
    ),
    Case(
        "/v1 chat: JSON nested 5,000 levels",
        lambda w: _json(w, "/v1/chat/completions", DEEP),
        400,
        "nested more than 32 levels",
    ),
    Case(
        "API submission: a 3 MB JSON body",
        lambda w: w.api.post(
            "/api/v1/submissions/",
            {"assignment": w.assignment.pk, "student": w.student.pk, "text": "x" * 3_000_000},
            format="json",
        ),
        413,
        "larger than 2,097,152 bytes",
    ),
    Case(
        "API submission: text of 200,001 characters",
        lambda w: w.api.post(
            "/api/v1/submissions/",
            {"assignment": w.assignment.pk, "student": w.student.pk, "text": "x" * 200_001},
            format="json",
        ),
        400,
        "no more than 200000 characters",
    ),
    Case(
        "/v1 chat: a 2 MB prompt",
        lambda w: w.api.post(
            "/v1/chat/completions",
            {"model": "any", "messages": [{"role": "user", "content": "x" * 2_000_000}]},
            format="json",
        ),
        400,
        "more than 32,000 characters in all",
    ),
    Case(
        "/v1 chat: 300 messages",
        lambda w: w.api.post(
            "/v1/chat/completions",
            {"model": "any", "messages": [{"role": "user", "content": "x"}] * 300},
            format="json",
        ),
        400,
        "no more than 256",
    ),
    Case(
        "API suggestions: a 20-digit submission filter",
        lambda w: w.api.get("/api/v1/suggestions/", {"submission": "12345678901234567890"}),
        400,
        "Select a valid choice",
    ),
    Case(
        "API suggestions: a 20-digit assignment filter",
        lambda w: w.api.get("/api/v1/suggestions/", {"assignment": "12345678901234567890"}),
        400,
        "Select a valid choice",
    ),
    Case(
        "Import page: encoding bz2_codec (a decompression bomb)",
        lambda w: _import(w, b"BZh91AY&SY" + b"\0" * 700, encoding="bz2_codec"),
        400,
        "unsupported encoding",
    ),
    Case(
        "Import page: encoding rot13",
        lambda w: _import(w, MOHLER.encode(), encoding="rot13"),
        400,
        "unsupported encoding",
    ),
    Case(
        "Import page: encoding hex", lambda w: _import(w, MOHLER.encode(), encoding="hex"), 400, "unsupported encoding"
    ),
    Case(
        "Import page: encoding base64",
        lambda w: _import(w, MOHLER.encode(), encoding="base64"),
        400,
        "unsupported encoding",
    ),
    Case(
        "Import page: utf-16 without a byte order mark",
        lambda w: _import(w, MOHLER.encode("utf-16-le"), encoding="utf-16"),
        400,
        "with a byte order mark",
    ),
    Case(
        "Import page: maximum score 1e6",
        lambda w: _import(w, MOHLER.encode(), max_score="1e6"),
        400,
        "less than or equal to 10000",
    ),
    Case(
        "Bulk CSV: a cell of 140,000 characters",
        lambda w: w.web.post(
            reverse("gradebook:bulk_upload", args=[w.assignment.pk]),
            {
                "csv_file": SimpleUploadedFile("rows.csv", f"student_id,text\nS1,ok\nS2,{'x' * 140_000}\n".encode()),
                "enroll_unknown": "on",
            },
        ),
        400,
        "a cell is longer than 131,072 characters",
    ),
    Case(
        "Assignment page: rubric with two sections of max_score 1e308",
        lambda w: _assignment_page(w, '[{"name": "a", "max_score": 1e308}, {"name": "b", "max_score": 1e308}]'),
        400,
        "max_score must be at most 10,000",
    ),
    Case(
        "Assignment page: rubric nested 5,000 levels",
        lambda w: _assignment_page(w, DEEP),
        400,
        "nested more than 32 levels",
    ),
    Case(
        "Grading page: score 1e400",
        lambda w: w.web.post(reverse("gradebook:grade_submission", args=[w.submission.pk]), {"s0_score": "1e400"}),
        400,
        "Enter a number",
    ),
    Case(
        "Grading page: score 1e308",
        lambda w: w.web.post(reverse("gradebook:grade_submission", args=[w.submission.pk]), {"s0_score": "1e308"}),
        400,
        "above the maximum of 5",
    ),
    Case(
        "Marking guide review: marks 1e308",
        lambda w: _guide_review(w, marks="1e308", marking_points=""),
        400,
        "less than or equal to 10000",
    ),
    Case(
        "Marking guide review: a marking point of 400 digits",
        lambda w: _guide_review(w, marking_points="9" * 400 + " | names the organelle"),
        400,
        "worth at most 10,000 points",
    ),
    Case(
        "Consent link: a signed non-numeric id",
        lambda w: w.web.get(reverse("consent:student", args=[_token(LINK_SALT, "abc")])),
        404,
        "not valid",
    ),
    Case(
        "Consent link: a signed 30-digit id",
        lambda w: w.web.get(reverse("consent:student", args=[_token(LINK_SALT, "9" * 30)])),
        404,
        "not valid",
    ),
    Case(
        "Study link: a signed non-numeric id",
        lambda w: w.web.get(reverse("gradebook:student_decks", args=[_token(STUDENT_LINK_SALT, "abc")])),
        404,
        "Not Found",
    ),
    Case(
        "Deck edit: a new card without an answer",
        lambda w: _deck_post(
            w, {"question": "New?", "answer": "", "card_type": "short_answer", "difficulty": "easy", "options": ""}
        ),
        400,
        "This field is required",
    ),
]


@pytest.fixture
def world(client, settings):
    from gradebook.marking_guides import upload_guide
    from gradebook.study_cards import generate_deck
    from llm.marking_guides import RuleBasedExtractor
    from llm.study_cards import RuleBasedCardGenerator
    from tests.llm.guide_samples import GUIDES

    cache.clear()
    instructor = make_instructor()
    api = APIClient(raise_request_exception=False)
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=instructor).key}")
    client.raise_request_exception = False
    client.force_login(instructor)
    course = make_course(instructor)
    assignment = make_assignment(course)
    student = make_student(course)
    submission = Submission.objects.create(assignment=assignment, student=student, text="An answer.")
    guide = upload_guide(course, "bio.txt", GUIDES[0].text.encode(), extractor=RuleBasedExtractor())
    deck = generate_deck(course, marking_guide=guide, generator=RuleBasedCardGenerator())
    api.get("/api/v1/assignments/")  # the process's first request loads code: not the input's cost
    client.get(reverse("gradebook:course_list"))
    return World(instructor, api, client, course, assignment, student, submission, deck, guide)


def _counts(labels):
    return {label: apps.get_model(label).objects.count() for label in labels}


def _text(response) -> str:
    return response.content.decode(errors="replace").replace("&#x27;", "'").replace("&quot;", '"')


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input_is_refused_with_a_message_and_leaves_nothing(world, case):
    before = _counts(case.unchanged)
    tracemalloc.start()
    try:
        response = case.send(world)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    text = _text(response)
    print(
        f"\nHOSTILE | {case.name} | {response.status_code} | {case.message} | {peak / 2**20:.1f} MiB"
        f" | {sum(_counts(case.unchanged).values()) - sum(before.values())}"
    )
    assert response.status_code == case.status, text[:500]
    assert case.message in text
    assert _counts(case.unchanged) == before
    assert peak < PEAK_LIMIT


def test_after_a_refused_huge_rubric_every_list_still_answers(world):
    assert _assignment(world, _rubric(1e308, 1e308)).status_code == 400
    for path in ("/api/v1/assignments/", "/api/v1/rubrics/"):
        assert world.api.get(path).status_code == 200


def test_a_new_card_in_the_deck_edit_form_joins_the_deck_after_its_last_card(world):
    last = world.deck.cards.order_by("position").last()
    response = _deck_post(
        world,
        {
            "question": "What do leaves absorb?",
            "answer": "Light.",
            "card_type": "short_answer",
            "difficulty": "easy",
            "options": "",
        },
    )
    assert response.status_code == 302, _text(response)[:500]
    added = world.deck.cards.get(question="What do leaves absorb?")
    assert added.position == last.position + 1
    assert world.deck.cards.filter(question="An edit that must not be saved alone?").exists()


def test_a_second_grading_request_while_one_waits_returns_the_same_batch(world):
    first = world.api.post("/api/v1/grading-batches/", {"submission": world.submission.pk}, format="json")
    second = world.api.post("/api/v1/grading-batches/", {"submission": world.submission.pk}, format="json")
    assert first.status_code == second.status_code == 202
    assert first.json()["id"] == second.json()["id"]
    whole = world.api.post("/api/v1/grading-batches/", {"assignment": world.assignment.pk}, format="json")
    again = world.api.post("/api/v1/grading-batches/", {"assignment": world.assignment.pk}, format="json")
    assert whole.json()["id"] == again.json()["id"] != first.json()["id"]
    assert apps.get_model("grading.GradingBatch").objects.count() == 2


def test_an_allowed_encoding_still_imports(world):
    response = _import(world, MOHLER.encode("cp1252"), encoding="latin-1")
    assert response.status_code == 200, _text(response)[:500]
    response = _import(
        world,
        "\ufeff".encode("utf-16-le") + MOHLER.replace("A pile", "Another pile").encode("utf-16-le"),
        encoding="utf-16",
    )
    assert response.status_code == 200, _text(response)[:500]
    assert Submission.objects.filter(source=Submission.Source.IMPORT).count() == 2
