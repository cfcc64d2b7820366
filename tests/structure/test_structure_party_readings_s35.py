"""Parties in general readings (issue 8, session 35): a round-up's second signing told in a
paragraph of its own, a dotted list of whole names (no ending shared), a foreign body named
after its country, a signatory's name cut from the body it signs for, and a university's page
naming itself `우리 대학` / `본교`.

Every text here is our own (invented names); the forms are those the held-out sets' builders
described."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record
from summarizer.structure.name_cleanup import unplaced
from summarizer.structure.party_heads import head_of


def _parties(text: str) -> list[tuple[str, list[str], str | None]]:
    structure = facts_record(text.encode(), reference_date="2026-12-01").structure
    assert structure is not None
    return [(p.name, list(p.aliases), p.why) for p in structure.parties]


def _names(text: str) -> list[str]:
    return [name for name, _, _ in _parties(text)]


def test_a_second_signing_in_its_own_paragraph_adds_its_sides() -> None:
    text = (
        "대학가 협약 소식\n\n"
        "가람대는 지난 3일 다온병원과 의료 인력 양성 협약을 체결했다. 두 기관은 실습을 돕는다.\n\n"
        "누리교대는 지난 4일 별빛문화재단과 예술교육 업무협약을 체결했다. 재단은 강사를 보낸다.\n"
    )
    assert _names(text) == ["가람대", "다온병원", "누리교대", "별빛문화재단"]


def test_the_same_signing_told_again_adds_nothing() -> None:
    text = (
        "가람구, 다온군과 자매결연\n\n"
        "가람구는 3일 다온군청에서 다온군과 자매결연 협정을 체결했다.\n\n"
        "가람구는 3일 다온군청에서 두 지역의 우호증진과 교류를 위한 자매결연 협정을 체결했다.\n"
    )
    assert _names(text) == ["가람구", "다온군"]


def test_an_earlier_years_signing_in_its_own_paragraph_is_no_party() -> None:
    text = (
        "가람시, 다온전자와 협약\n\n"
        "가람시는 3일 다온전자와 투자협약을 체결했다.\n\n"
        "누리공사는 지난해 별빛은행과 금융지원 협약을 체결했다.\n"
    )
    assert _names(text) == ["가람시", "다온전자"]


@pytest.mark.parametrize(
    ("run", "want"),
    [
        (
            "가람대·다온대·누리공단·별빛에너지·한빛건설 등 5개 기관과",
            ["가람시", "가람대", "다온대", "누리공단", "별빛에너지", "한빛건설"],
        ),
        (
            "가람대·다온건설·누리신문 등 3개 기관과",
            ["가람시", "가람대", "다온건설", "누리신문"],
        ),
    ],
)
def test_a_dotted_list_of_whole_names_shares_no_ending(run: str, want: list[str]) -> None:
    text = f"가람시 탄소중립 협약\n\n가람시는 3일 시청에서 {run} 탄소중립 실천 협약을 체결했다.\n"
    assert _names(text) == want


def test_dotted_stems_still_share_the_last_ending() -> None:
    text = (
        "가람·누리·별빛농협, 업무협약\n\n가람·누리·별빛농협은 3일 다온시와 업무협약을 체결했다.\n"
    )
    assert "가람농협" in _names(text)


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("영국 하트우드 대학", "하트우드 대학"),
        ("독일 Bergmann GmbH", "Bergmann GmbH"),
        ("베트남 하이린성", "하이린성"),
        ("중국 가란성 다온시", "다온시"),
    ],
)
def test_a_foreign_body_is_named_without_its_country(name: str, want: str) -> None:
    assert unplaced(name) == (want, name)


@pytest.mark.parametrize(
    "name",
    ["미국 정부", "독일 외교부", "미국 국무부 누리국", "일본 측", "중국 기업", "한국 가람공사"],
)
def test_a_body_that_needs_its_country_keeps_it(name: str) -> None:
    assert unplaced(name)[0] != name.split(" ", 1)[1]


def test_a_foreign_university_after_its_country_in_a_signing() -> None:
    text = (
        "누리대, 해외 대학과 협정\n\n"
        "누리대는 3일 미국 Westbrook University와 학술교류 협정을 체결했다고 밝혔다.\n"
    )
    parties = _parties(text)
    assert parties[1][:2] == ("Westbrook University", ["미국 Westbrook University"])


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("김하늘 누리대", "누리대"),  # the signatory before the body, the title cut
        ("가람진흥원 박하람", "가람진흥원"),  # the person after the body
        ("가람진흥원 박하람 원장", "가람진흥원"),
    ],
)
def test_a_signatorys_name_is_cut_from_the_body(phrase: str, want: str) -> None:
    assert head_of(phrase) == want


def test_a_companys_own_name_after_its_legal_form_is_kept() -> None:
    assert head_of("로쏘 (주) 성심당") is None  # (`성심당`: the company's name, no person)


def test_a_roster_of_titled_signatories_gives_their_bodies() -> None:
    text = (
        "이날 협약식에는 홍길동 가람시장, 김하늘 누리대 총장, 박하람 다온전자 대표가 참석해 "
        "협약서에 서명했다. 세 기관은 청년 일자리 창출에 협력한다.\n"
    )
    assert sorted(_names(text)) == ["가람시", "누리대", "다온전자"]


def test_a_universitys_self_reference_is_named_by_the_page() -> None:
    text = (
        "본교, 다온전자와 산학협력 협약 체결\n\n"
        "본교는 지난 3일 다온전자와 산학협력 협약을 체결했다.\n\n누리대학교 홍보팀\n"
    )
    parties = _parties(text)
    assert parties[0][:2] == ("누리대학교", ["본교"])
    assert parties[1][0] == "다온전자"


def test_a_self_reference_the_page_never_names_is_doubted() -> None:
    text = "우리 대학, 다온병원과 협약\n\n우리 대학은 3일 다온병원과 의료협력 협약을 체결했다.\n"
    parties = _parties(text)
    assert parties[0][0] == "우리 대학" and parties[0][2] == "self reference"


def test_a_participants_sentence_names_companies_by_their_shape() -> None:
    text = (
        "가람공사, 선사들과 해외 진출 협약\n\n"
        "가람공사는 3일 국적 선사들과 해외 항만 공동 진출을 위한 업무협약을 체결했다.\n\n"
        "협약 참여 선사는 다온해운, 누리상선, 별빛마린, KR상선이다.\n"
    )
    names = _names(text)
    assert names[0] == "가람공사"
    assert {"다온해운", "누리상선", "별빛마린", "KR상선"} <= set(names)


def test_a_list_untied_to_the_agreement_needs_its_endings() -> None:
    # (`참여 작가는 …`: no agreement word and no signers' kind before the list)
    text = (
        "가람시, 다온재단과 협약\n\n"
        "가람시는 3일 다온재단과 문화예술 협약을 체결했다.\n\n"
        "전시 참여 작가는 김하늘, 박하람, 이별빛이다.\n"
    )
    assert _names(text) == ["가람시", "다온재단"]


@pytest.mark.parametrize(
    "lead",
    [
        "박하람 시장은 15일 김하늘 다온전자 대표와 투자협약을 체결했다.",
        "박하람 시장은 15일 김하늘 다온전자 대표이사, 이별빛 누리화학 대표와 투자협약을 체결했다.",
    ],
)
def test_a_towns_head_named_by_the_bare_title_signs_for_the_town(lead: str) -> None:
    parties = _parties(f"가람시 투자협약 체결\n\n{lead}\n")
    assert parties[0][0] == "가람시" and parties[0][2] == "head's title"
    assert parties[1][0] == "다온전자"


def test_a_bare_title_on_a_page_naming_no_town_gives_no_side() -> None:
    assert "시" not in _names(
        "투자협약 체결\n\n박하람 시장은 15일 다온전자와 투자협약을 체결했다.\n"
    )


def test_a_latin_name_closed_by_an_abbreviations_stop_is_a_partner() -> None:
    text = (
        "다온전자, 미국 기업과 협약\n\n"
        "다온전자는 15일 미국 Bergmann Technologies Inc.와 배터리 기술협력 MOU를 체결했다.\n"
    )
    parties = _parties(text)
    assert [p[0] for p in parties] == ["다온전자", "Bergmann Technologies"]
    assert "Bergmann Technologies Inc." in parties[1][1]


@pytest.mark.parametrize(
    "listed",
    [
        "이번 협약에는 다온해운, 누리상선, 별빛마린이 참여했다.",  # (no `등` before the particle)
        "협약 참여 기업은 다온해운과 누리상선, 별빛마린 3곳이다.",  # (과, a bare count)
    ],
)
def test_the_bodies_taking_part_listed_apart(listed: str) -> None:
    text = f"해외 진출 협약\n\n가람공사는 15일 해외 진출 협약을 체결했다.\n\n{listed}\n"
    assert _names(text) == ["가람공사", "다온해운", "누리상선", "별빛마린"]


def test_people_taking_part_are_no_list_of_bodies() -> None:
    text = (
        "해외 진출 협약\n\n가람공사는 15일 다온해운과 해외 진출 협약을 체결했다.\n\n"
        "이번 협약에는 양 기관 관계자 20여명이 참여했다.\n"
    )
    assert _names(text) == ["가람공사", "다온해운"]
