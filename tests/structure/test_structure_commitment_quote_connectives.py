"""Commitment and quote forms met on real news pages (snippets invented for these tests): a
follow-up opened by `더불어`, a lead pushed back by a modifier before it, past events told after
`이에 따라`, each party's share closed by `…한다는 내용을 담고 있다` (after `협약에서`), a later
paragraph opened by `한편 두 기관은 …`."""

from __future__ import annotations

from structure_helpers import run
from structure_helpers import run_terms as _terms

_HEAD = (
    "가람은행-누리신협, 지역금융 업무협약 체결\n\n"
    "가람은행은 12일 누리신협과 지역금융 발전을 위한 업무협약을 체결했다고 밝혔다.\n\n"
)


def test_a_follow_up_opened_by_deobureo_adds_its_items() -> None:
    text = _HEAD + (
        "이번 협약을 통해 양 기관은 △디지털 협업체계 구축 △소상공인 금융지원 △지역 인재 채용 "
        "활성화를 위해 상호협력하기로 했다.\n\n"
        "더불어 양 기관은 이런 핵심분야를 중심으로 보증서 공동 출연, 대출 판매채널 확대, "
        "취업박람회 공동 개최 등 다양한 협력사업을 추진할 예정이다.\n"
    )
    terms = _terms(text)
    assert "디지털 협업체계 구축" in terms
    assert "대출 판매채널 확대" in terms
    assert any(t.endswith("취업박람회 공동 개최") for t in terms)


def test_deobureo_in_a_name_is_no_connective() -> None:
    from summarizer.structure.clauses import CONNECTIVE

    assert CONNECTIVE.match("더불어 양 기관은 …") is not None
    assert CONNECTIVE.match("더불어나눔회는 …") is None


def test_a_lead_after_a_long_modifier_still_opens_the_pledge() -> None:
    text = (
        "가람개발공사-누리봉사센터 사회공헌 업무협약\n\n"
        "가람개발공사는 22일 누리봉사센터와 사회공헌활동 업무협약을 체결했다고 밝혔다.\n"
        "‘따뜻한 가람, 살기 좋은 누리 만들기’를 목적으로 하는 이번 협약을 통해 공사는 "
        "봉사활동을 위한 인적 자원을 제공하기로 약속했다.\n"
        "센터는 공사가 봉사할 수 있는 수요처를 발굴하고, 알맞은 봉사 프로그램을 개발하는 역할을 "
        "수행키로 했다.\n"
    )
    terms = _terms(text)
    assert any("인적 자원을 제공" in t for t in terms)
    assert any("수요처를 발굴" in t for t in terms)


def test_past_events_told_after_ie_ttara_are_no_term() -> None:
    text = (
        "가람군-누리부대, 상호협력 업무협약 체결\n\n"
        "가람군은 11일 누리부대와 상호협력 지원 업무협약을 체결하였다고 밝혔다.\n"
        "이에 따라 지난 8월 가람군은 누리부대와 간담회를 실시한 바 있고, 9월 초 안건과 상생발전 "
        "체계 마련 등에 대한 실무적 협의를 거쳐 이번에 협약이 이루어졌다.\n"
        "양 기관은 체육시설 이용을 함께 지원하고, 재난 대응 협업체계를 구축하기로 했다.\n"
    )
    terms = _terms(text)
    assert not any("협의를 거쳐" in t or "이루어졌" in t for t in terms)
    assert any("재난 대응 협업체계를 구축" in t for t in terms)
    # (a pledge told in the past with words between is no narration)
    vowed = _terms(
        "가람부-누리위원회 업무협약 체결\n\n"
        "가람부는 3일 누리위원회와 국제대회 지원을 위한 업무협약을 체결했다.\n"
        "ㅇ 금번 업무협약을 통해 가람부와 위원회는 긴밀한 협력을 바탕으로 성공적인 대회 개최에 "
        "힘을 모으기로 뜻을 같이 했다.\n"
    )
    assert any("대회 개최에 힘을 모으" in t for t in vowed)


def test_each_share_closed_by_naeyongeul_damgo_itda() -> None:
    text = (
        "가람시-누리재단 업무협약 체결\n\n"
        "가람시와 누리재단은 10일 시청에서 청년 일자리 창출을 위한 업무협약을 체결했다.\n"
        "가람시는 청년 창업 공간을 제공하고, 누리재단은 창업 교육 과정을 운영한다는 내용을 "
        "담고 있다.\n"
    )
    terms = _terms(text)
    assert "청년 창업 공간을 제공" in terms
    assert "창업 교육 과정을 운영" in terms


def test_a_later_paragraph_opened_by_hanpyeon_pledges_jointly() -> None:
    text = (
        "가람시-누리재단 업무협약 체결\n\n"
        "가람시와 누리재단은 10일 시청에서 청년 일자리 창출을 위한 업무협약을 체결했다고 밝혔다.\n"
        "이날 협약식에는 김가람 시장과 박누리 이사장 등 20여 명이 참석했다.\n"
        '김가람 시장은 "청년들에게 큰 힘이 될 것"이라고 말했다.\n'
        "한편 두 기관은 청년 창업 공간을 공동 운영하고, 지역 기업 채용 박람회를 매년 열기로 했다.\n"
    )
    terms = _terms(text)
    assert "청년 창업 공간을 공동 운영" in terms
    assert "지역 기업 채용 박람회를 매년 열기" in terms  # (`열기로`: the stem keeps its `기`)


def test_each_share_told_in_the_agreement_after_hyeobyageseo() -> None:
    text = (
        "가람군-누리부대, 상호협력 업무협약 체결\n\n"
        "가람군은 11일 누리부대와 상호협력 지원 업무협약을 체결하였다고 밝혔다.\n"
        "이번 협약은 양측이 오랜 기간 공감대를 형성해 온 결과라 할 수 있다.\n"
        "협약에서 가람군은 체육시설 이용과 관련한 복지증진을 지원하고, 누리부대는 재난 대응 "
        "상시 협업체계를 구축한다는 내용을 담고 있다.\n"
    )
    terms = _terms(text)
    assert "체육시설 이용과 관련한 복지증진을 지원" in terms
    assert "재난 대응 상시 협업체계를 구축" in terms


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in run(text).quotes]


def test_a_body_speaking_as_one_side_is_the_speaker() -> None:
    head = (
        "가람시-누리재단 업무협약 체결\n\n"
        "가람시와 누리재단은 10일 시청에서 청년 일자리 창출을 위한 업무협약을 체결했다.\n"
    )
    spaced = _quotes(
        head + '누리재단 측은 "지역 청년에게 실질적인 도움이 되도록 하겠다"고 밝혔다.\n'
    )
    # (the speaker as written, `누리재단 측`, holding the body: session 35, a real page's gold
    # writes the side so)
    assert spaced == [("누리재단 측", "지역 청년에게 실질적인 도움이 되도록 하겠다")]
    # the bare kind of body, glued or spaced: the one party whose name ends with it
    glued = _quotes(head + '재단측은 "지역 청년에게 실질적인 도움이 되도록 하겠다"고 밝혔다.\n')
    assert glued == [("누리재단", "지역 청년에게 실질적인 도움이 되도록 하겠다")]
    # (a country as a side is no body of the story)
    assert (
        _quotes(head + '일본 측은 "지역 청년에게 실질적인 도움이 되도록 하겠다"고 밝혔다.\n') == []
    )


def test_a_lecture_after_the_ceremony_lists_no_terms() -> None:
    text = (
        "가람대-누리대 산학협력 업무협약\n\n"
        "가람대학교 사업단은 9일 누리대 인재원과 산학협력을 위한 업무 협약을 체결했다.\n\n"
        "협약에 따라 양 기관은 △지역 산학협력 활성화를 위한 상호 정보 교류 △공동 프로그램 "
        "개발 및 운영 등을 약속했다.\n\n"
        "한편 협약식 이후 누리대 인재원장은 주요 보직교수가 참석한 가운데 ‘지역 혁신과 대학’을 "
        "주제로 △대학의 역할 변화 △인재원 설립 및 운영 등에 대한 특강을 진행했다.\n"
    )
    terms = _terms(text)
    assert "공동 프로그램 개발 및 운영" in terms
    assert not any("대학의 역할 변화" in t for t in terms)


def test_an_english_list_keeps_out_its_intro_and_takes_its_follow_up() -> None:
    text = (
        "Garam Institute and Nuri County sign MOU\n\n"
        "The Garam Institute of Marine Science (GIMS) signed a memorandum of understanding (MOU) "
        "with Nuri County on June 10 at its headquarters.\n"
        "Through this agreement, the two organizations plan to build a close cooperative "
        "relationship in the following areas: ▲ support for marine technology demonstration for "
        "companies ▲ training and exchange of marine professionals ▲ joint use of research "
        "equipment and facilities.\n"
        "In addition, they agreed to strengthen cooperation in areas such as establishing a "
        "seaweed farming system using satellite data and the joint use of research vessels.\n"
        'GIMS President Kim Garam stated, "We expect this agreement to advance the industry."\n'
    )
    terms = _terms(text)
    assert "training and exchange of marine professionals" in terms
    assert not any("following areas" in t for t in terms)
    assert "the joint use of research vessels" in terms


_SIGNED_THEN_QUOTED = (
    "가람시-누리재단 업무협약 체결\n\n"
    "가람시와 누리재단은 10일 시청에서 청년 일자리 창출을 위한 업무협약을 체결했다고 밝혔다.\n"
    "이날 협약식에는 김가람 시장과 박누리 이사장 등 20여 명이 참석했다.\n"
    '김가람 시장은 "청년들에게 큰 힘이 될 것"이라고 말했다.\n'
)


def test_opening_words_before_the_parties_together_keep_their_pledge() -> None:
    pledge = "두 기관은 청년 창업 공간을 공동 운영하고, 지역 기업 채용 박람회를 매년 열기로 했다.\n"
    for opening in ("이어", "그리고", "협약식 이후"):
        terms = _terms(_SIGNED_THEN_QUOTED + f"{opening} {pledge}")
        assert terms == ["청년 창업 공간을 공동 운영", "지역 기업 채용 박람회를 매년 열기"], opening
    # (an earlier year's pledge is no term of this agreement)
    assert _terms(_SIGNED_THEN_QUOTED + f"지난해 {pledge}") == []


def test_a_bare_title_is_the_one_head_its_bracket_named() -> None:
    head = (
        "가람시-누리재단 업무협약 체결\n\n"
        "가람시(시장 김가람)와 누리재단(이사장 박누리)은 10일 시청에서 청년 일자리 창출을 위한 "
        "업무협약을 체결했다고 밝혔다.\n"
    )
    quoted = _quotes(head + "이사장은 “청년 창업을 힘껏 돕겠다”고 말했다.\n")
    assert quoted == [("박누리", "청년 창업을 힘껏 돕겠다")]


def test_the_agreement_renewed_is_no_term() -> None:
    text = (
        "가람도-누리현 우호교류 협정 갱신\n\n"
        "가람도와 누리현이 오는 4일 1994년 체결한 우호교류 협정서를 갱신 체결한다고 밝혔다.\n"
        "이에 양 기관은 지속적으로 폭넓은 분야에서의 교류를 가속화하고 우호협력 관계를 더욱 "
        "강화하기 위해 우호제휴 협정서를 갱신한다.\n"
    )
    assert _terms(text) == ["지속적으로 폭넓은 분야에서의 교류를 가속화"]
