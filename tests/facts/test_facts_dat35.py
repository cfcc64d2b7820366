"""Session 35 (dat35): a coming English date kept in the coming year, a board's stamp in the
notation family it belongs to (a one-digit month or day, a closing dot, a two-digit year), and
a periodical's issue marker as a month-only reference.

Every snippet is written for these tests (invented names and dates); each describes a form.
"""

from __future__ import annotations

from datetime import date

import pytest
from facts_helpers import pairs

from summarizer.facts import find_reference_date

AUTUMN = date(2024, 10, 15)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an infinitive or a verb of expecting before the date: a plan
        ("The agreement, to be signed on January 15, covers joint research.", "2025-01-15"),
        ("The deal is expected to be signed on February 4.", "2025-02-04"),
        ("The forum is slated for Feb. 20 in Dara.", "2025-02-20"),
        ("The city said it would sign the deal on January 22.", "2025-01-22"),
        # the sentence closing on its date: the words before it tell the tense
        ("The two sides agreed to hold the first meeting on 12 January.", "2025-01-12"),
        ("The signing is due on 8 February.", "2025-02-08"),
        # a report's `, the ministry said` after the date is not the deed's tense
        ("The ceremony is set for March 3, the ministry said.", "2025-03-03"),
        # a past report stays in the past
        ("The two sides signed the deal on March 5 in Dara.", "2024-03-05"),
        ("The minister, who will visit Dara next week, signed the deal on March 5.", "2024-03-05"),
    ],
)
def test_a_coming_english_date_is_in_the_coming_year(text: str, value: str) -> None:
    assert [v for _, v in pairs(text, "date", AUTUMN)] == [value]


def test_a_relative_clause_tells_its_own_weekday() -> None:
    # `would hold` is the report's plan; `which began on Tuesday` is past: the Tuesday before
    text = "He said the two leaders would hold a press conference after the summit, which began on Tuesday."
    assert pairs(text, "date", date(2024, 10, 17)) == [("Tuesday", "2024-10-15")]


def _ref(text: str) -> tuple[str, str] | None:
    found = find_reference_date(text)
    if found is None:
        return None
    r = found.reference
    return f"{r.year:04d}-{r.month:02d}" + (f"-{r.day:02d}" if r.day else ""), found.origin


BODY = "\n가나시 소식\n\n가나시는 지난 3일 다라재단과 업무협약을 체결했다.\n"


@pytest.mark.parametrize(
    "stamp",
    [
        "홍길동 | 2021.3.5. | 조회 12",  # one-digit month and day, a closing dot
        "관리자 | 21.03.05 | 조회 12",  # a two-digit year before the view count
        "No. 123 | 21.03.05 | hit 55",
        "작성자 홍길동 | 작성일 21.3.5 | 조회 3",
    ],
)
def test_a_board_stamp_of_any_width_dates_the_post(stamp: str) -> None:
    assert _ref(stamp + BODY) == ("2021-03-05", "input-line")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("관리자 | 21.03.05 | 조회 12\n", "21.03.05"),
        ("Posted on 21.03.05 by admin\n", "21.03.05"),
    ],
)
def test_a_two_digit_year_stamp_is_a_date(text: str, span: str) -> None:
    assert pairs(text, "date", date(2021, 3, 5)) == [(span, "2021-03-05")]


def test_a_two_digit_year_alone_stays_no_date() -> None:
    assert pairs("버전 21.03.05 배포본을 설치한다\n", "date", date(2021, 3, 5)) == []


@pytest.mark.parametrize(
    "head",
    [
        "가나소식 2021년 3월호",
        "월간 가나 | 2021.03 | 통권 120호",
        "Vol. 12 2021.03",
        "Gana Newsletter March 2021 issue",
    ],
)
def test_an_issue_marker_gives_the_month(head: str) -> None:
    assert _ref(head + "\n\n가나시는 12일 다라재단과 업무협약을 체결했다.\n") == (
        "2021-03",
        "metadata",
    )


def test_a_year_and_month_in_a_sentence_is_no_issue() -> None:
    assert _ref("가나시는 2021년 3월 다라재단과 업무협약을 체결했다.\n") is None


SPRING = date(2024, 5, 20)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a coming date written just before: the bare day is of its month, on or after it
        ("협약식은 6월 3일 시청에서 열리며, 12일에는 현판식이 열린다.", "2024-06-12"),
        ("박람회는 7월 1일 개막한다. 개막식은 2일 열린다.", "2024-07-02"),
        # a month named without its day for a plan
        (
            "가나시는 다음 달 다라재단과 업무협약을 체결할 예정이다. 협약식은 12일 시청에서 열린다.",
            "2024-06-12",
        ),
        ("마바군은 7월 중 협약을 체결할 예정이며, 행사는 20일 군청에서 개최된다.", "2024-07-20"),
    ],
)
def test_a_bare_day_takes_the_month_of_the_plan_before_it(text: str, value: str) -> None:
    assert pairs(text, "date", SPRING)[-1][1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the day the plan was told is the publication's
        ("가나시는 다음 달 다라재단과 협약을 체결할 계획이라고 12일 밝혔다.", "2024-05-12"),
        # a past clause: the day is read as before
        ("가나시는 6월 3일 협약을 체결하기로 했다. 앞서 12일 실무협의를 열었다.", "2024-05-12"),
        # the page's stamp (no coming date) names no plan's month
        ("입력 2024.05.20 10:30\n가나시는 12일 다라재단과 협약을 체결했다.", "2024-05-12"),
    ],
)
def test_a_bare_day_keeps_the_publication_month_otherwise(text: str, value: str) -> None:
    assert pairs(text, "date", SPRING)[-1][1] == value


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a schedule told in the present: the coming days
        ("The exhibition opens on January 20 and closes on March 3.", ["2025-01-20", "2025-03-03"]),
        ("The agreement takes effect on January 1.", ["2025-01-01"]),
        ("The contest, which runs until March 15, is open to all students.", ["2025-03-15"]),
        ("The festival kicks off on 15 January in Dara.", ["2025-01-15"]),
    ],
)
def test_a_schedule_in_the_present_is_coming(text: str, values: list[str]) -> None:
    assert [v for _, v in pairs(text, "date", AUTUMN)] == values


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        # the progressive: the nearest such day, coming ...
        ("Gana City is preparing for the forum on February 10.", AUTUMN, "2025-02-10"),
        # ... or just gone (a visit under way)
        (
            "The director is leading a delegation on a five-day visit from August 18.",
            date(2024, 8, 19),
            "2024-08-18",
        ),
    ],
)
def test_the_progressive_names_the_nearest_day(text: str, ref: date, value: str) -> None:
    assert [v for _, v in pairs(text, "date", ref)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the plan is the later clause's: the day's own clause, joined by -고, is the deed done
        (
            "가나군은 6일 다라마을과 자매결연을 체결하고 지속적인 교류를 추진할 계획이다.",
            "2024-05-06",
        ),
        ("가나공사는 15일 다라부대와 협약을 맺고, 상호 협력할 것을 약속했다.", "2024-05-15"),
        # the day's own clause is the plan: still the coming day
        ("가나군은 6일 다라마을과 자매결연을 체결할 계획이다.", "2024-06-06"),
    ],
)
def test_a_plan_in_a_later_clause_is_not_the_days_tense(text: str, value: str) -> None:
    assert [v for _, v in pairs(text, "date", SPRING)] == [value]
