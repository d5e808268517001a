"""A tiny, real OpenAI-compatible HTTP server for tests: it answers /v1/models and
/v1/chat/completions over a socket in the API's own response format, with scripted replies,
and keeps every request it received."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ScriptedReply:
    """A reply body, or an HTTP error status with a message."""

    def __init__(self, content: str = "", status: int = 200):
        self.content = content
        self.status = status


class OpenAIServer:
    """Use as a context manager; ``base_url`` is ready inside it. ``replies`` is a list served
    in order (once it runs out, the last one repeats), or a function of the request body."""

    def __init__(self, replies, api_key: str = "test-key", model: str = "scripted-model"):
        self.replies = replies
        self.api_key = api_key
        self.model = model
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def _next_reply(self, body: dict) -> ScriptedReply:
        with self._lock:
            self.requests.append(body)
            if callable(self.replies):
                reply = self.replies(body)
            else:
                reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        return reply if isinstance(reply, ScriptedReply) else ScriptedReply(reply)

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, status: int, payload: dict):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _authorized(self) -> bool:
                if self.headers.get("Authorization") == f"Bearer {server.api_key}":
                    return True
                self._send(
                    401,
                    {
                        "error": {
                            "message": "Invalid API key.",
                            "type": "invalid_request_error",
                            "code": "invalid_api_key",
                        }
                    },
                )
                return False

            def do_GET(self):
                if not self._authorized():
                    return
                if self.path != "/v1/models":
                    return self._send(404, {"error": {"message": "Not found.", "type": "invalid_request_error"}})
                self._send(
                    200,
                    {
                        "object": "list",
                        "data": [{"id": server.model, "object": "model", "created": 0, "owned_by": "tests"}],
                    },
                )

            def do_POST(self):
                if not self._authorized():
                    return
                if self.path != "/v1/chat/completions":
                    return self._send(404, {"error": {"message": "Not found.", "type": "invalid_request_error"}})
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                reply = server._next_reply(body)
                if reply.status != 200:
                    return self._send(reply.status, {"error": {"message": reply.content, "type": "server_error"}})
                prompt_tokens = sum(len(m["content"].split()) for m in body.get("messages", []))
                completion_tokens = len(reply.content.split())
                self._send(
                    200,
                    {
                        "id": f"chatcmpl-{len(server.requests)}",
                        "object": "chat.completion",
                        "created": int(time.time()),
                        "model": body.get("model", server.model),
                        "choices": [
                            {
                                "index": 0,
                                "message": {"role": "assistant", "content": reply.content},
                                "finish_reason": "stop",
                                "logprobs": None,
                            }
                        ],
                        "usage": {
                            "prompt_tokens": prompt_tokens,
                            "completion_tokens": completion_tokens,
                            "total_tokens": prompt_tokens + completion_tokens,
                        },
                    },
                )

        return Handler
