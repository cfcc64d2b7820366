"""Speaker lines that name a body between the person and the title (`NAME BODY TITLE은 “…`), and
a named speaker whose title ends in no common title syllable (snippets written for these tests):
the person speaks, never the body word and never the speaker of the paragraph before."""

from __future__ import annotations

from structure_helpers import run

_SIGNING = (
    "가람시와 누리재단은 7일 시청에서 상생협력 업무협약을 체결했다.\n"
    "양 기관은 지역 관광 홍보에 협력하기로 했다.\n"
)


def test_a_province_written_short_between_name_and_title() -> None:
    text = _SIGNING + (
        "김대인 경남도 투자유치과장은 “투자 기업이 잘 정착하도록 끝까지 돕겠다”고 말했다.\n"
    )
    assert [(q.speaker, q.title) for q in run(text).quotes] == [("김대인", "투자유치과장")]


def test_a_county_with_its_unit_between_name_and_title() -> None:
    text = _SIGNING + (
        "박정도 단양군 관광과장은 “관광객이 늘어나는 좋은 기회가 될 것으로 기대한다”고 밝혔다.\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["박정도"]


def test_the_kind_word_a_party_name_ends_with_is_that_party() -> None:
    text = (
        "누리마리나호텔과 별빛관광재단은 7일 상호협력 업무협약을 체결했다.\n"
        "최정원 호텔 총괄본부장은 “두 기관의 협력이 지역사회 전체에 큰 이익을 가져올 것”"
        "이라고 말했다.\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.org) for q in quotes] == [("최정원", "누리마리나호텔")]


def test_an_adviser_after_another_speaker_speaks_for_himself() -> None:
    text = _SIGNING + (
        "박누리 가람시장은 인사말을 통해 “지역 관광이 한 단계 도약할 것이다.”며 "
        "“함께 노력해 주길 부탁드린다.”고 전했다.\n\n"
        "고인영 고문에 축사도 이어졌다. 고인영 고문은 “재단도 적극적으로 돕겠다. 함께 "
        "하겠다.”며 “지역과 함께 성장하겠다.”고 전했다.\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["박누리", "고인영"]


def test_a_new_name_with_an_unread_title_is_never_the_previous_speaker() -> None:
    text = _SIGNING + (
        "박누리 가람시장은 “지역 관광이 한 단계 도약하는 계기가 될 것”이라고 말했다.\n"
        "나가온 멘토는 “지역을 알리는 데 힘을 보태겠다”며 “많은 관심을 부탁드린다”고 전했다.\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["박누리"]
    # (the pronoun still carries the previous speaker)
    text = text.replace("나가온 멘토는", "그는")
    assert [q.speaker for q in run(text).quotes] == ["박누리", "박누리"]


def test_a_word_for_the_person_before_the_name_is_not_the_speaker() -> None:
    text = _SIGNING + (
        "박누리 가람시장은 “지역 관광이 한 단계 도약하는 계기가 될 것”이라고 말했다.\n"
        "행사에 참석한 주민 김가온(62) 씨는 “마을에 활기가 돌 것 같아 기쁘다”고 말했다.\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["박누리", "김가온"]


def test_the_quotative_ending_before_the_next_speaker_is_no_name() -> None:
    text = _SIGNING + (
        "박누리 가람시장은 “지역 관광이 도약하는 계기가 될 것”이라고 말했고, 최가온 누리재단 "
        "이사장은 “재단도 적극적으로 돕겠다”고 화답했다.\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["박누리", "최가온"]


def test_a_quotation_that_lost_its_closing_mark_before_the_quotative() -> None:
    text = _SIGNING + (
        "협약식에는 누리재단 최가온 본부장이 참석했으며 최가온 본부장은 관광 회복을 위해 공동 "
        "노력이 필요하다며, “이번 협약은 지역 관광 활성화를 위한 소중한 계기가 될 것이라고 "
        "밝혔다.\n"
    )
    quotes = run(text).quotes
    assert [q.speaker for q in quotes] == ["최가온"]
    assert quotes[0].text.endswith("계기가 될 것")
    # (reported words run on past a quotative inside: no lost mark, no quotation)
    reported = _SIGNING + (
        "시는 “지난해 먼저 교류를 제안한 뒤 이번 협약에 이르게 됐다고 밝힌 뒤 실무 협의를 "
        "진행해왔다고 덧붙였다.\n양 기관은 다음 달 실무협의회를 연다.\n"
    )
    assert run(reported).quotes == []
