"""The gradebook's REST API under /api/v1/.

Every queryset comes from gradebook.access: another instructor's objects are 404 here, and
"does not exist" when a request body names them. Writes go through gradebook.services and
the models' own checks; a refusal is a 400 naming the field.
"""

from collections.abc import Mapping

from django.contrib.auth.signals import user_logged_in
from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, status, viewsets
from rest_framework.authtoken.models import Token
from rest_framework.authtoken.views import ObtainAuthToken
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.settings import api_settings

from .. import access
from ..services import final_evaluation_exists
from . import filters, serializers
from .assignment_actions import AssignmentReleaseMixin
from .permissions import SuperuserCreatesCourses


class Pagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 500


class ReadViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    pagination_class = Pagination


class CreateWithInputSerializer(mixins.CreateModelMixin):
    """Create from `create_serializer_class`; answer 201 with the object as a read shows it."""

    create_serializer_class = None

    def get_serializer_class(self):
        return self.create_serializer_class if self.action == "create" else self.serializer_class

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        created = self.get_queryset().get(pk=serializer.save().pk)
        output = self.serializer_class(created, context=self.get_serializer_context())
        return Response(output.data, status=status.HTTP_201_CREATED)


class CourseViewSet(mixins.CreateModelMixin, ReadViewSet):
    """Your courses (a superuser sees all). Only a superuser creates a course, naming its instructors."""

    serializer_class = serializers.CourseSerializer
    permission_classes = [IsAuthenticated, SuperuserCreatesCourses]
    search_fields = ["code", "title"]
    ordering_fields = ["code", "title", "created_at"]

    def get_queryset(self):
        return access.courses_for(self.request.user).prefetch_related("instructors")


@extend_schema_view(
    create=extend_schema(
        summary="Enroll a student into one of your courses",
        request=serializers.EnrollmentSerializer,
        responses={201: serializers.StudentSerializer},
    )
)
class StudentViewSet(CreateWithInputSerializer, ReadViewSet):
    """Students enrolled in your courses. Creating one enrolls them (found by school id, or new)."""

    serializer_class = serializers.StudentSerializer
    create_serializer_class = serializers.EnrollmentSerializer
    filterset_class = filters.StudentFilter
    search_fields = ["student_id", "name"]
    ordering_fields = ["student_id", "name"]

    def get_queryset(self):
        user = self.request.user
        return access.students_for(user).prefetch_related(
            Prefetch("courses", queryset=access.courses_for(user), to_attr="visible_courses")
        )


class AssignmentViewSet(AssignmentReleaseMixin, mixins.CreateModelMixin, ReadViewSet):
    """Assignments in your courses; one is created together with its rubric."""

    serializer_class = serializers.AssignmentSerializer
    filterset_class = filters.AssignmentFilter
    search_fields = ["title"]
    ordering_fields = ["title", "created_at"]

    def get_queryset(self):
        return access.assignments_for(self.request.user).select_related("rubric")


class RubricViewSet(mixins.UpdateModelMixin, ReadViewSet):
    """Rubrics of your assignments. A rubric may change only while nothing has been graded on it."""

    serializer_class = serializers.RubricSerializer
    filterset_class = filters.RubricFilter

    def get_queryset(self):
        return access.rubrics_for(self.request.user).order_by("pk")


@extend_schema_view(
    create=extend_schema(
        summary="Add a submission: its text (JSON) or a document (multipart)",
        request={
            "application/json": serializers.SubmissionCreateSerializer,
            "multipart/form-data": serializers.SubmissionUploadSerializer,
        },
        responses={201: serializers.SubmissionSerializer},
    )
)
class SubmissionViewSet(CreateWithInputSerializer, ReadViewSet):
    """Submissions to your assignments, one per student and assignment."""

    serializer_class = serializers.SubmissionSerializer
    create_serializer_class = serializers.SubmissionCreateSerializer
    filterset_class = filters.SubmissionFilter
    ordering_fields = ["submitted_at", "updated_at"]

    def get_serializer_class(self):
        if self.action == "create" and isinstance(self.request.data, Mapping) and "file" in self.request.data:
            return serializers.SubmissionUploadSerializer
        return super().get_serializer_class()

    def get_queryset(self):
        submissions = (
            access.submissions_for(self.request.user)
            .select_related("assignment", "student")
            .annotate(graded=final_evaluation_exists())
        )
        if "student" in self.request.query_params:  # who wrote an anonymous answer stays unknown
            submissions = submissions.exclude(assignment__anonymous_grading=True, assignment__grades_released_at=None)
        return submissions


@extend_schema_view(
    create=extend_schema(
        summary="Grade a submission (creates or replaces its final evaluation)",
        request=serializers.GradeSerializer,
        responses={201: serializers.EvaluationSerializer},
    )
)
class EvaluationViewSet(CreateWithInputSerializer, ReadViewSet):
    """Evaluations of your submissions: final grades and model suggestions."""

    serializer_class = serializers.EvaluationSerializer
    create_serializer_class = serializers.GradeSerializer
    filterset_class = filters.EvaluationFilter
    ordering_fields = ["created_at", "updated_at", "total"]

    def get_queryset(self):
        return access.evaluations_for(self.request.user).select_related("submission", "graded_by")


LOCKED_OUT = "Too many failed logins: this account or address is locked. Try later or ask an administrator."


class ObtainTokenView(ObtainAuthToken):
    """POST a username and password, get that user's API token (send `Authorization: Token <key>`)."""

    authentication_classes = []
    permission_classes = [AllowAny]
    # A refused password must still leave its trace (login-failure records) behind.
    atomic_writes = False
    # DRF leaves this view unthrottled; the project's limits apply here too, against password guessing.
    throttle_classes = api_settings.DEFAULT_THROTTLE_CLASSES

    def post(self, request, *args, **kwargs):
        """As DRF's, except that a login locked by django-axes answers 429, and a success is a
        login (user_logged_in: last login, the lockout counters' reset, the audit log)."""
        serializer = self.get_serializer(data=request.data)
        if not serializer.is_valid():
            if getattr(request, "axes_locked_out", False):
                return Response({"detail": LOCKED_OUT}, status=status.HTTP_429_TOO_MANY_REQUESTS)
            raise ValidationError(serializer.errors)
        user = serializer.validated_data["user"]
        user_logged_in.send(sender=type(user), request=request, user=user)
        token, _ = Token.objects.get_or_create(user=user)
        return Response({"token": token.key})
