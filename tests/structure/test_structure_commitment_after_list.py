"""Commitment forms around a list met on real news pages (snippets invented for these tests):
a sentence right after the list opened by `협약에 따라` with the parties together."""

from __future__ import annotations

from structure_helpers import run_terms as _terms

_HEAD = (
    "가람군-누리구, 자매결연 협약 체결\n\n"
    "가람군은 누리구와 12일 가람군청에서 자매결연 협약을 체결했다고 밝혔다.\n\n"
)


def test_the_parties_together_by_the_agreement_after_the_list_add_a_term() -> None:
    text = _HEAD + (
        "협약 내용으로는 ▲ 문화·관광 분야 교류 ▲ 재난 발생 시 상호 지원 ▲ 청소년 교육 교류 "
        "등 다양한 분야에서 협력관계를 구축하기로 했다.\n\n"
        "이날 협약에 따라 가람군과 누리구는 양 지역의 공동 번영과 주민복지 향상을 위해 "
        "노력하기로 했다.\n\n"
        "가람군수는 “뜻깊은 결연”이라고 말했다.\n"
    )
    terms = _terms(text)
    assert "문화·관광 분야 교류" in terms
    assert "양 지역의 공동 번영과 주민복지 향상을 위해 노력" in terms


def test_one_party_by_the_agreement_after_the_list_adds_nothing() -> None:
    text = _HEAD + (
        "협약 내용으로는 ▲ 문화·관광 분야 교류 ▲ 재난 발생 시 상호 지원 ▲ 청소년 교육 교류 "
        "등 다양한 분야에서 협력관계를 구축하기로 했다.\n\n"
        "이날 협약에 따라 가람군은 다음 달 누리구에 대표단을 보낼 계획이다.\n"
    )
    assert not any("대표단" in t for t in _terms(text))


_PAIR = (
    "가람협회-누리텔레콤, 상생 업무협약\n\n"
    "가람협회는 1일 누리텔레콤과 상생 실현을 위한 업무협약을 협회 회의실에서 체결했다고 밝혔다.\n"
)


def test_each_partys_part_in_the_sentence_before_the_list_counts() -> None:
    text = _PAIR + (
        "협약을 통해 협회는 회원사에 기술 사업화, 판로 개척 기회 등을 제공하고, 누리텔레콤은 "
        "회원사와 인공지능, 클라우드 등 첨단 기술 공동 개발에 협업할 계획이다.\n"
        "협회와 누리텔레콤은 △신사업 발굴 △공동 연구개발 추진 △신기술 교류 등을 추진할 방침이다.\n"
    )
    terms = _terms(text)
    assert "신사업 발굴" in terms
    assert "회원사에 기술 사업화, 판로 개척 기회 등을 제공" in terms  # one party's part, whole
    assert any(t.endswith("인공지능, 클라우드 등 첨단 기술 공동 개발에 협업") for t in terms)


def test_one_partys_plan_before_the_list_stays_out() -> None:
    text = _PAIR + (
        "협약을 통해 협회는 다음 달 회원사 모집 공고를 낼 계획이다.\n"
        "협회와 누리텔레콤은 △신사업 발굴 △공동 연구개발 추진 △신기술 교류 등을 추진할 방침이다.\n"
    )
    assert _terms(text) == ["신사업 발굴", "공동 연구개발 추진", "신기술 교류"]


def test_a_speakers_will_without_its_opening_mark_is_no_term() -> None:
    text = (
        "가람재단-누리연구원, 공공외교 업무협약\n\n"
        "가람재단과 누리연구원은 공공외교 역량 강화를 위해 함께 노력하기로 하고 17일 "
        "누리연구원에서 업무협약을 체결했다.\n"
        "가람재단과 누리연구원은 이번 협약을 통해 공공외교 아젠다 발굴을 공동 모색키로 했다.\n"
        "도하람 가람재단 이사장은 국제협력이 절실하다. 이번 협약을 통해 누리연구원과 다양한 협업 "
        "활동을 구상·추진하여, 공공외교의 미래를 만들어 가겠다.”고 밝혔다.\n"
    )
    assert not any(t.endswith("가겠다") for t in _terms(text))


def test_an_english_aim_of_two_infinitives_is_two_items() -> None:
    from summarizer.structure.en_commitments import en_items

    text = (
        "It says both parties will work to promote exchanges by delegations and businesses "
        "and to foster collaboration between the business communities of the two cities."
    )
    a = text.index("work to")
    got = [c.text for c in en_items(text, a, len(text) - 1)]
    assert got == [
        "promote exchanges by delegations and businesses",
        "foster collaboration between the business communities of the two cities",
    ]


_LISTED = "가람교육청은 누리재단과 진로체험센터 운영을 위한 업무협약을 체결했다고 3일 밝혔다.\n\n"
_SIDES = "향후 가람교육청의 특별 예산을 누리센터로 지원하고, 누리재단은 센터 운영을 위한 인력을 지원하게 된다.\n"


def test_the_sides_parts_from_now_on_after_a_marked_list_are_terms() -> None:
    text = _LISTED + (
        "협약 주요 내용은 ▲진로체험 프로그램 운영 지원 ▲체험기관 발굴과 관리 등의 내용을 담았다.\n\n"
        + _SIDES
    )
    terms = _terms(text)
    assert "진로체험 프로그램 운영 지원" in terms
    assert "가람교육청의 특별 예산을 누리센터로 지원" in terms
    assert "센터 운영을 위한 인력을 지원" in terms


def test_the_sides_parts_from_now_on_after_a_content_sentence_are_terms() -> None:
    text = _LISTED + (
        "업무협약의 주요 내용은 진로체험 프로그램 운영 지원, 체험기관 발굴 및 관리 등의 내용을 "
        "담고 있다.\n\n" + _SIDES
    )
    terms = _terms(text)
    assert "체험기관 발굴 및 관리" in terms
    assert "센터 운영을 위한 인력을 지원" in terms


def test_what_the_agreement_makes_possible_from_now_on_is_no_term() -> None:
    text = _LISTED + (
        "협약 주요 내용은 ▲진로체험 프로그램 운영 지원 ▲체험기관 발굴과 관리 등의 내용을 담았다.\n\n"
        "앞으로 학생들은 다양한 진로체험에 참여할 수 있게 된다.\n"
    )
    assert not any("참여" in t for t in _terms(text))
