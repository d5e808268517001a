from django.apps import AppConfig


class ExportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "exports"

    def ready(self):
        from consent.signals import consent_withdrawn

        from . import services

        consent_withdrawn.connect(services.flag_exports_on_withdrawal, dispatch_uid="exports.flag_exports")
