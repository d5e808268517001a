"""The API schema's error answers, which drf-spectacular does not derive from the views.

Every operation may be refused the same few ways, whatever it does: no or a bad token (401),
not allowed (403), an object it names that is not yours or does not exist (404), the rate
limit (429); one that takes a body or query parameters may be refused as invalid (400), and
one that writes may conflict with the object's state (409) or get too large a body (413).
The schema states them, with the shape DRF gives them, so that a client (and the fuzzing
test) can tell a documented refusal from a broken answer.
"""

from drf_spectacular.openapi import AutoSchema as SpectacularAutoSchema


class AutoSchema(SpectacularAutoSchema):
    """DRF pages only what a GET lists; a POST that answers a list (consent records) answers it whole."""

    def _get_paginator(self):
        return super()._get_paginator() if self.method == "GET" else None


ERROR_SCHEMA = {
    "description": "DRF's error body: {detail} or the refused fields with their messages"
    " (/v1: OpenAI's {error: {message, type, param, code}}).",
    "oneOf": [{"type": "object", "additionalProperties": {}}, {"type": "array", "items": {}}],
}
REASONS = {
    "400": "The request is invalid; the body names each refused field.",
    "401": "No credentials, or a token that is not valid.",
    "403": "You may not do this.",
    "404": "Not found, or not yours.",
    "409": "The object's state does not allow this now.",
    "413": "The body is larger than API_MAX_JSON_BYTES.",
    "415": "The body's media type is not one this operation reads.",
    "429": "Too many requests: the rate limit (API_USER_RATE, API_ANON_RATE).",
}
WRITES = {"post", "put", "patch", "delete"}


def _codes(method: str, operation: dict) -> list[str]:
    codes = ["401", "403", "404", "429"]
    if operation.get("requestBody") or operation.get("parameters"):
        codes.append("400")
    if method in WRITES:
        codes += ["409", "413"]
    if operation.get("requestBody"):
        codes.append("415")
    return codes


def add_error_responses(result, generator, request, public):
    """drf-spectacular postprocessing hook: document the refusals above on every operation."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    for path in result.get("paths", {}).values():
        for method, operation in path.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            responses = operation.setdefault("responses", {})
            for code in _codes(method, operation):
                responses.setdefault(
                    code,
                    {
                        "description": REASONS[code],
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                    },
                )
    return result
