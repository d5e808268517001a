from django.urls import path

from .views import answer_groups, assignments, courses, grading, submissions
from .views import imports, releases
from .views import marking_guides, study_cards

app_name = "gradebook"

urlpatterns = [
    path("", courses.course_list, name="course_list"),
    path("courses/<int:pk>/", courses.course_detail, name="course_detail"),
    path("courses/<int:pk>/students/", courses.enroll_student, name="enroll_student"),
    path("courses/<int:pk>/import/", imports.import_gradebook_page, name="import_gradebook"),
    path("courses/<int:course_pk>/assignments/new/", assignments.assignment_create, name="assignment_create"),
    path("assignments/<int:pk>/", assignments.assignment_detail, name="assignment_detail"),
    path("assignments/<int:pk>/grades.csv", assignments.grades_export, name="grades_export"),
    path("assignments/<int:pk>/statistics.csv", assignments.statistics_export, name="statistics_csv"),
    path("assignments/<int:pk>/submissions/new/", submissions.submission_create, name="submission_create"),
    path("assignments/<int:pk>/submissions/upload/", submissions.bulk_upload, name="bulk_upload"),
    path("assignments/<int:pk>/grade/", grading.start_grading, name="start_grading"),
    path("submissions/<int:pk>/grade/", grading.grade_submission, name="grade_submission"),
    path("assignments/<int:pk>/groups/", answer_groups.answer_groups, name="answer_groups"),
    path("assignments/<int:pk>/groups/grade/", answer_groups.grade_groups, name="grade_groups"),
    path("groups/<int:pk>/", answer_groups.answer_group, name="answer_group"),
    path("submissions/<int:pk>/take-out/", answer_groups.take_out, name="take_out"),
    path("submissions/<int:pk>/file/", submissions.submission_file, name="submission_file"),
    path("submissions/<int:pk>/pages/<int:number>.jpg", submissions.submission_page_image, name="submission_page"),
    path("courses/<int:course_pk>/marking-guides/", marking_guides.guide_upload, name="guide_upload"),
    path("marking-guides/<int:pk>/", marking_guides.guide_review, name="guide_review"),
    path("courses/<int:course_pk>/decks/", study_cards.course_decks, name="course_decks"),
    path("decks/<int:pk>/", study_cards.deck_detail, name="deck_detail"),
    path("decks/<int:pk>/publish/", study_cards.deck_publish, name="deck_publish"),
    path("decks/<int:pk>/cards.csv", study_cards.deck_csv, name="deck_csv"),
    path("decks/<int:pk>/anki.txt", study_cards.deck_anki, name="deck_anki"),
    path("assignments/<int:pk>/release/", releases.release, name="release_grades"),
    path("assignments/<int:pk>/anonymous/", releases.anonymous_grading, name="anonymous_grading"),
    path("regrades/<int:pk>/", releases.regrade_answer, name="regrade_answer"),
    path("study/<str:token>/grades/", releases.student_grades, name="student_grades"),
    path("study/<str:token>/grades/<int:pk>/regrade/", releases.student_regrade, name="student_regrade"),
    path("study/<str:token>/", study_cards.student_decks, name="student_decks"),
    path("study/<str:token>/decks/<int:pk>/", study_cards.student_deck, name="student_deck"),
]
