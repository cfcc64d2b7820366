"""Plans told apart from the terms (`structure/plans.py`): a later sentence of the story where
the agreement, or the pledge just read, leads to the parties' plan (snippets invented for
these tests, in the forms met on real news pages)."""

from __future__ import annotations

from structure_helpers import run_terms as _terms

_HEAD = (
    "누리청-가람군, 상생협력 협약 체결\n\n"
    "누리청은 가람군과 12일 가람군청에서 상생협력 협약을 체결했다고 밝혔다.\n"
    "두 기관은 협약에 따라 지역 특산물 정보를 공유하고, 기관 간 상호 방문을 늘리기로 했다.\n"
)

# the same terms as a list: the release's own statement of them
_LISTED = (
    "누리청-가람군, 상생협력 협약 체결\n\n"
    "누리청은 가람군과 12일 가람군청에서 상생협력 협약을 체결했다고 밝혔다.\n"
    "협약 주요 내용에는 ▲지역 특산물 정보 공유 ▲기관 간 상호 방문 ▲행사 시 지역 특산물 우선 "
    "활용 등이 포함됐다.\n"
)


def test_a_partys_plan_the_agreement_leads_to_after_the_prose_terms_adds_its_clauses() -> None:
    text = _HEAD + (
        "누리청은 이번 협약을 계기로 직원 연수를 가람군에서 열고, 주민 대상 교류 행사를 "
        "추진할 방침이다.\n"
    )
    terms = _terms(text)
    assert "지역 특산물 정보를 공유" in terms
    assert any(t.startswith("직원 연수를 가람군에서 열") for t in terms)
    assert "주민 대상 교류 행사를 추진" in terms


def test_a_plan_led_by_the_terms_before_it_adds_its_clauses() -> None:
    text = _HEAD + "이를 통해 두 지역의 브랜드 가치를 높이고, 상생 모델을 구축할 계획이다.\n"
    terms = _terms(text)
    assert any(t.startswith("두 지역의 브랜드 가치를 높이") for t in terms)
    assert "상생 모델을 구축" in terms


def test_the_parties_shares_told_in_turn_after_the_terms_add_their_clauses() -> None:
    text = _HEAD + (
        "누리청은 가람군 특산물 판매장을 청사 안에 열 예정이다.\n"
        "가람군은 누리청 직원의 연수 시설 이용을 지원할 계획이다.\n"
    )
    terms = _terms(text)
    assert any("특산물 판매장을 청사 안에 열" in t for t in terms)
    assert any("연수 시설 이용을 지원" in t for t in terms)


_LED = "누리청은 이번 협약을 계기로 주민 대상 교류 행사를 추진할 방침이다.\n"


def test_beside_a_plan_the_agreement_leads_to_other_plans_add_nothing() -> None:
    for tail in (
        # a plan led by a sentence of no pledge
        "행사장에서는 특산물 시식 행사가 함께 열렸다.\n이를 통해 특산물에 대한 관심을 높일 계획이다.\n",
        # a dated step, a side note, a standing policy
        "누리청은 이번 협약을 계기로 오는 5월 첫 교류 행사를 열 예정이다.\n",
        "한편 가람군은 이번 협약을 계기로 귀농 지원 사업을 늘릴 계획이다.\n",
        "가람군은 앞으로도 이번 협약을 바탕으로 기업 유치에 힘쓸 계획이다.\n",
    ):
        terms = _terms(_HEAD + _LED + tail)
        assert "주민 대상 교류 행사를 추진" in terms, (tail, terms)
        assert len(terms) == 3, (tail, terms)


def test_after_a_list_of_terms_the_sides_shares_in_turn_add_nothing() -> None:
    # Each side's share told in turn after a list elaborates it (the seed releases' gold in
    # ../shared/eval counts the list alone there).
    tail = (
        "누리청은 가람군 특산물 판매장을 청사 안에 열 예정이다.\n"
        "가람군은 누리청 직원의 연수 시설 이용을 지원할 계획이다.\n"
    )
    assert _terms(_LISTED + tail) == [
        "지역 특산물 정보 공유",
        "기관 간 상호 방문",
        "행사 시 지역 특산물 우선 활용",
    ]


def test_after_a_list_of_terms_a_plan_standing_alone_adds_its_clauses() -> None:
    # The parties' own plan, or one party's the agreement leads to with no other party's
    # share beside it, is a term told after the list (real pages' gold counts it).
    for tail, want in (
        (
            "앞으로 두 기관은 실무협의체를 구성해 공동 사업을 발굴할 예정이다.\n",
            "공동 사업을 발굴",
        ),
        (
            "누리청은 이번 협약을 계기로 직원 연수를 가람군에서 열고, 주민 대상 교류 행사를 "
            "추진할 방침이다.\n",
            "주민 대상 교류 행사를 추진",
        ),
    ):
        terms = _terms(_LISTED + tail)
        assert terms[:3] == [
            "지역 특산물 정보 공유",
            "기관 간 상호 방문",
            "행사 시 지역 특산물 우선 활용",
        ]
        assert any(want in t for t in terms[3:]), (tail, terms)


_SIGNED = (
    "누리청-가람군-별빛㈜, 관광 협약 체결\n\n"
    "누리청은 가람군, 별빛㈜와 12일 관광 활성화 협약을 체결했다고 밝혔다.\n"
)


def test_shares_told_in_the_present_tense_after_the_agreement_add_their_clauses() -> None:
    text = _SIGNED + (
        "이번 협약에 따라 누리청은 청사 안에 가람군 특산물 판매장을 운영한다.\n"
        "가람군은 누리청 직원의 연수 시설 이용을 지원한다.\n"
        "별빛㈜는 두 기관의 관광 상품을 개발해 판매하게 된다.\n"
    )
    terms = _terms(text)
    assert any("특산물 판매장을 운영" in t for t in terms)
    assert any("연수 시설 이용을 지원" in t for t in terms)
    assert any("관광 상품을 개발" in t for t in terms)


def test_a_share_in_the_present_tense_after_a_partys_pledge_and_one_with_also() -> None:
    text = _SIGNED + (
        "이번 협약을 통해 가람군은 단체 관광객에게 숙박비를 지원하며, 지역 관광 정보를 "
        "제공하기로 했다.\n"
        "누리청은 청사 홍보판을 활용해 관광 상품을 알린다.\n"
        "별빛㈜도 가람군 관광 상품의 개발과 판매에 나선다.\n"
    )
    terms = _terms(text)
    assert any("청사 홍보판을 활용해 관광 상품을 알" in t for t in terms)
    assert any("관광 상품의 개발과 판매" in t for t in terms)


def test_one_deed_in_the_present_tense_alone_is_no_share() -> None:
    text = _HEAD + "누리청은 올해 청사 옥상에 태양광 설비를 설치한다.\n"
    assert not any("태양광" in t for t in _terms(text))


def test_what_the_agreement_brings_about_is_a_term() -> None:
    text = _HEAD + (
        "이번 협약으로 가람군은 누리청 직원들에게 군립 체육시설을 개방할 수 있게 됐다.\n"
        "협약에 따라 누리청은 지역 농가 30곳과 직거래망을 구축하게 되었다.\n"
    )
    terms = _terms(text)
    assert "누리청 직원들에게 군립 체육시설을 개방" in terms
    assert "지역 농가 30곳과 직거래망을 구축" in terms


def test_what_came_of_something_else_is_no_term() -> None:
    # (no agreement leads it: `이를 통해` turns back to the sentence before, here no pledge; nor
    # a quotation, nor a state the page was in before)
    text = _HEAD + (
        "가람군은 지난해 군립 체육관을 새로 지었다. 이를 통해 주민들은 겨울에도 운동할 수 "
        "있게 됐다.\n"
        "가람군수는 “이번 협약으로 두 기관의 거리가 한층 가까워지게 됐다”고 말했다.\n"
    )
    terms = _terms(text)
    assert not any("운동" in t for t in terms)
    assert not any("가까워지" in t for t in terms)


def test_one_partys_own_plan_in_the_terms_part_adds_its_clause_whole() -> None:
    # (before the speakers, no time of its own: the party's share of the agreement, its `등`
    # list and the deed it is the object of one item)
    text = _HEAD + (
        "가람군은 협약식 이후 특산물 공동 판매, 직원 교육 교류, 축제 공동 홍보 등을 연계한 "
        "상생 체계를 만들기로 했다.\n"
        "가람군수는 “두 기관이 힘을 모아 지역 경제에 보탬이 되겠다”고 말했다.\n"
    )
    terms = _terms(text)
    assert "지역 특산물 정보를 공유" in terms
    assert any(
        "특산물 공동 판매, 직원 교육 교류, 축제 공동 홍보 등을 연계한 상생 체계를 만들" in t
        for t in terms
    ), terms
    assert not any(t.endswith("직원 교육 교류") for t in terms)


def test_one_partys_own_plan_after_the_speakers_or_with_a_time_of_its_own_adds_nothing() -> None:
    quote = "가람군수는 “두 기관이 힘을 모아 지역 경제에 보탬이 되겠다”고 말했다.\n"
    for tail in (
        quote + "누리청은 청사 안에 특산물 판매장을 새로 열 계획이다.\n",
        "누리청은 2030년까지 청사 안에 특산물 판매장을 새로 열 계획이다.\n" + quote,
        "누리청은 올해 청사 안에 특산물 판매장을 새로 열 계획이다.\n" + quote,
    ):
        terms = _terms(_HEAD + tail)
        assert not any("판매장" in t for t in terms), (tail, terms)
        assert "지역 특산물 정보를 공유" in terms, (tail, terms)


def test_what_a_party_kept_doing_before_its_plan_is_no_clause() -> None:
    text = _HEAD + (
        "누리청은 2015년 교류 시작 이후 가람군과 방문을 꾸준히 이어왔으며, 이번 협약을 통해 "
        "중단됐던 직원 교류를 재개하기로 했다.\n"
    )
    terms = _terms(text)
    assert any(t.endswith("중단됐던 직원 교류를 재개") for t in terms), terms
    assert not any("이어왔" in t for t in terms)
