"""Marking guides: upload one to a course, review what was extracted beside the source text,
and save, which creates the assignments. Nothing is created before the instructor saves."""

import re

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render

from llm.marking_guides import ExtractionError, parse_point, question_errors
from llm.rubric import MAX_SCORE

from ..access import courses_for
from ..documents import ACCEPT, DocumentError
from ..marking_guides import confirm_guide, guides_for, upload_guide
from ..models import MarkingGuide
from ..uploads import read_upload

_POINT_LINE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*\|\s*(.+)$")


class GuideUploadForm(forms.Form):
    file = forms.FileField(
        label="Marking guide (PDF, DOCX, TXT, HTML, Markdown, RTF or a scan)",
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )


class QuestionForm(forms.Form):
    """One extracted question as the instructor corrects it."""

    include = forms.BooleanField(required=False, initial=True, label="Create an assignment")
    number = forms.CharField(max_length=20, required=False)
    text = forms.CharField(label="Question", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    answer = forms.CharField(label="Model answer", required=False, widget=forms.Textarea(attrs={"rows": 4}))
    marks = forms.FloatField(
        required=False, min_value=0.01, max_value=MAX_SCORE, widget=forms.NumberInput(attrs={"step": "any"})
    )
    marking_points = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "class": "code"}),
        help_text="One per line: points | what earns them. They must add up to the marks.",
    )

    @staticmethod
    def initial_for(question: dict) -> dict:
        points = "\n".join(f"{p['points']} | {p['description']}" for p in question.get("marking_points") or [])
        return {
            **{k: question.get(k) for k in ("number", "text", "answer", "marks")},
            "marking_points": points,
            "include": True,
        }

    def clean_marking_points(self):
        points = []
        for i, line in enumerate(self.cleaned_data["marking_points"].splitlines(), 1):
            if not line.strip():
                continue
            match = _POINT_LINE.match(line)
            point = (
                {"points": float(match.group(1)), "description": match.group(2).strip()} if match else parse_point(line)
            )
            if point is None:
                raise ValidationError(
                    f"Line {i}: write the points, a bar, then what earns them, e.g. “2 | names the organelle”."
                )
            if not 0 <= point["points"] <= MAX_SCORE:
                raise ValidationError(f"Line {i}: a marking point is worth at most {MAX_SCORE:,} points.")
            points.append(
                {
                    **point,
                    "points": int(point["points"]) if point["points"] == int(point["points"]) else point["points"],
                }
            )
        return points

    def clean(self):
        data = super().clean()
        if data.get("include") and not self.errors:
            marks = data.get("marks")
            data["marks"] = int(marks) if marks is not None and marks == int(marks) else marks
            for error in question_errors(self.question()):
                self.add_error(None, error)
        return data

    def question(self) -> dict:
        data = self.cleaned_data
        return {
            "number": data.get("number", "").strip(),
            "text": data.get("text", "").strip(),
            "answer": data.get("answer", "").strip(),
            "marks": data.get("marks"),
            "marking_points": data.get("marking_points") or [],
            "line": self.initial.get("line"),
            "lines": self.initial.get("lines") or [],
        }


QuestionFormSet = forms.formset_factory(QuestionForm, extra=1)


def question_source(question: dict, source_lines: list[str]) -> list[tuple[int, str]]:
    """The lines of the guide a question was read from (its text, answer, marks and points), as
    (line number, text), so the reviewer sees why it was read so."""
    numbers = question.get("lines") or ([question["line"]] if question.get("line") else [])
    return [(n, source_lines[n - 1]) for n in numbers if 0 < n <= len(source_lines)]


@login_required
def guide_upload(request, course_pk):
    course = get_object_or_404(courses_for(request.user), pk=course_pk)
    form = GuideUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            guide = upload_guide(course, upload.name, read_upload(upload), created_by=request.user)
        except DocumentError as error:
            form.add_error("file", str(error))
        except ExtractionError as error:
            form.add_error("file", f"{upload.name}: {error}")
        else:
            count = len(guide.questions)
            messages.success(request, f"Found {count} question{'s' if count != 1 else ''}. Check them, then save.")
            return redirect("gradebook:guide_review", pk=guide.pk)
    return render(
        request,
        "gradebook/marking_guide_upload.html",
        {"course": course, "form": form, "guides": course.marking_guides.all()},
        status=400 if form.is_bound else 200,
    )


@login_required
def guide_review(request, pk):
    guide = get_object_or_404(guides_for(request.user).select_related("course"), pk=pk)
    if guide.status == MarkingGuide.Status.CONFIRMED:
        return render(request, "gradebook/marking_guide_confirmed.html", {"guide": guide, "course": guide.course})
    questions = guide.questions
    initial = [{**QuestionForm.initial_for(q), "line": q.get("line"), "lines": q.get("lines")} for q in questions]
    formset = QuestionFormSet(request.POST or None, initial=initial)
    save_errors = []
    if request.method == "POST" and formset.is_valid():
        # An untouched extra form has no cleaned data, so it is left out like an unticked one.
        chosen = [f.question() for f in formset.forms if f.cleaned_data.get("include")]
        try:
            assignments = confirm_guide(guide, chosen)
        except ValidationError as error:
            save_errors = error.messages
        else:
            messages.success(request, f"Created {len(assignments)} assignments from {guide.original_filename}.")
            return redirect("gradebook:course_detail", pk=guide.course_id)
    source_lines = guide.text.split("\n")
    rows = [
        {
            "form": form,
            "question": questions[i] if i < len(questions) else None,
            "source": question_source(questions[i], source_lines) if i < len(questions) else [],
        }
        for i, form in enumerate(formset.forms)
    ]
    return render(
        request,
        "gradebook/marking_guide_review.html",
        {
            "guide": guide,
            "course": guide.course,
            "formset": formset,
            "save_errors": save_errors,
            "rows": rows,
            "source_lines": source_lines,
            "extraction": guide.extraction,
            "question_count": len(questions),
            "total_marks": sum(q.get("marks") or 0 for q in questions),
        },
        status=400 if formset.is_bound else 200,
    )
