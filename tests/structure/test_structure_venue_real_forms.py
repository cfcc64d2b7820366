"""Venues and days of signing in forms seen on real pages (issue 8), our own texts: a venue in
`(장소: …)`, a day run into the sentence before it (`체결했다.17일 …`), a signing held during a
forum in a city, a hall in `Washington, D.C.`, a name with `of` in it, an English weekday the
facts keep once, `earlier in the day` under a dateline, a stored page's `date …` line before its
dateline; and places that are not the signing's: an earlier agreement's, an online signing's."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

REF = "2025-03-20"  # a Thursday

PLACES = [
    (
        "a quoted ceremony's name as the subject before the hall",
        "지난 9일, 가온대학교와 누리㈜ 간의 ‘가족회사 협약 체결식’이 본관 중회의실에서 열렸다.\n"
        "이날 체결식에는 총장이 참석했다.\n",
        "본관 중회의실",
    ),
    (
        "a venue in a (장소: …) aside",
        "가온시-다온대 협약\n가온시는 다온대학교와 업무협약을 14일 체결했다(장소: 가온시청 접견실).\n",
        "가온시청 접견실",
    ),
    (
        "a day run into the sentence before: no part of the venue",
        "가온건설과 다온공사가 양해각서를 체결했다.17일 서울 중구 누리빌딩에서 진행된 이번 협약에 "
        "따라 두 기관은 정보를 나누기로 했다.\n",
        "누리빌딩",
    ),
    (
        "an hour the facts left unread before the venue",
        "가온대학교가 14일 11시 30분 대학본부 교무회의실에서 다온상인회와 업무협약을 체결했다.\n",
        "대학본부 교무회의실",
    ),
    (
        "the body an agreement was held at, no hall named",
        "가온조직위원회가 13일 전국 박람회 조직위원회 6곳과 업무협약을 했다.\n"
        "이날 충남 누리박람회 조직위원회에서 열린 협약에는 사무총장들이 참석했다.\n",
        "누리박람회 조직위원회",
    ),
    (
        "English: a ceremony held during a forum in a city",
        "Gaon signs MOU with Nuri\nGaon Corp. and Nuri Bank signed an MOU on Monday. "
        "The signing ceremony was held during a business forum in Jakarta, the ministry said.\n",
        "Jakarta",
    ),
    (
        "English: a hall in Washington, D.C.",
        "Gaon signs MOU with Nuri\nGaon Corp. and Nuri Bank pose after signing a partnership "
        "agreement at Hanul Grand Hotel in Washington, D.C., Tuesday (local time).\n",
        "Hanul Grand Hotel, Washington, D.C.",
    ),
    (
        "English: `of` inside a name stays",
        "Gaon signs MOU with Nuri\nGaon Corp. signed an MOU with Nuri Bank at the Chamber of "
        "Commerce in Seoul on Tuesday.\n",
        "Chamber of Commerce in Seoul",
    ),
    (
        "English: `of the` inside a name stays",
        "Gaon signs MOU with Nuri\nGaon Corp. signed an MOU with Nuri Bank at the Grand Hall of the "
        "Nation in Dara on Tuesday.\n",
        "Grand Hall of the Nation in Dara",
    ),
]


@pytest.mark.parametrize(("why", "page", "place"), PLACES, ids=[p[0] for p in PLACES])
def test_place(why: str, page: str, place: str) -> None:
    st = facts_record(page.encode(), reference_date=REF).structure
    assert st.event is not None and st.event.place == place, why


NO_PLACE = [
    (
        "an earlier agreement's venue",
        "가온시는 14일 다온대학교와 업무협약을 체결했다. 가온시는 지난해 누리호텔에서 "
        "다온공사와도 협약을 맺은 바 있다.\n",
    ),
    (
        "another signing on another day",
        "가온시는 14일 다온대학교와 업무협약을 체결했다.\n"
        "앞서 가온시는 2일 누리컨벤션센터에서 다온공사와 협약을 체결했다.\n",
    ),
    ("a signing by video link", "가온시는 14일 다온대학교와 화상으로 업무협약을 체결했다.\n"),
    ("a signing without meeting", "가온시는 14일 다온대학교와 비대면으로 업무협약을 체결했다.\n"),
]


@pytest.mark.parametrize(("why", "page"), NO_PLACE, ids=[p[0] for p in NO_PLACE])
def test_no_place(why: str, page: str) -> None:
    st = facts_record(page.encode(), reference_date=REF).structure
    assert st.event is None or st.event.place is None, why


DAYS = [
    (
        "a council's room with an aside before its `에서`: no vote of the council",
        "가온시장이 19일 가온시의회 접견실(본관 1층)에서 가온시의회와 업무협약을 체결한다.\n",
        "2025-03-19",
    ),
    (
        "a weekday the facts kept only once (first in a caption)",
        "Gaon signs MOU with Nuri\n"
        "Gaon Corp. chief poses with guests at the Nuri Forum in Seoul on Tuesday.\n\n"
        "Gaon Corp. and Nuri Bank signed a memorandum of understanding on Tuesday.\n",
        "2025-03-18",
    ),
    (
        "the day of the announcement is not the signing's",
        "Gaon signs MOU with Nuri\n"
        "Gaon Corp. and Nuri Bank have signed an MOU, the ministry said Wednesday.\n"
        "The signing ceremony was held Monday during a business forum in Jakarta.\n",
        "2025-03-17",
    ),
    (
        "earlier in the day under a dateline",
        "Gaon signs MOU with Nuri\nSEJONG, March 12 (Yonhap) -- A Gaonian body has signed an "
        "agreement with a Nurian council, the ministry said.\nThe memorandum was inked between "
        "the two at a hotel in Busan earlier in the day, the ministry added.\n",
        "2025-03-12",
    ),
    (
        "a stored page's date line before its dateline dates the story only",
        " date 2025-03-19 SEOUL, March 19 (Yonhap) -- Gaonian firms have signed 12 MOUs with "
        "Nurian firms, the ministry said Wednesday.\n\nThe signing ceremony was held Tuesday "
        "during a business forum in Jakarta.\n",
        "2025-03-18",
    ),
    (
        "`said on Tuesday` under a dateline is the report's day",
        " date 2025-03-18 Seoul, March 18 Gaonia and Nuria have signed 11 MOUs, Gaonia's industry "
        "ministry said on Tuesday.\n\nThe MOUs were signed during a business roundtable in Nuri "
        "City on Monday (local time).\n",
        "2025-03-17",
    ),
    (
        "a day run into the sentence before",
        "가온건설과 다온공사가 양해각서를 체결했다.17일 서울 누리빌딩에서 진행된 이번 협약에 따라 "
        "두 기관은 정보를 나누기로 했다.\n",
        "2025-03-17",
    ),
]


NO_DAY = [
    (
        "the day of the report before `최근`",
        "3일 대구 가온센터(GAON)는 최근 다온협회, 누리전시장과 업무협약(MOU)을 체결했다고 "
        "3일 밝혔다.\n",
    ),
    (
        "English: recently signed",
        "Gaon signs MOU with Nuri\nGaon Corp. said on Tuesday it recently signed an MOU with "
        "Nuri Bank.\n",
    ),
]


@pytest.mark.parametrize(("why", "page"), NO_DAY, ids=[d[0] for d in NO_DAY])
def test_no_day(why: str, page: str) -> None:
    st = facts_record(page.encode(), reference_date=REF).structure
    assert st.event is None or st.event.date is None, why


@pytest.mark.parametrize(("why", "page", "day"), DAYS, ids=[d[0] for d in DAYS])
def test_day(why: str, page: str, day: str) -> None:
    st = facts_record(page.encode(), reference_date=REF).structure
    assert st.event is not None and st.event.date == day, why


def test_a_decimal_before_a_day_is_no_day() -> None:
    page = "가온시는 14일 다온대와 협약을 맺었다. 예산은 3.17일분이다.\n"
    facts = facts_record(page.encode(), reference_date=REF).facts
    assert not any(f.text.startswith("17") for f in facts if f.kind == "date")


UNSURE_PLACES = [
    (
        "English: where the occasion was held, told just after",
        "Gaon and Nuri ink 12 deals\n"
        "Business leaders from Gaonia and Nuria signed a dozen deals on Tuesday.\n"
        "Two events hosted by the Gaon Federation were held at the Hanul Trade Center in Busan.\n",
        "Hanul Trade Center in Busan",
    ),
    (
        "English: a release's own dateline city",
        "Gaon signs MOU with Nuri\nBUSAN, Republic of Korea — On Monday, March 17, Governor Kim "
        "signed a Memorandum of Understanding with the Nuri Trade Association.\n",
        "Busan",
    ),
]


@pytest.mark.parametrize(("why", "page", "place"), UNSURE_PLACES, ids=[p[0] for p in UNSURE_PLACES])
def test_unsure_place(why: str, page: str, place: str) -> None:
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.place == place and "place" in ev.unsure, why


def test_a_news_agency_dateline_is_no_venue() -> None:
    page = (
        "Gaon signs MOU with Nuri\nBUSAN, March 17 (Yonhap) -- Gaon Corp. signed a memorandum of "
        "understanding with Nuri Bank on Monday, the company said.\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.date == "2025-03-17" and ev.place is None


def test_a_caption_taken_for_the_title_hides_no_signing() -> None:
    page = (
        "가온대는 17일 본관 2층 대회의실에서 공동업무협약을 체결했다. /가온대 제공 |\n"
        "협약은 다온시와 가온대, 누리센터 등 6개 기관이 참여했다.\n"
        '홍길동 총장은 "힘을 모아주셔서 감사하다"고 말했다.\n'
    )
    st = facts_record(page.encode(), reference_date=REF).structure
    assert st.event is not None and st.event.date == "2025-03-17"
    assert st.event.place is not None and "본관 2층 대회의실" in st.event.place
