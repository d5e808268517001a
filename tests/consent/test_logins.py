"""Logins resist guessing on every form (the site, the admin, the API token endpoint): a
username or an address is locked after LOGIN_FAILURE_LIMIT failures, the client's address
comes from the proxy configuration, and failed and super-admin logins are audited."""

import io

import pytest
from django.conf import settings
from django.contrib.auth import SESSION_KEY, get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from rest_framework.test import APIClient

from consent.models import AuditEvent

pytestmark = pytest.mark.django_db

PASSWORD = "right-pass-2026"
TOKEN_URL = "/api/v1/auth/token/"


@pytest.fixture(autouse=True)
def generous_api_rates():
    """The API's own rate limit stays out of the way: these tests are about django-axes."""
    cache.clear()
    rates = {"anon": "1000/minute", "user": "1000/minute"}
    with override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}):
        yield
    cache.clear()


@pytest.fixture
def admin_user():
    return get_user_model().objects.create_superuser("root", password=PASSWORD, email="")


def web_login(client, url, username, password, **extra):
    return client.post(url, {"username": username, "password": password}, **extra)


def token_login(username, password, **extra):
    return APIClient().post(TOKEN_URL, {"username": username, "password": password}, **extra)


def logged_in(client):
    return SESSION_KEY in client.session


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_forty_wrong_passwords_lock_the_web_login_even_for_the_right_one(client, admin_user, url):
    for _ in range(40):
        assert web_login(client, url, "root", "wrong").status_code in (200, 429)

    response = web_login(client, url, "root", PASSWORD)

    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    assert not logged_in(client)


def test_forty_wrong_passwords_lock_the_api_token_even_for_the_right_one(admin_user):
    for _ in range(40):
        assert token_login("root", "wrong").status_code in (400, 429)

    response = token_login("root", PASSWORD)

    assert response.status_code == 429
    assert "token" not in response.data


def test_an_account_is_locked_whatever_address_the_guesses_come_from(client, admin_user):
    for n in range(settings.AXES_FAILURE_LIMIT):
        web_login(client, "/accounts/login/", "root", "wrong", REMOTE_ADDR=f"10.0.{n}.1")

    assert web_login(client, "/accounts/login/", "root", PASSWORD, REMOTE_ADDR="10.9.9.9").status_code == 429
    assert token_login("root", PASSWORD, REMOTE_ADDR="10.9.9.8").status_code == 429


def test_an_address_is_locked_whatever_usernames_it_tries(client, admin_user):
    for n in range(settings.AXES_FAILURE_LIMIT):
        web_login(client, "/accounts/login/", f"guess{n}", "wrong", REMOTE_ADDR="10.0.0.7")

    assert web_login(client, "/accounts/login/", "root", PASSWORD, REMOTE_ADDR="10.0.0.7").status_code == 429
    assert web_login(client, "/accounts/login/", "root", PASSWORD, REMOTE_ADDR="10.0.0.8").status_code == 302


def test_a_rotated_x_forwarded_for_is_one_address_without_trusted_proxies(client, admin_user):
    for n in range(settings.AXES_FAILURE_LIMIT):
        web_login(client, "/accounts/login/", f"guess{n}", "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")

    locked = web_login(client, "/accounts/login/", "root", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert locked.status_code == 429


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_address_the_proxy_saw_counts_and_spoofed_entries_do_not(client, admin_user):
    for n in range(settings.AXES_FAILURE_LIMIT):
        spoofed = f"198.51.100.{n}, 203.0.113.5"  # the client wrote the first entry, the proxy the last
        web_login(client, "/accounts/login/", f"guess{n}", "wrong", HTTP_X_FORWARDED_FOR=spoofed)

    assert (
        web_login(
            client, "/accounts/login/", "root", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.99, 203.0.113.5"
        ).status_code
        == 429
    )
    assert (
        web_login(client, "/accounts/login/", "root", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 302
    )


def test_rotating_x_forwarded_for_does_not_escape_the_api_rate_limit(admin_user):
    rates = {"anon": "3/minute", "user": "1000/minute"}
    with override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}):
        codes = [token_login(f"guess{n}", "x", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code for n in range(4)]
    assert codes == [400, 400, 400, 429]


def test_failed_logins_and_lockouts_are_audited_without_the_password(client, admin_user):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        web_login(client, "/admin/login/", "root", "hunter2-secret", REMOTE_ADDR="10.1.1.1")
    token_login("nobody", "hunter2-secret", REMOTE_ADDR="10.1.1.2")

    failed = AuditEvent.objects.filter(action="login.failed").order_by("id")
    assert failed.count() == settings.AXES_FAILURE_LIMIT + 1
    assert failed.first().details == {"username": "root", "ip": "10.1.1.1", "path": "/admin/login/"}
    assert failed.last().details["path"] == TOKEN_URL
    assert AuditEvent.objects.filter(action="login.locked_out", details__username="root").exists()
    assert "hunter2-secret" not in str(list(AuditEvent.objects.values_list("details", flat=True)))


def test_successful_super_admin_logins_are_audited_and_others_are_not(client, admin_user):
    get_user_model().objects.create_user("teacher", password=PASSWORD)
    web_login(client, "/accounts/login/", "teacher", PASSWORD)
    assert not AuditEvent.objects.filter(action="login.superuser").exists()

    assert web_login(client, "/admin/login/", "root", PASSWORD, REMOTE_ADDR="10.2.2.2").status_code == 302
    assert token_login("root", PASSWORD).status_code == 200

    events = AuditEvent.objects.filter(action="login.superuser").order_by("id")
    assert [e.details["path"] for e in events] == ["/admin/login/", TOKEN_URL]
    assert events.first().actor == admin_user and events.first().details["ip"] == "10.2.2.2"


def test_an_admin_unlocks_an_account_with_the_axes_command(client, admin_user):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        web_login(client, "/accounts/login/", "root", "wrong")
    assert web_login(client, "/accounts/login/", "root", PASSWORD).status_code == 429

    call_command("axes_reset_username", "root", stdout=io.StringIO())
    call_command("axes_reset_ip", "127.0.0.1", stdout=io.StringIO())

    assert web_login(client, "/accounts/login/", "root", PASSWORD).status_code == 302
