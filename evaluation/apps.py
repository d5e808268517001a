from django.apps import AppConfig


class EvaluationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "evaluation"

    def ready(self):
        from django.db.models.signals import post_save

        from gradebook.models import Evaluation
        from training.signals import version_created

        from . import observability, promotion, rollout

        version_created.connect(promotion.on_version_created, dispatch_uid="evaluation.evaluate_candidate")
        post_save.connect(rollout.on_final_evaluation, sender=Evaluation, dispatch_uid="evaluation.rollout_rollback")
        observability.register()
