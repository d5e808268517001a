from django.apps import AppConfig


class ConsentConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "consent"

    def ready(self):
        from gradebook import panels as gradebook_panels
        from gradebook import signals as gradebook_signals

        from . import (
            grade_events,
            logins,  # noqa: F401  (connects the login audit receivers)
            panels,
        )

        gradebook_panels.register("course_students", panels.course_consent_link)
        gradebook_signals.grades_released.connect(
            grade_events.on_grades_released, dispatch_uid="consent.grades_released"
        )
        gradebook_signals.regrade_requested.connect(
            grade_events.on_regrade_requested, dispatch_uid="consent.regrade_requested"
        )
        gradebook_signals.regrade_answered.connect(
            grade_events.on_regrade_answered, dispatch_uid="consent.regrade_answered"
        )
