"""Parties in general readings (issue 8, session 36): a name of three syllables cut from a
body's phrase only where it is a person's (a title after it in the phrase, the page writing it
with a title, or a person's shape that no hall's or unit's name ends like).

Every text here is our own (invented names and bodies)."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record
from summarizer.structure.party_heads import head_of, person_named


def _names(text: str) -> list[str]:
    structure = facts_record(text.encode(), reference_date="2026-12-01").structure
    assert structure is not None
    return [p.name for p in structure.parties]


@pytest.mark.parametrize(
    "phrase",
    [
        "가람연구원 장서각",  # an archive the institute keeps, written after its name
        "다온대학교 이음관",  # a hall
        "누리재단 한빛원",  # an institute under the foundation
        "별빛공사 노을단",  # a unit
        "장서각 가람연구원",  # (the same word before the body)
    ],
)
def test_a_units_name_after_its_body_is_not_cut_as_a_person(phrase: str) -> None:
    assert head_of(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("가람진흥원 박하람", "가람진흥원"),  # a person's shape, no unit's ending
        ("가람진흥원 김지원 원장", "가람진흥원"),  # the title after the name in the phrase
        ("박하람 다온전자", "다온전자"),
    ],
)
def test_a_signatorys_name_is_still_cut(phrase: str, want: str) -> None:
    assert head_of(phrase) == want


def test_a_name_ending_like_a_unit_is_cut_where_the_page_writes_it_with_a_title() -> None:
    page = "가람진흥원 김지원과 다온전자가 협약을 맺었다. 김지원 이사장은 “협력하겠다”고 말했다."
    assert head_of("가람진흥원 김지원", page) == "가람진흥원"
    assert head_of("가람진흥원 김지원") is None  # (no page: a unit's ending, not cut)


def test_a_title_before_another_name_does_not_show_the_unit_as_a_person() -> None:
    page = "가람연구원 장서각 관장 김하늘은 다온박물관과 협약을 맺었다."
    assert head_of("가람연구원 장서각", page) is None


def test_a_bodys_unit_stays_whole_in_a_signing() -> None:
    text = (
        "다온박물관-가람연구원 장서각 업무협약\n\n"
        "다온박물관(관장 박하람)과 가람연구원 장서각(관장 김하늘)이 지난 3일 "
        "고문서 연구 협력을 위한 업무 협약을 체결했다. 두 기관은 자료를 함께 연구한다.\n"
    )
    names = _names(text)
    assert "가람연구원" not in names
    assert any(n.endswith("장서각") for n in names)


def test_a_person_the_page_writes_with_a_title_is_no_side() -> None:
    # (`박한구 은행장`: a given name ending as a district's, read as a body with its head)
    text = (
        "가람은행, 다온연구원과 협약\n\n"
        "가람은행은 3일 다온연구원에서 박한구 은행장과 김하늘 다온연구원 원장, 최별 "
        "누리보증기금 이사장이 참석한 가운데 기술금융 지원 업무협약을 체결했다.\n"
        "박한구 가람은행장은 “중소기업에 힘이 되길 바란다”고 말했다.\n"
    )
    assert _names(text) == ["가람은행", "다온연구원", "누리보증기금"]


@pytest.mark.parametrize(
    ("name", "page", "want"),
    [
        ("박하람", "박하람 은행장은 “협력하겠다”고 말했다.", True),
        ("박하람", "박하람 은행장은 말했다. 박하람은 가람은행의 새 이름이다.", False),  # bare
        ("가람구", "가람구 구청장은 “협력하겠다”고 말했다.", False),  # the district's own head
        ("가람구", "가람구청장은 “협력하겠다”고 말했다.", False),  # (the title fused on)
        ("누리대", "누리대 총장은 “협력하겠다”고 말했다.", False),  # a university written short
        ("박하람", "박하람 은행장 김하늘이 왔다.", False),  # (a title before another name)
    ],
)
def test_a_person_named_reads_the_page(name: str, page: str, want: bool) -> None:
    assert person_named(name, page) is want


def test_a_kind_in_the_plural_is_no_side() -> None:
    text = (
        "가람경찰서, 편의점과 안전 협약\n\n"
        "가람경찰서는 관내 외곽 지역에 있는 편의점들과 범죄예방 업무협약을 체결했다고 3일 "
        "밝혔다. 경찰은 편의점의 신고를 돕는다.\n"
    )
    assert _names(text) == ["가람경찰서"]


def test_people_in_the_plural_may_still_be_a_side() -> None:
    from summarizer.structure.party_evidence import _PLURAL

    assert _PLURAL.search("출향 상공인들") is None  # (people: a group that may sign as one)
    assert _PLURAL.search("참가자들") is None
    assert _PLURAL.search("지역 대학들") is not None


def test_a_kind_subject_is_the_body_of_that_kind_named_before() -> None:
    # `군은 …`: the county the lead named, though no signing sentence named it
    text = (
        "가람군, 3개 기업 유치\n\n"
        "[가람=뉴스] 홍길동 기자 = 누리도 가람군이 7일 제2농공단지에 3개 기업을 동시에 투자 "
        "유치했다고 밝혔다.\n"
        "군은 이날 (유)다온기계, (유)누리엔지니어링, (유)별빛테크와 투자규모 160억원의 "
        "투자협약을 체결했다.\n"
    )
    assert _names(text) == ["가람군", "(유)다온기계", "(유)누리엔지니어링", "(유)별빛테크"]


def test_a_kind_subject_with_two_bodies_of_that_kind_before_names_none() -> None:
    text = (
        "소식\n\n"
        "누리도 가람군과 다온군이 7일 농공단지 기업 유치 실적을 밝혔다.\n"
        "군은 이날 ㈜별빛기계와 투자협약을 체결했다.\n"
    )
    assert "가람군" not in _names(text) and "다온군" not in _names(text)


def test_a_joint_subject_is_the_pair_the_sentence_before_named() -> None:
    # `두 대학은 … 체결한다`: the two the sentence before it named as its subject
    text = (
        "대학가 소식\n\n"
        "가람대(총장 박하람)와 다온대(총장 김하늘)가 교육 교류를 넓히고 지역 봉사에 함께 "
        "나선다.\n\n"
        "두 대학은 17일 오전 다온대 대회의실에서 교류협력 협약을 체결한다고 밝혔다.\n"
    )
    assert _names(text) == ["가람대", "다온대"]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("도시농협", True),  # a kind's common noun fused on the kind
        ("자매대학", True),
        ("지역대학", True),
        ("가람농협", False),  # a name
        ("도시재생센터", False),
        ("중국지역 대학", True),  # the kind in a region
        ("서유럽 지역 대학", True),
        ("가람지역 다온대학", False),  # (a name after the region)
    ],
)
def test_a_kind_written_with_a_common_noun_is_no_name(name: str, want: bool) -> None:
    from summarizer.structure.candidate import Cand
    from summarizer.structure.party_repair import is_phrase

    assert is_phrase(Cand(name=name), "") is want


def test_a_kind_in_a_region_lets_the_visited_bodies_be_read() -> None:
    text = (
        "가람대, 중국 대학과 MOU\n\n"
        "가람대학교가 중국지역 대학과 잇따라 업무협약(MOU)을 체결했다. 가람대는 지난 11일부터 "
        "17일까지 중국 다온대학, 누리공업대학, 별빛직업기술학원 등을 방문해 상호 교류협력을 "
        "위한 협정을 체결했다고 22일 밝혔다.\n"
    )
    assert sorted(_names(text)) == ["가람대", "누리공업대학", "다온대학", "별빛직업기술학원"]
