"""The review page in a real headless Chromium: it opens, highlights, and a click reaches the span."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from cdp import Browser, find_chromium
from render_samples import TEXT, model_result_, offline_result_

from summarizer.render import render_brief

CHROMIUM = find_chromium()
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium: apt-get install -y chromium"),
    # The DevTools socket is on loopback; everything else stays blocked.
    pytest.mark.block_network(allowed_hosts=["127.0.0.1"]),
]


@pytest.fixture(scope="module")
def browser() -> Browser:
    assert CHROMIUM is not None
    b = Browser(CHROMIUM)
    yield b  # type: ignore[misc]
    b.close()


@pytest.fixture
def page(tmp_path: Path, browser: Browser) -> Path:
    html = render_brief(
        [model_result_(), offline_result_(with_text=False)], "html", datetime(2025, 3, 12, 9, 0)
    )
    path = tmp_path / "review.html"
    path.write_text(html, encoding="utf-8")
    browser.open(path.as_uri())
    return path


def test_page_opens_with_highlights(browser: Browser, page: Path) -> None:
    assert browser.js("document.title").startswith("Briefing review")
    marks = browser.js(
        "[...document.querySelectorAll('#source-0 mark.hl')].map(m => m.textContent)"
    )
    assert "044-204-7810" in marks and "수출이 곧 성장" in marks
    # The source pane shows the text itself, highlights included, character for character.
    assert browser.js("document.getElementById('source-0').textContent") == TEXT
    assert browser.js("document.querySelectorAll('.badge.bad').length") >= 1
    assert "did not verify" in browser.js("document.getElementById('problems').textContent")


def test_click_on_claim_reaches_its_span(browser: Browser, page: Path) -> None:
    target = browser.js(
        "(() => { const a = [...document.querySelectorAll('a.claim')]"
        ".find(a => a.textContent.includes('Exports are growth'));"
        " a.scrollIntoView({block: 'center'}); const r = a.getBoundingClientRect();"
        " return {id: a.dataset.target, x: r.left + 4, y: r.top + r.height / 2}; })()"
    )
    assert (
        browser.js(
            f"document.querySelector('[data-spans~=\"{target['id']}\"]').classList"
            ".contains('active')"
        )
        is False
    )
    browser.click(target["x"], target["y"])
    assert browser.js("location.hash") == "#" + target["id"]
    active = browser.js("[...document.querySelectorAll('mark.active')].map(m => m.textContent)")
    assert active == ["수출이 곧 성장"]
    # The span scrolled into view inside the source pane.
    visible = browser.js(
        f"(() => {{ const m = document.querySelector('[data-spans~=\"{target['id']}\"]');"
        " const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()"
    )
    assert visible is True
    browser.screenshot(ARTIFACTS / "review-click.png")


def test_second_click_moves_the_highlight(browser: Browser, page: Path) -> None:
    for needle, expected in (
        ("Co-host export fairs", "수출 상담회 공동 개최"),
        ("+82 44-204-7810", None),
        ("Director", "044-204-7810"),
    ):
        pos = browser.js(
            "(() => { const a = [...document.querySelectorAll('a.claim')]"
            f".find(a => a.textContent.includes({needle!r})); if (!a) return null;"
            " a.scrollIntoView({block: 'center'}); const r = a.getBoundingClientRect();"
            " return {x: r.left + 4, y: r.top + r.height / 2}; })()"
        )
        if expected is None:
            assert pos is None  # the phone itself is not a link: its contact line is
            continue
        browser.click(pos["x"], pos["y"])
        active = browser.js("[...document.querySelectorAll('mark.active')].map(m => m.textContent)")
        assert active == [expected]


def test_offline_document_without_text_says_so(browser: Browser, page: Path) -> None:
    text = browser.js("document.getElementById('source-1').textContent")
    assert "Source text unavailable" in text
    assert "Produced without a model" in browser.js(
        "document.getElementById('brief-1').textContent"
    )
