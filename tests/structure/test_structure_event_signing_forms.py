"""The signing's time, venue and day among other occasions and other dates (issue 8), in forms
seen on real pages, our own texts: a schedule listing several occasions each after its own
time, a ceremony `열고`/`가졌다` at a venue, a photo caption naming the ceremony in quotes, a
decision the signing follows from, and a first line that is the story, not a headline."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

REF = "2025-03-20"  # a Thursday


def _event(page: str, ref: str = REF) -> tuple[str | None, str | None, str | None] | None:
    ev = facts_record(page.encode(), reference_date=ref).structure.event
    return (ev.date, ev.time, ev.place) if ev else None


def test_a_schedule_gives_the_signings_own_time() -> None:
    page = (
        "김가온 가온시장, 21일 일정\n\n2025-03-20     홍길동 기자\n\n"
        "김가온 가온시장은 21일 오전 10시 시청 대회의실에서 열리는 간부회의에 참석한 후 "
        "오후 2시 다온대학교 본관에서 개최되는 가온시-다온대 업무협약식에 참석한 뒤 "
        "오후 4시 시민홀에서 열리는 토론회에 참석한다.\n"
    )
    assert _event(page) == ("2025-03-21", "14:00", "다온대학교 본관")


def test_a_ceremony_named_before_its_time_keeps_the_first_time() -> None:
    page = (
        "가온시, 다온재단과 협약\n\n"
        "가온시와 다온재단의 협약식은 14일 오전 10시 가온시청 대회의실에서 열렸으며, "
        "오후 2시에는 두 기관 실무자 간담회가 이어졌다.\n"
    )
    assert _event(page) == ("2025-03-14", "10:00", "가온시청 대회의실")


@pytest.mark.parametrize("verb", ["열고", "가졌다", "개최하고"])
def test_a_ceremony_held_at_a_named_body(verb: str) -> None:
    page = (
        "가온협회-다온재단 업무협약\n\n"
        "가온협회와 다온재단이 상생을 위한 업무협약을 지난 14일 체결했다.\n\n"
        f"양측은 이날 오전 다온재단에서 협약식을 {verb} 공동 사업 추진 등을 약속했다.\n"
    )
    ev = _event(page)
    assert ev is not None and ev[2] == "다온재단"


def test_a_caption_names_the_venue_of_a_ceremony_named_in_quotes() -> None:
    page = (
        "14일 가온군 다온면 누리농협에서 진행된 '가온유통-누리농협 자매결연 협약식'에서 "
        "김가온 대표(오른쪽)와 이누리 조합장이 기념촬영을 하고 있다.\n"
        "이번 협약식은 지역 농산물 판로 확보 등 교류 협력 사업을 담고 있다.\n"
    )
    ev = _event(page)
    assert ev is not None and ev[2] is not None and ev[2].endswith("누리농협")


def test_the_days_of_the_decisions_a_signing_follows_from_are_not_its_day() -> None:
    page = (
        "가온시, 다온공사와 업무협약 체결\n\n2025-03-20 11:20:05\n\n"
        "가온시는 다온공사와 업무협약을 체결했다고 밝혔다.\n\n"
        "이번 협약은 지난 1월 13일 다온지구 조성사업의 시행자가 공사로 지정되고, 2월 4일 "
        "관할 지자체가 가온시로 결정됨에 따라 양 기관이 협력하기 위해 체결됐다.\n"
    )
    ev = _event(page)
    assert ev is None or ev[0] is None


def test_a_story_line_read_as_the_headline_still_dates_the_signing() -> None:
    page = (
        " date 2025-03-17 GAON – A memorandum of understanding was signed on Monday between "
        "the Gaon Daily and the Dara Times to boost cooperation.\n\n"
        "The MOU was signed by Kim Ga-on, the publisher of the Gaon Daily.\n\n"
        "The signing ceremony was held via videoconference.\n"
    )
    ev = _event(page, "2025-03-17")
    assert ev is not None and ev[0] == "2025-03-17"


def test_a_headline_with_a_day_does_not_date_the_signing_the_body_only_announces() -> None:
    page = (
        "14일 업무협약 체결...공동 순찰 '골자'\n"
        "가온·다온경찰서는 '인접서 공조 협약'을 체결했다고 14일 밝혔다.\n"
        "두 기관은 비상 연락체계를 갖추기로 했다.\n"
    )
    ev = _event(page)
    assert ev is None or ev[0] is None


def test_a_ceremony_word_spaced_with_an_aside_is_still_the_signing() -> None:
    page = (
        "가온상인회-다온통신 상호협약\n\n"
        "(가온=누리뉴스) 홍길동 기자 = 가온상인회(회장 김가온)가 14일 오후 2시 가온상인회 "
        "사무소에서 다온통신(지사장 이다온)과 상생을 위한 협약 식(MOU)을 가졌다.\n"
    )
    assert _event(page) == ("2025-03-14", "14:00", "가온상인회 사무소")


def test_the_hall_of_the_day_whose_items_include_signing_the_papers() -> None:
    page = (
        "가온동-다온면 자매결연\n\n"
        "가온동 주민센터는 지난 12일 가온동 주민자치위원회와 다온면 주민자치위원회가 자매결연을 "
        "맺었다고 밝혔다.\n"
        "다온면사무소에서 진행된 이날 행사는 양 마을 주민 등이 참석한 가운데 협약서 조인, 마을 "
        "견학 순으로 진행됐다.\n"
    )
    ev = _event(page)
    assert ev is not None and ev[2] == "다온면사무소"


def test_an_english_name_right_after_the_signings_day_is_its_venue() -> None:
    page = (
        "Gana, Dara sign pacts\n\n"
        "Gana and Dara held an MOU signing ceremony on March 12 at Gaon Grand Astoria and "
        "signed three agreements on trade.\n"
    )
    ev = _event(page)
    assert ev is not None and (ev[0], ev[2]) == ("2025-03-12", "Gaon Grand Astoria")


def test_a_request_after_the_signings_day_is_no_venue() -> None:
    page = "Gana, Dara sign pact\n\nGana signed the pact with Dara on March 12 at Dara's request.\n"
    ev = _event(page)
    assert ev is not None and ev[2] is None
