"""Suggestions in the admin: grading batches (read only), and on the model versions page what
instructors did with each version's suggestions (the training app's page, extended here)."""

from django.contrib import admin

from training.admin import ModelVersionAdmin
from training.models import ModelVersion

from .models import GradingBatch, SuggestionAttempt
from .reviews import with_provenance


class SuggestionProvenanceMixin:
    """Columns for a ModelVersion admin: suggestions made, accepted as is, mean absolute change."""

    provenance_columns = ["suggestions_made", "accepted_as_is_share", "mean_total_change", "mean_section_change"]

    def get_queryset(self, request):
        return with_provenance(super().get_queryset(request))

    def get_list_display(self, request):
        return [*super().get_list_display(request), *self.provenance_columns]

    def get_fields(self, request, obj=None):
        return [*super().get_fields(request, obj), *self.provenance_columns]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), *self.provenance_columns]

    @admin.display(description="Suggestions", ordering="suggestions_made")
    def suggestions_made(self, obj):
        return obj.suggestions_made

    @admin.display(description="Accepted as is (of reviewed)", ordering="accepted_as_is")
    def accepted_as_is_share(self, obj):
        if not obj.suggestions_reviewed:
            return "—"
        return f"{obj.accepted_as_is} of {obj.suggestions_reviewed} ({100 * obj.accepted_as_is / obj.suggestions_reviewed:.0f}%)"

    @admin.display(description="Mean |change| of the total", ordering="mean_total_change")
    def mean_total_change(self, obj):
        return "—" if obj.mean_total_change is None else f"{obj.mean_total_change:.2f}"

    @admin.display(description="Mean |change| per section", ordering="mean_section_change")
    def mean_section_change(self, obj):
        return "—" if obj.mean_section_change is None else f"{obj.mean_section_change:.2f}"


class SuggestionAttemptInline(admin.TabularInline):
    model = SuggestionAttempt
    fields = ["submission", "status", "suggestion", "reasons", "finished_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(GradingBatch)
class GradingBatchAdmin(admin.ModelAdmin):
    list_display = ["id", "assignment", "scope", "status", "done", "total", "suggested", "no_suggestion", "created_at"]
    list_filter = ["status", "scope"]
    readonly_fields = [
        "assignment",
        "scope",
        "requested_by",
        "status",
        "done",
        "total",
        "suggested",
        "no_suggestion",
        "error",
        "created_at",
        "started_at",
        "finished_at",
    ]
    inlines = [SuggestionAttemptInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


admin.site.unregister(ModelVersion)


@admin.register(ModelVersion)
class ModelVersionWithProvenanceAdmin(SuggestionProvenanceMixin, ModelVersionAdmin):
    """The model versions page with the columns of what instructors did with their suggestions."""
