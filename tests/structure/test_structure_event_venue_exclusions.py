"""Event forms from this session's tuning pages (issue 8, helper s24-event), in our own invented
texts: a field with `등` after it (`사회공헌 분야 등에서 협력하기로`) is no venue."""

from __future__ import annotations

from summarizer.extract import facts_record

REF = "2025-03-20"


def test_a_field_and_its_etc_is_no_venue() -> None:
    # the venue is told in the next sentence; the field before `등에서` must not stand for it
    page = (
        "가람은행은 누리재단과 금융지원과 의료·복지·교육 등 사회공헌 분야 등에서 상호 협력하기로 "
        "하는 내용의 업무지원 협약식을 12일 체결했다.\n"
        "가온시 중구에 위치한 누리재단 본관에서 열린 이날 협약식에는 두 기관장이 참석했다.\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.date == "2025-03-12"
    assert ev.place is None or "분야" not in ev.place


def test_where_the_venue_lies_is_no_part_of_it() -> None:
    # `X에 위치한 Y에서`, as `X 소재 Y에서`: the venue is Y
    page = "가온구청장이 17일 오후 누리동에 위치한 별빛증권 회의실에서 별빛증권과 협약을 맺었다.\n"
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.place == "별빛증권 회의실"


def test_a_meeting_of_the_signers_is_no_other_occasion() -> None:
    # `inked … after a bilateral meeting at X Thursday`: the leaders met and signed there (a forum
    # attended before the signing stays another occasion: test_structure_venue_other_occasions)
    page = (
        "Gaon Inks 3 MoU With Nuria\nDARA, March 13 (Gaon News) -- The three MoU were inked in "
        "the presence of Mayor Kim and Governor Lee after a bilateral meeting at the Byeolbit "
        "Palace Thursday.\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.place == "Byeolbit Palace"


def test_what_the_agreement_leads_to_is_held_at_no_venue_of_it() -> None:
    # `이번 협약을 계기로 워크숍을 X 지역에서 개최하고 … 방침이다`: a later occasion's place; the
    # page names no venue of the signing
    page = (
        "누리청은 지난 10월 31일 가람시, 별빛군과 자매결연 업무협약을 체결했다고 밝혔다.\n"
        "이번 협약은 지역 상생을 위해 마련됐다.\n"
        "누리청은 이번 협약을 계기로 직원 워크숍을 가람·별빛 지역에서 개최하고, 교류 프로그램을 "
        "추진할 방침이다.\n"
    )
    ev = facts_record(page.encode()).structure.event
    assert ev is None or ev.place is None
    # the agreement held there (its subject) stays the signing's venue
    page = page.replace("이번 협약은 지역", "이번 협약은 누리청 대회의실에서 진행됐으며 지역")
    ev = facts_record(page.encode()).structure.event
    assert ev is not None and ev.place == "누리청 대회의실"
