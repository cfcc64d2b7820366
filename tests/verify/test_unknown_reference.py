"""A source that states no publication date: no claimed date rests on a guessed reference."""

from __future__ import annotations

from summarizer.extract import extract_facts
from summarizer.verify.claims import check_value
from summarizer.verify.evidence import Evidence

# Invented for the test: a copied news article with no posting line.
TEXT = "시와 공단은 지난 13일 시청에서 협약을 체결했다. 협약 기간은 2021년 12월 31일까지다."


def _evidence() -> Evidence:
    facts = extract_facts(TEXT.encode())
    assert facts.reference_date is None
    return Evidence(text=TEXT, facts=facts)


def test_a_full_date_for_a_day_only_mention_is_never_verified() -> None:
    # the source writes only `지난 13일`: its month and year are nobody's to state
    check = check_value(_evidence(), "event.date", "date", "2021-12-13")
    assert not check.ok or check.status == "unverified"
    assert check.status not in ("exact", "normalised")


def test_a_stated_full_date_still_verifies() -> None:
    assert check_value(_evidence(), "event.date", "date", "2021-12-31").ok


def test_a_yearless_claim_gets_no_year_from_nowhere() -> None:
    ev = _evidence()
    assert ev.reference is None
    assert check_value(ev, "event.date", "date", "12월 13일").status == "unsupported"
