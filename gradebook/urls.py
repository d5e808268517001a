from django.urls import path

from .views import assignments, courses, grading, submissions
from .views import imports

app_name = "gradebook"

urlpatterns = [
    path("", courses.course_list, name="course_list"),
    path("courses/<int:pk>/", courses.course_detail, name="course_detail"),
    path("courses/<int:pk>/students/", courses.enroll_student, name="enroll_student"),
    path("courses/<int:pk>/import/", imports.import_gradebook_page, name="import_gradebook"),
    path("courses/<int:course_pk>/assignments/new/", assignments.assignment_create, name="assignment_create"),
    path("assignments/<int:pk>/", assignments.assignment_detail, name="assignment_detail"),
    path("assignments/<int:pk>/grades.csv", assignments.grades_export, name="grades_export"),
    path("assignments/<int:pk>/submissions/new/", submissions.submission_create, name="submission_create"),
    path("assignments/<int:pk>/submissions/upload/", submissions.bulk_upload, name="bulk_upload"),
    path("assignments/<int:pk>/grade/", grading.start_grading, name="start_grading"),
    path("submissions/<int:pk>/grade/", grading.grade_submission, name="grade_submission"),
    path("submissions/<int:pk>/file/", submissions.submission_file, name="submission_file"),
]
