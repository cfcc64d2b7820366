"""Commitment forms met on real news pages (snippets invented for these tests): `Δ` standing
for `△` as an inline bullet (some agencies' wires cannot carry the triangle)."""

from __future__ import annotations

from structure_helpers import run_terms as _terms

_HEAD = (
    "가람시-누리군, 상생발전 업무협약 체결\n\n"
    "가람시는 12일 누리군과 상생발전을 위한 업무협약을 체결했다고 밝혔다.\n\n"
)


def test_a_delta_marks_inline_items_as_a_triangle_does() -> None:
    text = _HEAD + (
        "이번 협약에 따라 두 도시는 Δ청년 일자리 정보 공유 Δ누리군 특산물 판로 확대 "
        "Δ문화예술 교류 Δ재난 대응 공동훈련 등에 협력한다.\n"
    )
    terms = _terms(text)
    assert terms == [
        "청년 일자리 정보 공유",
        "누리군 특산물 판로 확대",
        "문화예술 교류",
        "재난 대응 공동훈련",
    ]


def test_terms_told_by_a_content_head_in_the_signing_sentence() -> None:
    # `협약내용은 A는 …을 지원하고 B는 … 등을 하기로 … 조인식을 가졌다`: each party's comma
    # list, told in the sentence that reports the signing
    text = (
        "누리건설, 가람마을과 1사1촌 자매결연\n\n"
        "누리건설(주)과 가람마을은 지난 3일 마을회관에서 자매결연식을 가졌다.\n\n"
        "협약내용은 누리건설(주)은 결연 마을 방문 및 농산물 구매, 마을주민 초청 회사견학, "
        "가족단위 민박, 마을 숙원사업을 지원하고 가람 마을은 결연 기업의 제품 구매 협조, "
        "친환경 농산물 공급, 마을 행사시 결연 기업 초청 등을 하기로 상호간에 결연서 조인식을 "
        "가졌다.\n"
    )
    terms = _terms(text)
    assert terms == [
        "결연 마을 방문 및 농산물 구매",
        "마을주민 초청 회사견학",
        "가족단위 민박",
        "마을 숙원사업을 지원",
        "결연 기업의 제품 구매 협조",
        "친환경 농산물 공급",
        "마을 행사시 결연 기업 초청",
    ]


def test_hanun_hanpyeon_joins_two_deeds() -> None:
    # `…을 위해 노력하는 한편, B를 …하기로 했다`: two deeds, the first kept whole
    text = (
        "가람조합-누리전자 상생협약 체결\n\n"
        "가람조합은 10일 누리전자와 상생협약을 체결했다고 밝혔다.\n"
        "가람조합과 누리전자는 해외 박람회에 공동으로 참가해 시장 개척을 위해 노력하는 한편, "
        "기술 교육을 공동으로 개최하기로 했다.\n"
    )
    terms = _terms(text)
    assert any(t.startswith("해외 박람회에 공동으로 참가해 시장 개척") for t in terms)
    assert "기술 교육을 공동으로 개최" in terms


def test_hago_sipeun_is_a_wish_not_a_clause_join() -> None:
    # `…정착하고 싶은 분위기를 조성하고 …`: `-고 싶은` wishes, it parts no two deeds
    text = _HEAD + (
        "이번 협약에 따라 두 도시는 귀농 상담을 통해 정착하고 싶은 마을 분위기를 조성하고 "
        "주민 협의체를 구축하기로 했다.\n"
    )
    terms = _terms(text)
    assert any(t.endswith("정착하고 싶은 마을 분위기를 조성") for t in terms)
    assert not any(t.startswith("싶은") for t in terms)


def test_two_deeds_joined_by_gwa_inside_a_comma_list() -> None:
    # `A 공동대응과 B 활성화, C, D 등에`: the first item of the list is two deeds
    text = _HEAD + (
        "협약에 따라 두 도시는 재난 현장 공동대응과 지역 축제 활성화, 주민 건강증진, "
        "역사·문화 분야 교류 등에 나서게 된다.\n"
    )
    terms = _terms(text)
    assert "재난 현장 공동대응" in terms
    assert "지역 축제 활성화" in terms


def test_a_support_and_a_second_deed_are_two_terms() -> None:
    # `…B 사업 지원과 C 협업체계를 구축하기로 했다`: two deeds, the second with its verb
    text = _HEAD + (
        "협약에 따라 두 도시는 가람시의 관광, 청년 사업 지원과 재난 대응 상시 협업체계를 "
        "구축하기로 했다.\n"
    )
    terms = _terms(text)
    assert any(t.endswith("청년 사업 지원") for t in terms)
    assert "재난 대응 상시 협업체계를 구축" in terms


def test_the_ceremony_as_a_lead_opens_the_pledge() -> None:
    # `이번 협약식을 계기로 양 기관은 …하는 데 협력하게 된다`
    text = _HEAD + (
        "이번 협약식을 계기로 양 기관은 청년 창업 공간을 공동으로 조성하는 데 협력하게 된다.\n"
    )
    terms = _terms(text)
    assert any(t.startswith("청년 창업 공간을 공동으로 조성") for t in terms)


def test_two_verbs_of_one_aim_are_one_item() -> None:
    # `…사업을 발굴하고 추진하기 위해 노력하며`: one object, one aim, two verbs
    text = _HEAD + (
        "협약에 따라 두 도시는 주민과 함께할 수 있는 사업을 발굴하고 추진하기 위해 노력하며, "
        "탄소중립 정책에 동참하는 사업을 시행하기로 했다.\n"
    )
    terms = _terms(text)
    assert any(t.startswith("주민과 함께할 수 있는 사업을 발굴하고 추진") for t in terms)
    assert not any(t.startswith("추진하기 위해") for t in terms)


def test_a_follow_up_told_as_reported_present_adds_its_term() -> None:
    # `주요내용은 A, B 등이다. 또 …을 위해 기업들은 …을 매월 운영한다고 밝혔다.`
    text = (
        "가람면, 20개 마을과 20개 기업 1사1촌 자매결연\n\n"
        "가람면(면장 김누리)이 15일 오전 11시 회의실에서 가람리 등 20개 마을과 누리산업(주) 등 "
        "20개 기업이 1사1촌 자매결연 협약식을 개최한다.\n\n"
        "이번 협약 주요내용은 농산물 직거래 장터 운영, 농촌 일손돕기, 마을행사 초청 등이다.\n\n"
        "또 전통시장 활성화를 위해 기업들은 가람 전통시장 가는 날을 매월 1회 운영한다고 "
        "밝혔다.\n"
    )
    assert _terms(text)[-1] == "가람 전통시장 가는 날을 매월 1회 운영"


def test_the_agreement_is_the_deed_before_geoseuro() -> None:
    # `이번 업무협약은 …에 협력하는 것으로 …에 일조하고 …의 내용을 담았다`: the deed only
    text = (
        "가람시설관리공단, 누리사단과 업무협약 체결\n\n"
        "가람시설관리공단은 20일 누리사단과 예비군 훈련장소 제공을 위한 업무협약을 체결했다.\n\n"
        "이번 업무협약은 공단에서 운영하는 공영주차장을 예비군 훈련 집결장소로 제공 및 사용에 "
        "협력하는 것으로 국가 안보에 일조하고 지역사회 공헌의 내용을 담았다.\n"
    )
    assert _terms(text) == [
        "공단에서 운영하는 공영주차장을 예비군 훈련 집결장소로 제공 및 사용에 협력"
    ]


def test_ge_doemyeo_joins_two_deeds_the_party_comes_to_do() -> None:
    text = (
        "가람병원-누리의료원, 진료협력 협약 체결\n\n"
        "가람병원은 12일 누리의료원과 진료협력 협약을 체결했다고 밝혔다.\n"
        "두 병원은 협약에 따라 의료 인력 교류를 늘리기로 했다.\n"
        "이에 따라 향후 누리의료원은 중증 환자를 가람병원으로 진료 의뢰하게 되며 치료가 끝나면 "
        "누리의료원으로 복귀하게 된다.\n"
    )
    terms = _terms(text)
    assert "중증 환자를 가람병원으로 진료 의뢰" in terms
    assert "치료가 끝나면 누리의료원으로 복귀" in terms
