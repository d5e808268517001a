"""django-q2 tasks of the exports app (queued with async_task or scheduled, by name)."""

from core.workers import resend_lost

from . import services
from .models import Export


def build_export(export_id: int) -> dict:
    export = services.build(export_id)
    return {"export": export.pk, "status": export.status, "rows": export.rows_done}


def resend_lost_builds() -> dict:
    """Scheduled every minute: an approved export whose build message was lost (a Redis restart)
    would otherwise wait "approved (queued)" for ever. A second build is harmless: only the first
    claims the export (services.build)."""
    approved = Export.objects.filter(status=Export.Status.APPROVED)
    return {"resent": resend_lost(approved, "decided_at", "exports.tasks.build_export")}
