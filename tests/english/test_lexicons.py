"""Titles, departments, dates and places in English."""

from __future__ import annotations

import pytest

from summarizer.english import (
    date_en,
    department_en,
    place_en,
    title_contradicts,
    title_en,
    title_matches,
)


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("장관", "Minister"),
        ("차관", "Vice Minister"),
        ("청장", "Administrator"),
        ("이사장", "Chairman"),
        ("시장", "Mayor"),
        ("군수", "County Governor"),
        ("구청장", "District Mayor"),
        ("지사", "Governor"),
        ("도지사", "Governor"),
        ("과장", "Director"),
        ("사무관", "Deputy Director"),
        ("경제부지사", "Vice Governor for Economic Affairs"),
        ("국립외교원장", "President"),
        ("사장 직무대행", "Acting President"),
        ("부시장 겸 대변인", "Vice Mayor and Spokesperson"),
        ("대표이사 사장", "President"),
        ("무슨직함", None),
    ],
)
def test_titles(korean: str, english: str | None) -> None:
    assert title_en(korean) == english


@pytest.mark.parametrize(
    ("korean", "english", "verdict"),
    [
        ("장관", "Minister of SMEs and Startups", True),
        ("장관", "Vice Minister", False),
        ("차관", "Minister", False),
        ("차관", "Deputy Minister", True),
        ("청장", "Commissioner", True),
        ("이사장", "President", True),
        ("이사장", "Chair of the Board", True),  # a board's chair: Chair as for 회장, 위원장
        ("이사장", "Vice Chair of the Board", False),
        ("과장", "Deputy Director", False),
        ("사무관", "Deputy Director", True),
        ("국립외교원장", "Chancellor", True),
        ("부시장 겸 대변인", "Vice Mayor and Spokesperson", True),
        ("부시장 겸 대변인", "Mayor and Spokesperson", False),
        ("명예홍보대사", "Honorary Ambassador", True),
        ("무슨직함", "Whatever", None),
    ],
)
def test_title_checks(korean: str, english: str, verdict: bool | None) -> None:
    assert title_matches(korean, english) is verdict


@pytest.mark.parametrize(
    ("korean", "english", "wrong"),
    [
        ("장관", "Vice Minister", True),  # another rank
        ("차관", "Minister", True),  # a deputy without its Vice
        ("원장", "Chairman", True),  # another office
        ("군수", "Mayor", True),
        ("부군수", "County Governor", True),
        ("부시장 겸 대변인", "Mayor and Spokesperson", True),
        ("군수", "County Head", False),  # other wordings of the same office
        ("본부장", "Division Head", False),
        ("소방본부장", "Chief, Fire Headquarters", False),
        ("부군수", "Deputy County Head", False),
        ("무슨직함", "Whatever", False),  # unknown: never called wrong
    ],
)
def test_title_contradictions(korean: str, english: str, wrong: bool) -> None:
    assert title_contradicts(korean, english) is wrong


@pytest.mark.parametrize(
    ("korean", "english", "complete"),
    [
        ("소상공인정책과", "Small Business Policy Division", True),
        ("중기부 수출지원과", "Export Support Division", True),
        ("소상공인정책관", "Small Business Policy Bureau", True),
        ("대변인실", "Spokesperson's Office", True),
        ("디지털혁신팀", "Digital Innovation Team", True),
        ("경기북부지부", "Gyeonggi Northern Branch", True),
        ("가나다라과", "Division", False),  # unknown words: the kind of unit only, never a guess
    ],
)
def test_departments(korean: str, english: str, complete: bool) -> None:
    found = department_en(korean)
    assert found is not None and (found.en, found.complete) == (english, complete)


def test_dates_and_places() -> None:
    assert date_en("2024-07-17") == "17 July 2024"
    assert date_en("2024-07-17/2024-07-18") == "17 – 18 July 2024"
    assert date_en("2024-07-30/2024-08-02") == "30 July 2024 – 2 August 2024"
    assert date_en("soon") is None
    assert place_en("정부세종청사 대회의실") == "Government Complex Sejong Main Conference Room"
    assert place_en("서울 중구") == "Seoul Jung-gu"
    assert place_en("본부 대회의실") == "Headquarters Main Conference Room"  # not `Bonbu`
    official = {"중소벤처기업부": "Ministry of SMEs and Startups"}.get
    assert (
        place_en("중소벤처기업부 회의실", official)
        == "Ministry of SMEs and Startups Conference Room"
    )
    assert place_en("COEX, Seoul") == "COEX, Seoul"


def test_acting_titles() -> None:
    assert title_en("서울시장 권한대행") == "Acting Mayor"
    assert title_matches("서울시장 권한대행", "Acting Mayor") is True
    assert title_en("부행장보") == "Senior Vice President"
