"""django-q2 tasks of the training app (queued with async_task by name)."""
from . import exports


def build_export(export_id: int) -> dict:
    export = exports.build(export_id)
    return {"export": export.pk, "status": export.status, "rows": export.rows_done}
