"""/metrics in production: refused without the bearer token or an allowed address; open on
loopback and in development."""
import pytest

pytestmark = pytest.mark.django_db
OUTSIDE = "203.0.113.7"


@pytest.fixture
def production(settings):
    settings.DEBUG = False
    settings.METRICS_TOKEN = "s3cret-token"
    settings.METRICS_ALLOWED_IPS = ["10.0.0.0/8"]
    settings.METRICS_TRUSTED_PROXY_HEADER = ""
    return settings


def test_production_refuses_metrics_without_the_token(client, production):
    response = client.get("/metrics", REMOTE_ADDR=OUTSIDE)
    assert response.status_code == 401 and response["WWW-Authenticate"].startswith("Bearer")
    assert b"gradeloop_" not in response.content
    wrong = client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION="Bearer guessed")
    assert wrong.status_code == 403


def test_production_serves_metrics_with_the_token_from_an_allowed_network_or_loopback(client, production):
    with_token = client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION="Bearer s3cret-token")
    assert with_token.status_code == 200 and b"gradeloop_collector_up" in with_token.content
    assert client.get("/metrics", REMOTE_ADDR="10.4.5.6").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 200


def test_without_a_token_only_allowed_addresses_get_metrics(client, production):
    production.METRICS_TOKEN = ""
    assert client.get("/metrics", REMOTE_ADDR=OUTSIDE, HTTP_AUTHORIZATION="Bearer ").status_code == 403


def test_behind_a_proxy_the_forwarded_address_counts_not_the_proxys_loopback(client, production):
    production.METRICS_TRUSTED_PROXY_HEADER = "HTTP_X_REAL_IP"
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP=OUTSIDE).status_code == 401
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="10.0.0.9").status_code == 200


def test_development_serves_metrics_to_anyone(client, settings):
    settings.DEBUG = True
    assert client.get("/metrics", REMOTE_ADDR=OUTSIDE).status_code == 200
