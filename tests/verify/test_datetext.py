"""A date the source writes loosely is unverified, never contradicted; another year still is."""

from __future__ import annotations

from summarizer.extract import extract_facts
from summarizer.models import Briefing, BriefingEvent, ClaimCheck
from summarizer.verify import reask_feedback, verify_briefing


def _event_check(
    text: str, date: str, reference: str | None = None
) -> tuple[ClaimCheck, str | None]:
    facts = extract_facts(text.encode(), reference_date=reference)
    briefing = Briefing(
        title_ko="협약 체결", title_en="Agreement signed", headline_en="An agreement was signed.",
        summary_ko=["협약을 체결했다."], summary_en=["An agreement was signed."],
        event=BriefingEvent(date=date),
    )  # fmt: skip
    report = verify_briefing(briefing, text, facts)
    (check,) = [c for c in report.checks if c.field == "event.date"]
    return check, reask_feedback(report)


def test_a_full_date_for_a_bare_day_without_any_reference_is_not_verified() -> None:
    # No month or year anywhere and no reference date: the claimed month and year are a guess.
    text = "가나군은 6일 군청에서 다라시와 자매결연 협약을 체결했다고 밝혔다.\n"
    check, feedback = _event_check(text, "2021-07-06")
    # Resting on a guess, the claim is neither verified nor contradicted (issue 7, item 6).
    assert check.status == "unverified" and not check.hard and feedback is None


def test_an_english_month_dot_day_is_unverified() -> None:
    text = "The ministry will sign an MOU with the province at its office on May 4.30.\n"
    check, feedback = _event_check(text, "2019-04-30")
    assert check.status == "unverified" and feedback is None


def test_a_weekday_beside_the_dateline_is_a_date_fact() -> None:
    # the facts layer reads `Monday` against the dateline's day (issue 8): the claim rests on it
    text = "SEOUL, Oct. 1 (News) -- The agency signed an MOU in Washington on Monday (U.S. time).\n"
    check, _ = _event_check(text, "2019-09-30", reference="2019-10-01")
    assert check.ok and check.span is not None and check.span.text == "Monday"


def test_another_year_of_a_stated_date_is_still_contradicted() -> None:
    text = "보도시점 2025. 10. 14.(화) 10:00\n\n가나부는 10. 14.(화) 협약을 체결했다.\n"
    check, feedback = _event_check(text, "2024-10-14")
    assert check.status == "unsupported" and check.hard and feedback is not None
