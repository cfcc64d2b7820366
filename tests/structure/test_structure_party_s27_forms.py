"""Party forms of Korean pages seen on two or more held-out sets (session 27, s27-kop), each
reproduced with invented bodies: a place read out of a name already found, a province named in
two forms, a release wire's dateline written onto the first name."""

from __future__ import annotations

from structure_helpers import names, parties


def test_a_district_inside_a_partners_name_is_no_second_body() -> None:
    # `…, 가람구 정신건강복지센터와 함께`: the list reader's `가람구` is the centre's own place
    page = (
        "[가람=누리뉴스] 홍길동 기자 = 가람경찰서는 지난 17일 대한노인회 가람구지회, "
        "서부교육지원청, 한국별빛협회 가람구지회, 가람구 정신건강복지센터와 함께 "
        "'범죄예방' 업무 협약식을 개최했다고 18일 밝혔다.\n"
        "이번 협약은 범죄 예방을 위해 마련됐다.\n"
        "협약에 참여한 기관들은 정보를 공유할 계획이다.\n"
    )
    got = names(page)
    assert "가람구" not in got and len(got) == 5, got


def test_a_province_and_its_governors_short_form_are_one_body() -> None:
    # `충청남도는 … 홍길동 충남지사와`: the governor's `충남` is the province that signed
    page = (
        "충청남도는 어제(12일) 도청 대회의실에서 홍길동 충남지사와 김누리 가람시장 등 "
        "2개 시·군 단체장과 5개 기업 대표가 참여한 가운데 500억 원 규모의 투자협약을 "
        "체결했습니다.\n"
        "이에 따라 기업들은 산업단지에 공장을 짓게 됩니다.\n"
    )
    got = {p.name: p.aliases for p in parties(page)}
    assert "충남" not in got and "충남" in got.get("충청남도", []), got


def test_a_release_wires_dateline_is_not_part_of_the_first_name() -> None:
    # `서울--(뉴스와이어)--A(회장 …)는`: the wire's dateline runs into the name, no space
    page = (
        "가람협회-누리연구원 업무협약 체결\n\n"
        "서울--(뉴스와이어)--가람협회(회장 홍길동)는 10일 가람회관에서 누리연구원(원장 "
        "김누리)과 업무 협약을 체결하였다. 이날 행사에는 양 기관 관계자가 참석했다.\n"
    )
    assert sorted(names(page)) == sorted(["가람협회", "누리연구원"])


def test_an_outlets_credit_before_a_captions_mark_is_not_part_of_the_name() -> None:
    # `누리통신-▲A가 B와 업무 협약을 체결했다`: the outlet's credit glued to the caption
    page = (
        "가람군, 농업 발전 위한 업무협약 체결\n\n"
        "누리통신, 홍길동 기자, 2019-09-06 12:54\n"
        "누리통신-▲가람군농업기술센터가 별빛공사 가람지사와 업무 협약을 체결했다. (가람군)\n"
        "▲가람군농업기술센터가 별빛공사 가람지사와 업무 협약을 체결했다. (가람군)\n\n"
        "(충남=누리통신) 홍길동 기자 = 가람군농업기술센터는 별빛공사 가람지사와 농업 발전을 "
        "위해 협력하기로 했다.\n"
    )
    got = names(page)
    assert "가람군농업기술센터" in got and not any("통신" in n for n in got), got


def test_a_limited_companys_legal_form_closes_a_listed_name() -> None:
    # `…업체인 A(유), …업체인 ㈜B와 투자협약이 체결됐다`: `(유)` (유한회사) is a legal form like `(주)`
    page = (
        "24일 누리도청 도정회의실에서 홍길동 도지사와 김누리 가람군수가 참여한 가운데 "
        "자동차 부품 생산 업체인 별빛피디에스(유), 식품 생산 업체인 ㈜가온빛과 투자협약이 "
        "체결됐다.\n"
        "누리도와 가람군은 현지 공장을 오가며 지원을 약속했다.\n"
    )
    got = {p.name: p.aliases for p in parties(page)}
    assert "별빛피디에스" in got.get("별빛피디에스(유)", []), got


def test_a_branch_for_two_places_keeps_its_dotted_name() -> None:
    # `가람공사 누리ㆍ별빛지사`: one branch of 가람공사 serving two places, not `별빛지사` alone
    page = (
        "가람군, 가람공사 누리ㆍ별빛지사 지부 출범\n\n"
        "또한, 가람군과 가람공사 누리ㆍ별빛지사는 상생발전 협약을 체결하고, 농어업 발전을 위해 "
        "양 기관이 적극 협력해 나가기로 약속했다.\n"
    )
    got = names(page)
    assert "가람공사 누리ㆍ별빛지사" in got and "별빛지사" not in got, got


def test_verbs_dotted_in_a_clause_before_the_subject_are_no_body() -> None:
    # `가람샘물을 생산·판매하는 A는`: the `·` joins two verbs of the clause describing A
    page = (
        "가람샘물을 생산·판매하는 가람개발공사는 어제(11일) 본사 대회의실에서 사단법인 "
        "누리소공인협회와 ‘상생협력을 위한 업무협약’을 체결했습니다.\n"
        "두 기관은 기술을 공유하기로 했습니다.\n"
    )
    got = names(page)
    assert "생산" not in got and "가람개발공사" in got, got


def test_a_day_word_between_the_subject_and_its_partner_opens_no_name() -> None:
    # `A는 이날 B와 업무협약을 체결했다고 밝혔다`: `이날` is the day, B the partner
    page = (
        "[서울=누리뉴스] 홍길동 기자 =가람연합회는 이날 누리본부와 업무협약을 체결했다고 "
        "21일 밝혔다.\n"
        "이번 협약은 공동의 목적으로 마련됐다.\n"
    )
    assert sorted(names(page)) == sorted(["가람연합회", "누리본부"])


def test_a_bracket_placing_a_venue_is_no_head() -> None:
    # `…23개소와 C(가람동 소재)에서 … 협약을 체결했다`: `가람동 소재` is where C is, not its head,
    # so C, the venue, is not read as a side introduced with its head
    page = (
        "(가람=홍길동 기자) 가람시 누리돌봄센터(센터장 김누리)는 9일 가람지역아동센터연합회"
        "(회장 박별빛) 소속 지역아동센터 23개소와 한빛지역아동센터(가람동 소재)에서 "
        "복지사각지대 상호협력을 위한 업무협약을 체결했다.\n"
        "이번 협약으로 위기가구 발굴에 기여할 수 있게 됐다.\n"
    )
    got = names(page)
    assert "한빛지역아동센터" not in got, got


def test_kind_words_signing_are_the_bodies_a_looser_lead_named() -> None:
    # `A복지관과 B연합회가 손을 맞잡았다.` then `복지관과 연합회는 … 협약을 체결했다`: the kind
    # words stand for the two bodies the lead named
    page = (
        "가람복지관(관장 홍길동)과 누리군 아동센터연합회(회장 김누리)가 아동의 건강한 성장을 "
        "지원하기 위해 손을 맞잡았다.\n\n"
        "복지관과 연합회는 가람복지관 강당에서 인적, 물적 지원을 위한 공동협약을 체결했다고 "
        "17일 밝혔다.\n\n"
        "두 기관은 협력관계를 구축할 것을 약속했다.\n"
    )
    got = names(page)
    assert "가람복지관" in got and any(n.endswith("아동센터연합회") for n in got), got


def test_a_first_side_with_a_former_name_and_head_in_its_bracket() -> None:
    # `…로 이름난 A(구 B, 병원장 C)과 …에 위치한 D이 … 체결했다`: the bracket's comma and the
    # description before A keep neither side from being read
    page = (
        "척추·관절로 이름난 가람병원(구 누리정형외과병원, 병원장 홍길동)과 누리도 별빛시에 위치한 "
        "한빛의료재단 별빛병원이 지난 16일 별빛병원 회의실에서 의료협약 양해각서를 체결했다.\n"
        "양 병원은 진료 의뢰 체계를 갖추기로 했다.\n"
    )
    assert sorted(names(page)) == sorted(["가람병원", "한빛의료재단 별빛병원"])


def test_a_registers_agreement_field_names_the_signers() -> None:
    # a board listing agreements: `체결기관 A-25개 자치구` (the count of unnamed bodies left out)
    page = (
        "주메뉴바로가기 본문바로가기\n\n행정정보\n\n업무협약 체결현황\n\n"
        "기타 가람교육협력지구 업무 협약\n\n"
        "  • 담당부서 학생지원담당관\n"
        "  • 체결일자 2025-12-31\n"
        "  • 체결기관 가람시교육청-25개 자치구\n"
        "  • 체결내용 교육협력사업 운영\n"
        "가람시교육청-25개 자치구 교육협력을 위한 업무 협약\n\n"
        "과제1. 지역 특화사업 운영\n"
    )
    assert names(page) == ["가람시교육청"]


def test_agreement_bodies_in_a_sentence_are_no_register_field() -> None:
    # `협약기관 간 교류`: the words open no field line
    page = (
        "가람시, 누리재단과 협약\n\n"
        "가람시는 3일 누리재단과 업무협약을 체결했다.\n"
        "주요 내용은 ▲협약기관 간 교류 ▲정보 공유 등이다.\n"
    )
    assert sorted(names(page)) == sorted(["가람시", "누리재단"])


def test_officers_listed_after_a_bare_titled_head_are_no_bodies() -> None:
    # `협약식에는 홍길동 총장을 비롯한 A 입학처장, B 기획처장 등이 참석했다`: one university's
    # own officers; their offices are no parties
    page = (
        "두 대학은 6일 누리대학 본관에서 ‘상호업무 교류협력을 위한 협약식’을 가졌다.\n"
        "협약식에는 홍길동 총장을 비롯한 김가람 부총장, 박누리 입학처장, 이별빛 "
        "홍보대외협력처장 등이 참석했다.\n"
        "두 대학은 학생 교류를 늘리기로 했다.\n"
    )
    got = names(page)
    assert "입학처" not in got and "홍보대외협력처" not in got, got


def test_a_bracket_inside_the_heads_bracket_stays_out_of_the_name() -> None:
    # `A(이사장 홍길동(가람구청장))이`: the ex officio post in a bracket inside the head's
    page = (
        "가람구 가람문화재단(이사장 홍길동(가람구청장))이 지난 17일 구청에서 누리대학교"
        "(총장 김누리), 별빛대학교(총장 이별빛)와 「독서문화 확산을 위한 업무협약」을 체결했다.\n"
        "각 기관은 자원을 교류하기로 했다.\n"
    )
    got = names(page)
    assert "가람문화재단" in got and not any("(" in n for n in got), got


def test_the_body_visited_to_sign_is_the_partner() -> None:
    # `A는 … B를 방문해 양해각서를 체결했다`: no `와`; the visit names the other side
    page = (
        "[가람=누리뉴스] 홍길동 기자 = 가람시의회는 김누리 의장을 비롯한 방문단이 지난 15일 "
        "별빛성 인민의회를 방문해 양해각서를 체결했다고 16일 밝혔다.\n"
        "양측은 교류를 넓히기로 했다.\n"
    )
    assert sorted(names(page)) == sorted(["가람시의회", "별빛성 인민의회"])


def test_words_dotted_before_a_kind_of_body_are_no_body() -> None:
    # `국방·벤처 기업 등 5개 기업과`: `국방` qualifies the kind with `벤처`, it names no body
    page = (
        "[ 누리저널 홍길동 기자 ] 가람시가 27일 중 회의실에서 국방·벤처 기업 등 5개 기업과 "
        "클러스터 조성을 위한 투자 업무 협약을 체결했다.\n\n"
        "이날 협약 기업의 설비 투자 규모는 270억원에 이를 것으로 추정된다.\n"
    )
    assert "국방" not in names(page)


def test_a_passive_signing_names_its_sides_before_the_agreement() -> None:
    # `A와 B, C 간 투자협약이 체결됐다`, `A와 B의 투자협약 체결식이 열렸다`: the agreement is
    # the subject; the sides are the phrase before it
    between = (
        "가람시와 별빛테크㈜, ㈜누리식품 간 투자협약이 24일 체결됐다.\n양측은 공장을 짓기로 했다.\n"
    )
    assert sorted(names(between)) == sorted(["가람시", "별빛테크㈜", "㈜누리식품"])
    ceremony = (
        "가람시와 별빛테크㈜의 투자협약 체결식이 24일 가람시청에서 열렸다.\n"
        "양측은 공장을 짓기로 했다.\n"
    )
    assert sorted(names(ceremony)) == sorted(["가람시", "별빛테크㈜"])


def test_a_passive_signing_amid_the_hosts_heads_names_both_firms() -> None:
    # `… 홍길동 도지사와 김누리 가람군수가 참여한 가운데 A, B과 투자협약이 체결됐다`: the
    # firms before the agreement, the county whose head attended
    page = (
        "24일 도청 회의실에서 홍길동 도지사와 김누리 가람군수가 참여한 가운데 별빛테크㈜, "
        "㈜누리식품과 투자협약이 체결됐다.\n"
        "두 기업은 공장을 짓기로 했다.\n"
    )
    got = names(page)
    assert "별빛테크㈜" in got and "㈜누리식품" in got and "가람군" in got, got


def test_a_company_written_with_its_legal_mark_last_takes_the_topic_marker() -> None:
    # `…협력사인 A㈜는 …인 ㈜B과 협약을 맺어`: `㈜는`, `㈜가` mark the subject like any name
    topic = (
        "전자분야에서 대기업 협력사인 별빛테크㈜는 2차 협력사인 ㈜누리케미칼과 협약을 맺어 "
        "공정거래를 보장하기로 했다.\n양사는 협력하기로 했다.\n"
    )
    assert sorted(names(topic)) == sorted(["별빛테크㈜", "㈜누리케미칼"])
    subject = "별빛테크㈜가 24일 누리시와 투자협약을 체결했다.\n양측은 협력하기로 했다.\n"
    assert sorted(names(subject)) == sorted(["별빛테크㈜", "누리시"])


def test_a_quoted_ceremony_between_two_sides_names_both() -> None:
    # `지난 9일, A와 (주)B 간의 ‘… 협약 체결식’이 본관에서 열렸다`: the noun closes the quote
    page = (
        "지난 9일, 우리학교와 (주)별빛모터스 간의 ‘산학협력단 가족회사제 협약 체결식’이 본관 "
        "중회의실에서 열렸다.\n이날 체결식에는 총장이 참석했다.\n"
    )
    got = names(page)
    assert "(주)별빛모터스" in got and "우리학교" in got, got
