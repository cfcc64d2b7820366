"""Parties, speakers and venues in forms seen on real news pages (issue 8): a company's branch
named `지사`, a date in brackets before the partner, members counted after a body, heads named
in a `함께 한 가운데` clause, pages that lost their particles, dotted names sharing an ending,
and English wire forms (`City Mayor Name`, `the mayor said`, spaced brackets, `signed between`).

Every text here is our own; the forms are those of real pages."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record
from summarizer.models.records import Structure


def _structure(text: str, ref: str = "2025-03-14") -> Structure:
    return facts_record(text.encode(), reference_date=ref).structure


PARTIES = [
    (
        "a company's branch ending in 지사 is no governor",
        "한빛전력 가온지사(지사장 박누리)와 가온군 솔빛면(면장 최하람)은 12월 3일(수) "
        "자매결연 협약을 체결했다.",
        ["한빛전력 가온지사", "가온군 솔빛면"],
    ),
    (
        "a bracketed date before the partner",
        "누리측량공사(사장 김하늘)가 오늘(17일) 별빛건설(사장 이솔)과 업무협력 양해각서를 "
        "체결했다.",
        ["누리측량공사", "별빛건설"],
    ),
    (
        "members counted after the body",
        "지난 10일 농협 가온군지부(지부장 이태오)와 가온군상공협의회(회장 강누리) 회원 "
        "20여명은 쌀 소비 촉진을 위한 업무협약을 체결했다.",
        ["농협 가온군지부", "가온군상공협의회"],
    ),
    (
        "an aim joined by 과 after two subjects",
        "한빛전력 가온지사(지사장 손누리)와 가온시(시장 이하늘)는 수요관리를 통한 "
        "에너지절약과 안정적인 전력공급을 위한 업무에 협력하기로 양해각서를 체결했다.",
        ["한빛전력 가온지사", "가온시"],
    ),
    (
        "a run-on subtitle before the subject",
        "협력 강화 신사옥 건립 설계 진행 가온군은 한빛전력공사경남본부(본부장 김누리)와 "
        "군청 2층 회의실에서 업무협약(MOU)을 체결했다고 10일 밝혔다.",
        ["가온군", "한빛전력공사경남본부"],
    ),
    (
        "the partner's head in a 함께 한 가운데 clause",
        "한빛안전공사는 12일 가온군 혁신도시에 있는 본사에서 조누리 사장과 박하늘 가온군수가 "
        "함께 한 가운데 ‘지역 발전을 위한 업무협약’을 체결하였다.",
        ["한빛안전공사", "가온군"],
    ),
    (
        "a page that lost its particles",
        "가온시설관리공단(이사장 계누리, 이하 공단)12일 가온시상인회연합(회장 황하늘) "
        "지역사회 발전을 위한 업무협약을 체결했다고 밝혔다.",
        ["가온시설관리공단", "가온시상인회연합"],
    ),
    (
        "the agreement the topic, its two sides the clause's subject",
        "이날 협약은 가온지역 재난총괄기관인 가온군과 도로관리기관인 누리도로공사가 협력 체계를 "
        "구축해 재난에 대처한다는 취지에서 체결된 것으로 두 기관은 정보를 공유한다.",
        ["가온군", "누리도로공사"],
    ),
    (
        "the agreement the topic, two aims joined: no sides",
        "이날 협약은 지역 안전과 주민 행복이 함께 커지도록 하자는 취지에서 체결된 것으로 두 "
        "기관은 정보를 공유한다.",
        [],
    ),
    (
        "a headline's partner abroad after its country and region; the story names it visited",
        "가온시, 중국 누리 다온시와 우호도시 의향서 체결\n\n시에 따르면 가온시 대표단은 "
        "다온시청을 찾아 관계자들과 교류의향서를 체결했다.",
        ["가온시", "다온시"],
    ),
    (
        "a headline's place before a partner is no country: not read",
        "가온시, 누리 다온시와 우호도시 의향서 체결\n\n시에 따르면 가온시 대표단은 "
        "다온시청을 찾아 관계자들과 교류의향서를 체결했다.",
        ["가온시"],
    ),
    (
        "a counted list whose first body is joined by 과: the count is the list's, all read",
        "가온시는 누리대학교와 가람공단 다온지역본부, 가람 조선해양 MC, 가람 그린소재 MC 등 "
        "4개 기관이 지난 8일 가온시청에서 업무협약을 체결했다고 11일 밝혔다.",
        ["가온시", "누리대학교", "가람공단 다온지역본부", "가람 조선해양 MC", "가람 그린소재 MC"],
    ),
    (
        "a partner's branch after an address, its body before it",
        "누리청년연구원(홍하늘 이사장)은 27일 가람시 누리구 다온동 가온연금공단 가람본부(본부장 "
        "김누리) 사무실에서 청년 일자리 업무협약식을 체결했다고 밝혔다.",
        ["누리청년연구원", "가온연금공단 가람본부"],
    ),
    (
        "who tells it, dotted names sharing an ending and the list's close",
        "18일 가온군에 따르면 솔빛·달빛·별빛농협 등 가온 내 농협 3곳은 자매도시인 누리군 "
        "한빛농협과 협약을 체결했다.",
        ["솔빛농협", "달빛농협", "별빛농협", "한빛농협"],  # the town: an alias (`누리군 한빛농협`)
    ),
    (
        "a single syllable before a middle dot opens the name",
        "대·중소상생재단과 가온청은 10일 서울에서 업무협약을 체결했다.",
        ["대·중소상생재단", "가온청"],
    ),
    (
        "each partner with its own 와",
        "가온시가 10일 솔빛시와 누리광역시와 교류 강화 업무협약을 체결한다고 밝혔다.",
        ["가온시", "솔빛시", "누리광역시"],
    ),
    (
        "a description ending in 기관 before the name",
        "가온교류협회(회장 이누리)와 민간 정보조사기관 솔빛코(의장 이하람)는 19일 업무협약을 "
        "체결했다.",
        ["가온교류협회", "솔빛코"],
    ),
    (
        "English: a ministry whose name holds a comma, then an owner's ministry",
        "Ministries sign MOU\n\nHaeul's Ministry of Trade, Industry and Energy and Gaon's "
        "Ministry of Science and Innovation signed the memorandum of understanding in Madrid.",
        ["Ministry of Trade, Industry and Energy", "Ministry of Science and Innovation"],
    ),
    ("the two bodies, unnamed", "이날 두기관은 상생과 공동발전의 기틀을 마련하기로 협약했다.", []),
    (
        "English: a city named with its mayor",
        "Haeul signs startup deal\n\nHaeul City Mayor Kang Min-jun has signed an agreement with "
        "the Pine County Trade Chamber on Monday to support local startups.",
        ["Haeul City", "Pine County Trade Chamber"],
    ),
    (
        "English: spaced brackets and an appositive's owner",
        "Marine school deal\n\nHaeul Marine University ( President Doh Na-ri , President ) has "
        "signed a business agreement with Invest HAEUL ( CEO Sang -min Jo ) , the investment "
        "promotion agency of the Haeul Trade Promotion Agency (HTPA) , to promote investment .",
        ["Haeul Marine University", "Invest HAEUL"],
    ),
    (
        "English: a passive signing between listed bodies",
        "Park signs memorandum\n\nOn March 18th, a Memorandum of Understanding was signed between "
        "Pine Park Haeul, Gaon TechnoPark, and Gaon Development Institute from the Republic of "
        "Korea.",
        ["Pine Park Haeul", "Gaon TechnoPark", "Gaon Development Institute"],
    ),
]


def _at(why: str) -> int:
    return next(k for k, c in enumerate(PARTIES) if c[0] == why)


@pytest.mark.parametrize(("why", "text", "want"), PARTIES, ids=[c[0] for c in PARTIES])
def test_page_party_forms(why: str, text: str, want: list[str]) -> None:
    assert [p.name for p in _structure(text).parties] == want


def test_heads_of_the_parties_kept() -> None:
    st = _structure(PARTIES[0][1])
    assert [p.head for p in st.parties] == ["지사장 박누리", "면장 최하람"]
    en = _structure(PARTIES[_at("English: a city named with its mayor")][1])
    assert en.parties[0].head == "Mayor Kang Min-jun"


def test_the_mayor_said_is_the_mayor_named_before() -> None:
    text = (
        PARTIES[_at("English: a city named with its mayor")][1]
        + "\n“I will back our startups in new markets,” the mayor said.\n"
    )
    (quote,) = _structure(text, "2023-01-10").quotes
    assert quote.speaker == "Kang Min-jun"


def test_unclosed_english_quote_and_spaced_commas() -> None:
    text = (
        PARTIES[_at("English: spaced brackets and an appositive's owner")][1]
        + "\n\nThe MOU ceremony held at the university headquarters on the 11th "
        "was attended by officials of both.\n\nSang-min Jo , CEO of Invest HAEUL , said , “ "
        "Through this deal, a long-term partnership has been built . said .\n"
    )
    st = _structure(text, "2022-07-13")
    assert [(q.speaker, q.text[:12]) for q in st.quotes] == [("Sang-min Jo", "Through this")]
    assert st.event is not None
    assert st.event.date == "2022-07-11"
    assert st.event.place == "university headquarters"


def test_surname_speaker_named_in_full_later() -> None:
    text = (
        "가람대학교(총장 김하늘)는 세 기업과 협정을 체결했다고 22일 밝혔다.\n"
        "이에 정 대표는 “함께 할 수 있어 뜻깊다”라고 말했다.\n"
        "이날 협정식은 가람대 김하늘 총장과 세 기업의 정누리 대표이사 등이 참석한 가운데 대학 "
        "본관 9층 대회의실에서 열렸다.\n"
    )
    st = _structure(text, "2018-02-22")
    assert [q.speaker for q in st.quotes] == ["정누리"]
    assert st.event is not None and st.event.place == "대학 본관 9층 대회의실"


VENUES = [
    (
        "a building named before the ceremony held there",
        "누리측량공사가 17일 별빛건설과 양해각서를 체결했다.\n"
        "가온 중구 누리로3가 별빛빌딩에서 열린 MOU 체결식에서 양 기관은 협력을 지속하기로 "
        "합의했다.",
        "별빛빌딩",
    ),
    (
        "a purpose clause before the hall",
        "가온시가 11일 솔빛시와 우호교류협약을 체결했다.\n"
        "이날 협약식은 감염 확산 방지를 위해 각 지자체 영상회의실에서 화상회의 방식으로 "
        "진행됐다.",
        "각 지자체 영상회의실",
    ),
    (
        "a venue located by 에 있는",
        PARTIES[_at("the partner's head in a 함께 한 가운데 clause")][1],
        "혁신도시에 있는 본사",
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), VENUES, ids=[c[0] for c in VENUES])
def test_page_venues(why: str, text: str, want: str) -> None:
    st = _structure(text)
    assert st.event is not None and st.event.place is not None
    assert want in st.event.place


def test_a_date_told_only_under_the_photo_is_unsure() -> None:
    text = (
        "한빛-가온시 협약\n\n"
        "▲ 지난 9일 이하늘 가온시장(오른쪽)이 한빛전력 가온지사와 업무협약을 맺고 기념촬영을 "
        "하고 있다.\n"
        "한빛전력 가온지사(지사장 손누리)와 가온시(시장 이하늘)는 전력 공급에 협력하기로 "
        "양해각서(MOU)를 체결했다.\n"
    )
    st = _structure(text, "2013-01-10")
    assert st.event is not None
    assert st.event.date == "2013-01-09" and "date" in st.event.unsure


def test_a_one_sided_signing_in_a_body_s_hall_names_the_host_doubted() -> None:
    text = (
        "가온경제청(청장 김누리, 이하 경제청)은 11월 29일, 솔빛대학교 대회의실에서 지역발전과 "
        "상호협력을 위한 업무협약을 체결했다고 밝혔다.\n"
    )
    parties = _structure(text).parties
    # (the reader's doubt is kept as `why`; the mark is the calibrated scorer's, which weighs
    # a host named in the signing sentence with an organisation's ending as sure)
    assert [(p.name, p.why) for p in parties] == [("가온경제청", None), ("솔빛대학교", "venue")]


QUOTES = [
    (
        "a quote run on to its speaker and the next quote with no space",
        '유등-제기 자매결연\n\n이어 국중근 제기동장은"제기동에는 활발한 시장이 있다. 적극 '
        '협조하겠다"며"이번 협약을 계기로 교류하겠다"고 말했다.\n',
        [("국중근", "제기동에는")],
    ),
    (
        "both sides' heads by title: the title speaks, not 양측",
        "가온면-솔빛동 자매결연\n\n가온면과 솔빛동은 지난 17일 자매결연협약을 체결했다.\n"
        "이에, 양측 주민자치위원장은 “우호와 신뢰를 바탕으로 교류를 활성화하자”라고 다짐했다.\n",
        [("주민자치위원장", "우호와")],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), QUOTES, ids=[c[0] for c in QUOTES])
def test_page_quote_forms(why: str, text: str, want: list[tuple[str, str]]) -> None:
    quotes = _structure(text).quotes
    assert [(q.speaker, q.text.split()[0]) for q in quotes] == want


MORE = [
    (
        "a byline bracket holding '=' and an adverb before the partner",
        "[가온일보 = 홍길동 기자]가온구시설관리공단(이하 공단)이 최근 가온발전협의회와 지역공동체 "
        "강화를 위한 업무협약을 체결했다고 10일 밝혔다.",
        ["가온구시설관리공단", "가온발전협의회"],
    ),
    (
        "partners counted in the signing and named by their heads at the ceremony",
        "가온 협약\n\n가온도교육청은 19일 지역 대학 3곳과 업무협약을 체결했다.\n"
        "이날 협약식에는 윤누리 가온교육감, 한하늘 솔빛교육대 총장, 고바다 가온대 총장, 차나래 "
        "달빛교원대 총장이 참석했다.\n윤 교육감과 대학 총장들은 ▲인력 파견 ▲공동 연구 등을 "
        "약속했다.\n",
        ["가온도교육청", "솔빛교육대", "가온대", "달빛교원대"],
    ),
    (
        "English: a county that announced it has signed with a company",
        "County draws investor\n\nHaeul County, Gaon Province announced on the 25th that it has "
        "signed a bilateral investment agreement with Pinecrest Co., Ltd., a maker of farm "
        "chemicals.",
        ["Haeul County", "Pinecrest"],
    ),
    (
        "English: a wire dateline in brackets and three companies listed",
        "Province signs deals\n\n(GAON=Haeul News) Gaon Province and Haeul City signed "
        "investment agreements with Pine Engineering, Nuri LED and Sol Research Products on "
        "April 21 to help the companies relocate.",
        ["Gaon Province", "Haeul City", "Pine Engineering", "Nuri LED", "Sol Research Products"],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), MORE, ids=[c[0] for c in MORE])
def test_more_page_party_forms(why: str, text: str, want: list[str]) -> None:
    assert [p.name for p in _structure(text).parties] == want


def test_superintendent_by_surname_and_the_hall_of_the_ceremony() -> None:
    text = MORE[1][1] + (
        '윤 교육감은 "교육청 공무원이 전문성을 활용하겠다"고 말했다.\n'
        "가온도교육청에서 열린 협약식에는 양 기관 관계자 10여 명이 참석했다.\n"
    )
    st = _structure(text, "2024-08-19")
    assert [q.speaker for q in st.quotes] == ["윤누리"]
    assert st.event is not None and st.event.place == "가온도교육청"


LAST = [
    (
        "a 과 inside the quoted agreement name; the host of the hall (doubted by its reader, "
        "sent as sure by the calibrated mark)",
        "한빛안전공사는 6일 오전 가온지적공사 회의실에서 ‘국민행복과 지역 발전을 위한 "
        "업무협약’을 체결했다.",
        [("한빛안전공사", "high"), ("가온지적공사", "high")],
    ),
    (
        "a body ending in 금고 and its branch",
        "가온구시설관리공단(이사장 천누리, 이하 공단)이 9월 27일 가온새마을금고 본점과 "
        "업무협약을 체결했다.",
        [("가온구시설관리공단", "high"), ("가온새마을금고 본점", "high")],
    ),
    (
        "a list closed by 등 지역 기관",
        "12일 군에 따르면 재경가온군민회, 가온농협, 솔빛산림조합 등 지역 기관은 농특산물 "
        "팔아주기 협약을 체결했다.",
        [("재경가온군민회", "high"), ("가온농협", "high"), ("솔빛산림조합", "high")],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), LAST, ids=[c[0] for c in LAST])
def test_last_page_party_forms(why: str, text: str, want: list[tuple[str, str]]) -> None:
    assert [(p.name, p.confidence) for p in _structure(text).parties] == want


def test_report_day_is_no_signing_day_and_no_part_of_the_venue() -> None:
    text = (
        "가온군 상생협약\n\n전북 가온군과 가온농협이 상생협약을 체결했다.\n"
        "12일 군에 따르면 가온군수실에서 개최된 협약식에는 최누리 가온군수 등이 참석했다.\n"
        "공단 이하늘 이사장은 “이번 협약을 통해 지역에 이바지하겠다”고 말했다.\n"
    )
    st = _structure(text, "2022-08-12")
    assert st.event is not None
    assert st.event.date is None and st.event.place == "가온군수실"
    assert [q.speaker for q in st.quotes] == ["이하늘"]


def test_one_signer_and_the_bodies_listed_at_the_ceremony() -> None:
    text = (
        "가온시 7개 기관 참여\n\n"
        "가온안전공단(이사장 이누리)은 9월 18일 본부 대회의실에서 상생협력 협약을 체결했다고 "
        "밝혔다.\n"
        "이날 협약식에는 가온시 솔빛동에 소재한 가온안전공단, 가온표지기술원, 가온방역본부, "
        "가온낙농진흥회, 가온보험공단 대전지역본부, 가온품질평가원 등 7개 공공기관 및 단체가 "
        "참여했다.\n"
    )
    assert [p.name for p in _structure(text).parties] == [
        "가온안전공단",
        "가온표지기술원",
        "가온방역본부",
        "가온낙농진흥회",
        "가온보험공단 대전지역본부",
        "가온품질평가원",
    ]


def test_a_branch_takes_its_body_not_a_place() -> None:
    from summarizer.structure.party_fallbacks import _branch_start

    text = "가람시 다온동 가온공단 가람본부(본부장 김누리)"
    at = text.index("가람본부")
    assert text[_branch_start(text, at, "가람본부") :].startswith("가온공단 가람본부")
    place = "가람시 다온동 가람본부(본부장 김누리)"
    assert _branch_start(place, place.index("가람본부"), "가람본부") == place.index("가람본부")
    # a word that is no branch keeps its own start
    other = "가온공단 누리상회(대표 김누리)"
    assert _branch_start(other, other.index("누리상회"), "누리상회") == other.index("누리상회")
