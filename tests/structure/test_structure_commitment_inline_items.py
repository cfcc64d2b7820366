"""Commitment forms met on held-out real pages (snippets invented for these tests)."""

from __future__ import annotations

from structure_helpers import run_terms as _terms


def test_inline_items_under_a_mutual_aid_pact_named_hyeopjeong() -> None:
    # `협정체결에 따라 ▶A ▶B 등에 관한 내용을 담고 있다`: `협정` names the agreement too
    text = (
        "가람소방서, 누리기지 소방대와 소방응원협정 체결\n\n"
        "가람소방서는 4일 누리기지 소방대와 상호 소방응원협정을 체결했다고 밝혔다.\n\n"
        "협정체결에 따라 ▶ 화재 대응을 위한 공조 체계 구축 ▶ 소방장비 지원 "
        "▶ 유관부서 지원체계 가동 등에 관한 내용을 담고 있다.\n"
    )
    terms = _terms(text)
    assert "소방장비 지원" in terms
    assert "유관부서 지원체계 가동" in terms
    assert len(terms) == 3


def test_inline_items_in_a_ceremony_sentence_that_ends_by_signing() -> None:
    # `이번 협약식은 …에 따라 △A △B 등 대응체계를 구축하기 위해 체결했다`: the ceremony is the
    # subject, the items are what the signing is for
    text = (
        "가람소방서, 누리소방서와 재난 공동대응 협약\n\n"
        "가람소방서는 누리소방서와 재난 공동대응 협약을 맺었다고 밝혔다.\n\n"
        "소방서장 등 20여명이 참석한 가운데 진행된 이번 협약식은 안전의 중요성이 커짐에 따라 "
        "△대형 재난 시 상호 소방력 지원 △ 인접지역 초기대응 및 상황 정보공유△ 응원요청 시 "
        "경비부담 등 재난 대응체계를 구축하기 위해 체결했다.\n"
    )
    terms = _terms(text)
    assert terms[:3] == [
        "대형 재난 시 상호 소방력 지원",
        "인접지역 초기대응 및 상황 정보공유",
        "응원요청 시 경비부담",
    ]


def test_a_list_after_the_ceremony_setting_starts_at_the_joint_subject() -> None:
    # `A장, B장 등 관계자들이 참석한 가운데 열린 이날 협약식에서 양측은 X, Y, Z 등 …에 협력키로
    # 했다`: the attendees before the parties are no item
    text = (
        "가람교육청-누리경찰서, 학교폭력 예방 업무협약\n\n"
        "가람교육청과 누리경찰서는 5일 학교폭력 예방을 위한 업무협약을 체결했다.\n\n"
        "가람교육청교육장, 누리경찰서장 등 관계자들이 참석한 가운데 열린 이날 협약식에서 양측은 "
        "학교폭력 예방을 위한 제반 사항 협력, 가해자와 피해자의 선도 방안 마련, "
        "지역 안전 확보를 위한 협력체제 구축 등에 적극 협력키로 했다.\n"
    )
    assert _terms(text) == [
        "학교폭력 예방을 위한 제반 사항 협력",
        "가해자와 피해자의 선도 방안 마련",
        "지역 안전 확보를 위한 협력체제 구축",
    ]


def test_quoted_items_told_as_the_agreements_content() -> None:
    # `협약의 주요 내용으로는 'A', 'B', 'C' 등의 내용을 담고 있다`: each quoted phrase one term
    text = (
        "가람시-누리대학교, 지역발전 업무협약 체결\n\n"
        "가람시는 12일 누리대학교와 지역발전을 위한 업무협약을 체결했다고 밝혔다.\n\n"
        "협약의 주요 내용으로는 '지역 발전 방안 마련을 위한 협력체계 구축', "
        "'장학금 지원 및 지역 현안 연구', ‘청년 일자리 플랫폼 구축 사업 수행’ "
        "등의 내용을 담고 있다고 했다.\n"
    )
    assert _terms(text) == [
        "지역 발전 방안 마련을 위한 협력체계 구축",
        "장학금 지원 및 지역 현안 연구",
        "청년 일자리 플랫폼 구축 사업 수행",
    ]


def test_quoted_names_in_a_plain_sentence_are_no_terms() -> None:
    # quoted titles without a content head or a `등의 내용` tail are names, not terms
    text = (
        "가람시-누리대학교, 지역발전 업무협약 체결\n\n"
        "가람시는 12일 누리대학교와 지역발전을 위한 업무협약을 체결했다고 밝혔다.\n\n"
        "가람시는 지난해 '가람 청년 축제', '누리 별빛 음악회' 등 행사를 열어 호응을 얻었다.\n"
    )
    assert "가람 청년 축제" not in _terms(text)


def test_terms_as_the_content_of_the_signed_agreement() -> None:
    # `…을 목표로, A, B 등 협력 사항을 주 내용으로 하는 협약서에 서명했다`: the signing told
    # with its content; the aim before the list is no term
    text = (
        "가람시-누리대학교, 지역발전 업무협약 체결\n\n"
        "가람시는 12일 누리대학교와 지역발전을 위한 업무협약을 체결했다고 밝혔다.\n\n"
        "이날 가람시와 누리대학교는 긴밀한 협조 체계를 구축하여 지역발전을 목표로, "
        "지역 발전을 위한 시정 현안 자문, 시민 평생교육을 위한 지식정보 인프라 공동 활용 "
        "등 협력 사항을 주 내용으로 하는 협약서에 서명했다.\n"
    )
    assert _terms(text) == [
        "지역 발전을 위한 시정 현안 자문",
        "시민 평생교육을 위한 지식정보 인프라 공동 활용",
    ]


_SISTER = (
    "가람시, 누리시와 자매결연 협약\n\n"
    "가람시는 누리시와 자매결연 협약을 체결했다고 19일 밝혔다.\n\n"
    "두 시장은 협약서에 서명하고 기념촬영을 했다.\n"
)


def test_one_partys_later_plan_with_its_partner_lists_terms() -> None:
    # `A시는 앞으로 X, Y, Z 등 시정 전반에 걸쳐 B시와 교류할 계획이다`
    text = _SISTER + (
        "가람시는 앞으로 청소년 교류, 스마트시티 정책 협력, 기업 간 매칭 프로그램 협력 등 "
        "시정 전반에 걸쳐 누리시와 교류할 계획이다.\n"
    )
    terms = _terms(text)
    assert terms[:2] == ["청소년 교류", "스마트시티 정책 협력"]
    assert terms[2].startswith("기업 간 매칭 프로그램 협력")


def test_one_partys_own_plan_without_its_partner_is_no_term() -> None:
    text = _SISTER + "가람시는 앞으로 봄꽃 축제, 여름 음악회, 가을 전시 등 행사를 열 계획이다.\n"
    assert not any("축제" in t for t in _terms(text))


def test_a_list_of_fields_stays_one_term_even_after_a_longer_first_part() -> None:
    # `…우호 교류와 경제, 문화, 체육, 과학기술, 행정 등 각계 분야에서 … 교류 협력을 확대`:
    # the single-word fields name the scope of one term; their commas part nothing
    text = (
        "가람시-누리시, 우호도시 협정 체결\n\n"
        "가람시는 12일 누리시와 우호도시 협정을 체결했다고 밝혔다.\n\n"
        "이번 협정에 따라 양 도시는 시민 간의 우호 교류와 경제, 문화, 체육, 교육, 과학기술, "
        "행정 등 각계 분야에서 공동 발전을 위한 교류 협력을 확대하기로 합의했다.\n"
    )
    terms = _terms(text)
    assert len(terms) == 1
    assert terms[0].startswith("시민 간의 우호 교류와 경제, 문화")


def test_goodwill_alone_among_pledged_clauses_is_no_term() -> None:
    # `협약에 따라 세 기관은 A를 위해 노력하며, 상호 협력체계를 더욱 강화한다`: the second
    # clause names no field or deed
    text = (
        "가람교육청-누리경찰서-별빛재단, 학교폭력 예방 협약\n\n"
        "가람교육청은 5일 누리경찰서, 별빛재단과 업무협약을 체결했다.\n\n"
        "협약에 따라 세 기관은 학교폭력 예방 및 조기감지를 위해 노력하며, 상호 협력체계를 "
        "더욱 강화한다. 또 학교전담경찰관 운영을 활성화하기로 했다.\n"
    )
    terms = _terms(text)
    assert not any(t.startswith("상호 협력체계") for t in terms)
    assert any(t.startswith("학교폭력 예방 및 조기감지") for t in terms)
