"""`--mode auto`: the probe tells llama.cpp, Ollama, vLLM and others apart, once per endpoint."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from summarizer.config import Config
from summarizer.llm import server
from summarizer.llm.server import probe, resolve_mode, server_info


def _serve(routes: dict[str, object], hits: list[str]) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            if self.path not in routes:
                self.send_response(404)
                self.end_headers()
                return
            body = json.dumps(routes[self.path]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    server.forget()
    yield
    server.forget()


@pytest.mark.parametrize(
    ("routes", "kind", "context"),
    [
        ({"/props": {"default_generation_settings": {"n_ctx": 4096}}}, "llama.cpp", 4096),
        ({"/api/version": {"version": "0.12.3"}}, "ollama", None),
        (
            {"/v1/models": {"data": [{"id": "q", "owned_by": "vllm", "max_model_len": 32768}]}},
            "vllm",
            32768,
        ),
        ({"/v1/models": {"data": [{"id": "some-model", "owned_by": "someone"}]}}, "unknown", None),
    ],
)
def test_probe_tells_servers_apart(
    routes: dict[str, object], kind: str, context: int | None
) -> None:
    httpd, base = _serve(routes, [])
    try:
        info = probe(base)
    finally:
        httpd.shutdown()
    assert (info.kind, info.mode, info.context) == (kind, "json_schema", context)


def test_openai_needs_no_probe_and_keeps_tool_calls() -> None:
    assert resolve_mode(Config(api_key="sk-x")).mode == "tools"
    assert resolve_mode(Config(base_url="https://x.openai.azure.com/openai/v1")).mode == "tools"


def test_an_explicit_mode_is_kept_without_a_probe() -> None:
    assert resolve_mode(Config(base_url="http://127.0.0.1:9/v1", mode="md_json")).mode == "md_json"


def test_probed_once_per_endpoint_and_remembered_on_disk(tmp_path: Path) -> None:
    hits: list[str] = []
    httpd, base = _serve({"/props": {"default_generation_settings": {"n_ctx": 2048}}}, hits)
    try:
        cfg = Config(base_url=base, cache_dir=tmp_path)
        assert resolve_mode(cfg).mode == "json_schema"
        assert resolve_mode(cfg).mode == "json_schema"
        assert hits == ["/props"]
        server.forget()  # a new process: the answer comes from servers.json
        assert server_info(base, api_key=None, cache_dir=tmp_path).kind == "llama.cpp"
        assert hits == ["/props"]
    finally:
        httpd.shutdown()
    assert base in json.loads((tmp_path / "servers.json").read_text())


def test_an_unreachable_server_is_not_remembered(tmp_path: Path) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}/v1"
    info = server_info(base, api_key=None, cache_dir=tmp_path)
    assert info.kind == "unknown" and info.mode == "json_schema"
    assert not (tmp_path / "servers.json").exists()
