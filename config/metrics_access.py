"""Who may read /metrics: anyone in development (DEBUG) or from loopback; otherwise a request
with ``Authorization: Bearer $METRICS_TOKEN`` or from an address in METRICS_ALLOWED_IPS.
Everything else gets 403 (401 when a token is configured and missing) before the view runs.
The figures name model versions and volumes: not for the public internet."""
from __future__ import annotations

import hmac
import ipaddress

from django.conf import settings
from django.http import HttpResponse

METRICS_PATH = "/metrics"


def metrics_allowed(request) -> bool:
    if settings.DEBUG:
        return True
    address = _client_address(request)
    if address is not None and (address.is_loopback or any(address in net for net in _allowed_networks())):
        return True
    token = settings.METRICS_TOKEN
    given = request.headers.get("Authorization", "")
    return bool(token) and hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


def _client_address(request):
    """The client's address; behind a proxy (METRICS_TRUSTED_PROXY_HEADER set) only the header
    counts, since every request then comes from the proxy, often on loopback."""
    header = settings.METRICS_TRUSTED_PROXY_HEADER
    raw = request.META.get(header, "") if header else request.META.get("REMOTE_ADDR", "")
    try:
        return ipaddress.ip_address(raw.split(",")[0].strip())
    except ValueError:
        return None


def _allowed_networks():
    return [ipaddress.ip_network(entry, strict=False) for entry in settings.METRICS_ALLOWED_IPS]


class MetricsAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.rstrip("/") == METRICS_PATH and not metrics_allowed(request):
            status = 401 if settings.METRICS_TOKEN and not request.headers.get("Authorization") else 403
            response = HttpResponse("Metrics need a bearer token or an allowed address.\n", status=status,
                                    content_type="text/plain")
            if status == 401:
                response["WWW-Authenticate"] = 'Bearer realm="metrics"'
            return response
        return self.get_response(request)
