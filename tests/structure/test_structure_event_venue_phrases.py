"""Event forms from a tuning set of real pages (issue 8, helper s23c-event), in our own invented
texts: `met at the historic X Palace to sign` (a word of praise before the name, `to sign` as the
cue); `at a room of X City Hall`; `…'s main building, Conference Room 1` far after `signed`;
`이번 업무협약은 X에서 …` told in the sentence after the signing's."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

REF = "2025-03-20"

FORMS = [
    (
        "a historic palace, met there to sign",
        "Gaon signs MOU with Nuri\nDARA, NURIA - March 14, 2025 - Governor Kim of Gaon and "
        "Governor Lee of Nuria met at the historic Byeolbit Palace to sign a Memorandum of "
        "Understanding (MOU) to increase trade.\n",
        None,
        "2025-03-14",
        "Byeolbit Palace",
    ),
    (
        "an unnamed room of a city hall",
        "Nuri University signs agreement with Gaon City\nPresident Kim and Mayor Lee of Gaon City "
        "signed an agreement on ‘fostering new industries’ at a room of Gaon City Hall and "
        "announced to strengthen cooperation.\n",
        REF,
        None,
        "Gaon City Hall",
    ),
    (
        "a named room after the building, far from `signed`",
        "Gaon City signs MOU with Nuri University\nOn March 3, the city of Gaon signed a "
        "government-academic cooperation memorandum of understanding (MOU) with Nuri National "
        "University at the university’s main building, Conference Room 1. This agreement aims "
        "to foster talent.\n",
        REF,
        "2025-03-03",
        "university’s main building, Conference Room 1",
    ),
    (
        "this agreement held at a room, the sentence after",
        "가람소방서(서장 김누리)는 17일 주택 소방시설 보급을 위해 별빛농협과 업무협약을 맺고 "
        "협조체제를 강화하기로 했다.\n이번 업무협약은 소방서 2층 소회의실에서 김누리 서장과 "
        "별빛농협조합장 등 21명이 모여 지역 안전망을 구축코자 마련됐다.\n",
        REF,
        "2025-03-17",
        "소방서 2층 소회의실",
    ),
]


@pytest.mark.parametrize(("why", "page", "ref", "day", "place"), FORMS, ids=[f[0] for f in FORMS])
def test_event_form(why: str, page: str, ref: str | None, day: str | None, place: str) -> None:
    ev = facts_record(page.encode(), reference_date=ref).structure.event
    assert ev is not None, why
    assert ev.place == place, why
    assert ev.date == day, why


def test_ceremony_after_an_unresolved_day() -> None:
    page = (
        "가람소방서(서장 김누리)는 17일 주택 소방시설 보급을 위해 별빛농협과 업무협약을 맺고 "
        "협조체제를 강화하기로 했다.\n이번 업무협약은 소방서 2층 소회의실에서 김누리 서장과 "
        "별빛농협조합장 등 21명이 모여 지역 안전망을 구축코자 마련됐다.\n"
    )
    ev = facts_record(page.encode()).structure.event
    assert ev is not None and ev.date is None
    assert ev.place == "소방서 2층 소회의실"
