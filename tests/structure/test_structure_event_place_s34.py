"""Event venues on Korean pages, session 34 (issue 8, helper evq34), in our own invented texts:
the venue told by a sentence beside the one dating the signing — the sentence whose day dated
it (`3일 다온에서 회담을 열어 …. 두 장관은 … 서명했다`), the next sentence telling where this
agreement was held however many attendees stand between (`이번 협약에는 … 참석한 가운데 X에서
열렸다`) — and an `에서` with the agreement's quoted name right after it (`X에서「…」을`)."""

from __future__ import annotations

from summarizer.extract import facts_record

REF = "2025-03-04"


def _event(page: str):  # type: ignore[no-untyped-def]
    return facts_record(page.encode(), reference_date=REF).structure.event


def test_the_venue_of_the_sentence_whose_day_dates_the_signing() -> None:
    ev = _event(
        "가람국 국방장관과 누리국 국방장관은 3일 누리국 다온에서 국방장관 회담을 열어 교류를 "
        "늘리기로 합의했다.\n"
        "두 장관은 이를 위해 국방교류의 기본 틀인 ‘국방교류에 관한 의향서’에 서명했다.\n"
    )
    assert ev is not None and ev.date == "2025-03-03"
    assert ev.place == "누리국 다온" and "place" in ev.unsure


def test_the_next_sentence_tells_where_this_agreement_was_held() -> None:
    ev = _event(
        "가온동 주민자치위원회가 지난 2일 다온군 누리마을과 자매결연을 체결했다고 4일 밝혔다."
        "이번 협약에는 가온동 김가온 위원장, 누리마을 대표 박누리 위원장, 다온군 이다온 면장, "
        "주민 40여명이 참석한 가운데 다온군 누리면 누리농촌문화센터에서 열렸다.\n"
        "앞으로 두 마을은 직거래 장터 등 다양한 교류를 이어갈 예정이다.\n"
    )
    assert ev is not None and ev.date == "2025-03-02"
    assert ev.place == "다온군 누리면 누리농촌문화센터"


def test_a_sentence_after_it_about_another_occasion_names_no_venue() -> None:
    ev = _event(
        "가온동 주민자치위원회가 지난 2일 다온군 누리마을과 자매결연을 체결했다고 4일 밝혔다.\n"
        "누리마을은 해마다 누리농촌문화센터에서 열리는 축제로 잘 알려져 있다.\n"
    )
    assert ev is not None and ev.date == "2025-03-02" and ev.place is None


def test_an_agreement_name_quoted_right_after_the_venue() -> None:
    ev = _event(
        "가람상공회의소가 누리공사 가온지역본부와 3일 가람상공회의소 4층 중회의실에서「지역경제 "
        "활성화를 위한 업무협약」을 체결했다.\n"
    )
    assert ev is not None and ev.date == "2025-03-03"
    assert ev.place == "가람상공회의소 4층 중회의실"


# English: a venue told with the signing's day or the meeting the signing was part of


def test_a_city_and_its_country_right_before_a_bare_day() -> None:
    ev = _event(
        "The Gaon Research Institute (GRI) concluded a Memorandum of Understanding (MOU) with the "
        "Nuri Organisation for Trade and Development (NOTD) in Dara, Nuriland, March 3.\n"
    )
    assert ev is not None and ev.date == "2025-03-03" and ev.place == "Dara, Nuriland"


def test_a_body_its_quarter_and_city_after_a_day_written_before_its_month() -> None:
    ev = _event(
        "The MoU was signed by Min-ho Park, Secretary of the Ministry of Trade, and Ana Silva, "
        "Ambassador of Gaon, on 3 March, 2025 at the Ministry of Trade, Riverside, Dara.\n"
    )
    assert ev is not None and ev.date == "2025-03-03"
    assert ev.place == "Ministry of Trade, Riverside, Dara"


def test_the_office_of_a_meeting_that_ended_in_the_signing() -> None:
    ev = _event(
        "Gaon Mayor Kim Min-ho met with Dara Mayor Ana Silva at her office in the Daran capital "
        "on March 3 and signed an agreement to strengthen exchanges.\n"
    )
    assert ev is not None and ev.place == "office in the Daran capital"
