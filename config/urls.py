from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from . import health, metrics

MOVED_ADMIN_APPS = {"export": "exports", "gradingbatch": "grading"}


def moved_admin_page(request, model, rest):
    """Admin pages of models that left the training app keep their old addresses as permanent
    redirects, so bookmarks and links in older notes still work."""
    return RedirectView.as_view(
        url=f"/admin/{MOVED_ADMIN_APPS[model]}/{model}/{rest}", permanent=True, query_string=True
    )(request)


urlpatterns = [
    path("", include("gradebook.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("consent/", include("consent.urls")),
    path("evaluation/", include("evaluation.urls")),
    path("grading/", include("grading.urls")),
    path("v1/", include("grading.serving")),
    re_path(r"^admin/training/(?P<model>export|gradingbatch)/(?P<rest>.*)$", moved_admin_page),
    path("admin/", admin.site.urls),
    path("api/v1/", include("config.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("healthz", health.healthz, name="healthz"),
    path("metrics", metrics.metrics, name="prometheus-django-metrics"),
]

handler404 = "config.errors.not_found"
handler500 = "config.errors.server_error"
