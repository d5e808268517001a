"""/metrics for Prometheus, closed to the public in production.

Open with DEBUG, and to a scraper on the same host (a loopback connection that no proxy
forwarded). Otherwise it needs `Authorization: Bearer <METRICS_TOKEN>`, or a client address
(core.client_ip) inside METRICS_ALLOWED_IPS.
"""

import hmac
import ipaddress

from django.conf import settings
from django.http import HttpResponse
from django_prometheus.exports import ExportToDjangoView

from core.client_ip import client_ip, forwarded_hops


def _address(text: str):
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _has_token(request) -> bool:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return (
        bool(settings.METRICS_TOKEN)
        and scheme.lower() == "bearer"
        and hmac.compare_digest(token.strip().encode(), settings.METRICS_TOKEN.encode())
    )


def _allowlisted(request) -> bool:
    address = _address(client_ip(request))
    if address is None:
        return False
    return any(address in ipaddress.ip_network(network) for network in settings.METRICS_ALLOWED_IPS)


def metrics_allowed(request) -> bool:
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    on_loopback = remote is not None and remote.is_loopback and not forwarded_hops(request)
    return settings.DEBUG or on_loopback or _has_token(request) or _allowlisted(request)


def metrics(request):
    if not metrics_allowed(request):
        response = HttpResponse(
            "Metrics need a bearer token or an allowed address.\n", status=401, content_type="text/plain"
        )
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    return ExportToDjangoView(request)
