"""Quotes a page cuts off, and English speakers named in the sentence that opens the quote."""

from __future__ import annotations

import pytest
from structure_helpers import run

KO_HEAD = (
    "가람시-누리재단 업무협약\n\n"
    "가람시(시장 김가람)는 누리재단(이사장 박누리)과 청년 일자리 업무협약을 체결했다.\n"
)
EN_HEAD = (
    "Garam City signs MOU with Nuri Foundation\n\n"
    "Garam City signed a memorandum of understanding with the Nuri Foundation on Monday.\n\n"
)

KO_CASES = [
    (
        "a short quotation cut by the page's end, right after the speaker",
        "윤별빛 누리재단 사무국장은 “청년 일자리가 늘어",
        [("윤별빛", "청년 일자리가 늘어")],
    ),
    (
        "a quotation cut by the page's end after words between speaker and quote",
        "박누리 이사장은 환영 인사를 통해 “누리재단은 청년들의 첫 일자리를 함께 만들겠습니다. "
        "앞으로도 가람시와 함께",
        [("박누리", "누리재단은 청년들의 첫 일자리를 함께 만들겠습니다. 앞으로도 가람시와 함께")],
    ),
]


@pytest.mark.parametrize(("label", "body", "expected"), KO_CASES, ids=[c[0] for c in KO_CASES])
def test_korean_quote_cut_by_the_page_end(
    label: str, body: str, expected: list[tuple[str, str]]
) -> None:
    quotes = run(KO_HEAD + body).quotes
    assert [(q.speaker, q.text) for q in quotes] == expected


def test_a_short_quoted_term_at_the_page_end_is_no_quote() -> None:
    body = "두 기관은 이날 협약의 이름을 “청년 동행"
    assert run(KO_HEAD + body).quotes == []


EN_CASES = [
    (
        "words between the verb and the quote",
        'Deputy Mayor Han Byeol-i said at the signing ceremony, "Through this agreement, '
        'the two bodies will open a new road for young people," adding, "We will work '
        'closely together."\n',
        ("Han Byeol-i", "Through this agreement"),
    ),
    (
        "an apposition after the name, words after the verb",
        'Han Byeol-i, deputy mayor of Garam City, said during the ceremony, "Through this '
        'agreement, the two bodies will open a new road for young people."\n',
        ("Han Byeol-i", "Through this agreement"),
    ),
    (
        "a clause before the verb (expressed …, saying)",
        'Chairman Park Nu-ri expressed his hopes, saying, "With the plan signed today, our '
        'cooperation takes a new step forward."\n',
        ("Park Nu-ri", "With the plan signed today"),
    ),
]


@pytest.mark.parametrize(("label", "body", "expected"), EN_CASES, ids=[c[0] for c in EN_CASES])
def test_english_speaker_named_at_the_sentence_start(
    label: str, body: str, expected: tuple[str, str]
) -> None:
    quotes = run(EN_HEAD + body).quotes
    assert [(q.speaker, q.text[: len(expected[1])]) for q in quotes] == [expected]


def test_a_next_line_that_opens_its_own_quote_is_not_the_speaker_above() -> None:
    body = (
        'Chairman Park Nu-ri expressed his hopes, saying, "With the plan signed today, our '
        'cooperation takes a new step forward."\n'
        'Mayor Kim Ga-ram responded, "The friendship of our two bodies will grow stronger."\n'
    )
    quotes = run(EN_HEAD + body).quotes
    assert [(q.speaker, q.text[:8]) for q in quotes] == [
        ("Park Nu-ri", "With the"),
        ("Kim Ga-ram", "The frie"),
    ]


def test_an_english_quote_cut_by_the_page_end_keeps_its_speaker() -> None:
    body = (
        'Mayor Kim Ga-ram said at the ceremony, "The friendship of our two cities will grow '
        "stronger through exchanges in culture and"
    )
    quotes = run(EN_HEAD + body).quotes
    assert [(q.speaker, q.text[:14]) for q in quotes] == [("Kim Ga-ram", "The friendship")]


EN_TAIL_CASES = [
    (
        "an honorific with its period after the verb",
        '"Garam and Nuri are joined by a shared wish to train young leaders," stated Dr. Seo.\n',
        "Seo",
    ),
    (
        "an office the story gave with the name before",
        "First Lady Yun Ha-neul attended the ceremony.\n\n"
        '"I am proud to open this new chapter between our two bodies," said the First Lady.\n',
        "Yun Ha-neul",
    ),
]


@pytest.mark.parametrize(
    ("label", "body", "speaker"), EN_TAIL_CASES, ids=[c[0] for c in EN_TAIL_CASES]
)
def test_english_speaker_after_the_verb(label: str, body: str, speaker: str) -> None:
    quotes = run(EN_HEAD + body).quotes
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["blank line", "line break"])
def test_a_quotation_reopened_at_each_paragraph_is_one_quote(gap: str) -> None:
    body = (
        "박누리 이사장은 “청년들의 첫 일자리를 함께 만들겠다." + gap + "“앞으로도 가람시와 함께 "
        "지역 인재를 키우겠다”고 말했다.\n"
    )
    quotes = run(KO_HEAD + body).quotes
    assert [(q.speaker, q.text[:6], q.text[-4:]) for q in quotes] == [
        ("박누리", "청년들의 첫", "키우겠다")
    ]


def test_a_new_quotation_inside_the_next_line_does_not_join() -> None:
    body = (
        "박누리 이사장은 “청년들의 첫 일자리를 함께 만들겠다.\n"
        "김가람 시장은 “가람시도 돕겠다”고 말했다.\n"
    )
    quotes = run(KO_HEAD + body).quotes
    assert [(q.speaker, q.text) for q in quotes] == [("김가람", "가람시도 돕겠다")]


def test_a_unit_officer_title_after_a_long_description() -> None:
    body = "윤별빛 가람시 미래산업과 청년일자리지원담당은 “두 기관의 협약으로 청년 고용이 늘 것으로 기대한다”고 전했다.\n"
    quotes = run(KO_HEAD + body).quotes
    assert [(q.speaker, q.title) for q in quotes] == [("윤별빛", "청년일자리지원담당")]


def test_a_speaker_after_a_full_stop_says_the_next_quote() -> None:
    body = (
        "Park Nu-ri, chair of the Nuri Foundation, said, “We will train young leaders together,” "
        "and “We hope the exchange becomes a model for others.”Mayor Kim said, “The agreement "
        "will open a new road for young people.”\n"
    )
    quotes = run(EN_HEAD + body).quotes
    assert [(q.speaker, q.text[:12]) for q in quotes] == [
        ("Park Nu-ri", "We will trai"),
        ("Kim", "The agreemen"),
    ]
