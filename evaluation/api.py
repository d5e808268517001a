"""Evaluation runs API (staff only): start a run, follow it, read its results."""

from django.core.exceptions import ValidationError
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response

from core.permissions import IsSuperuser
from exports.models import Export
from gradebook import limits
from gradebook.api.parsers import BoundedJSONParser
from grading.models import Rollout
from llm.rubric import MAX_SCORE
from training.models import ModelVersion

from . import rollout as steps
from . import rollout_report, runs
from .models import EvaluationRun, ProviderResult


class IsStaff(permissions.BasePermission):
    def has_permission(self, request, view):
        return runs.can_view(request.user)


class ProviderResultSerializer(serializers.ModelSerializer):
    section = serializers.CharField(help_text="Empty: whole answers (all sections summed).")

    class Meta:
        model = ProviderResult
        fields = ["provider", "label", "section", "metrics"]


class EvaluationRunSerializer(serializers.ModelSerializer):
    results = ProviderResultSerializer(many=True, read_only=True)
    progress_percent = serializers.IntegerField(read_only=True)

    class Meta:
        model = EvaluationRun
        fields = [
            "id",
            "status",
            "providers",
            "source",
            "export",
            "csv_name",
            "candidate",
            "done",
            "total",
            "progress_percent",
            "created_by",
            "created_at",
            "started_at",
            "finished_at",
            "error",
            "mlflow_run_id",
            "unseen_questions",
            "held_out_groups",
            "results",
        ]
        read_only_fields = fields


class ProvidersField(serializers.JSONField):
    """A JSON list; in a multipart upload, the same list as a JSON string."""

    def to_internal_value(self, data):
        if isinstance(data, str):
            try:
                data = limits.json_loads(data)
            except limits.InputTooLarge as error:
                raise serializers.ValidationError(str(error)) from None
            except ValueError:
                raise serializers.ValidationError("Not valid JSON.") from None
        return super().to_internal_value(data)


class RunRequestSerializer(serializers.Serializer):
    providers = ProvidersField(help_text='e.g. [{"kind": "version", "version": 3}, {"kind": "knn"}, "base"]')
    export = serializers.PrimaryKeyRelatedField(queryset=Export.objects.all(), required=False, allow_null=True)
    csv = serializers.FileField(required=False, help_text="A graded CSV as the holdout (the import layout).")
    max_score = serializers.FloatField(required=False, default=5, min_value=0.01, max_value=MAX_SCORE)
    unseen_questions = serializers.IntegerField(
        required=False,
        default=0,
        min_value=0,
        help_text="Hold this many of the holdout's questions out of the example pool (baselines, retrieval, hints): "
        "they are graded as if nobody had graded them; results then hold seen and unseen metrics.",
    )


class EvaluationRunViewSet(
    mixins.CreateModelMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    permission_classes = [IsStaff]
    parser_classes = [BoundedJSONParser, MultiPartParser, FormParser]
    queryset = EvaluationRun.objects.prefetch_related("results")
    filterset_fields = ["status", "source", "candidate"]

    def get_serializer_class(self):
        return RunRequestSerializer if self.action == "create" else EvaluationRunSerializer

    @extend_schema(request=RunRequestSerializer, responses={201: EvaluationRunSerializer})
    def create(self, request, *args, **kwargs):
        serializer = RunRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        upload = data.get("csv")
        try:
            run = runs.create_run(
                request.user,
                data["providers"],
                export=data.get("export"),
                csv_data=upload.read() if upload else None,
                csv_name=upload.name if upload else "",
                max_score=data["max_score"],
                unseen_questions=data["unseen_questions"],
            )
        except ValidationError as error:
            raise ApiValidationError(error.message_dict if hasattr(error, "error_dict") else error.messages) from None
        return Response(EvaluationRunSerializer(run).data, status=status.HTTP_201_CREATED)


class RolloutSerializer(serializers.ModelSerializer):
    candidate_label = serializers.CharField(source="candidate.label", read_only=True)
    active_label = serializers.CharField(source="active.label", read_only=True)

    class Meta:
        model = Rollout
        fields = [
            "id",
            "candidate",
            "candidate_label",
            "active",
            "active_label",
            "stage",
            "share",
            "started_by",
            "started_at",
            "finished_at",
            "reason",
        ]
        read_only_fields = fields


class RolloutStartSerializer(serializers.Serializer):
    candidate = serializers.PrimaryKeyRelatedField(
        queryset=ModelVersion.objects.all(), help_text="The candidate model version to shadow."
    )


class RolloutViewSet(
    mixins.CreateModelMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Live rollouts of a candidate version (super-admins): start in shadow, advance through the
    canary shares to promotion when the gate allows, or stop. A rollout's page shows the
    comparison with instructors' final grades (see README, Watching a rollout)."""

    permission_classes = [IsSuperuser]
    queryset = Rollout.objects.select_related("candidate", "active")
    serializer_class = RolloutSerializer

    def retrieve(self, request, *args, **kwargs):
        return Response(rollout_report.report(self.get_object()))

    @extend_schema(request=RolloutStartSerializer, responses={201: RolloutSerializer})
    def create(self, request, *args, **kwargs):
        start = RolloutStartSerializer(data=request.data)
        start.is_valid(raise_exception=True)
        rollout = steps.start_shadow(start.validated_data["candidate"], request.user)
        return Response(RolloutSerializer(rollout).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=None, responses={200: RolloutSerializer})
    @action(detail=True, methods=["post"])
    def advance(self, request, pk=None):
        """The next step (canary share, then promotion); 409 with the reason when the gate refuses."""
        return Response(RolloutSerializer(steps.advance(self.get_object(), request.user)).data)

    @extend_schema(request=None, responses={200: RolloutSerializer})
    @action(detail=True, methods=["post"])
    def stop(self, request, pk=None):
        """End the rollout: the active version serves every request again."""
        return Response(RolloutSerializer(steps.stop(self.get_object(), request.user)).data)
