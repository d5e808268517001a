"""Which model version grades: the one active version, if any."""
from .models import ModelVersion


def active_version() -> ModelVersion | None:
    return ModelVersion.objects.filter(status=ModelVersion.Status.ACTIVE).first()
