"""Recall warnings: what the structure found in the source and the briefing left out."""

from __future__ import annotations

from summarizer.models import Contact, Event, FactsResult, Quote, Span, Structure
from summarizer.verify import verify_briefing

from .conftest import RELEASE, correct_briefing


def _with_structure(facts: FactsResult, structure: Structure) -> FactsResult:
    return facts.model_copy(update={"structure": structure})


def _quote(text: str, speaker: str | None) -> Quote:
    start = RELEASE.index(text)
    return Quote(text=text, start=start, end=start + len(text), speaker=speaker)


def _structure() -> Structure:
    date_text = "2025년 5월 20일(화)"
    start = RELEASE.index(date_text)
    return Structure(
        contacts=[
            Contact(name="윤하람", role="과장", phone="+82442047711", phone_text="044-204-7711"),
            Contact(name="설지우", role="사무관", phone="+82442047715", phone_text="044-204-7715"),
        ],
        event=Event(date="2025-05-20", date_span=Span(text=date_text, start=start, end=start + len(date_text))),
        quotes=[
            _quote("물류비 부담을 덜어 중소기업이 수출에만 집중할 수 있도록 하겠다", "나은결"),
            _quote("회원사의 물류 애로를 현장에서 바로 해결하는 창구가 되겠다", "도재현"),
        ],
    )  # fmt: skip


def test_complete_briefing_has_no_warnings(release_facts: FactsResult) -> None:
    facts = _with_structure(release_facts, _structure())
    assert verify_briefing(correct_briefing(), RELEASE, facts).recall_warnings == []


def test_missing_contact_phone_is_warned(release_facts: FactsResult) -> None:
    briefing = correct_briefing()
    briefing.contacts = briefing.contacts[:1]
    warnings = verify_briefing(
        briefing, RELEASE, _with_structure(release_facts, _structure())
    ).recall_warnings
    assert len(warnings) == 1
    assert "044-204-7715" in warnings[0] and "설지우" in warnings[0]


def test_contact_phone_written_differently_counts(release_facts: FactsResult) -> None:
    briefing = correct_briefing()
    briefing.contacts[1].phone = "(044) 204-7715"
    warnings = verify_briefing(
        briefing, RELEASE, _with_structure(release_facts, _structure())
    ).recall_warnings
    assert warnings == []


def test_missing_event_date_is_warned(release_facts: FactsResult) -> None:
    briefing = correct_briefing()
    assert briefing.event is not None
    briefing.event.date = None
    warnings = verify_briefing(
        briefing, RELEASE, _with_structure(release_facts, _structure())
    ).recall_warnings
    assert warnings == [
        "the source states the event date 2025-05-20 (written '2025년 5월 20일(화)'); the briefing has none"
    ]


def test_missing_quote_is_warned_by_speaker(release_facts: FactsResult) -> None:
    briefing = correct_briefing()
    briefing.quotes = briefing.quotes[:1]
    warnings = verify_briefing(
        briefing, RELEASE, _with_structure(release_facts, _structure())
    ).recall_warnings
    assert len(warnings) == 1 and "도재현" in warnings[0]


def test_quote_covered_by_span_even_if_speaker_differs(release_facts: FactsResult) -> None:
    briefing = correct_briefing()
    briefing.quotes[1].speaker = "도 회장"  # a model's rendering of the speaker
    briefing.quotes[1].org = None
    warnings = verify_briefing(
        briefing, RELEASE, _with_structure(release_facts, _structure())
    ).recall_warnings
    assert warnings == []


def test_day_resolved_against_a_guessed_date_is_not_stated_as_a_full_date(
    release_facts: FactsResult,
) -> None:
    text = RELEASE.replace("2025년 5월 20일(화)", "지난 20일")
    start = text.index("지난 20일")
    event = Event(date="2026-11-20", date_span=Span(text="지난 20일", start=start, end=start + 6))
    facts = release_facts.model_copy(
        update={"structure": Structure(event=event), "reference_date_origin": "today"}
    )
    briefing = correct_briefing()
    briefing.event = None
    briefing.headline_en = "MSS and KITA signed the agreement on the 20th."
    assert verify_briefing(briefing, text, facts).recall_warnings == []
    briefing.headline_en = "MSS and KITA signed an agreement."
    briefing.summary_en = ["They signed it."]
    briefing.summary_ko = ["협약을 맺었다."]
    warnings = verify_briefing(briefing, text, facts).recall_warnings
    assert len(warnings) == 1 and "'지난 20일' without month or year" in warnings[0]
    assert "2026" not in warnings[0]
