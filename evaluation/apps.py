from django.apps import AppConfig


class EvaluationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "evaluation"

    def ready(self):
        from training.signals import version_created

        from . import promotion

        version_created.connect(promotion.on_version_created, dispatch_uid="evaluation.evaluate_candidate")
