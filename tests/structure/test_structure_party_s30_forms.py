"""Parties in the forms of s30's survey (invented snippets): a signing reading with a side that
names no body does not close the search, a foreign head read as person and body, a group said
before a side, a body written before its head's name, a second agreement at the same ceremony."""

from __future__ import annotations

from summarizer.extract import facts_record
from summarizer.structure.candidate import as_person


def _names(text: str) -> list[str]:
    rec = facts_record(text.encode("utf-8"), reference_date="2024-05-20")
    return [p.name for p in rec.structure.parties]


def test_a_generic_partner_gives_way_to_the_named_one() -> None:
    # the lead's `타 자치단체·기관들과` names no body; the next signing sentence names it
    text = (
        "[가람]가람군이 타 자치단체·기관들과 다양한 방식의 협약을 맺으며 발전을 꾀하고 있다.\n\n"
        "가람군은 22일 오후 군청 회의실에서 누리시와 우호교류 협약식을 체결했다.\n\n"
        "이번 협약을 통해 양 기관은 농특산물 직거래를 확대한다.\n"
    )
    assert _names(text) == ["가람군", "누리시"]


def test_a_kind_alone_gives_way_to_the_named_body() -> None:
    # `경찰이 … 협약을 맺었다` first, `가람경찰서는 … 체결` after: the named station
    text = (
        "경찰이 공동체 치안 강화를 위해 해병대전우회와 업무협약을 맺었다.\n"
        "가람경찰서는 5일 오후 해병대 전우회 가람구지회와 범죄예방 활동을 위한 "
        "업무협약을 체결했다고 밝혔다.\n"
    )
    assert _names(text) == ["가람경찰서", "해병대 전우회 가람구지회"]


def test_an_unnamed_side_stands_when_no_later_sentence_names_the_same_agreement() -> None:
    # the next signing names two other bodies: another agreement, not this one's sides
    text = (
        "경찰이 공동체 치안 강화를 위해 해병대전우회와 업무협약을 맺었다.\n"
        "한편 별빛소방서는 누리병원과 응급의료 협약을 체결했다.\n"
        "누리대학교는 5일 별빛재단과 장학 협약을 체결했다.\n"
    )
    names = _names(text)
    assert "누리대학교" not in names and "별빛재단" not in names
    assert "해병대전우회" in names


def test_a_foreign_head_in_two_name_words_gives_his_prefecture() -> None:
    assert as_person("이바라기 류타 누리현 지사") == ("누리현", "지사 이바라기 류타")
    assert as_person("이상철 우리 대학 총장") == ("우리 대학", "총장 이상철")  # a Korean name
    assert as_person("이바라기 류타 지사") is None  # a name and a title: no body


def test_a_governor_named_first_gives_way_to_the_prefecture() -> None:
    text = (
        "가람도-일본 누리현 우호교류 강화\n\n"
        "이바라기 류타 지사 등 누리현 대표단이 가람도와 협정 체결 15주년을 맞아 16일 가람을 "
        "찾았다.\n"
        "박하늘 가람지사, 이바라기 류타 누리현 지사는 가람도청에서 우호교류 강화 협정서에 "
        "서명했다.\n"
    )
    names = _names(text)
    assert "누리현" in names
    assert not any(n.endswith("지사") for n in names)


def test_the_group_said_before_a_side_is_cut() -> None:
    text = (
        "가람도가 일본 지방자치단체 가운데 누리현과 첫 자매결연을 맺었다.\n"
        "이날 체결식에는 오자키 마사나오 누리현 지사 등 대표단 40명이 참석했다.\n"
    )
    assert _names(text) == ["가람도", "누리현"]  # (the prefecture, no person `누리현`)


def test_a_body_written_before_its_heads_name() -> None:
    assert as_person("누리군 김하늘 군수") == ("누리군", "군수 김하늘")
    assert as_person("경남 누리군 김하늘 군수") == ("경남 누리군", "군수 김하늘")
    assert as_person("윤옥현 누리대 총장") == ("누리대", "총장 윤옥현")  # the person first


def test_the_sides_of_a_second_agreement_at_the_same_ceremony() -> None:
    text = (
        "가람도와 누리현은 20일 누리현청 회의실에서 자매결연 관계 강화 협정을 체결했다.\n"
        "특히 이날 박하늘 권한대행과 누리현지사가 참석한 가운데 가람도유도회와 "
        "누리현유도협회 간 파트너십 협정 체결식도 진행됐다.\n"
    )
    assert _names(text) == ["가람도", "누리현", "가람도유도회", "누리현유도협회"]


def test_a_second_agreement_listed_with_also() -> None:
    text = (
        "가람농협은 지난 27일 누리농협, 별빛농협과 자매결연 협약을 체결했다.\n"
        "또한 누리농협, 별빛농협, 농협가람지역본부 및 해울지역본부가 함께하는 공동사업 "
        "업무협약식도 체결, 사업을 함께 발굴하기로 했다.\n"
    )
    assert _names(text) == ["가람농협", "누리농협", "별빛농협", "농협가람지역본부", "해울지역본부"]


def test_an_agreement_told_also_on_another_day_adds_no_side() -> None:
    # `지난 7일 …, 5일에는 … 협약도 체결`: earlier signings, not this ceremony's
    text = (
        "가람군은 22일 군청에서 누리시와 우호교류 협약을 체결했다.\n"
        "또한 군은 지난 7일 별빛대와 업무 협약을 체결했으며, 5일에는 해울재단과 체험관광 "
        "협약도 체결했다.\n"
    )
    assert _names(text) == ["가람군", "누리시"]


def test_a_head_with_his_bare_title_signs_for_the_hall_hosting_the_signing() -> None:
    text = (
        "홍길동 시장, 누리군과 우호교류협약 체결\n\n"
        "홍길동 시장은 22일 오후 가람시청 간담회장에서 누리군 김하늘 군수와 만나 양 도시간 "
        "우호교류협약을 체결했다.\n"
    )
    assert sorted(_names(text)) == ["가람시", "누리군"]


def test_a_bare_title_with_another_kinds_hall_adds_nothing() -> None:
    # a mayor at a county's hall: the hall is not his town's
    text = (
        "가람군, 누리재단과 협약\n\n"
        "가람군은 22일 가람군청 회의실에서 홍길동 시장이 참석한 가운데 누리재단과 협약을 "
        "체결했다.\n"
    )
    assert _names(text) == ["가람군", "누리재단"]
