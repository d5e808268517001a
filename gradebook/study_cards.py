"""Study decks: generating cards from a marking guide or an assignment, publishing them,
exporting them (CSV, Anki TSV), and the signed link through which a student reads the
published decks of their courses. Pages and the API call these functions."""

from __future__ import annotations

import csv
import html
import io

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from core.links import id_from_signed, signed_id
from llm.study_cards import Card as CardData
from llm.study_cards import LLMCardGenerator, RuleBasedCardGenerator, StudyItem, support

from .access import courses_for
from .marking_guides import configured_provider
from .models import Card, Deck, Student
from .services import spreadsheet_safe

STUDENT_LINK_SALT = "gradebook.study-decks.student"
STUDENT_LINK_MAX_AGE = 60 * 60 * 24 * 180
ANKI_HEADER = "#separator:tab\n#html:true\n"


def decks_for(user):
    return Deck.objects.filter(course__in=courses_for(user))


def default_card_generator():
    provider = configured_provider()
    return LLMCardGenerator(provider) if provider else RuleBasedCardGenerator()


def study_material(*, marking_guide=None, assignment=None) -> tuple[list[StudyItem], str, str]:
    """(items, source text, a title) from a guide's questions or an assignment's reference."""
    if marking_guide is not None:
        items = [
            StudyItem(q["text"], q["answer"], tuple(p["description"] for p in q.get("marking_points") or []))
            for q in marking_guide.questions
            if q.get("text") and q.get("answer")
        ]
        return items, marking_guide.text, f"Study cards: {marking_guide.original_filename}"
    if not assignment.reference_answer.strip():
        raise ValidationError("This assignment has no reference answer to make study cards from.")
    source = f"{assignment.prompt}\n{assignment.reference_answer}"
    return [StudyItem(assignment.prompt, assignment.reference_answer)], source, f"Study cards: {assignment.title}"


@transaction.atomic
def generate_deck(course, *, marking_guide=None, assignment=None, created_by=None, generator=None) -> Deck:
    """A draft deck of checked cards (supported by the source, no near-duplicates)."""
    if (marking_guide is None) == (assignment is None):
        raise ValidationError("Choose a marking guide or an assignment, not both.")
    source_object = marking_guide or assignment
    if source_object.course_id != course.pk:
        raise ValidationError("The source must belong to this course.")
    items, source, title = study_material(marking_guide=marking_guide, assignment=assignment)
    if not items:
        raise ValidationError("The source has no question with a model answer to make study cards from.")
    result = (generator or default_card_generator()).generate(items, source)
    if not result.cards:
        raise ValidationError("No card could be made that the source text supports.")
    deck = Deck(
        course=course,
        title=title[:200],
        marking_guide=marking_guide,
        assignment=assignment,
        generator=result.generator,
        created_by=created_by,
    )
    deck.full_clean()
    deck.save()
    for position, card in enumerate(result.cards):
        Card.objects.create(
            deck=deck,
            position=position,
            question=card.question,
            answer=card.answer,
            difficulty=card.difficulty,
            card_type=card.card_type,
            options=card.options,
            source_excerpt=card.source_excerpt,
        )
    return deck


def source_text(deck: Deck) -> str:
    if deck.marking_guide is not None:
        return deck.marking_guide.text
    if deck.assignment is not None:
        return f"{deck.assignment.prompt}\n{deck.assignment.reference_answer}"
    return ""


def card_support(deck: Deck, card: Card) -> float | None:
    """How much of an (edited) card's answer its deck's source supports; None without a source."""
    text = source_text(deck)
    return support(card.answer, text) if text else None


def set_published(deck: Deck, published: bool) -> Deck:
    if published and not deck.cards.exists():
        raise ValidationError("An empty deck cannot be published.")
    deck.status = Deck.Status.PUBLISHED if published else Deck.Status.DRAFT
    deck.published_at = timezone.now() if published else None
    deck.save(update_fields=["status", "published_at"])
    return deck


def cards_csv(deck: Deck) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["question", "answer", "card_type", "difficulty", "options", "source_excerpt"])
    for card in deck.cards.all():
        row = [
            card.question,
            card.answer,
            card.card_type,
            card.difficulty,
            " | ".join(card.options),
            card.source_excerpt,
        ]
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue()


def anki_field(text: str) -> str:
    """One Anki field: HTML-escaped, tabs as spaces, line breaks as <br>."""
    escaped = html.escape(text.replace("\t", "    "), quote=False)
    return "<br>".join(escaped.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def anki_tsv(deck: Deck) -> str:
    """Front<TAB>back per card, with the header lines Anki reads; every card line has two fields."""
    lines = [f"{anki_field(card_front(card))}\t{anki_field(card.answer)}" for card in deck.cards.all()]
    return ANKI_HEADER + "".join(f"{line}\n" for line in lines)


def card_front(card: Card) -> str:
    """What a student sees first (the choices included), as llm.study_cards shows it."""
    return CardData(card.question, card.answer, card.card_type, card.difficulty, card.options).front


def student_link_token(student: Student) -> str:
    return signed_id(student.pk, STUDENT_LINK_SALT)


def student_from_token(token: str) -> Student:
    """The student a study link was made for; raises signing.BadSignature (or SignatureExpired)."""
    pk = id_from_signed(token, STUDENT_LINK_SALT, max_age=STUDENT_LINK_MAX_AGE)
    try:
        return Student.objects.get(pk=pk)
    except Student.DoesNotExist:
        raise signing.BadSignature("The student no longer exists.") from None


def published_decks_for(student: Student):
    """The published decks of the student's courses: all a study link ever shows."""
    return Deck.objects.filter(course__in=student.courses.all(), status=Deck.Status.PUBLISHED)
