from django.apps import AppConfig


class TrainingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "training"

    def ready(self):
        from django.db.models.signals import post_save

        from consent.signals import consent_withdrawn
        from gradebook.models import Evaluation

        from . import exports, reviews

        consent_withdrawn.connect(exports.flag_exports_on_withdrawal, dispatch_uid="training.flag_exports")
        consent_withdrawn.connect(exports.flag_model_versions_on_withdrawal, dispatch_uid="training.flag_model_versions")
        post_save.connect(reviews.on_evaluation_saved, sender=Evaluation, dispatch_uid="training.suggestion_reviews")
