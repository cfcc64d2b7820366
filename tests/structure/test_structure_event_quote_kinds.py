"""Kinds of venue, event-date and quote forms seen on real pages (issue 8), each in our own words:
a venue cut where a clause ends before it (`…와 맺은 뒤`, `A와 B가`, `11시부터`), an abstract
`분야에서` that is no venue, English ordinals and lower-case halls; speakers whose names end like
a body (`…부`, `…처`), groups as speakers, quotes a truncated page never closes, quotes split over
paragraphs, English single quotes and a continuation by the same speaker on one line."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

REF = "2025-03-14"
HEAD_KO = "가온시, 누리대학교와 업무협약 체결\n"
HEAD_EN = "Gaon and Nuri sign MOU\n"


def _event(page: str):  # type: ignore[no-untyped-def]
    return facts_record(page.encode(), reference_date=REF).structure.event


def _quotes(page: str) -> list[tuple[str | None, str]]:
    st = facts_record(page.encode(), reference_date=REF).structure
    return [(q.speaker, q.text) for q in st.quotes]


PLACES = [
    (
        "a time's `부터` is no part of the venue",
        HEAD_KO + "가온면 주민자치회는 12일 오전 10시부터 누리 리조트 별관 세미나실에서 "
        "누리상회와 자매결연 협정식을 가졌다.\n",
        "누리 리조트 별관 세미나실",
    ),
    (
        "the subject before the venue ends at its particle",
        HEAD_KO + "가온축협과 누리신협이 조합 2층 소회의실에서 상생 협약식을 했다고 3일 밝혔다.\n",
        "조합 2층 소회의실",
    ),
    (
        "an event under way at the venue",
        HEAD_KO + "가온상공회의소는 23일 누리박람회가 진행 중인 누리대학교에서 누리상공회의소와 "
        "업무협약을 체결했다.\n",
        "누리대학교",
    ),
    (
        "a clause ending in `뒤` before the venue",
        HEAD_KO + "가온군은 누리군과 우호 협약을 맺은 뒤 누리군청 대강당에서 기념 행사를 열었다고 "
        "10일 밝혔다.\n",
        "누리군청 대강당",
    ),
    (
        "English: a lower-case hall after the signing of an MOU",
        HEAD_EN + "Gaon City welcomed Nuri-gu as a sister city after the signing of a memorandum "
        "of understanding at the city hall annex on Tuesday.\n",
        "city hall annex",
    ),
    (
        "English: an ordinal day after the venue",
        HEAD_EN + "The two universities signed the agreement at Nuri University on the 21st, the "
        "school said.\n",
        "Nuri University",
    ),
]


@pytest.mark.parametrize(("why", "page", "place"), PLACES, ids=[p[0] for p in PLACES])
def test_venue_kinds(why: str, page: str, place: str) -> None:
    ev = _event(page)
    assert ev is not None and ev.place == place, why


def test_an_abstract_field_is_no_venue() -> None:
    page = (
        HEAD_KO + "가온군과 누리군은 지난 2022년 5월 9일 자매결연을 맺은 뒤 교육·복지 등 여러 "
        "분야에서 교류를 이어 오고 있다.\n"
    )
    ev = _event(page)
    assert ev is None or ev.place is None


QUOTES = [
    (
        "a name ending like a ministry, before the body and the title",
        HEAD_KO + "가온시는 14일 누리일보와 협약을 맺었다.\n"
        "조한부 누리일보 사장은 “지역 언론과 시가 함께 성장할 것”이라고 말했다.\n",
        [("조한부", "지역 언론과 시가 함께 성장할 것")],
    ),
    (
        "a name ending like an agency, before a city and its deputy mayor",
        HEAD_KO + "가온시는 14일 누리대학교와 협약을 맺었다.\n"
        "김영처 가온시 부시장은 “대학과 함께 지역 인재를 키우겠다”고 말했다.\n",
        [("김영처", "대학과 함께 지역 인재를 키우겠다")],
    ),
    (
        "a project group speaks",
        HEAD_KO + "가온대학교와 누리대학교는 14일 공동 협약을 맺었다.\n"
        "누리대 LINC 3.0사업단은 “지역 기업과 함께 공유 협업 체계를 만들겠다”고 말했다.\n",
        [("누리대 LINC 3.0사업단", "지역 기업과 함께 공유 협업 체계를 만들겠다")],
    ),
    (
        "the two bodies speak together",
        HEAD_KO + "가온시는 14일 누리대학교와 협약을 맺었다.\n"
        "양 기관은 “앞으로 긴밀히 협력해 지역 발전에 힘쓰겠다”고 밝혔다.\n",
        [("양 기관", "앞으로 긴밀히 협력해 지역 발전에 힘쓰겠다")],
    ),
    (
        "a page cut off inside the quote",
        HEAD_KO + "가온시는 14일 누리대학교와 협약을 맺었다.\n\n"
        '김하늘 누리대 총장은 "지역과 대학이 함께 성장하는 모델을 만들',
        [("김하늘", "지역과 대학이 함께 성장하는 모델을 만들")],
    ),
    (
        "a quote running over into the next paragraph",
        HEAD_KO + "가온시는 14일 누리대학교와 협약을 맺었다.\n"
        "김하늘 누리대 총장은 “지역과 대학이 함께 성장하는 모델을 만들겠다.\n\n"
        "앞으로 더 많은 기관과 협력하겠다”고 말했다.\n",
        [
            (
                "김하늘",
                "지역과 대학이 함께 성장하는 모델을 만들겠다.\n\n앞으로 더 많은 기관과 협력하겠다",
            )
        ],
    ),
    (
        "English: a page cut off inside a straight quote",
        HEAD_EN + "Gaon University signed an MOU with Nuri Bank on Tuesday.\n"
        'Nuri Mayor Kim remarked, "This is a historic day for the exchanges between our',
        [("Kim", "This is a historic day for the exchanges between our")],
    ),
    (
        "English: single quotes",
        HEAD_EN + "Gaon University signed an MOU with Nuri Bank on Tuesday.\n"
        "'This agreement opens the city's doors to new exchanges in many fields,' Lee said in "
        "his message.\n",
        [("Lee", "This agreement opens the city's doors to new exchanges in many fields,")],
    ),
    (
        "English: a second quote by the same speaker on the same line goes on the first",
        HEAD_EN + "Gaon University signed an MOU with Nuri Bank on Tuesday.\n"
        '"This agreement will strengthen both of our institutions," Park told the guests. '
        '"It is also a big step for the city," Park noted.\n',
        [("Park", "This agreement will strengthen both of our institutions,")],
    ),
    (
        "a page mixing a curly opening mark with a straight closing one",
        HEAD_KO + "가온시는 14일 누리대학교와 협약을 맺었다.\n"
        '홍길동 가온시장은 “대학과 함께 지역 인재를 키우겠다"고 말했다.\n',
        [("홍길동", "대학과 함께 지역 인재를 키우겠다")],
    ),
    (
        "English: `Mr.` before the name after the quote",
        HEAD_EN + "Gaon University signed an MOU with Nuri Bank on Tuesday.\n"
        '"We will work closely with the bank on student programs," Mr. Seo said.\n',
        [("Seo", "We will work closely with the bank on student programs,")],
    ),
    (
        "English: a lower-case description before the name after the quote",
        HEAD_EN + "Gaon University signed an MOU with Nuri Bank on Tuesday.\n"
        '"We will work closely with the bank on student programs," the university\'s '
        "president Seo Min-ji said.\n",
        [("Seo Min-ji", "We will work closely with the bank on student programs,")],
    ),
    (
        "English: emphasized",
        HEAD_EN + "Gaon University signed an MOU with Nuri Bank on Tuesday.\n"
        'President Han of Gaon University emphasized, "The MOU opens a new chapter for both '
        'schools."\n',
        [("Han", "The MOU opens a new chapter for both schools.")],
    ),
]


@pytest.mark.parametrize(("why", "page", "want"), QUOTES, ids=[q[0] for q in QUOTES])
def test_quote_kinds(why: str, page: str, want: list[tuple[str, str]]) -> None:
    assert _quotes(page) == want, why


def test_a_scare_quoted_phrase_in_english_is_no_quote() -> None:
    page = (
        HEAD_EN + "Gaon University signed an MOU with Nuri Bank on Tuesday.\n"
        "Mayor Oh said they look forward to 'substantial cooperation' in many sectors.\n"
    )
    assert _quotes(page) == []


def test_an_unclosed_quote_in_the_middle_of_a_page_is_left_out() -> None:
    page = (
        HEAD_KO + "가온시는 14일 누리대학교와 협약을 맺었다.\n"
        '김하늘 누리대 총장은 "지역과 대학이 함께 성장하는 모델을 만들\n'
        "가온시는 앞으로 협력 사업을 넓힐 계획이다.\n"
    )
    assert _quotes(page) == []


DATED = [
    (
        "`손을 맞잡았다` reports the signing",
        HEAD_KO
        + "가온시와 누리대학교가 12일 시청 접견실에서 청년 창업 지원을 위해 손을 맞잡았다.\n",
        ("2025-03-12", "가온시청 접견실"),
    ),
    (
        "English: a lower-case campus some words after `signed`",
        HEAD_EN + "Gaon University signed a memorandum of understanding with Nuri Bank on "
        "March 3 at its main campus.\n",
        ("2025-03-03", "main campus"),
    ),
    (
        "English: `5 p.m.` does not end the sentence that says the day is past",
        HEAD_EN + "The two presidents signed an agreement at 5 p.m. on the 17th at the Nuri "
        "University headquarters.\n",
        ("2025-02-17", "Nuri University headquarters"),
    ),
]


@pytest.mark.parametrize(("why", "page", "want"), DATED, ids=[d[0] for d in DATED])
def test_dated_signing_kinds(why: str, page: str, want: tuple[str, str]) -> None:
    ev = _event(page)
    assert ev is not None and (ev.date, ev.place) == want, why


def test_a_caption_of_the_signing_names_its_room_only_perhaps() -> None:
    page = (
        HEAD_KO + "가온시는 누리대학교와 업무협약을 체결했다고 10일 밝혔다.\n"
        "홍길동 시장(오른쪽)과 김하늘 총장이 9일 시청 상황실에서 협약서에 서명하고 있다. "
        "(사진=가온시)\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.place is not None and ev.place.endswith("시청 상황실")
    assert "place" in ev.unsure


def test_an_aside_in_brackets_after_the_venue_is_no_venue() -> None:
    page = (
        HEAD_KO + "가온연구원은 22일 누리연구소(제3개발본부, 경남 가온 소재)에서 공동연구 협약을 "
        "체결했다.\n"
    )
    ev = _event(page)
    assert ev is not None and ev.place == "누리연구소"


def test_a_venue_where_the_agreement_was_had() -> None:
    page = HEAD_KO + "가온군청에서 있은 협약에서 누리공사는 신사옥을 가온군에 짓기로 했다.\n"
    ev = _event(page)
    assert ev is not None and ev.place == "가온군청"


def test_a_caption_names_the_venue_when_no_reference_date_is_known() -> None:
    page = (
        HEAD_KO
        + "홍길동(왼쪽) 가온시장과 김하늘 누리군수가 21일 누리군청에서 자매결연을 체결한 뒤 "
        "기념사진을 찍고 있다.\n"
        "가온시와 누리군이 21일 상생발전을 위한 자매결연을 맺었다.\n"
    )
    # no reference date: the day keeps no month, the caption still names the hall (unsure)
    ev = facts_record(page.encode()).structure.event
    assert ev is not None and ev.place == "누리군청" and "place" in ev.unsure
    assert ev.date is None


def test_a_bare_word_for_the_body_before_its_hall_is_the_body() -> None:
    page = HEAD_KO + "가온은행은 30일 오전 은행 본점에서 누리신협중앙회와 업무협약을 체결했다.\n"
    ev = _event(page)
    assert ev is not None and ev.place == "가온은행 본점"


def test_english_speaker_on_the_line_after_the_quote() -> None:
    page = (
        HEAD_EN + "Gaon University signed an MOU with Nuri Bank on Tuesday.\n"
        "“Our students will gain a great deal from the programs the bank runs,”\n"
        "Seo said.\n"
    )
    assert _quotes(page) == [
        ("Seo", "Our students will gain a great deal from the programs the bank runs,")
    ]


def test_english_body_speaks_in_its_own_name() -> None:
    page = (
        HEAD_EN + "Gaon University signed an MOU with Nuri Bank on Tuesday.\n"
        '"The two sides will share data and hold joint seminars every year," the bank said.\n'
    )
    assert _quotes(page) == [
        ("the bank", "The two sides will share data and hold joint seminars every year,")
    ]


OTHER_STEPS = [
    (
        "a council's vote on the agreement is no signing, nor its session a venue",
        "가온시의회는 2일 본회의에서 누리시와의 자매결연 체결 동의안을 가결했다.\n"
        "이에 따라 두 도시는 자매결연 협약을 체결할 예정이다.\n",
        (None, None),
    ),
    (
        "the vote and then the signing in one sentence",
        "가온시의회는 10일 동의안을 의결했고, 가온시는 12일 시청 접견실에서 누리시와 협약을 "
        "체결했다.\n",
        ("2025-03-12", "시청 접견실"),
    ),
    (
        "an earlier agreement the sentence goes on from",
        "가온시는 지난해 5월 10일 누리시와 자매결연을 체결한 데 이어 12일 누리대학교와 교류 "
        "협약을 맺었다.\n",
        ("2025-03-12", None),
    ),
    (
        "a meeting after the signing is not the signing",
        "가온시는 누리시와 업무협약을 체결한 뒤 후속 조치로 20일 실무협의회를 열었다.\n",
        (None, None),
    ),
    (
        "an anniversary of the agreement",
        "가온시와 누리시는 자매결연 체결 10주년을 맞아 15일 기념행사를 열었다.\n",
        (None, None),
    ),
]


@pytest.mark.parametrize(("why", "body", "want"), OTHER_STEPS, ids=[o[0] for o in OTHER_STEPS])
def test_another_step_dates_no_signing(
    why: str, body: str, want: tuple[str | None, str | None]
) -> None:
    ev = _event("가온시, 누리시와 자매결연\n" + body)
    got = (ev.date, ev.place) if ev is not None else (None, None)
    assert got == want, why


# a step word that names no step keeps the signing's day (issue 8, session 37)
NO_STEP = [
    (
        "an anniversary inside the agreement's quoted name",
        "가온구는 지난 13일 누리시청에서 ‘자매결연 20주년 기념 교류 협약’을 체결했다.\n",
        ("2025-03-13", "누리시청"),
    ),
    (
        "an anniversary inside the quoted name of the festival it was signed at",
        "가온재단과 누리회는 13일 가온체육관에서 개최한 ‘누리회 창립 50주년 기념 한마당’에서 "
        "업무협약을 체결했다.\n",
        ("2025-03-13", "가온체육관"),
    ),
    (
        "a council's chairman among the attendees",
        "가온군은 12일 군청 소회의실에서 가온군수, 누리구청장, 박하늘 가온군의회 의장 등이 "
        "참석한 가운데 누리구와 자매결연 협정을 체결했다.\n",
        ("2025-03-12", "가온군청 소회의실"),
    ),
    (
        "`중심의`: a noun with its particle, no deliberation",
        "두 기관은 1일 가온홀에서 ‘교육 중심의 협력을 위한 업무협약’을 체결했다.\n",
        ("2025-03-01", "가온홀"),
    ),
]


@pytest.mark.parametrize(("why", "body", "want"), NO_STEP, ids=[o[0] for o in NO_STEP])
def test_a_step_word_naming_no_step_keeps_the_day(
    why: str, body: str, want: tuple[str | None, str | None]
) -> None:
    ev = _event("가온구, 누리시와 협약\n" + body)
    got = (ev.date, ev.place) if ev is not None else (None, None)
    assert got == want, why


# a visit to or from a body tied before (or to be): the tie names who, the day is the visit's
# (issue 8, session 37)
TIED_VISITS = [
    (
        "a visit to a sister town tied before",
        "가온동 청년회는 12일 자매결연을 맺은 누리마을을 방문해 일손을 도왔다.\n",
        None,
    ),
    (
        "members of a body tied with the city visit its council",
        "가온시와 자매결연을 맺고 있는 누리시 합창단 단원 30명이 12일 가온시청을 방문했다.\n",
        None,
    ),
    (
        "a delegation of a region to be tied calls on the governor",
        "가온도와 하반기 우호협정을 체결할 예정인 누리주 경제사절단이 12일 가온도 부지사를 "
        "예방했다.\n",
        None,
    ),
    (
        "a signing planned during the visit keeps its day",
        "가온시 대표단은 오는 20일 누리시를 방문해 우호협력 협약을 체결할 예정이다.\n",
        "2025-03-20",
    ),
    (
        "a signing told after the visit keeps its day",
        "가온시는 12일 자매결연을 맺은 누리시를 방문해 경제협력 협약을 체결했다.\n",
        "2025-03-12",
    ),
]


@pytest.mark.parametrize(("why", "body", "day"), TIED_VISITS, ids=[o[0] for o in TIED_VISITS])
def test_a_visit_of_a_tied_body_dates_no_signing(why: str, body: str, day: str | None) -> None:
    ev = _event("가온시, 누리시와 교류\n" + body)
    assert (ev.date if ev is not None else None) == day, why


# --- issue 8, session 18: quotes opened oddly, bodies as speakers, the person before a body ---

ODD_QUOTES = [
    (
        "a quote opened with a closing mark and closed with an opening one",
        HEAD_KO + "가온시는 14일 누리대학교와 협약을 맺었다.\n"
        "박서준 가온시장은 ”대학과 시가 함께 청년 일자리를 늘리겠다“고 말했다.\n",
        [("박서준", "대학과 시가 함께 청년 일자리를 늘리겠다")],
    ),
    (
        "a quote opened and closed with the closing mark",
        HEAD_KO + "가온시는 14일 누리대학교와 협약을 맺었다.\n"
        "박서준 가온시장은 ”대학과 시가 함께 청년 일자리를 늘리겠다”고 말했다.\n",
        [("박서준", "대학과 시가 함께 청년 일자리를 늘리겠다")],
    ),
    (
        "a body of signatories speaks with one voice",
        HEAD_KO + "가온시는 14일 누리대학교, 누리상회와 협약을 맺었다.\n"
        "협약 기관들은 “지역 인재가 지역에 머물 수 있도록 힘을 모으겠다”라고 입을 모았다.\n",
        [("협약 기관들", "지역 인재가 지역에 머물 수 있도록 힘을 모으겠다")],
    ),
    (
        "the person after the body's short name is the speaker, not the body",
        HEAD_KO + "가온시는 14일 누리경총과 협약을 맺었다.\n"
        "누리경총 최민호 상무이사는 “회원 기업과 함께 청년 채용을 늘리겠다”고 말했다.\n",
        [("최민호", "회원 기업과 함께 청년 채용을 늘리겠다")],
    ),
]


@pytest.mark.parametrize(("why", "page", "want"), ODD_QUOTES, ids=[q[0] for q in ODD_QUOTES])
def test_odd_quote_kinds(why: str, page: str, want: list[tuple[str, str]]) -> None:
    assert _quotes(page) == want, why


def test_a_paragraph_with_no_opening_mark_is_a_quote_when_it_closes_with_a_speech_verb() -> None:
    page = (
        HEAD_KO + "가온시는 14일 누리대학교와 협약을 맺었다.\n\n"
        "박서준 가온시장은 이날 협약식에서 인사말을 했다.\n\n"
        "앞으로 대학과 시가 함께 청년 일자리를 늘리겠다”라고 말했다.\n"
    )
    got = _quotes(page)
    assert [t for _, t in got] == ["앞으로 대학과 시가 함께 청년 일자리를 늘리겠다"]


EVENT_DAYS = [
    (
        "signed on the 11th, announced on the 12th",
        HEAD_KO + "가온시는 11일 누리대학교와 청년 창업 지원 업무협약을 체결했다고 12일 밝혔다.\n",
        "2025-03-11",
    ),
    (
        "the signing day in a later sentence, the announcement day in the lede",
        HEAD_KO + "가온시는 청년 창업 지원을 위해 누리대학교와 손잡는다고 12일 밝혔다.\n"
        "가온시와 누리대학교는 11일 누리대 본관에서 업무협약을 체결했다.\n",
        "2025-03-11",
    ),
    (
        "`이날` points back to the day of the previous sentence",
        HEAD_KO + "가온시는 3일 누리대학교에서 청년 창업 지원 협약식을 열었다.\n"
        "이날 협약식에는 두 기관 관계자 20여 명이 참석했다.\n",
        "2025-03-03",
    ),
    (
        "`오늘(3.12)` is a date",
        HEAD_KO + "가온시는 오늘(3.12) 누리대학교와 청년 창업 지원 업무협약을 체결했다.\n",
        "2025-03-12",
    ),
    (
        "`오늘(3.12.)` with a closing dot is a date",
        HEAD_KO + "가온시는 오늘(3.12.) 누리대학교와 청년 창업 지원 업무협약을 체결했다.\n",
        "2025-03-12",
    ),
]


@pytest.mark.parametrize(("why", "page", "day"), EVENT_DAYS, ids=[e[0] for e in EVENT_DAYS])
def test_event_day_kinds(why: str, page: str, day: str) -> None:
    ev = _event(page)
    assert ev is not None and ev.date == day, why
