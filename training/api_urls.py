"""The training app's API routes (included under /api/v1/)."""

from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import api

router = DefaultRouter()
router.register("training/jobs", api.TrainingJobViewSet, basename="training-job")
router.register("training/checkpoints", api.TrainingCheckpointViewSet, basename="training-checkpoint")
router.register("model-versions", api.ModelVersionViewSet, basename="model-version")

urlpatterns = [path("", include(router.urls))]
