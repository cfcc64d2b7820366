"""Section headings among `□` lines are no items; `ㅇ` sentences under `협약에 따라` are."""

from __future__ import annotations

from structure_helpers import run


def test_headings_between_lists_are_not_items() -> None:
    text = (
        "두 기관 협약\n\n"
        "한빛대학교(이하 한빛대)는 누리전력(이하 누리)과 인재 양성 협약을 체결했다.\n\n"
        "□ 행사 개요\n ○ 일    시 : 2025. 3. 20.(목) 14:00\n ○ 장    소 : 한빛대 본관\n\n"
        "□ 협약 주요 내용\n 1. 계약학과 공동 운영\n 2. 현장실습 제공\n 3. 수료생 채용 우대\n\n"
        "□ 향후 계획\n ○ 세부 과제는 실무협의회에서 정한다\n"
    )
    assert [c.text for c in run(text).commitments] == [
        "계약학과 공동 운영",
        "현장실습 제공",
        "수료생 채용 우대",
    ]


def test_sentence_items_under_according_to_the_agreement() -> None:
    text = (
        "투자 협약\n\n"
        "□ 한빛도(도지사 김하늘)는 누리시(시장 이보람), ㈜누리소재(대표 박가온)와 투자협약을 체결했다.\n\n"
        "□ 협약에 따라\n"
        "  ㅇ ㈜누리소재는 공장 투자를 차질 없이 이행하고 지역 인재를 우선 채용하며,\n"
        "  ㅇ 한빛도와 누리시는 인허가를 신속히 처리하기로 했다.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert len(got) == 2
    assert got[0] == "㈜누리소재는 공장 투자를 차질 없이 이행하고 지역 인재를 우선 채용"
    assert got[1] == "한빛도와 누리시는 인허가를 신속히 처리하기로 했다"
