"""Party forms of real pages held out until session 26's second round, each a general form of
Korean or English (or seen on a second site), reproduced with invented bodies."""

from __future__ import annotations

from structure_helpers import names


def test_a_second_object_visited_each_signed_too() -> None:
    # `A는 B과 C를 각각 방문해 협약을 체결했다`: 각각 spreads the signing over both objects
    page = (
        "가람소방서, 응급환자 이송 협력 강화\n\n"
        "가람소방서는 지난 9일 관내 응급의료기관인 누리병원과 별빛병원을 각각 방문해 "
        "이송체계 강화를 위한 업무협약을 체결했다.\n"
        "양 기관은 정보를 공유하기로 했다.\n"
    )
    assert sorted(names(page)) == sorted(["가람소방서", "누리병원", "별빛병원"])


def test_a_body_before_its_heads_bare_title_is_the_body() -> None:
    # `B 지부장과`: the head named by the title alone (no person); the body is B
    page = (
        "가람시, 기술 보호 협력\n\n"
        "홍길동 가람시장은 1일 누리도청에서 김누리 누리도지사, 별빛정보원 지부장과 "
        "기술 보호 강화를 위한 업무협약을 체결했다.\n"
        "세 기관은 협의체를 구성하기로 했다.\n"
    )
    assert sorted(names(page)) == sorted(["가람시", "누리도", "별빛정보원"])


def test_a_quoted_name_before_its_heads_bracket_loses_its_closing_quote() -> None:
    # `‘B㈜’(대표 홍길동)와`: the quote closes before the bracket; the name keeps no mark of it
    page = (
        "가람대학교, 데이터 기업과 협력\n\n"
        "가람대학교(총장 홍길동)는 지난 28일 대학본부에서 ‘별빛시닝㈜’(대표 김누리)와 "
        "상호 협력을 위한 업무협약(MOU)을 체결했다고 밝혔다.\n"
        "별빛시닝은 서비스 운영을 담당한다.\n"
    )
    got = names(page)
    assert "별빛시닝㈜" in got and not any("’" in n for n in got), got


def test_a_dotted_name_with_its_short_name_after_it_is_one_body() -> None:
    # `대·중소기업·농어업 B재단(C재단)과`: the bracket follows the whole dotted name
    page = (
        "(가람=누리뉴스) 홍길동 기자 = 대·중소기업·농어업별빛재단(별빛재단)과 "
        "누리진흥재단은 16일 별빛재단 대회의실에서 업무협약(MOU)을 체결했다고 밝혔다.\n"
        "양 기관은 특구기업을 돕기로 했다.\n"
    )
    got = names(page)
    assert "대·중소기업·농어업별빛재단" in got and "대·중소기업" not in got, got


def test_a_dashed_headline_pair_names_the_side_the_story_leaves_out() -> None:
    # `A–B, … 업무협약 체결` over a story that names A only (`양 기관은 …`): both, doubted
    page = (
        "가람소방서–누리병원, 중증 응급환자 신속 대응 협력을 위한 업무협약 체결\n"
        "홍길동 기자\n"
        "이번 협약은 응급환자의 생존율을 높이기 위해 마련됐다.\n"
        "양 기관은 이번 협약을 통해 정보를 공유하기로 했다.\n"
        "김누리 가람소방서장은 “병원과의 협력 체계를 공고히 하겠다”라고 말했다.\n"
    )
    assert sorted(names(page)) == sorted(["가람소방서", "누리병원"])


def test_a_wire_dateline_in_capitals_is_no_party_and_namely_names_the_sides() -> None:
    # `CITY (Agency) — Authorities of the two cities, namely A and B, on Thursday signed`
    page = (
        "Capitals agree to share experience\n\n"
        " date 2019-05 GARAMBURG (Nuri News) — Authorities of the two capital cities, namely "
        "Garamburg and Nurisan, on Thursday signed a memorandum of cooperation, Mayor of "
        "Garamburg Ivan Petrov said.\n\n"
        "The two will share experience.\n"
    )
    assert names(page) == ["Garamburg", "Nurisan"]


def test_a_body_signing_jointly_with_the_subject_is_not_one_of_the_counted_partners() -> None:
    # `A는 B와 공동으로 … 5개사와 협약`: A and B, then five firms named one by one below
    page = (
        "가람시, 5개사와 기술지원 협약\n\n"
        "가람시는 가람벤처센터와 공동으로 신규협약기업 5개사와 기술지원 협약을 체결했다고 "
        "23일 밝혔다.\n\n"
        "이번에 협약한 별빛테크(대표 김가람)와 누리소재(대표 박누리)는 소재기술을 보유하고 있다.\n\n"
        "또 한빛랩(대표 이한빛)은 메타버스 기술이 있고, 다온텍(대표 최다온)과 "
        "새롬전자(대표 정새롬)는 통신 제품을 생산한다.\n"
    )
    got = names(page)
    assert len(got) == 7 and "새롬전자" in got, got


def test_a_counted_subject_is_no_side_and_the_heads_attending_name_the_bodies() -> None:
    # `우리 대학을 비롯한 지역 5개 대학이 … 체결했다`: a count, no side; the heads at the
    # ceremony name the five (the host as `우리 대학`, our university)
    page = (
        "‘누리권 대학 발전협의회’ 업무협약 체결\n"
        "우리 대학을 비롯한 지역 5개 대학이 ‘누리권 대학 발전협의회’ 구성을 위한 협약을 "
        "체결했다.\n"
        "30일 우리 대학 본관 7층 중회의실에서 열린 협약식에는 홍길동 우리 대학 총장을 비롯해 "
        "김가람 가람보건대 총장, 박누리 누리대 총장, 이별빛 별빛대 총장, 최한빛 한빛예술대 "
        "총장이 참석했다.\n"
        "이들 5개 대학은 이번 협약을 바탕으로 상호 협력하기로 했다.\n"
    )
    assert names(page) == ["우리 대학", "가람보건대", "누리대", "별빛대", "한빛예술대"]


def test_a_page_reporting_no_signing_names_no_body_by_its_heads_title() -> None:
    # an award ceremony's announcement: the organiser and its chairman, no agreement at all
    page = (
        "12월 29일 가람도서관 누리홀\n"
        "‘별빛인물대상’ 함께 열려\n"
        "누리기자연합회(회장: 홍길동)는 ‘2023 별빛인물대상 시상식’이 오는 12월 29일(금) 오후 "
        "3시부터 가람도서관 누리홀에서 개최된다고 5일 밝혔다.\n"
        "올해로 11회째를 맞는 시상식은 각 분야의 인물을 발굴해 시상하는 행사이다.\n"
        "누리기자연합회 홍길동 회장은 “묵묵히 일하는 분들을 찾겠다”고 말했다.\n"
    )
    assert names(page) == []


def test_the_last_head_before_the_people_around_them_names_a_body() -> None:
    # `… C 조합장 등 관계자들이 참석한 가운데 협약을 체결했다`: C's body is the third side
    page = (
        "가람군-농협군지부-가람농협 상생 협약\n\n"
        "농협 가람군지부는 지난 27일 오후 가람군청 군정회의실에서 홍길동 가람군수와 김누리 농협 "
        "가람군지부장, 박별빛 가람군농협 조합장 등 관계자들이 참석한 가운데 업무협약을 "
        "체결했다고 28일 밝혔다.\n"
        "이들은 협약을 통해 농가소득 증대를 추진하기로 약속했다.\n"
    )
    assert sorted(names(page)) == sorted(["농협 가람군지부", "가람군", "가람군농협"])


def test_an_english_partner_named_as_a_head_is_the_body_he_heads() -> None:
    # `with D E, Governor of F`: F signs, not its governor (nor the title read alone)
    page = (
        "Garam and Nuri sister ties grow\n\n"
        "Garam Province Governor Kim Nuri signed a sisterhood action plan with Peter John Hale, "
        "Governor of Nuriland, USA, on the 30th of last month.\n\n"
        "The two will share experience.\n"
    )
    assert names(page) == ["Garam Province", "Nuriland"]


def test_an_english_body_before_a_title_of_another_body_stays_itself() -> None:
    # `with Garam Corp, Chairman of the Board Kim said`: a body, not a head, before the title
    page = (
        "Nuri and Garam team up\n\n"
        "Nuri University signed an agreement with Garam Corp, Chairman of the Board Kim said.\n\n"
        "The two will share research.\n"
    )
    got = names(page)
    assert len(got) == 2 and got[1].startswith("Garam") and not any("Board" in n for n in got), got
