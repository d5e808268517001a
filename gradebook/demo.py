"""Seed the demo gradebook (see demo_data): idempotent, it only adds what is missing and never
changes what is there (a user's password, a grade given since)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction

from . import demo_data
from .models import Assignment, Course, Rubric, Submission
from .services import create_submission, enroll, record_final_evaluation

DEMO_USERNAME = "demo"
ADMIN_USERNAME = "admin"


@dataclass
class SeedResult:
    created: Counter = field(default_factory=Counter)
    new_users: list[str] = field(default_factory=list)


def evaluation_sections(scores: dict) -> dict:
    """{"Content": {"Argument": 19, ...}, "Delivery": 28} -> the shape record_final_evaluation takes."""
    sections = {}
    for name, value in scores.items():
        if isinstance(value, dict):
            sections[name] = {
                "score": sum(value.values()),
                "criteria": [{"name": criterion, "points": points} for criterion, points in value.items()],
            }
        else:
            sections[name] = {"score": value}
    return sections


@transaction.atomic
def seed_demo(demo_password: str, admin_password: str) -> SeedResult:
    result = SeedResult()
    users = get_user_model().objects
    instructor = users.filter(username=DEMO_USERNAME).first()
    if instructor is None:
        instructor = users.create_user(DEMO_USERNAME, password=demo_password, first_name="Demo", last_name="Instructor")
        result.new_users.append(DEMO_USERNAME)
    if not users.filter(username=ADMIN_USERNAME).exists():
        users.create_superuser(ADMIN_USERNAME, email="admin@example.com", password=admin_password)
        result.new_users.append(ADMIN_USERNAME)

    course, created = Course.objects.get_or_create(
        code=demo_data.COURSE["code"], defaults={"title": demo_data.COURSE["title"]}
    )
    result.created["courses"] += created
    course.instructors.add(instructor)
    for spec in demo_data.ASSIGNMENTS:
        _seed_assignment(course, spec, instructor, result)
    return result


def _seed_assignment(course, spec, instructor, result):
    assignment, created = Assignment.objects.get_or_create(
        course=course,
        external_id=spec["external_id"],
        defaults={
            "title": spec["title"],
            "kind": spec["kind"],
            "prompt": spec["prompt"],
            "reference_answer": spec["reference_answer"],
        },
    )
    result.created["assignments"] += created
    if not Rubric.objects.filter(assignment=assignment).exists():
        Rubric.objects.create(assignment=assignment, sections=spec["rubric"])
    existing = set(assignment.submissions.values_list("student__student_id", flat=True))
    for student_id, text, scores in spec["answers"]:
        if student_id in existing:
            continue
        student = enroll(course, student_id, demo_data.STUDENTS[student_id], by=None)
        submission = create_submission(assignment, student, text=text, source=Submission.Source.TYPED)
        result.created["submissions"] += 1
        if scores is not None:
            record_final_evaluation(submission, evaluation_sections(scores), instructor)
            result.created["final evaluations"] += 1
