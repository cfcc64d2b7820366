"""The review page in a real headless Chromium: it opens, highlights, and a click reaches the span."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from render_samples import TEXT, model_result_, offline_result_

from summarizer.render import render_brief

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"

pytestmark = [
    pytest.mark.browser,
    # playwright talks to chromium over loopback; everything else stays blocked.
    pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost", "::1"]),
]


@pytest.fixture
def page(tmp_path: Path, chromium_page: Any) -> Any:
    html = render_brief(
        [model_result_(), offline_result_(with_text=False)], "html", datetime(2025, 3, 12, 9, 0)
    )
    path = tmp_path / "review.html"
    path.write_text(html, encoding="utf-8")
    chromium_page.goto(path.as_uri())
    return chromium_page


def _claim(page: Any, needle: str) -> Any:
    return page.locator("a.claim", has_text=needle).first


def test_page_opens_with_highlights(page: Any) -> None:
    assert page.title().startswith("Briefing review")
    marks = page.locator("#source-0 mark.hl").all_text_contents()
    assert "044-204-7810" in marks and "수출이 곧 성장" in marks
    # The source pane shows the text itself, highlights included, character for character.
    assert page.locator("#source-0").text_content() == TEXT
    assert page.locator(".badge.bad").count() >= 1
    assert "did not verify" in (page.locator("#problems").text_content() or "")


def test_click_on_claim_reaches_its_span(page: Any) -> None:
    claim = _claim(page, "Exports are growth")
    target = claim.get_attribute("data-target")
    span = page.locator(f'[data-spans~="{target}"]').first
    assert "active" not in (span.get_attribute("class") or "")
    claim.click()
    assert page.evaluate("location.hash") == "#" + target
    assert page.locator("mark.active").all_text_contents() == ["수출이 곧 성장"]
    # The span scrolled into view inside the source pane.
    box = span.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 900
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review-click.png"))


def test_second_click_moves_the_highlight(page: Any) -> None:
    _claim(page, "Co-host export fairs").click()
    assert page.locator("mark.active").all_text_contents() == ["수출 상담회 공동 개최"]
    # The phone itself is not a link: its contact line is.
    assert page.locator("a.claim", has_text="+82 44-204-7810").count() == 0
    _claim(page, "Director").click()
    assert page.locator("mark.active").all_text_contents() == ["044-204-7810"]


def test_offline_document_without_text_says_so(page: Any) -> None:
    assert "Source text unavailable" in (page.locator("#source-1").text_content() or "")
    assert "Produced without a model" in (page.locator("#brief-1").text_content() or "")
