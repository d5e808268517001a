"""Adding submissions one at a time or in bulk, and downloading an uploaded original or a
scanned page's image (only for those who may see the submission)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render

from ..access import assignments_for, submissions_for
from ..bulk import CsvFormatError, add_csv_rows, add_documents
from ..documents import DocumentError, read_document
from ..forms import BulkUploadForm, SubmissionForm
from ..services import create_submission, enroll
from ..uploads import read_upload


def _save_submission(assignment, data, user):
    """Read the file (before any transaction: OCR takes a while), then enroll a new student if
    asked and create the submission; all or nothing."""
    upload = data["file"]
    content = read_upload(upload) if upload else None
    document = read_document(upload.name, content) if upload else None
    with transaction.atomic():
        student = data["student"] or enroll(
            assignment.course, data["new_student_id"], data["new_student_name"], by=user
        )
        if upload:
            return create_submission(assignment, student, filename=upload.name, data=content, document=document)
        return create_submission(assignment, student, text=data["text"])


@login_required
def submission_create(request, pk):
    assignment = get_object_or_404(assignments_for(request.user).select_related("course"), pk=pk)
    form = SubmissionForm(request.POST or None, request.FILES or None, course=assignment.course)
    if request.method == "POST" and form.is_valid():
        try:
            submission = _save_submission(assignment, form.cleaned_data, request.user)
        except DocumentError as error:
            form.add_error("file", str(error))
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                field = "new_student_id" if field == "student_id" else field
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, f"Added the submission of {submission.student}.")
            return redirect("gradebook:assignment_detail", pk=assignment.pk)
    return render(
        request,
        "gradebook/submission_form.html",
        {"assignment": assignment, "course": assignment.course, "form": form},
        status=400 if form.is_bound else 200,
    )


@login_required
def bulk_upload(request, pk):
    assignment = get_object_or_404(assignments_for(request.user).select_related("course"), pk=pk)
    form = BulkUploadForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        enroll_unknown = form.cleaned_data["enroll_unknown"]
        try:
            if form.cleaned_data["csv_file"]:
                csv_data = read_upload(form.cleaned_data["csv_file"])
                report = add_csv_rows(assignment, csv_data, enroll_unknown=enroll_unknown, by=request.user)
            else:
                files = [(f.name, f) for f in form.cleaned_data["files"]]
                report = add_documents(assignment, files, enroll_unknown=enroll_unknown, by=request.user)
        except DocumentError as error:
            form.add_error("csv_file", str(error))
        except CsvFormatError as error:
            form.add_error("csv_file", f"{form.cleaned_data['csv_file'].name}: {error}")
    return render(
        request,
        "gradebook/bulk_upload.html",
        {"assignment": assignment, "course": assignment.course, "form": form, "report": report},
        status=400 if form.errors or (report and report.failed and not report.saved) else 200,
    )


@login_required
def submission_file(request, pk):
    submission = get_object_or_404(submissions_for(request.user), pk=pk)
    if not submission.original_file:
        raise Http404("This submission has no uploaded file.")
    return FileResponse(
        submission.original_file.open("rb"),
        as_attachment=True,
        filename=submission.original_filename or submission.original_file.name.rsplit("/", 1)[-1],
    )


@login_required
def submission_page_image(request, pk, number):
    submission = get_object_or_404(submissions_for(request.user), pk=pk)
    page = get_object_or_404(submission.pages, number=number)
    response = FileResponse(page.image.open("rb"), content_type="image/jpeg")
    response["Cache-Control"] = "private, max-age=3600"
    return response
