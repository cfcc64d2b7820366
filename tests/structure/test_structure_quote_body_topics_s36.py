"""A body that opens the sentence as its topic speaks the quote later in it, the words between
naming no person (session 36, issue 8, helper quo36; invented snippets): an agency with its short
name in brackets (`가람사업청(가람청)은 18일 “…”고 전했다`: as written), a ministry with a quoted
term on the way (`누리부는 21일 … ‘…’ 발효로 “…”고 밝혔다`), an office in single marks; a person
named between them speaks instead."""

from __future__ import annotations

from structure_helpers import run


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:6]) for q in run(text).quotes]


def test_an_agency_with_its_short_name_speaks_as_written() -> None:
    assert _said(
        "가람사업청(가람청)은 18일 “다온군과 ‘상생자매결연 업무협약식’을 전날 가졌다”고 전했다.\n"
    ) == [("가람사업청(가람청)", "다온군과 ‘")]


def test_a_ministry_with_a_quoted_term_between() -> None:
    assert _said(
        "누리부는 21일 양국이 지난해 서울에서 서명한 '과학기술협력협정' 발효로 \"양국 간 과학 "
        '분야의 인적 교류와 정보 교환이 확대될 것으로 전망된다"고 밝혔다.\n'
    ) == [("누리부", "양국 간 과")]


def test_an_office_in_single_marks() -> None:
    assert _said(
        "서해누리관리단은 이번 자매결연 협약식을 통해 ‘자율어업질서 확립과 선진 어촌계를 널리 "
        "확산시켜 나갈 것이다.’라고 밝혔다.\n"
    ) == [("서해누리관리단", "자율어업질서")]


def test_a_person_named_between_speaks_not_the_body() -> None:
    got = _said(
        "누리부는 21일 다온시와 협약을 맺었으며 김가온 장관이 “협력을 넓혀 가겠다는 뜻을 "
        "전한다”고 말했다.\n"
    )
    assert all(who != "누리부" for who, _ in got)
