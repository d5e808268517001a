"""Logins in the audit log: every failed login and lockout (web forms, admin, API token), and
every successful super-admin login. Passwords never reach it: Django hides them before the
signal is sent."""

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from core.client_ip import client_ip

from . import audit

USERNAME_MAX = 150


def _where(request) -> dict:
    return {"ip": client_ip(request), "path": request.path} if request is not None else {}


@receiver(user_login_failed, dispatch_uid="audit_failed_login")
def failed_login(sender, credentials, request=None, **kwargs):
    username = str(credentials.get("username", ""))[:USERNAME_MAX]
    audit.record(None, "login.failed", actor_label="anonymous", username=username, **_where(request))


@receiver(user_locked_out, dispatch_uid="audit_locked_out")
def locked_out(sender, request=None, username=None, **kwargs):
    audit.record(
        None,
        "login.locked_out",
        actor_label="anonymous",
        username=str(username or "")[:USERNAME_MAX],
        **_where(request),
    )


@receiver(user_logged_in, dispatch_uid="audit_superuser_login")
def superuser_logged_in(sender, request, user, **kwargs):
    if user.is_superuser:
        audit.record(user, "login.superuser", user, **_where(request))
