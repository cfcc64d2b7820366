"""Event (dat35): a signing told ahead. A sentence that names the signing as the aim of another
step (`협약 체결을 위한 실무협의를 가졌다`) dates that step, not the signing; an English
`will sign … on May 24` is the signing's sentence (invented names and dates)."""

from __future__ import annotations

from structure_helpers import fact, run


def test_a_step_toward_the_signing_does_not_date_it() -> None:
    text = (
        "가람시 소식\n\n가람시는 13일 누리재단과 업무협약 체결을 위한 실무협의를 가졌다고 밝혔다. "
        "양 기관은 오는 20일 가람시청에서 협약식을 갖고 관광 활성화에 협력하기로 했다.\n"
    )
    facts = [
        fact(text, "date", "13일", "2025-03-13"),
        fact(text, "date", "오는 20일", "2025-03-20"),
    ]
    ev = run(text, facts).event
    assert ev is not None and ev.date == "2025-03-20"


def test_the_signing_itself_still_dates_it() -> None:
    text = "가람시 소식\n\n가람시는 13일 누리재단과 업무협약을 체결했다고 밝혔다.\n"
    ev = run(text, [fact(text, "date", "13일", "2025-03-13")]).event
    assert ev is not None and ev.date == "2025-03-13"


def test_an_english_signing_told_ahead() -> None:
    text = (
        "Two cities to sign\n\nGaram City will sign a memorandum of understanding with the "
        "Nuri Foundation on March 20 to promote tourism.\n"
    )
    ev = run(text, [fact(text, "date", "March 20", "2025-03-20")]).event
    assert ev is not None and ev.date == "2025-03-20"


DATELINE = "Two cities sign\n\nSEOUL, March 14 (Garam News) -- "


def _dated_run(text: str):  # the dateline's date, as the facts give it
    facts = [fact(text, "date", "March 14", "2025-03-14")]
    return run(text, facts).event


def test_today_of_the_report_is_not_the_signing_day() -> None:
    text = DATELINE + (
        "Garam City said today that it signed a memorandum of understanding with the Nuri "
        "Foundation last week.\n"
    )
    ev = _dated_run(text)
    assert ev is None or ev.date is None


def test_today_of_another_occasion_is_not_the_earlier_signing() -> None:
    text = DATELINE + (
        "Garam City, which signed a memorandum of understanding with the Nuri Foundation last "
        "year, held a tourism forum today.\n"
    )
    ev = _dated_run(text)
    assert ev is None or ev.date is None


def test_a_signing_today_is_the_datelines_day() -> None:
    text = DATELINE + (
        "Garam City signed a memorandum of understanding with the Nuri Foundation today.\n"
    )
    ev = _dated_run(text)
    assert ev is not None and ev.date == "2025-03-14"


def test_a_ceremony_last_week_is_not_the_report_day() -> None:
    text = (
        "가람시 소식\n\n(가람=한빛뉴스) 김기자 기자 = 가람시가 누리재단과 업무협약을 맺었다. "
        "가람시는 14일 이같이 밝히며 협약식은 지난주 시청에서 열렸다고 전했다.\n"
    )
    ev = run(text, [fact(text, "date", "14일", "2025-03-14")]).event
    assert ev is None or ev.date is None


def _stamped(head: str, body: str, stamp: str):
    text = head + body
    return run(text, [fact(text, "date", stamp, "2025-03-14")]).event


def test_today_under_the_posting_stamp_is_the_pages_day() -> None:
    ev = _stamped(
        "가람시, 누리재단과 협약\n입력 2025.03.14 18:30\n\n",
        "가람시가 오늘 누리재단과 관광 활성화를 위한 업무협약을 맺었습니다.\n",
        "2025.03.14",
    )
    assert ev is not None and ev.date == "2025-03-14"


def test_an_english_today_under_a_posted_stamp() -> None:
    ev = _stamped(
        "Two cities sign\nPosted : 2025-03-14 18:30\n\n",
        "Garam City signed a memorandum of understanding with the Nuri Foundation today.\n",
        "2025-03-14",
    )
    assert ev is not None and ev.date == "2025-03-14"


def test_this_day_opening_a_cut_story_stays_undated() -> None:
    # `이날` points back to a day the stored text no longer holds
    ev = _stamped(
        "가람시, 누리재단과 협약\n입력 2025.03.14 18:30\n\n",
        "이날 시에 따르면 가람시는 누리재단과 업무협약을 체결했다.\n",
        "2025.03.14",
    )
    assert ev is None or ev.date is None


def _two_days(body: str, first: str, second: str):
    text = "가람시 소식\n\n" + body + "\n"
    facts = [fact(text, "date", first, "2025-03-10"), fact(text, "date", second, "2025-03-20")]
    return run(text, facts).event


def test_the_day_of_the_clause_that_signs() -> None:
    ev = _two_days(
        "가람시는 10일 기자회견을 열고 오는 20일 누리재단과 업무협약을 체결한다고 밝혔다.",
        "10일",
        "오는 20일",
    )
    assert ev is not None and ev.date == "2025-03-20"


def test_the_ceremony_told_in_a_later_clause() -> None:
    ev = _two_days(
        "가람시는 10일 누리재단과 실무 협의를 마쳤으며, 협약식은 20일 시청에서 열릴 예정이다.",
        "10일",
        "20일",
    )
    assert ev is not None and ev.date == "2025-03-20"


def test_a_first_clause_that_signs_keeps_its_day() -> None:
    ev = _two_days(
        "가람시는 10일 누리재단과 업무협약을 체결하고, 오는 20일 공동 포럼을 연다.",
        "10일",
        "오는 20일",
    )
    assert ev is not None and ev.date == "2025-03-10"


def test_a_clause_closing_on_a_past_connective_parts_the_days() -> None:
    # `가졌고`: the tense reader's connectives (`facts.tense.CLAUSE_JOINED`) part the clauses
    ev = _two_days(
        "가람시는 10일 누리재단과 간담회를 가졌고, 오는 20일 업무협약을 체결한다고 밝혔다.",
        "10일",
        "오는 20일",
    )
    assert ev is not None and ev.date == "2025-03-20"
