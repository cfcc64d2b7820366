"""Offsets index the exact text given: CRLF, full-width characters and raw HTML."""

from __future__ import annotations

import itertools
from datetime import date

from summarizer.facts import find_facts

REF = date(2024, 11, 8)


def test_crlf_offsets_count_carriage_returns() -> None:
    text = "보도자료\r\n\r\n보도일자 : 2024. 11. 8.(금)\r\n문의 031-481-2000\r\n점검은 22:00~06:00"
    found = find_facts(text, REF)
    assert [(f.kind, f.value) for f in found] == [
        ("date", "2024-11-08"),
        ("phone", "+82314812000"),
        ("time", "22:00/06:00"),
    ]
    for f in found:
        assert text[f.start : f.end] == f.text


def test_full_width_spans_keep_the_original_characters() -> None:
    text = "콜센터(☎ ０３１－１２０) 및 ２０２４．１１．８．"
    found = find_facts(text, REF)
    assert [(f.text, f.value) for f in found] == [
        ("０３１－１２０", "+8231120"),
        ("２０２４．１１．８．", "2024-11-08"),
    ]


def test_raw_html_markup_yields_no_facts_but_visible_text_does() -> None:
    text = (
        '<html><head><meta property="article:published_time" content="2024-05-21T14:20:00+09:00">'
        '<link href="/a.css?v=20240415"></head><body><ins data-ad-slot="0212345678"></ins>'
        "<p>문의 02-2038-5100 &middot; 입력 2024.05.21 14:20</p>"
        '<script>var x = "02-111-2222";</script></body></html>'
    )
    found = find_facts(text, date(2024, 5, 21))
    assert [(f.kind, f.value) for f in found] == [
        ("phone", "+82220385100"),
        ("date", "2024-05-21"),
        ("time", "14:20"),
    ]
    for f in found:
        assert text[f.start : f.end] == f.text


def test_sorted_by_start_and_never_overlapping() -> None:
    text = "7. 17.(수) 10:30~10:45 ☎ 044-204-7920, 1,200억 원, 오는 25일 https://a.go.kr/2024/07/17"
    found = find_facts(text, date(2024, 7, 17))
    starts = [f.start for f in found]
    assert starts == sorted(starts)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_only_times_nest_and_only_inside_a_date_range_written_across_them() -> None:
    text = "접수 7. 22.(월) 09:00 ~ 8. 2.(금) 18:00, 문의 044-204-7920, 7. 17.(수) 10:30~10:45"
    found = find_facts(text, date(2024, 7, 17))
    outer = [f for f in found if f.kind == "date" and "/" in (f.value or "")]
    assert [(f.text, f.value) for f in outer] == [
        ("7. 22.(월) 09:00 ~ 8. 2.(금)", "2024-07-22/2024-08-02")
    ]
    for a, b in itertools.combinations(found, 2):
        if a.end > b.start and b.end > a.start:  # overlapping: a time wholly inside the range
            box, inner = (a, b) if a.kind == "date" else (b, a)
            assert box in outer and inner.kind == "time"
            assert box.start <= inner.start and inner.end <= box.end
    assert [f.start for f in found] == sorted(f.start for f in found)
