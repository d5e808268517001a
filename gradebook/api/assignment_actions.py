"""Actions on an assignment in the API: release its grades to the students, read its
statistics. The rules live in gradebook.releases and gradebook.statistics."""

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from ..releases import release_grades
from ..statistics import assignment_statistics
from .serializers import AssignmentSerializer, model_errors_as_400


class AssignmentReleaseMixin:
    """Release and statistics actions for the assignments' viewset."""

    @extend_schema(request=None, responses={200: AssignmentSerializer})
    @action(detail=True, methods=["post"])
    def release(self, request, pk=None):
        """Release the grades: each student sees their own on their study link (audited)."""
        with model_errors_as_400():
            assignment = release_grades(self.get_object(), request.user)
        return Response(
            AssignmentSerializer(assignment, context=self.get_serializer_context()).data, status=status.HTTP_200_OK
        )

    @extend_schema(
        responses={
            200: inline_serializer(
                "AssignmentStatistics",
                {
                    "submissions": serializers.IntegerField(),
                    "graded": serializers.IntegerField(),
                    "total": serializers.DictField(),
                    "sections": serializers.ListField(child=serializers.DictField()),
                    "origins": serializers.ListField(child=serializers.DictField()),
                    "criteria": serializers.ListField(child=serializers.DictField()),
                },
            )
        }
    )
    @action(detail=True, methods=["get"])
    def statistics(self, request, pk=None):
        """The grade distribution (total and per section), how grades were given, criteria awarded."""
        assignment = self.get_object()
        if not hasattr(assignment, "rubric"):
            return Response({"detail": "This assignment has no rubric."}, status=status.HTTP_404_NOT_FOUND)
        return Response(assignment_statistics(assignment))
