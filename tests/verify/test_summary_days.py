"""A summary line's day is the Korean summary's day, not the date bar's (s29-ver). Invented."""

from __future__ import annotations

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks

_PAGE = (
    "가람병원, 누리경찰서와 업무협약 체결\n입력 2018.03.21 16:05\n"
    "양 기관은 지난 20일 가람병원 소회의실에서 업무협약식을 열었다.\n"
)


def _flags(summary_en: str) -> list[str]:
    b = _brief(
        summary_ko=["가람병원과 누리경찰서는 지난 20일 가람병원 소회의실에서 업무협약식을 열었다."],
        summary_en=[summary_en],
        parties=[{"name_ko": "가람병원"}, {"name_ko": "누리경찰서"}],
    )
    found = _checks(b, _PAGE)
    return [c.claim for c in found if c.field == "summary_en[0]" and c.status == "unsupported"]


def test_a_summary_line_s_day_is_the_korean_summary_s_day() -> None:
    assert _flags("Garam Hospital and Nuri Police held the ceremony on 21 March 2018.")
    assert not _flags("Garam Hospital and Nuri Police held the ceremony on 20 March 2018.")
