"""A model's empty strings are absent in every output: no empty heading, bold, bullet or strike."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer import extract_facts, read_document
from summarizer.models import Briefing, SummaryResult
from summarizer.render import render_brief, render_summary
from summarizer.render.blanks import without_blanks
from summarizer.verify import verify_briefing

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "mss-release.txt"

# What an untrained model served by llama.cpp answers under a grammar: blanks and fragments.
GARBAGE = {
    "title_ko": "```",
    "title_en": "   ",
    "headline_en": "",
    "summary_ko": ["- ", " "],
    "summary_en": ["", "\t"],
    "parties": [{"name_ko": "중", "name_en": " "}],
    "quotes": [{"text_ko": ".", "speaker": "다", "text_en": ""}],
    "commitments": [{"text_ko": "및", "text_en": " "}, {"text_ko": " ", "text_en": ""}],
    "contacts": [{"name": "", "phone": "  "}],
}


@pytest.fixture(scope="module")
def result() -> SummaryResult:
    doc = read_document(EXAMPLE)
    facts = extract_facts(doc)
    b = Briefing.model_validate(GARBAGE)
    report = verify_briefing(b, doc.text, facts)
    return SummaryResult(
        mode="model", briefing=b, report=report, facts=facts, model="m", prompt_version="p"
    )


def test_blanks_are_found_and_positions_kept() -> None:
    clean, blanks = without_blanks(Briefing.model_validate(GARBAGE))
    assert {"title_en", "headline_en", "summary_en[0]", "summary_en[1]"} <= set(blanks)
    assert len(clean.summary_en) == 2 and len(clean.commitments) == 2, "indices still match checks"
    assert clean.parties[0].name_en is None and clean.contacts[0].phone is None


def test_garbage_shows_nothing_verified(result: SummaryResult) -> None:
    assert not [c for c in result.report.checks if c.ok]


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_no_empty_markup_and_blanks_listed(result: SummaryResult, fmt: str) -> None:
    out = render_summary(result, fmt)  # type: ignore[arg-type]
    for broken in ("****", "~~~~", "“”"):
        assert broken not in out
    assert not re.search(r"^#+\s*$", out, re.M), "an empty heading"
    assert not re.search(r"^\s*(?:[-*]|\d+\.)\s*$", out, re.M), "an empty list item"
    assert "Press office" not in out, "no invented label for an empty contact"
    assert "headline_en: empty, left out" in out.replace("\\_", "_")


def test_the_review_page_survives_too(result: SummaryResult) -> None:
    html = render_brief([result], "html")
    assert "<h2></h2>" not in html and "headline_en: empty, left out" in html


def test_a_cached_record_loses_the_same_blanks_as_the_model() -> None:
    from dataclasses import asdict

    from summarizer.models import result_records
    from summarizer.models.read_json import read_json

    model = Briefing.model_validate(GARBAGE)
    record = read_json(result_records.Briefing, model.model_dump_json())
    (clean_model, blanks_model), (clean_record, blanks_record) = map(
        without_blanks, (model, record)
    )
    assert blanks_record == blanks_model and blanks_model
    assert asdict(clean_record) == clean_model.model_dump()
