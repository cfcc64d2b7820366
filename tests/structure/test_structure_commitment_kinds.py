"""Commitment kinds seen on real pages, each in own words (invented places and bodies).

A sister tie (`자매결연`) is a signing; a photo caption with its credit line between two
sentences of a pledge does not end it; a second signing's bare `A, B 등에 협력한다` list.
"""

from __future__ import annotations

from structure_helpers import run

from summarizer.structure.en_commitments import english_commitments
from summarizer.structure.lines import Mask
from summarizer.structure.prose import prose_commitments


def _texts(text: str) -> list[str]:
    return [c.text for c in run(text).commitments]


def test_a_sister_tie_is_a_signing() -> None:
    text = (
        "이날 두기관은 자매결연을 통해 하늘마을 축제 초청, 산나물 직거래장터, 모내기 돕기 등 "
        "각종 교류를 이어가기로 협약했다.\n"
    )
    assert _texts(text) == ["하늘마을 축제 초청", "산나물 직거래장터", "모내기 돕기"]


def test_a_sister_tie_without_any_pledge_gives_nothing() -> None:
    text = "푸른군은 지난해 바다시와 자매결연을 맺은 바 있다. 올해 축제는 10월에 열린다.\n"
    assert _texts(text) == []


def test_a_caption_and_its_credit_do_not_end_the_pledge() -> None:
    text = (
        "두 도시는 이 자리에서 갯벌 체험 교류, 특산물 판촉 등에 협력하기로 했다.\n\n"
        "바다시와 들녘군이 시청에서 협약을 맺었다. 바다시 제공\n\n"
        "또 청소년 교환 방문을 늘리고 행정 정보 교환도 약속했다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["갯벌 체험 교류", "특산물 판촉", "청소년 교환 방문을 늘리", "행정 정보 교환"]


def test_without_a_credit_the_report_still_ends_the_pledge() -> None:
    text = (
        "두 도시는 이 자리에서 갯벌 체험 교류, 특산물 판촉 등에 협력하기로 했다.\n\n"
        "바다시와 들녘군이 시청에서 협약을 맺었다.\n\n"
        "또 청소년 교환 방문을 늘리고 행정 정보 교환도 약속했다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["갯벌 체험 교류", "특산물 판촉"]


def test_a_second_signing_lists_its_own_terms() -> None:
    text = (
        "바다시는 들녘군과 세 분야 협약을 맺었다. 어항 정비 기술 교류, 해양 쓰레기 공동 수거 "
        "등에 대해 협력한다.\n"
        "바다시는 2019년에도 들녘군과 교류 협약을 맺은 바 있다.\n"
        "바다시는 숲군과도 두 분야 협약을 맺었다. 산림 치유 프로그램 공동 운영, 임산물 "
        "홍보 등에 상호 협력한다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == [
        "어항 정비 기술 교류",
        "해양 쓰레기 공동 수거",
        "산림 치유 프로그램 공동 운영",
        "임산물 홍보",
    ]


def test_a_bare_list_after_no_signing_opens_no_later_run() -> None:
    text = (
        "바다시는 들녘군과 세 분야 협약을 맺었다. 어항 정비 기술 교류, 해양 쓰레기 공동 수거 "
        "등에 대해 협력한다.\n"
        "바다시는 2019년에도 들녘군과 교류 협약을 맺은 바 있다.\n"
        "숲군은 산림 치유 프로그램 운영, 임산물 홍보 등에 힘쓰고 있다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["어항 정비 기술 교류", "해양 쓰레기 공동 수거"]


def test_two_deeds_joined_by_wa_are_two_items() -> None:
    text = (
        "협약에 따라 두 도시는 갯벌 체험 활성화와 어항 정비 기술 교류, 해양 쓰레기 공동 수거 "
        "등에 대해 협력한다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["갯벌 체험 활성화", "어항 정비 기술 교류", "해양 쓰레기 공동 수거"]


def test_two_aims_of_one_deed_stay_one_item() -> None:
    text = "협약에 따라 두 회사는 지역 상권 활성화와 주민 편의를 위해 서로 협력하기로 했다.\n"
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["지역 상권 활성화와 주민 편의를 위해 서로 협력"]


def test_an_english_mou_pledging_to() -> None:
    text = (
        "Riverton College and Hillside University have signed an MOU, pledging to exchange "
        "visiting scholars and joint courses.\n"
    )
    got = [c.text for c in english_commitments(text, Mask([]))]
    assert got == ["exchange visiting scholars and joint courses"]


def test_an_english_mou_calls_for_among_other_things() -> None:
    text = (
        "The MOU calls for, among other things, a shared grid study and staff exchanges, "
        "the ministry said.\n"
    )
    got = [c.text for c in english_commitments(text, Mask([]))]
    assert got == ["a shared grid study and staff exchanges"]


def test_a_list_closed_by_deung_and_one_more_item_through_which() -> None:
    text = (
        "협약에 따라 두 군은 학교급식, 버섯 직거래, 숲 체험 운영 등 경제교류와 "
        "국악·연극 분야 교류를 통해 함께 발전하기로 했다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["학교급식", "버섯 직거래", "숲 체험 운영", "국악·연극 분야 교류"]


def test_a_pledge_told_twice_in_other_words_is_one_item() -> None:
    text = (
        "바다교육지원청은 숲교육지원청과 돌봄 협약을 했다.\n"
        "이를 통해 돌봄 교사 연수 체계를 구축하고 방과후 돌봄 프로그램 개발 등에 나선다.\n"
        "앞으로 두 교육지원청은 돌봄 교사 전문성 신장, 방과후 돌봄 프로그램 개발과 공동사업 "
        "등을 추진할 예정이다.\n"
    )
    got = _texts(text)
    assert got == [
        "돌봄 교사 연수 체계를 구축",
        "방과후 돌봄 프로그램 개발",
        "돌봄 교사 전문성 신장",
    ]


def test_under_this_accord_leads_the_parties_pledge() -> None:
    text = (
        "바다협회는 들녘협회와 교류 협정을 체결했다고 밝혔다.\n"
        "이 합의에 따라 두 협회는 회원사 전시회 참가를 돕고 기술 자료를 교환하게 된다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["회원사 전시회 참가를 돕", "기술 자료를 교환"]


def test_what_the_signing_brings_one_party_is_no_pledge() -> None:
    text = (
        "이번 협약으로 바다시는 국제 요트대회의 선수 숙소 배정을 원활하게 할 수 있게 됐다.\n"
        "두 기관은 해외 동향 공유, 투자 유치 등 여러 분야에서 협력해 나가기로 했다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["해외 동향 공유", "투자 유치"]


def test_a_count_of_the_terms_is_none_of_them() -> None:
    text = (
        "두 도시는 문화, 체육 분야 6개 과제를 선정해 추진한다. 체육 분야에서 생활체육 교류, "
        "마라톤 대회 상호 참가 등을 한다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["체육 분야에서 생활체육 교류", "마라톤 대회 상호 참가"]


def test_examples_of_the_item_before_are_no_items() -> None:
    text = (
        "협약에 따라 두 기관은 회원사 정보를 공유하고 현지 조사 업무도 지원하는 데 뜻을 "
        "모았다. 세무·노무 등 현지 환경조사를 비롯해 기업 상담, 각종 조사 등이다.\n"
        "또 학술대회와 전문 기술교류 등에도 협력하기로 했다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == [
        "회원사 정보를 공유",
        "현지 조사 업무도 지원",
        "학술대회와 전문 기술교류 등에도 협력",
    ]


def test_polite_broadcast_endings_pledge_as_the_plain_ones() -> None:
    text = (
        "바다연구원과 하늘연구원은 오늘 공동연구 업무협약을 체결했습니다.\n"
        "두 기관은 이번 협약에 따라 위성 자료 공동 분석, 관측 장비 공동 활용 등에서 상호 "
        "협력하기로 했습니다.\n"
    )
    assert _texts(text) == ["위성 자료 공동 분석", "관측 장비 공동 활용"]


def test_eun_mullon_parts_a_list_as_a_comma_does() -> None:
    text = (
        "이에 따라 두 기관은 연구 인력 파견은 물론 소음 저감 대책 수립, 시험장 공동 구축 "
        "등에 공동으로 나서게 된다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["연구 인력 파견", "소음 저감 대책 수립", "시험장 공동 구축"]


def test_an_english_joint_statement_of_intent_and_two_deeds_without_a_comma() -> None:
    text = (
        "Northland and Southland signed a joint statement of intent on Monday.\n"
        "Under the joint statement, the two countries will carry out joint research on flood "
        "sensors and promote student exchanges in marine science.\n"
    )
    assert _texts(text) == [
        "carry out joint research on flood sensors",
        "promote student exchanges in marine science",
    ]


def test_a_second_verb_of_an_aim_is_no_deed_of_its_own() -> None:
    text = (
        "Under the agreement, the two sides will report local news to help small towns cope "
        "with ageing and improve their services.\n"
    )
    got = [c.text for c in english_commitments(text, Mask([]))]
    assert got == [
        "report local news to help small towns cope with ageing and improve their services"
    ]


def test_the_parties_joint_promise_before_the_list_is_kept() -> None:
    text = (
        "바다시와 들녘군은 10일 우호 교류 협약을 하고 세 분야 협력 사업을 추진하기로 했다.\n"
        "양측은 사업을 순조롭게 추진하기 위해 보유 장비를 공유하고 인적 교류 확대에 나서기로 했다.\n"
        "바다시는 △어항 정비 △갯벌 체험 운영 △해양 쓰레기 수거 등을 추진한다.\n"
    )
    got = _texts(text)
    assert got == [
        "어항 정비",
        "갯벌 체험 운영",
        "해양 쓰레기 수거",
        "보유 장비를 공유",
        "인적 교류 확대",
    ]


def test_a_verb_going_on_joins_no_clauses() -> None:
    text = (
        "협약에 따라 두 기관은 지금 추진하고 있는 갯벌 복원 사업을 확대하고 해양 쓰레기를 "
        "공동 수거하기로 했다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["지금 추진하고 있는 갯벌 복원 사업을 확대", "해양 쓰레기를 공동 수거"]


def test_what_comes_about_ends_the_pledge() -> None:
    text = (
        "협약에 따라 두 회사는 바다시에 물류센터를 짓고 지역 인재를 우선 채용하기로 했다. "
        "투자가 끝나면 300여명의 새 일자리가 창출된다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["바다시에 물류센터를 짓", "지역 인재를 우선 채용"]


def test_english_signed_and_agreed_to() -> None:
    text = (
        "The Northport delegation signed the friendship agreement with Southport and agreed to "
        "exchange and cooperate in fields such as fishing and tourism.\n"
    )
    got = [c.text for c in english_commitments(text, Mask([]))]
    assert got == ["exchange and cooperate in fields such as fishing and tourism"]


def test_english_calls_for_the_two_cities_to_and_a_named_mou() -> None:
    text = (
        "The pact calls for the two cities to exchange information in the fields of harbour "
        "works, culture, tourism along with river care.\n"
        "Under the Joint Harbour MOU signed that day, the two cities agreed to share tide data, "
        "and continue to promote joint drills.\n"
    )
    got = [c.text for c in english_commitments(text, Mask([]))]
    assert got == [
        "exchange information in the fields of harbour works, culture, tourism along with river care",
        "share tide data",
        "continue to promote joint drills",
    ]


def test_a_list_closed_by_deung_and_one_more_item_in_which_field() -> None:
    text = (
        "두 연구원은 이번 협약에 따라 해저 지형 공동 조사, 관측선 운항 지원 등 공동과제 수행과 "
        "인력·장비 교류 부문에서 상호 협력하기로 했다.\n"
    )
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["해저 지형 공동 조사", "관측선 운항 지원", "인력·장비 교류"]


def test_an_intention_told_as_a_plan_keeps_its_deed_only() -> None:
    text = "두 기관은 협약을 통해 해양 자료를 공유하고 공동 연구를 늘리겠다는 계획이다.\n"
    got = [c.text for c in prose_commitments(text, Mask([]))]
    assert got == ["해양 자료를 공유", "공동 연구를 늘리"]


# --- issue 8, session 18: each party's share in one sentence, aims, English areas ---


def test_each_partys_share_in_one_content_sentence_gives_one_item_per_party() -> None:
    text = (
        "가온시와 누리대학교는 12일 업무협약을 체결했다.\n"
        "가온시는 청년 창업 공간을 지원하고, 누리대학교는 창업 교육 프로그램을 구축한다는 "
        "내용이다.\n"
    )
    assert _texts(text) == ["청년 창업 공간을 지원", "창업 교육 프로그램을 구축"]


def test_one_partys_own_content_sentence_still_gives_nothing() -> None:
    text = (
        "가온시와 누리대학교는 12일 업무협약을 체결했다.\n"
        "가온시는 올해 청년 창업 공간을 늘린다는 내용이다.\n"
    )
    assert _texts(text) == []


def test_the_agreements_aim_is_no_commitment() -> None:
    for aim in (
        "이번 협약은 지역 청년의 창업 활성화를 목적으로 한다.\n",
        "이번 협약은 지역 청년의 창업을 돕기 위해 마련됐다.\n",
    ):
        assert _texts("가온시와 누리대학교는 12일 업무협약을 체결했다.\n" + aim) == []


def test_english_areas_such_as_after_in_addition_are_the_items() -> None:
    text = (
        "Gaon City and Nuri University signed an MOU on Tuesday.\n"
        "In addition, they agreed to cooperate in areas such as youth start-ups and digital "
        "education.\n"
    )
    got = [c.text for c in english_commitments(text, Mask([]))]
    assert got == ["youth start-ups", "digital education"]


def test_english_areas_such_as_in_three() -> None:
    text = (
        "Gaon City and Nuri University signed an MOU on Tuesday.\n"
        "Additionally, the two cities agreed to work together in fields such as smart farming, "
        "tourism and culture.\n"
    )
    got = [c.text for c in english_commitments(text, Mask([]))]
    assert got == ["smart farming", "tourism", "culture"]


def test_how_long_the_agreement_runs_is_no_commitment() -> None:
    for term in (
        "협약 기간은 3년이며 특별한 의사표시가 없으면 자동으로 1년씩 연장된다.\n",
        "아울러 이번 협정의 유효기간은 내년 5월 말까지로 하되 이의가 없으면 자동으로 연장키로 했다.\n",
    ):
        text = (
            "가온시와 누리대학교는 12일 업무협약을 체결했다.\n"
            "이날 협약에 따라 두 기관은 청년 창업 공간을 공동으로 운영한다.\n" + term
        )
        assert _texts(text) == ["청년 창업 공간을 공동으로 운영"]


def test_a_marked_list_pledged_with_a_pledge_verb_of_its_own() -> None:
    # `…등에 힘쓰기로 했다`, `…등에 나서기로 했다`: the pledge verb is the cue (a page cut
    # before its signing sentence names no agreement)
    for verb in ("힘쓰기로", "나서기로"):
        text = (
            "양 기관은 △청년 취업매칭 지원 확대 △지역 고용 활성화를 위한 업무연계 강화 "
            f"△중소기업 취업처 발굴 등에 {verb} 했다.\n"
        )
        assert _texts(text) == [
            "청년 취업매칭 지원 확대",
            "지역 고용 활성화를 위한 업무연계 강화",
            "중소기업 취업처 발굴",
        ]


def test_a_page_cut_after_its_signing_sentence_still_reads_the_agreement() -> None:
    # `이날 협약은 …취지에서 체결된 것으로 두 기관은 …한다는 등의 내용에 합의했다`: the
    # agreement told of (no `협약을 체결했다` on the page), its terms after `체결된 것으로`
    text = (
        "이날 협약은 가람군과 누리공사가 재난에 함께 대처한다는 취지에서 체결된 것으로 두 기관은 "
        "인력과 장비 등 가용 자원에 대한 정보공유를 추진하고 합동 모의훈련을 시행한다는 등의 "
        "내용에 합의했다.\n"
        "김 담당은 “큰 도움이 될 것”이라고 전했다.\n"
    )
    assert _texts(text) == [
        "인력과 장비 등 가용 자원에 대한 정보공유를 추진",
        "합동 모의훈련을 시행",
    ]


def test_the_agreement_told_of_is_a_signing() -> None:
    # `이번 협약은 …위해 마련됐다. 아울러 …할 예정이다.`: a page cut before its signing sentence
    text = (
        "이번 협약은 두 기관의 장비를 함께 쓰기 위해 마련됐다.\n"
        "아울러 양 기관이 수행하는 사업 참여기업은 장비 이용금액의 10%를 감면할 예정이다.\n"
    )
    assert _texts(text) == ["수행하는 사업 참여기업은 장비 이용금액의 10%를 감면"]


def test_the_ceremony_told_as_made_for_its_aim_then_each_sides_part() -> None:
    # `협약식은 …을 위해 마련된 것으로 구는 …을 지원하고 호텔은 …하기로 했다`: the ceremony as the
    # signing, each side's part after `마련된 것으로`
    text = (
        "가람구는 23일 구청에서 누리호텔과 업무협약을 체결했다.\n"
        "협약식은 누리대회의 성공적 개최를 위해 마련된 것으로 구는 선수단 숙소 호텔 홍보 등을 "
        "지원하고 호텔은 객실 요금을 미리 알리기로 했다.\n"
    )
    terms = _texts(text)
    assert "선수단 숙소 호텔 홍보 등을 지원" in terms
    assert not any("마련된" in t for t in terms)


def test_the_agreement_referred_to_as_a_basis_leads_the_pledge() -> None:
    # `이를 바탕으로 A와 B는 …하기 위해 상호 협력할 계획이다` after the signing: `이를 통해`'s kin
    for basis in ("바탕으로", "기반으로", "토대로"):
        text = (
            "가람협회는 누리부와 학생 진로교육 지원을 위한 업무협약을 체결했다.\n"
            "이번 협약은 소외지역 학생의 진로체험 기회를 넓히기 위해 체결됐다. "
            f"이를 {basis} 가람협회와 누리부는 보유한 자원을 적극 활용해 학생 진로교육을 "
            "활성화하기 위해 상호 협력할 계획이다.\n"
        )
        assert any("상호 협력" in t for t in _texts(text)), basis


def test_what_the_agreement_makes_possible_is_no_term() -> None:
    # `또한 A를 …까지 확대하고, …네트워크를 확보할 수 있게 된다`: the first clause a deed, the
    # second what the deed makes possible
    text = (
        "가람원은 누리협회와 기술협력 확대를 위한 업무협약을 체결했다.\n"
        "이번 업무협약을 통해 가람원과 누리협회는 해외 기술협력단을 발굴, 매칭 등을 통해 "
        "기업지원 방안을 마련키로 했다.\n"
        "또한 기술협력단을 동남아까지 확대하고, 양국간 기술협력 네트워크를 확보할 수 있게 된다.\n"
    )
    terms = _texts(text)
    assert "기술협력단을 동남아까지 확대" in terms
    assert not any("네트워크를 확보" in t for t in terms)
