"""verify_briefing on hand-made briefings: every kind of mismatch is caught, no false alarms."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.models import (
    Briefing,
    ClaimCheck,
    Fact,
    FactsResult,
    Region,
    VerificationReport,
)
from summarizer.verify import reask_feedback, verify_briefing

from .conftest import RELEASE, correct_briefing


def _verify(briefing: Briefing, facts: FactsResult) -> VerificationReport:
    report = verify_briefing(briefing, RELEASE, facts)
    for check in report.checks:  # every span, whatever its status, reproduces its text
        if check.span is not None:
            assert RELEASE[check.span.start : check.span.end] == check.span.text
    return report


def _check(report: VerificationReport, field: str) -> ClaimCheck:
    # The field's value check, not the `unchecked` mark of its translated wording.
    found = [c for c in report.checks if c.field == field and c.status != "unchecked"]
    assert len(found) == 1, [c.field for c in report.checks]
    return found[0]


def test_correct_briefing_verifies_without_warnings(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    report = _verify(briefing, release_facts)
    assert report.verified
    assert report.recall_warnings == []
    assert reask_feedback(report) is None
    # Every checked claim rests on a span; what no check can judge says so (`unchecked`).
    assert all(c.span is not None for c in report.checks if c.status != "unchecked")
    assert not [c for c in report.checks if c.status in ("unverified", "unsupported")]
    kinds = {c.kind for c in report.checks}
    assert {
        "date", "time", "phone", "quote", "speaker", "commitment", "party", "name_en", "embargo",
        "place", "contact", "english", "text",
    } <= kinds  # fmt: skip
    assert report.counts()["unchecked"] == len(report.unchecked) > 0


def test_claimed_values_are_exact_or_normalised(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    report = _verify(briefing, release_facts)
    assert _check(report, "contacts[0].phone").status == "exact"
    assert _check(report, "event.time").status == "exact"  # `10:00` is written in the source
    assert _check(report, "event.date").status == "normalised"  # only `2025년 5월 20일` is
    assert _check(report, "embargo").status == "normalised"


def test_wrong_date_is_hard_and_lists_the_source_dates(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    assert briefing.event is not None
    briefing.event.date = "2025-05-21"
    check = _check(_verify(briefing, release_facts), "event.date")
    assert (check.status, check.hard) == ("unsupported", True)
    assert "2025-05-20" in (check.note or "")


def test_date_in_another_format_is_normalised(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    assert briefing.event is not None
    briefing.event.date = "2025. 5. 20."
    assert _check(_verify(briefing, release_facts), "event.date").status == "normalised"


def test_wrong_time_is_caught(briefing: Briefing, release_facts: FactsResult) -> None:
    assert briefing.event is not None
    briefing.event.time = "15:00"
    check = _check(_verify(briefing, release_facts), "event.time")
    assert (check.status, check.hard) == ("unsupported", True)
    assert "10:00" in (check.note or "")


def test_korean_clock_time_matches_by_value(briefing: Briefing, release_facts: FactsResult) -> None:
    assert briefing.event is not None
    briefing.event.time = "오전 10시"
    assert _check(_verify(briefing, release_facts), "event.time").status == "exact"
    briefing.event.time = "10 a.m."
    assert _check(_verify(briefing, release_facts), "event.time").status == "normalised"


def test_hallucinated_phone_is_hard(briefing: Briefing, release_facts: FactsResult) -> None:
    briefing.contacts[1].phone = "044-204-7719"
    report = _verify(briefing, release_facts)
    check = _check(report, "contacts[1].phone")
    assert (check.status, check.hard) == ("unsupported", True)
    # The phone on that contact's row, not a list of every phone to pick from.
    assert "The source lists 044-204-7715 for “설지우”" in (check.note or "")
    assert "044-204-7711" not in (check.note or "")
    assert not report.verified


def test_phone_written_differently_is_normalised(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    briefing.contacts[0].phone = "+82-44-204-7711"
    check = _check(_verify(briefing, release_facts), "contacts[0].phone")
    assert check.status == "normalised"
    assert check.span is not None and check.span.text == "044-204-7711"


def test_not_a_phone_is_unsupported(briefing: Briefing, release_facts: FactsResult) -> None:
    briefing.contacts[0].phone = "담당자에게 문의"
    check = _check(_verify(briefing, release_facts), "contacts[0].phone")
    assert (check.status, check.hard) == ("unsupported", True)


def test_wrong_embargo_is_caught(briefing: Briefing, release_facts: FactsResult) -> None:
    briefing.embargo = "2025-05-20T12:00"
    check = _check(_verify(briefing, release_facts), "embargo")
    assert (check.status, check.hard) == ("unsupported", True)
    assert "2025-05-20T10:00" in (check.note or "")


def test_fabricated_quote_is_hard(briefing: Briefing, release_facts: FactsResult) -> None:
    briefing.quotes[0].text_ko = "올해 안에 모든 중소기업의 물류비를 전액 지원하겠다"
    check = _check(_verify(briefing, release_facts), "quotes[0].text_ko")
    assert (check.status, check.hard) == ("unsupported", True)
    assert "물류비 부담을 덜어" in (check.note or "")  # the speaker's real quote is offered


def test_quote_with_other_spacing_and_marks_is_normalised(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    briefing.quotes[0].text_ko = "물류비 부담을 덜어, 중소기업이 수출에만 집중할수 있도록 하겠다."
    check = _check(_verify(briefing, release_facts), "quotes[0].text_ko")
    assert check.status == "normalised"


def test_paraphrase_within_tolerance_is_fuzzy(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    # Two particles dropped (`을`, `에만` -> `에`): still the same words.
    briefing.quotes[0].text_ko = "물류비 부담 덜어 중소기업이 수출에 집중할 수 있도록 하겠다"
    check = _check(_verify(briefing, release_facts), "quotes[0].text_ko")
    assert check.status == "fuzzy"
    assert check.span is not None and check.span.text.startswith("물류비 부담을 덜어")


def test_quote_shortened_with_ellipsis_is_fuzzy(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    briefing.quotes[0].text_ko = "물류비 부담을 덜어 … 집중할 수 있도록 하겠다"
    check = _check(_verify(briefing, release_facts), "quotes[0].text_ko")
    assert check.status == "fuzzy"


def test_commitment_alignment_levels(briefing: Briefing, release_facts: FactsResult) -> None:
    briefing.commitments[0].text_ko = "- 중소기업 수출물류비 공동지원"  # a bullet, other spacing
    briefing.commitments[1].text_ko = "해외 공동물류센터 이용을 확대"  # a particle added
    briefing.commitments[2].text_ko = "수출 바우처 예산 두 배 확대"  # not in the source
    report = _verify(briefing, release_facts)
    assert _check(report, "commitments[0].text_ko").status == "normalised"
    assert _check(report, "commitments[1].text_ko").status == "fuzzy"
    invented = _check(report, "commitments[2].text_ko")
    assert (invented.status, invented.hard) == ("unsupported", False)
    assert reask_feedback(report) is None  # commitments are marked, never re-asked


def test_wrong_date_in_headline_is_caught(briefing: Briefing, release_facts: FactsResult) -> None:
    briefing.headline_en = "MSS and KITA agreed on May 21, 2025 to support SMEs' export logistics."
    check = _check(_verify(briefing, release_facts), "headline_en")
    assert (check.claim, check.status) == ("May 21, 2025", "unsupported")


def test_reask_names_fields_and_allowed_values(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    briefing.contacts[0].phone = "010-0000-0000"
    assert briefing.event is not None
    briefing.event.date = "2025-06-01"
    feedback = reask_feedback(_verify(briefing, release_facts))
    assert feedback is not None
    lines = feedback.splitlines()
    assert len(lines) == 3  # a header and one line per violated field, nothing else
    assert lines[1].startswith("- event.date: '2025-06-01'")
    assert "contacts[0].phone: '010-0000-0000' does not occur in the source." in lines[2]
    assert "The source lists 044-204-7711 for “윤하람” (line " in lines[2]
    assert "2025-05-20 (“2025년 5월 20일(화)”, line " in lines[1]  # the event's date, and where
    assert "Use one of them" not in feedback and "in the source:" not in feedback  # no list


_noise = st.text(
    alphabet=st.sampled_from(list("0123456789-.:/~()년월일시분 오전후가나다중기부“”'\"…TZ+ampAPM")),
    max_size=30,
)


@settings(max_examples=150, deadline=None)
@given(
    date_=_noise,
    time_=_noise,
    phone=_noise,
    quote=_noise,
    name=_noise,
    embargo=_noise,
    headline=_noise,
)
def test_any_claim_text_gives_a_report_never_an_exception(
    release_facts: FactsResult, date_: str, time_: str, phone: str, quote: str, name: str,
    embargo: str, headline: str,
) -> None:  # fmt: skip
    briefing = correct_briefing()
    assert briefing.event is not None
    briefing.event.date, briefing.event.time = date_, time_
    briefing.contacts[0].phone = phone
    briefing.quotes[0].text_ko = quote
    briefing.parties[0].name_ko = name
    briefing.embargo = embargo
    briefing.headline_en = headline
    report = _verify(briefing, release_facts)
    feedback = reask_feedback(report)
    assert (feedback is None) == (not any(c.hard and not c.ok for c in report.checks))


def test_phone_written_in_text_but_missed_by_facts_is_unverified(
    release_facts: FactsResult,
) -> None:
    text = (
        RELEASE
        + "\n자세한 내용은 중소기업 통합콜센터(국번 없이 1357)로 문의하면 된다. 예산은 1468억 원이다.\n"
    )
    facts = release_facts.model_copy(
        update={"facts": [f for f in release_facts.facts if f.value != "1357"]}
    )
    briefing = correct_briefing()
    briefing.contacts[0].phone = "1357"
    check = _check(verify_briefing(briefing, text, facts), "contacts[0].phone")
    assert (check.status, check.hard) == ("unverified", False)
    assert check.span is not None and check.span.text == "1357"
    briefing.contacts[0].phone = "1468"  # an amount, not a phone
    check = _check(verify_briefing(briefing, text, facts), "contacts[0].phone")
    assert (check.status, check.hard) == ("unsupported", True)


def test_phone_only_in_noise_is_unverified(release_facts: FactsResult) -> None:
    footer = "\n데일리물류 | 대표전화 02-555-0100 | 무단전재 및 재배포 금지\n"
    text = RELEASE + footer
    start = len(RELEASE) + 1
    phone_at = text.index("02-555-0100")
    facts = release_facts.model_copy(
        update={
            "facts": [*release_facts.facts, Fact(kind="phone", text="02-555-0100", start=phone_at, end=phone_at + 11, value="+8225550100")],
            "regions": [Region(kind="noise", reason="copyright", text=text[start:-1], start=start, end=len(text) - 1)],
        }
    )  # fmt: skip
    briefing = correct_briefing()
    briefing.contacts[0].phone = "02-555-0100"
    report = verify_briefing(briefing, text, facts)
    check = _check(report, "contacts[0].phone")
    assert (check.status, check.hard) == ("unverified", False)
    assert "copyright" in (check.note or "")
    briefing.contacts[0].phone = "010-9999-9999"
    feedback = reask_feedback(verify_briefing(briefing, text, facts)) or ""
    assert "044-204-7711" in feedback and "02-555-0100" not in feedback


def test_times_in_summary_text_are_checked(briefing: Briefing, release_facts: FactsResult) -> None:
    briefing.summary_en = ["The ceremony began at 10 a.m. in Seoul.", "Talks ran until 3 p.m."]
    briefing.summary_ko = ["협약식은 오전 10시에 열렸다.", "1:1 상담도 진행됐다."]
    report = _verify(briefing, release_facts)
    assert _check(report, "summary_en[0]").status == "normalised"
    wrong = _check(report, "summary_en[1]")
    assert (wrong.claim, wrong.status) == ("3 p.m.", "unsupported")
    assert _check(report, "summary_ko[0]").status == "exact"
    # `1:1` is no time (only its number, absent from the source, is left unverified)
    assert not [c for c in report.checks if c.field == "summary_ko[1]" and c.kind == "time"]
