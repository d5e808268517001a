"""Marking guides: upload one to a course (text extracted, questions found, nothing else
created), then confirm it, which creates one assignment with a rubric per question.

The pages and the API both call these functions.
"""

from __future__ import annotations

from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from llm.marking_guides import (
    Extraction,
    LLMExtractor,
    RuleBasedExtractor,
    finish,
    implied_rubric,
    question_errors,
)
from llm.providers.openai_compat import OpenAICompatProvider

from .access import courses_for
from .documents import extract_text
from .models import Assignment, MarkingGuide, Rubric

MAX_TITLE = 200


def guides_for(user):
    return MarkingGuide.objects.filter(course__in=courses_for(user))


def configured_provider():
    """The OpenAI-compatible provider named in the settings, or None when there is none."""
    if settings.OPENAI_BASE_URL and settings.OPENAI_MODEL:
        return OpenAICompatProvider(settings.OPENAI_BASE_URL, settings.OPENAI_API_KEY, settings.OPENAI_MODEL)
    return None


def default_extractor():
    """The LLM extractor when a provider is configured (it falls back to the rules), else the rules."""
    provider = configured_provider()
    return LLMExtractor(provider) if provider else RuleBasedExtractor()


def upload_guide(course, filename: str, data: bytes, created_by=None, extractor=None) -> MarkingGuide:
    """Store a draft guide with its extracted questions.

    Raises DocumentError for a file that cannot be read and ExtractionError for one with no
    recognisable questions; either way nothing is stored.
    """
    text = extract_text(filename, data)
    extraction: Extraction = (extractor or default_extractor()).extract(text)
    guide = MarkingGuide(
        course=course,
        original_filename=PurePath(filename).name,
        text=text,
        extraction=extraction.as_dict(),
        extractor=extraction.extractor,
        created_by=created_by,
    )
    guide.full_clean(exclude=["original_file"])
    guide.original_file.save(guide.original_filename, ContentFile(data), save=False)
    try:
        guide.save()
    except BaseException:
        guide.original_file.storage.delete(guide.original_file.name)
        raise
    return guide


def assignment_title(question: dict) -> str:
    words = " ".join(question["text"].split())
    title = f"Q{question['number']}: {words}" if question.get("number") else words
    return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1].rstrip() + "…"


@transaction.atomic
def confirm_guide(guide: MarkingGuide, questions: list[dict] | None = None) -> list[Assignment]:
    """Create one assignment per question (rubric: one section worth the marks, the marking
    points as criteria), all or none. ``questions`` are the reviewed ones; without them the
    extraction is taken as it is. Raises ValidationError naming each unusable question."""
    guide = MarkingGuide.objects.select_for_update().get(pk=guide.pk)
    if guide.status == MarkingGuide.Status.CONFIRMED:
        raise ValidationError("This marking guide was already confirmed.")
    stated_total = guide.extraction.get("stated_total")
    questions, flags = finish(guide.questions if questions is None else questions, stated_total)
    if not questions:
        raise ValidationError("There are no questions to create assignments from.")
    problems = {
        f"Question {q.get('number') or i}": errors for i, q in enumerate(questions, 1) if (errors := question_errors(q))
    }
    if problems:
        raise ValidationError([f"{where}: {' '.join(errors)}" for where, errors in problems.items()])
    assignments = []
    for question in questions:
        assignment = Assignment(
            course=guide.course,
            title=assignment_title(question),
            kind=Assignment.Kind.SHORT_ANSWER,
            prompt=question["text"],
            reference_answer=question["answer"],
        )
        assignment.full_clean(validate_constraints=False)
        assignment.save()
        Rubric.objects.create(assignment=assignment, sections=implied_rubric(question))
        assignments.append(assignment)
    guide.extraction = {**guide.extraction, "questions": questions, "flags": flags}
    guide.status = MarkingGuide.Status.CONFIRMED
    guide.confirmed_at = timezone.now()
    guide.save(update_fields=["extraction", "status", "confirmed_at"])
    guide.assignments.set(assignments)
    return assignments
