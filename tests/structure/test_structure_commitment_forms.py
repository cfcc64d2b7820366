"""Commitments in other forms: `·` inline bullets, notice agendas, a `또 …` follow-up sentence."""

from __future__ import annotations

import pytest
from structure_helpers import run

from summarizer.structure.lines import Mask
from summarizer.structure.prose import prose_commitments

TITLE = "해울공사·들빛텔레콤, 물관리 협약\n\n"
SIGNED = "해울공사(사장 도하람, 이하 해울)는 3일 본사에서 들빛텔레콤과 ‘물관리 업무협약’을 맺었다고 4일 밝혔다.\n"

CASES = [
    (
        "middle dots after spaces are bullets; 호·보 inside an item is not",
        SIGNED + "두 기관은 이번 협약에 따라 ·배수지 데이터 공동 분석 ·호·보 수위 감시망 구축 "
        "·누수 센서 시범 설치 등에 협력한다.\n",
        ["배수지 데이터 공동 분석", "호·보 수위 감시망 구축", "누수 센서 시범 설치"],
    ),
    (
        "inline circled items closed by 에 나선다",
        SIGNED
        + "두 기관은 협약을 통해 ① 공동 연구 추진, ② 데이터 공유, ③ 청년 창업 지원에 나선다.\n",
        ["공동 연구 추진", "데이터 공유", "청년 창업 지원"],
    ),
    (
        "spaced middle dots are not bullets",
        SIGNED + "두 기관은 관로 · 정수장 · 배수지 운영 노하우를 공유한다.\n",
        ["관로 · 정수장 · 배수지 운영 노하우를 공유"],  # one prose pledge, not three bullets
    ),
    (
        "inline ▲ list closed by 등이다",
        SIGNED + "주요 협력 내용은 ▲배수지 데이터 공동 분석 ▲누수 센서 시범 설치 등이다.\n",
        ["배수지 데이터 공동 분석", "누수 센서 시범 설치"],
    ),
    (
        "an agenda under 주요 내용 in a notice",
        "[공지] 사업 설명회 안내\n\n설명회를 아래와 같이 개최합니다.\n\n■ 주요 내용\n"
        "  ㅇ 하반기 모집 일정 안내\n  ㅇ 신청 서류 변경 사항\n  ㅇ 정산 절차 설명\n",
        [],
    ),
    (
        "주요 내용 under an agreement still lists commitments",
        SIGNED + "■ 주요 내용\n  ㅇ 배수지 데이터 공동 분석\n  ㅇ 누수 센서 시범 설치\n",
        ["배수지 데이터 공동 분석", "누수 센서 시범 설치"],
    ),
]


@pytest.mark.parametrize(("why", "body", "want"), CASES, ids=[c[0] for c in CASES])
def test_commitment_forms(why: str, body: str, want: list[str]) -> None:
    assert [c.text for c in run(TITLE + body).commitments] == want


PROSE = [
    (
        "a follow-up sentence opening with 또",
        "두 기관은 협약에 따라 배수지 수위 조사를 함께 하고, 누수 감시 장비를 공동 구매하기로 했다.\n\n"
        "또 요금 감면 제도를 함께 설계하고, 운영 데이터를 공유하기로 했다.\n",
        [
            "배수지 수위 조사를 함께",
            "누수 감시 장비를 공동 구매",
            "요금 감면 제도를 함께 설계",
            "운영 데이터를 공유",
        ],
    ),
    (
        "the main points of the agreement as a comma list",
        "협약의 주요 내용은 수질 데이터 공유, 공동 연구 과제 발굴, 전문 인력 교류 등이다.\n",
        ["수질 데이터 공유", "공동 연구 과제 발굴", "전문 인력 교류"],
    ),
    (
        "a comma list closed by 등에서",
        "양 기관은 이번 협약으로 공동 연구, 금융 데이터 공유, 청년 창업 지원 등에서 협력한다.\n",
        ["공동 연구", "금융 데이터 공유", "청년 창업 지원"],
    ),
    (
        "what each party takes on",
        "협약에 따라 해울공사는 수질 자문을, 들빛은행은 설비 자금 대출을, 해울시는 부지 제공을 "
        "각각 맡는다.\n",
        ["수질 자문", "설비 자금 대출", "부지 제공"],
    ),
    (
        "clauses joined by 하고 without a comma",
        "이번 협약으로 두 기관은 수질 데이터를 공유하고 공동 연구 과제를 발굴한다.\n",
        ["수질 데이터를 공유", "공동 연구 과제를 발굴"],
    ),
    (
        "English: under the agreement, the two will …",
        "Under the agreement, the two organizations will share water data, train field staff, "
        "and run joint pilots in three cities.\n",
        ["share water data", "train field staff", "run joint pilots in three cities"],
    ),
    (
        "English: the two sides agreed to …",
        "The two sides agreed to share water data, train field staff and hold joint drills.\n",
        ["share water data", "train field staff", "hold joint drills"],
    ),
    (
        "English: under the deal, then a `They also agreed to` sentence",
        "Under the deal, the two sides will share port data, hold a joint drill in Busan on "
        "May 3-4, and explore joint bids abroad.\n\nThey also agreed to set up a task force "
        "that meets monthly, with the first meeting in June.\n",
        [
            "share port data",
            "hold a joint drill in Busan on May 3-4",
            "explore joint bids abroad",
            "set up a task force that meets monthly, with the first meeting in June",
        ],
    ),
    (
        "English: the agreement calls for …",
        "The agreement calls for joint port audits, shared tide data, and staff exchanges.\n",
        ["joint port audits", "shared tide data", "staff exchanges"],
    ),
    (
        "English: the two companies will jointly …, then they will also …",
        "The two companies will jointly build ten depots, and test fuel-cell trucks.\n"
        "They will also share charging data.\n",
        ["jointly build ten depots", "test fuel-cell trucks", "share charging data"],
    ),
    (
        "English: each side's own task after its name",
        "Under the agreement, Haeul Port will open its test berths, and Deulbit Shipping will "
        "run trial voyages.\n",
        ["open its test berths", "run trial voyages"],
    ),
    (
        "English: a next sentence about something else is not added",
        "Under the pact, the two groups will share port data and train pilots.\n\n"
        "The port handled 20 million boxes last year.\n",
        ["share port data and train pilots"],
    ),
    (
        "a next paragraph without a connective is not added",
        "두 기관은 협약에 따라 배수지 수위 조사를 함께 하고, 누수 감시 장비를 공동 구매하기로 했다.\n\n"
        "해울공사는 올해 정수장 세 곳을 새로 짓는다.\n",
        ["배수지 수위 조사를 함께", "누수 감시 장비를 공동 구매"],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), PROSE, ids=[c[0] for c in PROSE])
def test_prose_follow_up(why: str, text: str, want: list[str]) -> None:
    got = prose_commitments(text, Mask([]))
    assert [c.text for c in got] == want
    assert all(text[c.start : c.end] == c.text for c in got)


def test_a_signing_named_in_quotes_enables_prose() -> None:
    text = (
        TITLE
        + SIGNED.replace("‘물관리 업무협약’을 맺었다고", "‘물관리 업무협약’을 맺었다고")
        + (
            "두 기관은 협약에 따라 배수지 수위 조사를 함께 하고, 누수 감시 장비를 공동 구매하기로 했다.\n"
        )
    )
    assert [c.text for c in run(text).commitments] == [
        "배수지 수위 조사를 함께",
        "누수 감시 장비를 공동 구매",
    ]


def test_a_signed_deal_is_an_agreement() -> None:
    text = (
        "Haeul Motor and Deulbit Energy join hands on hydrogen\n\n"
        "SEOUL, May 2 (Wire) -- Haeul Motor Co. and Deulbit Energy Corp. signed a deal on Friday.\n\n"
        "The two companies will build ten depots, test fuel-cell trucks, and share charging data.\n"
    )
    assert [c.text for c in run(text).commitments] == [
        "build ten depots",
        "test fuel-cell trucks",
        "share charging data",
    ]
