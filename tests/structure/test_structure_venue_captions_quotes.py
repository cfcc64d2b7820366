"""Venues and dates in forms seen on real pages (issue 8), our own texts: a photo caption naming
another city than the body's venue, a signer's aside before the subject particle, a venue in a
speaker's words, an agreement `실시` under a quoted name; and a site's date bars that are no
mention (`최종편집 …` atop the page, a portal's `10.01 (화)` under its skip link)."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

REF = "2025-03-20"  # a Thursday

PLACES = [
    (
        "the body's venue beats a photo caption credited at its line's end",
        "가온투어, 누리성과 MOU 체결\n\n"
        "김가온 가온투어 부회장(왼쪽 세번째)이 누리시에서 열린 MOU에 참석해 협약서에 서명을 "
        "하고 있다./가온투어 제공\n\n"
        "가온투어가 지난 18일 누리성 여유국과 MOU를 체결했다고 20일 밝혔다.\n\n"
        "가온투어는 다온호텔에서 누리성 대표단이 참석한 가운데 양해각서를 체결했다.\n",
        "다온호텔",
    ),
    (
        "a caption's signer with an aside before the particle is no part of the venue",
        "가온시-다온대 협약\n"
        "김가온 가온시장(오른쪽)이 가온시청 접견실에서 협약서에 서명을 하고 있다.\n"
        "가온시는 14일 다온대학교와 업무협약을 체결했다고 밝혔다.\n",
        "가온시청 접견실",
    ),
    (
        "an agreement named in quotes, then `실시했다`",
        "김가온 가온군수는 지난 19일 군청 회의실에서 ‘가온사랑 인구유치 민관공동대응 협약’을 "
        "실시했다.\n협약식에는 5개 지역 단체가 참여했다.\n",
        "군청 회의실",
    ),
    (
        "the object before the venue is no part of it; the premises are the subject's",
        "가온은행은 14일 다온기업과 '상생금융 지원'을 위한 업무협약을 본점에서 체결했다.\n",
        "가온은행 본점",
    ),
    (
        "a council's plenary hall is a venue, no vote",
        "가온시의회는 14일 의회 본회의장에서 다온시의회와 자매결연 협약을 체결했다.\n",
        "의회 본회의장",
    ),
    (
        "`A와 B는 … 본사에서`: whose head office is not told",
        "㈜가온신문사와 다온외식업지부는 13일 오후 본사 3층 대회의실에서 상호업무협약을 "
        "체결했다.\n",
        "본사 3층 대회의실",
    ),
    (
        "a ceremony held `…대회의실에 열렸다` (a bare `에`)",
        "가온공사는 지난 14일 다온본부와 업무협약을 체결했다고 밝혔다.\n"
        "협약식에 임직원 20여 명이 참석한 가운데 가온엑스포공원 대회의실에 열렸다.\n",
        "가온엑스포공원 대회의실",
    ),
    (
        "English: a possessive before the building",
        "Gaon signs MOU with Nuri\nGaon University and Nuri Hospital signed an agreement on "
        "March 14 at the university's main building.\n",
        "university's main building",
    ),
    (
        "`협약식이 열린 X에서`: the adnominal is no part of the venue",
        "가온시와 다온재단은 협약식이 열린 가온시청 대회의실에서 14일 협약서에 서명했다.\n",
        "가온시청 대회의실",
    ),
    (
        "the ceremony as subject, held at a body's premises `소재` a town",
        "가온시는 14일 다온재단과 업무협약을 체결했다.\n"
        "협약식은 가온시 소재 다온재단 본부에서 진행됐다.\n",
        "다온재단 본부",
    ),
    (
        "the ceremony as subject, held in a town",
        "가온단은 다온그룹과 양해각서를 체결했다고 24일 밝혔다.\n"
        "이번 체결식은 서울에서 개최됐으며 두 대표가 서명했다.\n",
        "서울",
    ),
    (
        "a manner word before `진행됐다`",
        "가온시는 14일 다온기업과 투자협약을 체결했다. 이날 협약은 가온시청 시장실에서 "
        "비공개로 진행됐다.\n",
        "가온시청 시장실",
    ),
    (
        "the hall in an aside after the ceremony word",
        "가온시는 14일 다온재단과 업무협약식(가온시청 본관 3층 대회의실)을 가졌다.\n",
        "가온시청 본관 3층 대회의실",
    ),
    (
        "the hall in an aside after a sister-city ceremony word (every ceremony word of the lexicon)",
        "가온시는 14일 다온군과 자매결연식(가온시청 본관 3층 대회의실)을 가졌다.\n",
        "가온시청 본관 3층 대회의실",
    ),
    (
        "`…에서는` before the day",
        "가온시청에서는 14일 다온재단과의 업무협약식이 열렸다.\n",
        "가온시청",
    ),
    (
        "a `(일시/장소)` row with the hall after a comma",
        "가온부, 다온협회와 업무협약 체결\n□ 가온부는 3월 14일(금) 다온협회와 업무협약을 "
        "체결했다.\n * (일시/장소) 3.14.(금) 14:00, 정부세종청사 6동 대회의실\n",
        "정부세종청사 6동 대회의실",
    ),
    (
        "a dated report inside quotes still names the venue",
        "가온군은 “지난 14일 누리공원 세미나실에서 다온구 상공회와 우호교류 협약을 맺고 "
        "협약서에 서명했다”고 밝혔다.\n",
        "누리공원 세미나실",
    ),
]


@pytest.mark.parametrize(("why", "page", "place"), PLACES, ids=[p[0] for p in PLACES])
def test_place(why: str, page: str, place: str) -> None:
    st = facts_record(page.encode(), reference_date=REF).structure
    assert st.event is not None and st.event.place == place, why


NO_PLACE = [
    (
        "a speaker's words name a town, no venue",
        "가온시는 지난 18일 다온연맹 회장단과 업무협약을 체결했다.\n"
        "김다온 지부장은 “천혜의 자연경관을 간직한 힐링도시 가온에서 업무협약을 체결하게 되어 뜻깊다”고 "
        "말했다.\n",
    ),
    (
        "a day in the aside after the ceremony word is no hall",
        "가온시는 다온재단과 업무협약식(14일)을 가졌다.\n",
    ),
    (
        "`…시에서는` names the body, no hall",
        "가온시에서는 14일 다온재단과 업무협약을 체결했다.\n",
    ),
    (
        "a further partner's agreement (`…과도 협약을 맺었다`)",
        "가온시는 14일 다온재단과 업무협약을 체결했다.\n"
        "한편 가온시는 지난달 누리호텔에서 누리재단과도 협약을 맺었다.\n",
    ),
    (
        "a `한편` sentence telling a signing with its own partner",
        "가온시는 14일 다온재단과 업무협약을 체결했다.\n"
        "한편, 다온재단은 이날 오후 누리센터에서 누리대학교와 업무협약을 체결했다.\n",
    ),
    (
        "a place visited after the ceremony",
        "가온시는 14일 다온재단과 업무협약을 체결했다.\n"
        "협약식 이후 참석자들은 누리센터를 방문해 시설을 둘러봤다.\n",
    ),
    (
        "a talk held before the ceremony",
        "가온시는 14일 다온재단과 업무협약을 체결했다.\n"
        "협약식에 앞서 김 시장은 가온시청 접견실에서 다온재단 이사장과 환담을 나눴다.\n",
    ),
    (
        "each side signing at its own office",
        "가온공사는 14일 다온재단과 업무협약을 체결했다고 밝혔다. 협약은 코로나19 상황을 "
        "고려해 각 기관에서 서명한 협약서를 교환하는 방식으로 진행됐다.\n",
    ),
    (
        "a bare `에` after a clock time is no venue",
        "가온공사는 14일 다온본부와 업무협약을 체결했다.\n협약식은 이날 오후 2시에 열렸다.\n",
    ),
]


@pytest.mark.parametrize(("why", "page"), NO_PLACE, ids=[p[0] for p in NO_PLACE])
def test_no_place(why: str, page: str) -> None:
    st = facts_record(page.encode(), reference_date=REF).structure
    assert st.event is None or st.event.place is None, why


def test_plenary_hall_leaves_the_date() -> None:
    page = "가온시의회는 14일 의회 본회의장에서 다온시의회와 자매결연 협약을 체결했다.\n"
    st = facts_record(page.encode(), reference_date=REF).structure
    assert st.event is not None and st.event.date == "2025-03-14"


def test_quoted_agreement_dates_the_signing() -> None:
    page = "김가온 가온군수는 지난 19일 군청 회의실에서 ‘가온 협약’을 실시했다.\n"
    st = facts_record(page.encode(), reference_date=REF).structure
    assert st.event is not None and st.event.date == "2025-03-19"


DATE_BARS = [
    (
        "a site's last edition atop the page",
        "• 최종편집 2024-03-29(금)\n \n가온군은 14일 다온시청 대회의실에서 협약을 체결했다.\n",
        "2024-03-29",
        [],
    ),
    (
        "the last edition with a clock and a weekday",
        "최종편집 : 2024-04-26 20:48 (금)\n가온교육청 업무협약\n"
        "가온교육청은 14일 다온센터와 업무협약을 체결했다.\n",
        "2024-04-26",
        ["20:48"],
    ),
    (
        "a site's update stamp over the headline",
        "UPDATED. 2024-04-19 10:36 (금)\n가온공사, 다온기관과 맞손\n"
        "가온공사는 14일 다온기관과 업무협약을 체결했다.\n",
        "2024-04-19",
        ["10:36"],
    ),
    (
        "the update stamp with a bare weekday",
        "UPDATE : 2020.5.29 금 10:29\n상단여백\n"
        "가온군은 14일 다온시청 대회의실에서 협약을 체결했다.\n",
        "2020-05-29",
        ["10:29"],
    ),
]


@pytest.mark.parametrize(("why", "page", "bar", "clock"), DATE_BARS, ids=[p[0] for p in DATE_BARS])
def test_date_bar_is_a_date_but_never_the_signing_day(
    why: str, page: str, bar: str, clock: list[str]
) -> None:
    """The site's dated bar is a date written on the page (its clock a time); the signing is
    still dated by the story's own day."""
    rec = facts_record(page.encode(), reference_date=REF)
    dates = [f.value for f in rec.facts if f.kind == "date"]
    times = [f.value for f in rec.facts if f.kind == "time"]
    assert dates == [bar, "2025-03-14"], why
    assert times == clock, why
    assert rec.structure.event is None or rec.structure.event.date in (None, "2025-03-14"), why


def test_portal_date_under_its_skip_link_is_no_mention() -> None:
    """A portal's yearless `10.01 (화)` under its skip link: no year says which day it is."""
    page = (
        "컨텐츠 바로가기\n\n10.01 (화)\n\n협약식도 온라인으로\n"
        "가온구는 다온비전과 협약을 온라인으로 체결했다고 14일 밝혔다.\n"
    )
    facts = facts_record(page.encode(), reference_date=REF).facts
    assert [f.value for f in facts if f.kind == "date"] == ["2025-03-14"]
    assert [f.value for f in facts if f.kind == "time"] == []


def test_dated_line_under_a_skip_link_stays_a_date() -> None:
    """A date with its year under a skip link may be the release's own: only a yearless one
    with a weekday there is a portal's bar."""
    page = "본문 바로가기\n\n2025.03.14.(금)\n가온부, 다온협회와 협약\n가온부는 협약을 체결했다.\n"
    facts = facts_record(page.encode(), reference_date=REF).facts
    assert [f.value for f in facts if f.kind == "date"] == ["2025-03-14"]


def test_edition_label_deep_in_a_page_is_a_date() -> None:
    """Only the page's first lines hold a date bar: the label further down leaves the date."""
    page = "가온군 협약\n\n" + "가온군은 다온시와 협약을 맺었다.\n" * 5 + "최종편집 2025-03-14\n"
    facts = facts_record(page.encode(), reference_date=REF).facts
    assert [f.value for f in facts if f.kind == "date"] == ["2025-03-14"]
