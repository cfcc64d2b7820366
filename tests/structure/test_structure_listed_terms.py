"""Terms listed in forms seen on real pages: semicolon lists in English, `A, B에 대해 협력한다`,
`agreed Friday to`, `vowed to`, `According to the agreement, they are going to …`."""

from __future__ import annotations

from structure_helpers import run

EN_SIGNED = (
    "SEOUL, May 2 (Wire) -- Haeul Motor Co. and Deulbit Energy Corp. signed an MOU on Friday.\n\n"
)


def texts(text: str) -> list[str]:
    return [c.text for c in run(text).commitments]


def test_semicolon_list_after_a_colon() -> None:
    text = EN_SIGNED + (
        "According to the agreement, they are going to cooperate for: design of pilot depots; "
        "joint testing of fuel cells, batteries and tanks; training of drivers; and operation of "
        "a shared data hub.\n"
    )
    assert texts(text) == [
        "design of pilot depots",
        "joint testing of fuel cells, batteries and tanks",
        "training of drivers",
        "operation of a shared data hub",
    ]


def test_semicolon_list_after_including() -> None:
    text = EN_SIGNED + (
        "The memorandum of agreement proposes a framework in several areas, including regular "
        "staff visits, such as short secondments; exchange of market data, through quarterly "
        "meetings; and co-financing of export deals.\n"
    )
    assert texts(text) == [
        "regular staff visits, such as short secondments",
        "exchange of market data, through quarterly meetings",
        "co-financing of export deals",
    ]


def test_a_comma_list_is_still_cut_at_its_verbs() -> None:
    text = EN_SIGNED + "The two companies will build depots, test trucks; and share data.\n"
    assert len(texts(text)) >= 2  # fewer than two semicolons: the comma rules apply


def test_vowed_to_and_a_later_pledge_of_its_own() -> None:
    text = EN_SIGNED + (
        "Under the MOU, the two sides also vowed to expand joint battery research.\n"
        "During talks on Friday, the two sides also pledged to cut emissions at their plants.\n"
        "They also plan to hold a yearly review meeting.\n"
    )
    assert texts(text) == [
        "expand joint battery research",
        "cut emissions at their plants",
        "hold a yearly review meeting",
    ]


def test_agreed_with_a_weekday_between() -> None:
    text = (
        EN_SIGNED + "Haeul and Deulbit agreed Friday to share data, train staff and hold drills.\n"
    )
    assert texts(text) == ["share data", "train staff", "hold drills"]


SIGNED = "해울시와 들빛군은 이번 협약을 통해 5개 분야의 업무 협약을 맺었다.\n"


def test_korean_list_closed_by_e_daehae() -> None:
    text = SIGNED + "농산물 직거래 확대, 청소년 캠프 공동 운영, 축제 상호 방문에 대해 협력한다.\n"
    assert texts(text) == ["농산물 직거래 확대", "청소년 캠프 공동 운영", "축제 상호 방문"]


def test_korean_list_with_etc_and_sangho_hyeomnyeok() -> None:
    text = SIGNED + "농산물 직거래 확대, 청소년 캠프 공동 운영 등에 상호 협력한다.\n"
    assert texts(text) == ["농산물 직거래 확대", "청소년 캠프 공동 운영"]


def test_one_partys_present_tense_is_no_list_pledge() -> None:
    # a description of what one party does (no list closed by 등/에 대해) is not a term
    text = SIGNED + "해울시는 매년 축제를 열고, 들빛군은 농산물을 재배한다.\n"
    assert texts(text) == []


def test_a_hope_in_the_run_is_no_term() -> None:
    text = SIGNED + (
        "양 기관은 농산물 직거래 확대, 청소년 캠프 공동 운영 등을 상호 협력한다.\n"
        "양 기관은 이번 협약이 지역 상생의 계기가 될 것으로 기대하고 있으며, 축제 교류도 "
        "함께 추진하기로 했다.\n"
    )
    got = texts(text)
    assert "농산물 직거래 확대" in got
    assert not any("기대" in t for t in got)


def test_stated_and_told_introduce_an_english_quote() -> None:
    text = EN_SIGNED + (
        '"This deal will help our drivers," Mina Park told reporters at the signing.\n'
        '"We expect cleaner depots by next year," stated Joon Lee, head of Deulbit Energy.\n'
    )
    got = [(q.speaker, q.text[:9]) for q in run(text).quotes]
    assert ("Mina Park", "This deal") in got
    assert ("Joon Lee", "We expect") in got


def test_the_person_before_of_speaks_not_the_body() -> None:
    text = EN_SIGNED + (
        'President Mina Park of Haeul Motor Company stated, "This deal will help our drivers a lot."\n'
    )
    speakers = [q.speaker for q in run(text).quotes]
    assert speakers and "Mina Park" in (speakers[0] or "")
