"""Party forms of real Korean pages gathered in session 31 (agreements with 3-8 parties, visits,
investment signings and look-alike briefs), each a general form of Korean reproduced with
invented bodies."""

from __future__ import annotations

from structure_helpers import names


def test_a_day_word_after_the_reports_source_opens_no_name() -> None:
    # `5일 A에 따르면 이날 B와 C는 … 협약을 체결했다`: `이날` after the source, before the sides
    page = (
        "도시 간 우호협력 협약\n\n"
        "5일 별빛협회에 따르면 이날 가람구와 누리시는 여러 분야에서 협력을 강화하자는 "
        "내용의 우호협력 협약을 체결했다.\n"
        "두 도시는 교류회를 열었다.\n"
    )
    assert sorted(names(page)) == ["가람구", "누리시"]


def test_a_span_of_time_before_the_first_listed_name_is_cut() -> None:
    # `지난 6월 말부터 7월 초에 걸쳐 A, B, C 등 3개 대학교와`: `걸쳐` closes the time span
    page = (
        "누리재단, 대학과 협력\n\n"
        "누리재단(원장 홍길동)은 지난 6월 말부터 7월 초에 걸쳐 가람대학교, 별빛대학교, "
        "달빛대학교 등 관내 3개 대학교와 업무협약을 체결하였다고 밝혔다.\n"
        "협약에 따라 공동 연구를 추진한다.\n"
    )
    got = names(page)
    assert sorted(got) == ["가람대학교", "누리재단", "달빛대학교", "별빛대학교"], got


def test_a_firm_before_its_heads_title_and_a_count_of_heads_is_kept() -> None:
    # `김철수 ㈜B 대표 등 12개 기업 대표이사와`: the count names the heads of the firms
    page = (
        "가람도, 기업 투자 유치\n\n"
        "가람도는 13일 도청 대회의실에서 오민수 누리시장 등 7개 시·군 시장·군수, "
        "김철수 ㈜별빛 대표 등 12개 기업 대표이사와 함께 합동 투자협약(MOU)을 체결했다.\n"
        "기업들은 공장을 설립한다.\n"
    )
    got = names(page)
    assert "㈜별빛" in got and "가람도" in got and "누리시" in got, got


def test_a_country_and_the_kind_of_body_is_no_party_on_a_brief() -> None:
    # a statistics brief in `-함` sentences: `… 분석함 2018년 한국 지방자치단체는 … 도시와`
    page = (
        "[지역] 자매도시 체결 현황\n"
        "자매결연 현황을 자료를 활용하여 분석함\n"
        "2018년 한국 지방자치단체는 외국 82개국 1,249개 도시와 총 1,659건의 "
        "자매·우호도시를 체결하고, 국제 교류를 추진함\n"
    )
    assert names(page) == []


def test_a_partner_of_a_second_agreement_the_same_day_is_a_party() -> None:
    # `시는 같은 날 오후 B과도 … 협약을 체결했다`: the `도` on the partner tells another signing
    page = (
        "가람시, 대학과 협약\n\n"
        "가람시는 10일 시청에서 누리대학교와 업무협약을 체결했다.\n"
        "시는 같은 날 오후 별빛병원과도 의료협력 협약을 체결했다.\n"
    )
    assert sorted(names(page)) == ["가람시", "누리대학교", "별빛병원"]


def test_a_partner_with_also_on_another_day_is_no_party_of_this_signing() -> None:
    # `시는 지난 3일 B과도 … 협약을 체결한 바 있다`: an earlier agreement, not this ceremony's
    page = (
        "가람시, 대학과 협약\n\n"
        "가람시는 10일 시청에서 누리대학교와 업무협약을 체결했다.\n"
        "시는 지난 3일 별빛병원과도 의료협력 협약을 체결한 바 있다.\n"
    )
    assert sorted(names(page)) == ["가람시", "누리대학교"]


def test_signings_told_in_general_name_no_parties() -> None:
    # a column: `정부와 민간이 MOU를 체결하는 일이 잦다`, `A와 B가 손을 잡는 일도 많다`
    page = (
        "[칼럼] 협약의 의미\n"
        "정부와 민간이 MOU를 체결하는 일이 잦다. 소비자와 생산자가 손을 잡는 일도 많다.\n"
        "그러나 협약 뒤의 이행을 살피는 일은 드물다.\n"
    )
    assert names(page) == []


def test_a_signing_reported_beside_signings_in_general_keeps_its_sides() -> None:
    # `A는 B와 협약을 체결했다. 이처럼 … 협약을 체결하는 사례가 늘고 있다`
    page = (
        "가람시, 대학과 협약\n\n"
        "가람시는 10일 누리대학교와 업무협약을 체결했다. 이처럼 대학과 협약을 체결하는 "
        "사례가 늘고 있다.\n"
    )
    assert sorted(names(page)) == ["가람시", "누리대학교"]


def test_a_foreign_heads_name_before_the_citys_fused_title_is_no_part_of_the_city() -> None:
    # `방한한 파블로 가르시아 누리시장 일행과`: the mayor's name, then `누리시장` (누리시's mayor)
    page = (
        "가람시, 해외 도시와 우호협약\n\n"
        "가람시는 14일 시청에서 방한한 파블로 가르시아 누리시장 일행과 우호도시 협약을 "
        "체결했다.\n"
        "두 도시는 청소년 교류를 추진한다.\n"
    )
    assert sorted(names(page)) == ["가람시", "누리시"]


def test_a_foreign_name_in_one_word_before_the_fused_title_is_the_head() -> None:
    # `존스미스 누리시장과`: the name written without its space
    page = (
        "가람시, 해외 도시와 자매결연\n\n"
        "가람시는 14일 시청에서 존스미스 누리시장과 자매결연 협약을 체결했다.\n"
    )
    assert sorted(names(page)) == ["가람시", "누리시"]
