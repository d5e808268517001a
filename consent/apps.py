from django.apps import AppConfig


class ConsentConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "consent"

    def ready(self):
        from gradebook import panels as gradebook_panels

        from . import logins  # noqa: F401  (connects the login audit receivers)
        from . import panels

        gradebook_panels.register("course_students", panels.course_consent_link)
