"""Foreign speakers on Korean pages (session 35): a name written in Hangul with spaces is whole
(`존 스미스`, `마리아 로페즈`, `응우옌 반 안`), its family name alone later made whole from the first
mention, and a name in Latin script before the body and title; a Korean name stays its one word
and a body written short after it is no part of it."""

from __future__ import annotations

from structure_helpers import run

HEAD = (
    "가람시, 누리재단과 업무협약 체결\n\n가람시는 3일 누리재단과 문화교류 업무협약을 체결했다.\n\n"
)


def _said(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.title) for q in run(HEAD + text).quotes]


def test_a_hangul_foreign_name_with_spaces_is_whole() -> None:
    assert _said(
        '존 스미스 누리재단 이사장은 "이번 협약으로 많은 기회가 생길 것"이라고 말했다.\n\n'
        '마리아 로페즈 주한 스페인 대사는 "양 기관의 협력을 적극 지지한다"고 밝혔다.\n\n'
        '응우옌 반 안 베트남 총영사는 "베트남 학생들도 참여하기를 바란다"고 말했다.\n'
    ) == [("존 스미스", "이사장"), ("마리아 로페즈", "대사"), ("응우옌 반 안", "총영사")]


def test_the_family_name_alone_later_is_made_whole() -> None:
    assert _said(
        "협약식에는 김가온 가람시장과 안드레아 슈미트 누리재단 이사장 등이 참석했다.\n\n"
        '슈미트 이사장은 "가람시와 함께 하게 되어 기쁘다"고 밝혔다.\n'
    ) == [("안드레아 슈미트", "이사장")]


def test_a_latin_name_on_a_korean_page() -> None:
    assert _said('누리재단 Anna Berg 사무총장은 "교류 사업을 곧 시작하겠다"고 말했다.\n') == [
        ("Anna Berg", "사무총장")
    ]


def test_a_korean_name_and_a_short_body_after_it_stay_apart() -> None:
    assert _said(
        '박가온 누리대 총장은 "지역 인재를 함께 키우겠다"고 말했다.\n\n'
        '최누리 국제교류팀 팀장은 "교류를 넓히겠다"고 밝혔다.\n'
    ) == [("박가온", "총장"), ("최누리", "팀장")]


def test_a_country_is_no_part_of_the_name_and_a_final_i_no_particle() -> None:
    # `세르게이`: the `이` after an open syllable is the name's own, no particle; `러시아` the
    # country before the title, never the name
    assert _said(
        '세르게이 라브로프 러시아 외무장관은 "교류를 환영한다"고 밝혔다.\n\n'
        '다니엘 린데만 누리재단 이사는 "문화 교류를 넓히겠다"고 말했다.\n'
    ) == [("세르게이 라브로프", "외무장관"), ("다니엘 린데만", "이사")]


def test_a_two_word_foreign_name_whose_last_word_ends_like_a_particle_is_whole() -> None:
    # (session 37) `히로`, `타로`: a given name's last syllable that looks like the particle `로`;
    # right before the title no such particle stands, so the word is the name's
    assert _said('다라상사 하마사키 노리히로 회장은 "새 시장을 함께 열겠다"고 말했다.\n') == [
        ("하마사키 노리히로", "회장")
    ]


def test_a_particle_word_before_a_korean_name_stays_out_of_it() -> None:
    # a word with its adverbial particle before a Korean name and title is not a name's part
    assert _said('행사에서 김가온 누리재단 이사장은 "교류를 넓히겠다"고 말했다.\n') == [
        ("김가온", "이사장")
    ]
