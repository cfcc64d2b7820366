"""Whose venue, and which: another party's premises or another place of the venue's sentence
(s29-ver). Invented sources."""

from __future__ import annotations

from summarizer.extract import extract_facts
from summarizer.models import Briefing, BriefingEvent, ClaimCheck
from summarizer.verify import verify_briefing


def _place(text: str, place: str, time: str | None = None) -> ClaimCheck:
    facts = extract_facts(text.encode(), reference_date="2025-06-10")
    b = Briefing(
        title_ko="-", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        event=BriefingEvent(place_ko=place, time=time),
    )  # fmt: skip
    (check,) = [c for c in verify_briefing(b, text, facts).checks if c.field == "event.place_ko"]
    return check


# `A는 3층 대회의실에서 B와`: the room is A's (the subject's), not B's.
SUBJECT = (
    "지난 3일 가람치과병원은 3층 대회의실에서 누리소방서와 '상호 협력을 위한 업무 협약'을 "
    "체결했다.\n누리소방서는 병원 직원에게 소방 안전교육을 한다.\n"
)


def test_the_venue_given_the_partner_s_premises_is_doubted() -> None:
    check = _place(SUBJECT, "누리소방서 3층 대회의실")
    assert not check.ok and "가람치과병원" in (check.note or "")
    assert _place(SUBJECT, "가람치과병원 3층 대회의실").ok  # the subject's own room


# the venue the source writes with its owner's name: `누리병원 회의실`
NAMED = (
    "가람병원과 대산재단 누리병원이 지난 4일 오후 5시 누리병원 회의실에서 의료협약을 체결했다.\n"
    "두 병원은 환자 의뢰와 회송에 협력한다.\n"
)


def test_the_venue_given_the_other_party_s_name_is_doubted() -> None:
    assert not _place(NAMED, "가람병원 회의실").ok
    assert _place(NAMED, "누리병원 회의실").ok


# two signings in one sentence, each at its own place
TWO = (
    "다온조직위는 5일 가람연합회, 누리협회와 업무협약을 체결했다고 밝혔다.\n\n"
    "지난 4일 오후 7시 가람군 별빛리조트에서 조직위와 가람연합회가 협약을 체결한 후, "
    "다음날 5일 누리협회 회의실에서 누리협회와 업무협약을 체결했다.\n"
)


def test_the_second_place_of_the_venue_s_sentence_is_not_the_venue_read() -> None:
    assert _place(TWO, "가람군 별빛리조트", time="19:00").ok
    check = _place(TWO, "누리협회 회의실", time="19:00")
    assert not check.ok and check.status == "unverified"


# a body's name beside the venue (`강남구청장`), not where the signing was
TITLE = (
    "가람군은 16일 군청에서 김바다 군수와 이누리 다온구청장을 비롯한 관계자 50여 명이 참석한 "
    "가운데 다온구와 자매결연 협약을 체결했다.\n"
)


def test_a_place_named_after_the_venue_in_a_title_is_not_the_venue() -> None:
    assert _place(TITLE, "가람군청").ok
    assert not _place(TITLE, "다온구청").ok


def test_one_venue_written_in_pieces_still_verifies() -> None:
    text = (
        "가람공사와 누리시는 14일 오후 2시 누리시청(중구 세종대로 소재) 3층 대회의실에서 "
        "업무협약을 체결했다.\n"
    )
    assert _place(text, "누리시청 3층 대회의실").ok
