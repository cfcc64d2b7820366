"""Forms of real pages the verifier misread on careful answers (round s24e), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks

_LIST_ENDING_IN_DEUNG = (
    "가람마을과 별빛식품 등이 지난 9일 상생협력을 위한 업무협약을 맺었다.\n\n"
    "별빛식품은 공동 시설 관리에 나선다.\n"
)


def _role(found: list, i: int) -> str | None:
    return next((c.status for c in found if c.field == f"parties[{i}].role"), None)


def test_the_body_before_deung_as_subject_is_a_party() -> None:
    # `A와 B 등이 … 업무협약을 맺었다`: the list ends in `등이`, the subject of the signing
    names = ["가람마을", "별빛식품"]
    found = _checks(_brief(parties=[{"name_ko": n} for n in names]), _LIST_ENDING_IN_DEUNG)
    assert [_role(found, i) for i in range(2)] == [None, None], [
        (c.field, c.note) for c in found if c.field.endswith(".role")
    ]
    # a body only mentioned elsewhere still is not
    text = _LIST_ENDING_IN_DEUNG + "한편 누리재단 등이 조사 결과를 공개했다.\n"
    found = _checks(_brief(parties=[{"name_ko": n} for n in [*names, "누리재단"]]), text)
    assert _role(found, 2) == "unverified"
