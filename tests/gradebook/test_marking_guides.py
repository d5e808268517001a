import io
import json

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from fpdf import FPDF
from rest_framework.authtoken.models import Token

from gradebook.documents import DocumentError
from gradebook.marking_guides import confirm_guide, default_extractor, upload_guide
from gradebook.models import Assignment, MarkingGuide, Rubric
from llm.marking_guides import ExtractionError, LLMExtractor, RuleBasedExtractor
from tests.llm import guide_layouts
from tests.llm.guide_samples import DOUBTFUL, GUIDES, NO_QUESTIONS, accuracy
from tests.llm.openai_server import OpenAIServer

from .factories import make_course, make_instructor

pytestmark = pytest.mark.django_db


def txt_bytes(text):
    return text.encode()


def docx_bytes(text):
    """One paragraph per line; tab-separated lines become a real Word table."""
    document = docx.Document()
    rows = [line.split("\t") for line in text.split("\n") if "\t" in line]
    for line in text.split("\n"):
        if "\t" not in line:
            document.add_paragraph(line)
    if rows:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_bytes(text):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in text.split("\n"):
        pdf.multi_cell(0, 6, line.replace("•", "-") or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


FORMATS = {"txt": txt_bytes, "docx": docx_bytes, "pdf": pdf_bytes}
CASES = [(g, fmt) for g in GUIDES for fmt in FORMATS if fmt != "pdf" or g.pdf]


@pytest.fixture
def course():
    return make_course(make_instructor())


@pytest.mark.parametrize("guide, fmt", CASES, ids=[f"{fmt}: {g.name}" for g, fmt in CASES])
def test_uploaded_guides_in_every_format_give_exact_questions_marks_and_answers(course, guide, fmt):
    stored = upload_guide(course, f"guide.{fmt}", FORMATS[fmt](guide.text), extractor=RuleBasedExtractor())
    assert [(q["number"], q["marks"], q["answer"]) for q in stored.questions] == list(guide.expected)
    assert stored.extraction["stated_total"] == guide.stated_total
    assert stored.status == MarkingGuide.Status.DRAFT and stored.extractor == "rules"
    assert Assignment.objects.count() == 0


LAYOUT_CASES = [(layout, fmt) for layout in guide_layouts.LAYOUTS for fmt in guide_layouts.formats(layout)]


@pytest.mark.parametrize("layout, fmt", LAYOUT_CASES, ids=[f"{fmt}: {layout.name}" for layout, fmt in LAYOUT_CASES])
def test_guides_in_the_layouts_teachers_write_upload_exactly_in_every_format(course, layout, fmt):
    filename = f"guide.{guide_layouts.FILE_TYPE[fmt]}"
    stored = upload_guide(course, filename, guide_layouts.render(layout, fmt), extractor=RuleBasedExtractor())
    found = [
        (q["number"], q["marks"], guide_layouts.normal(q["answer"]), len(q["marking_points"])) for q in stored.questions
    ]
    assert found == [(i.label, i.marks, guide_layouts.normal(i.answer), i.points) for i in layout.items]
    assert stored.extraction["stated_total"] == layout.total
    assert not [f for f in stored.extraction["flags"] if f["code"] == "total_mismatch"]


def test_extraction_accuracy_over_all_formats_is_reported_perfect(course):
    def extract(case):
        guide, fmt = case
        return upload_guide(course, f"g.{fmt}", FORMATS[fmt](guide.text), extractor=RuleBasedExtractor()).questions

    class Case(tuple):
        expected = property(lambda self: self[0].expected)

    result = accuracy([Case(case) for case in CASES], extract)
    assert result == {
        "question_count": 1.0,
        "marks": 1.0,
        "answers": 1.0,
        "questions": sum(len(g.expected) for g, _ in CASES),
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_guide_without_questions_is_refused_with_a_clear_message_and_nothing_is_kept(course, fmt):
    with pytest.raises(ExtractionError, match="No recognisable questions were found"):
        upload_guide(course, f"letter.{fmt}", FORMATS[fmt](NO_QUESTIONS))
    assert MarkingGuide.objects.count() == 0


def test_an_unreadable_file_is_refused_as_any_upload_is(course):
    with pytest.raises(DocumentError, match="wrong file type"):
        upload_guide(course, "guide.odt", b"whatever")
    with pytest.raises(DocumentError, match="not a valid PDF"):
        upload_guide(course, "guide.pdf", b"not a pdf")
    assert MarkingGuide.objects.count() == 0


def test_without_a_provider_the_rules_extract_and_with_one_the_llm_does(settings):
    settings.OPENAI_BASE_URL = settings.OPENAI_MODEL = ""
    assert isinstance(default_extractor(), RuleBasedExtractor)
    settings.OPENAI_BASE_URL, settings.OPENAI_MODEL = "http://127.0.0.1:9/v1", "m"
    assert isinstance(default_extractor(), LLMExtractor)


def test_an_upload_with_a_configured_provider_falls_back_to_the_rules_on_a_bad_reply(course, settings):
    with OpenAIServer(["no idea"]) as server:
        settings.OPENAI_BASE_URL, settings.OPENAI_API_KEY, settings.OPENAI_MODEL = server.base_url, server.api_key, "m"
        guide = upload_guide(course, "g.txt", GUIDES[0].text.encode())
    assert guide.extractor == "rules"
    assert guide.extraction["fallback_reason"].startswith("llm:m: invalid reply")
    assert len(guide.questions) == 3


def test_confirming_creates_one_assignment_with_a_rubric_per_question_once(course):
    guide = upload_guide(course, "g.txt", GUIDES[0].text.encode(), extractor=RuleBasedExtractor())
    assignments = confirm_guide(guide)
    assert [a.title for a in assignments] == [
        "Q1: What is photosynthesis?",
        "Q2: Name the organelle where photosynthesis happens.",
        "Q3: Explain osmosis.",
    ]
    first = Assignment.objects.get(pk=assignments[0].pk)
    assert first.reference_answer == GUIDES[0].expected[0][2]
    assert first.rubric.sections[0]["max_score"] == 5
    assert [c["max_points"] for c in first.rubric.sections[0]["criteria"]] == [2, 2, 1]
    guide.refresh_from_db()
    assert guide.status == MarkingGuide.Status.CONFIRMED and guide.assignments.count() == 3
    with pytest.raises(Exception, match="already confirmed"):
        confirm_guide(guide)
    assert Assignment.objects.count() == 3


def test_confirming_an_unusable_question_creates_nothing(course):
    guide = upload_guide(course, "g.txt", DOUBTFUL.encode(), extractor=RuleBasedExtractor())
    with pytest.raises(Exception, match="Question 2: The marks must be a positive number"):
        confirm_guide(guide)
    assert Assignment.objects.count() == 0 and Rubric.objects.count() == 0
    guide.refresh_from_db()
    assert guide.status == MarkingGuide.Status.DRAFT


# The pages


@pytest.fixture
def instructor_client(client, course):
    client.force_login(course.instructors.get())
    return client


def review_post(guide, rows, extra=None):
    """The review form as a browser posts it: one block per row, plus the empty extra block."""
    data = {
        "form-TOTAL_FORMS": str(len(rows) + 1),
        "form-INITIAL_FORMS": str(len(rows)),
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate([*rows, extra or {"include": "on"}]):
        for key, value in row.items():
            data[f"form-{i}-{key}"] = value
    return data


def row_for(question, **changes):
    row = {
        "include": "on",
        "number": question["number"],
        "text": question["text"],
        "answer": question["answer"],
        "marks": "" if question["marks"] is None else str(question["marks"]),
        "marking_points": "\n".join(f"{p['points']} | {p['description']}" for p in question["marking_points"]),
    }
    row.update(changes)
    return {k: v for k, v in row.items() if v is not None}


def test_upload_page_extracts_and_opens_the_review_without_creating_assignments(instructor_client, course):
    url = reverse("gradebook:guide_upload", args=[course.pk])
    response = instructor_client.post(url, {"file": SimpleUploadedFile("quiz.docx", docx_bytes(GUIDES[1].text))})
    guide = MarkingGuide.objects.get()
    assert response.status_code == 302 and response.url == reverse("gradebook:guide_review", args=[guide.pk])
    page = instructor_client.get(response.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "What does a stack&#x27;s pop operation return?" in html
    assert 'id="src-2"' in html and "Q1. What does a stack" in html  # the source text, line by line
    assert "Save: create the assignments" in html
    assert Assignment.objects.count() == 0


def test_upload_page_shows_a_clear_message_for_a_guide_without_questions(instructor_client, course):
    url = reverse("gradebook:guide_upload", args=[course.pk])
    response = instructor_client.post(url, {"file": SimpleUploadedFile("letter.txt", NO_QUESTIONS.encode())})
    assert response.status_code == 400
    assert "letter.txt: No recognisable questions were found" in response.content.decode()
    assert MarkingGuide.objects.count() == 0


def test_review_page_shows_the_source_lines_each_question_was_read_from(instructor_client, course):
    layout = next(g for g in guide_layouts.LAYOUTS if g.name == "questions-then-answer-key")
    guide = upload_guide(course, "key.txt", guide_layouts.render(layout, "txt"), extractor=RuleBasedExtractor())
    html = instructor_client.get(reverse("gradebook:guide_review", args=[guide.pk])).content.decode()
    question, key_line = guide.questions[2]["lines"]
    assert guide.text.split("\n")[key_line - 1] == "3. Erosion (hydraulic action and abrasion)."
    assert f'<a href="#src-{question}">{question}</a>, <a href="#src-{key_line}">{key_line}</a>' in html
    assert f'<li value="{key_line}" data-line="{key_line}">3. Erosion (hydraulic action and abrasion).</li>' in html
    assert "an answer key starts" in html


def test_review_page_flags_doubtful_items(instructor_client, course):
    guide = upload_guide(course, "g.txt", DOUBTFUL.encode(), extractor=RuleBasedExtractor())
    html = instructor_client.get(reverse("gradebook:guide_review", args=[guide.pk])).content.decode()
    assert 'data-code="marks_missing"' in html and 'data-code="answer_missing"' in html
    assert 'data-code="total_mismatch"' in html and "the guide states a total of 10" in html


def test_review_page_creates_nothing_until_saved_then_creates_the_edited_assignments(instructor_client, course):
    guide = upload_guide(course, "g.txt", DOUBTFUL.encode(), extractor=RuleBasedExtractor())
    url = reverse("gradebook:guide_review", args=[guide.pk])
    q1, q2, q3 = guide.questions
    instructor_client.get(url)
    # Question 2 has no marks: the page refuses, naming it, and nothing is created.
    refused = instructor_client.post(url, review_post(guide, [row_for(q1), row_for(q2), row_for(q3)]))
    assert refused.status_code == 400
    assert "The marks must be a positive number." in refused.content.decode()
    assert Assignment.objects.count() == 0
    # Marks and marking points fixed, question 3 left out, a missed question added.
    rows = [
        row_for(q1),
        row_for(q2, marks="3", marking_points="1 | landform\n2 marks for river deposits sediment"),
        row_for(q3, include=None),
    ]
    extra = {
        "include": "on",
        "number": "4",
        "text": "What is erosion?",
        "answer": "The wearing away of land.",
        "marks": "2",
    }
    response = instructor_client.post(url, review_post(guide, rows, extra))
    assert response.status_code == 302 and response.url == reverse("gradebook:course_detail", args=[course.pk])
    created = {a.prompt: a for a in Assignment.objects.filter(course=course)}
    assert set(created) == {q1["text"], q2["text"], "What is erosion?"}
    delta = created[q2["text"]].rubric.sections[0]
    assert delta["max_score"] == 3
    assert [(c["name"], c["max_points"]) for c in delta["criteria"]] == [
        ("landform", 1),
        ("river deposits sediment", 2),
    ]
    guide.refresh_from_db()
    assert guide.status == MarkingGuide.Status.CONFIRMED
    assert "created these assignments" in instructor_client.get(url).content.decode()


def test_review_page_refuses_marking_points_that_do_not_add_up(instructor_client, course):
    guide = upload_guide(course, "g.txt", GUIDES[0].text.encode(), extractor=RuleBasedExtractor())
    rows = [row_for(q) for q in guide.questions]
    rows[0]["marking_points"] = "2 | light energy\n1 | water"
    response = instructor_client.post(reverse("gradebook:guide_review", args=[guide.pk]), review_post(guide, rows))
    assert response.status_code == 400
    assert "Criteria points add up to 3, but the section max is 5." in response.content.decode()
    assert Assignment.objects.count() == 0


def test_another_instructors_guide_is_not_found(client, course):
    guide = upload_guide(course, "g.txt", GUIDES[0].text.encode(), extractor=RuleBasedExtractor())
    client.force_login(make_instructor())
    assert client.get(reverse("gradebook:guide_review", args=[guide.pk])).status_code == 404
    assert client.get(reverse("gradebook:guide_upload", args=[course.pk])).status_code == 404


def test_course_page_links_to_marking_guides_and_study_decks(instructor_client, course):
    html = instructor_client.get(reverse("gradebook:course_detail", args=[course.pk])).content.decode()
    assert reverse("gradebook:guide_upload", args=[course.pk]) in html
    assert reverse("gradebook:course_decks", args=[course.pk]) in html


# The API


@pytest.fixture
def api(client, course):
    token = Token.objects.create(user=course.instructors.get())
    client.defaults["HTTP_AUTHORIZATION"] = f"Token {token.key}"
    return client


def test_api_upload_then_extraction_then_confirm(api, course):
    response = api.post(
        "/api/v1/marking-guides/", {"course": course.pk, "file": SimpleUploadedFile("g.pdf", pdf_bytes(GUIDES[0].text))}
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert [(q["number"], q["marks"], q["answer"]) for q in body["questions"]] == list(GUIDES[0].expected)
    assert body["status"] == "draft" and body["assignments"] == []
    assert Assignment.objects.count() == 0
    assert api.get(f"/api/v1/marking-guides/{body['id']}/").json()["questions"] == body["questions"]
    confirmed = api.post(f"/api/v1/marking-guides/{body['id']}/confirm/", {}, content_type="application/json")
    assert confirmed.status_code == 201
    assert confirmed.json()["status"] == "confirmed" and len(confirmed.json()["assignments"]) == 3


def test_api_gives_each_questions_source_lines_and_the_readers_notes(api, course):
    layout = next(g for g in guide_layouts.LAYOUTS if g.name == "answer-key-table")
    upload = SimpleUploadedFile("key.docx", guide_layouts.render(layout, "docx"))
    body = api.post("/api/v1/marking-guides/", {"course": course.pk, "file": upload}).json()
    guide = MarkingGuide.objects.get(pk=body["id"])
    source = guide.text.split("\n")
    assert [source[n - 1] for n in body["questions"][0]["lines"]] == [
        "Q1. In which country did the Industrial Revolution begin? [1]",
        "1\tBritain.",
    ]
    assert [q["answer"] for q in body["questions"]] == [i.answer for i in layout.items]
    assert any("table of answers" in note for note in body["notes"])


def test_api_confirm_with_edited_questions_checks_them(api, course):
    guide = upload_guide(course, "g.txt", DOUBTFUL.encode(), extractor=RuleBasedExtractor())
    url = f"/api/v1/marking-guides/{guide.pk}/confirm/"
    refused = api.post(url, {}, content_type="application/json")
    assert refused.status_code == 400
    assert refused.json()["questions"] == ["Question 2: The marks must be a positive number."]
    questions = [dict(q) for q in guide.questions]
    questions[1]["marks"] = 4
    accepted = api.post(url, json.dumps({"questions": questions}), content_type="application/json")
    assert accepted.status_code == 201
    assert sorted(Assignment.objects.values_list("rubric__sections__0__max_score", flat=True)) == [2, 3, 4]


def test_api_refuses_a_guide_without_questions_and_other_instructors_courses(api, course):
    response = api.post(
        "/api/v1/marking-guides/", {"course": course.pk, "file": SimpleUploadedFile("x.txt", NO_QUESTIONS.encode())}
    )
    assert response.status_code == 400
    assert response.json()["file"][0].startswith("x.txt: No recognisable questions were found")
    other = make_course(make_instructor())
    response = api.post(
        "/api/v1/marking-guides/", {"course": other.pk, "file": SimpleUploadedFile("g.txt", GUIDES[0].text.encode())}
    )
    assert response.status_code == 400 and "does not exist" in response.json()["course"][0]
    foreign = upload_guide(other, "g.txt", GUIDES[0].text.encode(), extractor=RuleBasedExtractor())
    assert api.get(f"/api/v1/marking-guides/{foreign.pk}/").status_code == 404
    assert MarkingGuide.objects.count() == 1
