"""The report's day is not the signing's (issue 8, helper evt33): a day the sentence binds to its
report, however it is written, dates no signing: before the quotation it reports
(`18일 "… 전날 가졌다"고 전했다`, the `전날` then counted from it), the paper's own inquiry
(`12일 취재결과`), `according to … on Tuesday`. Invented texts in the forms of tuning pages of
three sites."""

from __future__ import annotations

from summarizer.extract import facts_record


def _date(page: str, ref: str) -> str | None:
    ev = facts_record(page.encode(), reference_date=ref).structure.event
    return ev.date if ev else None


def test_the_day_before_a_reported_quotation_is_the_reports() -> None:
    page = (
        "가온청, 다온군과 자매결연\n\n"
        "(가온=가온일보) 홍길동 기자 = 가온청은 18일 “다온군과 ‘상생 자매결연 업무협약식’을 "
        "전날 가졌다”고 전했다.\n\n"
        "두 기관은 협약을 통해 지역 특산품 구매에 협력하기로 했다.\n"
    )
    assert _date(page, "2025-03-19") == "2025-03-17"


def test_the_day_of_the_papers_inquiry_is_the_reports() -> None:
    page = (
        "가온시, 총회서 4개 도시와 협약\n\n"
        "12일 취재결과 가온시는 총회 동안 4개 도시와 우호 협약을 체결했다. "
        "행사 첫날 10일 다온시, 누리시와 이미 협약을 체결했다.\n"
    )
    assert _date(page, "2025-03-12") == "2025-03-10"


def test_the_weekday_of_the_officials_told_is_the_reports() -> None:
    page = (
        "Daon and Gaon sign 12 MOUs during state visit\n\n"
        "Daon and Gaon are to strengthen ties in energy and trade, according to Gaon officials "
        "on Tuesday.\n"
        "A total of 12 memorandums of understanding were signed between the two countries "
        "during a business forum held in Daon City.\n"
    )
    assert _date(page, "2025-03-20") is None


def test_according_to_a_plan_is_no_report() -> None:
    # (a source is set off by its comma; a plan the signing follows is not one)
    page = (
        "Gaon and Daon sign a sisterhood pact\n\n"
        "Gaon City and Daon City signed the sisterhood agreement according to the plan on "
        "May 3, 2025.\n"
    )
    assert _date(page, "2025-05-10") == "2025-05-03"
