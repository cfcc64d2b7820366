"""More forms seen on real news pages, each in a snippet written for these tests (organisations,
people and places invented): parties, the event, speakers and the headline.

Each case runs the whole deterministic layer (regions, facts, structure) on a short page.
"""

from __future__ import annotations

import pytest

from summarizer import extract_facts
from summarizer.models import FactsResult

REF = "2025-06-12"


def facts(page: str, ref: str = REF) -> FactsResult:
    return extract_facts(page.encode("utf-8"), reference_date=ref)


def names(page: str) -> list[str]:
    return [p.name for p in facts(page).structure.parties]


PARTIES = [
    (
        "`A와 B 간`: the two sides named before 간, after a venue clause",
        "해울경찰서(서장 도하람)가 10일 들빛경찰서 소회의실에서, 해울경찰서와 들빛경찰서 간 "
        "치안 공조를 위한 업무협약을 체결했다.\n",
        ["해울경찰서", "들빛경찰서"],
    ),
    (
        "`A는 B와 C가 … 체결했다고 밝혔다`: A's branch and C signed",
        "누리은행은 해울영업본부와 해울신용재단이 '소상공인 지원 업무협약'을 10일 체결했다고 "
        "밝혔다.\n",
        ["누리은행 해울영업본부", "해울신용재단"],
    ),
    (
        "an epithet before the name is no part of it",
        "국화의 고장 들빛군과 해울상공회가 우호교류 협약을 체결했다.\n",
        ["들빛군", "해울상공회"],
    ),
    (
        "a count of bodies and a stray syllable are no parties",
        "들빛교육지원청은 10일 해울호텔에서 시·도교육지원청 5곳과 업무협약을 했다고 밝혔다.\n",
        ["들빛교육지원청"],
    ),
    (
        "one side only: the signing sentence names no counterpart",
        "누리건설이 지난 10일 들빛센터 대회의실에서 관광 활성화를 위한 업무협약(MOU)을 "
        "체결했다고 11일 밝혔다.\n",
        ["누리건설"],
    ),
    (
        "English: heads of bodies, `President X of Y University`",
        "President Doh Ha-ram of Haeul University and President Na Ye-rin of Deulbit University "
        "signed an agreement on the 10th at the Deulbit University library.\n",
        ["Haeul University", "Deulbit University"],
    ),
]


@pytest.mark.parametrize(("why", "page", "expected"), PARTIES, ids=[p[0] for p in PARTIES])
def test_parties_from_news_forms(why: str, page: str, expected: list[str]) -> None:
    assert names(page) == expected, why


def test_a_wa_b_joining_two_aims_is_no_partner() -> None:
    page = (
        "재단법인 해울연구원(원장 도하람)과 들빛재단(원장 나예린)이 아동 복지향상과 인재양성을 "
        "위한 업무협약(MOU)을 10일 맺었다.\n"
    )
    assert names(page) == ["해울연구원", "들빛재단"]


EVENTS = [
    (
        "`자매결연은 … 청사에서 진행됐으며`: the agreement held somewhere, day not stated",
        "해울도와 들빛여단이 자매결연을 맺고 협력체계 구축에 나선다고 11일 밝혔다.\n"
        "자매결연은 해울도 북부청사에서 진행됐으며, 참석자들은 협력을 다짐했다.\n",
        (None, "해울도 북부청사"),
    ),
    (
        "English: `on the 10th at …`, the report's own day not taken",
        "Haeul and Deulbit universities join hands\n"
        "According to Haeul University on the 11th, its president signed an agreement at 3 p.m. "
        "on the 10th at the Deulbit University library.\n",
        ("2025-06-10", "Deulbit University library"),
    ),
    (
        "English: a named room keeps its `'s`",
        "Haeul Tech signs MOU with Deulbit Institute\n"
        "Haeul Tech signed an MOU with Deulbit Institute at the President’s Office on June 10.\n",
        ("2025-06-10", "President’s Office"),
    ),
    (
        "English: a city named before the day",
        "Two agencies sign a pact\n"
        "The pact was signed by the two agencies in Haeul City on Monday, the ministry said.\n",
        ("2025-06-09", "Haeul City"),
    ),
]


@pytest.mark.parametrize(("why", "page", "expected"), EVENTS, ids=[e[0] for e in EVENTS])
def test_event_from_news_forms(why: str, page: str, expected: tuple[str | None, str]) -> None:
    ev = facts(page).structure.event
    assert ev is not None, why
    assert (ev.date, ev.place) == expected, why


def test_a_day_before_the_subject_of_a_reported_signing_is_marked_unsure() -> None:
    page = "10일 해울청은 들빛은행과 '중소기업 지원 업무협약'을 체결했다고 밝혔다.\n"
    ev = facts(page).structure.event
    assert ev is not None and ev.date == "2025-06-10"
    assert "date" in ev.unsure


def test_a_safety_net_is_no_forecast_for_the_day_before_it() -> None:
    page = "들빛교육지원청은 10일 해울호텔에서 교육안전망 강화를 위한 업무협약을 했다고 밝혔다.\n"
    ev = facts(page, "2025-06-11").structure.event
    assert ev is not None and ev.date == "2025-06-10"


SPEAKERS = [
    (
        "`육군 해울여단장은 “…`: the head of a party named in full, by office",
        "해울도와 육군 해울여단이 자매결연을 맺었다.\n"
        '육군 해울여단장은 "이번 협약으로 지역사회와의 협력을 강화하겠다"고 말했다.\n',
        "육군 해울여단장",
    ),
    (
        "a topic phrase far into the sentence, then `“…”는 포부를 내비쳤다`",
        "해울호텔은 들빛공사와 업무협약을 체결했다.\n"
        "세계 각국의 관광 지도자들이 참석한 이 행사에서 도하람 해울호텔 사장은 개회식 연설을 "
        "통해 “관광 산업 발전에 기여하고자 한다”는 포부를 내비쳤다.\n",
        "도하람",
    ),
]


@pytest.mark.parametrize(("why", "page", "speaker"), SPEAKERS, ids=[s[0] for s in SPEAKERS])
def test_speakers_from_news_forms(why: str, page: str, speaker: str) -> None:
    quotes = facts(page).structure.quotes
    assert [q.speaker for q in quotes] == [speaker], why


TITLES = [
    (
        "a photo with its credit is no headline",
        "도하람 해울시장 [사진=해울시]\n해울시는 11일 시청 접견실에서 방송사들과 협약을 체결했다고 밝혔다.\n",
        None,
    ),
    (
        "a board's `Title …` line names the post",
        "게시글 확인\nTitle Haeul Tech Signs MOU with Deulbit Institute\nWriter HAEUL ReadCount 12\n"
        "Haeul Tech signed an MOU with Deulbit Institute on June 10.\n",
        "Haeul Tech Signs MOU with Deulbit Institute",
    ),
    (
        "page metadata before the headline is no part of it",
        " date 2025-06-11 해울도, 군과 함께 균형발전 견인\n\n해울도와 들빛여단이 자매결연을 맺었다.\n",
        "해울도, 군과 함께 균형발전 견인",
    ),
    (
        "a byline under the headline is no subtitle",
        "해울군·들빛시 자매결연…농특산물 직거래 협약\n상대 도시에 기부금 전달\n- 도하람 기자\n"
        "(해울=뉴스1) 도하람 기자 = 16일 해울군과 들빛시가 자매결연 했다.\n",
        "해울군·들빛시 자매결연…농특산물 직거래 협약",
    ),
    (
        "a footer with a phone number or a registration number is no headline",
        "누리건설이 지난 10일 해울구청에서 업무협약(MOU)을 체결했다고 11일 밝혔다.\n"
        "주식회사 해울미디어 · 해울시 중구 들빛로 18 ㅣ Tel : 02. 000. 0000\n"
        "인터넷신문 등록번호 : 해울, 아00000\n",
        None,
    ),
]


@pytest.mark.parametrize(("why", "page", "title"), TITLES, ids=[t[0] for t in TITLES])
def test_titles_from_news_forms(why: str, page: str, title: str | None) -> None:
    got = facts(page).structure.title
    assert (got.text if got else None) == title, why


def test_a_counted_partner_is_named_by_a_list_of_that_many_elsewhere() -> None:
    page = (
        "들빛교육지원청(교육장 도하람)은 10일 해울호텔에서 시·도교육지원청 3곳과 교육복지 "
        "업무협약을 했다고 밝혔다.\n"
        "들빛교육지원청은 지난 2018년부터 가람교육지원청, 누리교육지원청, 솔빛교육지원청과 함께 "
        "교류를 추진해 오고 있다.\n"
    )
    assert names(page) == ["들빛교육지원청", "가람교육지원청", "누리교육지원청", "솔빛교육지원청"]


def test_a_counted_partner_from_a_caption_list_of_heads_is_marked_as_read_off_a_photo() -> None:
    page = (
        "해울시는 14일 해울시청 접견실에서 2개 지역방송사와 비상대비 방송 업무협약을 체결했다고 "
        "밝혔다.\n"
        "도하람 해울시장이 14일 협약식에서 참석자들과 기념촬영을 하고 있다. (왼쪽부터 나예린 "
        "가람방송 본부장, 도하람 해울시장, 서지우 누리케이블방송 국장) [사진=해울시]\n"
    )
    parties = facts(page).structure.parties
    assert [p.name for p in parties] == ["해울시", "가람방송", "누리케이블방송"]
    assert [p.why for p in parties[1:]] == ["caption", "caption"]


def test_a_list_of_another_length_names_no_counted_partner() -> None:
    page = (
        "해울시는 14일 시청에서 3개 방송사와 업무협약을 체결했다고 밝혔다.\n"
        "시는 가람방송, 누리방송과 별도로 협의하고 있다.\n"
    )
    assert names(page) == ["해울시"]


def test_heads_at_the_ceremony_stand_for_their_bodies_when_nothing_else_names_them() -> None:
    page = (
        "이날 협약식에는 도하람 해울시장과 나예린 들빛구청장, 해울시 기획행정국장 및 관계 "
        "공무원들이 참석했다.\n"
        "양 도시는 문화·농업 분야에서 교류하기로 했다.\n"
    )
    parties = facts(page).structure.parties
    # (the reader's doubt kept as `why`; the mark is the calibrated scorer's)
    assert [(p.name, p.why) for p in parties] == [
        ("해울시", "attendance"),
        ("들빛구", "attendance"),
    ]


def test_a_signing_at_an_event_told_of_just_before_takes_that_event_s_venue() -> None:
    page = (
        "해울 상공인 교류회 열려\n\n"
        "첫날인 10일에는 저녁 6시부터 들빛 솔숲리조트 호수호텔에서 300여명이 참석한 가운데 환영 "
        "만찬행사를 가졌다.\n"
        "특히 이날 환영행사에서 출향 상공인들은 해울상공회의소협의회와 상생발전 협약을 체결했다.\n"
    )
    ev = facts(page).structure.event
    assert ev is not None and ev.place is not None and "솔숲리조트 호수호텔" in ev.place


def test_one_side_named_at_another_town_s_hall_takes_that_town_as_an_unsure_counterpart() -> None:
    page = (
        "누리건설이 지난 10일 해울구청 본관 대회의실에서 관광 활성화를 위한 업무협약(MOU)을 "
        "체결했다고 11일 밝혔다.\n"
    )
    parties = facts(page).structure.parties
    # (the reader's doubt kept as `why`; the mark is the calibrated scorer's)
    assert [(p.name, p.why) for p in parties] == [("누리건설", None), ("해울구", "venue")]


def test_a_selection_announcement_names_the_announcer_and_the_selected_bodies() -> None:
    page = (
        "[해울신문 도하람 기자] 해울부는 6일 '소재 기술개발' 사업의 운영기관으로 "
        "들빛기술연구원(DTI)과 가람과학기술원(GIST)을 선정했다고 밝혔다.\n"
        "해울부는 9개 신청기관을 평가해 최종 2곳을 선정했다.\n"
    )
    assert names(page) == ["해울부", "들빛기술연구원", "가람과학기술원"]


def test_the_hall_of_the_one_side_named_is_no_second_party() -> None:
    page = "해울광역시는 14일 해울시청 접견실에서 비상대비 방송 업무협약을 체결했다고 밝혔다.\n"
    assert names(page) == ["해울광역시"]


def test_english_signed_between_two_people_names_each_one_s_body() -> None:
    page = (
        "Haeul, Deulbit sign MOU on aid\n"
        "HAEUL, Oct. 1 (Wire) -- Haeul and Deulbit have signed an MOU on aid, Haeul's foreign "
        "ministry said Tuesday.\n"
        "The agreement was signed between Doh Ha-ram, director at the ministry's aid bureau, and "
        "Na Ye-rin, assistant in the Deulbit Agency for Overseas Aid's (DAOA) policy bureau, in "
        "Deulbit City on Monday.\n"
    )
    parties = facts(page).structure.parties
    assert [(p.name, p.aliases) for p in parties] == [
        ("Haeul's foreign ministry", []),
        ("Deulbit Agency for Overseas Aid", ["DAOA"]),
    ]
