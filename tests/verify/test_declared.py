"""Declared names, doubtful dates and the re-ask: evidence that is unclear is never a re-ask."""

from __future__ import annotations

from summarizer.extract import extract_facts
from summarizer.models import Briefing, BriefingEvent, BriefingParty, ClaimCheck, VerificationReport
from summarizer.verify import reask_feedback, verify_briefing
from summarizer.verify.certainty import GUESSED_ORIGINS

KO = (
    "[한빛경제 기자] 한국전자통신연구원(이하 ETRI)과 한국무역협회가 지난 6일 대전에서 업무협약을 맺었다.\n"
    "두 기관은 기술 수출을 함께 돕기로 했다.\n"
)
EN = (
    "Seoul, March 4, 2025\n"
    "The Korea International Trade Association and Enterprise Singapore (EnterpriseSG) signed an MOU "
    "in Seoul on Monday. Seoul's trade ministry welcomed it.\n"
)


def _briefing(parties: list[BriefingParty], **kw: object) -> Briefing:
    fields: dict[str, object] = {
        "title_ko": "-", "title_en": "-", "headline_en": "-", "summary_ko": ["-"],
        "summary_en": ["-"], "parties": parties,
    }  # fmt: skip
    return Briefing.model_validate({**fields, **kw})


def _check(report: VerificationReport, field: str) -> ClaimCheck:
    return next(c for c in report.checks if c.field == field)


def test_abbreviation_in_a_bare_bracket_verifies() -> None:
    text = "국립외교원은 6일 미국 국무부 정보조사국(INR)과 양해각서를 체결했다.\n"
    facts = extract_facts(text.encode(), reference_date="2024-12-07")
    party = BriefingParty(name_ko="미국 국무부 정보조사국", abbreviation="INR")
    check = _check(verify_briefing(_briefing([party]), text, facts), "parties[0].abbreviation")
    assert check.status == "exact" and check.span is not None and check.span.text == "INR"


def test_abbreviation_after_the_head_in_the_bracket_verifies() -> None:
    text = "한국무역협회(회장 윤재원, 이하 KITA)는 7일 협약을 맺었다.\n"
    facts = extract_facts(text.encode(), reference_date="2025-07-08")
    party = BriefingParty(name_ko="한국무역협회", abbreviation="KITA")
    check = _check(verify_briefing(_briefing([party]), text, facts), "parties[0].abbreviation")
    assert check.status == "exact" and check.span is not None and check.span.text == "KITA"


def test_declared_abbreviation_verifies() -> None:
    facts = extract_facts(KO.encode(), reference_date="2025-07-08")
    party = BriefingParty(name_ko="한국전자통신연구원", abbreviation="ETRI")
    check = _check(verify_briefing(_briefing([party]), KO, facts), "parties[0].abbreviation")
    assert check.status == "exact" and check.span is not None and check.span.text == "ETRI"
    party.abbreviation = "KETI"  # not declared; the glossary (not confirmed) says ETRI
    wrong = _check(verify_briefing(_briefing([party]), KO, facts), "parties[0].abbreviation")
    assert not wrong.ok and not wrong.hard


def test_party_named_only_in_english_in_an_english_source() -> None:
    facts = extract_facts(EN.encode())
    parties = [
        BriefingParty(
            name_ko="엔터프라이즈 싱가포르",
            name_en="Enterprise Singapore",
            abbreviation="EnterpriseSG",
        ),
        BriefingParty(name_ko="산업통상자원부", name_en="Ministry of Trade, Industry and Energy"),
    ]
    report = verify_briefing(_briefing(parties), EN, facts)
    assert _check(report, "parties[0].name_ko").status == "normalised"
    assert _check(report, "parties[0].abbreviation").status == "exact"
    named_loosely = _check(report, "parties[1].name_ko")  # "Seoul's trade ministry"
    assert (named_loosely.status, named_loosely.hard) == ("unverified", False)


def test_weekday_date_near_the_document_date_is_not_contradicted() -> None:
    facts = extract_facts(EN.encode())
    b = _briefing([], event=BriefingEvent(date="2025-03-03"))
    check = _check(verify_briefing(b, EN, facts), "event.date")
    assert (check.status, check.hard) == ("unverified", False) and "Monday" in (check.note or "")
    b.event = BriefingEvent(date="2025-03-05")  # a Wednesday: the source names no such day
    assert _check(verify_briefing(b, EN, facts), "event.date").hard


def test_date_resting_on_a_guessed_reference_date_is_never_contradicted() -> None:
    facts = extract_facts(KO.encode())
    assert facts.reference_date_origin in GUESSED_ORIGINS
    b = _briefing([], headline_en="They signed it on July 6, 2024.")
    report = verify_briefing(b, KO, facts)
    check = _check(report, "headline_en")
    assert (check.status, check.hard) == ("unverified", False) and "6일" in (check.note or "")
    assert reask_feedback(report) is None
    b.headline_en = "They signed it on July 9, 2024."  # no 9th in the source: sure
    assert _check(verify_briefing(b, KO, facts), "headline_en").hard


def test_feedback_is_for_the_model_and_notes_are_for_users() -> None:
    facts = extract_facts(KO.encode(), reference_date="2025-07-08")
    b = _briefing(
        [BriefingParty(name_ko="한국정보통신연구원")], event=BriefingEvent(date="2025-07-09")
    )
    report = verify_briefing(b, KO, facts)
    assert all("Use " not in (c.note or "") for c in report.checks)
    feedback = reask_feedback(report, KO)
    assert feedback is not None
    assert "event.date: '2025-07-09'" in feedback and "2025-07-06" in feedback
    assert feedback.splitlines()[0].startswith("Some fields contradict the source")


def test_english_name_of_another_glossary_body_is_flagged_without_a_reask() -> None:
    text = "한빛기술연구소와 한국무역협회가 지난 6일 업무협약을 맺었다.\n"
    facts = extract_facts(text.encode(), reference_date="2025-07-08")
    party = BriefingParty(name_ko="한빛기술연구소", name_en="Korea International Trade Association")
    check = _check(verify_briefing(_briefing([party]), text, facts), "parties[0].name_en")
    assert (check.status, check.hard) == ("unsupported", False) and "한국무역협회" in (
        check.note or ""
    )
    party.name_en = "Hanbit Technology Institute"  # a plain translation
    plain = _check(verify_briefing(_briefing([party]), text, facts), "parties[0].name_en")
    assert plain.status == "unverified"


def test_two_parties_with_one_english_name_are_flagged_without_a_reask() -> None:
    facts = extract_facts(KO.encode(), reference_date="2025-07-08")
    parties = [
        BriefingParty(name_ko="한국전자통신연구원", name_en="Korea Trade Institute"),
        BriefingParty(name_ko="한국무역협회", name_en="Korea Trade Institute"),
    ]
    report = verify_briefing(_briefing(parties), KO, facts)
    twins = [c for c in report.checks if c.note and "also given as the English name" in c.note]
    assert [c.field for c in twins] == ["parties[0].name_en", "parties[1].name_en"]
    assert not any(c.hard for c in twins)


def test_a_day_written_where_the_facts_read_no_date_is_not_contradicted() -> None:
    text = "The ministry will sign an MOU with the province on May 4.30 this year.\n"
    read = extract_facts(text.encode(), reference_date="2019-05-02")
    # (the facts read no date: nor does the structure's event, which `will sign` now dates)
    assert read.structure is not None
    structure = read.structure.model_copy(update={"event": None})
    facts = read.model_copy(
        update={"facts": [f for f in read.facts if f.kind != "date"], "structure": structure}
    )
    b = _briefing([], event=BriefingEvent(date="2019-04-30"))
    check = _check(verify_briefing(b, text, facts), "event.date")
    assert (check.status, check.hard) == ("unverified", False) and "4.30" in (check.note or "")
    b.event = BriefingEvent(date="2019-04-29")
    assert _check(verify_briefing(b, text, facts), "event.date").hard


def test_the_only_date_is_not_offered_unless_bound_to_the_event() -> None:
    text = "배포일시 2025. 7. 1.(화)\n두 기관은 업무협약을 맺었다.\n"
    facts = extract_facts(text.encode(), reference_date="2025-07-01")
    b = _briefing([], event=BriefingEvent(date="2025-07-09"))
    check = _check(verify_briefing(b, text, facts), "event.date")
    assert check.hard and "2025-07-01" not in (
        check.note or ""
    )  # a distribution date, not the event's
