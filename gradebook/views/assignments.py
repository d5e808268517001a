"""Assignments: creating one with its rubric, its submissions page, and its grades as CSV."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify

from ..access import assignments_for, courses_for
from ..forms import AssignmentForm
from ..models import Evaluation, RegradeRequest, Rubric
from ..services import final_evaluation_exists, grades_csv, grading_progress, ungraded_submissions
from ..statistics import assignment_statistics, statistics_csv


@login_required
def assignment_create(request, course_pk):
    course = get_object_or_404(courses_for(request.user), pk=course_pk)
    form = AssignmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            assignment = form.save(commit=False)
            assignment.course = course
            assignment.save()
            Rubric.objects.create(assignment=assignment, sections=form.cleaned_data["rubric"])
        messages.success(request, f"Created “{assignment.title}”.")
        return redirect("gradebook:assignment_detail", pk=assignment.pk)
    return render(
        request,
        "gradebook/assignment_form.html",
        {"course": course, "form": form},
        status=400 if form.is_bound else 200,
    )


@login_required
def assignment_detail(request, pk):
    assignment = get_object_or_404(assignments_for(request.user).select_related("course", "rubric"), pk=pk)
    final = Evaluation.objects.final().filter(submission=OuterRef("pk"))
    submissions = assignment.submissions.select_related("student").annotate(
        is_graded=final_evaluation_exists(), total=Subquery(final.values("total")[:1])
    )
    if assignment.hides_students:  # the usual order, by name, would tell who is who
        submissions = submissions.order_by("id")
    first_ungraded = ungraded_submissions(assignment).first()
    stats = assignment_statistics(assignment) if hasattr(assignment, "rubric") else None
    return render(
        request,
        "gradebook/assignment_detail.html",
        {
            "assignment": assignment,
            "course": assignment.course,
            "rubric": getattr(assignment, "rubric", None),
            "submissions": submissions,
            "progress": grading_progress(assignment),
            "first_ungraded": first_ungraded,
            "stats": stats and {**stats, "parts": [stats["total"], *stats["sections"]]},
            "regrades": RegradeRequest.objects.filter(submission__assignment=assignment).select_related(
                "submission__student"
            ),
        },
    )


@login_required
def grades_export(request, pk):
    assignment = get_object_or_404(assignments_for(request.user).select_related("course"), pk=pk)
    filename = f"{slugify(assignment.course.code)}-{slugify(assignment.title) or assignment.pk}-grades.csv"
    response = HttpResponse(grades_csv(assignment), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def statistics_export(request, pk):
    assignment = get_object_or_404(
        assignments_for(request.user).filter(rubric__isnull=False).select_related("course", "rubric"), pk=pk
    )
    filename = f"{slugify(assignment.course.code)}-{slugify(assignment.title) or assignment.pk}-statistics.csv"
    response = HttpResponse(statistics_csv(assignment_statistics(assignment)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
