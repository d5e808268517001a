"""The super-admin's view of the gradebook: no other staff account sees it, whatever model
permissions it holds (here a student is linked to any course; see services.enroll).

Courses, students, enrolments, assignments and rubrics are edited here (the models' own
checks still apply: a graded rubric cannot change). Submissions and evaluations are
read-only: grades are given through the grading pages and the API, which go through
gradebook.services, so the label a model trains on has one way in. They can be deleted.
"""

from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html, format_html_join

from core.admin import SuperuserOnly

from .models import Assignment, Course, Enrollment, Evaluation, RegradeRequest, Rubric, Student, Submission
from .services import final_evaluation_exists


def rubric_summary(sections) -> str:
    """'Content 40 (Argument 25, Evidence 15) · Delivery 30'."""
    parts = []
    for section in sections or []:
        criteria = ", ".join(f"{c['name']} {c['max_points']}" for c in section.get("criteria") or [])
        parts.append(f"{section['name']} {section['max_score']}" + (f" ({criteria})" if criteria else ""))
    return " · ".join(parts)


def rubric_table(sections):
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                section["name"],
                section["max_score"],
                "; ".join(
                    f"{c['name']} ({c['max_points']}){': ' + c['description'] if c.get('description') else ''}"
                    for c in section.get("criteria") or []
                )
                or "—",
            )
            for section in sections or []
        ),
    )
    return format_html("<table><tr><th>Section</th><th>Max</th><th>Criteria</th></tr>{}</table>", rows)


def scores_table(evaluation):
    rows = format_html_join(
        "",
        "<tr><td>{}</td><td>{} / {}</td><td>{}</td><td>{}</td></tr>",
        (
            (
                name,
                scores.get("score"),
                scores.get("max_score"),
                ", ".join(f"{c['name']} {c['points']}/{c['max_points']}" for c in scores.get("criteria") or []) or "—",
                scores.get("comment") or "",
            )
            for name, scores in (evaluation.sections or {}).items()
        ),
    )
    return format_html(
        "<table><tr><th>Section</th><th>Score</th><th>Criteria</th><th>Comment</th></tr>{}</table>", rows
    )


class ReadOnlyMixin:
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class EnrollmentInline(admin.TabularInline):
    model = Enrollment
    extra = 0
    autocomplete_fields = ["course", "student"]
    readonly_fields = ["enrolled_at"]


class RubricInline(admin.StackedInline):
    model = Rubric
    extra = 0
    fields = ["sections", "readable_sections"]
    readonly_fields = ["readable_sections"]

    @admin.display(description="As a table")
    def readable_sections(self, rubric):
        return rubric_table(rubric.sections) if rubric.pk else "—"


class EvaluationInline(ReadOnlyMixin, admin.TabularInline):
    model = Evaluation
    extra = 0
    fields = ["status", "total", "graded_by", "provider", "model_version_label", "updated_at"]
    readonly_fields = fields
    show_change_link = True


@admin.register(Course)
class CourseAdmin(SuperuserOnly, admin.ModelAdmin):
    list_display = ["code", "title", "instructor_names", "student_count", "assignment_count", "created_at"]
    search_fields = ["code", "title", "instructors__username"]
    list_filter = ["created_at"]
    autocomplete_fields = ["instructors"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related("instructors")
            .annotate(
                student_count=Count("enrollments", distinct=True),
                assignment_count=Count("assignments", distinct=True),
            )
        )

    @admin.display(description="Instructors")
    def instructor_names(self, course):
        return ", ".join(user.get_username() for user in course.instructors.all())

    @admin.display(description="Students", ordering="student_count")
    def student_count(self, course):
        return course.student_count

    @admin.display(description="Assignments", ordering="assignment_count")
    def assignment_count(self, course):
        return course.assignment_count


@admin.register(Student)
class StudentAdmin(SuperuserOnly, admin.ModelAdmin):
    list_display = ["student_id", "name", "email", "course_count"]
    search_fields = ["student_id", "name", "email"]
    list_filter = ["courses"]
    inlines = [EnrollmentInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(course_count=Count("enrollments"))

    @admin.display(description="Courses", ordering="course_count")
    def course_count(self, student):
        return student.course_count


@admin.register(Enrollment)
class EnrollmentAdmin(SuperuserOnly, admin.ModelAdmin):
    list_display = ["student", "course", "enrolled_at"]
    list_filter = ["course"]
    search_fields = ["student__student_id", "student__name", "course__code"]
    autocomplete_fields = ["course", "student"]
    list_select_related = ["student", "course"]
    show_full_result_count = False


@admin.register(Assignment)
class AssignmentAdmin(SuperuserOnly, admin.ModelAdmin):
    list_display = [
        "title",
        "course",
        "kind",
        "external_id",
        "submission_count",
        "rubric_sections",
        "grades_released_at",
    ]
    list_filter = ["kind", "course", "anonymous_grading"]
    search_fields = ["title", "external_id", "course__code"]
    autocomplete_fields = ["course"]
    list_select_related = ["course", "rubric"]
    inlines = [RubricInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(submission_count=Count("submissions"))

    @admin.display(description="Submissions", ordering="submission_count")
    def submission_count(self, assignment):
        return assignment.submission_count

    @admin.display(description="Rubric")
    def rubric_sections(self, assignment):
        rubric = getattr(assignment, "rubric", None)
        return rubric_summary(rubric.sections) if rubric else "—"


@admin.register(Rubric)
class RubricAdmin(SuperuserOnly, admin.ModelAdmin):
    list_display = ["assignment", "course", "sections_summary", "max_total", "updated_at"]
    list_filter = ["assignment__course", "assignment__kind"]
    search_fields = ["assignment__title", "assignment__course__code"]
    autocomplete_fields = ["assignment"]
    list_select_related = ["assignment__course"]
    fields = ["assignment", "sections", "readable_sections"]
    readonly_fields = ["readable_sections"]

    @admin.display(description="Course", ordering="assignment__course__code")
    def course(self, rubric):
        return rubric.assignment.course.code

    @admin.display(description="Sections")
    def sections_summary(self, rubric):
        return rubric_summary(rubric.sections)

    @admin.display(description="As a table")
    def readable_sections(self, rubric):
        return rubric_table(rubric.sections) if rubric.pk else "—"


@admin.register(Submission)
class SubmissionAdmin(ReadOnlyMixin, SuperuserOnly, admin.ModelAdmin):
    list_display = ["id", "student", "assignment", "course", "source", "is_graded", "submitted_at"]
    list_filter = ["source", "assignment__kind", "assignment__course"]
    search_fields = ["student__student_id", "student__name", "assignment__title", "assignment__external_id"]
    list_select_related = ["student", "assignment__course"]
    date_hierarchy = "submitted_at"
    show_full_result_count = False
    fields = [
        "assignment",
        "student",
        "source",
        "text",
        "original_file",
        "original_filename",
        "ocr_confidence",
        "submitted_at",
        "updated_at",
    ]
    readonly_fields = fields
    inlines = [EvaluationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(graded=final_evaluation_exists())

    @admin.display(description="Course", ordering="assignment__course__code")
    def course(self, submission):
        return submission.assignment.course.code

    @admin.display(description="Graded", boolean=True, ordering="graded")
    def is_graded(self, submission):
        return submission.graded


@admin.register(Evaluation)
class EvaluationAdmin(ReadOnlyMixin, SuperuserOnly, admin.ModelAdmin):
    list_display = [
        "id",
        "submission_link",
        "student",
        "assignment",
        "status",
        "origin",
        "total",
        "graded_by",
        "provider",
        "updated_at",
    ]
    list_filter = ["status", "origin", "submission__assignment__course", "provider"]
    search_fields = [
        "submission__student__student_id",
        "submission__student__name",
        "submission__assignment__title",
        "model_version_label",
    ]
    list_select_related = ["submission__student", "submission__assignment", "graded_by"]
    date_hierarchy = "updated_at"
    show_full_result_count = False
    fields = [
        "submission",
        "status",
        "origin",
        "readable_scores",
        "total",
        "graded_by",
        "provider",
        "model_version_label",
        "prompt_hash",
        "latency_ms",
        "prompt_tokens",
        "completion_tokens",
        "created_at",
        "updated_at",
    ]
    readonly_fields = fields

    @admin.display(description="Submission", ordering="submission_id")
    def submission_link(self, evaluation):
        return f"#{evaluation.submission_id}"

    @admin.display(description="Student", ordering="submission__student__name")
    def student(self, evaluation):
        return evaluation.submission.student

    @admin.display(description="Assignment", ordering="submission__assignment__title")
    def assignment(self, evaluation):
        return evaluation.submission.assignment.title

    @admin.display(description="Scores")
    def readable_scores(self, evaluation):
        return scores_table(evaluation)


@admin.register(RegradeRequest)
class RegradeRequestAdmin(ReadOnlyMixin, SuperuserOnly, admin.ModelAdmin):
    """Read-only: students ask on their link, instructors answer on the assignment page or the API."""

    list_display = ["id", "submission", "status", "total_before", "total_after", "answered_by", "created_at"]
    list_filter = ["status", "submission__assignment__course"]
    list_select_related = ["submission__student", "submission__assignment", "answered_by"]
    fields = [
        "submission",
        "status",
        "reason",
        "total_before",
        "answer",
        "total_after",
        "answered_by",
        "created_at",
        "answered_at",
    ]
    readonly_fields = fields
