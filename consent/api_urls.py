from django.urls import path

from . import api

urlpatterns = [
    path("consent/forms/", api.CurrentForms.as_view(), name="consent-forms"),
    path("consent/records/", api.ConsentRecords.as_view(), name="consent-records"),
    path("consent/students/<str:student_id>/link/", api.StudentConsentLink.as_view(), name="consent-student-link"),
    path("audit/", api.AuditLog.as_view(), name="audit-log"),
]
