"""What any honest answer must satisfy, whatever its wording: the checks the cassette tests share."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from summarizer.models import Briefing, SummaryResult
from summarizer.reading import read_document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
OK = {"exact", "normalised", "fuzzy"}
HARD_KINDS = {"date", "time", "phone", "quote", "embargo"}


def source_text(path: Path) -> str:
    """The decoded text every span indexes (CP949 files decoded as the pipeline does)."""
    return read_document(path).text


def assert_grounded(result: SummaryResult, text: str) -> Briefing:
    """A verified model briefing whose dates, times, phones and quotes all hold in `text`."""
    assert result.mode == "model"
    briefing = result.briefing
    assert isinstance(briefing, Briefing)
    Briefing.model_validate(briefing.model_dump())  # still valid outside instructor's wrapper
    assert len(briefing.summary_ko) == len(briefing.summary_en) >= 1
    bad = [
        (c.field, c.claim, c.status, c.note)
        for c in result.report.checks
        if c.status == "unsupported"
    ]
    assert result.report.verified, f"unsupported claims: {bad}"
    for check in result.report.checks:
        if check.kind in HARD_KINDS:
            assert check.status in OK, (check.field, check.claim, check.status)
        if check.span is not None:
            span = check.span
            assert text[span.start : span.end] == span.text, (check.field, span)
    quote_checks = {c.field: c for c in result.report.checks if c.kind == "quote"}
    for i, quote in enumerate(briefing.quotes):
        qc = quote_checks.get(f"quotes[{i}].text_ko")
        assert qc is not None, f"quotes[{i}] was not checked"
        assert qc.span is not None, f"quotes[{i}] has no span in the source"
        if qc.status == "exact":
            assert qc.span.text == qc.claim == quote.text_ko
    phone_checks = {c.claim for c in result.report.checks if c.kind == "phone"}
    for contact in briefing.contacts:
        if contact.phone:
            assert contact.phone in phone_checks, f"contact phone {contact.phone} was not checked"
    return briefing


def assert_usage(result: SummaryResult, *, requests: int | None = None) -> None:
    """Usage and provenance are filled in."""
    from summarizer.prompting import prompt_version

    assert result.usage.prompt_tokens > 0 and result.usage.completion_tokens > 0
    assert result.usage.requests >= 1 and result.attempts >= 1
    if requests is not None:
        assert result.usage.requests == requests
    assert result.prompt_version == prompt_version()
    assert result.model


def request_bodies(cassette: Any) -> list[dict[str, Any]]:
    """The parsed JSON bodies of the requests the cassette holds, in order."""
    return [json.loads(r.body) for r in cassette.requests]


def all_strings(value: Any) -> str:
    """Every string of a JSON-like value joined, for 'does this appear anywhere' assertions."""
    return json.dumps(value, ensure_ascii=False)
