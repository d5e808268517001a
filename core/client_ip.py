"""The client's address, as the site's own proxies report it.

``TRUSTED_PROXY_COUNT`` says how many reverse proxies stand in front of the site. Each one
appends the address it saw to X-Forwarded-For, so the client is the entry the outermost
trusted proxy wrote: the N-th from the right. Entries further left came from the client and
are ignored, so a client that rotates the header is still one address. With 0 (the default)
the header is ignored altogether and the client is REMOTE_ADDR.
"""

from django.conf import settings


def forwarded_hops(request) -> list[str]:
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return [hop.strip() for hop in header.split(",") if hop.strip()]


def client_ip(request) -> str:
    """The address login throttles, API rate limits and the /metrics allowlist count by."""
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    hops = forwarded_hops(request)
    if count <= 0 or len(hops) < count:  # fewer hops: the request did not come through every proxy
        return remote
    return hops[-count]
