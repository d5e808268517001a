"""The consent app's panel on the gradebook's course page (registered in ConsentConfig.ready)."""

from django.urls import reverse
from django.utils.html import format_html


def course_consent_link(request, course) -> str:
    return format_html(
        '<p><a href="{}">Consent status and personal consent links</a></p>', reverse("consent:course", args=[course.pk])
    )
