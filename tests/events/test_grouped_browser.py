"""The grouped review page in a real headless Chromium: tabs switch sources, a disagreement
value selects its span in its source."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from event_reports import REPORTS, offline_results, write_reports

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "browser"))

from cdp import Browser, find_chromium

from summarizer import group_events
from summarizer.render import render_grouped

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
    paths = write_reports(tmp_path)
    results = offline_results(paths)
    html = render_grouped(results, group_events(results), "html")
    out = tmp_path / "grouped.html"
    out.write_text(html, encoding="utf-8")
    browser.open(out.as_uri())
    return out


def _event_section(browser: Browser) -> str:
    """The id of the section whose tabs include paper.txt."""
    return str(
        browser.js(
            "[...document.querySelectorAll('section.event')]"
            ".find(s => s.textContent.includes('paper.txt')).id"
        )
    )


def test_tabs_switch_between_sources(browser: Browser, page: Path) -> None:
    sid = _event_section(browser)
    visible = f"[...document.querySelectorAll('#{sid} .pane')].filter(p => !p.hidden).length"
    assert browser.js(visible) == 1
    browser.js(
        f"[...document.querySelectorAll('#{sid} .tab')].find(t => t.textContent.includes('paper.txt')).click()"
    )
    shown = browser.js(
        f"[...document.querySelectorAll('#{sid} .pane')].find(p => !p.hidden)"
        ".querySelector('.source').textContent"
    )
    assert shown == REPORTS["paper.txt"]
    assert browser.js(visible) == 1


def test_disagreement_value_selects_its_span(browser: Browser, page: Path) -> None:
    sid = _event_section(browser)
    browser.js(
        f"[...document.querySelectorAll('#{sid} a.span-link')]"
        ".find(a => a.textContent === '박도연').click()"
    )
    assert browser.js("window.getSelection().toString()") == "박도연"
    pane = browser.js(f"[...document.querySelectorAll('#{sid} .pane')].find(p => !p.hidden).id")
    tab = browser.js(f"document.querySelector('#{sid} .tab[aria-selected=\"true\"]').textContent")
    assert pane and "paper.txt" in tab
