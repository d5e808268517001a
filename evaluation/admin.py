"""The admin: evaluation runs (read, with a link to the report), the promotion gate on model
versions (super-admins only: promote, roll back, evaluate again) and the promotion history."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.html import format_html

from core.admin import SuperuserReadOnly
from grading.models import Rollout
from training.versions import active_version

from . import promotion
from . import rollout as rollout_steps
from .models import EvaluationRun, PromotionHistory, VersionPromotion


@admin.register(EvaluationRun)
class EvaluationRunAdmin(SuperuserReadOnly, admin.ModelAdmin):
    list_display = ["id", "status", "progress", "source", "export", "candidate", "created_at", "report"]
    list_filter = ["status", "source"]
    readonly_fields = [
        "report",
        "status",
        "progress",
        "providers",
        "source",
        "export",
        "csv_name",
        "candidate",
        "created_by",
        "created_at",
        "started_at",
        "finished_at",
        "error",
        "mlflow_run_id",
    ]
    fields = readonly_fields

    @admin.display(description="Progress")
    def progress(self, obj):
        return f"{obj.done} / {obj.total} ({obj.progress_percent}%)"

    @admin.display(description="Report")
    def report(self, obj):
        return format_html('<a href="{}">report</a>', reverse("evaluation:run_detail", args=[obj.pk]))


@admin.register(VersionPromotion)
class VersionPromotionAdmin(SuperuserReadOnly, admin.ModelAdmin):
    list_display = ["label", "status", "created_at", "activated_at", "export", "contains_withdrawn", "gate"]
    list_filter = ["status", "contains_withdrawn"]
    actions = ["promote_selected", "roll_back", "evaluate_again", "start_shadow"]
    readonly_fields = [
        "label",
        "status",
        "base_model",
        "adapter_path",
        "export",
        "job",
        "created_at",
        "activated_at",
        "contains_withdrawn",
        "mlflow_model_name",
        "mlflow_model_version",
        "gate",
    ]
    fields = readonly_fields

    @admin.display(description="Promotion gate")
    def gate(self, obj):
        if obj.status != obj.Status.CANDIDATE:
            return "—"
        decision = promotion.decide(obj)
        return format_html("{} {}", "✔" if decision.allowed else "✘", decision.reason)

    def _run(self, request, action, *args) -> None:
        try:
            entry = action(request.user, *args)
        except (promotion.PromotionError, PermissionDenied) as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            self.message_user(request, f"{entry}.", messages.SUCCESS)

    @admin.action(description="Promote the selected candidate (if it passes the gate)")
    def promote_selected(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "Select exactly one candidate to promote.", messages.ERROR)
            return
        self._run(request, lambda user, version: promotion.promote(version, user), queryset.get())

    @admin.action(description="Roll back: re-activate the version the active one replaced")
    def roll_back(self, request, queryset):
        self._run(request, promotion.rollback)

    @admin.action(description="Start a live rollout of the selected candidate in shadow")
    def start_shadow(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "Select exactly one candidate to roll out.", messages.ERROR)
            return
        try:
            rollout = rollout_steps.start_shadow(queryset.get(), request.user)
        except (promotion.PromotionError, PermissionDenied) as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            self.message_user(
                request,
                format_html(
                    '{} started: <a href="{}">watch it</a>.',
                    rollout,
                    reverse("evaluation:rollout_detail", args=[rollout.pk]),
                ),
                messages.SUCCESS,
            )

    @admin.action(description="Evaluate the selected candidates against the active version and the baselines")
    def evaluate_again(self, request, queryset):
        promotion.check_can_promote(request.user)
        active = active_version()
        for version in queryset:
            run = promotion.evaluate_candidate(version) if version != active else None
            if run is None:
                self.message_user(
                    request,
                    f"{version} cannot be evaluated (the active version, or no usable export).",
                    messages.WARNING,
                )
            else:
                self.message_user(request, f"Evaluation run #{run.pk} queued for {version}.", messages.SUCCESS)


@admin.register(PromotionHistory)
class PromotionHistoryAdmin(SuperuserReadOnly, admin.ModelAdmin):
    list_display = ["at", "action", "from_version", "to_version", "by", "metric", "values"]
    list_filter = ["action"]
    readonly_fields = ["at", "action", "from_version", "to_version", "by", "run", "rollout", "metric", "values"]
    fields = readonly_fields


@admin.register(Rollout)
class RolloutAdmin(SuperuserReadOnly, admin.ModelAdmin):
    """Live rollouts; each links to its page (comparison, gate, next step, stop)."""

    list_display = ["id", "candidate", "active", "stage", "share", "started_at", "finished_at", "page"]
    list_filter = ["stage"]
    actions = ["advance", "stop"]
    readonly_fields = [
        "page",
        "candidate",
        "active",
        "stage",
        "share",
        "started_by",
        "started_at",
        "finished_at",
        "reason",
    ]
    fields = readonly_fields

    @admin.display(description="Comparison")
    def page(self, obj):
        return format_html('<a href="{}">comparison and steps</a>', reverse("evaluation:rollout_detail", args=[obj.pk]))

    def _each(self, request, queryset, step) -> None:
        for rollout in queryset:
            try:
                self.message_user(request, f"{step(rollout, request.user)}.", messages.SUCCESS)
            except (promotion.PromotionError, PermissionDenied) as error:
                self.message_user(request, str(error), messages.ERROR)

    @admin.action(description="Take the next step (canary share, then promotion) if the gate allows it")
    def advance(self, request, queryset):
        self._each(request, queryset, rollout_steps.advance)

    @admin.action(description="Stop: the active version serves every request again")
    def stop(self, request, queryset):
        self._each(request, queryset, rollout_steps.stop)
