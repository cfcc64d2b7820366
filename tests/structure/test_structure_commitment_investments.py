"""Investment agreements (투자협약): each firm's own investment sentence is one commitment.

Seen on pages of several sites (news agencies and city papers, 2011-2021): the firms' shares
told one sentence a firm (`A는 …억원을 투자해 …공장을 세운다. B는 …을 신설할 계획이다.`), two
firms in one sentence (`A는 …에 나서게 되며 B는 …에 나선다`), a firm's second pledge after
`…하기로 하고`. What it is hoped to bring (`…일자리가 창출될 전망이다`) is none; a page that
signs no investment agreement yields none of these.
Invented firms and places.
"""

from __future__ import annotations

from structure_helpers import run


def _texts(text: str) -> list[str]:
    return [c.text for c in run(text).commitments]


def test_each_firms_investment_sentence_is_one_item() -> None:
    text = (
        "가람도와 누리군은 12일 도청에서 씨앗소재, 별빛테크 등 3개 기업과 900억원 규모의 "
        "투자협약을 체결했다.\n"
        "씨앗소재는 2027년까지 300억원을 투자해 누리산업단지에 소재 공장을 세운다. "
        "별빛테크는 하늘농공단지에 2026년까지 150억원을 투자한다.\n"
    )
    assert _texts(text) == [
        "씨앗소재는 2027년까지 300억원을 투자해 누리산업단지에 소재 공장을 세운다",
        "별빛테크는 하늘농공단지에 2026년까지 150억원을 투자한다",
    ]


def test_a_firm_described_before_its_name_and_a_plan_ending() -> None:
    text = (
        "가람도는 13일 도청에서 2개 기업과 투자 협약을 맺었다.\n"
        "포장재 생산업체인 바다팩은 누리산업단지에 공장을 신설할 참이다.\n"
        "식품 제조업체인 들녘식품은 하늘농공단지에 생산시설을 세울 계획이라고 도는 설명했다.\n"
    )
    assert _texts(text) == [
        "바다팩은 누리산업단지에 공장을 신설",
        "들녘식품은 하늘농공단지에 생산시설을 세울",
    ]


def test_two_firms_in_one_sentence_and_a_second_pledge() -> None:
    text = (
        "누리군은 5일 군청에서 구름정밀, 솔빛화학과 투자협약(MOU)을 체결했다.\n"
        "구름정밀은 누리농공단지에 50억원을 투자해 부품 공장을 건립하기로 하고 신규 사업장에 "
        "20명을 신규 고용하기로 했다.\n"
        "솔빛화학은 하늘산업단지에 증설투자에 나서게 되며 구름정밀은 본사 이전에도 나선다.\n"
        "군은 두 기업의 투자로 100여명의 일자리가 창출될 전망이다.\n"
    )
    assert _texts(text) == [
        "구름정밀은 누리농공단지에 50억원을 투자해 부품 공장을 건립",
        "신규 사업장에 20명을 신규 고용",
        "솔빛화학은 하늘산업단지에 증설투자에 나서",
        "구름정밀은 본사 이전에도 나선다",
    ]
    # the same firm's plan told without an investment agreement signed: no term of any
    alone = (
        "씨앗소재는 2027년까지 300억원을 투자해 누리산업단지에 소재 공장을 세운다고 12일 "
        "밝혔다.\n"
        "별빛테크는 하늘농공단지에 2026년까지 150억원을 투자한다.\n"
    )
    assert _texts(alone) == []


def test_the_next_firm_in_a_run_of_shares_and_firms_of_a_kind() -> None:
    text = (
        "가람군은 20일 군청에서 씨앗소재 등 3개 기업과 투자협약을 체결했다.\n"
        "씨앗소재는 100억원을 투자해 누리농공단지에 공장을 짓는다. "
        "별빛화학은 하늘산업단지에 제조공장을 신설한다. "
        "신규 투자기업은 투자금액의 10% 안에서 보조금을 지원 받을 수 있게 된다.\n"
    )
    assert _texts(text) == [
        "씨앗소재는 100억원을 투자해 누리농공단지에 공장을 짓는다",
        "별빛화학은 하늘산업단지에 제조공장을 신설한다",
    ]


def test_the_outcome_foreseen_is_no_term() -> None:
    text = (
        "가람군은 3일 군청에서 별빛테크와 투자협약을 체결했다.\n"
        "이번 협약으로 가람군과 별빛테크는 누리농공단지에 신규고용 창출을 이끌고 지역경제 "
        "활성화를 견인할 계획이다.\n"
        "가람군이 2개 기업과 투자협약 체결로 향후 120명의 신규고용을 창출할 전망이다.\n"
    )
    assert _texts(text) == []


def test_a_firms_deeds_joined_by_hago_and_a_firm_after_the_setting() -> None:
    text = (
        "누리군은 7일 군청에서 한솔식품㈜, 들꽃제약㈜와 투자협약을 맺었다.\n"
        "한솔식품㈜는 20억 원을 투자해 3000㎡ 규모의 공장을 건립하고 30명을 신규 고용할 "
        "계획이다.\n"
        "김하늘 군수, 박구름 대표를 비롯한 관계자들이 참석한 이날 협약식에서 제약업체인 "
        "들꽃제약㈜은 누리농공단지에 약 50억원을 투자해 원료 공장을 짓고 국내는 물론 해외로 "
        "제품을 수출하기로 협의했다.\n"
    )
    assert _texts(text) == [
        "한솔식품㈜는 20억 원을 투자해 3000㎡ 규모의 공장을 건립",
        "30명을 신규 고용",
        "들꽃제약㈜은 누리농공단지에 약 50억원을 투자해 원료 공장을 짓",
        "국내는 물론 해외로 제품을 수출",
    ]


def test_a_firm_with_its_head_in_brackets_after_what_it_makes() -> None:
    text = (
        "가람시는 5일 시청에서 2개 기업과 투자협약을 체결했다.\n"
        "이번 협약에 따라 누리푸드㈜(대표 김하늘)는 120억원을 투자해 공장을 증설할 계획이다.\n"
        "부품을 제조하는 별빛글로텍㈜(대표 박바다)은 생산공장을 증설코자 50억원을 투자해 "
        "20명을 고용한다. 또 (주)들빛식품은 10억원을 투자해 절임식품을 생산할 계획이다.\n"
    )
    assert _texts(text) == [
        "누리푸드㈜(대표 김하늘)는 120억원을 투자해 공장을 증설",
        "별빛글로텍㈜(대표 박바다)은 생산공장을 증설코자 50억원을 투자해 20명을 고용한다",
        "(주)들빛식품은 10억원을 투자해 절임식품을 생산",
    ]


def test_a_rebuilt_plant_and_the_public_sides_support_are_items() -> None:
    # `증개축하고 … 신설한다`: two deeds of the firm; `도와 군은 …지원할 계획이다`: the public
    # side's part (no money or plant in its sentence)
    text = (
        "가람도는 3일 별빛식품 누리공장에서 누리군, 별빛식품㈜과 투자협약을 체결했다.\n"
        "협약에 따르면, 별빛식품은 누리읍 기존 부지에 공장을 증개축하고 하늘산업단지에는 물류센터를 "
        "신설한다.\n"
        "도와 누리군은 별빛식품이 계획한 사업이 원활하게 추진될 수 있도록 행·재정적으로 지원할 "
        "계획이다.\n"
    )
    got = _texts(text)
    assert any(t.endswith("누리읍 기존 부지에 공장을 증개축") for t in got)
    assert any(t.startswith("하늘산업단지에는 물류센터를 신설") for t in got)
    assert any(t.endswith("행·재정적으로 지원") for t in got)
