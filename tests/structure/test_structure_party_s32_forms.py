"""Party forms on Korean pages found over the pooled tuning pages (session 32), each in a snippet
written for this test (bodies invented): a participants' roster of any kind of body closed by
its count (`협약식에 참여한 호텔은 A, B, C 총 3곳이다`, `협약의 참여 기관은`), and a roster of
two groups each closed by `등` taking part without a count (`협약에는 A, B 등 이전 기관과 C, D
등이 참여했다`); heads signing for their bodies, a foreign head's name in two or three words
(`A대 라만 칼리드 누르 총장`, `존 스미스(John Smith) B대 부총장이`)."""

from __future__ import annotations

import pytest
from structure_helpers import names, parties

from summarizer.structure.candidate import Cand
from summarizer.structure.orgs import parse_piece
from summarizer.structure.party_shape import not_a_party

FORMS = [
    (
        "participants of any kind, closed by 총 N곳이다",
        "해울구청장이 23일 구청에서 지역 내 호텔 3개소와 업무협약을 체결했다.\n"
        "이날 협약식에 참여한 호텔은 가온호텔, 누리스테이, 별빛호스텔 총 3곳이다.\n",
        ["해울구청장", "가온호텔", "누리스테이", "별빛호스텔"],
    ),
    (
        "협약의 참여 기관은 A, B, C다",
        "해울시는 23일 일자리 업무협약을 체결했다.\n협약의 참여 기관은 가온공단, 누리재단, 별빛협회다.\n",
        ["해울시", "가온공단", "누리재단", "별빛협회"],
    ),
    (
        "two groups each closed by 등, taking part without a count",
        "해울시는 5일 상생발전 협약을 맺었다.\n"
        "협약에는 가온보증기금, 누리가스공사 등 이전 공공기관과 해울도시공사, 가람시설공단 등이 "
        "참여했다.\n",
        ["해울시", "가온보증기금", "누리가스공사", "해울도시공사", "가람시설공단"],
    ),
    (
        "heads sign: a Latin-capitals body, and a body then a foreign name in three words",
        "KNU 홍길동 총장과 누리국 누리과학기술대(NUST) 라만 칼리드 누르 총장은 3일 "
        "현지에서 연구 인력 양성에 협력하기로 합의했다.\n",
        ["KNU", "누리국 누리과학기술대"],
    ),
    (
        "a foreign head before a body whose kind word ends its name (`…기관(NIDA) 총재와`)",
        "해울재단은 19일 엘레나 벨레스쿠 누리국 국제협력기관(NIDA) 총재와 업무협약을 맺었다.\n",
        ["해울재단", "국제협력기관"],
    ),
    (
        "the subject's own head by a bare title, then the partner's head with its body",
        "해울대는 5일 교내에서 정다한 총장과 존 스미스(John Smith) 누리대학 부총장이 교류 "
        "양해각서를 체결했다고 밝혔다.\n",
        ["해울대", "누리대학"],
    ),
]


@pytest.mark.parametrize(("why", "page", "want"), FORMS, ids=[f[0] for f in FORMS])
def test_s32_party_forms(why: str, page: str, want: list[str]) -> None:
    assert names(page) == want


def test_a_roster_of_another_kind_needs_its_count_to_hold() -> None:
    """`참여한 호텔은 A, B 총 3곳이다`: a kind word that is no signers' kind, and a count the list
    does not meet: no roster."""
    page = (
        "해울구는 23일 지역 호텔과 업무협약을 체결했다.\n"
        "이날 협약식에 참여한 호텔은 가온호텔, 누리호텔 총 3곳이다.\n"
    )
    assert "가온호텔" not in names(page)


@pytest.mark.parametrize(
    ("page", "kind"),
    [
        (
            "해울구청장이 23일 구청에서 관광호텔 대표자들과 업무협약을 체결했다.\n",
            "관광호텔 대표자들",
        ),
        ("누리공단은 산업계, 지역대학 등 5개 기관과 업무협약을 체결했다.\n", "산업계"),
        ("누리공단은 산업계, 지역대학 등 5개 기관과 업무협약을 체결했다.\n", "지역대학"),
    ],
)
def test_a_sector_a_kind_or_the_people_of_one_is_no_party(page: str, kind: str) -> None:
    """`산업계` (a sector), `지역대학` (a kind of body written with a generic word), `…대표자들`
    (people): no party."""
    assert kind not in names(page)


def test_a_kind_of_town_is_no_party() -> None:
    assert not_a_party(Cand(name="혁신도시")) is not None
    assert not_a_party(Cand(name="누리도시공사")) is None


def test_a_kind_of_body_in_an_area_is_no_party() -> None:
    """`부산 동부권역 자치구`: a province and an area before a kind of body name no one."""
    assert not_a_party(Cand(name="부산 동부권역 자치구")) is not None
    assert not_a_party(Cand(name="경남 지역대학")) is not None
    assert not_a_party(Cand(name="서울 가람구")) is None


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            "양 기관은 협약에 따라 시험 장비를 함께 쓰기로 했다.\n"
            "홍길동 KNET 원장은 “장비를 나눠 쓰면 비용이 준다”고 밝혔다.\n"
            "김철수 누리화학 대표는 “현장에 바로 쓰겠다”고 말했다.\n",
            ["KNET", "누리화학"],
        ),
        (
            "두 대학은 이날 협약에 따라 교환학생을 보내기로 했다.\n"
            "김철수 해울대 총장은 “학생들에게 새 길이 열린다”고 말했다.\n"
            "한편 1950년 설립된 누리기술대학교는 학생 3만명이 다니는 종합대학이다.\n",
            ["해울대", "누리기술대학교"],
        ),
    ],
)
def test_two_sides_named_together_are_the_speakers_and_an_asides_bodies(
    page: str, want: list[str]
) -> None:
    """`양 기관은`, `두 대학은` and no signing sentence naming them: the bodies whose heads speak
    (the body between a head's name and title, `김철수 누리화학 대표는`), then the body the story
    turns to for its background (`한편 … 설립된 B대학교는`), two in all."""
    assert names(page) == want


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            "이번 업무협약을 통해 KNIA와 KSEJ는 공동 연구 과제를 발굴하기로 했다.\n"
            "두 나라 연구자의 교류도 늘어날 전망이다.\n",
            ["KNIA", "KSEJ"],
        ),
        (
            "이번 협약은 농어촌 학생의 체험 학습을 돕고자 마련됐다.\n"
            "이를 기반으로 협회와 해울교육청은 체험 프로그램을 함께 운영할 계획이다.\n",
            ["해울교육청"],
        ),
    ],
)
def test_the_sides_as_the_subject_of_what_the_agreement_brings(page: str, want: list[str]) -> None:
    """`이번 업무협약을 통해 A와 B는 …` when no signing sentence names them; a bare kind (`협회`)
    is no name."""
    assert names(page) == want


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            "해울군은 새 조례 시행에 맞춰 누리경찰서, 누리소방서와 안전 협약을 맺었다.\n",
            ["해울군", "누리경찰서", "누리소방서"],
        ),
    ],
)
def test_no_word_before_the_name_is_part_of_it(page: str, want: list[str]) -> None:
    """`시행에 맞춰 A, B와`: the occasion's converb opens no name."""
    assert names(page) == want


@pytest.mark.parametrize(
    ("piece", "want"),
    [
        ("1985년 1234부대", "1234부대"),
        ("2024년 들빛은행", "들빛은행"),
        ("2024년들빛은행", "들빛은행"),
        ("2030년 해울세계박람회 조직위원회", "2030년 해울세계박람회 조직위원회"),
    ],
)
def test_a_year_before_a_name_is_cut_whole(piece: str, want: str) -> None:
    """`1985년 1234부대`: the year and its 년 together, not `년 1234부대`; an event's year opens
    its committee's name."""
    c = parse_piece(piece, 0, len(piece))
    assert c is not None and c.name == want


def test_a_towns_name_opening_a_longer_body_is_another_body() -> None:
    """`해울시정연구원` beside `해울시`: the town's name opens another body's (not its office);
    `이날 행사는 …`: the occasion is no party."""
    page = (
        "해울시가 청년 창업을 돕기 위해 4개 기관과 업무협약을 체결했다고 9일 밝혔다.\n"
        "이번 협약에 참여한 기관은 ▲가온진흥원 ▲누리대학교 창업원 ▲해울시정연구원 "
        "▲해울산업진흥원 등이다.\n"
        "이날 행사는 해울시장과 각 기관장이 인사를 나눈 뒤 서명하는 순서로 진행됐다.\n"
    )
    assert names(page) == [
        "해울시",
        "가온진흥원",
        "누리대학교 창업원",
        "해울시정연구원",
        "해울산업진흥원",
    ]


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            "해울시와 중국 누리성 별빛시가 우호교류 의향서를 교환하고 교류를 강화하기로 했습니다.\n",
            ["해울시", "별빛시"],  # (`중국 누리성 별빛시` its alias: `name_cleanup.unplaced`)
        ),
        ("해울시는 누리시와 협약서를 교환했다.\n", ["해울시", "누리시"]),
    ],
)
def test_the_signed_papers_exchanged_are_a_signing(page: str, want: list[str]) -> None:
    """`의향서를 교환하고`, `협약서를 교환했다`: the signed papers exchanged sign the agreement."""
    assert names(page) == want


def test_a_headlines_short_name_of_a_side_is_its_alias() -> None:
    """`해울엑스포, 누리대학교와 … 협약` over a story naming `해울세계문화엑스포`: the short name
    is an alias of the side, no side of its own."""
    page = (
        "해울엑스포,누리도립대학교와 업무협약 맺어\n"
        "해울세계문화엑스포와 누리도립대학교가 3일 엑스포 본부에서 협약을 체결했다.\n"
        "해울엑스포는 대학 구성원에게 입장료를 깎아 주기로 했다.\n"
    )
    got = parties(page)
    assert [p.name for p in got] == ["해울세계문화엑스포", "누리도립대학교"]
    assert "해울엑스포" in got[0].aliases


def test_kinds_in_a_first_clause_give_way_to_the_signers_after_it() -> None:
    """`지역대학과 지방자치단체가 손을 보태기로 하고 A 총장과 B 구청장, C 협의회장이 … 체결했다`:
    the first clause names kinds; the heads after `…기로 하고` sign for their bodies."""
    page = (
        "지역대학과 지방자치단체가 인재 양성에 손을 보태기로 하고 홍길동 총장과 김영희 "
        "해울구청장, 이철수 해울기업발전협의회장이 12일 구청에서 협약을 체결했다.\n"
    )
    assert names(page) == ["해울구", "해울기업발전협의회"]
