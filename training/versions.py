"""Model versions: which one grades (the one active version, if any), and which ones hold
work whose consent was withdrawn."""

from consent import audit
from exports.services import withdrawn_items

from .models import ModelVersion


def active_version() -> ModelVersion | None:
    return ModelVersion.objects.filter(status=ModelVersion.Status.ACTIVE).first()


def flag_model_versions_on_withdrawal(sender, records, student=None, user=None, **kwargs) -> None:
    """consent_withdrawn receiver: mark model versions trained on an export that held the withdrawn work."""
    versions = list(
        ModelVersion.objects.filter(
            export_id__in=withdrawn_items(student, user).values("export_id"),
            contains_withdrawn=False,
        ).values_list("pk", flat=True)
    )
    for pk in versions:
        ModelVersion.objects.filter(pk=pk).update(contains_withdrawn=True)
        audit.record(
            None,
            "model_version.flagged_withdrawn",
            ModelVersion(pk=pk),
            subject="student" if student is not None else "instructor",
        )
