"""Evaluation runs API (staff only): start a run, follow it, read its results."""
import json

from django.core.exceptions import ValidationError
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, serializers, status, viewsets
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response

from exports.models import Export

from . import runs
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
        fields = ["id", "status", "providers", "source", "export", "csv_name", "candidate", "done", "total",
                  "progress_percent", "created_by", "created_at", "started_at", "finished_at", "error",
                  "mlflow_run_id", "unseen_questions", "held_out_groups", "results"]
        read_only_fields = fields


class ProvidersField(serializers.JSONField):
    """A JSON list; in a multipart upload, the same list as a JSON string."""

    def to_internal_value(self, data):
        if isinstance(data, str):
            try:
                data = json.loads(data)
            except ValueError:
                raise serializers.ValidationError("Not valid JSON.") from None
        return super().to_internal_value(data)


class RunRequestSerializer(serializers.Serializer):
    providers = ProvidersField(help_text='e.g. [{"kind": "version", "version": 3}, {"kind": "knn"}, "base"]')
    export = serializers.PrimaryKeyRelatedField(queryset=Export.objects.all(), required=False, allow_null=True)
    csv = serializers.FileField(required=False, help_text="A graded CSV as the holdout (the import layout).")
    max_score = serializers.FloatField(required=False, default=5, min_value=0.01)
    unseen_questions = serializers.IntegerField(
        required=False, default=0, min_value=0,
        help_text="Hold this many of the holdout's questions out of the example pool (baselines, retrieval, hints): "
                  "they are graded as if nobody had graded them; results then hold seen and unseen metrics.")


class EvaluationRunViewSet(mixins.CreateModelMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin,
                           viewsets.GenericViewSet):
    permission_classes = [IsStaff]
    parser_classes = [JSONParser, MultiPartParser, FormParser]
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
            run = runs.create_run(request.user, data["providers"], export=data.get("export"),
                                  csv_data=upload.read() if upload else None, csv_name=upload.name if upload else "",
                                  max_score=data["max_score"], unseen_questions=data["unseen_questions"])
        except ValidationError as error:
            raise ApiValidationError(error.message_dict if hasattr(error, "error_dict") else error.messages) from None
        return Response(EvaluationRunSerializer(run).data, status=status.HTTP_201_CREATED)
