"""Every app's API routes, under /api/v1/."""
from django.urls import include, path

urlpatterns = [
    path("", include("gradebook.api.urls")),
    path("", include("consent.api_urls")),
    path("", include("training.urls")),
    path("", include("evaluation.api_urls")),
]
