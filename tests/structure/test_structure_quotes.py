"""Quotes: speakers before or after the quote, continuations, scare quotes, English, duplicates."""

from __future__ import annotations

import pytest
from structure_helpers import region, run

HEAD = "두 기관 협약 체결 소식\n\n"
SIGN = "산림청(청장 임상훈, 이하 산림청)은 한국임업진흥원(이하 임업진흥원)과 업무협약을 체결했다.\n"

CASES = [
    (
        "continuation after 이라며",
        "임상훈 산림청장은 “숲은 기후 위기의 가장 확실한 대안”이라며, “현장과 함께 뛰겠다”고 밝혔다.\n",
        [("임상훈", "숲은 기후 위기의 가장 확실한 대안")],
    ),
    (
        "straight quotes, org and title",
        '정다은 임업진흥원 원장은 "임업인의 소득을 높이는 데 힘쓰겠다"며 "산림 데이터도 개방하겠다"고 말했다.\n',
        [("정다은", "임업인의 소득을 높이는 데 힘쓰겠다")],
    ),
    (
        "adverbial between speaker and quote",
        "정다은 원장은 이날 협약식에서 “산주와 임업인이 모두 체감하는 변화를 만들겠다”고 강조했다.\n",
        [("정다은", "산주와 임업인이 모두 체감하는 변화를 만들겠다")],
    ),
    (
        "speaker after the quote",
        "“산불 예방은 작은 관심에서 시작된다”라고 임상훈 청장은 말했다.\n",
        [("임상훈", "산불 예방은 작은 관심에서 시작된다")],
    ),
    (
        "title only, name from the party bracket",
        "산림청 청장은 “국민 누구나 숲을 누리게 하겠다”고 전했다.\n",
        [("임상훈", "국민 누구나 숲을 누리게 하겠다")],
    ),
    (
        "surname and title, full name from the party bracket",
        "임 청장은 “산불 감시 인력을 늘리겠다”고 밝혔다.\n",
        [("임상훈", "산불 감시 인력을 늘리겠다")],
    ),
    (
        "topic particle 도",
        "정다은 원장도 “현장의 목소리를 듣겠다”고 밝혔다.\n",
        [("정다은", "현장의 목소리를 듣겠다")],
    ),
    (
        "surname and title after a full first mention",
        "협약식에는 정다은 임업진흥원 원장이 참석했다. 정 원장은 “숲 해설 인력을 늘리겠다”고 말했다.\n",
        [("정다은", "숲 해설 인력을 늘리겠다")],
    ),
    (
        "quote broken over a line",
        "임상훈 청장은 “산림 재난 대응 체계를\n한 단계 높이겠다”고 밝혔다.\n",
        [("임상훈", "산림 재난 대응 체계를\n한 단계 높이겠다")],
    ),
    (
        "는 포부를 밝혔다",
        "정다은 원장은 “임업 일자리를 두 배로 늘리겠다”는 포부를 밝혔다.\n",
        [("정다은", "임업 일자리를 두 배로 늘리겠다")],
    ),
    (
        "a clause before the speaker",
        "행사에 참석한 김도한 한국산림조합 회장은 “조합원과 함께 숲을 가꾸겠다”고 말했다.\n",
        [("김도한", "조합원과 함께 숲을 가꾸겠다")],
    ),
    (
        "an unnamed insider is not a speaker",
        "업계 관계자는 “이번 협약으로 임업 투자가 늘 것”이라고 말했다.\n",
        [],
    ),
    (
        "scare quotes are names, not speech",
        "두 기관은 ‘숲속 일자리 프로젝트’를 추진하고 '임업 디지털 전환 사업'을 확대한다.\n",
        [],
    ),
]


@pytest.mark.parametrize(("label", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_quotes(label: str, body: str, expected: list[tuple[str, str]]) -> None:
    quotes = run(HEAD + SIGN + body).quotes
    assert [(q.speaker, q.text) for q in quotes] == expected


def test_org_resolved_to_the_party_name() -> None:
    body = "정다은 임업진흥원 원장은 “임업의 미래를 함께 열겠다”고 말했다.\n"
    (q,) = run(HEAD + SIGN + body).quotes
    assert (q.org, q.title) == ("한국임업진흥원", "원장")


def test_english_quotes_with_full_names() -> None:
    text = (
        "Port Alliance Signs MOU\n\n"
        "The signing was attended by Chairman Lee Jae-won and Director Maria Santos.\n\n"
        '"Shipping lanes are changing faster than ever, and we must adapt together," Lee said. '
        '"This agreement is our first step."\n\n'
        'Santos said, "Our members are ready to invest in cleaner fuels right away."\n'
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.text[:20]) for q in quotes] == [
        ("Lee Jae-won", "Shipping lanes are c"),
        ("Maria Santos", "Our members are read"),
    ]


def test_english_title_is_split_from_the_name() -> None:
    text = (
        "Ports Agree on Green Shipping\n\n"
        '"Clean fuels will define the next decade of trade," said Minister Han Seo-yeon.\n'
    )
    (q,) = run(text).quotes
    assert (q.speaker, q.title) == ("Han Seo-yeon", "Minister")


def test_scraped_twice_lists_each_quote_once() -> None:
    para = '박민호 협회장은 "회원사와 함께 수출길을 넓히겠다"고 했다.\n'
    text = HEAD + SIGN + para + "박기자 park@news.kr\n" + para
    assert len(run(text).quotes) == 1
    assert len(run(text, regions=[region(text, "duplicate", para, nth=1)]).quotes) == 1


def test_no_quote_from_noise() -> None:
    para = '박민호 협회장은 "회원사와 함께 수출길을 넓히겠다"고 했다.\n'
    text = HEAD + SIGN + para
    assert run(text, regions=[region(text, "noise", para.strip())]).quotes == []
