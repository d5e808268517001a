"""The grading app's API routes (included under /api/v1/)."""

from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import api

router = DefaultRouter()
router.register("grading-batches", api.GradingBatchViewSet, basename="grading-batch")
router.register("suggestions", api.SuggestionViewSet, basename="suggestion")

urlpatterns = [path("", include(router.urls))]
