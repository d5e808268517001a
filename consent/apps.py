from django.apps import AppConfig


class ConsentConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "consent"

    def ready(self):
        from . import logins  # noqa: F401  (connects the login audit receivers)
