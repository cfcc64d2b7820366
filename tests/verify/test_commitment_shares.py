"""Each side's share (`B는 …한다.` then `A는 …한다`): the other side, subject of a sentence of
its own before the item, does not share A's item (s29-ver). Invented sources."""

from __future__ import annotations

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks

_SHARES = (
    "가람병원과 누리경찰서는 지난 20일 업무협약식을 열고 적극 협력키로 약속했다.\n"
    "누리경찰서는 이를 위해 병원 응급실에 비상벨을 설치한다. 신고가 들어오면 경찰이 긴급 "
    "출동한다.\n"
    "가람병원은 경찰서 직원과 가족이 진료를 받을 때 진료비를 감면한다.\n"
)
# the sentence before names both sides in the agreement's words: the item may be shared
_SHARED = (
    "가람구와 누리대학은 지난 14일 업무협약을 체결했다.\n"
    "이번 협약에 따라 가람구는 누리대학과 함께 지역 상생발전을 위해 긴밀히 협력한다.\n"
    "특히 지역협력 협의회 구성 등을 통해 주민에게 필요한 사업을 발굴해 운영한다.\n"
)


def _statuses(page: str, parties: list[str], item: str, sides: list[str]) -> list[str]:
    b = _brief(
        parties=[{"name_ko": p} for p in sides],
        commitments=[{"text_ko": item, "text_en": "-", "parties": parties}],
    )
    found = _checks(b, page)
    return [c.status for c in found if c.field.startswith("commitments[0].parties[")]


def test_the_other_side_s_own_share_before_the_item_is_not_a_partner() -> None:
    sides = ["가람병원", "누리경찰서"]
    item = "경찰서 직원과 가족이 진료를 받을 때 진료비를 감면"
    assert _statuses(_SHARES, sides, item, sides) == ["exact", "unverified"]
    assert _statuses(_SHARES, ["가람병원"], item, sides) == ["exact"]


def test_both_named_in_the_agreement_s_sentence_before_may_share_the_item() -> None:
    sides = ["가람구", "누리대학"]
    item = "지역협력 협의회 구성 등을 통해 주민에게 필요한 사업을 발굴해 운영"
    assert "unverified" not in _statuses(_SHARED, sides, item, sides)
