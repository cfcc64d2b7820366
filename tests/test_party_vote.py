"""Parties by agreement (structure/party_vote.py): names read wherever the signing sentences and
the title give them, and phrases that are no name dropped. Sentences written for these tests."""

from __future__ import annotations

from summarizer.structure.candidate import Cand
from summarizer.structure.lines import Mask
from summarizer.structure.party_repair import is_phrase, qualify, share_suffix
from summarizer.structure.party_vote import agreed_bodies, mentions, supplement
from summarizer.structure.party_words import bare, is_body


def test_bare_strips_particles_punctuation_and_brackets() -> None:
    assert bare("해울시와") == "해울시"
    assert bare("㈜누리테크,") == "㈜누리테크"
    assert bare("가람은행(은행장") == "가람은행"
    assert bare("한빛재단과의") == "한빛재단"


def test_is_body_by_form() -> None:
    for word in (
        "해울시",
        "누리군",
        "가람구",
        "한빛재단",
        "KIRA",
        "누리바이오",
        "경기도",
        "㈜다온",
    ):
        assert is_body(word), word
    for word in ("공동연구", "필요시", "MOU", "도시", "지역기관", "협력", "관계부처"):
        assert not is_body(word), word


def test_mentions_skip_the_venue_and_join_a_branch() -> None:
    text = "해울시는 가람은행 본점 회의실에서 한빛협회 누리지회와 협약을 체결했다."
    names = [n for n, _, _ in mentions(text, 0, len(text))]
    assert names == ["해울시", "한빛협회 누리지회"]


def test_a_name_in_the_title_and_the_signing_sentence_is_added() -> None:
    title = "해울시·누리바이오·다온제약 투자협약"
    text = title + "\n해울시는 10일 누리바이오, 다온제약과 투자협약을 체결했다고 밝혔다.\n"
    votes = agreed_bodies(text, Mask([]), title, len(title) + 1, few=False)
    assert [v.name for v in votes] == ["해울시", "누리바이오", "다온제약"]
    have = [Cand(name="해울시"), Cand(name="누리바이오")]
    assert [c.name for c in supplement(have, votes)] == ["다온제약"]


def test_a_name_only_in_the_body_is_not_added() -> None:
    title = "해울시, 누리바이오와 협약"
    text = title + "\n해울시는 누리바이오와 협약을 체결했다. 한빛재단과 협의도 한다.\n"
    votes = agreed_bodies(text, Mask([]), title, len(title) + 1, few=False)
    assert "한빛재단" not in [v.name for v in votes]


def test_phrases_are_no_parties() -> None:
    text = "홍길동 군수와 만났다. 고바다 가온대 총장도 왔다."
    for name in ("해울지역 3개 특급 호텔", "시장", "공사", "홍길동", "김철수 기자 | 누리도서관"):
        assert is_phrase(Cand(name=name), text), name
    for name in ("누리바이오", "한빛재단", "로완", "가온대"):
        assert not is_phrase(Cand(name=name), text), name
    assert not is_phrase(Cand(name="시장", aliases=["해울시장"]), text)


def test_a_list_shares_its_last_names_ending() -> None:
    sides = [Cand(name="해울"), Cand(name="누리"), Cand(name="다온경찰서")]
    share_suffix(
        sides, "해울(서장 홍길동)·누리(서장 김철수)·다온(서장 박영희)경찰서는 협약을 맺었다."
    )
    assert [(c.name, c.aliases) for c in sides] == [
        ("해울경찰서", ["해울"]),
        ("누리경찰서", ["누리"]),
        ("다온경찰서", []),
    ]


def test_a_name_answers_to_its_place() -> None:
    sides = [Cand(name="서울 해울구"), Cand(name="주민자치위원회"), Cand(name="누리재단")]
    text = "해울구는 가온동 주민자치위원회와 협약을 맺었다. 이에 따르면 누리재단은 돕는다."
    qualify(sides, text)
    assert [(c.name, c.aliases) for c in sides] == [
        ("서울 해울구", ["해울구"]),
        ("가온동 주민자치위원회", ["주민자치위원회"]),
        ("누리재단", []),
    ]


def test_a_side_the_title_lists_is_confirmed_by_any_mention_in_the_signing() -> None:
    title = "해울시협의회, 누리영농(주)과 공동협약 체결"
    text = title + "\n해울시협의회는 지난 12일 누리영농(주)에서 업무협약을 체결하였다.\n"
    votes = agreed_bodies(text, Mask([]), title, len(title) + 1, few=False)
    assert [v.name for v in votes] == ["해울시협의회", "누리영농㈜"]


def test_a_topic_word_in_the_title_needs_a_side_in_the_signing() -> None:
    title = "해울시, 누리공단과 전기화재 예방 협약"
    text = title + "\n해울시는 누리공단과 전기화재 예방을 위한 협약을 체결했다.\n"
    votes = agreed_bodies(text, Mask([]), title, len(title) + 1, few=False)
    assert "전기화재" not in [v.name for v in votes]


def test_the_bodies_whose_heads_sign() -> None:
    text = (
        "해울군과 누리은행 해울지점이 협약을 체결했다.\n"
        "이날 홍길동 군수와 김철수 가온농협 조합장, 박영희 다온농협 조합장은 협약서 서명 후 "
        "캠페인을 했다.\n"
    )
    votes = agreed_bodies(text, Mask([]), "", 0, few=False)
    assert [v.name for v in votes] == ["가온농협", "다온농협"]


def test_forms_that_are_no_body() -> None:
    assert not is_body("MOU를")
    assert bare("누리영농(주)에서") == "누리영농㈜"
    assert is_phrase(Cand(name="군내 농축협"), "")
