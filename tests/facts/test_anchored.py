"""Scans found from a mark every match holds give exactly the matches of `finditer`."""

from __future__ import annotations

import random
import re

from summarizer.facts.anchored import anchored_finditer, before_digits
from summarizer.facts.dateregistry import FORMS as DATE_FORMS
from summarizer.facts.dateregistry import KO as KO_DATE
from summarizer.facts.dateregistry import MD
from summarizer.facts.timeforms import CLOCK, KO
from summarizer.facts.timeforms import FORMS as TIME_FORMS

_WORDS = [
    "7", "17", "2024", "3", "0", "٣", "１", ".", ". ", "..", "시", " 시", "  시", "\t시", "반",
    "분", "30", " ", "\t", "(수)", "가", "a", "/", ",", "'", "-", "=", "에", "\n", "일",
    " 일", "  일", "년", "월", "~", "·", "ㆍ", "일간", "년 ", "월 ",
]  # fmt: skip
_TEXTS = [
    "2024. 7. 17.(수) 오후 3시 30분", "7.17(수)~7.19(금)", "3.5%", "v1.2.3", "123.45", "오전 10 시",
    "12시 반에", "1시 2시 3시", "3시간", "1.5시간", "(10.1)", "24.7.17. 10:00", "7. 1.",
    "2024년 7월 17일(수)", "4월 27~28일", "5월 5·6일", "'24년 7월 17일", "지난 13일", "3,17일",
    "1.17일", "12345일", "7월  17 일", "17일 18일",
]  # fmt: skip


def _read(matches: object) -> list[object]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _soup(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 12))) for _ in range(n)]


def test_scans_find_the_matches_of_finditer() -> None:
    forms = [f for f in (*DATE_FORMS, *TIME_FORMS) if f.scan is not None]
    assert {f.pattern for f in forms} == {MD, KO, KO_DATE, CLOCK}
    for s in _TEXTS + _soup(20000, seed=7):
        for form in forms:
            assert _read(form.finditer(s)) == _read(form.pattern.finditer(s)), (form.name, s)


def test_clocks_found_from_their_colon_or_meridiem_as_by_finditer() -> None:
    from summarizer.facts.timeforms import _clock_matches

    words = [
        "1", "2", "12", "7", "00", "30", "59", "٣", "１", ":", ".", ". ", " ", "\t", "a", "p", "A",
        "P", "m", "M", ".m", "a.m.", "p. m", "pm", "AM", "x", "시", "\n", "-", "~",
    ]  # fmt: skip
    rnd = random.Random(9)
    texts = ["10:30", "2:30 p.m.", "10 a.m.", "2.30pm", "12.30 a.m.", "오후 4:15", "1am", "123:45"]
    texts += ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 14))) for _ in range(40000)]
    for s in texts:
        assert _read(_clock_matches(s)) == _read(CLOCK.finditer(s)), s


def test_anchored_finditer_goes_on_after_each_match() -> None:
    digits_dot = re.compile(r"\d\d?\.")
    mark = re.compile(r"\.(?<=\d\.)")
    s = "1.2.34.567.8"
    found = _read(anchored_finditer(digits_dot, mark, before_digits, s))
    assert found == _read(digits_dot.finditer(s))


def test_korean_amounts_found_from_their_currency_as_by_finditer() -> None:
    from summarizer.facts.money import _KO as AMOUNT
    from summarizer.facts.money import _ko_matches

    words = [
        "1", "200", "3,000", ",", ".", ".5", " ", "\t", "천", "만", "천만", "억", "조", "여", "원",
        "달러", "유로", "엔", "위안", "파운드", "원칙", "엔가", "가", "\n", "٣", "위", "달", "원장",
    ]  # fmt: skip
    rnd = random.Random(8)
    texts = ["1,200억 원", "4억 8,000만 원", "500만 달러", "3.5여 유로", "원칙 1원", "1,원"]
    texts += ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 10))) for _ in range(20000)]
    for s in texts:
        assert _read(_ko_matches(s)) == _read(AMOUNT.finditer(s)), s


def test_top_breaks_are_the_first_four_line_breaks() -> None:
    # (whether a date is below the top, `s.count("\n", 0, line_start) > 3`, is read from them:
    # tests/facts/test_date_bar_long_lines.py compares `in_date_bar` with that plain form)
    from summarizer.facts.datecontext import _top_breaks

    rnd = random.Random(9)
    for _ in range(3000):
        s = "".join(rnd.choice("a\n\r가") for _ in range(rnd.randint(0, 12)))
        assert list(_top_breaks(s)) == [i for i, c in enumerate(s) if c == "\n"][:4], s


def test_phone_words_before_short_numbers_as_the_pattern_finds_them() -> None:
    from re import _parser  # type: ignore[attr-defined]

    from summarizer.facts.phones import _CUE_REACH, _CUE_WORDS, _cue_ahead_ends

    plain = re.compile(_CUE_WORDS + r"[^\d\n]{0,10}?(?=1\d\d|[2-9]\d{2,3}[\-. \t]\d{4}(?!\d))")
    assert _parser.parse(_CUE_WORDS).getwidth()[1] + 10 <= _CUE_REACH
    words = [
        "전화", "Tel", "TEL", "tel", "T.", "T:", "콜센터", "상담", "센터", "문의", "처", "1", "12",
        "123", "120", "1588", " ", ":", "\n", "가", "0", "x", "☎", "H.P", "HP", "국번 없이",
        "연락처", "-", "헬프데스크", "Mobile",
    ]  # fmt: skip
    rnd = random.Random(10)
    texts = ["문의: 120", "콜센터\n120", "☎ 1588-1234", "Tel. (국번 없이) 1357", "☎ 530-1234"]
    texts += ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 10))) for _ in range(30000)]
    for s in texts:
        assert _cue_ahead_ends(s) == [m.end() for m in plain.finditer(s)], s


def test_send_lines_and_folding_as_the_plain_patterns() -> None:
    from summarizer.facts.normalize import _FOLDABLE, _TABLE
    from summarizer.facts.reference import _SENT, _sent_ends

    rnd = random.Random(11)
    words = ["\n", " ", "\t", "2024", "1999", "19", "20", ".", "/", "-", "07", "가", "x", "\r"]
    for _ in range(20000):
        s = "".join(rnd.choice(words) for _ in range(rnd.randint(0, 10)))
        assert _sent_ends(s) == [m.end() for m in _SENT.finditer(s)], s
    plain = re.compile(_FOLDABLE.pattern.rsplit("[", 1)[0] + "+")  # `[…]+`
    folds = [chr(c) for c in _TABLE]
    for _ in range(5000):
        s = "".join(
            rnd.choice([*folds[:40], "a", "가", " ", "1"]) for _ in range(rnd.randint(0, 10))
        )
        assert _read(_FOLDABLE.finditer(s)) == _read(plain.finditer(s)), s


def test_dateline_ends_as_the_line_pattern_finds_them() -> None:
    from summarizer.facts.reference import _DATELINE, _dateline_ends

    rnd = random.Random(12)
    words = [
        "\n",
        " ",
        "\t",
        "SEOUL",
        "SEJONG",
        "A",
        "B",
        ", ",
        ",",
        "Korea",
        "Nov",
        ". ",
        "x",
        "가",
    ]
    for s in ["SEOUL, Nov. 3 ", "x\nSEOUL, Korea, The"] + [
        "".join(rnd.choice(words) for _ in range(rnd.randint(0, 10))) for _ in range(20000)
    ]:
        assert _dateline_ends(s) == [m.end() for m in _DATELINE.finditer(s)], s


def test_named_times_asked_from_their_common_letter_as_by_in() -> None:
    # (a page is asked for `정오`/`자정` and `noon`/`midnight` from the letter both words hold)
    from summarizer.facts.timeforms import _NAMED_EN_MARK, _NAMED_KO_MARK

    words = ["정", "오", "자", "정오", "자정", "n", "noo", "oon", "mid", "midn", "ight", "noon",
             "midnight", " ", "가", "N", "NOON", "o"]  # fmt: skip
    rnd = random.Random(17)
    texts = ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 10))) for _ in range(20000)]
    for s in texts:
        assert (_NAMED_KO_MARK.search(s) is not None) == ("정오" in s or "자정" in s), s
        assert (_NAMED_EN_MARK.search(s) is not None) == ("noon" in s or "midnight" in s), s
