"""Pages from the web: an http(s) address fetched once, checked, and handed on as the page's bytes.

The bytes then take the same path as a saved HTML file (decoding, visible text, noise regions,
dates from the page's own metadata), so a fetched page and the same page saved to disk give
the same facts.
"""

from __future__ import annotations

import os
import re
from typing import Any

from summarizer.errors import InputError

DEFAULT_TIMEOUT = 20.0
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "summarizer (press-release reader; +https://pypi.org/project/summarizer/)"


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(source: object) -> bool:
    """True for an address (`scheme://…`), never for a path; `fetch` takes only http(s)."""
    return isinstance(source, str) and _SCHEME.match(source) is not None


def fetch_timeout() -> float:
    """Seconds for connecting and for each read: SUMMARIZER_FETCH_TIMEOUT or 20."""
    raw = os.environ.get("SUMMARIZER_FETCH_TIMEOUT", "").strip()
    try:
        value = float(raw) if raw else DEFAULT_TIMEOUT
    except ValueError:
        value = DEFAULT_TIMEOUT
    return value if value > 0 else DEFAULT_TIMEOUT


def _check_address(url: str) -> None:
    from urllib.parse import urlsplit  # only a fetch loads it (and ipaddress)

    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(f"{url}: only http:// and https:// addresses can be fetched")
    if not parts.hostname:
        raise InputError(f"{url}: no host in the address; check it")


def _httpx() -> Any:
    try:
        import httpx2
    except ImportError as exc:  # a declared dependency: say which package is missing
        raise InputError(
            f"fetching a page needs the httpx2 package, which failed to import ({exc}): "
            "reinstall summarizer (pip install --force-reinstall summarizer)"
        ) from None
    return httpx2


def fetch(url: str, *, limit: int, timeout: float | None = None) -> bytes:
    """The body of the HTML page at `url`; InputError for anything that is not one.

    Redirects are followed; an HTTP error status, a non-HTML content type, a body over `limit`
    bytes, a timeout or an unreachable host each give a one-line error that says what to do.
    """
    _check_address(url)
    httpx = _httpx()
    seconds = timeout or fetch_timeout()
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9"}
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=5,
                timeout=httpx.Timeout(seconds),
                headers=headers,
            ) as client,
            client.stream("GET", url) as response,
        ):
            _check_response(url, response, limit)
            return _read_limited(url, response, limit)
    except InputError:
        raise
    except httpx.TimeoutException:
        raise InputError(
            f"{url}: no answer within {seconds:g} s; try again later or raise "
            "SUMMARIZER_FETCH_TIMEOUT"
        ) from None
    except httpx.TooManyRedirects:
        raise InputError(
            f"{url}: too many redirects; open it in a browser and save the page"
        ) from None
    except (httpx.HTTPError, OSError) as exc:
        raise InputError(
            f"{url}: cannot fetch the page ({type(exc).__name__}: {exc}); check the address "
            "and the network, or save the page and give the file"
        ) from None


def _check_response(url: str, response: Any, limit: int) -> None:
    if response.status_code >= 400:
        reason = response.reason_phrase or "error"
        raise InputError(
            f"{url}: the server answered HTTP {response.status_code} {reason}; check the address"
        )
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind and kind not in HTML_TYPES:
        raise InputError(
            f"{url}: the address gives {kind}, not an HTML page; download the file and give "
            "its path instead"
        )
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise InputError(_too_large(url, int(declared), limit))


def _read_limited(url: str, response: Any, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise InputError(_too_large(url, size, limit, at_least=True))
        chunks.append(chunk)
    return b"".join(chunks)


def _size(n: int) -> str:
    if n >= 1_048_576:
        return f"{n / 1_048_576:.1f} MiB"
    return f"{n / 1024:.1f} KiB" if n >= 1024 else f"{n} bytes"


def _too_large(url: str, size: int, limit: int, *, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return (
        f"{url}: the page is {more}{_size(size)}, over the {_size(limit)} limit; "
        "save the part you need, or raise SUMMARIZER_MAX_BYTES"
    )


__all__ = ["fetch", "fetch_timeout", "is_url"]
