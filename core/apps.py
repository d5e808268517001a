from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app shares; imports none of them (see README, Layout)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
