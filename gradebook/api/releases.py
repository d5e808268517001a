"""Students' regrade requests in the API: list them, answer one (changing the grade or not).
The rules live in gradebook.releases."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from .. import access
from ..models import RegradeRequest
from ..releases import answer_regrade
from .answer_groups import answer_fields
from .serializers import SectionScoresField, model_errors_as_400
from .views import ReadViewSet


class RegradeRequestSerializer(serializers.ModelSerializer):
    assignment = serializers.IntegerField(source="submission.assignment_id", read_only=True)
    student = serializers.SerializerMethodField(help_text="Null while the assignment grades anonymously.")
    answered_by = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)

    class Meta:
        model = RegradeRequest
        fields = [
            "id",
            "submission",
            "assignment",
            "student",
            "reason",
            "status",
            "total_before",
            "answer",
            "total_after",
            "answered_by",
            "created_at",
            "answered_at",
        ]
        read_only_fields = fields

    def get_student(self, request) -> str | None:
        return answer_fields(request.submission, request.submission.assignment)["student_id"]


class AnswerSerializer(serializers.Serializer):
    answer = serializers.CharField(help_text="Your answer to the student.")
    sections = SectionScoresField(required=False, help_text="New scores, to change the grade as well.")


class RegradeRequestViewSet(ReadViewSet):
    """Students' regrade requests on your assignments; ?assignment=<id>&status=open|answered."""

    serializer_class = RegradeRequestSerializer

    def get_queryset(self):
        requests = RegradeRequest.objects.filter(submission__assignment__in=access.assignments_for(self.request.user))
        wanted = self.request.query_params.get("assignment")
        if wanted is not None:
            requests = requests.filter(submission__assignment_id=wanted if wanted.isdigit() else None)
        if self.request.query_params.get("status"):
            requests = requests.filter(status=self.request.query_params["status"])
        return requests.select_related("submission__assignment", "submission__student", "answered_by")

    @extend_schema(request=AnswerSerializer, responses={200: RegradeRequestSerializer})
    @action(detail=True, methods=["post"])
    def answer(self, request, pk=None):
        """Answer the student; with ``sections``, the grade changes too (audited)."""
        regrade = self.get_object()
        data = AnswerSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        with model_errors_as_400():
            answered = answer_regrade(
                regrade, data.validated_data["answer"], request.user, data.validated_data.get("sections")
            )
        return Response(RegradeRequestSerializer(self.get_queryset().get(pk=answered.pk)).data)
