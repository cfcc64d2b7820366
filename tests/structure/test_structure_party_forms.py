"""Parties written in other forms: English heads in brackets, Korean legal forms, notice issuers."""

from __future__ import annotations

import pytest
from structure_helpers import run

CASES = [
    (
        "English bracket with acronym and head",
        "MOX and KOSA team up\n\n"
        "Daejeon, May 2 — The Ministry of Oxen (MOX, Minister HAN Dohyun) and the Korea Seed "
        "Agency (KOSA, President NAM Yuri) signed a memorandum of understanding on Friday.\n",
        [
            ("Ministry of Oxen", ["MOX"], "Minister HAN Dohyun"),
            ("Korea Seed Agency", ["KOSA"], "President NAM Yuri"),
        ],
    ),
    (
        "Korean legal form kept in the formal name, description dropped",
        "해솔원-새봄랩 협약\n\n"
        "□ 해솔진흥원(원장 오가람, 이하 해솔원)은 3일 본원 회의실에서 교육 기술 기업 "
        "(주)새봄랩(대표 이하진)과 ‘학습 지원 업무협약’을 체결했다.\n",
        [("해솔진흥원", ["해솔원"], "원장 오가람"), ("(주)새봄랩", ["새봄랩"], "대표 이하진")],
    ),
    (
        "two English subjects without acronyms",
        "Hydrogen trucks deal\n\nHaeul Motor Company and Korea Road Corporation signed an MOU on "
        "hydrogen trucks on Monday.\n",
        [("Haeul Motor Company", [], None), ("Korea Road Corporation", [], None)],
    ),
    (
        "legal form after the name and a circled paragraph number",
        "세 기관 협약\n\n"
        "❶ 해울시(시장 도하람, 이하 해울시)는 2일 시청에서 들빛에너지(주)(대표이사 구나래, 이하 "
        "들빛에너지)와 ‘수소 충전 업무협약’을 체결했다.\n",
        [("해울시", [], "시장 도하람"), ("들빛에너지(주)", ["들빛에너지"], "대표이사 구나래")],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_party_forms(why: str, text: str, want: list[tuple]) -> None:
    parties = run(text).parties
    assert [p.name for p in parties] == [w[0] for w in want]
    for p, (_, aliases, head) in zip(parties, want, strict=True):
        assert set(aliases) <= set(p.aliases)
        assert p.head == head


NOTICES = [
    (
        "author line and joint operators",
        "[공지] 수출 상담회 개최 안내\n\n게시일 : 2025/05/02\n"
        "작성자 : 한국해울진흥공사(KOHA) 수출지원본부\n\n"
        "KOHA와 해양수산부가 공동 운영하는 수출 상담회를 아래와 같이 개최합니다.\n",
        ["한국해울진흥공사", "해양수산부"],
    ),
    (
        "주최 and 주관 rows of an overview",
        "[안내] 어촌 체험 설명회 개최\n\n설명회를 아래와 같이 개최합니다.\n\n□ 개요\n"
        " ○ 일시 : 5. 2.(금) 14:00\n ○ 주최 : 해양수산부 / 주관 : 한국어촌어항공단\n ○ 후원 : 해울은행\n",
        ["해양수산부", "한국어촌어항공단"],
    ),
    (
        "one 주최·주관 row listing three bodies",
        "[안내] 설명회\n\n설명회를 개최합니다.\n\n- (주최·주관) 해울시, 들빛재단 및 해울상공회의소\n",
        ["해울시", "들빛재단", "해울상공회의소"],
    ),
    (
        "joint organisers in the body only",
        "[안내] 설명회 개최\n\n게시일 : 2025/05/02\n\n"
        "해울시와 들빛재단이 함께 주최하는 설명회에 초대합니다.\n",
        ["해울시", "들빛재단"],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), NOTICES, ids=[c[0] for c in NOTICES])
def test_notice_parties(why: str, text: str, want: list[str]) -> None:
    assert [p.name for p in run(text).parties] == want


def test_a_korean_company_keeps_its_written_form_while_english_ones_drop_it() -> None:
    from summarizer.structure.orgs import Cand, strip_legal_form

    ko = strip_legal_form(Cand(name="주식회사 해울"))
    assert (ko.name, ko.aliases) == ("주식회사 해울", ["해울"])
    en = strip_legal_form(Cand(name="Haeul Co., Ltd."))
    assert (en.name, en.aliases) == ("Haeul", ["Haeul Co., Ltd."])


@pytest.mark.parametrize(
    "lead",
    [
        "[해울투데이 도하람 기자] ",
        "[해울경제=도하람 기자] ",
        "(해울=뉴스원) 도하람 기자 = ",
        "【해울=뉴스핌】 도하람 기자 = ",
        "❶ ",
        "▲ ",
        "□ ",
    ],
)
def test_datelines_and_bullets_are_not_part_of_the_first_party(lead: str) -> None:
    text = (
        "두 기관 협약\n\n" + lead + "해울공사(사장 구나래, 이하 해울)는 4일 본사에서 들빛재단과 "
        "업무협약을 맺었다고 5일 밝혔다.\n"
    )
    assert [p.name for p in run(text).parties] == ["해울공사", "들빛재단"]
