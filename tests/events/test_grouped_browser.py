"""The grouped review page in a real headless Chromium (playwright): tabs switch sources, a
disagreement value selects its span in its source."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from event_reports import REPORTS, offline_results, write_reports

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "browser"))

from pw import chromium_page  # noqa: F401  (the fixture)

from summarizer import group_events
from summarizer.render import render_grouped

pytestmark = [pytest.mark.browser, pytest.mark.block_network(allowed_hosts=["127.0.0.1"])]


@pytest.fixture
def page(tmp_path: Path, chromium_page: Any) -> Any:  # noqa: F811
    paths = write_reports(tmp_path)
    results = offline_results(paths)
    html = render_grouped(results, group_events(results), "html")
    out = tmp_path / "grouped.html"
    out.write_text(html, encoding="utf-8")
    chromium_page.goto(out.as_uri())
    return chromium_page


def _event_section(page: Any) -> str:
    """The id of the section whose tabs include paper.txt."""
    return str(
        page.evaluate(
            "[...document.querySelectorAll('section.event')]"
            ".find(s => s.textContent.includes('paper.txt')).id"
        )
    )


def test_tabs_switch_between_sources(page: Any) -> None:
    sid = _event_section(page)
    visible = f"[...document.querySelectorAll('#{sid} .pane')].filter(p => !p.hidden).length"
    assert page.evaluate(visible) == 1
    page.locator(f"#{sid} .tab", has_text="paper.txt").first.click()
    shown = page.evaluate(
        f"[...document.querySelectorAll('#{sid} .pane')].find(p => !p.hidden)"
        ".querySelector('.source').textContent"
    )
    assert shown == REPORTS["paper.txt"]
    assert page.evaluate(visible) == 1


def test_disagreement_value_selects_its_span(page: Any) -> None:
    sid = _event_section(page)
    page.locator(f"#{sid} a.span-link", has_text="박도연").first.click()
    assert page.evaluate("window.getSelection().toString()") == "박도연"
    pane = page.evaluate(f"[...document.querySelectorAll('#{sid} .pane')].find(p => !p.hidden).id")
    tab = page.locator(f'#{sid} .tab[aria-selected="true"]').text_content() or ""
    assert pane and "paper.txt" in tab
