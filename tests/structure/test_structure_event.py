"""Event: the signing's date, start time and venue; announcements are not signings."""

from __future__ import annotations

import pytest
from structure_helpers import fact, run

TITLE = "두 기관, 청년 일자리 협약 체결\n\n"


def test_announcement_date_is_not_the_signing() -> None:
    text = TITLE + "한국고용정보원은 대전시와 청년 일자리 업무협약을 체결했다고 12일 밝혔다.\n"
    facts = [fact(text, "date", "12일", "2025-03-12")]
    assert run(text, facts).event is None


def test_signing_sentence_gives_date_time_and_place() -> None:
    text = TITLE + (
        "한국고용정보원(이하 고용정보원)은 12일(수) 오후 3시 대전 유성구 고용정보원 본관 3층 대강당에서 "
        "대전시와 업무협약을 체결했다.\n"
    )
    facts = [fact(text, "date", "12일(수)", "2025-03-12"), fact(text, "time", "오후 3시", "15:00")]
    ev = run(text, facts).event
    assert ev is not None
    assert (ev.date, ev.time, ev.place) == ("2025-03-12", "15:00", "고용정보원 본관 3층 대강당")


def test_ceremony_sentence_after_the_announcement() -> None:
    text = TITLE + (
        "고용정보원은 대전시와 업무협약을 맺었다고 14일 밝혔다. "
        "협약식은 지난 10일 오전 11시 대전시청 중회의실에서 열렸다.\n"
    )
    facts = [
        fact(text, "date", "14일", "2025-03-14"),
        fact(text, "date", "지난 10일", "2025-03-10"),
        fact(text, "time", "오전 11시", "11:00"),
    ]
    ev = run(text, facts).event
    assert ev is not None
    assert (ev.date, ev.time, ev.place) == ("2025-03-10", "11:00", "대전시청 중회의실")


def test_overview_row_with_range_and_address() -> None:
    text = TITLE + (
        "고용정보원은 대전시와 업무협약을 체결했다.\n\n"
        "< 협약 개요 >\n- (일시·장소) 3. 12.(수) 15:00~15:30 / 대전컨벤션센터 2층 그랜드홀(대전 유성구 엑스포로 107)\n"
    )
    facts = [
        fact(text, "date", "3. 12.(수)", "2025-03-12"),
        fact(text, "time", "15:00~15:30", "15:00/15:30"),
    ]
    ev = run(text, facts).event
    assert ev is not None
    assert (ev.date, ev.time, ev.place) == ("2025-03-12", "15:00", "대전컨벤션센터 2층 그랜드홀")
    assert ev.time_span is not None and ev.time_span.text == "15:00~15:30"


def test_english_venue_in_short_form() -> None:
    text = (
        "KTA and CCR Sign MOU\n\n"
        "SEOUL, March 3 (KTA) - The Korea Tourism Alliance (KTA) signed an MOU with the Ruritania Board (RB) on Monday. "
        "The ceremony took place at 10 a.m. in the Crystal Hall on the 3rd floor of the Plaza Hotel in Seoul.\n"
    )
    facts = [fact(text, "date", "March 3", "2025-03-03"), fact(text, "time", "10 a.m.", "10:00")]
    ev = run(text, facts).event
    assert ev is not None
    assert (ev.date, ev.time) == ("2025-03-03", "10:00")
    assert ev.place == "Crystal Hall, 3rd floor, Plaza Hotel, Seoul"


def test_notice_without_signing_has_no_event() -> None:
    text = "지원사업 모집 공고\n\n ○ 사업 기간 : 협약일 ~ 2025. 11. 30.(일)\n ○ 접수 : 3. 20.(목)까지\n"
    facts = [
        fact(text, "date", "2025. 11. 30.(일)", "2025-11-30"),
        fact(text, "date", "3. 20.(목)", "2025-03-20"),
    ]
    assert run(text, facts).event is None


def test_tab_overview_table() -> None:
    text = TITLE + (
        "보도일자 : 2025. 3. 14.(금)\n고용정보원은 대전시와 업무협약을 체결했다.\n\n"
        "구분\t내용\n일시\t2025. 3. 13.(목) 10:30~11:00\n장소\t대전시청 대회의실(대전 서구 둔산로 100)\n"
    )
    facts = [
        fact(text, "date", "2025. 3. 14.(금)", "2025-03-14"),
        fact(text, "date", "2025. 3. 13.(목)", "2025-03-13"),
        fact(text, "time", "10:30~11:00", "10:30/11:00"),
    ]
    ev = run(text, facts).event
    assert ev is not None
    assert (ev.date, ev.time, ev.place) == ("2025-03-13", "10:30", "대전시청 대회의실")


def test_partner_between_date_and_venue() -> None:
    text = (
        TITLE
        + "고용정보원은 12일 대전시와 서울 중구 프레스센터 20층 국제회의장에서 협약을 체결했다.\n"
    )
    facts = [fact(text, "date", "12일", "2025-03-12")]
    ev = run(text, facts).event
    assert ev is not None and ev.place == "프레스센터 20층 국제회의장"


def test_this_day_refers_to_the_last_named_date() -> None:
    text = TITLE + (
        "[경제신문 이소라 기자] 신한은행은 서울신용보증재단과 금융지원 업무협약을 맺었다고 11일 밝혔다.\n\n"
        "협약식은 이날 오전 서울 중구 신한은행 본점에서 열렸다.\n"
    )
    facts = [fact(text, "date", "11일", "2025-03-11")]
    st = run(text, facts)
    assert st.event is not None
    assert (st.event.date, st.event.time, st.event.place) == ("2025-03-11", None, "신한은행 본점")
    assert [p.name for p in st.parties] == ["신한은행", "서울신용보증재단"]


def test_a_briefing_schedule_is_not_the_signing() -> None:
    text = TITLE + (
        "고용정보원은 대전시와 업무협약을 체결했다고 밝혔다.\n\n"
        "< 사업설명회 안내 >\n ○ 일시 : 3. 20.(목) 14:00\n ○ 장소 : 대전시청 대강당\n"
    )
    facts = [fact(text, "date", "3. 20.(목)", "2025-03-20"), fact(text, "time", "14:00", "14:00")]
    assert run(text, facts).event is None


def test_day_and_place_rows_closing_a_board_post() -> None:
    # (no overview heading over them: the two rows stand right under the post's prose)
    text = (
        "누리복지관, 가람시설공단과 업무협약 체결하였습니다.\n작성자\n누리팀\n\n누리복지관과 가람시설공단은 주민 돌봄을 위한 "
        "업무 협약을 체결하였습니다.\n앞으로도 주민과 함께하겠습니다.\n"
        "일시 : 2025년 3월 20일 목요일\n장소 : 누리종합복지관\n"
    )
    facts = [fact(text, "date", "2025년 3월 20일", "2025-03-20")]
    ev = run(text, facts).event
    assert ev is not None
    assert (ev.date, ev.place) == ("2025-03-20", "누리종합복지관")


@pytest.mark.parametrize(
    ("head", "sentence", "want"),
    [
        (
            "SEOUL, May 9, 2025 - ",
            "The Korea Seed Agency (KOSA) and Haeul Bank (HB) signed an MOU on May 8 at HB's "
            "head office in Seoul.",
            ("2025-05-08", "HB's head office in Seoul"),
        ),
        (
            "Seoul, Korea, May 9 — ",
            "The Korea Seed Agency (KOSA) and Haeul Bank (HB) signed an MOU on May 8, officials "
            "said on May 9.",
            ("2025-05-08", None),
        ),
    ],
)
def test_english_signing_date_after_on(head: str, sentence: str, want: tuple) -> None:
    text = "KOSA and HB team up\n\n" + head + sentence + "\n"
    facts = [
        fact(text, "date", "May 9", "2025-05-09"),
        fact(text, "date", "May 8", "2025-05-08"),
    ]
    if text.count("May 9") > 1:
        facts.append(fact(text, "date", "May 9", "2025-05-09", nth=1))
    ev = run(text, facts).event
    assert ev is not None and (ev.date, ev.place) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("The two agencies signed the MOU at 2 p.m. Friday in Seoul.", "2025-05-09"),
        ("The two agencies signed the MOU on Friday in Seoul.", "2025-05-09"),
        # (a weekday other than the dateline's: the nearest such day before it, issue 8)
        ("The two agencies signed the MOU on Thursday in Seoul.", "2025-05-08"),
        ("The two agencies signed the MOU in Seoul on Sunday.", "2025-05-04"),
        ("The two agencies are to sign the MOU on Monday in Seoul.", "2025-05-12"),
        # the day of the report, not of the signing
        ("The two agencies have signed an MOU, the ministry reported on Thursday.", None),
        ("The minister on Wednesday announced that the two had signed an MOU.", None),
    ],
)
def test_english_weekday_of_the_dateline(sentence: str, want: str | None) -> None:
    text = "KOSA and HB team up\n\nSEOUL, May 9 (Wire) -- " + sentence + "\n"
    ev = run(text, [fact(text, "date", "May 9", "2025-05-09")]).event
    assert (ev.date if ev else None) == want


@pytest.mark.parametrize("head", ["SEOUL, May 9 (Wire) -- ", " date 2025-05-09 SEOUL (May 9): "])
def test_yesterday_under_a_dateline_is_the_day_before(head: str) -> None:
    title = "" if head.startswith(" date") else "KOSA and HB team up\n\n"  # metadata opens a page
    text = title + head + "The two agencies signed the MOU at the Haeul Center yesterday.\n"
    facts = [fact(text, "date", "May 9", "2025-05-09")]
    if "2025-05-09" in text:
        facts.insert(0, fact(text, "date", "2025-05-09", "2025-05-09"))
    ev = run(text, facts).event
    assert ev is not None and (ev.date, ev.place) == ("2025-05-08", "Haeul Center")


def test_yesterday_said_is_the_report_not_the_signing() -> None:
    text = (
        "KOSA and HB team up\n\nSEOUL, May 9 (Wire) -- "
        "The two agencies signed the MOU in Seoul, officials said yesterday.\n"
    )
    ev = run(text, [fact(text, "date", "May 9", "2025-05-09")]).event
    assert ev is None or ev.date != "2025-05-08"


@pytest.mark.parametrize("verb", ["양해각서(MOU)를 교환했다", "협약서를 교환하고 협력을 약속했다"])
def test_exchanging_the_signed_papers_is_the_signing(verb: str) -> None:
    text = TITLE + f"해울협회와 들빛협회는 28일 해울문화회관에서 상호협력에 관한 {verb}.\n"
    ev = run(text, [fact(text, "date", "28일", "2025-03-28")]).event
    assert ev is not None and (ev.date, ev.place) == ("2025-03-28", "해울문화회관")
