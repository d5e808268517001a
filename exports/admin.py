"""Exports in the admin, for super-admins only: request, approve or reject, follow the build,
download the files. (The training app adds "Start training" to this page.)"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html_join

from . import services
from .models import Export


@admin.register(Export)
class ExportAdmin(admin.ModelAdmin):
    list_display = [
        "id",
        "status",
        "progress",
        "requested_by",
        "requested_at",
        "decided_by",
        "train_count",
        "validation_count",
        "excluded_no_consent",
        "contains_withdrawn",
    ]
    list_filter = ["status", "contains_withdrawn"]
    actions = ["approve_exports", "reject_exports"]
    fields = [
        "courses",
        "assignments",
        "graded_from",
        "graded_until",
        "validation_ratio",
        "seed",
        "hint_neighbours",
        "gamed_examples",
    ]
    readonly_fields = [
        "status",
        "progress",
        "files",
        "requested_by",
        "requested_at",
        "decided_by",
        "decided_at",
        "rejection_reason",
        "train_count",
        "validation_count",
        "excluded_no_consent",
        "comments_dropped",
        "contains_withdrawn",
        "started_at",
        "finished_at",
        "error",
        "manifest",
    ]
    filter_horizontal = ["courses", "assignments"]
    change_form_template = "admin/exports/export/change_form.html"

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
        services.check_can_manage(request.user)
        obj.requested_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.audit_request(form.instance, request.user)

    @admin.display(description="Progress")
    def progress(self, obj):
        return f"{obj.rows_done} / {obj.rows_total} ({obj.progress_percent}%)"

    @admin.display(description="Files")
    def files(self, obj):
        if obj.status != Export.Status.READY:
            return "—"
        if obj.contains_withdrawn:
            return "Not downloadable: holds work whose consent was withdrawn."
        links = ((reverse("admin:exports_export_download", args=[obj.pk, name]), name) for name in services.FILES)
        return format_html_join(" · ", '<a href="{}">{}</a>', links)

    @admin.action(description="Approve selected exports (queues the build)")
    def approve_exports(self, request, queryset):
        self._decide(request, queryset, services.approve, "approved")

    @admin.action(description="Reject selected exports")
    def reject_exports(self, request, queryset):
        self._decide(request, queryset, services.reject, "rejected")

    def _decide(self, request, queryset, decide, verb):
        for export in queryset:
            try:
                decide(export, request.user)
            except (services.ExportError, PermissionDenied) as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                self.message_user(request, f"Export #{export.pk} {verb}.", messages.SUCCESS)

    def get_urls(self):
        download = self.admin_site.admin_view(self.download_view)
        return [path("<int:pk>/download/<str:name>/", download, name="exports_export_download"), *super().get_urls()]

    def download_view(self, request, pk, name):
        export = get_object_or_404(Export, pk=pk)
        try:
            file_path = services.export_file(export, name, request.user)
        except services.ExportError as error:
            raise Http404(str(error)) from None
        return FileResponse(open(file_path, "rb"), as_attachment=True, filename=f"export-{pk}-{name}")
