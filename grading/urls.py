"""The grading app's pages (included at /grading/ by config/urls.py)."""

from django.urls import path

from . import views

app_name = "grading"

urlpatterns = [
    path("submissions/<int:pk>/suggest/", views.suggest_submission, name="suggest_submission"),
    path("assignments/<int:pk>/suggest/", views.suggest_ungraded, name="suggest_ungraded"),
    path("batches/<int:pk>/status.json", views.batch_status, name="batch_status"),
]
