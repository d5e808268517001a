"""Marking guides and study decks in the API: upload a guide, read what was extracted,
confirm it (creating the assignments); generate, publish and export study decks; and a
student's read-only view of published decks through their signed study link.

The rules live in gradebook.marking_guides and gradebook.study_cards; these views only
shape the data and turn a refusal into a 400 naming the field.
"""

from django.core import signing
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import HttpResponse
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_field
from rest_framework import mixins, serializers, status
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.generics import ListAPIView
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from llm.marking_guides import ExtractionError

from .. import access
from ..documents import DocumentError
from ..marking_guides import confirm_guide, guides_for, upload_guide
from ..models import Assignment, Card, Course, Deck, MarkingGuide
from ..study_cards import (
    anki_tsv,
    cards_csv,
    decks_for,
    generate_deck,
    published_decks_for,
    set_published,
    student_from_token,
)
from ..uploads import read_upload
from .serializers import ScopedPrimaryKeyRelatedField
from .views import ReadViewSet


class MarkingPoint(serializers.Serializer):
    description = serializers.CharField()
    points = serializers.FloatField()
    name = serializers.CharField(read_only=True)


class GuideQuestion(serializers.Serializer):
    number = serializers.CharField(required=False, allow_blank=True)
    text = serializers.CharField()
    answer = serializers.CharField(required=False, allow_blank=True)
    marks = serializers.FloatField(allow_null=True)
    marking_points = MarkingPoint(many=True, required=False)
    flags = serializers.ListField(child=serializers.DictField(), read_only=True)
    line = serializers.IntegerField(
        read_only=True, allow_null=True, help_text="The line of the guide the question starts on."
    )
    lines = serializers.ListField(
        child=serializers.IntegerField(),
        read_only=True,
        help_text="Every line of the guide it was read from (1-based).",
    )


@extend_schema_field(GuideQuestion(many=True))
class QuestionsField(serializers.JSONField):
    pass


class MarkingGuideSerializer(serializers.ModelSerializer):
    questions = QuestionsField(read_only=True, help_text="What was extracted (or, once confirmed, what was saved).")
    stated_total = serializers.FloatField(source="extraction.stated_total", read_only=True, allow_null=True)
    flags = serializers.ListField(source="extraction.flags", child=serializers.DictField(), read_only=True)
    fallback_reason = serializers.CharField(source="extraction.fallback_reason", read_only=True)
    notes = serializers.SerializerMethodField(help_text="What the rules decided that a reviewer may want to check.")
    assignments = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = MarkingGuide
        fields = [
            "id",
            "course",
            "original_filename",
            "status",
            "extractor",
            "questions",
            "stated_total",
            "flags",
            "fallback_reason",
            "notes",
            "assignments",
            "created_at",
            "confirmed_at",
        ]
        read_only_fields = fields

    def get_notes(self, guide) -> list[str]:
        return (guide.extraction or {}).get("notes") or []


class GuideUploadSerializer(serializers.Serializer):
    course = ScopedPrimaryKeyRelatedField(access.courses_for, Course, help_text="One of your courses.")
    file = serializers.FileField(
        allow_empty_file=True,
        help_text="A PDF, DOCX, TXT, HTML, Markdown, RTF or JSON marking guide, or a scan (PDF, PNG, JPEG).",
    )

    def create(self, validated_data):
        upload = validated_data["file"]
        try:
            data = read_upload(upload)
            return upload_guide(validated_data["course"], upload.name, data, created_by=self.context["request"].user)
        except DocumentError as error:
            raise serializers.ValidationError({"file": [str(error)]}) from None
        except ExtractionError as error:
            raise serializers.ValidationError({"file": [f"{upload.name}: {error}"]}) from None


class ConfirmSerializer(serializers.Serializer):
    questions = QuestionsField(
        required=False, help_text="The reviewed questions; leave out to confirm the extraction as it is."
    )


class MarkingGuideViewSet(mixins.CreateModelMixin, ReadViewSet):
    """Marking guides of your courses. Upload one (multipart), read its extracted questions,
    then confirm: one assignment with a rubric per question. Nothing is created before that."""

    serializer_class = MarkingGuideSerializer

    def get_queryset(self):
        return guides_for(self.request.user).prefetch_related("assignments")

    @extend_schema(request={"multipart/form-data": GuideUploadSerializer}, responses={201: MarkingGuideSerializer})
    def create(self, request, *args, **kwargs):
        upload = GuideUploadSerializer(data=request.data, context=self.get_serializer_context())
        upload.is_valid(raise_exception=True)
        guide = upload.save()
        return Response(self.get_serializer(guide).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=ConfirmSerializer, responses={201: MarkingGuideSerializer})
    @action(detail=True, methods=["post"])
    def confirm(self, request, pk=None):
        guide = self.get_object()
        body = ConfirmSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        questions = body.validated_data.get("questions")
        if questions is not None and not isinstance(questions, list):
            raise serializers.ValidationError({"questions": ["A list of questions."]})
        try:
            confirm_guide(guide, questions)
        except DjangoValidationError as error:
            raise serializers.ValidationError({"questions": error.messages}) from None
        except (KeyError, TypeError, AttributeError):
            raise serializers.ValidationError(
                {"questions": ["Each question is an object with text, answer, marks and marking_points."]}
            ) from None
        return Response(self.get_serializer(self.get_queryset().get(pk=guide.pk)).data, status=status.HTTP_201_CREATED)


class CardSerializer(serializers.ModelSerializer):
    class Meta:
        model = Card
        fields = ["id", "position", "question", "answer", "difficulty", "card_type", "options", "source_excerpt"]
        read_only_fields = fields


class DeckSerializer(serializers.ModelSerializer):
    cards = CardSerializer(many=True, read_only=True)

    class Meta:
        model = Deck
        fields = [
            "id",
            "course",
            "title",
            "marking_guide",
            "assignment",
            "status",
            "generator",
            "created_at",
            "published_at",
            "cards",
        ]
        read_only_fields = fields


class DeckCreateSerializer(serializers.Serializer):
    marking_guide = ScopedPrimaryKeyRelatedField(guides_for, MarkingGuide, required=False, allow_null=True)
    assignment = ScopedPrimaryKeyRelatedField(access.assignments_for, Assignment, required=False, allow_null=True)

    def create(self, validated_data):
        source = validated_data.get("marking_guide") or validated_data.get("assignment")
        if source is None:
            raise serializers.ValidationError({"non_field_errors": ["Give a marking_guide or an assignment."]})
        try:
            return generate_deck(
                source.course,
                marking_guide=validated_data.get("marking_guide"),
                assignment=validated_data.get("assignment"),
                created_by=self.context["request"].user,
            )
        except DjangoValidationError as error:
            raise serializers.ValidationError({"non_field_errors": error.messages}) from None


class PublishSerializer(serializers.Serializer):
    published = serializers.BooleanField()


class DeckViewSet(mixins.CreateModelMixin, ReadViewSet):
    """Study decks of your courses. Creating one generates checked cards from a marking guide
    or an assignment's reference answer; publish it for students; export as CSV or Anki TSV."""

    serializer_class = DeckSerializer

    def get_queryset(self):
        return decks_for(self.request.user).prefetch_related("cards").order_by("pk")

    @extend_schema(request=DeckCreateSerializer, responses={201: DeckSerializer})
    def create(self, request, *args, **kwargs):
        body = DeckCreateSerializer(data=request.data, context=self.get_serializer_context())
        body.is_valid(raise_exception=True)
        deck = body.save()
        return Response(self.get_serializer(self.get_queryset().get(pk=deck.pk)).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=PublishSerializer, responses={200: DeckSerializer})
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        deck = self.get_object()
        body = PublishSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        try:
            set_published(deck, body.validated_data["published"])
        except DjangoValidationError as error:
            raise serializers.ValidationError({"published": error.messages}) from None
        return Response(self.get_serializer(self.get_queryset().get(pk=deck.pk)).data)

    @extend_schema(responses={200: OpenApiResponse(description="The cards as CSV.")})
    @action(detail=True, methods=["get"], url_path="export.csv")
    def export_csv(self, request, pk=None):
        return HttpResponse(cards_csv(self.get_object()), content_type="text/csv; charset=utf-8")

    @extend_schema(responses={200: OpenApiResponse(description="Front<TAB>back lines that Anki imports.")})
    @action(detail=True, methods=["get"], url_path="export.anki")
    def export_anki(self, request, pk=None):
        return HttpResponse(anki_tsv(self.get_object()), content_type="text/tab-separated-values; charset=utf-8")


class StudentDeckList(ListAPIView):
    """The published decks of a student's courses, read with the student's signed study link
    (no login)."""

    serializer_class = DeckSerializer
    authentication_classes = []
    permission_classes = [AllowAny]
    queryset = Deck.objects.none()  # for the schema; every request reads its student's decks

    def get_queryset(self):
        try:
            student = student_from_token(self.kwargs["token"])
        except signing.BadSignature:
            raise NotFound("This study link is not valid or has expired.") from None
        return published_decks_for(student).prefetch_related("cards").order_by("pk")
