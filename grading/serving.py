"""The active model version behind an OpenAI-compatible API: ``GET /v1/models`` and
``POST /v1/chat/completions`` (non-streaming), so any OpenAI client or tool can use it.

Authentication is a DRF token, sent the OpenAI way (``Authorization: Bearer <token>``) or
DRF's (``Token <token>``). Errors have OpenAI's shape: ``{"error": {"message", "type",
"param", "code"}}``. Generation is greedy: ``temperature`` and ``top_p`` are accepted and
do not change the answer.
"""

from __future__ import annotations

import time
import uuid

from django.conf import settings
from django.urls import path
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from training.base_models import BaseModelError
from training.versions import active_version

from .suggestions import active_local_provider

DEFAULT_MAX_TOKENS = 256
ROLES = ("system", "user", "assistant")


class BearerTokenAuthentication(TokenAuthentication):
    keyword = "Bearer"


class BearerTokenScheme(OpenApiAuthenticationExtension):
    """How the schema describes BearerTokenAuthentication."""

    target_class = BearerTokenAuthentication
    name = "bearerTokenAuth"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "description": "A DRF API token, as OpenAI clients send a key."}


class NoActiveModel(APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = "No model version is active: promote one before using this endpoint."
    default_code = "model_not_available"


class ModelNotFound(APIException):
    status_code = status.HTTP_404_NOT_FOUND
    default_code = "model_not_found"


class MessageSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=ROLES)
    content = serializers.JSONField(
        help_text="Text, or a list of {type: text, text} parts. All messages together hold at most"
        " SERVING_MAX_PROMPT_CHARS characters (32,000 by default)."
    )
    name = serializers.CharField(required=False, max_length=64)

    def validate_content(self, content):
        if isinstance(content, str):
            return content
        if isinstance(content, list) and all(
            isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)
            for part in content
        ):
            return "".join(part["text"] for part in content)
        raise serializers.ValidationError("Content must be text or a list of text parts; images are not supported.")


class ChatCompletionRequest(serializers.Serializer):
    model = serializers.CharField()
    messages = MessageSerializer(many=True, allow_empty=False, max_length=256)
    max_tokens = serializers.IntegerField(required=False, allow_null=True, min_value=1)
    max_completion_tokens = serializers.IntegerField(required=False, allow_null=True, min_value=1)
    temperature = serializers.FloatField(required=False, allow_null=True, min_value=0, max_value=2)
    top_p = serializers.FloatField(required=False, allow_null=True, min_value=0, max_value=1)
    n = serializers.IntegerField(required=False, allow_null=True, min_value=1, max_value=1)
    stream = serializers.BooleanField(required=False, default=False)

    def validate_stream(self, stream):
        if stream:
            raise serializers.ValidationError("Streaming is not supported; send stream: false.")
        return stream

    def validate_messages(self, messages):
        limit = settings.SERVING_MAX_PROMPT_CHARS
        if sum(len(m["content"]) for m in messages) > limit:
            raise serializers.ValidationError(f"The messages hold more than {limit:,} characters in all.")
        return messages

    def validate(self, attrs):
        limit = settings.SERVING_MAX_TOKENS
        wanted = attrs.get("max_completion_tokens") or attrs.get("max_tokens") or min(DEFAULT_MAX_TOKENS, limit)
        if wanted > limit:
            raise serializers.ValidationError({"max_tokens": f"At most {limit} tokens may be asked for."})
        attrs["max_new_tokens"] = wanted
        return attrs


class OpenAIView(APIView):
    authentication_classes = [BearerTokenAuthentication, TokenAuthentication]
    permission_classes = [IsAuthenticated]

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        response.data = {"error": _error_body(exc, response.data)}
        return response


def _error_body(exc, data) -> dict:
    if isinstance(exc, ValidationError):
        param, message = _first_error(data)
        return {
            "message": f"{param}: {message}" if param else message,
            "type": "invalid_request_error",
            "param": param,
            "code": "invalid_value",
        }
    detail = data.get("detail", "") if isinstance(data, dict) else str(data)
    kind = "server_error" if getattr(exc, "status_code", 500) >= 500 else "invalid_request_error"
    return {"message": str(detail), "type": kind, "param": None, "code": getattr(detail, "code", None)}


def _first_error(data, prefix="") -> tuple[str | None, str]:
    """The first field error of a DRF error tree, as ("messages[0].role", "message")."""
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, int):  # a list's errors by position
                name = f"{prefix.rstrip('.')}[{key}]"
            else:
                name = None if key == "non_field_errors" else f"{prefix}{key}"
            param, message = _first_error(value, f"{name}." if name else prefix)
            return param or name, message
    if isinstance(data, list):
        for i, value in enumerate(data):
            if value:
                if isinstance(value, (dict, list)):
                    return _first_error(value, f"{prefix.rstrip('.')}[{i}].")
                return (prefix.rstrip(".") or None), str(value)
    return (prefix.rstrip(".") or None), str(data)


class ModelsView(OpenAIView):
    """The models this server answers with: the active model version, if any."""

    @extend_schema(responses={200: OpenApiResponse(description="OpenAI's model list.")}, tags=["serving"])
    def get(self, request):
        version = active_version()
        data = []
        if version is not None:
            created = version.activated_at or version.created_at
            data.append(
                {"id": version.label, "object": "model", "created": int(created.timestamp()), "owned_by": "gradeloop"}
            )
        return Response({"object": "list", "data": data})


class ChatCompletionsView(OpenAIView):
    """A chat completion from the active model version (greedy, not streamed)."""

    atomic_writes = False  # it writes nothing, and holds no transaction through the model's seconds

    @extend_schema(
        request=ChatCompletionRequest,
        tags=["serving"],
        responses={
            200: OpenApiResponse(description="OpenAI's chat.completion object."),
            503: OpenApiResponse(description="No model version is active, or it cannot be loaded."),
        },
    )
    def post(self, request):
        body = ChatCompletionRequest(data=request.data)
        body.is_valid(raise_exception=True)
        version = active_version()
        if version is None:
            raise NoActiveModel()
        if body.validated_data["model"] != version.label:
            raise ModelNotFound(
                f"The model {body.validated_data['model']!r} is not served here; "
                f"GET /v1/models lists the active one ({version.label!r})."
            )
        try:
            provider = active_local_provider()
        except BaseModelError as error:
            raise NoActiveModel(f"The active model version cannot be loaded: {error}") from None
        provider.max_new_tokens = body.validated_data["max_new_tokens"]
        messages = [{"role": m["role"], "content": m["content"]} for m in body.validated_data["messages"]]
        (reply,) = provider.complete([messages])
        completion = reply.completion_tokens or 0
        return Response(
            {
                "id": f"chatcmpl-{uuid.uuid4().hex}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": version.label,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": reply.text},
                        "finish_reason": "length" if completion >= provider.max_new_tokens else "stop",
                        "logprobs": None,
                    }
                ],
                "usage": {
                    "prompt_tokens": reply.prompt_tokens or 0,
                    "completion_tokens": completion,
                    "total_tokens": (reply.prompt_tokens or 0) + completion,
                },
            }
        )


urlpatterns = [
    path("models", ModelsView.as_view(), name="v1-models"),
    path("chat/completions", ChatCompletionsView.as_view(), name="v1-chat-completions"),
]
