"""Parties ranked by the evidence a whole page gives (session 26): forms of real pages, each
seen on two sites, reproduced with invented bodies."""

from __future__ import annotations

from structure_helpers import names


def test_lead_taken_for_title_with_a_photo_note_before_its_full_stop() -> None:
    # `…협약(MOU)를 체결했다(사진).` as the page's first line: the lead, read as the story
    page = (
        "가람시 누리군은 21일 별빛농협지역본부 및 (사)한빛모임 가람시지회와 농업인 소득향상을 "
        "위한 협약(MOU)를 체결했다(사진).\n"
        "이 협약에 따라 농협은 홍보에 적극 협력할 계획이다.\n"
    )
    assert sorted(names(page)) == sorted(
        ["가람시 누리군", "별빛농협지역본부", "(사)한빛모임 가람시지회"]
    )


def test_a_signatory_written_with_person_and_title_gives_the_body() -> None:
    # `김누리 별빛사령부 사령관은 "자매결연을 …"`: the commander's unit, not the commander
    page = (
        "가람농협·별빛사령부, 지역 농업 발전에 협력\n\n"
        "두 기관은 이를 위해 최근 별빛사령부에서 자매결연을 했다.\n"
        "가람농협은 자매결연과 더불어 별빛사령부에 격려금도 전달했다.\n"
        '김누리 별빛사령부 사령관은 "자매결연을 계기로 교류와 협력이 이뤄지도록 노력하겠다"고 '
        "말했다.\n"
    )
    got = names(page)
    assert "별빛사령부" in got and not any("김누리" in n for n in got), got


def test_a_ceo_name_ending_like_a_particle_is_cut_from_the_body() -> None:
    # `㈜별빛테크 김가람이 대표`: the person's last syllable is no particle of the body
    page = (
        "가람군, 2개 기업과 투자협약\n\n"
        "지난 19일 군수실에서 홍길동 가람군수, ㈜별빛테크 김가람이 대표, 누리산업(주) 박누리 "
        "대표 등이 참석한 가운데 투자협약(MOU)을 체결했다.\n"
        "이날 협약으로 ㈜별빛테크는 가람산업단지에 공장을 짓는다.\n"
    )
    got = names(page)
    assert "㈜별빛테크" in got and "㈜별빛테크 김가람" not in got, got


def test_a_page_with_no_agreement_gives_no_body_known_by_its_heads_title() -> None:
    page = (
        "가람시 지역문화 발전 기여 공로자 표창\n\n"
        "가람문화원은 10월 13일 가람아트홀에서 문화의 날 기념식을 개최했다.\n"
        "기념식에서는 가람시 지역문화 발전에 기여한 공로자에게 표창했다. 수상자는 ▲가람문화원장 "
        "표창에 김누리 주무관 ▲가람시장 표창에 박별빛 작가 등이다.\n"
        "이한빛 가람문화원장은 기념사에서 감사의 뜻을 전했다.\n"
    )
    assert "가람시" not in names(page)


def test_a_persons_title_is_no_side() -> None:
    # a university's page on how its agreements are made: no agreement, and a title is no body
    page = (
        "- Overview\n"
        "- Memorandum of Understanding (MOU) refers to an explicit agreement between two "
        "universities (or institutions) to define basic principles of exchange.\n"
        "MOU Procedure\n-\n- STEP. 01\n- Conclusion of an Agreement\n"
        "Conclusion of an agreement is signed by the President in principle. Under delegation "
        "of the President, Dean of Graduate School and College, Director of Research Institutes "
        "may also conclude an agreement.\n"
    )
    got = names(page)
    assert not {"President", "Dean of Graduate School and College"} & set(got), got


def test_a_menu_word_above_the_title_named_nowhere_in_the_story_is_no_side() -> None:
    page = (
        "본문으로 바로가기 주 메뉴 바로가기\n\n"
        "가람 라이브\n\n"
        "언론보도\n\n"
        "글자크기 글자 크게 글자 작게 인쇄\n\n"
        "[보도자료] 가람공사-누리대학교 업무협약 체결\n\n"
        "  • 작성자운영관리자\n"
        "가람공사-누리대학교 업무협약 체결\n\n"
        "- 가람 문화 분야 진흥을 위한 상호 협력 -\n\n"
        "□ 가람공사(사장 홍길동)는 18일 누리대학교(총장 김누리)와 상호협력 업무협약을 체결했다.\n"
        " ㅇ 이번 협약으로 양 기관은 인재 양성에 협력한다.\n"
    )
    assert sorted(names(page)) == ["가람공사", "누리대학교"]


def test_an_english_headline_names_the_sides_a_story_calls_the_two_institutions() -> None:
    page = (
        " date 2024-11-27  Nuri University signs MOU with Garamland's Haneul College\n"
        "Published: 27 Nov. 2024, 18:03\n\n"
        "Nuri University aims to expand its global network through a partnership, the "
        "university said Wednesday.\n\n"
        "The two institutions signed a memorandum of understanding (MOU) on Wednesday at the "
        "college's campus.\n\n"
        "As part of the MOU, the universities plan to exchange professors and students.\n"
    )
    assert sorted(names(page)) == ["Haneul College", "Nuri University"]


def test_a_roster_after_the_verb_hyeopyakhada_names_the_signers() -> None:
    page = (
        "화재 예방과 응급 대응 역량을 강화하기 위해서다.\n"
        "협약한 병원은 별빛병원, 누리요양병원, 가람병원, 한빛병원 등 4곳이다.\n"
        "주요 내용은 ▲소방훈련 제공 ▲안전관리 컨설팅 지원 등이다.\n"
    )
    assert sorted(names(page)) == sorted(["별빛병원", "누리요양병원", "가람병원", "한빛병원"])


def test_a_dateline_in_lenticular_brackets_opens_no_name() -> None:
    page = (
        "【가람=누리일보】 가람시 공보실과 별빛구 공보실이 홍보 교류 협약을 맺고 포즈를 취했다.\n"
        "[가람=누리일보] 홍길동 기자 = 가람시와 별빛구가 홍보교류를 위해 손을 잡았다.\n"
        "가람시는 26일 가람시청 소회의실에서 가람시와 별빛구의 홍보교류 업무협약을 체결했다.\n"
    )
    assert not any("】" in n for n in names(page)), names(page)


def test_a_headline_counting_its_partners_takes_the_list_holding_the_one_it_names() -> None:
    page = (
        "가람도, (주) 별빛 등 3개사와 투자협약\n"
        "29일 가람도에 따르면 도청 종합상황실에서 별빛, 누리화학, 한빛기계 등 자동차 부품 "
        "생산기업과 고용창출을 위한 투자 협약식을 가졌다.\n"
        "이날 협약식 자리에서 홍길동 지사는 “적극 돕겠다”고 말했다.\n"
    )
    got = names(page)
    assert {"별빛", "누리화학", "한빛기계"} <= set(got), got


def test_a_counted_partner_with_an_ampersand_in_its_name_is_read_whole() -> None:
    page = (
        "가람군은 10일 군청에서 3개 업체와 투자협약을 체결했다.\n"
        "이번에 협약을 맺은 누리S&F영농조합은 500억원을 투자해 가공시설을 신축할 계획이며, "
        "별빛목재(주)는 50억원을 투자한다. 또 (주)한빛식품은 20억원을 투자한다.\n"
    )
    got = names(page)
    assert "F영농조합" not in got and "누리S&F영농조합" in got, got


def test_an_english_name_ends_at_its_sentences_full_stop() -> None:
    page = (
        "Secretary Doe Signs MOU While on Trade Mission\n\n"
        "GARAMTOWN, GL – Garamland Secretary of State Jane Doe, participating on behalf of "
        "Governor John Roe, today signed a Memorandum of Understanding to establish a "
        "sister-state relationship between the State of Garamland and the South Korean province "
        "of Nuri-do. The agreement – which aims to promote trade – expands upon an existing "
        "relationship between Nuri-do and Haneul County.\n"
    )
    got = names(page)
    assert not any(n.endswith(". The") for n in got), got


def test_a_headline_pairing_two_partners_gives_those_the_story_names_again() -> None:
    page = (
        "별빛테크·누리이앤씨와 맞손...신규 일자리 180개 전망\n"
        "[가람=누리일보] 홍길동 기자 = 가람시는 첨단 산업기술을 보유한 유망기업 2곳으로부터 "
        "1230억 원 규모 투자협약을 체결했다고 29일 밝혔다.\n"
        "이번 협약식은 김가람 가람시장과 첨단기술을 보유한 별빛테크, 누리이앤씨 기업 대표 "
        "등이 참석한 가운데 진행됐다.\n"
    )
    got = names(page)
    assert {"별빛테크", "누리이앤씨"} <= set(got), got
