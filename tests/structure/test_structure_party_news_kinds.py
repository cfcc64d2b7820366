"""Parties in forms real news pages use (invented snippets): a 조인식, one kind of body in two
towns, ..."""

from __future__ import annotations

from summarizer.extract import facts_record


def _parties(text: str) -> list[tuple[str, list[str]]]:
    rec = facts_record(text.encode("utf-8"), reference_date="2024-05-20")
    return [(p.name, list(p.aliases)) for p in rec.structure.parties]


def _names(text: str) -> list[str]:
    return [n for n, _ in _parties(text)]


def test_a_joining_ceremony_is_a_signing() -> None:
    text = (
        "세 고을 행정협력회 출범\n\n"
        "충남 가람시, 경기도 누리시, 충북 별빛군이 지난 15일 별빛군청에서 상호 교류를 위한 "
        "행정협력회 조인식을 가졌다.\n"
        "세 단체장은 3개항의 합의문에 서명했다.\n"
    )
    assert _names(text) == ["가람시", "누리시", "별빛군"]


def test_one_kind_of_body_in_two_towns_is_two_bodies() -> None:
    text = (
        "가람시·누리시 상인연합회, 상생 협약\n\n"
        "전북특별자치도 가람시 상인연합회와 경상남도 누리시 상인연합회는 지난 7일 "
        "누리시 상인연합회 강당에서 상생을 위한 업무협약(MOU)을 체결했다고 밝혔다.\n"
    )
    got = _parties(text)
    assert [n for n, _ in got] == ["가람시 상인연합회", "누리시 상인연합회"]
    for _, aliases in got:  # the bare name and the town answer to neither
        assert "상인연합회" not in aliases
        assert "가람시" not in aliases and "누리시" not in aliases
