from django.urls import path

from .views import courses

app_name = "gradebook"

urlpatterns = [
    path("", courses.course_list, name="course_list"),
]
