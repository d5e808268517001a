from django.apps import AppConfig


class TrainingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "training"

    def ready(self):
        from consent.signals import consent_withdrawn

        from . import exports

        consent_withdrawn.connect(exports.flag_exports_on_withdrawal, dispatch_uid="training.flag_exports")
