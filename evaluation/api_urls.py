"""The evaluation app's API routes (included under /api/v1/)."""

from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import api

router = DefaultRouter()
router.register("evaluation-runs", api.EvaluationRunViewSet, basename="evaluation-run")
router.register("rollouts", api.RolloutViewSet, basename="rollout")

urlpatterns = [path("", include(router.urls))]
