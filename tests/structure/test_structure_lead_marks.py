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
    # (the partner too since s31: `12일` before it is a date, cut off its name)
    assert [p.name for p in run(text).parties] == ["가람시", "누리재단"]


def test_lead_holds_every_line_and_numbered_mark() -> None:
    lead = marks.spelt(marks.LEAD)
    assert set(marks.spelt(marks.LINE + marks.NUMBERED)) <= set(lead)
    assert {"※", "ㅇ", "-", "–"} <= set(lead)


@pytest.mark.parametrize("mark", ["▲", "①", "◎"])
def test_a_marked_organiser_row_names_its_bodies(mark: str) -> None:
    text = (
        "[안내] 어촌 체험 설명회 개최\n\n설명회를 아래와 같이 개최합니다.\n\n□ 개요\n"
        f" {mark} 일시 : 5. 2.(금) 14:00\n {mark} 주최 : 가람시 / 주관 : 누리재단\n"
    )
    assert [p.name for p in run(text).parties] == ["가람시", "누리재단"]


# the marks that run items together in a sentence (`■A ■B`, `‣A ‣B`) split a roster of bodies too
@pytest.mark.parametrize("mark", ["■", "►", "‣"])
def test_a_roster_run_together_by_any_inline_mark_is_read(mark: str) -> None:
    roster = (
        "가람시는 5일 지역 상생을 위한 업무협약을 체결했다고 밝혔다.\n"
        f"협약 기관은 {mark}가람시(시장 김가람) {mark}누리재단(이사장 이누리) "
        f"{mark}별빛협회(회장 박별빛)이다.\n"
    )
    counted = (
        "해울대학교는 들빛은행, 3개 지역 강소기업과 4일 다자간 업무 협약식을 가졌다고 밝혔다.\n"
        f"협약을 체결한 지역 강소기업은 {mark}㈜가온특장 {mark}누리금형 {mark}다온테크(유) 등이다.\n"
    )
    assert [p.name for p in run(roster).parties] == ["가람시", "누리재단", "별빛협회"]
    assert [p.name for p in run(counted).parties] == [
        "해울대학교",
        "들빛은행",
        "㈜가온특장",
        "누리금형",
        "다온테크(유)",
    ]


@pytest.mark.parametrize("mark", ["◆", "➊", "‣"])
def test_a_marked_line_above_the_headline_is_not_the_title(mark: str) -> None:
    text = (
        f"{mark} 가람시 소식 알림\n가람시, 누리재단과 청년 일자리 협약 체결\n\n"
        "가람시(시장 김가람)와 누리재단은 12일 청년 일자리 업무협약을 체결했다.\n"
    )
    title = run(text).title
    assert title is not None and title.text == "가람시, 누리재단과 청년 일자리 협약 체결"


@pytest.mark.parametrize("mark", ["▲", "①", "◦", "–"])
def test_a_marked_contact_row_keeps_no_mark_in_its_desk(mark: str) -> None:
    text = (
        "지역 상생 협약 체결 소식 전해\n\n"
        f"5. 문의처\n {mark} 통합 상담센터 : ☎ 1600-0500\n"
        f" {mark} 사업 운영 : 누리재단 복지사업처 ☎ 02-6913-2100\n"
    )
    facts = [
        fact(text, "phone", "1600-0500", "16000500"),
        fact(text, "phone", "02-6913-2100", "+82269132100"),
    ]
    got = [c.department for c in run(text, facts).contacts]
    assert got == ["통합 상담센터", "누리재단 복지사업처"]


@pytest.mark.parametrize("mark", ["▶", "①", "‣", "※"])
def test_a_mark_before_a_body_in_a_sentence_is_no_part_of_its_name(mark: str) -> None:
    partner = f"가람시, 누리재단과 협약\n\n가람시는 3일 {mark}누리재단과 업무협약을 체결했다.\n"
    subject = f"가람시, 누리재단과 협약\n\n{mark}가람시와 누리재단은 3일 업무협약을 체결했다.\n"
    assert [p.name for p in run(partner).parties] == ["가람시", "누리재단"]
    assert [p.name for p in run(subject).parties] == ["가람시", "누리재단"]
