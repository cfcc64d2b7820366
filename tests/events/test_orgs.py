"""Organisation mentions, name matching, people and dates: table-driven over snippets we wrote."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.events.dates import EventDate, compare
from summarizer.events.match import same_key, same_org
from summarizer.events.orgs import find_mentions, korean_mention
from summarizer.events.people import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("청림군은 15일 군청에서 한결구와 협약을 맺었다.", {"k:청림군", "k:한결구"}),
        ("박도윤 한결구청장과 윤서진 청림군수가 서명했다.", {"k:한결구", "k:청림군"}),
        ("충북지사와 외교부 장관이 참석했다.", {"r:충청북도", "g:외교부"}),
        ("BNK금융그룹 누리은행은 본점에서 협약을 맺었다.", {"k:누리은행"}),
        ("중기부와 기보가 손잡았다.", {"g:중소벤처기업부", "g:기술보증기금"}),
        ("금융지원과 의료지원 확대, 12억원 규모, 공동연구 추진", set()),
        ("[충북일보] 누리은행 본점", {"k:누리은행"}),
        ("업무협약(MOU)을 체결하고 관계자 30명이 참석했다.", set()),
    ],
)
def test_korean_mentions(text: str, expected: set[str]) -> None:
    # A province is the glossary's when the glossary has it (g:), else the lexicon's (r:).
    assert {m.canon[2:] for m in find_mentions(text)} == {e[2:] for e in expected}


def test_english_names_resolve_through_the_glossary() -> None:
    found = {m.canon for m in find_mentions("The Ministry of SMEs and Startups signed an MOU.")}
    assert "g:중소벤처기업부" in found


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("누리은행", "BNK누리은행", True),  # a group's prefix
        ("교통안전공단", "한국교통안전공단", True),
        ("소상공인진흥공단", "소상공인시장진흥공단", True),  # a short form
        ("한빛문화대", "한빛문화대학교", True),
        ("한빛병원", "누리병원", False),
        ("한국전력기술", "한국전력공사", False),
        ("청림군", "청림시", False),
    ],
)
def test_same_key(a: str, b: str, same: bool) -> None:
    assert same_key(a, b) is same


def test_same_org_across_languages_and_aliases() -> None:
    ko = korean_mention("중소벤처기업부")
    short = find_mentions("중기부는")[0]
    en = find_mentions("the Ministry of SMEs and Startups said")[0]
    assert same_org(ko, short) and same_org(ko, en)
    assert not same_org(ko, korean_mention("기술보증기금"))


def test_people_with_roles() -> None:
    found = [
        (p.name, p.role, p.org) for p in people("박도연 서울 한결구청장과 윤서진 군수가 만났다.")
    ]
    assert ("박도연", "구청장", "한결구") in found
    assert ("윤서진", "군수", None) in found
    assert people("해외투자 유치 및 시장 개척, 대표 관광지인 곳") == ()


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        (EventDate(date(2025, 5, 15)), EventDate(date(2025, 5, 15)), "same"),
        (EventDate(date(2025, 5, 15)), EventDate(date(2025, 5, 16)), "near"),
        (EventDate(date(2025, 5, 15)), EventDate(date(2025, 5, 29)), "differ"),
        (EventDate(date(2025, 5, 15)), EventDate(date(2026, 12, 15), "day"), "same"),
        (EventDate(date(2025, 4, 30)), EventDate(date(2026, 12, 1), "day"), "near"),
        (EventDate(date(2025, 7, 15)), EventDate(date(2026, 7, 15), "month"), "same"),
        (EventDate(date(2025, 12, 31)), EventDate(date(2026, 1, 1), "month"), "near"),
        (EventDate(date(2025, 7, 15)), EventDate(date(2026, 8, 15), "month"), "differ"),
        (EventDate(date(2025, 5, 15)), EventDate(), "unknown"),
    ],
)
def test_compare_dates(a: EventDate, b: EventDate, verdict: str) -> None:
    assert compare(a, b) == verdict
    assert compare(b, a) == verdict


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [("칠곡", "chilgok"), ("강남", "gangnam"), ("청림", "cheongnim"), ("울릉", "ulleung"),
     ("신라", "silla"), ("종로", "jongno"), ("부안", "buan"), ("백령", "baengnyeong")],
)  # fmt: skip
def test_romanize(hangul: str, latin: str) -> None:
    from summarizer.english.revised import romanise

    assert romanise(hangul) == latin
