"""A side's phrase reduced to its head organisation by one name test (`party_heads`), on
invented snippets: the signatory's person and title, a describing clause, the sentence's own
words and a mark cut off; a phrase whose last word is no body left as it is."""

from __future__ import annotations

from summarizer.extract import facts_record
from summarizer.structure.party_heads import counted_list, head_of, name_word, signatory_bodies


def _names(text: str) -> list[str]:
    rec = facts_record(text.encode("utf-8"), reference_date="2024-05-20")
    return [p.name for p in rec.structure.parties]


def test_the_name_test() -> None:
    assert name_word("가람산업진흥원")  # an organisation's suffix
    assert name_word("다온보증(주)")  # a company's mark
    assert name_word("KGI누리보증")  # Latin capitals
    assert name_word("누리외교부")  # a central body's syllable, three or more
    assert name_word("다온대")  # a university written short
    assert name_word("가람광역시회")  # an association's chapter
    for word in ("연구", "지원", "청년세대", "최대", "방위비분담협상", "박하람", "가람시장"):
        assert not name_word(word), word


def test_a_phrase_reduced_to_its_head() -> None:
    assert head_of("▲ 박하람 KGI누리보증 사장") == "KGI누리보증"  # mark, person, title
    assert head_of("곶감 산지인 누리농협") == "누리농협"  # a describing clause
    assert head_of("협정 체결 이후 다온대") == "다온대"  # the sentence's own words
    assert head_of("가람국 양국 외교부") == "외교부"
    assert head_of("다온진흥원 김하늘 원장") == "다온진흥원"  # the person between body and title
    assert head_of("김하늘 가람군수") == "가람군"  # a head's title fused on the body
    assert head_of("가람주민자치위 기술인 협동조합") is None  # `기술인`: people, no clause


def test_a_phrase_left_as_it_is() -> None:
    assert head_of("가람시 다온구") is None  # already its own head (a town, then its district)
    assert head_of("호텔 누리드래곤시티") is None  # the last word passes no test
    assert head_of("별빛 달마지마을") is None  # a word that may open the name is kept
    assert head_of("가람(주) 누리당") is None  # no title: the last word is no person cut off
    assert head_of("UC 버클리") is None
    assert head_of("별빛시장") is None  # a market, or a mayor: the readers before decide


def test_a_signatory_named_with_person_and_title_gives_its_body() -> None:
    text = (
        "다온보증, 장학지원 협약\n\n"
        "↑ 박하람 KGI다온보증 사장(왼쪽)과 김하늘 가람복지재단 이사장이 장학지원 업무협약 체결 후 "
        "기념촬영을 하고 있다.\n"
        "양 기관은 지역 학생의 장학금을 함께 마련하기로 했다.\n"
    )
    assert "KGI다온보증" in _names(text)


def test_a_partner_after_the_sentences_own_words() -> None:
    text = (
        "누리대, 다온대와 교류협정 갱신\n\n"
        "누리대는 2010년 협정 체결 이후 다온대와 교류를 이어왔으며 이번에 협정을 갱신했다.\n"
    )
    assert _names(text) == ["누리대", "다온대"]


def test_a_roster_of_titled_signatories() -> None:
    sent = (
        "이날 박하람 가람군수와 ㈜다온식품 김하늘 대표, 누리산업(주) 최별 대표는 관계자 등이 "
        "참석한 가운데 투자협약서에 서명했다."
    )
    assert signatory_bodies(sent) == ["가람군", "㈜다온식품", "누리산업(주)"]
    caption = "협약 체결식/ 왼쪽부터 가람건설(주) 이하늘 상무, 누리협회 가람시회 주별 사무처장"
    assert signatory_bodies(caption) == ["가람건설(주)", "누리협회 가람시회"]
    # one titled person only, or no signing told: no roster
    assert signatory_bodies("박하람 가람군수는 누리마을과 협약을 체결했다.") == []
    assert signatory_bodies("박하람 가람군수와 김하늘 다온군수가 만났다.") == []


def test_a_list_closed_by_its_count() -> None:
    sent = "협약식에는 가람공단 부이사장을 비롯해 누리대, 다온대, 별빛대 등 서남권 3개 대학이 참석했다."
    assert counted_list(sent) == ["누리대", "다온대", "별빛대"]
    assert counted_list("대상 기관은 가람 창업센터, 다온시농업기술센터 등 2곳이다.") == [
        "가람 창업센터",
        "다온시농업기술센터",
    ]
    # an item that passes no name test, or a count that does not add up: no list
    assert counted_list("누리대, 지역 주민 등 2개 단체가 참여했다.") == []
    assert counted_list("누리대, 다온대 등 5개 대학이 참석했다.") == []


def test_the_roster_adds_the_signatories_the_lead_counted() -> None:
    text = (
        "가람군, 3개 기업과 투자협약\n\n"
        "가람군은 21일 군청에서 ㈜다온식품 등 3개 업체와 투자협약을 체결했다고 밝혔다.\n"
        "이날 박하람 가람군수와 ㈜다온식품 김하늘 대표, 누리산업(주) 최별 대표, 별빛중공업(주) "
        "이솔 대표는 투자협약서에 서명했다.\n"
    )
    rec = facts_record(text.encode("utf-8"), reference_date="2024-05-20")
    got = {p.name: p.aliases for p in rec.structure.parties}
    assert got["누리산업(주)"] == ["누리산업"] and got["별빛중공업(주)"] == ["별빛중공업"], got


def test_the_bodies_the_sentence_after_the_signing_lists() -> None:
    text = (
        "가람교육지원청, 체험교육 협약\n\n"
        "가람교육지원청은 5일 체험교육 활성화를 위한 업무협약을 체결했다. 대상 기관은 누리 "
        "창업센터, 가람시농업기술센터, 가람중앙시장 번영회 등 3곳이다.\n"
    )
    assert _names(text) == [
        "가람교육지원청",
        "누리 창업센터",
        "가람시농업기술센터",
        "가람중앙시장 번영회",
    ]


def test_the_words_of_time_are_datewords_own() -> None:
    """The sentence's words of time that end a name's words are datewords' (written as one
    word): `어제`, `지난해`, `같은 날` cut off as `이날` and `전날` are."""
    from summarizer.facts.datewords import DAYPARTS, TIME_WORDS
    from summarizer.structure.party_heads import _SENTENCE_WORDS

    assert {w.replace(" ", "") for w in (*TIME_WORDS, *DAYPARTS)} <= _SENTENCE_WORDS
    assert head_of("어제 다온대") == "다온대"
    assert head_of("지난해 가람공사") == "가람공사"
    assert head_of("같은 날 누리진흥원") == "누리진흥원"
    assert head_of("이날 오후 별빛협회") == "별빛협회"
