"""A sentence dating a series of signings, one partner after another, each on its own day, dates
no one event (issue 8, helper evt32): invented texts."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

REF = "2025-03-20"


def _event(page: str):  # type: ignore[no-untyped-def]
    return facts_record(page.encode(), reference_date=REF).structure.event


@pytest.mark.parametrize(
    "page",
    [
        "가온도교육청은 지난 16일 누리군과의 업무협약을 시작으로, 24일 다온시, 내년 1월에는 "
        "라온시 등과 순차적으로 업무협약을 체결할 계획이다.\n",
        "가온시는 지난 10일 누리시와 협약을 체결한 데 이어 12일 다온시, 14일 라온시와 잇따라 "
        "협약을 맺었다고 15일 밝혔다.\n",
        "가온군은 이달 들어 누리대(3일), 다온대(10일), 라온대(14일)와 차례로 업무협약을 "
        "체결했다고 밝혔다.\n",
    ],
)
def test_a_series_of_signings_dates_no_one_event(page: str) -> None:
    ev = _event(page)
    assert ev is None or ev.date is None


@pytest.mark.parametrize(
    ("page", "day"),
    [
        # one day, two partners: the day is the signings'
        (
            "가온시는 14일 누리시청을 찾아 누리시와 협약을 맺고, 다온시청에서 다온시와 협약을 "
            "연이어 체결했다.\n",
            "2025-03-14",
        ),
        # the later day opens a programme, no signing
        (
            "가온시는 14일 누리공사와 업무협약을 체결하고, 이를 시작으로 20일부터 청년 교육을 "
            "차례로 진행한다고 밝혔다.\n",
            "2025-03-14",
        ),
        # the day after is the report's
        (
            "가온시는 지난 14일 누리공사와 업무협약을 체결했으며, 이를 시작으로 지역 기업과 "
            "협력을 넓혀 나간다고 15일 밝혔다.\n",
            "2025-03-14",
        ),
    ],
)
def test_one_signing_day_stands(page: str, day: str) -> None:
    ev = _event(page)
    assert ev is not None and ev.date == day
