"""Parties of a company-village sisterhood (`1사1촌 자매결연`) and other real-page forms
(invented snippets): a village as a side, a head's bracket after a legal form, an ampersand
inside a name."""

from __future__ import annotations

from summarizer.extract import facts_record


def _names(text: str) -> list[str]:
    rec = facts_record(text.encode("utf-8"), reference_date="2024-05-20")
    return [p.name for p in rec.structure.parties]


def test_an_ampersand_inside_a_headed_name_is_kept() -> None:
    text = (
        "가람군, 1사1촌 자매결연\n\n"
        "가람군은 지난 6일 2개 기업과 2개 마을이 1사1촌 자매결연을 체결했다.\n"
        "이번에 체결한 자매결연 대상은 누리단지 내 별빛식품(대표 김철수)과 동면 달빛마을(이장 "
        "박영희), 해미S&K영농조합법인(대표 이민수)과 동면 햇살마을(이장 최영수)이 참여했다.\n"
    )
    names = _names(text)
    assert "해미S&K영농조합법인" in names
    assert "K영농조합법인" not in names


def test_a_head_bracket_after_a_legal_form_names_the_company() -> None:
    text = (
        "달빛마을, 기업과 결연\n\n"
        "도농 교류를 위해 지난 25일 마을회관에서 가람군 누리면 달빛마을(대표 박영희)과 해울시 "
        "소재 별빛건설(주)(대표 김철수)와의 결연식을 가졌다.\n"
    )
    names = _names(text)
    assert "별빛건설(주)" in names
    assert any(n.endswith("달빛마을") for n in names)


def test_a_village_after_the_partner_signs_too() -> None:
    text = (
        "가람군, 기업-마을 1사1촌 협약\n\n"
        "가람군은 지난 20일 누리면 무량리에 소재한 별빛푸드(주)와 누리면 교동리 달빛마을이 "
        "1사1촌 협약식을 체결했다고 밝혔다.\n"
    )
    assert _names(text) == ["가람군", "별빛푸드(주)", "누리면 교동리 달빛마을"]


def test_a_quoted_short_name_in_a_bracket_is_no_agreement_name() -> None:
    text = (
        "지역 문화 협력 나선다\n\n"
        "[해울경제 김철수 기자]가람시와 누리문화진흥포럼(이하 ‘누리포럼’)이 10일 업무협약을 "
        "맺었다.\n"
    )
    assert _names(text) == ["가람시", "누리문화진흥포럼"]


def test_a_country_genitive_inside_the_subjects_keeps_the_first() -> None:
    text = (
        "해외 한인 경제대회 준비 본격화\n\n"
        "가람상공회의소총연합회와 한국의 누리동포재단, 별빛경제신문이 업무협약(MOU)을 지난 "
        "29일 체결했다.\n"
    )
    assert _names(text) == ["가람상공회의소총연합회", "누리동포재단", "별빛경제신문"]


def test_a_journalists_association_is_no_byline() -> None:
    text = "지역 언론 상생 나선다\n\n가람기자협회와 누리재단이 지난달 30일 업무협약을 맺었다.\n"
    assert _names(text) == ["가람기자협회", "누리재단"]


def test_a_short_name_dotted_before_the_head_is_an_alias() -> None:
    text = (
        "지역 언론 상생 나선다\n\n"
        "가람문화협회(가문협·회장 김철수)와 누리예술총연합회(누예총)가 지난달 30일 업무협약을 "
        "맺고 협력하기로 했다.\n"
    )
    parties = facts_record(text.encode("utf-8"), reference_date="2024-05-20").structure.parties
    assert parties[0].name == "가람문화협회"
    assert parties[0].aliases == ["가문협"]
    assert parties[0].head == "회장 김철수"


def test_a_summit_meeting_committee_keeps_its_whole_name() -> None:
    text = (
        "통신사 선정\n\n"
        "가람통신은 30일 누리 정상회의 준비위원회와 주관통신사 약정서(MOU)를 체결했다.\n"
    )
    assert _names(text) == ["가람통신", "누리 정상회의 준비위원회"]


def test_a_partner_with_wa_ui_before_the_agreement() -> None:
    text = (
        "지역 언론 협업 시대\n\n"
        "가람일보는 누리통신ㆍ누리통신TV와의 상호교류협력을 위한 MOU를 체결했다.\n"
    )
    assert _names(text) == ["가람일보", "누리통신", "누리통신TV"]


def test_a_closing_line_taken_for_the_title_leaves_the_lead_read() -> None:
    text = (
        "누리군 가람면 달빛마을(이장 김철수)은 지난 13일 별빛개발공사(사장 최민수)와 1사1촌 "
        "자매결연 협약을 체결했다.\n"
        "이번 협약에 따라 달빛마을과 별빛개발공사는 농촌일손 돕기 등 교류 활동을 추진한다.\n"
        "이번 자매결연은 농촌 마을 주민들의 삶의 질 향상과 지역 경제 활성화에 기여할 것으로 "
        "기대된다. <편집부>\n"
    )
    assert _names(text) == ["누리군 가람면 달빛마을", "별빛개발공사"]


def test_a_noun_joined_to_an_aim_with_gojja_is_no_partner() -> None:
    text = (
        "언론과 손잡다\n\n"
        "가람시장군수협의회(협의회장 김철수)는 5일 누리시청 상황실에서 지속가능한 지방자치와 "
        "지역언론 발전에 기여하고자 (사)가람언론인클럽(이사장 박영희)과 업무협약을 체결했다.\n"
    )
    assert _names(text) == ["가람시장군수협의회", "(사)가람언론인클럽"]


def test_the_province_an_english_subject_lies_in_is_no_part_of_it() -> None:
    text = (
        "Garam City signs sister city pact\n\n"
        "Garam City in Nuri Province announced on the 10th that it has signed a sister city "
        "agreement with Byeol County in South Haul Province.\n"
    )
    assert _names(text) == ["Garam City", "Byeol County"]


def test_the_body_a_taking_part_list_centres_on_is_one_of_its_items() -> None:
    text = (
        "가람군, 특구 지정 위해 부서 간 협약\n\n"
        "이날 협약에는 미래전략과를 중심으로 기획예산과, 행복돌봄과, 경제기업과 등 4개 부서가 "
        "참여했다.\n"
    )
    assert _names(text) == ["미래전략과", "기획예산과", "행복돌봄과", "경제기업과"]


def test_a_district_called_by_its_syllable_signs_with_the_partners_listed() -> None:
    text = (
        "여의도 타운 사업 협약\n\n"
        "김철수 가람구청장이 17일 오후 별빛증권 회의실에서 열린 업무 협약식에 참석해 협약서에 "
        "서명을 했다.\n\n"
        "구는 금융지구 활성화를 위해 별빛증권, 누리랩과 ‘타운 사업’ 업무 협약을 체결했다.\n"
    )
    assert _names(text) == ["가람구", "별빛증권", "누리랩"]


def test_a_university_hall_by_its_short_name_hosts_the_other_side() -> None:
    text = (
        "관학 상생 협약\n\n"
        "가람구(구청장 김철수)는 14일 누리여대 행정동 회의실에서 관·학 상생발전을 위한 협약을 "
        "체결했다.\n"
    )
    assert _names(text) == ["가람구", "누리여대"]


def test_an_aim_after_the_partner_is_no_further_partner() -> None:
    text = (
        "은행-재단 협약\n\n"
        "가람은행은 누리재단과 금융지원과 의료·복지 등 사회공헌 분야에서 상호 협력하기로 하는 "
        "내용의 업무지원 협약식을 12일 체결했다.\n"
    )
    assert _names(text) == ["가람은행", "누리재단"]


def test_two_countries_signing_a_package_outrank_one_item_of_it() -> None:
    text = (
        "Two nations sign MOUs on investment\n\n"
        "SEOUL, Nov. 14 (Yonhap) -- South Korea and Indonesia on Monday signed 10 memorandums "
        "of understanding (MOUs) meant to enhance bilateral investment, the ministry said.\n\n"
        "Among them, Garam Motor signed an agreement with the Nuri City Authority on electric "
        "cars.\n"
    )
    assert _names(text) == ["South Korea", "Indonesia"]


def test_a_dateline_that_lost_its_dash_is_no_part_of_the_subject() -> None:
    text = (
        "Two nations sign MOUs\n\n"
        "Garam, Aug 26 Nuria and the Byeol Republic have signed 11 memorandums of "
        "understanding (MOUs) for bilateral cooperation, the ministry said on Tuesday.\n"
    )
    assert _names(text) == ["Nuria", "Byeol Republic"]


def test_of_the_inside_a_name_signed_between_keeps_it_whole() -> None:
    text = (
        "Garamia and Nuria sign tourism MoU\n\n"
        "A Memorandum of Understanding on Cooperation in the field of Tourism was signed "
        "between the Government of Garamia and the Government of the Republic of Nuria.\n"
    )
    assert _names(text) == ["Government of Garamia", "Government of the Republic of Nuria"]


def test_the_town_before_a_hotel_is_no_part_of_its_name() -> None:
    text = (
        "축제 관광 활성화 협약\n\n"
        "[누리=가람뉴스] 김철수 기자 = 충북 누리축제관광재단은 지역 축제 활성화를 위해 17일 "
        "별빛시 가람마리나호텔과 업무협약을 체결했다.\n"
    )
    assert _names(text) == ["누리축제관광재단", "가람마리나호텔"]


def test_villages_and_companies_each_counted_after_one_named() -> None:
    text = (
        "1사1촌 자매결연\n\n"
        "가람시 누리면(면장 김철수)이 15일 오전 11시 회의실에서 누리면 읍내4리 등 20개 마을과 "
        "별빛산업(주) 등 20개 기업이 1사1촌 자매결연 협약식을 개최한다.\n"
    )
    assert _names(text) == ["가람시 누리면", "누리면 읍내4리", "별빛산업(주)"]


def test_a_city_by_its_syllable_never_named_leaves_the_title_pair() -> None:
    text = (
        "가람시, 누리재단과 협약\n\n"
        "가람시 관계자는 협력을 강조했다.\n\n"
        "시는 이날 누리재단과 청년 일자리 협약을 체결했다.\n"
    )
    assert _names(text) == ["가람시", "누리재단"]
