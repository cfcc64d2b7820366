"""Cheap tests asked before a pattern refuse only where the pattern cannot match.

`join` asks its separator pattern only after a character the separator may open with, the
clock between two dates likewise, a file name's pattern only with a full stop within its
reach; and the tense of a date's clause is asked only where `resolve` reads it. Each shortcut
is compared here with what it stands for, on generated text and every date form.
"""

from __future__ import annotations

import random
from datetime import date
from itertools import product

from summarizer.facts.datecontext import _FILE_EXT, in_file_name
from summarizer.facts.dates import _CLOCK_BETWEEN, _CLOCK_FIRST, _across_clock
from summarizer.facts.ranges import _SEP_FIRST, SEP, join
from summarizer.facts.resolve import Parts, Reference, resolve

_WORDS = [
    " ", "\t", "~", "-", "–", "부터", "까지", "to ", "through ", ",", "오후 ", "3시", "10:30",
    "7월 ", "17일", "(수)", "2024. 7. 17.", ".hwp", ".pdf", "_", "가람", "x", "a.m.", "\n", "",
]  # fmt: skip


def _soup(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 8))) for _ in range(n)]


def _any_token(s: str, pos: int) -> int | None:
    return pos + 1 if pos < len(s) else None


def test_a_separator_opens_with_a_listed_character() -> None:
    for s in _soup(20000, seed=7):
        for end in range(len(s) + 1):
            m = SEP.match(s, end)
            if m is not None:
                assert s[end] in _SEP_FIRST, (s, end)
            # (the shortcut changes nothing `join` gives)
            if m is None:
                assert join(s, end, _any_token, lambda k: k) is None


def test_a_clock_between_dates_opens_with_a_listed_character() -> None:
    for s in _soup(20000, seed=8):
        for end in range(len(s) + 1):
            if _CLOCK_BETWEEN.match(s, end) is not None:
                assert s[end] in _CLOCK_FIRST, (s, end)
            elif end < len(s) and s[end] not in _CLOCK_FIRST:
                assert _across_clock(s, end) is None


def test_a_file_name_holds_a_full_stop_within_reach() -> None:
    tails = ["_x", "", "보도자료(2024.05.10).hwp", "x" * 39 + ".pdf", "x" * 41 + ".pdf", " a.pdf"]
    for s in _soup(5000, seed=9) + tails:
        for end in range(len(s) + 1):
            glued = s[end - 1 : end] == "_" or s[end : end + 1] == "_"
            plain = glued or _FILE_EXT.match(s, end) is not None
            assert in_file_name(s, end, end) == plain, (s, end)


def test_resolve_reads_the_tense_only_for_a_day_without_weekday_against_a_day() -> None:
    # `find_dates` asks the tense only there: anywhere else every tense resolves alike
    refs = [None, Reference(2024, 7, None), Reference(2024, 7, 17), Reference(2024, 12, 30)]
    anchors = [None, "지난", "오는", "지난달", "이번 달"]
    for day, month, weekday, anchor, ref in product(
        (1, 15, 17, 29, 31), (None, 1, 2, 7, 12), (None, 0, 2), anchors, refs
    ):
        p = Parts(day=day, month=month, weekday=weekday, anchor=anchor)
        if ref is not None and ref.day is not None and weekday is None:
            continue
        read = {resolve(p, ref, tense) for tense in (None, "past", "present", "future")}
        assert len(read) == 1, (p, ref, read)


def test_the_tense_still_moves_a_plain_day() -> None:
    # (the case the shortcut keeps: `3일` read as next month's in a plan, this month's in a report)
    ref = Reference.of(date(2024, 7, 17))
    assert resolve(Parts(day=3), ref, "past") != resolve(Parts(day=3), ref, "future")
