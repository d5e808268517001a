"""Error pages that answer an API client in JSON: a path the API's routes do not match (an id
such as "0.5") is still a 404 with DRF's body, not the site's HTML page."""

from django.http import JsonResponse
from django.views import defaults

API_PREFIXES = ("/api/", "/v1/")


def not_found(request, exception=None):
    if request.path.startswith(API_PREFIXES):
        return JsonResponse({"detail": "Not found."}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    if request.path.startswith(API_PREFIXES):
        return JsonResponse({"detail": "Server error."}, status=500)
    return defaults.server_error(request)
