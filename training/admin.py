"""The training app in the admin, for super-admins only: "Start training" on exports, training jobs (start, cancel, progress, loss curve, events,
checkpoints), checkpoints (make a model version from any of them) and model versions."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.html import format_html

from core.admin import SuperuserReadOnly
from exports.admin import ExportAdmin
from exports.models import Export

from . import jobs
from .lora import HyperparameterError, LoRAHyperparameters
from .loss_curve import loss_curve_svg
from .models import ModelVersion, TrainingCheckpoint, TrainingEvent, TrainingJob


class TrainingJobForm(forms.ModelForm):
    """Start a job: an export, a base model and hyperparameters (JSON; omitted ones take defaults)."""

    export = forms.ModelChoiceField(
        queryset=Export.objects.filter(status=Export.Status.READY, contains_withdrawn=False)
    )
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
    list_display = [
        "id",
        "status",
        "export",
        "base_model",
        "steps",
        "epoch",
        "train_loss",
        "val_loss",
        "tokens_per_second",
        "eta",
        "attempts",
        "created_at",
    ]
    list_filter = ["status"]
    actions = ["cancel_jobs"]
    inlines = [TrainingCheckpointInline, TrainingEventInline]
    readonly_fields = [
        "status",
        "export",
        "base_model",
        "hyperparameters",
        "steps",
        "epoch",
        "train_loss",
        "val_loss",
        "best_val_loss",
        "tokens_per_second",
        "eta",
        "loss_curve",
        "checkpoint_actions",
        "cancel_requested",
        "worker",
        "heartbeat_at",
        "attempts",
        "error",
        "output_dir",
        "mlflow_run_id",
        "created_by",
        "created_at",
        "started_at",
        "finished_at",
    ]

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
class ModelVersionAdmin(SuperuserReadOnly, admin.ModelAdmin):
    list_display = [
        "label",
        "status",
        "base_model",
        "job",
        "export",
        "checkpoint_step",
        "contains_withdrawn",
        "mlflow",
        "created_at",
    ]
    list_filter = ["status", "contains_withdrawn", "base_model"]
    search_fields = ["label"]
    readonly_fields = [
        "label",
        "status",
        "base_model",
        "adapter_path",
        "job",
        "checkpoint",
        "export",
        "lineage",
        "contains_withdrawn",
        "mlflow",
        "created_at",
        "activated_at",
    ]
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
        return (
            f"job #{data['job']} ({source}) → export #{data['export']} → "
            f"{data['train_evaluations']} training + {data['validation_evaluations']} validation final evaluations"
        )


admin.site.unregister(Export)


@admin.register(Export)
class TrainableExportAdmin(ExportAdmin):
    """The exports page, with an action that trains on the selected exports."""

    actions = [*ExportAdmin.actions, "start_training"]

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
