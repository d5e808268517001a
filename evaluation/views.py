"""Evaluation pages (staff only; anyone else gets 404): the runs, a new run, a run's report
with its plots; a live rollout's page (super-admins)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render

from core.permissions import is_superadmin
from grading.models import Rollout

from . import plots, report, rollout_report, runs
from . import rollout as rollout_steps
from .forms import RunForm
from .models import EvaluationRun
from .promotion import PromotionError


def _staff_only(request) -> None:
    if not runs.can_view(request.user):
        raise Http404("No such page.")


@login_required
def run_list(request):
    _staff_only(request)
    return render(
        request,
        "evaluation/run_list.html",
        {"runs": EvaluationRun.objects.select_related("export", "candidate", "created_by")[:100]},
    )


@login_required
def run_create(request):
    _staff_only(request)
    form = RunForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["csv_file"]
        try:
            run = runs.create_run(
                request.user,
                form.specs(),
                export=form.cleaned_data["export"],
                csv_data=upload.read() if upload else None,
                csv_name=upload.name if upload else "",
                max_score=form.cleaned_data["max_score"],
                unseen_questions=form.cleaned_data["unseen_questions"] or 0,
            )
        except ValidationError as error:
            problems = error.message_dict if hasattr(error, "error_dict") else {None: error.messages}
            for field, messages in problems.items():
                for message in messages:
                    form.add_error(field if field in form.fields else None, message)
        else:
            return redirect("evaluation:run_detail", pk=run.pk)
    return render(request, "evaluation/run_form.html", {"form": form})


@login_required
def run_detail(request, pk):
    _staff_only(request)
    run = get_object_or_404(EvaluationRun.objects.select_related("export", "candidate", "created_by"), pk=pk)
    totals, sections = report.results_table(run)
    items_shown = runs.can_see_items(request.user, run)
    finished = run.status == EvaluationRun.Status.SUCCEEDED
    return render(
        request,
        "evaluation/run_detail.html",
        {
            "run": run,
            "totals": totals,
            "plots": plots.PLOTS,
            "items_hidden": finished and not items_shown,
            "subsets": report.subset_tables(totals),
            "sections": sections if len(sections) > 1 else {},  # one section: the same table as the total
            "disagreements": report.disagreements(run) if finished and items_shown else [],
        },
    )


@login_required
def run_plot(request, pk, name):
    _staff_only(request)
    run = get_object_or_404(EvaluationRun, pk=pk)
    if name not in plots.PLOTS:
        raise Http404("No such plot.")
    return HttpResponse(plots.render(run, name), content_type="image/png")


@login_required
def rollout_detail(request, pk):
    """A rollout's comparison, gate and history; super-admins advance or stop it from here."""
    if not is_superadmin(request.user):
        raise Http404("No such page.")
    rollout = get_object_or_404(Rollout.objects.select_related("candidate", "active"), pk=pk)
    if request.method == "POST":
        step = {"advance": rollout_steps.advance, "stop": rollout_steps.stop}.get(request.POST.get("step"))
        if step is None:
            return HttpResponseBadRequest("Unknown step: use advance or stop.")
        try:
            rollout = step(rollout, request.user)
        except PromotionError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, f"{rollout}.")
        return redirect("evaluation:rollout_detail", pk=rollout.pk)
    return render(
        request, "evaluation/rollout_detail.html", {"rollout": rollout, "report": rollout_report.report(rollout)}
    )
