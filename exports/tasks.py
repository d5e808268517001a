"""django-q2 tasks of the exports app (queued with async_task by name)."""

from . import services


def build_export(export_id: int) -> dict:
    export = services.build(export_id)
    return {"export": export.pk, "status": export.status, "rows": export.rows_done}
