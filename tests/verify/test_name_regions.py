"""A party's English name naming another province than its Korean name (s29-ver)."""

from __future__ import annotations

import pytest

from summarizer.verify.name_regions import other_province

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks


@pytest.mark.parametrize(
    ("korean", "english", "flagged"),
    [
        ("전라북도가람연합회", "Jeju Garam Federation", True),
        ("충남누리본부", "Chungbuk Nuri Headquarters", True),
        ("전라북도가람연합회", "North Jeolla Garam Federation", False),
        ("충남누리본부", "Chungcheongnam-do Nuri Headquarters", False),
        ("가람시", "Garam City, Gyeonggi Province", False),  # the Korean names no province
        ("부산가람대학교", "Pusan Garam University", False),  # no province form in the English
    ],
)
def test_another_province_in_the_english_name(korean: str, english: str, flagged: bool) -> None:
    assert (other_province(korean, english) is not None) is flagged


def test_the_check_flags_the_party_s_english_name() -> None:
    page = "전라북도가람연합회와 누리재단은 지난 5일 업무협약을 체결했다.\n"
    b = _brief(
        parties=[
            {"name_ko": "전라북도가람연합회", "name_en": "Jeju Garam Federation"},
            {"name_ko": "누리재단"},
        ]
    )
    (check,) = [c for c in _checks(b, page) if c.field == "parties[0].name_en"]
    assert check.status == "unsupported" and not check.hard
