"""The review page as a file: self-contained, escaped, every claim link has its span."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from render_samples import TEXT, model_result_, offline_result_

from summarizer.render import render_brief

NOW = datetime(2025, 3, 12, 11, 0)


def test_self_contained_no_external_assets() -> None:
    html = render_brief([model_result_()], "html", NOW)
    assert "<style>" in html and "<script>" in html
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert "<link" not in html


def test_every_claim_link_targets_a_highlight_that_reproduces_its_span() -> None:
    html = render_brief([model_result_()], "html", NOW)
    targets = re.findall(r'data-target="(src-0-(\d+)-(\d+))"', html)
    assert len(targets) >= 4
    for anchor, start, end in targets:
        assert f'id="{anchor}"' in html
        marked = re.search(rf'<mark[^>]*data-spans="[^"]*\b{anchor}\b[^"]*">([^<]*)</mark>', html)
        assert marked is not None
        assert TEXT[int(start) : int(end)].startswith(marked.group(1))


def test_spans_that_do_not_reproduce_their_text_are_not_highlighted() -> None:
    result = model_result_()
    bad = result.report.checks[5]  # the quote
    assert bad.span is not None
    bad.span.start += 1  # now span.text != text[start:end]
    html = render_brief([result], "html", NOW)
    assert "Exports are growth" in html
    assert f"src-0-{bad.span.start}-{bad.span.end}" not in html


def test_document_and_model_text_are_escaped() -> None:
    result = model_result_()
    assert result.briefing is not None
    result.briefing.headline_en = "<img src=x onerror=alert(1)>"
    result.facts.text = TEXT + "<script>alert(2)</script>"
    html = render_brief([result], "html", NOW)
    assert "<img src=x" not in html and "<script>alert(2)" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_source_text_reread_from_path_when_hashes_match(tmp_path: Path) -> None:
    result = offline_result_(with_text=False)
    path = tmp_path / "release.txt"
    path.write_text(TEXT, encoding="utf-8")
    result.facts.source.path = str(path)
    html = render_brief([result], "html", NOW)
    assert "Source text unavailable" not in html and "hl-phone" in html
    path.write_text(TEXT + "수정", encoding="utf-8")  # edited since: offsets no longer hold
    assert "Source text unavailable" in render_brief([result], "html", NOW)


def test_texts_mapping_supplies_the_source() -> None:
    result = offline_result_(with_text=False)
    html = render_brief([result], "html", NOW, texts={result.facts.source.sha256: TEXT})
    assert "hl-phone" in html and "Produced without a model" in html


def test_offline_page_does_not_claim_checks_it_never_made() -> None:
    page = render_brief([offline_result_()], "html", now=datetime(2025, 1, 1))
    assert "No model claims to check" in page
    assert "Every checked claim was found" not in page
