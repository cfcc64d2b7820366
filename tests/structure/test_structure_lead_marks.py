"""Every reader that strips a line's opening mark takes the marks from `lexicon.marks.LEAD`: a
mark one reader knew and another did not (`▲`, `①`, `◦`, `‣`) left the mark in a name or a label
unread."""

from __future__ import annotations

import pytest
from structure_helpers import fact, run

from summarizer.lexicon import marks

SIGNING = (
    "가람시 누리재단 청년 일자리 협약\n\n"
    "가람시(시장 김가람)와 누리재단(이사장 문누리)은 12일 청년 일자리 업무협약을 체결했다.\n\n"
    "김가람 가람시장은 “뜻깊은 협약”이라고 말했다.\n\n"
)


@pytest.mark.parametrize("mark", ["▲", "※", "①"])
def test_a_marked_speaker_line_is_read_without_its_mark(mark: str) -> None:
    said = "“청년이 머무는 도시를 함께 만들겠다”고 말했다.\n"
    official = run(SIGNING + f"{mark}시 관계자는 " + said).quotes
    named = run(SIGNING + f"{mark}문누리 이사장은 " + said).quotes
    assert [(q.speaker, q.org) for q in official][-1] == ("시 관계자", "가람시")
    assert [(q.speaker, q.org) for q in named][-1] == ("문누리", "누리재단")


@pytest.mark.parametrize("mark", ["▲", "①", "◦", "–", "‣"])
def test_a_marked_contact_label_still_carries_its_department(mark: str) -> None:
    text = (
        "지역 상생 협약 체결 소식 전해\n\n"
        f"{mark} 담당부서 : 일자리정책과 청년고용팀\n담 당 자 : 팀장 이수진(031-228-4410)\n\n"
        "본문 시작.\n"
    )
    facts = [fact(text, "phone", "031-228-4410", "+82312284410")]
    got = [(c.department, c.name) for c in run(text, facts).contacts]
    assert got == [("일자리정책과 청년고용팀", "이수진")]


@pytest.mark.parametrize("mark", ["①", "▣", "‣"])
def test_a_marked_selection_sentence_names_its_bodies(mark: str) -> None:
    text = (
        "청년 창업 지원기관 선정\n\n"
        f"{mark} 가람시는 6일 '청년 창업' 사업의 운영기관으로 누리재단과 별빛대학교를 "
        "선정했다고 밝혔다.\n"
    )
    assert [p.name for p in run(text).parties] == ["가람시", "누리재단", "별빛대학교"]


def test_a_marked_signing_sentence_names_its_side_without_the_mark() -> None:
    text = "청년 일자리 협약\n\n‣ 가람시는 12일 누리재단과 청년 일자리 업무협약을 체결했다.\n"
    assert [p.name for p in run(text).parties] == ["가람시"]


def test_lead_holds_every_line_and_numbered_mark() -> None:
    lead = marks.spelt(marks.LEAD)
    assert set(marks.spelt(marks.LINE + marks.NUMBERED)) <= set(lead)
    assert {"※", "ㅇ", "-", "–"} <= set(lead)
