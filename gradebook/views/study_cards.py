"""Study decks: the instructor generates, edits, publishes and exports them; a student reads
the published decks of their courses through a signed link (no login)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from ..access import courses_for
from ..models import Card
from ..study_cards import (
    anki_tsv,
    card_front,
    card_support,
    cards_csv,
    decks_for,
    generate_deck,
    published_decks_for,
    set_published,
    student_from_token,
    student_link_token,
)


class GenerateDeckForm(forms.Form):
    source = forms.ChoiceField(label="Make cards from")

    def __init__(self, *args, course, **kwargs):
        super().__init__(*args, **kwargs)
        self.course = course
        guides = [(f"guide:{g.pk}", f"Marking guide: {g.original_filename}") for g in course.marking_guides.all()]
        assignments = [
            (f"assignment:{a.pk}", f"Assignment: {a.title}")
            for a in course.assignments.exclude(reference_answer="").order_by("title")
        ]
        self.fields["source"].choices = [("", "— choose —"), *guides, *assignments]

    def source_kwargs(self) -> dict:
        kind, _, pk = self.cleaned_data["source"].partition(":")
        if kind == "guide":
            return {"marking_guide": self.course.marking_guides.get(pk=pk)}
        return {"assignment": self.course.assignments.get(pk=pk)}


class CardForm(forms.ModelForm):
    options = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Multiple choice only: one option per line, one of them exactly the answer.",
    )

    class Meta:
        model = Card
        fields = ["question", "answer", "card_type", "difficulty", "options"]
        widgets = {"question": forms.Textarea(attrs={"rows": 2}), "answer": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["options"] = "\n".join(self.instance.options)

    def clean_options(self):
        return [line.strip() for line in self.cleaned_data["options"].splitlines() if line.strip()]


class BaseDeckCardFormSet(forms.BaseModelFormSet):
    """The cards of one deck; a card added in the form joins that deck, after its last card."""

    def __init__(self, *args, deck, **kwargs):
        self.deck = deck
        super().__init__(*args, queryset=deck.cards.all(), **kwargs)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if form.instance.pk is None:
            last = self.deck.cards.aggregate(last=Max("position"))["last"]
            form.instance.deck = self.deck
            form.instance.position = (-1 if last is None else last) + 1 + i - self.initial_form_count()
        return form


CardFormSet = forms.modelformset_factory(
    Card, form=CardForm, formset=BaseDeckCardFormSet, extra=0, can_delete=True, max_num=500, validate_max=True
)


@login_required
def course_decks(request, course_pk):
    course = get_object_or_404(courses_for(request.user), pk=course_pk)
    form = GenerateDeckForm(request.POST or None, course=course)
    if request.method == "POST" and form.is_valid():
        try:
            deck = generate_deck(course, created_by=request.user, **form.source_kwargs())
        except ValidationError as error:
            form.add_error("source", error.messages)
        else:
            messages.success(request, f"Made {deck.cards.count()} cards. Review them, then publish the deck.")
            return redirect("gradebook:deck_detail", pk=deck.pk)
    students = course.students.order_by("name", "student_id")
    links = [
        (s, request.build_absolute_uri(reverse("gradebook:student_decks", args=[student_link_token(s)])))
        for s in students
    ]
    return render(
        request,
        "gradebook/deck_list.html",
        {"course": course, "form": form, "decks": course.decks.all(), "links": links},
        status=400 if form.errors else 200,
    )


@login_required
def deck_detail(request, pk):
    deck = get_object_or_404(decks_for(request.user).select_related("course", "marking_guide", "assignment"), pk=pk)
    formset = CardFormSet(request.POST or None, deck=deck)
    if request.method == "POST" and formset.is_valid():
        with transaction.atomic():
            formset.save()
        messages.success(request, "Saved the cards.")
        return redirect("gradebook:deck_detail", pk=deck.pk)
    rows = [
        {"form": form, "support": card_support(deck, form.instance), "front": card_front(form.instance)}
        for form in formset.forms
    ]
    return render(
        request,
        "gradebook/deck_detail.html",
        {"deck": deck, "course": deck.course, "formset": formset, "rows": rows},
        status=400 if formset.is_bound else 200,
    )


@login_required
@require_POST
def deck_publish(request, pk):
    deck = get_object_or_404(decks_for(request.user), pk=pk)
    publish = request.POST.get("publish") == "1"
    try:
        set_published(deck, publish)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, "The deck is published: students can see it." if publish else "The deck is a draft again."
        )
    return redirect("gradebook:deck_detail", pk=deck.pk)


def _download(deck, content, suffix, content_type):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{slugify(deck.title) or deck.pk}{suffix}"'
    return response


@login_required
def deck_csv(request, pk):
    deck = get_object_or_404(decks_for(request.user), pk=pk)
    return _download(deck, cards_csv(deck), ".csv", "text/csv; charset=utf-8")


@login_required
def deck_anki(request, pk):
    deck = get_object_or_404(decks_for(request.user), pk=pk)
    return _download(deck, anki_tsv(deck), "-anki.txt", "text/tab-separated-values; charset=utf-8")


def _student(token):
    try:
        return student_from_token(token)
    except signing.BadSignature:
        raise Http404("This study link is not valid or has expired; ask your instructor for a new one.") from None


def student_decks(request, token):
    student = _student(token)
    decks = published_decks_for(student).select_related("course").order_by("course__code", "title")
    return render(request, "gradebook/student_deck_list.html", {"student": student, "decks": decks, "token": token})


def student_deck(request, token, pk):
    student = _student(token)
    deck = get_object_or_404(published_decks_for(student).select_related("course"), pk=pk)
    cards = [{"card": card, "front": card_front(card)} for card in deck.cards.all()]
    return render(request, "gradebook/student_deck.html", {"deck": deck, "cards": cards, "token": token})
