from django.urls import path

from . import views

app_name = "consent"

urlpatterns = [
    path("me/", views.instructor_consent, name="instructor"),
    path("courses/<int:course_pk>/", views.course_consent, name="course"),
    path("s/<str:token>/", views.student_consent, name="student"),
]
