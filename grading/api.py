"""Suggestions API: request grading for a submission or an assignment's ungraded submissions
(a batch to poll), read suggestions, accept or override them. Scoped by gradebook.access:
another instructor's objects are a 404."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from gradebook import access
from gradebook.api.serializers import EvaluationSerializer, SectionScoresField, model_errors_as_400

from . import suggestions
from .models import GradingBatch, SuggestionAttempt


class GradingRequestSerializer(serializers.Serializer):
    submission = serializers.IntegerField(required=False, help_text="Suggest for this submission.")
    assignment = serializers.IntegerField(required=False, help_text="Suggest for every ungraded submission.")

    def validate(self, attrs):
        if ("submission" in attrs) == ("assignment" in attrs):
            raise serializers.ValidationError("Give either a submission or an assignment.")
        return attrs


class BatchItemSerializer(serializers.ModelSerializer):
    class Meta:
        model = SuggestionAttempt
        fields = ["submission", "status", "suggestion", "reasons", "flags", "finished_at"]


class GradingBatchSerializer(serializers.ModelSerializer):
    percent = serializers.IntegerField(source="progress_percent", read_only=True)
    items = BatchItemSerializer(many=True, read_only=True)

    class Meta:
        model = GradingBatch
        fields = [
            "id",
            "assignment",
            "scope",
            "status",
            "done",
            "total",
            "percent",
            "suggested",
            "no_suggestion",
            "error",
            "created_at",
            "started_at",
            "finished_at",
            "items",
        ]
        read_only_fields = fields


class FlagSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="addresses_grader, near_empty, restates_question, word_salad or off_topic")
    reason = serializers.CharField()


class SuggestionSerializer(EvaluationSerializer):
    flags = serializers.SerializerMethodField(
        help_text="Why the answer may be gaming the grader (instructions to it, nothing to grade); empty when none."
    )

    class Meta(EvaluationSerializer.Meta):
        fields = [*EvaluationSerializer.Meta.fields, "prompt_tokens", "completion_tokens", "flags"]
        read_only_fields = fields

    @extend_schema_field(FlagSerializer(many=True))
    def get_flags(self, suggestion) -> list:
        attempt = getattr(suggestion, "attempt", None)
        return attempt.flags if attempt else []


class OverrideSerializer(serializers.Serializer):
    sections = SectionScoresField(help_text="The final scores, keyed by rubric section name.")


class GradingBatchViewSet(
    mixins.CreateModelMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Grading requests: POST a submission or an assignment, then poll the batch until finished."""

    serializer_class = GradingBatchSerializer
    filterset_fields = ["assignment", "status"]

    def get_queryset(self):
        return GradingBatch.objects.filter(assignment__in=access.assignments_for(self.request.user)).prefetch_related(
            Prefetch("items", queryset=SuggestionAttempt.objects.order_by("id"))
        )

    @extend_schema(request=GradingRequestSerializer, responses={202: GradingBatchSerializer})
    def create(self, request, *args, **kwargs):
        body = GradingRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        user = request.user
        if "submission" in body.validated_data:
            submission = get_object_or_404(access.submissions_for(user), pk=body.validated_data["submission"])
            batch = suggestions.request_suggestion(submission, user)
        else:
            assignment = get_object_or_404(access.assignments_for(user), pk=body.validated_data["assignment"])
            batch = suggestions.suggest_for_assignment(assignment, user)
        return Response(
            GradingBatchSerializer(self.get_queryset().get(pk=batch.pk)).data, status=status.HTTP_202_ACCEPTED
        )


class SuggestionFilter(filters.FilterSet):
    """Only your own submissions and assignments may be named (any other id is refused)."""

    submission = filters.ModelChoiceFilter(queryset=lambda request: access.submissions_for(request.user))
    assignment = filters.ModelChoiceFilter(
        field_name="submission__assignment", queryset=lambda request: access.assignments_for(request.user)
    )


class SuggestionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Model suggestions for your submissions, newest first; accept one as is or override it."""

    serializer_class = SuggestionSerializer
    filterset_class = SuggestionFilter

    def get_queryset(self):
        return (
            access.evaluations_for(self.request.user)
            .suggested()
            .select_related("submission", "graded_by", "attempt")
            .order_by("-created_at", "-id")
        )

    def _final(self, decide, *args):
        with model_errors_as_400():
            final = decide(self.get_object(), *args, self.request.user)
        return Response(EvaluationSerializer(final).data)

    @extend_schema(request=None, responses=EvaluationSerializer)
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None):
        """The suggestion becomes the final evaluation as it is."""
        return self._final(suggestions.accept)

    @extend_schema(request=OverrideSerializer, responses=EvaluationSerializer)
    @action(detail=True, methods=["post"])
    def override(self, request, pk=None):
        """A final evaluation with your own scores instead of the suggestion's."""
        body = OverrideSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        return self._final(suggestions.override, body.validated_data["sections"])
