#!/usr/bin/env python3
"""A local OpenAI-compatible server that answers with reference briefings written by hand.

It is NOT a model. For each chat completion it finds which reference document the prompt
contains (each answer in tests/reference_answers/ carries a `match` line of its document)
and returns that answer in the shape the request asks for: a tool call (instructor TOOLS
mode), plain JSON content (JSON_SCHEMA / json_object) or a ```json fenced block (MD_JSON).
Scenarios make failure paths reproducible so they can be recorded as cassettes.

Standard library only, so it runs with any Python 3.11 without the project installed:

    python tools/fake_openai.py                       # 127.0.0.1:8765, scenario "reference"
    python tools/fake_openai.py --scenario rate-limit-then-ok
    curl -X POST 127.0.0.1:8765/_scenario -d '{"name": "truncated"}'
"""

from __future__ import annotations

import argparse
import hashlib
import ipaddress
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from fake_answers import (
    CREATED,
    DEFAULT_ANSWERS,
    DEFAULT_HOST,
    DEFAULT_PORT,
    SCENARIOS,
    FakeState,
    Reply,
    error,
    load_references,
)
from fake_batches import route as batch_route  # the Batch API section (files, batches)


class Handler(BaseHTTPRequestHandler):
    """Routes: POST /v1/chat/completions, GET /v1/models, GET|POST /_scenario."""

    server: FakeServer
    protocol_version = "HTTP/1.1"
    # headers and body go out as two writes: without this, Nagle + delayed ACK add ~40 ms each
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            sys.stderr.write(f"fake_openai: {format % args}\n")

    def _send(self, reply: Reply) -> None:
        data = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-request-id", f"req_fake_{hashlib.sha256(data).hexdigest()[:16]}")
        for key, value in reply.headers.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _body(self) -> dict[str, Any] | None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            data = json.loads(raw or b"{}")
        except (json.JSONDecodeError, UnicodeDecodeError):
            return None
        return data if isinstance(data, dict) else None

    def _path(self) -> str:
        path = self.path.split("?", 1)[0].rstrip("/")
        return path[3:] if path.startswith("/v1/") else path

    def do_GET(self) -> None:
        """List models or show the scenario."""
        path, state = self._path(), self.server.state
        if batch_route(self, "GET", path):
            return
        if path == "/models":
            model = {
                "id": "fake-reference",
                "object": "model",
                "created": CREATED,
                "owned_by": "fake_openai",
            }
            self._send(Reply(200, {"object": "list", "data": [model]}))
        elif path.startswith("/models/"):
            model_id = path.removeprefix("/models/")
            self._send(
                Reply(
                    200,
                    {
                        "id": model_id,
                        "object": "model",
                        "created": CREATED,
                        "owned_by": "fake_openai",
                    },
                )
            )
        elif path == "/_scenario":
            self._send(Reply(200, {"name": state.scenario, "scenarios": SCENARIOS}))
        else:
            self._send(error(404, f"no route GET {path}", "not_found"))

    def do_POST(self) -> None:
        """Answer a chat completion or switch scenario."""
        path, state = self._path(), self.server.state
        if batch_route(self, "POST", path):
            return
        body = self._body()
        if body is None:
            self._send(error(400, "the request body is not a JSON object", "invalid_request_error"))
        elif path == "/chat/completions":
            if state.latency:
                time.sleep(state.latency)
            self._send(state.complete(body))
        elif path == "/_scenario":
            name = body.get("name")
            if name not in SCENARIOS:
                self._send(
                    error(
                        400,
                        f"unknown scenario {name!r}: use one of {', '.join(SCENARIOS)}",
                        "invalid_request_error",
                    )
                )
            else:
                state.set_scenario(name)
                self._send(Reply(200, {"name": name}))
        else:
            self._send(error(404, f"no route POST {path}", "not_found"))


class FakeServer(ThreadingHTTPServer):
    """The HTTP server with its scenario state."""

    daemon_threads = True
    # socketserver's default backlog of 5 overflows when a batch opens 32 connections at once:
    # the kernel then resets some of them, and the client reports "cannot reach the server".
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], state: FakeState, verbose: bool = False):
        super().__init__(address, Handler)
        self.state = state
        self.verbose = verbose


def is_loopback(host: str) -> bool:
    """Only loopback addresses may be bound: this server is for tests on this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def make_server(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    scenario: str = "reference",
    answers: Path = DEFAULT_ANSWERS,
    fallback: bool = False,
    latency: float = 0.0,
    verbose: bool = False,
) -> FakeServer:
    """Build (bind, not start) the server; port 0 picks a free port."""
    if not is_loopback(host):
        raise ValueError(f"refusing to bind {host!r}: the fake server only listens on loopback")
    if scenario not in SCENARIOS:
        raise ValueError(f"unknown scenario {scenario!r}: use one of {', '.join(SCENARIOS)}")
    state = FakeState(load_references(answers), scenario, fallback, latency)
    return FakeServer((host, port), state, verbose)


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and serve until interrupted."""
    scenario_help = "\n".join(f"  {k}: {v}" for k, v in SCENARIOS.items())
    parser = argparse.ArgumentParser(
        description="Local OpenAI-compatible server answering with hand-written reference "
        "briefings (tests/reference_answers). Not a model.",
        epilog=f"scenarios:\n{scenario_help}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--host", default=DEFAULT_HOST, help="loopback address (default %(default)s)"
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default %(default)s)")
    parser.add_argument(
        "--scenario",
        default="reference",
        choices=list(SCENARIOS),
        metavar="NAME",
        help="initial scenario (below)",
    )
    parser.add_argument(
        "--answers", type=Path, default=DEFAULT_ANSWERS, help="folder of reference answers"
    )
    parser.add_argument(
        "--fallback",
        action="store_true",
        help="answer unknown documents with a minimal briefing instead of HTTP 400",
    )
    parser.add_argument(
        "--latency", type=float, default=0.0, help="seconds to sleep per completion"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)
    try:
        server = make_server(
            args.host,
            args.port,
            scenario=args.scenario,
            answers=args.answers,
            fallback=args.fallback,
            latency=args.latency,
            verbose=args.verbose,
        )
    except (ValueError, OSError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    host, port = str(server.server_address[0]), server.server_address[1]
    print(
        f"fake_openai: serving http://{host}:{port}/v1 (scenario {args.scenario}, "
        f"{len(server.state.refs)} reference answers)",
        file=sys.stderr,
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
