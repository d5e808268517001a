"""The student consent page (signed link, no login) and the instructor's own consent page."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from gradebook.access import courses_for

from . import services
from .models import ConsentForm, ConsentRecord


def _handle(request, subject, kind, method, recorded_by):
    """GET shows the current text and state; POST action=grant|withdraw changes it."""
    form = services.current_form(kind)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "grant" and form is not None:
            services.grant(subject, method, recorded_by)
            messages.success(request, "Thank you: your consent is recorded.")
        elif action == "withdraw":
            services.withdraw(subject, method, recorded_by)
            messages.success(request, "Your consent is withdrawn. Your work will not be used from now on.")
        else:
            messages.error(request, "Nothing was changed: choose to give or to withdraw consent.")
        return redirect(request.path)
    return render(
        request,
        "consent/consent_page.html",
        {"form": form, "record": services.active_record(subject), "kind": kind},
        status=200,
    )


@require_http_methods(["GET", "POST"])
def student_consent(request, token):
    try:
        student = services.student_from_token(token)
    except signing.SignatureExpired:
        return render(request, "consent/link_invalid.html", {"expired": True}, status=410)
    except signing.BadSignature:
        return render(request, "consent/link_invalid.html", {"expired": False}, status=404)
    return _handle(request, student, ConsentForm.Kind.STUDENT, ConsentRecord.Method.SIGNED_LINK, None)


@login_required
@require_http_methods(["GET", "POST"])
def instructor_consent(request):
    return _handle(
        request, request.user, ConsentForm.Kind.INSTRUCTOR, ConsentRecord.Method.INSTRUCTOR_PAGE, request.user
    )


@login_required
def course_consent(request, course_pk):
    """Each enrolled student's consent state and the signed link an instructor copies for them."""
    course = get_object_or_404(courses_for(request.user), pk=course_pk)
    students = course.students.annotate(
        consented=services.current_consent_exists("pk", ConsentForm.Kind.STUDENT)
    ).order_by("name", "student_id")
    rows = [{"student": s, "consented": s.consented, "link": services.consent_link(request, s)} for s in students]
    return render(
        request,
        "consent/course_consent.html",
        {"course": course, "rows": rows, "max_age_days": settings.CONSENT_LINK_MAX_AGE_DAYS},
    )
