"""A local HTTP server for the page-fetching tests: routes of (status, headers, body, delay)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    delay: float = 0.0


# A press release page as a ministry site serves it: chrome around the article, dates in meta.
RELEASE_PAGE = """<!doctype html>
<html lang="ko"><head><meta charset="utf-8">
<title>가람부·누리공사, 수출 지원 업무협약 체결</title>
<meta property="article:published_time" content="2025-03-12T09:00:00+09:00">
</head><body>
<nav class="gnb"><a href="/">홈</a> <a href="/news">보도자료</a></nav>
<article>
<h1>가람부·누리공사, 수출 지원 업무협약 체결</h1>
<p>가람부(이하 가람부)와 누리공사는 12일 세종에서 수출 지원 업무협약을 체결했다.</p>
<p>두 기관은 △수출 상담회 공동 개최 △해외 인증 획득 지원 △판로 개척 지원에 협력한다.</p>
<p>김하늘 가람부 장관은 "중소기업의 수출 길을 함께 넓히겠다"고 말했다.</p>
<table><tr><td>담당 부서</td><td>수출정책과</td><td>과장 이바다</td><td>044-204-7810</td></tr></table>
</article>
<footer class="footer">Copyright 가람부. All rights reserved.</footer>
</body></html>
"""


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Route]] = {}

    def do_GET(self) -> None:
        route = self.routes.get(self.path)
        if route is None:
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>not found</body></html>")
            return
        if route.delay:
            time.sleep(route.delay)
        self.send_response(route.status)
        for name, value in route.headers.items():
            if value:  # an empty value leaves the header out (no Content-Length: read to close)
                self.send_header(name, value)
        if "Content-Length" not in route.headers:
            self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        with suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(route.body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[str]:
    """Serve `routes` on a free loopback port; yields the base URL (no trailing slash)."""
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
