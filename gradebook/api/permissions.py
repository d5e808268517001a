"""Who may do what beyond being signed in; which objects they see is gradebook.access's job."""

from rest_framework.permissions import SAFE_METHODS, BasePermission


class SuperuserCreatesCourses(BasePermission):
    """Instructors read the courses they teach; only a superuser opens a new course."""

    message = "Only an administrator can create courses."

    def has_permission(self, request, view):
        return request.method in SAFE_METHODS or bool(request.user and request.user.is_superuser)
