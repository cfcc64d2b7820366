"""A site's date bar over the article's own posting stamp (snippets invented for these tests):
the bar is the day the page was served, the stamp under the headline is the article's. Both are
dates written on the page (the bar's date and clock are listed like an imprint's), only the
stamp is the reference."""

from __future__ import annotations

from datetime import date

from facts_helpers import pairs

REF = date(2019, 7, 31)


def test_a_date_bar_over_the_posting_stamp_is_a_date_mention() -> None:
    text = (
        "2024-05-16 21:07 (목)\n"
        "가람군, 지역협력 실무협의회 개최\n"
        "  • 홍누리 기자\n"
        "  • 승인 2019.07.31 11:40\n\n"
        "가람군은 지난 30일 실무협의회를 개최했다.\n"
    )
    assert [v for _, v in pairs(text, "date", REF)] == ["2024-05-16", "2019-07-31", "2019-07-30"]
    assert pairs(text, "time", REF) == [("21:07", "21:07"), ("11:40", "11:40")]


def test_a_ranking_box_as_of_stamp_is_no_mention() -> None:
    # `실시간 키워드` counted at a time of its own: a date, a clock and `기준` alone on a line
    text = (
        "가람소방서, 누리병원과 업무협약\n\n실시간 키워드\n\n2022.08.01 00:00 기준\n\n"
        "가람소방서는 지난 9일 누리병원과 업무협약을 맺었다.\n"
        "※ 인원은 2024.6.30 기준\n"
    )
    assert [t for t, _ in pairs(text, "date", date(2026, 2, 10))] == ["지난 9일", "2024.6.30"]


def test_a_first_line_date_bar_with_its_weekday_is_a_date_mention() -> None:
    # the excerpt cut the weather under the bar: the headline follows it at once
    text = (
        "2024.11.28 (목)\n"
        "-가람일보, 누리복지뉴스 기사제휴 협력키로\n"
        "가람일보와 누리복지뉴스가 지난 26일 업무협약을 맺었다.\n"
    )
    got = pairs(text, "date", date(2024, 11, 27))
    assert got == [("2024.11.28 (목)", "2024-11-28"), ("지난 26일", "2024-11-26")]
    # a release's own date line with more on it stays
    text = "2024.11.28 (목) 조간\n가람시는 26일 누리재단과 협약을 맺었다.\n"
    assert pairs(text, "date", date(2024, 11, 28))[0][0] == "2024.11.28 (목)"


def test_a_day_in_a_box_of_other_stories_keeps_its_month_unknown() -> None:
    # the site's other headlines under `주요 뉴스` / `주요기사`: each story's day is its own
    text = (
        "가람시, 누리재단과 업무협약\n"
        "가람시는 지난 7일 누리재단과 업무협약을 맺었다고 8일 밝혔다.\n\n"
        "주요 뉴스\n\n"
        "  • 별빛구, 4일 오전 11시 새 청사 개청…역대 최대 규모\n"
        "  • 누리군 축제 가볼까 했더니\n"
    )
    got = pairs(text, "date", date(2015, 1, 8))
    assert got == [("지난 7일", "2015-01-07"), ("8일", "2015-01-08"), ("4일", None)]
    text = text.replace("주요 뉴스\n\n", "주요기사\n이슈포토\n")
    assert pairs(text, "date", date(2015, 1, 8))[-1] == ("4일", None)
    # `실시간 댓글` above the page's headline is no box under it: the lead's day is the article's
    text = (
        "실시간 댓글\n가람시, 누리재단과 협약\n  • 승인 2021.04.01 18:00\n\n"
        "가람시와 누리재단 1일 협약 체결... 협력키로\n"
        "가람시와 누리재단은 1일 업무협약을 체결했다.\n"
    )
    assert [v for _, v in pairs(text, "date", date(2021, 4, 1))] == ["2021-04-01"] * 3
