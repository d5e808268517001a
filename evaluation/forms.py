"""The form that starts an evaluation run from the web pages."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat

from exports.models import Export
from llm.rubric import MAX_SCORE
from training.models import ModelVersion

from .baselines import BASELINE_KEYS

PROVIDER_CHOICES = [
    ("base", "Base model, zero-shot"),
    ("retrieval", "Retrieval few-shot (base model with similar graded answers)"),
    ("openai", "OpenAI-compatible model (OPENAI_MODEL)"),
    ("global_mean", "Baseline: global mean"),
    ("question_mean", "Baseline: per-question mean"),
    ("knn", "Baseline: similarity-weighted mean of the nearest graded answers"),
    ("similarity_regression", "Baseline: regression on reference similarity and question mean"),
    ("hint_estimate", "Baseline: the grading hints' estimate alone (what a hinted model is told)"),
    ("nearest_comment", "Baseline: the score and comment of the most similar graded answer, copied"),
    ("label_comment", "Baseline: the regression's score with the most common comment for its label"),
]


class RunForm(forms.Form):
    providers = forms.MultipleChoiceField(
        choices=PROVIDER_CHOICES, required=False, widget=forms.CheckboxSelectMultiple, initial=list(BASELINE_KEYS)
    )
    versions = forms.ModelMultipleChoiceField(
        queryset=ModelVersion.objects.all(), required=False, widget=forms.CheckboxSelectMultiple, label="Model versions"
    )
    export = forms.ModelChoiceField(
        queryset=Export.objects.filter(status=Export.Status.READY, contains_withdrawn=False),
        required=False,
        help_text="Its validation split is the holdout unless you upload a CSV; its train split gives the examples "
        "of the baselines and retrieval few-shot.",
    )
    csv_file = forms.FileField(
        required=False,
        label="Graded CSV (optional)",
        help_text="The import layout: question_id, question, reference_answer, student_answer, score_avg.",
    )
    max_score = forms.FloatField(initial=5, min_value=0.01, max_value=MAX_SCORE, label="Maximum score (CSV)")
    unseen_questions = forms.IntegerField(
        initial=0,
        min_value=0,
        required=False,
        label="Questions held out of the examples",
        help_text="Grade this many of the holdout's questions as if nobody had graded them (no examples, no hints "
        "from them); per-question baselines then report 'not applicable' on them.",
    )

    def clean_csv_file(self):
        upload = self.cleaned_data.get("csv_file")
        if upload and upload.size > settings.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(f"The file is larger than {filesizeformat(settings.MAX_UPLOAD_BYTES)}.")
        return upload

    def specs(self) -> list[dict]:
        return [{"kind": kind} for kind in self.cleaned_data["providers"]] + [
            {"kind": "version", "version": version.pk} for version in self.cleaned_data["versions"]
        ]
