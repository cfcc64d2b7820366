"""Quote forms met on real news pages (snippets written for these tests): a title with its
`권한대행` written on, `…이라 면서` between two parts, an English title with commas in it, and an
official of a body the story names though no party was found."""

from __future__ import annotations

from structure_helpers import run


def test_a_title_with_its_acting_word_written_on() -> None:
    text = (
        "가람군과 나래시가 7일 상생협력 협약을 맺었다.\n"
        "양 기관은 관광 자원을 함께 홍보하기로 했다.\n"
        "박진호 가람군수권한대행은 “두 지역이 함께 성장하는 출발점이 되기를 희망한다”며 "
        "“협력 사업을 꾸준히 찾아 나가겠다”고 밝혔다.\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.org) for q in quotes] == [("박진호", "가람군")]
    assert quotes[0].text.startswith("두 지역이")


def test_a_spaced_ending_between_two_quoted_parts() -> None:
    text = (
        "가온통신과 나래전자가 전략적 제휴를 체결했다.\n"
        '가온통신 관계자는 "신제품이 출시된 이후 반응이 좋아 사업에 큰 힘이 될 것"이라 면서 '
        '"해외에서도 협력을 통해 시장 공략을 강화할 것"이라고 설명했다.\n'
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.org) for q in quotes] == [("가온통신 관계자", "가온통신")]


def test_an_english_title_with_commas_before_the_verb() -> None:
    text = (
        "Acme signed a memorandum of understanding with Korea's Defense Agency.\n"
        '"For over 50 years, Acme has been committed to its partnership with Korea," Acme '
        "Defense, Space and Security President and CEO John Miller said in a statement.\n"
    )
    assert [q.speaker for q in run(text).quotes] == ["John Miller"]


def test_an_official_of_a_body_the_story_names_speaks_for_it() -> None:
    text = (
        "양 측은 19일 본사에서 공동협약을 체결하고 한류스타를 활용한 마케팅을 펼치기로 했다.\n"
        "가온연예 관계자는 “소속 가수의 얼굴을 중소기업의 마케팅에 활용해 해외 진출을 도울 것”"
        "이라고 밝혔다. 가온연예는 한류 콘텐츠 제작에도 협력할 계획이다.\n"
        "업계 관계자는 “이번 협약으로 수출이 늘어날 것”이라고 말했다.\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.org) for q in quotes] == [("가온연예 관계자", "가온연예")]
