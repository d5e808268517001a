from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from . import health

urlpatterns = [
    path("", include("gradebook.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("consent/", include("consent.urls")),
    path("evaluation/", include("evaluation.urls")),
    path("grading/", include("training.web_urls")),
    path("v1/", include("training.serving")),
    path("admin/", admin.site.urls),
    path("api/v1/", include("config.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="api-schema"), name="api-redoc"),
    path("healthz", health.healthz, name="healthz"),
    path("", include("django_prometheus.urls")),
]

handler404 = "config.errors.not_found"
handler500 = "config.errors.server_error"
