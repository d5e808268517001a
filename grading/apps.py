from django.apps import AppConfig


class GradingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "grading"

    def ready(self):
        from django.db.models.signals import post_save

        from gradebook import panels as gradebook_panels
        from gradebook.models import Evaluation
        from gradebook.signals import submissions_arrived
        from training.models import ModelVersion

        from . import panels, precompute, reviews

        post_save.connect(reviews.on_evaluation_saved, sender=Evaluation, dispatch_uid="grading.suggestion_reviews")
        submissions_arrived.connect(precompute.on_submissions_arrived, dispatch_uid="grading.precompute")
        post_save.connect(precompute.mark_stale, sender=ModelVersion, dispatch_uid="grading.stale_suggestions")
        gradebook_panels.register("grade_form", panels.suggestion_panel)
        gradebook_panels.register("assignment_actions", panels.batch_panel)
        gradebook_panels.register("answer_group", panels.group_suggestion_panel)
