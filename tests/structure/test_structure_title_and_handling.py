"""A speaker's title over several words, and release-handling header lines that name nobody."""

from __future__ import annotations

import pytest
from structure_helpers import run

HEAD = (
    "물류 안전 협약\n\n"
    "누리전자(대표 김하늘)는 가온공사(사장 박민수)와 물류 안전을 위한 업무협약을 체결했다.\n\n"
    "김하늘 누리전자 대표는 “양사가 함께 물류 현장의 안전을 높이겠다”고 말했다.\n\n"
)

TITLES = [
    ("acting head", "이도윤 가온공사 사장 직무대행은", "사장 직무대행"),
    ("acting with authority", "이도윤 가온공사 원장 권한대행은", "원장 권한대행"),
    ("two posts joined by 겸", "이도윤 가온공사 부시장 겸 대변인은", "부시장 겸 대변인"),
    ("deputy acting", "이도윤 가온공사 이사장 직무대리는", "이사장 직무대리"),
    ("title before a title", "이도윤 가온공사 대표이사 사장은", "대표이사 사장"),
    ("one-word title still", "이도윤 가온공사 사장은", "사장"),
]


@pytest.mark.parametrize(("why", "who", "title"), TITLES, ids=[t[0] for t in TITLES])
def test_a_multi_word_title_keeps_the_named_speaker(why: str, who: str, title: str) -> None:
    line = f"{who} “현장 중심의 협력을 차근차근 넓혀 나가겠다”고 전했다.\n"
    quotes = run(HEAD + line).quotes
    assert [(q.speaker, q.title, q.org) for q in quotes] == [
        ("김하늘", "대표", "누리전자"),
        ("이도윤", title, "가온공사"),
    ]


def test_a_qualifier_alone_names_nobody() -> None:
    line = "업계 직무대행은 “현장 중심의 협력을 차근차근 넓혀 나가겠다”고 전했다.\n"
    assert [q.speaker for q in run(HEAD + line).quotes][-1] != "직무대행"


HANDLING = [
    ("immediate release", "배포 즉시 보도"),
    ("short form", "즉시 보도"),
    ("release time", "배포일시 : 2024. 3. 5.(화) 09:00"),
    ("embargo", "엠바고 : 3월 5일(화) 12시 이후 보도"),
    ("report time", "보도시점 : 배포 즉시"),
]


@pytest.mark.parametrize(("why", "line"), HANDLING, ids=[h[0] for h in HANDLING])
def test_a_release_handling_line_is_no_party(why: str, line: str) -> None:
    text = (
        "[보도자료]\n누리전자\n\n2024년 3월 5일(화)\n"
        f"{line}\n\n"
        "누리전자, 가온공사와 물류 안전 협력\n"
        "누리전자(대표 김하늘)는 가온공사(사장 박민수)와 물류 안전을 위한 "
        "업무협약을 체결했다고 5일 밝혔다.\n"
    )
    assert [p.name for p in run(text).parties] == ["누리전자", "가온공사"]


def test_an_issuer_line_ending_in_release_still_names_its_issuer() -> None:
    text = (
        "한빛시 보도자료\n배포 즉시 보도\n\n"
        "한빛시, 청년 창업 공간 연다\n\n"
        "한빛시는 다음 달 청년 창업 공간을 연다고 5일 밝혔다.\n"
    )
    assert "한빛시" in [p.name for p in run(text).parties]
