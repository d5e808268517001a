"""The evaluation pages, under /evaluation/."""

from django.urls import path

from . import views

app_name = "evaluation"

urlpatterns = [
    path("", views.run_list, name="run_list"),
    path("new/", views.run_create, name="run_create"),
    path("runs/<int:pk>/", views.run_detail, name="run_detail"),
    path("runs/<int:pk>/plots/<str:name>.png", views.run_plot, name="run_plot"),
    path("rollouts/<int:pk>/", views.rollout_detail, name="rollout_detail"),
]
