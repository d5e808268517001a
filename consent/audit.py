"""Writing to the append-only audit log. Details must never carry student names or texts."""

from .models import AuditEvent


def record(actor, action: str, target=None, *, actor_label: str = "", **details) -> AuditEvent:
    """Append one event. ``actor`` is a user or None (e.g. a student using a signed link)."""
    if not actor_label:
        actor_label = actor.get_username() if actor is not None else "system"
    return AuditEvent.objects.create(
        actor=actor,
        actor_label=actor_label[:150],
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        details=details,
    )
