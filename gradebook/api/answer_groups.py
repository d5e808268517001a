"""Answer groups in the API: list an assignment's groups (largest first), form them at a
threshold, grade a group at once, move an answer to another group or to one of its own.
The rules live in gradebook.answer_groups; a student's name and id are left out while the
assignment grades anonymously."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from llm.grouping import MAX_THRESHOLD, MIN_THRESHOLD
from llm.rubric import RubricError, check_scores

from .. import access
from ..answer_groups import describe, form_groups, grade_group, groups_of, move_answer, with_members
from ..models import AnswerGroup, Assignment, Submission
from .serializers import EvaluationSerializer, ScopedPrimaryKeyRelatedField, SectionScoresField, model_errors_as_400
from .views import ReadViewSet


def answer_fields(submission: Submission, assignment: Assignment) -> dict:
    hidden = assignment.hides_students
    return {
        "submission": submission.pk,
        "label": submission.anonymous_label if hidden else str(submission.student),
        "student": None if hidden else submission.student.pk,
        "student_id": None if hidden else submission.student.student_id,
    }


class MemberSerializer(serializers.Serializer):
    submission = serializers.IntegerField()
    label = serializers.CharField(help_text="'Answer #<id>' while the assignment grades anonymously.")
    student = serializers.IntegerField(allow_null=True, help_text="Null while the assignment grades anonymously.")
    student_id = serializers.CharField(allow_null=True)
    text = serializers.CharField()
    total = serializers.FloatField(allow_null=True, help_text="Its final grade's total, if graded.")


class GroupSuggestionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    total = serializers.FloatField()
    sections = SectionScoresField()
    model_version_label = serializers.CharField()


class AnswerGroupSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    assignment = serializers.IntegerField()
    size = serializers.IntegerField()
    threshold = serializers.FloatField()
    method = serializers.CharField()
    graded = serializers.IntegerField(help_text="Members with a final grade.")
    representative = serializers.IntegerField(allow_null=True, help_text="The submission read for the group.")
    suggestion = GroupSuggestionSerializer(allow_null=True, help_text="A model's suggestion for the representative.")
    members = MemberSerializer(many=True)

    def to_representation(self, group):
        view = describe(group)
        assignment = group.assignment
        suggestion = view.suggestion
        return {
            "id": group.pk,
            "assignment": group.assignment_id,
            "size": view.size,
            "threshold": group.threshold,
            "method": group.method,
            "graded": view.graded,
            "representative": group.representative_id,
            "suggestion": suggestion
            and {
                "id": suggestion.pk,
                "total": suggestion.total,
                "sections": suggestion.sections,
                "model_version_label": suggestion.model_version_label,
            },
            "members": [
                {**answer_fields(m, assignment), "text": m.text, "total": m.finals[0].total if m.finals else None}
                for m in view.members
            ],
        }


class FormGroupsSerializer(serializers.Serializer):
    assignment = ScopedPrimaryKeyRelatedField(access.assignments_for, Assignment)
    threshold = serializers.FloatField(
        required=False,
        min_value=MIN_THRESHOLD,
        max_value=MAX_THRESHOLD,
        help_text="Cosine similarity at which answers join; higher is tighter. Default: the method's.",
    )


class GradeGroupSerializer(serializers.Serializer):
    sections = SectionScoresField(help_text="Scores keyed by rubric section name, given to every member.")

    def validate(self, attrs):
        try:
            check_scores(self.context["group"].assignment.rubric.sections, attrs["sections"])
        except RubricError as error:
            raise serializers.ValidationError({"sections": error.errors}) from None
        return attrs


class MoveSerializer(serializers.Serializer):
    submission = ScopedPrimaryKeyRelatedField(access.submissions_for, Submission)
    group = ScopedPrimaryKeyRelatedField(
        lambda user: AnswerGroup.objects.filter(assignment__in=access.assignments_for(user)),
        AnswerGroup,
        allow_null=True,
        help_text="Another group of the same assignment; null: a group of its own.",
    )


class AnswerGroupViewSet(ReadViewSet):
    """Groups of alike answers; filter with ?assignment=<id> (largest first)."""

    serializer_class = AnswerGroupSerializer

    def get_queryset(self):
        groups = AnswerGroup.objects.filter(assignment__in=access.assignments_for(self.request.user))
        return with_members(groups.select_related("assignment__rubric"))

    def filter_queryset(self, queryset):
        wanted = self.request.query_params.get("assignment")
        if wanted is None:
            return queryset
        if not wanted.isdigit():
            raise serializers.ValidationError({"assignment": ["Give an assignment's id."]})
        return queryset.filter(assignment_id=int(wanted))

    @extend_schema(request=FormGroupsSerializer, responses={201: AnswerGroupSerializer(many=True)})
    @action(detail=False, methods=["post"])
    def form(self, request):
        """(Re)form an assignment's groups at a threshold; grades are kept."""
        data = FormGroupsSerializer(data=request.data, context={"request": request})
        data.is_valid(raise_exception=True)
        assignment = data.validated_data["assignment"]
        form_groups(assignment, data.validated_data.get("threshold"))
        groups = groups_of(assignment)
        return Response(AnswerGroupSerializer(groups, many=True).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=GradeGroupSerializer, responses={201: EvaluationSerializer(many=True)})
    @action(detail=True, methods=["post"])
    def grade(self, request, pk=None):
        """Give every member the same final grade, all in one transaction."""
        group = self.get_object()
        data = GradeGroupSerializer(data=request.data, context={"request": request, "group": group})
        data.is_valid(raise_exception=True)
        with model_errors_as_400():
            evaluations = grade_group(group, data.validated_data["sections"], request.user)
        return Response(EvaluationSerializer(evaluations, many=True).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=MoveSerializer, responses={200: AnswerGroupSerializer})
    @action(detail=False, methods=["post"])
    def move(self, request):
        """Move an answer into another group, or (group null) out into a group of its own.
        Its grade stays."""
        data = MoveSerializer(data=request.data, context={"request": request})
        data.is_valid(raise_exception=True)
        with model_errors_as_400():
            group = move_answer(data.validated_data["submission"], data.validated_data["group"])
        return Response(AnswerGroupSerializer(with_members(AnswerGroup.objects.filter(pk=group.pk)).get()).data)
