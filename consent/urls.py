from django.urls import path

from . import views

app_name = "consent"

urlpatterns = [
    path("me/", views.instructor_consent, name="instructor"),
    path("s/<str:token>/", views.student_consent, name="student"),
]
