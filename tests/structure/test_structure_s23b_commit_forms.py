"""Commitment forms met on real news pages (snippets invented for these tests): `Δ` standing
for `△` as an inline bullet (some agencies' wires cannot carry the triangle)."""

from __future__ import annotations

from structure_helpers import run


def _terms(text: str) -> list[str]:
    return [c.text for c in run(text).commitments]


_HEAD = (
    "가람시-누리군, 상생발전 업무협약 체결\n\n"
    "가람시는 12일 누리군과 상생발전을 위한 업무협약을 체결했다고 밝혔다.\n\n"
)


def test_a_delta_marks_inline_items_as_a_triangle_does() -> None:
    text = _HEAD + (
        "이번 협약에 따라 두 도시는 Δ청년 일자리 정보 공유 Δ누리군 특산물 판로 확대 "
        "Δ문화예술 교류 Δ재난 대응 공동훈련 등에 협력한다.\n"
    )
    terms = _terms(text)
    assert terms == [
        "청년 일자리 정보 공유",
        "누리군 특산물 판로 확대",
        "문화예술 교류",
        "재난 대응 공동훈련",
    ]
