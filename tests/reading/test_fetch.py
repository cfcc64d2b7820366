"""Pages from the web, tested against a local HTTP server only."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import RELEASE_PAGE, Route, serve

from summarizer import InputError, extract_facts, read_document
from summarizer.cli import cli

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

PAGE = RELEASE_PAGE.encode("utf-8")


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    routes = {
        "/news/1": Route(PAGE, headers={"Content-Type": "text/html; charset=utf-8"}),
        "/news/euckr": Route(
            RELEASE_PAGE.replace('charset="utf-8"', 'charset="euc-kr"').encode("cp949"),
            headers={"Content-Type": "text/html; charset=euc-kr"},
        ),
        "/moved": Route(status=301, headers={"Location": "/news/1"}),
        "/gone": Route(b"<html>gone</html>", status=410),
        "/error": Route(b"<html>oops</html>", status=500),
        "/file.pdf": Route(b"%PDF-1.4\n...", headers={"Content-Type": "application/pdf"}),
        "/big": Route(b"<html><body>" + b"x" * 5000 + b"</body></html>"),
        "/big-chunked": Route(
            b"<html><body>" + b"y" * 5000 + b"</body></html>",
            headers={"Content-Type": "text/html", "Content-Length": ""},
        ),
        "/slow": Route(PAGE, delay=3.0),
    }
    with serve(routes) as base:
        yield base


def test_a_page_reads_like_the_same_page_saved(site: str, tmp_path: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_bytes(PAGE)
    fetched = read_document(f"{site}/news/1")
    assert fetched.source.path == f"{site}/news/1" and fetched.source.format == "html"
    on_disk = read_document(saved)
    assert fetched.text == on_disk.text and fetched.source.sha256 == on_disk.source.sha256
    # Facts, structure and the reference date (page metadata included) are those of the file.
    a = extract_facts(fetched).model_dump(exclude={"source"})
    b = extract_facts(on_disk).model_dump(exclude={"source"})
    assert a == b
    # The publication date comes from the page's own metadata (article:published_time).
    fetched_facts = extract_facts(fetched)
    assert (fetched_facts.reference_date, fetched_facts.reference_date_origin) == (
        "2025-03-12",
        "html-meta",
    )
    assert any(
        f.kind == "phone" and f.value == "+82442047810" for f in extract_facts(fetched).facts
    )


def test_a_legacy_korean_page_is_decoded(site: str) -> None:
    doc = read_document(f"{site}/news/euckr")
    assert "수출 지원 업무협약" in doc.text and doc.source.encoding in ("cp949", "euc_kr", "euc-kr")


def test_redirects_are_followed(site: str) -> None:
    assert "수출 상담회" in read_document(f"{site}/moved").text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/gone", "HTTP 410"),
        ("/error", "HTTP 500"),
        ("/nothing-here", "HTTP 404"),
        ("/file.pdf", "application/pdf, not an HTML page"),
    ],
)
def test_http_errors_and_other_types_are_one_clear_line(site: str, path: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        read_document(site + path)
    assert "\n" not in str(info.value) and (site + path) in str(info.value)


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_size_limit(site: str, path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MAX_BYTES", "2000")
    with pytest.raises(InputError, match=r"over the 2\.0 KiB limit"):
        read_document(site + path)


def test_timeout(site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_FETCH_TIMEOUT", "0.5")
    with pytest.raises(InputError, match=r"no answer within 0\.5 s"):
        read_document(f"{site}/slow")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://127.0.0.1/release.html", "only http:// and https://"),
        ("file:///etc/passwd", "only http:// and https://"),
        ("http://127.0.0.1:9/closed", "cannot fetch the page"),
    ],
)
def test_other_schemes_and_unreachable_hosts(url: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_document(url)


def _run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args))


def test_summarize_url_offline_json(site: str) -> None:
    res = _run("summarize", f"{site}/news/1", "--offline", "--json")
    assert res.exit_code == 0, res.output  # type: ignore[attr-defined]
    data = json.loads(res.stdout)  # type: ignore[attr-defined]
    assert data["facts"]["source"]["path"] == f"{site}/news/1"
    assert data["facts"]["structure"]["quotes"] and data["facts"]["structure"]["commitments"]


def test_facts_url_error_is_one_line(site: str) -> None:
    res = _run("facts", f"{site}/gone")
    assert res.exit_code == 1  # type: ignore[attr-defined]
    assert res.stderr.startswith("Error: ") and res.stderr.count("\n") == 1  # type: ignore[attr-defined]


def test_brief_of_urls(site: str, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    res = _run("brief", f"{site}/news/1", f"{site}/gone", "--offline", "-q", "-o", str(out))
    assert res.exit_code == 4, res.output  # type: ignore[attr-defined]  # one failed
    assert f"{site}/gone" in res.stderr and "HTTP 410" in res.stderr  # type: ignore[attr-defined]
    assert "가람부" in out.read_text(encoding="utf-8")
