"""Who may do what, where the answer is "super-admins only": one check for services, one DRF
permission for API views (admin pages use ``core.admin.SuperuserReadOnly``)."""

from django.core.exceptions import PermissionDenied
from rest_framework import permissions


def is_superadmin(user) -> bool:
    return bool(user and user.is_authenticated and user.is_superuser)


def require_superadmin(user, may: str) -> None:
    """Raise PermissionDenied("Only super-admins may <may>.") unless ``user`` is a super-admin."""
    if not is_superadmin(user):
        raise PermissionDenied(f"Only super-admins may {may}.")


class IsSuperuser(permissions.BasePermission):
    def has_permission(self, request, view):
        return is_superadmin(request.user)
