"""Consent forms are published (never edited) here; records and the audit log are read-only."""

from django.contrib import admin

from core.admin import SuperuserReadOnly

from . import services
from .models import AuditEvent, ConsentForm, ConsentRecord


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ConsentForm)
class ConsentFormAdmin(admin.ModelAdmin):
    list_display = ["kind", "purpose", "version", "title", "is_current", "published_at", "published_by"]
    list_filter = ["kind", "purpose", "is_current"]
    fields = ["kind", "purpose", "title", "text"]

    def get_readonly_fields(self, request, obj=None):
        return self.fields if obj else []

    def has_change_permission(self, request, obj=None):
        return obj is None and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        published = services.publish_form(obj.kind, obj.title, obj.text, by=request.user, purpose=obj.purpose)
        obj.pk, obj.version, obj.is_current = published.pk, published.version, True


@admin.register(ConsentRecord)
class ConsentRecordAdmin(ReadOnlyAdmin):
    list_display = ["id", "form", "student_id", "user", "method", "granted_at", "withdrawn_at", "recorded_by"]
    list_filter = [
        "form__kind",
        "form__purpose",
        "form__version",
        "method",
        ("withdrawn_at", admin.EmptyFieldListFilter),
    ]
    list_select_related = ["form", "user", "recorded_by"]


@admin.register(AuditEvent)
class AuditEventAdmin(SuperuserReadOnly, admin.ModelAdmin):
    list_display = ["created_at", "actor_label", "action", "target_type", "target_id"]
    list_filter = ["action", "target_type", "created_at"]
    search_fields = ["actor_label", "action", "target_id"]
    date_hierarchy = "created_at"
