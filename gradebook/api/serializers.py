"""What the API reads and writes.

The rules stay where they live (the models, llm.rubric, gradebook.services); these classes
shape the data and turn a rule's refusal into a 400 whose body names the field.
"""

from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.settings import api_settings

from llm.rubric import (
    MAX_COMMENT_LENGTH,
    MAX_CRITERIA,
    MAX_DESCRIPTION_LENGTH,
    MAX_NAME_LENGTH,
    MAX_SCORE,
    MAX_SECTIONS,
    RubricError,
    check_scores,
    validate_rubric,
)

from .. import access
from ..documents import DocumentError
from ..models import Assignment, Course, Evaluation, Rubric, Student, Submission
from ..services import create_submission, enroll, record_final_evaluation
from ..uploads import read_upload


@contextmanager
def model_errors_as_400():
    """Re-raise a model's or a service's ValidationError as the API's 400, field by field."""
    try:
        yield
    except DjangoValidationError as error:
        detail = serializers.as_serializer_error(error)
        if NON_FIELD_ERRORS in detail:
            detail[api_settings.NON_FIELD_ERRORS_KEY] = detail.pop(NON_FIELD_ERRORS)
        raise serializers.ValidationError(detail) from None


class ScopedPrimaryKeyRelatedField(serializers.PrimaryKeyRelatedField):
    """An id that must name an object the requesting user may see (a gradebook.access scope).

    Any other id reads as "does not exist", so an answer never reveals another instructor's objects.
    """

    def __init__(self, scope, model, **kwargs):
        self.scope = scope
        super().__init__(queryset=model.objects.none(), **kwargs)

    def get_queryset(self):
        return self.scope(self.context["request"].user)


# The shapes of the JSON fields, for the schema only: llm.rubric validates the data itself.


class RubricCriterion(serializers.Serializer):
    name = serializers.CharField(max_length=MAX_NAME_LENGTH)
    max_points = serializers.FloatField(min_value=0, max_value=MAX_SCORE)
    description = serializers.CharField(required=False, allow_blank=True, max_length=MAX_DESCRIPTION_LENGTH)


class RubricSection(serializers.Serializer):
    name = serializers.CharField(max_length=MAX_NAME_LENGTH)
    max_score = serializers.FloatField(min_value=0, max_value=MAX_SCORE)
    criteria = RubricCriterion(many=True, required=False, max_length=MAX_CRITERIA)


class CriterionPoints(serializers.Serializer):
    name = serializers.CharField(max_length=MAX_NAME_LENGTH)
    points = serializers.FloatField(min_value=0, max_value=MAX_SCORE)
    max_points = serializers.FloatField(read_only=True)


class SectionScore(serializers.Serializer):
    score = serializers.FloatField(min_value=0, max_value=MAX_SCORE)
    max_score = serializers.FloatField(read_only=True)
    comment = serializers.CharField(required=False, allow_blank=True, max_length=MAX_COMMENT_LENGTH)
    criteria = CriterionPoints(many=True, required=False)


@extend_schema_field(RubricSection(many=True, max_length=MAX_SECTIONS))
class RubricSectionsField(serializers.JSONField):
    pass


@extend_schema_field(serializers.DictField(child=SectionScore()))
class SectionScoresField(serializers.JSONField):
    pass


class CourseSerializer(serializers.ModelSerializer):
    instructors = serializers.SlugRelatedField(
        slug_field="username",
        many=True,
        required=False,
        queryset=get_user_model().objects.filter(is_active=True),
        help_text="Usernames of the instructors who teach the course.",
    )

    class Meta:
        model = Course
        fields = ["id", "code", "title", "instructors", "created_at"]


class StudentSerializer(serializers.ModelSerializer):
    courses = serializers.SerializerMethodField(help_text="Ids of your courses the student is enrolled in.")

    class Meta:
        model = Student
        fields = ["id", "student_id", "name", "email", "courses"]

    def get_courses(self, student) -> list[int]:
        return [course.pk for course in student.visible_courses]


class EnrollmentSerializer(serializers.ModelSerializer):
    """Enroll a student (found by school id, or created) into one of your courses."""

    course = ScopedPrimaryKeyRelatedField(access.courses_for, Course, help_text="One of your courses.")

    class Meta:
        model = Student
        fields = ["course", "student_id", "name", "email"]
        # student_id names an existing student or a new one: enroll() checks it, so no unique validator.
        extra_kwargs = {"student_id": {"validators": []}, "name": {"required": False}}

    def create(self, validated_data):
        with model_errors_as_400():
            return enroll(**validated_data, by=self.context["request"].user)


class RubricSerializer(serializers.ModelSerializer):
    """A rubric; its sections may change only while the assignment has no evaluations."""

    sections = RubricSectionsField()
    max_total = serializers.FloatField(read_only=True)

    class Meta:
        model = Rubric
        fields = ["id", "assignment", "sections", "max_total", "updated_at"]
        read_only_fields = ["assignment", "updated_at"]

    def validate(self, attrs):
        if "sections" in attrs:
            try:
                attrs["sections"] = validate_rubric(attrs["sections"])
            except RubricError as error:
                raise serializers.ValidationError(error.errors) from None
        return attrs

    def update(self, instance, validated_data):
        with model_errors_as_400():
            return super().update(instance, validated_data)


class AssignmentSerializer(serializers.ModelSerializer):
    course = ScopedPrimaryKeyRelatedField(access.courses_for, Course, help_text="One of your courses.")
    rubric = RubricSerializer(help_text="Created with the assignment, in the same request.")

    class Meta:
        model = Assignment
        fields = [
            "id",
            "course",
            "title",
            "kind",
            "prompt",
            "reference_answer",
            "external_id",
            "anonymous_grading",
            "grades_released_at",
            "created_at",
            "rubric",
        ]
        read_only_fields = ["grades_released_at"]

    def create(self, validated_data):
        rubric = validated_data.pop("rubric")
        with model_errors_as_400(), transaction.atomic():
            assignment = Assignment.objects.create(**validated_data)
            Rubric.objects.create(assignment=assignment, sections=rubric["sections"])
        return assignment


class SubmissionSerializer(serializers.ModelSerializer):
    graded = serializers.BooleanField(read_only=True, help_text="Whether the submission has a final evaluation.")
    student = serializers.SerializerMethodField(
        help_text="The student's id; null while the assignment grades anonymously (until its grades are released)."
    )

    def get_student(self, submission) -> int | None:
        return None if submission.assignment.hides_students else submission.student_id

    class Meta:
        model = Submission
        fields = [
            "id",
            "assignment",
            "student",
            "text",
            "source",
            "original_filename",
            "ocr_confidence",
            "graded",
            "submitted_at",
            "updated_at",
        ]
        read_only_fields = fields


class SubmissionCreateSerializer(serializers.Serializer):
    """A typed submission: the answer's text in JSON."""

    assignment = ScopedPrimaryKeyRelatedField(access.assignments_for, Assignment)
    student = ScopedPrimaryKeyRelatedField(access.students_for, Student, help_text="Enrolled in the course.")
    text = serializers.CharField(
        max_length=settings.MAX_SUBMISSION_CHARS, help_text="The answer (MAX_SUBMISSION_CHARS)."
    )

    def create(self, validated_data):
        with model_errors_as_400():
            return create_submission(
                validated_data["assignment"],
                validated_data["student"],
                text=validated_data["text"],
                source=Submission.Source.API,
            )


class SubmissionUploadSerializer(SubmissionCreateSerializer):
    """An uploaded document (multipart): its extracted text becomes the submission's text."""

    text = None
    file = serializers.FileField(
        allow_empty_file=True,
        help_text='A PDF, DOCX, TXT, HTML, Markdown, RTF or JSON ({"student_id", "text"}) file, or a scan (PDF, PNG, JPEG) read by OCR.',
    )

    def validate(self, attrs):
        if self.initial_data.get("text"):
            raise serializers.ValidationError({"text": ["Send either the text or a file, not both."]})
        return attrs

    def create(self, validated_data):
        upload = validated_data["file"]
        with model_errors_as_400():
            try:
                data = read_upload(upload)
                return create_submission(
                    validated_data["assignment"],
                    validated_data["student"],
                    filename=upload.name,
                    data=data,
                    source=Submission.Source.API,
                )
            except DocumentError as error:
                raise serializers.ValidationError({"file": [str(error)]}) from None


class EvaluationSerializer(serializers.ModelSerializer):
    assignment = serializers.IntegerField(source="submission.assignment_id", read_only=True)
    sections = SectionScoresField(read_only=True)
    graded_by = serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True, help_text="The grader; empty for a model's suggestion."
    )

    class Meta:
        model = Evaluation
        fields = [
            "id",
            "submission",
            "assignment",
            "status",
            "sections",
            "total",
            "graded_by",
            "provider",
            "model_version_label",
            "prompt_hash",
            "latency_ms",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class GradeSerializer(serializers.Serializer):
    """Grade a submission: its final evaluation, created or replaced."""

    submission = ScopedPrimaryKeyRelatedField(access.submissions_for, Submission)
    sections = SectionScoresField(help_text="Scores keyed by rubric section name.")

    def validate(self, attrs):
        rubric = getattr(attrs["submission"].assignment, "rubric", None)
        if rubric is not None:
            try:
                check_scores(rubric.sections, attrs["sections"])
            except RubricError as error:
                raise serializers.ValidationError({"sections": error.errors}) from None
        return attrs

    def create(self, validated_data):
        with model_errors_as_400():
            return record_final_evaluation(
                validated_data["submission"], validated_data["sections"], self.context["request"].user
            )
