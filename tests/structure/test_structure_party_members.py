"""Members a count names in its bracket (session 29, s29-kop; seen on blind20 and blind21, two
sites each): the count is the cue and the check. Invented bodies reproduce each form."""

from __future__ import annotations

from structure_helpers import names

from summarizer.structure.lines import Mask
from summarizer.structure.party_members import (
    counted_members,
    listed_members,
    shared_run_members,
)


def test_a_counts_bracket_names_the_members() -> None:
    # `A는 B 및 9개 항공사(…)와 함께 … 협약을 체결했다`: the members only in the bracket
    page = (
        "가람관광공사는 누리공항공사 및 3개 항공사(별빛항공, 솔빛에어, 하늘항공)와 함께 "
        "지역관광 활성화를 위한 업무협약을 19일 체결했다.\n"
        "5개 사는 공동 마케팅을 추진하는데 합의했다.\n"
    )
    got = names(page)
    for member in ("가람관광공사", "누리공항공사", "별빛항공", "솔빛에어", "하늘항공"):
        assert member in got, got


def test_a_counter_alone_opens_the_bracket() -> None:
    # `A구청과 카페 2개소(B, C)는 … 체결했다`
    page = "가람구청과 지역 카페 2개소(누리맘, 별빛댁)는 지난 22일 업무협약을 체결했다.\n"
    got = names(page)
    assert "누리맘" in got and "별빛댁" in got, got


def test_members_sharing_one_ending_each_get_it() -> None:
    # `중부 4군(A·B·C·D군)이 … 협약을 맺었다`
    page = "충청 중부 3군(가람·누리·별빛군)이 14일 공유도시 추진 업무 협약을 맺었다.\n"
    got = names(page)
    for county in ("가람군", "누리군", "별빛군"):
        assert county in got, got
    assert "충청 중부 3군" not in got, got  # (the count, its members found, is no party)


def _members(page: str) -> list[str]:
    return [c.name for c in counted_members(page, Mask([]), 0, [])[0]]


def test_a_bracket_whose_length_disagrees_with_its_count_is_withheld() -> None:
    # `(A, B 등)`: examples, not the roster; the count is the check
    page = "가람시는 5개 기관(누리재단, 별빛협회 등)과 함께 업무협약을 19일 체결했다.\n"
    assert _members(page) == []
    assert _members(page.replace("5개", "2개").replace(" 등)", ")")) == ["누리재단", "별빛협회"]


def test_a_count_of_fields_or_places_is_no_roster() -> None:
    page = (
        "가람공항공사는 누리관광공사와 3개 지방공항(가람공항, 누리공항, 별빛공항)을 중심으로 "
        "업무협약을 체결했다.\n"
        "양 기관은 2개 분야(정보교류, 공동연구)에서 협력한다.\n"
    )
    assert _members(page) == []
    assert _members(page.replace("3개 지방공항", "3개 협력기관")) == [
        "가람공항",
        "누리공항",
        "별빛공항",
    ]


def test_an_earlier_agreements_roster_is_not_this_ones() -> None:
    # `한편, 시는 지난해 3개 기관(…)과도 협약을 맺은 바 있다`: the reader leaves it
    page = (
        "가람시는 20일 누리대학교와 인재 양성 업무협약을 체결했다.\n"
        "한편, 시는 지난해 3개 기관(별빛재단, 솔빛협회, 하늘센터)과도 협약을 맺은 바 있다.\n"
    )
    assert _members(page) == []
    now = page.replace("한편, 시는 지난해", "시는 이날")
    assert _members(now) == [
        "별빛재단",
        "솔빛협회",
        "하늘센터",
    ]


def test_a_roster_led_by_its_first_body_and_closed_by_its_peoples_count() -> None:
    # `협약식에는 A를 비롯해 B, C, D 등 4개 기관 관계자 10명이 참석했다`
    page = (
        "가람청소년센터에서는 지난 16일 문화회관에서 유관기관 간 업무협약(MOU)을 "
        "체결했다고 밝혔다.\n"
        "이번 협약식에는 가람청소년센터를 비롯해 누리보호전문기관, 별빛청소년센터, "
        "솔빛청소년센터 등 4개 기관 관계자 10명이 참석했다.\n"
    )
    got = names(page)
    for body in ("가람청소년센터", "누리보호전문기관", "별빛청소년센터", "솔빛청소년센터"):
        assert body in got, got


def test_a_run_sharing_one_ending_is_read_when_the_page_counts_it() -> None:
    # `가람·누리·별빛군은 … 협약 체결` under `3개군이`
    page = (
        "강원 북부 접경지역 4개군이 공동발전 협의체를 구성한다.\n"
        "가람·누리·양구·별빛군은 15일 호텔에서 4개군 군수협의회 창립총회를 열고 상생협력 "
        "업무협약을 체결한다.\n"
    )
    got = names(page)
    for county in ("가람군", "누리군", "양구군", "별빛군"):  # (`양구`: a bare name ending in 구)
        assert county in got, got
    # `A은행을 비롯 B.C.D은행 등 4개 지방은행들이`: the leader too
    banks = "가람은행을 비롯 누리.별빛.솔빛은행 등 4개 지방은행들이 업무제휴 협약을 맺기로 했다.\n"
    got = names(banks)
    for bank in ("가람은행", "누리은행", "별빛은행", "솔빛은행"):
        assert bank in got, got


def test_a_run_the_page_does_not_count_is_not_read() -> None:
    page = "가람·누리·별빛군은 15일 호텔에서 상생협력 업무협약을 체결한다.\n"
    assert shared_run_members(page, 0, []) == []


def test_an_earlier_agreements_signing_is_not_the_pages() -> None:
    # the lead's sides read by no rule; the `한편, … 맺은 바 있다` paragraph is not this signing
    page = (
        "가람면 소재 기업인 별빛산업㈜과 가람면 누리리 솔빛마을이 지난달 23일 회의실에서 "
        "‘1사1촌 자매결연 협약’을 체결했다.\n"
        "한편, 지난해 5월에는 ㈜하늘(대표 홍길동)과 ㈜바다(대표 김철수)가 각각 은하면 "
        "달빛마을(이장 이영희), 별내마을(이장 박민수)과 1사1촌 자매결연 협약을 맺은 바 있다.\n"
    )
    got = names(page)
    assert not any(n in got for n in ("㈜하늘", "㈜바다", "달빛마을", "별내마을")), got


def test_a_list_its_count_closes_names_the_firms() -> None:
    # `군은 … A군수와 ㈜A, (유)B, C㈜ 등 3개 기업 대표들이 참석한 가운데 투자협약을 체결했다`
    page = (
        "군은 지난 6월30일 군청 회의실에서 홍길동 군수와 (주)별빛씨푸드, (유)누리에너지, "
        "솔빛사이언스(주) 등 3개 기업 대표들이 참석한 가운데 투자협약을 체결했다.\n"
    )
    got = names(page)
    assert "(유)누리에너지" in got or "누리에너지" in got, got
    # its length disagreeing with the count: withheld
    assert listed_members(page.replace("3개", "4개"), 0, []) == []


def test_names_each_with_its_own_ending_are_no_shared_run() -> None:
    page = "가람시·누리군·별빛군 3개 시군은 20일 상생 협약을 맺었다.\n"
    assert shared_run_members(page, 0, []) == []


def test_a_dotted_list_its_count_closes_is_read_back_from_the_count() -> None:
    # `영·호남을 대표하는 A·B·C·D 등 4개 대학교 총장들이`: the list opens inside the part its
    # count reaches back to (the words before the first name cut away), the signing counting 4
    page = (
        "동·서부를 대표하는 가람대·누리대·별빛대·솔빛대 등 4개 대학교 총장들이 12일 모였다.\n"
        "이날 4개 대학은 학술교류 협정을 다시 맺었다.\n"
    )
    signing = (page.index("이날"), len(page))
    got = [c.name for c in listed_members(page, 0, [], signing)]
    assert got == ["가람대", "누리대", "별빛대", "솔빛대"], got
    # one more name before the count's four: the count numbers another list
    longer = page.replace("동·서부를 대표하는 ", "하늘대·")
    assert listed_members(longer, 0, [], signing) == []


def test_a_counted_list_tied_to_no_signing_is_not_read() -> None:
    # the same bodies meeting at their council, no agreement told: not sides
    page = "가람대·누리대·별빛대 등 3개 대학 총장들이 12일 모여 교류 방안을 논의했다.\n"
    assert listed_members(page, 0, [], None) == []


def test_a_bulleted_list_and_the_body_leading_it_make_the_count() -> None:
    # `X를 비롯해 △A △B △C 총 4개 기관이`: the leader one of the count; a bullet's bracket and
    # an item ending in a particle's letters (`…외과`) kept whole
    page = (
        "가람보증기금은 1일 3개 유관기관과 업무협약을 체결했다.\n"
        "가람보증기금을 비롯해 △누리진흥원 △별빛협회(회장 홍길동) △솔빛정형외과 총 4개 기관이 "
        "협력한다.\n"
    )
    got = [c.name for c in listed_members(page, 0, [], (0, page.index("\n")))]
    assert got == ["가람보증기금", "누리진흥원", "별빛협회", "솔빛정형외과"], got
    assert listed_members(page.replace("총 4개", "총 5개"), 0, [], (0, 10)) == []


def test_a_list_closed_by_two_kinds_and_their_representatives() -> None:
    # `…는 A, B, C 3개 기관 및 단체의 대표들로 구성됐다`, the signing counting three bodies
    page = (
        "가람동우회는 3개 해양 기관의 교류 협약식을 가졌다고 밝혔다.\n"
        "동우회는 누리해양경찰서, 별빛수산연구소, 솔빛어업정보통신국 3개 기관 및 단체의 "
        "대표들로 구성됐다.\n"
    )
    got = [c.name for c in listed_members(page, 0, [], (0, page.index("\n")))]
    assert got == ["누리해양경찰서", "별빛수산연구소", "솔빛어업정보통신국"], got


def test_a_bare_count_of_tasks_is_no_list_of_sides() -> None:
    # `협약 내용은 ▲A ▲B 등 2개다`: a bare count says nothing of what it counts; tasks are no
    # bodies, while clinics under the same bare count are read (`이번 협약을 맺은 병의원은 …`)
    page = "두 기관이 맺은 협약 내용은 ▲인력 교류 ▲공동 연구 ▲시설 공유 등 3개다.\n"
    assert listed_members(page, 0, [], None) == []
    page = "이번 협약을 맺은 병의원은 ▲가람정형외과 ▲누리병원 ▲별빛병원 등 3개다.\n"
    got = [c.name for c in listed_members(page, 0, [], None)]
    assert got == ["가람정형외과", "누리병원", "별빛병원"], got


def test_a_counts_bracket_with_full_stops_for_dots_names_the_members() -> None:
    # `3개 은행(A은행.B은행.C은행)과 … 협약을 체결했다`: a full stop between two names is the
    # middle dot the same bracket writes elsewhere; the count is still the check
    page = (
        "가람시는 3일 시청에서 3개 은행(누리은행.별빛은행.솔빛은행)과 "
        "소상공인 금융지원 업무협약을 체결했다.\n"
    )
    got = names(page)
    for bank in ("누리은행", "별빛은행", "솔빛은행"):
        assert bank in got, got


def test_a_bracket_with_full_stops_its_count_disagrees_with_is_withheld() -> None:
    # two names joined by a full stop under a count of three: no roster
    page = "가람시는 3일 시청에서 3개 은행(누리은행.별빛은행)과 금융지원 업무협약을 체결했다.\n"
    got = names(page)
    assert "누리은행" not in got and "별빛은행" not in got, got
