"""The exports app's API routes (included under /api/v1/)."""

from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import api

router = DefaultRouter()
router.register("exports", api.ExportViewSet, basename="export")

urlpatterns = [path("", include(router.urls))]
