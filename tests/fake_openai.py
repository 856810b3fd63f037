"""A real local OpenAI-compatible chat server for tests (stdlib ``http.server`` on 127.0.0.1).

Real HTTP rather than a mocked transport so the client's wire format, headers,
retries, timeouts and concurrency are exercised exactly as against vLLM/OpenAI.

Use the ``fake_openai`` fixture (import it into the test module), set
``responder`` (request body -> reply content; a dict/list is sent as JSON text)
and the failure knobs, then read ``requests`` / ``max_in_flight``.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

import pytest

Responder = Callable[[dict], "str | dict | list"]


def task_of(body: dict) -> str:
    """The ``# task: NAME`` marker of the request's first user message ("" if none)."""
    for m in body.get("messages", []):
        if m.get("role") == "user":
            first = (m.get("content") or "").split("\n", 1)[0]
            return first.removeprefix("# task:").strip() if first.startswith("# task:") else ""
    return ""


class FakeOpenAI:
    def __init__(self, responder: Responder | None = None, *, model: str = "test-model"):
        self.responder: Responder = responder or (lambda body: {})
        self.models = [model]  # a chat request for another model gets 404
        self.api_key: str | None = None  # when set, requests without "Bearer <api_key>" get 401
        self.malformed_first = 0  # answer the first N chat requests with text that is not JSON
        self.fail_status: list[int] = []  # answer the next requests with these HTTP statuses, one each
        self.stall_first = 0  # the first N chat requests sleep stall_s before answering (client timeouts)
        self.stall_s = 2.0
        self.delay_s = 0.0  # every chat request takes at least this long (to observe concurrency)
        self.reject_response_format = False  # 400 when response_format is sent, like some local servers
        self.requests: list[dict] = []  # every POST body, in arrival order, plus "_headers"
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> "FakeOpenAI":
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "FakeOpenAI":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def tasks(self) -> list[str]:
        return [task_of(b) for b in self.requests]

    # -- request handling ----------------------------------------------------
    def _answer(self, body: dict, headers: dict) -> tuple[int, dict]:
        with self._lock:
            self.requests.append({**body, "_headers": headers})
            n = len(self.requests)
            status = self.fail_status.pop(0) if self.fail_status else None
            stall = n <= self.stall_first
            malformed = n <= self.malformed_first
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            time.sleep(self.stall_s if stall else self.delay_s)
            if self.api_key is not None and headers.get("authorization") != f"Bearer {self.api_key}":
                return 401, _error("Incorrect API key provided.", "invalid_api_key")
            if status is not None:
                return status, _error(f"simulated HTTP {status}", "server_error")
            if body.get("model") not in self.models:
                return 404, _error(f"The model `{body.get('model')}` does not exist.", "model_not_found")
            if self.reject_response_format and "response_format" in body:
                return 400, _error("response_format is not supported", "invalid_request_error")
            content = "Sure! Here is the JSON you asked for: {oops" if malformed else self.responder(body)
            if not isinstance(content, str):
                content = json.dumps(content)
            prompt = sum(len(m.get("content") or "") for m in body.get("messages", [])) // 4
            completion = len(content) // 4
            return 200, {
                "id": f"chatcmpl-fake{n}", "object": "chat.completion", "created": int(time.time()),
                "model": body.get("model"),
                "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                          "total_tokens": prompt + completion},
            }
        finally:
            with self._lock:
                self.in_flight -= 1

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, like real servers

            def _send(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client timed out and left

            def do_GET(self) -> None:  # noqa: N802
                if self.path.rstrip("/") == "/v1/models":
                    self._send(200, {"object": "list", "data": [
                        {"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in fake.models]})
                else:
                    self._send(404, _error(f"no route {self.path}", "not_found"))

            def do_POST(self) -> None:  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path != "/v1/chat/completions":
                    self._send(404, _error(f"no route {self.path}", "not_found"))
                    return
                try:
                    body = json.loads(raw)
                except ValueError:
                    self._send(400, _error("body is not JSON", "invalid_request_error"))
                    return
                self._send(*fake._answer(body, {k.lower(): v for k, v in self.headers.items()}))

            def log_message(self, *args) -> None:
                pass

        return Handler


def _error(message: str, code: str) -> dict:
    return {"error": {"message": message, "type": code, "param": None, "code": code}}


@pytest.fixture
def fake_openai():
    """A running ``FakeOpenAI`` at ``fake_openai.base_url`` (model "test-model")."""
    with FakeOpenAI() as server:
        yield server
