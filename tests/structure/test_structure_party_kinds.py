"""Kinds of party sentences real pages write, each in a snippet written for this test (bodies
invented): a place before a body's name, a quoted list of partners, a quote right after the 과,
a topic with a comma, a dateline in round brackets, a bullet before an announcement, a parent
body with 산하, a verb ending before the partner, signing told as 협약을 진행했다 or 협약을 가졌다
(or `'…결연'을 했다`, a quote before the particle),
aims before a purpose, heads at the ceremony, an English rendering on a Korean page."""

from __future__ import annotations

import pytest
from structure_helpers import parties

KINDS = [
    (
        "a province and a county before a local body: the place is an alias",
        "경북 해울군 들빛농협과 인천 새봄농협이 지난 3일 자매결연 협약을 체결했다.\n",
        ["들빛농협", "새봄농협"],
    ),
    (
        "a county by its short name before a body",
        "완주 들빛농협과 새봄농협은 도농상생 협약을 맺었다.\n",
        ["들빛농협", "새봄농협"],
    ),
    (
        "a country before a foreign institute",
        "해울진흥원은 중국 들빛대 새봄연구원과 학술교류 협약을 체결했다.\n",
        ["해울진흥원", "들빛대 새봄연구원"],
    ),
    (
        "a council named with a people noun keeps its place and its first word",
        "해울진흥원은 해울군 기업인 협의회와 지역경제 협약을 체결했다.\n",
        ["해울진흥원", "해울군 기업인 협의회"],
    ),
    (
        "a quoted list of partners followed by 와 함께",
        "해울군은 14일 들빛시청 접견실에서 ‘들빛광역시·새봄군·해울농협중앙회’와 함께 "
        "‘농업 발전 업무협약’을 체결했다고 밝혔다.\n",
        ["해울군", "들빛광역시", "새봄군", "해울농협중앙회"],
    ),
    (
        "the agreement's quote right after the partner's 과",
        "해울청은 들빛은행과‘중소기업 금융 지원 협약’을 체결했다고 밝혔다.\n",
        ["해울청", "들빛은행"],
    ),
    (
        "a topic marker followed by a comma",
        "해울경찰서는, 관할 경계의 공조를 위해 들빛경찰서와 업무협약을 체결했다.\n",
        ["해울경찰서", "들빛경찰서"],
    ),
    (
        "signing reported as 협약을 진행했다",
        "기부단체 해울회가 최근 들빛병원과 의료지원 업무협약을 진행했다고 5일 밝혔다.\n",
        ["해울회", "들빛병원"],
    ),
    (
        "a civic `…회` body before an aim (`B선양회와 공동발전을 위한`)",
        "가람대학교는 27일 본관 3층 회의실에서 누리문화선양회와 공동발전을 위한 상호교류 "
        "협약을 체결했다고 밝혔다.\n",
        ["가람대학교", "누리문화선양회"],
    ),
    (
        "signing reported as 협약을 가졌다",
        "해울농업기술센터(소장 홍길동)는 지난 10일 누리농협 회의실에서 별빛유통(대표 "
        "김철수)·누리농협(조합장 이영희)과 3자 상생 협약을 가졌다고 밝혔다.\n",
        # (`별빛유통(대표 …)·누리농협(조합장 …)`: a company's head, no `별빛유통농협`)
        ["해울농업기술센터", "별빛유통", "누리농협"],
    ),
    (
        "a quote between the agreement's name and 을 했다",
        "가람군은 지난 6일 2개 기업과 2개 마을이 '1사1촌 자매결연'을 했다고 9일 밝혔다.\n"
        "이번 자매결연에는 해울식품(대표 김하나)과 서면 누리마을(이장 박두리), 별빛산업(대표 "
        "이세나)과 서면 달빛마을(이장 최네리)이 참여했다.\n",
        ["가람군", "해울식품", "누리마을", "별빛산업", "달빛마을"],
    ),
    (
        "a dateline in round brackets before the subject",
        "(해울뉴스=도하람 기자) 해울대학교 새봄연구소(소장 나예린)는 14일 들빛대학 "
        "미래연구소와 MOU를 체결했다.\n",
        ["해울대학교 새봄연구소", "들빛대학 미래연구소"],
    ),
    (
        "a bullet before an announcement that selects bodies",
        "▲ 해울부는 6일 '소재 기술개발' 사업의 운영기관으로 들빛연구원(DBI)과 "
        "새봄과학원(SBI)을 선정했다고 밝혔다.\n",
        ["해울부", "들빛연구원", "새봄과학원"],
    ),
    (
        "a parent body named with 산하 before the party",
        "해울재단 산하 들빛복지관은 새봄병원과 나눔 협약을 체결했다.\n",
        ["들빛복지관", "새봄병원"],
    ),
    (
        "a clause ending in 돼 before the partner",
        "해울공단은 기존 협약 기한이 만료돼 들빛재단과 MOU를 갱신해 체결했다고 밝혔다.\n",
        ["해울공단", "들빛재단"],
    ),
]


KINDS += [
    (
        "two aims joined by 과 before a purpose written with 하기 위해",
        "해울도는 17일 도청에서 지역사회 발전과 주민 복지 향상을 도모하기 위해 "
        "들빛주택공사(DH)와 나눔 업무협약을 체결했다.\n",
        ["해울도", "들빛주택공사"],
    ),
    (
        "the heads at the ceremony, one fused with 협회장, another after 을 비롯해",
        "양 기관은 이번 협약으로 공동 지원체계를 마련했다.\n"
        "이날 협약식에는 도하람 해울공단 기업지원본부장과 나예린 들빛인공지능협회장을 비롯해 "
        "구나래 해울공단 남부지부장 등 관계자들이 참석했다.\n",
        ["해울공단 기업지원본부", "들빛인공지능협회"],
    ),
    (
        "an English rendering after a Korean page: the Korean sentence names the parties",
        "해울시·들빛구 자매결연\n\n"
        "이날 협약식에는 도하람 해울시장과 나예린 들빛구청장이 참석했다.\n"
        "양 도시는 문화와 농업 분야에서 교류하기로 했다.\n"
        "Haeul City announced on the 20th that it signed an agreement at Deul-gu Office "
        "with Deul-gu, Seoul.\n",
        ["해울시", "들빛구"],
    ),
]


KINDS += [
    (
        "a country and its province before a foreign county",
        "해울군이 중국 들빛성 새봄현과 맺어 온 우호교류를 자매결연으로 격상했다.\n"
        "해울군은 25일 협정서에 서명한 뒤 자매결연을 맺었다고 밝혔다.\n",
        ["해울군", "새봄현"],
    ),
    (
        "two English subjects, one name inside the other",
        "Colleges agree\n\nHaeul University (President NAM Yuri) and Haeul University College "
        "(President DO Hana) signed a memorandum of understanding on Monday.\n",
        ["Haeul University", "Haeul University College"],
    ),
    (
        "an English sentence that says the sides held an MOU ceremony with each other",
        "Foundation and agency team up\n\nDeul University’s Research & Business Foundation "
        "(Director: Park, Mina) held an MOU ceremony on September 2 (Thu) with Haeul Startups "
        "Agency (President: Kim, Dora). The MOU aims at joint training.\n",
        ["Deul University’s Research & Business Foundation", "Haeul Startups Agency"],
    ),
]


KINDS += [
    (
        "no sentence names the sides: the bodies the speakers head, by the word before the name",
        "이번 협약에서 두 기관은 공동연구를 추진하기로 합의했다.\n"
        '해울대 도하람 총장은 "두 기관이 함께 성과를 내길 기대한다"고 했다.\n'
        'DBI 나예린 원장은 "협약을 계기로 교류가 늘길 바란다"고 밝혔다.\n',
        ["해울대", "DBI"],
    ),
    (
        "no sentence names the sides: a speaker's fused title names the body",
        "협약에 따라 양 기관은 기술 교류를 하게 된다.\n"
        "도하람 들빛농업기술원장은 “이번 협약이 큰 힘이 될 것”이라고 말했다.\n",
        ["들빛농업기술원"],
    ),
    (
        "a lead that says only 협력키로 했다",
        "해울중앙회와 들빛양조는 지역경제 활성화를 위해 협력키로 했다.\n",
        ["해울중앙회", "들빛양조"],
    ),
]


KINDS += [
    (
        "partners closed by a count of companies need no body's ending",
        "해울도와 들빛청, 새봄시 등 3개 기관은 28일 투자전시관에서 가온합금, 누리이앤이, "
        "다온팜스 등 중소기업 3곳과 투자협약을 체결했다.\n",
        ["해울도", "들빛청", "새봄시", "가온합금", "누리이앤이", "다온팜스"],
    ),
    (
        "a counted partner listed with bullets further down",
        "해울대학교는 들빛은행, 3개 지역 강소기업과 4일 다자간 업무 협약식을 가졌다고 밝혔다.\n"
        "협약을 체결한 지역 강소기업은 △㈜가온특장 △누리금형 △다온테크(유) 등이다.\n",
        ["해울대학교", "들빛은행", "㈜가온특장", "누리금형", "다온테크(유)"],
    ),
    (
        "a bracket left over from page chrome before the subject",
        "]해울대 새봄사업단이 들빛대와 공유 협약을 체결했다.\n\n"
        "해울대학교 새봄사업단은 들빛대학교 누리사업단과 ‘공유 업무협약’을 18일 체결했다.\n",
        ["해울대 새봄사업단", "들빛대"],
    ),
]


KINDS += [
    (
        "the lead comes first and a caption below it is taken for the title",
        "해울소방서(서장 도하람)는 20일 들빛백화점 새봄점과 업무협약(MOU)을 맺고 안전문화를 "
        "함께 조성하기로 했다.\n"
        "해울소방서와 들빛백화점 관계자들이 업무협약 기념사진을 찍고 있다 |\n"
        "이번 협약은 관계자 12명이 참석한 가운데 진행됐다.\n",
        ["해울소방서", "들빛백화점 새봄점"],
    ),
    (
        "a head in lenticular brackets with a name in Chinese characters",
        "해울소방서【서장 도하람(都夏藍)】는 30일 본서 대회의실에서 들빛가스공사 새봄본부"
        "(본부장 나예린)와 『안전 나눔 협정(MOU) 체결식』을 가졌다.\n",
        ["해울소방서", "들빛가스공사 새봄본부"],
    ),
    (
        "one partner and a count of others, listed with their heads further down",
        "해울소방서(서장 도하람)는 27일 들빛공사 새봄관리단(단장 나예린) 외 3개 기관과 "
        "업무협약을 체결했다.\n"
        "이날 협약에 참가한 기관은 가온공사 해울지사(지사장 구나래), (주)누리이에스"
        "(대표이사 하도윤), 해울시 건축사협회(협회장 송다인)다.\n",
        [
            "해울소방서",
            "들빛공사 새봄관리단",
            "가온공사 해울지사",
            "(주)누리이에스",
            "해울시 건축사협회",
        ],
    ),
]


KINDS += [
    (
        "a generic noun for bodies is no partner",
        "해울소방서는 27일 재난 대비를 위해 지역기관과 업무협약을 체결했다.\n",
        ["해울소방서"],
    ),
    (
        "a thing someone has before 과 and a purpose is no partner",
        "해울병원(원장 도하람)이 19일 들빛주 청사에서 주민들의 건강과 양 기관의 의료발전을 "
        "위해 양해각서(MOU)를 체결했다.\n",
        ["해울병원"],
    ),
]


@pytest.mark.parametrize(("why", "page", "want"), KINDS, ids=[k[0] for k in KINDS])
def test_party_kinds(why: str, page: str, want: list[str]) -> None:
    assert [p.name for p in parties(page)] == want


def test_the_place_is_kept_as_an_alias() -> None:
    got = {p.name: p.aliases for p in parties(KINDS[0][1])}
    assert "경북 해울군 들빛농협" in got["들빛농협"]
    assert "인천 새봄농협" in got["새봄농협"]


def test_a_body_first_word_is_no_place() -> None:
    """`해울대학교 새봄연구소`: a body's unit, not a place before a body."""
    page = "해울대학교 새봄연구소는 들빛군 미래농협과 협약을 체결했다.\n"
    assert [p.name for p in parties(page)] == ["해울대학교 새봄연구소", "미래농협"]


def test_an_english_page_says_it_signed_with() -> None:
    """`A announced … that it signed … with B, Seoul.`: A and B, not the place after the comma."""
    page = (
        "Haeul and Deul sign deal\n\nHaeul City announced on the 20th that it signed a business "
        "agreement at Deul Office for cooperation with Deul-gu, Seoul.\n"
    )
    assert [p.name for p in parties(page)] == ["Haeul City", "Deul-gu"]


def test_a_described_subject_between_commas_is_no_party() -> None:
    """`A Agency, Haeul's leading seed bank, and the B Council signed`: two parties."""
    page = (
        "Seed deal\n\nHAEUL, May 2 (Deul News) -- Haeul Seed Agency, Haeul's leading seed bank, "
        "and the Deul Farming Council (DFC) signed a cooperation agreement Monday.\n"
    )
    assert sorted(p.name for p in parties(page)) == ["Deul Farming Council", "Haeul Seed Agency"]


def test_a_hard_wrapped_archive_page() -> None:
    """An archive's fixed-width lines: the signing sentence runs over three lines, and a
    bracket closes right before 및."""
    page = (
        "해울조합, 해외 두 협회와 협정\n"
        "해울자동차공업협동조합(이사장 도하람)은 들빛자동차부품공업협회\n"
        "(DAPA)및 새봄자동차제조판매협회(SMMA)와 각각 업무협정을 체결, 기술\n"
        "제휴 지원등 공조체제를 유지해가기로 했다고 이날 조합측이 밝혔다.\n"
        "해울조합은 25일 SMMA와 장기간에 걸친 협력사업을 개발하기 위해\n"
        "협력위원회를 구성키로 하고 각서를 교환했다고 27일 발표했다.\n"
        "이 협력위원회는 양국에서 교대로 1년에 1회씩 만나 기술제휴 지원및\n"
        "시장정보교환 협력사업파트너 희망업체추천 등의 사업을 하게 된다.\n"
    )
    assert [p.name for p in parties(page)] == [
        "해울자동차공업협동조합",
        "들빛자동차부품공업협회",
        "새봄자동차제조판매협회",
    ]


def test_sides_named_only_in_the_headline_are_doubted() -> None:
    """`A, B와 … 업무협약 체결` and a body that says only 양 기관: the headline's two, low."""
    page = (
        "해울유나이티드, 들빛교육지원청과 학교스포츠 활성화 위한 업무협약 체결\n"
        "이날 협약식은 1일 해울경기장에서 열렸다.\n"
        "이번 협약은 양 기관의 발전을 도모하는 데 그 목적이 있다.\n"
    )
    got = parties(page)
    assert [p.name for p in got] == ["해울유나이티드", "들빛교육지원청"]
    assert all(p.confidence == "low" and p.why == "title" for p in got)


def test_a_hard_wrapped_english_page() -> None:
    """Short fixed-width lines: `A (President\nX) announced\na new agreement with B to …`."""
    page = (
        "Cooperation in the field of training via\n"
        "the use of new technology and information, fostering experts\n"
        "for companies and students in the region\n"
        "Haeul University President Do Hana (left)\n"
        "and Deul Electronics CEO Na Yerin held an agreement\n"
        "ceremony to collaborate on advancements in industry.\n"
        "On the first day, Haeul University (President\n"
        "Do Hana) announced\n"
        "a new business agreement with Deul Electronics to work together in\n"
        "connecting industry and academia and developing talented personnel.\n"
    )
    assert [p.name for p in parties(page)] == ["Haeul University", "Deul Electronics"]


# Issue 8's kinds (bodies invented): a list given as the participants, bodies named only
# through their heads' titles, a four-party 및 form, a weekday or date word that is no party,
# an English name that stops at its end, and a unit written in short form.
ISSUE8_KINDS = [
    (
        "participants given as a list closed by 이다",
        "해울시는 지역 돌봄 협약을 맺었다고 밝혔다.\n"
        "참여 기관은 해울시, 들빛병원, 새봄복지관, 가온재단, 누리협회이다.\n",
        ["해울시", "들빛병원", "새봄복지관", "가온재단", "누리협회"],
    ),
    (
        "participants joined by middle dots after 협약에 참여한 기관은",
        "지역 상생 협약이 25일 열렸다.\n협약에 참여한 기관은 해울공사·들빛은행·새봄재단이다.\n",
        ["해울공사", "들빛은행", "새봄재단"],
    ),
    (
        "participants ending with 등 N곳이다 (the issuer signs too)",
        "해울군은 안전 협약을 체결했다.\n"
        "협약 참여 기관은 해울경찰서, 들빛소방서, 새봄병원 등 3곳이다.\n",
        ["해울군", "해울경찰서", "들빛소방서", "새봄병원"],
    ),
    (
        "bodies named only through their heads' titles in the signing sentence",
        "이날 해울보건대 총장, 들빛대 총장, 새봄대 총장 등 지역 3개 대학 총장이 협약에 서명했다.\n",
        ["해울보건대", "들빛대", "새봄대"],
    ),
    (
        "the issuer's own 우리 대학 among the heads is no party name",
        "우리 대학 총장과 들빛대 총장, 새봄대 총장이 협약서에 서명했다.\n",
        ["들빛대", "새봄대"],
    ),
    (
        "four parties: A 및 B는 C, D와 협약을 체결했다",
        "해울시 및 해울공사는 들빛은행, 새봄재단과 지역 발전 협약을 체결했다.\n",
        ["해울시", "해울공사", "들빛은행", "새봄재단"],
    ),
    (
        "four parties: A 및 B는 C, D 간 협약",
        "해울군 및 해울문화재단은 20일 들빛대학교, 새봄병원 간 업무협약을 맺었다.\n",
        ["해울군", "해울문화재단", "들빛대학교", "새봄병원"],
    ),
    (
        "a date word before the partner is no party",
        "해울시는 지난달 들빛은행과 금융 협약을 체결했다.\n",
        ["해울시", "들빛은행"],
    ),
    (
        "a unit in short form (number + 군단)",
        "1군단은 해울시와 재난 대응 협약을 체결했다.\n",
        ["1군단", "해울시"],
    ),
    (
        "a fleet and a wing in short form as partners",
        "해울시는 3함대, 12비행단과 지역 안보 협약을 맺었다.\n",
        ["해울시", "3함대", "12비행단"],
    ),
    (
        "a division written OO사단",
        "해울군은 OO사단과 민군 협력 협약을 체결했다.\n",
        ["해울군", "OO사단"],
    ),
]


@pytest.mark.parametrize(("why", "page", "want"), ISSUE8_KINDS, ids=[k[0] for k in ISSUE8_KINDS])
def test_issue8_party_kinds(why: str, page: str, want: list[str]) -> None:
    assert [p.name for p in parties(page)] == want


def test_a_weekday_is_no_party() -> None:
    page = "Haeul and Deul\n\n해울시와 들빛은행은 월요일 협약을 체결했다.\n"
    names = [p.name for p in parties(page)]
    assert "월요일" not in names and names == ["해울시", "들빛은행"]


def test_an_english_name_stops_before_its_verb() -> None:
    page = (
        "Deal signed\n\nHaeul Seed Agency and Deul National University signed on Monday "
        "an agreement on research.\n"
    )
    assert [p.name for p in parties(page)] == ["Haeul Seed Agency", "Deul National University"]


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        ("Deul National University.", "Deul National University"),
        ("Deul Motor Co.", "Deul Motor"),  # the legal form is dropped, as ever
    ],
)
def test_an_english_partner_stops_at_its_end(tail: str, want: str) -> None:
    """`… with B.` at a sentence's end: the full stop is no part of B (an abbreviation's is)."""
    page = f"Deal signed\n\nHaeul Seed Agency signed on Monday an agreement with {tail}\n"
    assert [p.name for p in parties(page)] == ["Haeul Seed Agency", want]


@pytest.mark.parametrize(
    "page",
    [
        "해울시는 돌봄 협약을 맺었다.\n참여 기관은 올해 하반기 공모를 거쳐 선정할 예정이다.\n",
        "해울시는 돌봄 협약을 맺었다.\n참여 기관은 지역 주민, 학생들이다.\n",
        "해울시는 돌봄 협약을 맺었다.\n이날 우리 대학 총장, 본교 총장이 협약에 서명했다.\n",
        "해울시는 돌봄 협약을 맺었다.\n이번 협약에는 2개 사단이 함께한다.\n",
    ],
)
def test_lists_that_name_no_further_body(page: str) -> None:
    """A participants sentence, heads or a count that name no body: only the signing side."""
    assert [p.name for p in parties(page)] == ["해울시"]


def test_english_partners_named_through_their_heads() -> None:
    """`… with B Mayor X and C Mayor Y for …`: each city, and no run-on into `for`."""
    page = (
        "Three cities\n\nOn May 9, Haeul Mayor Do Ha-na concluded a cooperation MOU with "
        "Deul Mayor Na Ye-rin and Saebom Mayor Koo Na-rae for joint growth of the cities.\n"
    )
    assert [p.name for p in parties(page)] == ["Haeul", "Deul", "Saebom"]
