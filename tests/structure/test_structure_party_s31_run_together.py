"""Three party forms seen on two pages of two sites each (session 31's dev set and the previous
held-out set): two offices run together without a comma in a list of subjects, a partner named
after the agreement it signs, a photo's credit glued to the lead. Invented bodies throughout."""

from __future__ import annotations

from structure_helpers import names


def test_two_offices_run_together_before_a_third_party_are_two_parties() -> None:
    # `A소방서와 A경찰서 B대학교는`: no comma between the second and the third subject
    page = (
        "가람시 안전 협약\n\n"
        "가람소방서와 가람경찰서 누리대학교는 12일 대학 본관에서 지역 안전을 위한 "
        "업무협약을 체결했다.\n세 기관은 합동 훈련을 한다.\n"
    )
    assert sorted(names(page)) == ["가람경찰서", "가람소방서", "누리대학교"]
    page = (
        "안전 협약\n\n별빛소방서와 별빛교육지원청 달빛병원은 지난 5일 업무협약을 맺었다.\n"
        "세 기관은 교육을 한다.\n"
    )
    assert sorted(names(page)) == ["달빛병원", "별빛교육지원청", "별빛소방서"]


def test_an_office_and_its_own_unit_or_branch_stay_one_party() -> None:
    # `누리시청 별빛과`, `가람세무서 별빛지점`: a unit or a branch of the office, one body
    page = "협약\n\n가람대학교와 누리시청 별빛과는 12일 업무협약을 체결했다.\n양 기관은 협력한다.\n"
    assert sorted(names(page)) == ["가람대학교", "누리시청 별빛과"]
    page = "협약\n\n누리은행과 가람세무서 별빛지점은 12일 업무협약을 체결했다.\n"
    assert sorted(names(page)) == ["가람세무서 별빛지점", "누리은행"]
    # `A경찰서 B협의회`: a council after the office is the office's own body
    page = "협약\n\n누리시와 가람경찰서 별빛협의회는 12일 업무협약을 체결했다.\n"
    assert sorted(names(page)) == ["가람경찰서 별빛협의회", "누리시"]


def test_a_partner_named_after_the_agreement_it_signs() -> None:
    # `A는 … 투자협약을 ㈜B와 체결했다`: the agreement first, as the object, then its partner
    page = (
        "가람시, 투자 협약\n\n가람시는 12일 시청에서 공장 신설을 위한 투자협약을 ㈜누리테크와 "
        "체결했다.\n회사는 공장을 짓는다.\n"
    )
    assert sorted(names(page)) == ["㈜누리테크", "가람시"]
    page = "가람군은 지난 3일 관광 활성화 업무협약을 별빛관광공사와 체결했다고 밝혔다.\n"
    assert sorted(names(page)) == ["가람군", "별빛관광공사"]
    # a quoted agreement's name; two partners listed; `각각` before them
    page = "가람시는 12일 ‘지역 상생 협약’을 ㈜누리와 체결했다.\n"
    assert sorted(names(page)) == ["㈜누리", "가람시"]
    page = "가람시는 12일 업무협약(MOU)을 누리대학교, 별빛대학교와 체결했다.\n"
    assert sorted(names(page)) == ["가람시", "누리대학교", "별빛대학교"]
    page = "가람시는 12일 협약을 각각 누리대학교와 체결했다.\n"
    assert sorted(names(page)) == ["가람시", "누리대학교"]


def test_no_body_after_the_agreement_names_no_partner() -> None:
    # `협약을 지역 주민과 체결`: people, no body's name
    assert names("가람시는 12일 투자협약을 지역 주민과 체결했다.\n") == ["가람시"]


def test_a_photo_credit_glued_to_the_lead_is_no_part_of_the_name() -> None:
    body = "12일 누리대학교와 업무협약을 체결했다.\n양 기관은 협력한다.\n"
    for credit in (
        "사진=가람시 제공",
        "(사진=가람시 제공)",
        "/사진 제공=가람시",
        "사진제공=가람시 ",
    ):
        page = f"가람시 협약\n{credit}가람시는 {body}"
        assert sorted(names(page)) == ["가람시", "누리대학교"], credit
    # a credit to another body than the lead's: the lead's name is read after it
    page = f"가람시 협약\n사진=별빛일보 제공가람시는 {body}"
    assert sorted(names(page)) == ["가람시", "누리대학교"]
