"""Forms for the instructor pages. The rules they enforce come from llm.rubric and the
models; a form only turns fields into data and puts each error next to its field."""

from __future__ import annotations

import json

from django import forms
from django.core.exceptions import ValidationError

from llm.rubric import RubricError, check_scores, validate_rubric

from .documents import ACCEPT
from .limits import InputTooLarge, json_loads
from .models import Assignment, Student

RUBRIC_EXAMPLE = [
    {
        "name": "Content",
        "max_score": 10,
        "criteria": [
            {"name": "Accuracy", "max_points": 6, "description": "Correct and complete."},
            {"name": "Examples", "max_points": 4, "description": "Relevant examples."},
        ],
    },
    {"name": "Clarity", "max_score": 5},
]


def describe_rubric_path(path: str, sections) -> str:
    """'sections[0].criteria[1].max_points' -> 'Section 1 (Content), criterion 2: max_points'."""
    if not path.startswith("sections["):
        return "Rubric"
    index_text, _, rest = path[len("sections[") :].partition("]")
    label = f"Section {int(index_text) + 1}"
    if isinstance(sections, list) and int(index_text) < len(sections) and isinstance(sections[int(index_text)], dict):
        name = str(sections[int(index_text)].get("name", "")).strip()
        label += f" ({name})" if name else ""
    rest = rest.lstrip(".")
    if rest.startswith("criteria["):
        criterion, _, rest = rest[len("criteria[") :].partition("]")
        label += f", criterion {int(criterion) + 1}"
        rest = rest.lstrip(".")
    return f"{label}: {rest}" if rest else label


class RubricField(forms.CharField):
    """A JSON list of rubric sections, checked by llm.rubric.validate_rubric."""

    widget = forms.Textarea(attrs={"rows": 14, "class": "code", "spellcheck": "false"})

    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return None
        try:
            sections = json_loads(text)
        except InputTooLarge as error:
            raise ValidationError(str(error)) from None
        except json.JSONDecodeError as error:
            raise ValidationError(f"This is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}).")
        try:
            return validate_rubric(sections)
        except RubricError as error:
            raise ValidationError(
                [f"{describe_rubric_path(path, sections)} — {' '.join(msgs)}" for path, msgs in error.errors.items()]
            ) from None

    def prepare_value(self, value):
        return value if isinstance(value, str) else json.dumps(value, indent=2)


class AssignmentForm(forms.ModelForm):
    rubric = RubricField(
        initial=RUBRIC_EXAMPLE,
        help_text="A list of sections. Each has a name and a max_score; an optional step (1, 0.5, 0.25, ...) that"
        " divides the max_score puts its scores on that grid; optional criteria (name, max_points,"
        " description) must add up to the section's max_score.",
    )

    class Meta:
        model = Assignment
        fields = ["title", "kind", "prompt", "reference_answer", "anonymous_grading"]
        widgets = {"prompt": forms.Textarea(attrs={"rows": 4}), "reference_answer": forms.Textarea(attrs={"rows": 4})}


_student_id_field = Student._meta.get_field("student_id")


def student_id_field(**kwargs):
    return forms.CharField(max_length=_student_id_field.max_length, validators=_student_id_field.validators, **kwargs)


class EnrollStudentForm(forms.Form):
    student_id = student_id_field(label="Student id")
    name = forms.CharField(max_length=200)
    email = forms.EmailField(required=False)


class SubmissionForm(forms.Form):
    """One submission: an enrolled student or a new one, and typed text or a file."""

    student = forms.ModelChoiceField(
        queryset=Student.objects.none(), required=False, empty_label="— choose —", label="An enrolled student"
    )
    new_student_id = student_id_field(required=False, label="…or a new student's id")
    new_student_name = forms.CharField(max_length=200, required=False, label="New student's name")
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 10}), required=False, label="Typed or pasted text")
    file = forms.FileField(
        required=False,
        label="…or a file: PDF, DOCX, TXT, HTML, Markdown, RTF, JSON, or a scan (PDF, PNG, JPEG)",
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )

    def __init__(self, *args, course, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["student"].queryset = course.students.order_by("name", "student_id")

    def clean(self):
        data = super().clean()
        if data.get("student") and data.get("new_student_id"):
            self.add_error("new_student_id", "Choose an enrolled student or type a new id, not both.")
        elif not data.get("student") and not data.get("new_student_id") and "new_student_id" not in self.errors:
            self.add_error("student", "Choose a student, or type a new student's id and name.")
        if data.get("new_student_id") and not data.get("new_student_name"):
            self.add_error("new_student_name", "A new student needs a name.")
        has_text = bool((data.get("text") or "").strip())
        if has_text and data.get("file"):
            self.add_error("file", "Give typed text or a file, not both.")
        elif not has_text and not data.get("file"):
            self.add_error("text", "Type or paste the answer, or upload a file.")
        return data


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, (list, tuple)) else [data] if data else []
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class BulkUploadForm(forms.Form):
    files = MultipleFileField(
        required=False,
        label="Documents",
        help_text="Files named after the student's id, e.g. S00012.pdf (PDF, DOCX, TXT, HTML, Markdown, RTF,"
        ' PNG or JPEG scans), or JSON files of {"student_id", "text"} objects.',
    )
    csv_file = forms.FileField(
        required=False,
        label="…or a CSV file",
        help_text="Columns student_id and text, optionally name. One row per submission.",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
    enroll_unknown = forms.BooleanField(
        required=False,
        label="Enroll students who are not in the course yet",
        help_text="Otherwise their files or rows are reported and not saved.",
    )

    def clean(self):
        data = super().clean()
        if data.get("files") and data.get("csv_file"):
            self.add_error("csv_file", "Upload documents or a CSV file, not both.")
        elif not data.get("files") and not data.get("csv_file") and not self.errors:
            self.add_error("files", "Choose one or more files, or a CSV file.")
        return data


class GradingForm(forms.Form):
    """Fields generated from a rubric: per section a score, a comment, and points per criterion.

    Field names use section/criterion positions (s0_score, s0_c1) since names may hold any
    character; ``sections`` says which field belongs to what. Every rule is llm.rubric's
    check_scores; its errors are put next to the field they name.
    """

    def __init__(self, *args, rubric: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        self.rubric = rubric
        self.sections = []
        for i, section in enumerate(rubric):
            score = f"s{i}_score"
            self.fields[score] = forms.FloatField(
                required=False,
                label=f"{section['name']} score",
                widget=forms.NumberInput(
                    attrs={
                        "min": 0,
                        "max": section["max_score"],
                        "step": section.get("step") or "any",
                        "required": True,
                        "class": "score",
                    }
                ),
            )
            criteria = []
            for j, criterion in enumerate(section.get("criteria") or []):
                name = f"s{i}_c{j}"
                self.fields[name] = forms.FloatField(
                    required=False,
                    label=criterion["name"],
                    help_text=criterion.get("description", ""),
                    widget=forms.NumberInput(
                        attrs={
                            "min": 0,
                            "max": criterion["max_points"],
                            "step": "any",
                            "class": "criterion",
                            "data-section": i,
                        }
                    ),
                )
                criteria.append({"criterion": criterion, "field": name})
            comment = f"s{i}_comment"
            self.fields[comment] = forms.CharField(
                required=False, label=f"{section['name']} comment", widget=forms.Textarea(attrs={"rows": 2})
            )
            self.sections.append({"section": section, "score": score, "comment": comment, "criteria": criteria})
        if rubric:
            self.fields["s0_score"].widget.attrs["autofocus"] = True

    @staticmethod
    def initial_from(sections: dict, rubric: list[dict]) -> dict:
        """Form initial values from a stored evaluation's sections."""
        initial = {}
        for i, section in enumerate(rubric):
            given = sections.get(section["name"]) or {}
            initial[f"s{i}_score"] = given.get("score")
            initial[f"s{i}_comment"] = given.get("comment", "")
            points = {c["name"]: c.get("points") for c in given.get("criteria") or []}
            for j, criterion in enumerate(section.get("criteria") or []):
                initial[f"s{i}_c{j}"] = points.get(criterion["name"])
        return initial

    def bound_sections(self):
        """The form's fields grouped per rubric section, for the template."""
        return [
            {
                "section": item["section"],
                "score": self[item["score"]],
                "comment": self[item["comment"]],
                "criteria": [self[c["field"]] for c in item["criteria"]],
            }
            for item in self.sections
        ]

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        scores = {}
        for item in self.sections:
            name = item["section"]["name"]
            if data.get(item["score"]) is None:
                continue
            given = {"score": data[item["score"]], "comment": data.get(item["comment"], "")}
            points = [
                {"name": c["criterion"]["name"], "points": data[c["field"]]}
                for c in item["criteria"]
                if data.get(c["field"]) is not None
            ]
            if points:
                given["criteria"] = points
            scores[name] = given
        try:
            self.cleaned_scores, self.total = check_scores(self.rubric, scores)
        except RubricError as error:
            self._place_errors(error.errors)
        return data

    def _place_errors(self, errors: dict[str, list[str]]):
        """Put each check_scores error on the field its path names ('Content.score', ...).

        A section's missing score and criteria that do not add up to it go on its score field.
        """
        by_path = {}
        for item in self.sections:
            name = item["section"]["name"]
            by_path[name] = item["score"]
            by_path[f"{name}.score"] = item["score"]
            by_path[f"{name}.criteria"] = item["score"]
            by_path[f"{name}.comment"] = item["comment"]
            for c in item["criteria"]:
                by_path[f"{name}.criteria.{c['criterion']['name']}"] = c["field"]
        for path, messages in errors.items():
            field = by_path.get(path)
            self.add_error(field, messages if field else [f"{path}: {m}" for m in messages])
