"""The page where an instructor imports graded history (a CSV) into one of their courses."""

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, render
from django.template.defaultfilters import filesizeformat

from llm.rubric import MAX_SCORE

from ..access import courses_for
from ..importer import Columns, ImportFileError, check_step_option, import_gradebook

SHOWN_REJECTIONS = 50
COLUMN_LABELS = {
    "question_id": "Question id column",
    "question": "Question column",
    "reference": "Reference answer column (optional)",
    "answer": "Student answer column",
    "score": "Score column",
    "comment": "Comment column (optional)",
    "student_id": "Student id column (optional)",
    "student_name": "Student name column (optional)",
}


class ImportForm(forms.Form):
    file = forms.FileField(label="CSV file")
    max_score = forms.FloatField(label="Maximum score", initial=5, min_value=0.01, max_value=MAX_SCORE)
    step = forms.CharField(
        label="Score step",
        initial="auto",
        max_length=20,
        required=False,
        help_text="The grid of new questions' scores: 'auto' infers it from each question's scores (1, 0.5, 0.25,"
        " 0.125, 0.1 ...); a number such as 0.25 sets it, and rows off it are rejected.",
    )
    encoding = forms.CharField(
        label="Encoding",
        initial="utf-8",
        max_length=40,
        help_text="utf-8, utf-16 (with a byte order mark), utf-16-le, utf-16-be, latin-1, cp1252 and other"
        " single-byte Western and Central European encodings.",
    )
    label = forms.CharField(
        label="File label (optional)",
        required=False,
        max_length=100,
        help_text="Without a student id column, the same answer to the same question is taken for the same row."
        " Give each different file its own label (e.g. 2025-spring) if identical answers come from different"
        " students.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, default in Columns.defaults().items():
            self.fields[f"col_{name}"] = forms.CharField(
                label=COLUMN_LABELS[name], initial=default, required=name in Columns.REQUIRED, max_length=200
            )

    def column_fields(self):
        return [self[f"col_{name}"] for name in Columns.defaults()]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > settings.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                f"The file is larger than {filesizeformat(settings.MAX_UPLOAD_BYTES)}; import it with"
                " manage.py import_gradebook instead."
            )
        return upload

    def clean(self):
        cleaned = super().clean()
        cleaned["step"] = (cleaned.get("step") or "").strip().lower() or "auto"
        if cleaned.get("max_score"):
            try:
                check_step_option(cleaned["step"], cleaned["max_score"])
            except ImportFileError as error:
                self.add_error("step", str(error))
        return cleaned

    def columns(self) -> Columns:
        return Columns(**{name: self.cleaned_data[f"col_{name}"] for name in Columns.defaults()})


@transaction.non_atomic_requests  # the importer commits batch by batch and reports what it kept
@login_required
def import_gradebook_page(request, pk):
    course = get_object_or_404(courses_for(request.user), pk=pk)
    report = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                report = import_gradebook(
                    course,
                    upload.file,
                    columns=form.columns(),
                    max_score=form.cleaned_data["max_score"],
                    graded_by=request.user,
                    by=request.user,
                    label=form.cleaned_data["label"],
                    encoding=form.cleaned_data["encoding"],
                    step=form.cleaned_data["step"],
                )
            except ImportFileError as error:
                form.add_error("file", str(error))
                if error.report.imported or error.report.skipped or error.report.rejected:
                    report = error.report
    else:
        form = ImportForm()
    return render(
        request,
        "gradebook/import_gradebook.html",
        {
            "course": course,
            "form": form,
            "report": report,
            "rejections": report.rejections[:SHOWN_REJECTIONS] if report else [],
        },
        status=400 if form.errors else 200,
    )
