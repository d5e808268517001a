"""Courses: the list an instructor teaches, one course's assignments and students."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from ..access import courses_for
from ..forms import EnrollStudentForm
from ..services import enroll, grading_progress


@login_required
def course_list(request):
    courses = courses_for(request.user).annotate(
        assignment_count=Count("assignments", distinct=True), student_count=Count("students", distinct=True)
    )
    return render(request, "gradebook/course_list.html", {"courses": courses})


def _course_page(request, course, enroll_form=None):
    assignments = [{"assignment": a, "progress": grading_progress(a)} for a in course.assignments.order_by("title")]
    return render(
        request,
        "gradebook/course_detail.html",
        {
            "course": course,
            "assignments": assignments,
            "students": course.students.order_by("name", "student_id"),
            "enroll_form": enroll_form or EnrollStudentForm(),
        },
        status=400 if enroll_form is not None else 200,
    )


@login_required
def course_detail(request, pk):
    return _course_page(request, get_object_or_404(courses_for(request.user), pk=pk))


@login_required
@require_POST
def enroll_student(request, pk):
    course = get_object_or_404(courses_for(request.user), pk=pk)
    form = EnrollStudentForm(request.POST)
    if form.is_valid():
        try:
            student = enroll(course, **form.cleaned_data, by=request.user)
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, f"{student} is enrolled in {course.code}.")
            return redirect("gradebook:course_detail", pk=course.pk)
    return _course_page(request, course, enroll_form=form)
