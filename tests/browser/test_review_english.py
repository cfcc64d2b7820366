"""The review page for a reader without Korean, in a real headless Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from cdp import Browser, find_chromium
from render_samples import model_result_, offline_result_

from summarizer.english.stray import stray_hangul
from summarizer.render import render_brief

CHROMIUM = find_chromium()

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="no chromium: apt-get install -y chromium"),
    pytest.mark.block_network(allowed_hosts=["127.0.0.1"]),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None
    b = Browser(CHROMIUM)
    yield b
    b.close()


@pytest.fixture
def page(tmp_path: Path, browser: Browser) -> Path:
    html = render_brief(
        [model_result_(), offline_result_(with_text=False)],
        "html",
        datetime(2025, 3, 12, 9, 0),
        failed=[("broken.pdf", "no text layer")],
    )
    path = tmp_path / "review.html"
    path.write_text(html, encoding="utf-8")
    browser.open(path.as_uri())
    return path


def test_english_pane_of_a_model_briefing_has_no_stray_korean(browser: Browser, page: Path) -> None:
    text = browser.js("document.getElementById('brief-0').innerText")
    assert "Minister HAN Seojin" in text
    assert stray_hangul(text) == []
    assert "Not summarised (1)" in browser.js("document.body.innerText")
    assert "date, time, embargo" in browser.js("document.querySelector('.legend').innerText")


def test_phone_layout_puts_the_english_first(browser: Browser, page: Path) -> None:
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        width=390,
        height=800,
        deviceScaleFactor=2,
        mobile=True,
    )
    try:
        tops = browser.js(
            "[document.getElementById('brief-0').getBoundingClientRect().top,"
            " document.getElementById('source-0').getBoundingClientRect().top]"
        )
        assert tops[0] < tops[1]
    finally:
        browser.call("Emulation.clearDeviceMetricsOverride")


def test_print_shows_the_whole_source(browser: Browser, page: Path) -> None:
    browser.call("Emulation.setEmulatedMedia", media="print")
    try:
        style = browser.js(
            "(() => { const s = getComputedStyle(document.getElementById('source-0'));"
            " return [s.maxHeight, s.overflowY]; })()"
        )
        assert style == ["none", "visible"]
    finally:
        browser.call("Emulation.setEmulatedMedia", media="")


def test_a_problem_in_the_panel_jumps_to_its_claim(browser: Browser, page: Path) -> None:
    pos = browser.js(
        "(() => { const a = document.querySelector('#problems a.jump');"
        " a.scrollIntoView({block: 'center'}); const r = a.getBoundingClientRect();"
        " return {x: r.left + 4, y: r.top + r.height / 2, to: a.getAttribute('href').slice(1)}; })()"
    )
    browser.click(pos["x"], pos["y"])
    assert browser.js("document.querySelector('.flash-claim').id") == pos["to"]
    visible = browser.js(
        f"(() => {{ const r = document.getElementById({pos['to']!r}).getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= innerHeight; })()"
    )
    assert visible is True
