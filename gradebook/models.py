"""Courses, students, assignments, rubrics, submissions and evaluations."""

from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.text import slugify

from llm.rubric import RubricError, check_scores, rubric_max_total, validate_rubric

from .limits import max_text_chars


def rubric_error_to_validation_error(error: RubricError, field: str) -> ValidationError:
    return ValidationError({field: [f"{path}: {' '.join(msgs)}" for path, msgs in error.errors.items()]})


class Course(models.Model):
    code = models.CharField(max_length=40, unique=True, help_text="A short code such as CS101-2026.")
    title = models.CharField(max_length=200)
    instructors = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="courses_taught", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} — {self.title}"


class Student(models.Model):
    student_id = models.CharField(
        max_length=64,
        unique=True,
        validators=[RegexValidator(r"^[A-Za-z0-9._-]+$", "Use letters, digits, dots, dashes or underscores.")],
        help_text="The school's identifier for the student.",
    )
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    courses = models.ManyToManyField(Course, through="Enrollment", related_name="students")

    class Meta:
        ordering = ["name", "student_id"]

    def __str__(self):
        return f"{self.name} ({self.student_id})"


class Enrollment(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="enrollments")
    student = models.ForeignKey(Student, on_delete=models.CASCADE, related_name="enrollments")
    enrolled_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["course", "student"], name="unique_enrollment")]

    def __str__(self):
        return f"{self.student} in {self.course.code}"


class Assignment(models.Model):
    class Kind(models.TextChoices):
        SHORT_ANSWER = "short_answer", "Short answer"
        ESSAY = "essay", "Essay"
        SPEECH_TRANSCRIPT = "speech_transcript", "Speech transcript"
        DOCUMENT = "document", "Document"

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="assignments")
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=32, choices=Kind.choices, default=Kind.SHORT_ANSWER)
    prompt = models.TextField(help_text="The question or task the students answered.")
    reference_answer = models.TextField(blank=True, help_text="Optional model answer or marking guide.")
    external_id = models.CharField(
        max_length=64, blank=True, help_text="An id from an imported gradebook, e.g. a question number."
    )
    anonymous_grading = models.BooleanField(
        default=False, help_text="Hide the students' names and ids while grading, until the grades are released."
    )
    grades_released_at = models.DateTimeField(
        null=True, blank=True, help_text="When students could first see their grades."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["course", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["course", "external_id"], condition=~Q(external_id=""), name="unique_assignment_external_id"
            )
        ]

    def __str__(self):
        return self.title

    @property
    def grades_released(self) -> bool:
        return self.grades_released_at is not None

    @property
    def hides_students(self) -> bool:
        """Anonymous grading hides who wrote an answer until the grades are released."""
        return self.anonymous_grading and not self.grades_released

    def other_reference_answers(self) -> list[str]:
        """The reference answers of the course's other assignments: what grading compares an
        answer with to tell an answer to another question (llm.gaming)."""
        others = Assignment.objects.filter(course_id=self.course_id).exclude(pk=self.pk).exclude(reference_answer="")
        return list(others.order_by("pk").values_list("reference_answer", flat=True))


class Rubric(models.Model):
    """The sections an assignment is scored on; see llm.rubric for the shape of ``sections``."""

    assignment = models.OneToOneField(Assignment, on_delete=models.CASCADE, related_name="rubric")
    sections = models.JSONField()
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Rubric for {self.assignment}"

    @property
    def max_total(self):
        return rubric_max_total(self.sections)

    def clean(self):
        try:
            self.sections = validate_rubric(self.sections)
        except RubricError as error:
            raise rubric_error_to_validation_error(error, "sections") from None
        if self.pk and self.assignment_id:
            stored = Rubric.objects.filter(pk=self.pk).values_list("sections", flat=True).first()
            if (
                stored != self.sections
                and Evaluation.objects.filter(submission__assignment_id=self.assignment_id).exists()
            ):
                raise ValidationError(
                    {"sections": "This rubric already has evaluations; changing it would invalidate them."}
                )

    def save(self, *args, **kwargs):
        self.full_clean(validate_unique=False, validate_constraints=False)
        super().save(*args, **kwargs)


def stored_name(filename: str) -> str:
    """A name the disk can keep: ASCII, short, the extension kept (the real name is stored apart)."""
    path = PurePath(filename)
    stem = slugify(path.stem)[:60] or "file"
    extension = slugify(path.suffix)[:10]
    return f"{stem}.{extension}" if extension else stem


def submission_upload_path(instance, filename):
    return f"submissions/{instance.assignment_id}/{instance.student_id}/{stored_name(filename)}"


class Submission(models.Model):
    class Source(models.TextChoices):
        TYPED = "typed", "Typed or pasted"
        UPLOAD = "upload", "Uploaded file"
        IMPORT = "import", "Imported"
        API = "api", "API"

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="submissions")
    student = models.ForeignKey(Student, on_delete=models.PROTECT, related_name="submissions")
    text = models.TextField()
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.TYPED)
    original_file = models.FileField(upload_to=submission_upload_path, blank=True, max_length=500)
    original_filename = models.CharField(max_length=255, blank=True)
    ocr_confidence = models.FloatField(
        null=True, blank=True, help_text="For scanned work: the mean OCR word confidence (0–100) of its pages."
    )
    answer_group = models.ForeignKey(
        "AnswerGroup", null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )
    submitted_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["assignment", "student__name", "id"]
        constraints = [models.UniqueConstraint(fields=["assignment", "student"], name="one_submission_per_student")]

    def __str__(self):
        return f"{self.student} — {self.assignment}"

    @property
    def anonymous_label(self) -> str:
        return f"Answer #{self.pk}"

    def clean(self):
        if not (self.text or "").strip():
            raise ValidationError({"text": "A submission needs some text."})
        if not self.original_filename and len(self.text) > max_text_chars():
            raise ValidationError({"text": f"The text is longer than {max_text_chars():,} characters."})
        if (
            self.assignment_id
            and self.student_id
            and not Enrollment.objects.filter(course_id=self.assignment.course_id, student_id=self.student_id).exists()
        ):
            raise ValidationError({"student": "The student is not enrolled in this assignment's course."})


def submission_page_path(instance, filename):
    return f"submissions/{instance.submission.assignment_id}/{instance.submission.student_id}/pages/{filename}"


class SubmissionPage(models.Model):
    """A scanned page of a submission: its picture, the text OCR read from it and how sure OCR
    was, word by word (``lines``: lists of [word, confidence]), for the grading form."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveIntegerField()
    image = models.FileField(upload_to=submission_page_path, max_length=500)
    text = models.TextField(blank=True)
    confidence = models.FloatField(help_text="Mean OCR word confidence, 0–100.")
    lines = models.JSONField(default=list)

    class Meta:
        ordering = ["submission", "number"]
        constraints = [models.UniqueConstraint(fields=["submission", "number"], name="one_page_per_number")]

    def __str__(self):
        return f"Page {self.number} of {self.submission}"

    @property
    def low_confidence(self) -> bool:
        return self.confidence < settings.OCR_LOW_CONFIDENCE


class EvaluationQuerySet(models.QuerySet):
    def final(self):
        """Grades saved by an instructor (one per submission at most): the labels."""
        return self.filter(status=Evaluation.Status.FINAL)

    def suggested(self):
        """Grades suggested by a model, waiting for an instructor."""
        return self.filter(status=Evaluation.Status.SUGGESTED)


class Evaluation(models.Model):
    """Scores for a submission. The final one is the label; suggestions come from models."""

    class Status(models.TextChoices):
        SUGGESTED = "suggested", "Suggested"
        FINAL = "final", "Final"

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="evaluations")

    class Origin(models.TextChoices):
        HAND = "hand", "By hand"
        GROUP = "group", "Through an answer group"
        SUGGESTION = "suggestion", "Accepted from a suggestion"
        IMPORT = "import", "Imported"
        MODEL = "model", "A model's suggestion"

    status = models.CharField(max_length=16, choices=Status.choices, default=Status.FINAL)
    origin = models.CharField(
        max_length=16, choices=Origin.choices, default=Origin.HAND, help_text="How a final grade was given."
    )
    sections = models.JSONField()
    total = models.FloatField()
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="evaluations"
    )
    provider = models.CharField(max_length=100, blank=True, help_text="The model provider, for a suggestion.")
    model_version_label = models.CharField(max_length=200, blank=True)
    prompt_hash = models.CharField(max_length=64, blank=True)
    latency_ms = models.PositiveIntegerField(null=True, blank=True)
    prompt_tokens = models.PositiveIntegerField(null=True, blank=True)
    completion_tokens = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EvaluationQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission"], condition=Q(status="final"), name="one_final_evaluation_per_submission"
            ),
            models.CheckConstraint(condition=Q(total__gte=0), name="evaluation_total_not_negative"),
        ]
        indexes = [models.Index(fields=["status", "updated_at"])]

    def __str__(self):
        return f"{self.get_status_display()} {self.total} for {self.submission}"

    def clean(self):
        rubric = getattr(self.submission.assignment, "rubric", None) if self.submission_id else None
        if rubric is None:
            raise ValidationError({"submission": "The assignment has no rubric to grade against."})
        try:
            self.sections, self.total = check_scores(rubric.sections, self.sections)
        except RubricError as error:
            raise rubric_error_to_validation_error(error, "sections") from None

    def save(self, *args, **kwargs):
        self.full_clean(validate_unique=False, validate_constraints=False)
        super().save(*args, **kwargs)


class AnswerGroup(models.Model):
    """Alike answers of one assignment (see gradebook.answer_groups), graded at once."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="answer_groups")
    representative = models.ForeignKey(
        Submission,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The member most like the others: the answer the instructor reads.",
    )
    threshold = models.FloatField(help_text="The similarity the groups were formed at.")
    method = models.CharField(max_length=32, help_text="The similarity used: minilm or tfidf.")
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    graded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["assignment", "id"]

    def __str__(self):
        return f"Answer group #{self.pk}"


class RegradeRequest(models.Model):
    """A student's request, from their signed link, to look at a released grade again."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        ANSWERED = "answered", "Answered"

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="regrade_requests")
    reason = models.TextField()
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN, db_index=True)
    total_before = models.FloatField(help_text="The grade's total when the student asked.")
    answer = models.TextField(blank=True)
    total_after = models.FloatField(null=True, blank=True, help_text="The total once answered.")
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission"], condition=Q(status="open"), name="one_open_regrade_request_per_submission"
            )
        ]

    def __str__(self):
        return f"Regrade request #{self.pk} ({self.get_status_display()})"


def marking_guide_upload_path(instance, filename):
    return f"marking_guides/{instance.course_id}/{stored_name(filename)}"


class MarkingGuide(models.Model):
    """An uploaded marking guide and what was extracted from it. It stays a draft, creating
    nothing, until an instructor confirms it; confirming creates one assignment per question."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        CONFIRMED = "confirmed", "Confirmed"

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="marking_guides")
    original_file = models.FileField(upload_to=marking_guide_upload_path, max_length=500)
    original_filename = models.CharField(max_length=255)
    text = models.TextField(help_text="The text extracted from the file.")
    extraction = models.JSONField(help_text="The questions found: see llm.marking_guides.")
    extractor = models.CharField(max_length=200, help_text="Which extractor produced the questions.")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    assignments = models.ManyToManyField(Assignment, blank=True, related_name="marking_guides")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="marking_guides"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.original_filename} ({self.get_status_display()})"

    @property
    def questions(self) -> list[dict]:
        return (self.extraction or {}).get("questions") or []

    def clean(self):
        if not isinstance(self.extraction, dict) or not isinstance(self.extraction.get("questions"), list):
            raise ValidationError({"extraction": "The extraction must be an object with a list of questions."})


class Deck(models.Model):
    """Study cards made from a marking guide or from an assignment's reference material.
    Students see a deck only once it is published."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="decks")
    title = models.CharField(max_length=200)
    marking_guide = models.ForeignKey(
        MarkingGuide, null=True, blank=True, on_delete=models.SET_NULL, related_name="decks"
    )
    assignment = models.ForeignKey(Assignment, null=True, blank=True, on_delete=models.SET_NULL, related_name="decks")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    generator = models.CharField(max_length=200, blank=True, help_text="Which generator wrote the cards.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="decks"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["course", "title", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~(Q(marking_guide__isnull=False) & Q(assignment__isnull=False)),
                name="deck_has_at_most_one_source",
            )
        ]

    def __str__(self):
        return self.title

    def clean(self):
        for source in (self.marking_guide, self.assignment):
            if source is not None and self.course_id and source.course_id != self.course_id:
                raise ValidationError("A deck's source must belong to the deck's course.")


class Card(models.Model):
    class Difficulty(models.TextChoices):
        EASY = "easy", "Easy"
        MEDIUM = "medium", "Medium"
        HARD = "hard", "Hard"

    class CardType(models.TextChoices):
        SHORT_ANSWER = "short_answer", "Short answer"
        FILL_BLANK = "fill_blank", "Fill in the blank"
        TRUE_FALSE = "true_false", "True / false"
        MULTIPLE_CHOICE = "multiple_choice", "Multiple choice"

    deck = models.ForeignKey(Deck, on_delete=models.CASCADE, related_name="cards")
    position = models.PositiveIntegerField(default=0)
    question = models.TextField()
    answer = models.TextField()
    difficulty = models.CharField(max_length=16, choices=Difficulty.choices, default=Difficulty.MEDIUM)
    card_type = models.CharField(max_length=32, choices=CardType.choices, default=CardType.SHORT_ANSWER)
    options = models.JSONField(default=list, blank=True, help_text="The choices of a multiple-choice card.")
    source_excerpt = models.TextField(blank=True, help_text="The source text that supports the answer.")

    class Meta:
        ordering = ["deck", "position", "id"]

    def __str__(self):
        return self.question[:80]

    def clean(self):
        from llm.study_cards import Card as CardData
        from llm.study_cards import card_problem

        if not isinstance(self.options, list) or not all(isinstance(o, str) for o in self.options):
            raise ValidationError({"options": "Options must be a list of texts."})
        problem = card_problem(
            CardData(self.question or "", self.answer or "", self.card_type, self.difficulty, self.options)
        )
        if problem:
            raise ValidationError(problem)

    def save(self, *args, **kwargs):
        self.full_clean(validate_unique=False, validate_constraints=False)
        super().save(*args, **kwargs)
