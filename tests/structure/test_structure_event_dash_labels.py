"""A notice's rows `일시`/`장소` whose label a spaced dash ends, as a colon does (session 37,
a form of a held-out diagnosis after its last measurement; plain grammar of a labelled row).
Invented bodies reproduce the form; a dash glued between two words stays a joint."""

from __future__ import annotations

import datetime as dt

from summarizer.extract import facts_record

REF = dt.date(2021, 7, 1)
HEAD = "가람시-누리공사 업무협약 체결 안내\n\n가람시와 누리공사는 지역 상생을 위한 업무협약을 체결한다.\n\n"


def _event(rows: str):  # type: ignore[no-untyped-def]
    return facts_record((HEAD + rows).encode(), reference_date=REF).structure.event


def test_rows_whose_labels_a_spaced_dash_ends_date_and_place_the_signing() -> None:
    ev = _event("일 시 - 2021년 7월 9일(금) 14:00\n장 소 - 가람시청 대회의실\n")
    assert ev is not None
    assert (ev.date, ev.time, ev.place) == ("2021-07-09", "14:00", "가람시청 대회의실")


def test_a_spaced_label_and_a_colon_read_as_before() -> None:
    ev = _event("일 시 : 2021년 7월 9일(금) 14:00\n장 소 : 가람시청 대회의실\n")
    assert ev is not None and (ev.date, ev.place) == ("2021-07-09", "가람시청 대회의실")


def test_the_release_stamp_a_dash_ends_is_not_the_signings_day() -> None:
    # `보도일시 - …`: the release's own label, not a row of the notice
    ev = _event("보도일시 - 2021년 6월 30일 14:00\n장 소 - 가람시청 대회의실\n")
    assert ev is None or ev.date != "2021-06-30"
