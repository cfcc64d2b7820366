"""A marked list run together in one sentence (`△A △B △C`), cut by a line break or signed as a
sister tie (snippets invented for these tests)."""

from __future__ import annotations

from structure_helpers import run


def _texts(text: str) -> list[str]:
    return [" ".join(c.text.split()) for c in run(text).commitments]


def test_an_item_cut_by_a_line_break_is_read_whole() -> None:
    text = (
        "가람시, 누리시와 상생 협약\n\n"
        "가람시는 3일 누리시와 상생협력 협약을 체결했다.\n\n"
        "가람시와 누리시는 이번 협약을 통해 ▲청년 창업 공간 공유 ▲지역 축제 교류 ▲마을 공동체\n"
        "활동 지원 협력 ▲특산물 판매 지원 등 4대 분야의 협력 과제를 약속했다.\n"
    )
    assert _texts(text) == [
        "청년 창업 공간 공유",
        "지역 축제 교류",
        "마을 공동체 활동 지원 협력",
        "특산물 판매 지원",
    ]


def test_a_list_cut_twice_is_read_once() -> None:
    # the continuation holds two marks of its own: its items are not read a second time
    text = (
        "가람대, 누리기업과 산학 협약\n\n"
        "가람대는 3일 누리기업과 산학협력 협약을 체결했다.\n\n"
        "양 기관은 협약에 따라 △기술 자문 △시험 장비\n"
        "공동 활용 △현장 실습 △교육 과정 개발 등에 협력하기로 했다.\n"
    )
    assert _texts(text) == ["기술 자문", "시험 장비 공동 활용", "현장 실습", "교육 과정 개발"]


def test_a_closed_sentence_is_not_joined_to_the_next_line() -> None:
    text = (
        "양 기관은 협약에 따라 △기술 자문 △시험 장비 공동 활용 등에 협력하기로 했다.\n"
        "공동 연구 성과는 내년에 발표된다.\n"
    )
    assert _texts(text) == ["기술 자문", "시험 장비 공동 활용"]


def test_a_line_opening_with_a_mark_is_not_joined() -> None:
    # an open list whose next line is a note of its own: the note stays out of the last item
    text = "양 기관은 협약에 따라 △기술 자문 △시험 장비 공동 활용\n※ 문의 가람시 기업지원과\n"
    assert all("문의" not in t for t in _texts(text))


def test_a_sister_tie_cues_its_marked_list() -> None:
    text = (
        "들녘면과 육군 제1234부대가 자매결연을 맺었다. 양 기관은 이번 결연에 따라 △수해 복구 "
        "지원 △부대 개방 행사 주민 초청 △마을 하천 정화 활동을 펼치게 된다.\n"
    )
    assert _texts(text) == ["수해 복구 지원", "부대 개방 행사 주민 초청", "마을 하천 정화 활동"]
