"""Small builders for test data: real rows in the test database, no mocks."""

import itertools

from django.contrib.auth import get_user_model

from gradebook.models import Assignment, Course, Rubric
from gradebook.services import enroll

_counter = itertools.count(1)

SPEECH_RUBRIC = [
    {
        "name": "Content",
        "max_score": 40,
        "criteria": [
            {"name": "Argument", "max_points": 25, "description": "A clear claim with support."},
            {"name": "Evidence", "max_points": 15, "description": "Facts and examples."},
        ],
    },
    {"name": "Delivery", "max_score": 30},
]


def make_instructor(username=None, password="pass-word-123"):
    username = username or f"instructor{next(_counter)}"
    return get_user_model().objects.create_user(username=username, password=password)


def make_course(instructor=None, code=None):
    course = Course.objects.create(code=code or f"C{next(_counter)}", title="Test course")
    if instructor is not None:
        course.instructors.add(instructor)
    return course


def make_assignment(course, sections=None, title=None, kind=Assignment.Kind.SHORT_ANSWER):
    assignment = Assignment.objects.create(
        course=course, title=title or f"Assignment {next(_counter)}", kind=kind, prompt="Explain recursion."
    )
    Rubric.objects.create(assignment=assignment, sections=sections or [{"name": "Answer", "max_score": 5}])
    return assignment


def make_student(course, student_id=None, name=None):
    n = next(_counter)
    return enroll(course, student_id or f"S{n:05d}", name or f"Student {n}", by=None)
