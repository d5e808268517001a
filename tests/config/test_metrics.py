"""/metrics is open on loopback and in development; in production it needs a bearer token or
an allowed address."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
OUTSIDE = "203.0.113.9"


@pytest.fixture(autouse=True)
def production(settings):
    settings.DEBUG = False
    settings.METRICS_TOKEN = "s3cret-metrics-token"
    settings.METRICS_ALLOWED_IPS = []


def test_metrics_from_outside_need_the_token(client):
    assert client.get("/metrics", REMOTE_ADDR=OUTSIDE).status_code == 401
    wrong = client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION="Bearer guess")
    assert wrong.status_code == 401 and wrong["WWW-Authenticate"].startswith("Bearer")
    good = client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION="Bearer s3cret-metrics-token")
    assert good.status_code == 200 and b"django_http_requests" in good.content


def test_no_token_is_accepted_when_none_is_configured(client, settings):
    settings.METRICS_TOKEN = ""
    assert client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION="Bearer ").status_code == 401


def test_an_allowlisted_network_reads_metrics_by_the_proxies_address(client, settings):
    settings.METRICS_ALLOWED_IPS = ["10.20.0.0/16"]
    assert client.get("/metrics", REMOTE_ADDR="10.20.3.4").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_X_FORWARDED_FOR="10.20.3.4").status_code == 401
    with override_settings(TRUSTED_PROXY_COUNT=1):
        assert client.get("/metrics", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="10.20.3.4").status_code == 200


def test_loopback_is_open_unless_a_proxy_forwarded_the_request(client):
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="::1").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=OUTSIDE).status_code == 401


def test_development_leaves_metrics_open(client, settings):
    settings.DEBUG = True
    assert client.get("/metrics", REMOTE_ADDR=OUTSIDE).status_code == 200


PROBE = """
import django, json
django.setup()
from django.test import Client
client = Client(REMOTE_ADDR="203.0.113.9", HTTP_HOST="localhost")
metrics = client.get("/metrics", secure=True)
login = client.get("/accounts/login/", secure=True)
print(json.dumps({"metrics": metrics.status_code, "csp": login.headers.get("Content-Security-Policy", "")}))
"""


def test_production_settings_close_metrics_and_send_a_content_security_policy():
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "METRICS_TOKEN", "METRICS_ALLOWED_IPS"}}
    env.update(SECRET_KEY="x" * 60 + "-prod-Key-1234567890", DJANGO_SETTINGS_MODULE="config.settings")
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["metrics"] == 401
    assert "script-src 'self'" in seen["csp"] and "default-src 'none'" in seen["csp"]
    assert "unsafe-inline" not in seen["csp"]
