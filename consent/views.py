"""The student consent page (signed link, no login) and the instructor's own consent page."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

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
    return _handle(request, request.user, ConsentForm.Kind.INSTRUCTOR, ConsentRecord.Method.INSTRUCTOR_PAGE, request.user)
