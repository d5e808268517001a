"""Consent API: read the current forms, record a grant or withdrawal, read the audit log (super-admins)."""

from django.db.models import Q
from django.shortcuts import get_object_or_404
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from core.permissions import IsSuperuser
from gradebook.access import students_for

from . import services
from .models import AuditEvent, ConsentForm, ConsentRecord


class ConsentFormSerializer(serializers.ModelSerializer):
    class Meta:
        model = ConsentForm
        fields = ["id", "kind", "purpose", "version", "title", "text", "is_current", "published_at"]


class ConsentRecordSerializer(serializers.ModelSerializer):
    kind = serializers.CharField(source="form.kind", read_only=True)
    version = serializers.IntegerField(source="form.version", read_only=True)
    purpose = serializers.CharField(source="form.purpose", read_only=True)
    student_id = serializers.CharField(
        source="student.student_id",
        read_only=True,
        default=None,
        allow_null=True,
        help_text="Empty for an instructor's own consent.",
    )
    withdrawn_method = serializers.CharField(read_only=True, help_text="One of the method values, or empty.")
    counts = serializers.SerializerMethodField()

    class Meta:
        model = ConsentRecord
        fields = [
            "id",
            "kind",
            "purpose",
            "version",
            "student_id",
            "user",
            "method",
            "granted_at",
            "withdrawn_at",
            "withdrawn_method",
            "recorded_by",
            "counts",
        ]

    def get_counts(self, record) -> bool:
        return record.withdrawn_at is None and record.form.is_current


class RecordConsentSerializer(serializers.Serializer):
    action = serializers.ChoiceField(choices=["grant", "withdraw"])
    student_id = serializers.CharField(
        required=False, help_text="The school id of a student in one of your courses; omit to record your own consent."
    )


class CurrentForms(generics.ListAPIView):
    serializer_class = ConsentFormSerializer
    queryset = ConsentForm.objects.filter(is_current=True)


class ConsentRecords(generics.ListAPIView):
    serializer_class = ConsentRecordSerializer
    filterset_fields = ["method", "form__kind", "form__version"]

    def get_queryset(self):
        user = self.request.user
        records = ConsentRecord.objects.select_related("form", "student")
        if getattr(self, "swagger_fake_view", False):
            return records.none()
        if user.is_superuser:
            return records
        return records.filter(Q(student__in=students_for(user)) | Q(user=user))

    @extend_schema(request=RecordConsentSerializer, responses={200: ConsentRecordSerializer(many=True)}, filters=False)
    def post(self, request):
        data = RecordConsentSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        if "student_id" in data.validated_data:
            subject = get_object_or_404(students_for(request.user), student_id=data.validated_data["student_id"])
        else:
            subject = request.user
        if data.validated_data["action"] == "grant":
            records = [services.grant(subject, ConsentRecord.Method.API, request.user)]
        else:
            records = services.withdraw(subject, ConsentRecord.Method.API, request.user)
        return Response(ConsentRecordSerializer(records, many=True).data)


class StudentConsentLink(APIView):
    @extend_schema(responses={200: {"type": "object", "properties": {"url": {"type": "string"}}}})
    def get(self, request, student_id):
        student = get_object_or_404(students_for(request.user), student_id=student_id)
        return Response({"url": services.consent_link(request, student)})


class AuditEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = AuditEvent
        fields = ["id", "created_at", "actor", "actor_label", "action", "target_type", "target_id", "details"]


class AuditFilter(filters.FilterSet):
    since = filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    until = filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")
    action_prefix = filters.CharFilter(field_name="action", lookup_expr="startswith")

    class Meta:
        model = AuditEvent
        fields = ["action", "actor", "target_type", "target_id"]


class AuditLog(generics.ListAPIView):
    """Read-only: the audit log has no create, update or delete endpoint."""

    permission_classes = [IsSuperuser]
    serializer_class = AuditEventSerializer
    queryset = AuditEvent.objects.all()
    filterset_class = AuditFilter
