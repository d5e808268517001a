"""Query filters for the API lists. Every choice of a related object is limited to what the
user may see, so filtering by another instructor's course is refused, not answered."""

import django_filters
from django.contrib.auth.models import AnonymousUser

from .. import access
from ..models import Assignment, Evaluation


def _scoped(scope):
    def queryset(request):
        return scope(getattr(request, "user", None) or AnonymousUser())

    return queryset


class StudentFilter(django_filters.FilterSet):
    course = django_filters.ModelChoiceFilter(field_name="courses", queryset=_scoped(access.courses_for))


class AssignmentFilter(django_filters.FilterSet):
    course = django_filters.ModelChoiceFilter(queryset=_scoped(access.courses_for))
    kind = django_filters.ChoiceFilter(choices=Assignment.Kind.choices)


class RubricFilter(django_filters.FilterSet):
    assignment = django_filters.ModelChoiceFilter(queryset=_scoped(access.assignments_for))


class SubmissionFilter(django_filters.FilterSet):
    assignment = django_filters.ModelChoiceFilter(queryset=_scoped(access.assignments_for))
    student = django_filters.ModelChoiceFilter(queryset=_scoped(access.students_for))
    graded = django_filters.BooleanFilter(field_name="graded", label="Whether the submission has a final evaluation.")


class EvaluationFilter(django_filters.FilterSet):
    submission = django_filters.ModelChoiceFilter(queryset=_scoped(access.submissions_for))
    assignment = django_filters.ModelChoiceFilter(
        field_name="submission__assignment", queryset=_scoped(access.assignments_for)
    )
    status = django_filters.ChoiceFilter(choices=Evaluation.Status.choices)
