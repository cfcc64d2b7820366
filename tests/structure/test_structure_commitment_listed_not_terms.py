"""A marked list that is no list of the agreement's terms (issue 8; snippets invented for these
tests): told of an event as the sentence's topic (its programme or aims), or naming bodies (each
named with its head in brackets, or the list closed by a count of bodies)."""

from __future__ import annotations

from structure_helpers import run

_HEAD = "가람대 산학협력 협약 체결\n가람대학교는 5일 나래기업과 산학협력 업무협약을 체결했다.\n"


def _terms(body: str) -> list[str]:
    return [c.text for c in run(_HEAD + body).commitments]


def test_an_events_programme_is_no_term() -> None:
    terms = _terms(
        "이번 페스티벌에는 산학협력 우수 가족회사 30곳이 참여했으며 △기업지원 성과 소개 "
        "△우수 가족회사 시상 △현장실습 우수학생 시상 등이 진행됐다.\n"
    )
    assert not any("시상" in t for t in terms)


def test_the_terms_listed_after_the_event_are_kept() -> None:
    terms = _terms(
        "두 기관은 산학협력을 위해 △공동 연구 추진 △현장실습 지원 △교육과정 공동 개발 등에 "
        "협력하기로 했다.\n"
    )
    assert "현장실습 지원" in terms


def test_bodies_named_with_their_heads_are_a_roster() -> None:
    terms = _terms(
        "이번 협력을 맺은 병의원은 ▲가람외과 (원장 김가람, 서울 가람구) ▲나래의원 (원장 이나래, "
        "서울 나래구) ▲다온내과 (원장 박다온, 경기 다온시) 등이다.\n"
    )
    assert not any("원장" in t for t in terms)


def test_a_list_closed_by_a_count_of_bodies_is_a_roster() -> None:
    terms = _terms(
        "가람재단을 비롯해 △나래진흥재단 △다온협회 △라온평가원 △마루디앤비 총 5개 기관이 "
        "협력한다.\n"
    )
    assert not any("다온협회" in t for t in terms)
