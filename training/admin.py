"""The training app in the admin, for super-admins only: exports (request, approve or reject,
download, start training), training jobs (start, cancel, progress, loss curve, events,
checkpoints), checkpoints (make a model version from any of them) and model versions."""
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from gradebook.admin_permissions import SuperuserReadOnly

from . import exports, jobs
from .admin_suggestions import SuggestionProvenanceMixin
from .loss_curve import loss_curve_svg
from .lora import HyperparameterError, LoRAHyperparameters
from .models import Export, ModelVersion, TrainingCheckpoint, TrainingEvent, TrainingJob


@admin.register(Export)
class ExportAdmin(admin.ModelAdmin):
    list_display = ["id", "status", "progress", "requested_by", "requested_at", "decided_by", "train_count",
                    "validation_count", "excluded_no_consent", "contains_withdrawn"]
    list_filter = ["status", "contains_withdrawn"]
    actions = ["approve_exports", "reject_exports", "start_training"]
    fields = ["courses", "assignments", "graded_from", "graded_until", "validation_ratio", "seed", "hint_neighbours"]
    readonly_fields = ["status", "progress", "files", "requested_by", "requested_at", "decided_by", "decided_at",
                       "rejection_reason", "train_count", "validation_count", "excluded_no_consent",
                       "comments_dropped", "contains_withdrawn", "started_at", "finished_at", "error", "manifest"]
    filter_horizontal = ["courses", "assignments"]
    change_form_template = "admin/training/export/change_form.html"

    def get_fields(self, request, obj=None):
        return self.fields + (self.readonly_fields if obj else [])

    def get_readonly_fields(self, request, obj=None):
        return self.fields + self.readonly_fields if obj else []

    def has_module_permission(self, request):
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        exports.check_can_manage(request.user)
        obj.requested_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        exports.audit_request(form.instance, request.user)

    @admin.display(description="Progress")
    def progress(self, obj):
        return f"{obj.rows_done} / {obj.rows_total} ({obj.progress_percent}%)"

    @admin.display(description="Files")
    def files(self, obj):
        if obj.status != Export.Status.READY:
            return "—"
        if obj.contains_withdrawn:
            return "Not downloadable: holds work whose consent was withdrawn."
        links = ((reverse("admin:training_export_download", args=[obj.pk, name]), name) for name in exports.FILES)
        return format_html_join(" · ", '<a href="{}">{}</a>', links)

    @admin.action(description="Approve selected exports (queues the build)")
    def approve_exports(self, request, queryset):
        self._decide(request, queryset, exports.approve, "approved")

    @admin.action(description="Reject selected exports")
    def reject_exports(self, request, queryset):
        self._decide(request, queryset, exports.reject, "rejected")

    def _decide(self, request, queryset, decide, verb):
        for export in queryset:
            try:
                decide(export, request.user)
            except (exports.ExportError, PermissionDenied) as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                self.message_user(request, f"Export #{export.pk} {verb}.", messages.SUCCESS)

    @admin.action(description="Start training with default hyperparameters")
    def start_training(self, request, queryset):
        for export in queryset:
            try:
                job = jobs.create_job(export, None, {}, request.user)
            except (jobs.JobError, PermissionDenied) as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                level = messages.ERROR if job.status == TrainingJob.Status.FAILED else messages.SUCCESS
                self.message_user(request, f"{job}: {job.error or 'queued on the training cluster.'}", level)

    def get_urls(self):
        download = self.admin_site.admin_view(self.download_view)
        return [path("<int:pk>/download/<str:name>/", download, name="training_export_download"), *super().get_urls()]

    def download_view(self, request, pk, name):
        export = get_object_or_404(Export, pk=pk)
        try:
            file_path = exports.export_file(export, name, request.user)
        except exports.ExportError as error:
            raise Http404(str(error)) from None
        return FileResponse(open(file_path, "rb"), as_attachment=True, filename=f"export-{pk}-{name}")




class TrainingJobForm(forms.ModelForm):
    """Start a job: an export, a base model and hyperparameters (JSON; omitted ones take defaults)."""

    export = forms.ModelChoiceField(queryset=Export.objects.filter(status=Export.Status.READY, contains_withdrawn=False))
    base_model = forms.CharField(required=False, help_text="Empty: the BASE_MODEL setting.")
    hyperparameters = forms.JSONField(initial=LoRAHyperparameters().to_dict, required=False)

    class Meta:
        model = TrainingJob
        fields = ["export", "base_model", "hyperparameters"]

    def clean_hyperparameters(self):
        value = self.cleaned_data["hyperparameters"] or {}
        if not isinstance(value, dict):
            raise forms.ValidationError('Give the hyperparameters as a JSON object, e.g. {"r": 16}.')
        return value

    def clean(self):
        data = super().clean()
        if "export" in data and "hyperparameters" in data:
            try:
                jobs.check_request(data["export"], data.get("base_model") or None, data["hyperparameters"])
            except HyperparameterError as error:
                self.add_error("hyperparameters", [f"{name}: {message}" for name, message in error.errors.items()])
            except jobs.JobError as error:
                raise forms.ValidationError(str(error)) from None
        return data


class TrainingEventInline(admin.TabularInline):
    model = TrainingEvent
    fields = ["created_at", "kind", "message"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = "events"

    def has_add_permission(self, request, obj=None):
        return False


class TrainingCheckpointInline(admin.TabularInline):
    model = TrainingCheckpoint
    fields = ["step", "train_loss", "val_loss", "is_best", "versions_made"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="Model versions")
    def versions_made(self, obj):
        return ", ".join(obj.versions.values_list("label", flat=True)) or "—"


@admin.register(TrainingJob)
class TrainingJobAdmin(SuperuserReadOnly, admin.ModelAdmin):
    form = TrainingJobForm
    list_display = ["id", "status", "export", "base_model", "steps", "epoch", "train_loss", "val_loss",
                    "tokens_per_second", "eta", "attempts", "created_at"]
    list_filter = ["status"]
    actions = ["cancel_jobs"]
    inlines = [TrainingCheckpointInline, TrainingEventInline]
    readonly_fields = ["status", "export", "base_model", "hyperparameters", "steps", "epoch", "train_loss", "val_loss",
                       "best_val_loss", "tokens_per_second", "eta", "loss_curve", "checkpoint_actions",
                       "cancel_requested", "worker", "heartbeat_at", "attempts", "error", "output_dir", "mlflow_run_id",
                       "created_by", "created_at", "started_at", "finished_at"]

    def has_add_permission(self, request, obj=None):
        return request.user.is_superuser

    def get_fields(self, request, obj=None):
        return self.readonly_fields if obj else ["export", "base_model", "hyperparameters"]

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields if obj else []

    def get_inlines(self, request, obj):
        return self.inlines if obj else []

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        job = jobs.create_job(data["export"], data["base_model"] or None, data["hyperparameters"], request.user)
        obj.pk = job.pk
        obj.refresh_from_db()
        if job.status == TrainingJob.Status.FAILED:
            self.message_user(request, job.error, messages.ERROR)

    def save_related(self, request, form, formsets, change):
        """Nothing related to save: create_job made the job."""

    @admin.display(description="Step")
    def steps(self, obj):
        return f"{obj.step} / {obj.total_steps}" if obj.total_steps else "—"

    @admin.display(description="Tokens/s")
    def tokens_per_second(self, obj):
        return f"{obj.tokens_per_s:.0f}" if obj.tokens_per_s else "—"

    @admin.display(description="ETA")
    def eta(self, obj):
        if obj.eta_seconds is None or obj.is_finished:
            return "—"
        minutes, seconds = divmod(int(obj.eta_seconds), 60)
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}"

    @admin.display(description="Loss curve")
    def loss_curve(self, obj):
        return loss_curve_svg(obj.history) or "No losses yet."

    @admin.display(description="Checkpoints")
    def checkpoint_actions(self, obj):
        url = reverse("admin:training_trainingcheckpoint_changelist") + f"?job__id__exact={obj.pk}"
        return format_html('<a href="{}">Make a model version from a checkpoint…</a>', url)

    @admin.action(description="Cancel selected jobs")
    def cancel_jobs(self, request, queryset):
        for job in queryset:
            try:
                job = jobs.cancel_job(job, request.user)
            except (jobs.JobError, PermissionDenied) as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                done = "cancelled" if job.status == TrainingJob.Status.CANCELLED else "asked to stop"
                self.message_user(request, f"Training job #{job.pk} {done}.", messages.SUCCESS)


@admin.register(TrainingCheckpoint)
class TrainingCheckpointAdmin(SuperuserReadOnly, admin.ModelAdmin):
    list_display = ["job", "step", "train_loss", "val_loss", "is_best", "created_at"]
    list_filter = ["is_best", "job"]
    actions = ["make_versions"]

    @admin.action(description="Make a model version from this checkpoint")
    def make_versions(self, request, queryset):
        for checkpoint in queryset.select_related("job"):
            try:
                version = jobs.version_from_checkpoint(checkpoint, request.user)
            except (jobs.JobError, PermissionDenied) as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                self.message_user(request, f"Model version {version.label} (candidate).", messages.SUCCESS)


@admin.register(ModelVersion)
class ModelVersionAdmin(SuggestionProvenanceMixin, SuperuserReadOnly, admin.ModelAdmin):
    list_display = ["label", "status", "base_model", "job", "export", "checkpoint_step", "contains_withdrawn",
                    "mlflow", "created_at"]
    list_filter = ["status", "contains_withdrawn", "base_model"]
    search_fields = ["label"]
    readonly_fields = ["label", "status", "base_model", "adapter_path", "job", "checkpoint", "export", "lineage",
                       "contains_withdrawn", "mlflow", "created_at", "activated_at"]
    fields = readonly_fields

    @admin.display(description="Step")
    def checkpoint_step(self, obj):
        return obj.checkpoint.step if obj.checkpoint_id else "—"

    @admin.display(description="MLflow")
    def mlflow(self, obj):
        return f"{obj.mlflow_model_name} v{obj.mlflow_model_version}" if obj.mlflow_model_version else "—"

    @admin.display(description="Lineage")
    def lineage(self, obj):
        data = jobs.lineage(obj)
        steps = data["averaged_steps"]
        source = f"mean of steps {', '.join(map(str, steps))}" if steps else f"step {data['checkpoint_step']}"
        return (f"job #{data['job']} ({source}) → export #{data['export']} → "
                f"{data['train_evaluations']} training + {data['validation_evaluations']} validation final evaluations")
