"""A photo caption's day, with no reference date, read against the date closing that caption
(issue 8, helper s25-dates). Every snippet is written for these tests."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record


def _dates(text: str) -> list[tuple[str, str | None]]:
    rec = facts_record(text.encode())
    return [(f.text, f.value) for f in rec.facts if f.kind == "date"]


@pytest.mark.parametrize(
    "caption",
    [
        "가람시장(오른쪽)이 5일 시청에서 협약식을 가진 뒤 악수하고 있다. 2019.5.5/누리뉴스",
        "가람시장이 5일 협약서에 서명하고 있다. 2019.5.5 [가람시 제공. 재판매 금지]",
        "가람시장이 5일 협약서에 서명하고 있다. 2019.05.05. photo@nuri.example",
    ],
)
def test_a_captions_day_takes_the_date_closing_the_caption(caption: str) -> None:
    text = f"가람시 협약\n\n{caption}\n\n가람시는 누리재단과 협약을 맺었다.\n"
    assert _dates(text)[0][1] == "2019-05-05"


@pytest.mark.parametrize(
    "text",
    [
        # another day than the photo's, on another line (the photo's own day told in the
        # story makes its stamp the page's date: tests/facts/test_facts_reference_ref34.py)
        "가람시장이 회견을 하고 있다. 2020.5.9/누리뉴스\n가람시는 22일 협약을 맺었다.",
        "가람시장이 9일 회견을 하고 있다. 2020.5.9 [시 제공]\n가람시는 9일 협약을 맺었다.",
        # a deadline in a sentence is no caption's date
        "시는 5일 협약을 맺었고 협약 기간은 2026.5.5까지다.",
        # a day of a coming month, written with its own word
        "시장이 오는 5일 방문한다. 2019.5.5/누리뉴스",
    ],
)
def test_nothing_else_is_read_against_a_captions_date(text: str) -> None:
    # (an archive photo's date dates only its own caption's day)
    assert facts_record(text.encode()).reference_date is None
    undated = [v for t, v in _dates(text) if "." not in t][-1]
    assert undated is None


def test_a_captioned_signing_day_dates_the_event_when_nothing_else_does() -> None:
    # the caption is set apart as the photo credit's line; the body's `5일` stays unresolved
    text = (
        "가람일보, 누리신문과 제휴 협약\n\n"
        "가람일보 대표(오른쪽)와 누리신문 발행인이 5일 본사 회의실에서 협약식을 가진 뒤 악수를 "
        "나누고 있다. 2019.5.5/가람일보 ⓒ 가람일보 홍길동 기자\n\n"
        "가람일보가 누리신문과 기사 제휴 협약을 체결했습니다.\n"
        "양사는 5일 오후 본사에서 협약 서명식을 가졌습니다.\n"
    )
    ev = facts_record(text.encode()).structure.event
    assert ev is not None and ev.date == "2019-05-05" and "date" in ev.unsure
