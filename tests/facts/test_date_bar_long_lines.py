"""`in_date_bar` on a page of one long line (benchmarks/bench_adversarial.py bad_dates) reads
only the top line breaks and stops at the first word beside the date: it answers as the plain
form that copied and substituted the whole rest of the line for every date."""

from __future__ import annotations

import random

from summarizer.facts.datecontext import (
    _BAR_REST,
    _BAR_WEEKDAY,
    _CHROME,
    _CHROME_BEFORE,
    _EDITION_LEAD,
    in_date_bar,
)


def _plain(s: str, start: int, end: int, skip_link: bool) -> bool:
    line_start = s.rfind("\n", 0, start) + 1
    if s.count("\n", 0, line_start) > 3:
        return False
    line_end = s.find("\n", end)
    line_end = len(s) if line_end == -1 else line_end
    rest = _BAR_REST.sub("", s[end:line_end])
    edition = _EDITION_LEAD.fullmatch(s, line_start, start) is not None
    lead = "" if edition else _BAR_REST.sub("", s[line_start:start])
    if lead.strip(" \t[(,") or rest.strip(" \t])\r"):
        return False
    return (
        edition
        or (line_start == 0 and _BAR_WEEKDAY.search(s, start, line_end) is not None)
        or _CHROME.search(s, line_end, min(len(s), line_end + 200)) is not None
        or (skip_link and _CHROME_BEFORE.search(s, max(0, line_start - 80), line_start) is not None)
    )


_ATOMS = ["\n", " ", "\t", "2024.5.29", "금", "(금)", "금요일", "Friday", "10:29", "로그인", "날씨",
          "[", "]", "(", ")", ",", "가", "x", "최종편집 : ", "UPDATED. ", "\r", "홈 > 사회", "℃",
          "승인 2019.07.31", "１２", "컨텐츠 바로가기"]  # fmt: skip


def test_date_bar_as_the_plain_form() -> None:
    rnd = random.Random(41)
    seen = set()
    for _ in range(6000):
        s = "".join(rnd.choice(_ATOMS) for _ in range(rnd.randint(1, 14)))
        for _ in range(6):
            a = rnd.randint(0, len(s))
            b = rnd.randint(a, len(s))
            for skip in (False, True):
                got = in_date_bar(s, a, b, skip_link=skip)
                assert got == _plain(s, a, b, skip), (s, a, b, skip)
                seen.add(got)
    assert seen == {True, False}


def test_a_date_bar_up_top_and_none_in_a_long_line() -> None:
    page = "2024.5.29 (금) 10:29\n날씨 맑음\n제목\n본문 " + "가나다 " * 5000
    assert in_date_bar(page, 0, len("2024.5.29"))
    line = "2024년 5월 29일 협약을 체결했다. " * 3000
    at = line.index("2024", 50_000)
    assert not in_date_bar(line, at, at + len("2024년 5월 29일"))
