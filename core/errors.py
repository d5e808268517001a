"""Errors every app raises the same way, and how the API answers them.

A ``Conflict`` is a request that is well formed but cannot be done in the current state (an
export already approved, a job already finished...). Services raise it; the API answers 409
with its message through ``api_exception_handler`` (REST_FRAMEWORK's EXCEPTION_HANDLER), so no
view catches it by hand.
"""

from django.core.exceptions import PermissionDenied
from rest_framework import status
from rest_framework.exceptions import PermissionDenied as ApiPermissionDenied
from rest_framework.response import Response
from rest_framework.views import exception_handler


class Conflict(ValueError):
    """The request cannot be carried out in the current state; the message says why."""


def api_exception_handler(exc, context):
    if isinstance(exc, Conflict):
        return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, PermissionDenied) and str(exc):
        exc = ApiPermissionDenied(str(exc))
    return exception_handler(exc, context)
