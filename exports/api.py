"""Exports API (super-admins only): request, approve, reject, download."""

from django.http import FileResponse
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.permissions import IsSuperuser
from gradebook.models import Assignment, Course

from . import services
from .models import Export


class ExportSerializer(serializers.ModelSerializer):
    courses = serializers.PrimaryKeyRelatedField(many=True, queryset=Course.objects.all(), required=False)
    assignments = serializers.PrimaryKeyRelatedField(many=True, queryset=Assignment.objects.all(), required=False)

    class Meta:
        model = Export
        fields = [
            "id",
            "status",
            "courses",
            "assignments",
            "graded_from",
            "graded_until",
            "validation_ratio",
            "seed",
            "hint_neighbours",
            "gamed_examples",
            "requested_by",
            "requested_at",
            "decided_by",
            "decided_at",
            "rejection_reason",
            "rows_total",
            "rows_done",
            "train_count",
            "validation_count",
            "excluded_no_consent",
            "comments_dropped",
            "contains_withdrawn",
            "started_at",
            "finished_at",
            "error",
            "manifest",
        ]
        read_only_fields = [
            f
            for f in fields
            if f
            not in (
                "courses",
                "assignments",
                "graded_from",
                "graded_until",
                "validation_ratio",
                "seed",
                "hint_neighbours",
                "gamed_examples",
            )
        ]

    def validate(self, attrs):
        start, end = attrs.get("graded_from"), attrs.get("graded_until")
        if start and end and start >= end:
            raise serializers.ValidationError({"graded_until": "The end of the date range must come after its start."})
        return attrs


class RejectSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class ExportViewSet(mixins.CreateModelMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    permission_classes = [IsSuperuser]
    serializer_class = ExportSerializer
    queryset = Export.objects.select_related("requested_by", "decided_by").prefetch_related("courses", "assignments")
    filterset_fields = ["status", "contains_withdrawn"]

    def perform_create(self, serializer):
        serializer.instance = services.request_export(self.request.user, **serializer.validated_data)

    def _decide(self, decide, *args):
        export = decide(self.get_object(), self.request.user, *args)
        return Response(ExportSerializer(export).data)

    @extend_schema(request=None, responses=ExportSerializer)
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        return self._decide(services.approve)

    @extend_schema(request=RejectSerializer, responses=ExportSerializer)
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        data = RejectSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return self._decide(services.reject, data.validated_data["reason"])

    @extend_schema(responses={(200, "application/octet-stream"): bytes})
    @action(detail=True, methods=["get"], url_path=r"files/(?P<name>[\w.]+)")
    def files(self, request, pk=None, name=None):
        export = self.get_object()
        try:
            file_path = services.export_file(export, name, request.user)
        except services.ExportError as error:
            return Response({"detail": str(error)}, status=status.HTTP_404_NOT_FOUND)
        return FileResponse(open(file_path, "rb"), as_attachment=True, filename=f"export-{export.pk}-{name}")
