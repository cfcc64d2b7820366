"""A party introduced with its bracket inside the venue phrase."""

from __future__ import annotations

import pytest
from structure_helpers import run


@pytest.mark.parametrize(
    ("venue", "name", "alias", "head"),
    [
        (
            "부산 한빛물류공사(사장 김철수, 이하 물류공사) 본사 회의실에서",
            "한빛물류공사",
            "물류공사",
            "사장 김철수",
        ),
        ("누리연구원(이하 누리연) 대강당에서", "누리연구원", "누리연", None),
    ],
)
def test_party_in_the_venue(venue: str, name: str, alias: str, head: str | None) -> None:
    text = (
        "항만 협력 협약\n\n"
        f"해운부(장관 이영희, 이하 해운부)는 13일 {venue} 항만협회(회장 박민수)와 "
        "항만 협력 업무협약을 체결했다.\n"
    )
    parties = run(text).parties
    found = {p.name: p for p in parties}
    assert set(found) == {"해운부", name, "항만협회"}
    assert alias in found[name].aliases and found[name].head == head
