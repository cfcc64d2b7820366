"""The review page for a reader without Korean, in a real headless Chromium (playwright)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from render_samples import model_result_, offline_result_

from summarizer.english.stray import stray_hangul
from summarizer.render import render_brief

pytestmark = [pytest.mark.browser, pytest.mark.block_network(allowed_hosts=["127.0.0.1"])]


@pytest.fixture
def page(tmp_path: Path, chromium_page: Any) -> Any:
    html = render_brief(
        [model_result_(), offline_result_(with_text=False)],
        "html",
        datetime(2025, 3, 12, 9, 0),
        failed=[("broken.pdf", "no text layer")],
    )
    path = tmp_path / "review.html"
    path.write_text(html, encoding="utf-8")
    chromium_page.set_viewport_size({"width": 1400, "height": 900})
    chromium_page.emulate_media(media="screen")
    chromium_page.goto(path.as_uri())
    return chromium_page


def test_english_pane_of_a_model_briefing_has_no_stray_korean(page: Any) -> None:
    text = page.locator("#brief-0").inner_text()
    assert "Minister HAN Seojin" in text
    assert stray_hangul(text) == []
    assert "Not summarised (1)" in page.locator("body").inner_text()
    assert "date, time, embargo" in page.locator(".legend").first.inner_text()


def test_phone_layout_puts_the_english_first(page: Any) -> None:
    page.set_viewport_size({"width": 390, "height": 800})
    page.reload()
    tops = page.evaluate(
        "[document.getElementById('brief-0').getBoundingClientRect().top,"
        " document.getElementById('source-0').getBoundingClientRect().top]"
    )
    assert tops[0] < tops[1]


def test_print_shows_the_whole_source(page: Any) -> None:
    page.emulate_media(media="print")
    style = page.evaluate(
        "(() => { const s = getComputedStyle(document.getElementById('source-0'));"
        " return [s.maxHeight, s.overflowY]; })()"
    )
    assert style == ["none", "visible"]


def test_a_problem_in_the_panel_jumps_to_its_claim(page: Any) -> None:
    link = page.locator("#problems a.jump").first
    target = (link.get_attribute("href") or "#")[1:]
    link.scroll_into_view_if_needed()
    link.click()
    assert page.evaluate("document.querySelector('.flash-claim').id") == target
    visible = page.evaluate(
        f"(() => {{ const r = document.getElementById({target!r}).getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= innerHeight; })()"
    )
    assert visible is True
