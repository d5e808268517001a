from django.apps import AppConfig


class TrainingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "training"

    def ready(self):
        from consent.signals import consent_withdrawn

        from . import versions

        consent_withdrawn.connect(
            versions.flag_model_versions_on_withdrawal, dispatch_uid="training.flag_model_versions"
        )
