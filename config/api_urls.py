"""Every app's API routes, under /api/v1/."""

from django.urls import include, path

urlpatterns = [
    path("", include("gradebook.api.urls")),
    path("", include("consent.api_urls")),
    path("", include("exports.api_urls")),
    path("", include("training.api_urls")),
    path("", include("grading.api_urls")),
    path("", include("evaluation.api_urls")),
]
