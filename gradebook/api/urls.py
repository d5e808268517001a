from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import answer_groups, marking_guides, releases, views

router = DefaultRouter()
router.register("courses", views.CourseViewSet, basename="course")
router.register("students", views.StudentViewSet, basename="student")
router.register("assignments", views.AssignmentViewSet, basename="assignment")
router.register("rubrics", views.RubricViewSet, basename="rubric")
router.register("submissions", views.SubmissionViewSet, basename="submission")
router.register("evaluations", views.EvaluationViewSet, basename="evaluation")
router.register("answer-groups", answer_groups.AnswerGroupViewSet, basename="answer-group")
router.register("regrade-requests", releases.RegradeRequestViewSet, basename="regrade-request")
router.register("marking-guides", marking_guides.MarkingGuideViewSet, basename="marking-guide")
router.register("decks", marking_guides.DeckViewSet, basename="deck")

urlpatterns = [
    path("auth/token/", views.ObtainTokenView.as_view(), name="api-token"),
    path("study/<str:token>/decks/", marking_guides.StudentDeckList.as_view(), name="api-student-decks"),
    path("", include(router.urls)),
]
