"""The registry of noise lines: one record per kind of line that belongs to no summary.

Adding a kind is adding a record (pattern and cheap test) here; `regions` marks every line
the first matching record names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from summarizer.lexicon import (
    BOARD_LINKS,
    COPYRIGHT_MARKS,
    COPYRIGHT_MARKS_EN,
    DATE_LABEL_ENDINGS,
    IMMEDIATE_RELEASE_EN,
    MODIFIED_LABELS,
    PAGE_CHROME,
    POSTING_LABELS,
    alternation,
    led_start,
    marks,
)

COPYRIGHT_KO = alternation(COPYRIGHT_MARKS, spaced=True)
COPYRIGHT_EN = alternation(COPYRIGHT_MARKS_EN)


class NoiseLine(NamedTuple):
    """One kind of noise line: a pattern the whole line (without its line break) matches.

    `anywhere` patterns are the part a line holds anywhere (`.*X.*` written as `X` and
    searched: a line holds no line break, so the two agree, and a search does not walk each
    line back from its end). `needs` is a cheap test every matching line passes (a word the
    pattern cannot match without), so most lines are passed over with an `in`; tests compare
    each form with its plain pattern.
    """

    reason: str
    pattern: re.Pattern[str]
    needs: Callable[[str], object]  # truthy
    anywhere: bool = False


def _always(line: str) -> bool:
    return True


def _any_of(*words: str) -> Callable[[str], object]:
    """A test for a line holding one of `words` (a search of their alternation: the engine
    skips ahead to their first characters)."""
    return re.compile(alternation(words)).search


_CHROME_LEAD = rf"\s*(?:[{marks.STAMP}]\s*)*(?:"
_CHROME_TAIL = r")\s*\d*\s*"
# (the chrome branches that read through a line, apart: a line holds what they need first)
_CHROME_THROUGH = re.compile(
    _CHROME_LEAD + r".*\d+번\s*공유.*댓글.*|.{0,30}\d+(?:\.\d+)?\s*℃.{0,30}"
    r"|.*(?:작성자|글쓴이).{0,30}(?:조회|조회수)\s*[:：]?\s*[\d,]+.*" + _CHROME_TAIL
)
_CHROME_THROUGH_NEEDS = _any_of("공유", "℃", "작성자", "글쓴이")


_NOISE_LINES: tuple[NoiseLine, ...] = (
    NoiseLine(
        "copyright",
        re.compile(  # (searched, only whether a line holds one asked: led_start)
            led_start(
                rf"{COPYRIGHT_KO}|Copyright\s*(©|\(c\))|{COPYRIGHT_EN}",
                "".join(w.lstrip()[0] for w in (*COPYRIGHT_MARKS, *COPYRIGHT_MARKS_EN, "C")),
                case_blind=True,
            ),
            re.I,
        ),
        _always,
        anywhere=True,
    ),
    NoiseLine(
        "input-line",
        re.compile(
            rf"\s*(?:[{marks.STAMP}]\s*)*"  # a bulleted stamp line (`• 승인 2019.05.16 09:39`) too
            + alternation((*POSTING_LABELS, *MODIFIED_LABELS))
            + alternation(DATE_LABEL_ENDINGS)
            + r"?\s*[:：]?\s*([0-9.\-/: 년월일]*|\d{4}.*\d{1,2}:\d{2}.*)\s*"
        ),
        _always,
    ),
    NoiseLine(
        "byline",
        re.compile(
            # (a bulleted byline too: `  • 홍길동 기자` under a site's headline)
            rf"\s*(?:[{marks.STAMP}]\s*)*"
            r"(?:[가-힣A-Za-z]{2,12}\s*)?/?\s*[가-힣]{2,4}\s*(?:[가-힣A-Za-z]{0,8}\s*)?(기자|특파원|통신원)\s*(\S+@\S+)?\s*"
        ),
        _any_of("기자", "특파원", "통신원"),
    ),
    NoiseLine(
        "caption",
        re.compile(
            r"/\s*사진\s*=|\(사진\s*=|(?:^|[\s.])사진\s*=|사진\s*제공|\[사진\]|▲\s*사진"
            r"|\[[^\[\]\n]{1,30}제공[^\[\]\n]{0,30}\]|\(제공\s*=|기념\s*촬영을\s*하고\s*있다"
        ),
        _any_of("사진", "제공", "촬영"),
        anywhere=True,
    ),
    NoiseLine(
        "chrome",
        re.compile(
            _CHROME_LEAD
            + alternation(PAGE_CHROME)
            # reaction buttons with their counts: a row (`좋아요0 화나요0 …`) or one a line
            # (`• 슬퍼요0`, `• 후속기사 원해요3`): a word closed by 요, then only its count
            + r"|좋아요\s*\d+.*|(?:[가-힣]{1,6}\s)?[가-힣]{1,4}요\s*\d+"
            + r"|조회(?:수)?\s*[:：]?\s*[\d,]+|(?:#[^\s#]+\s*){2,}"
            # a board's link to the post before or after, with that post's title and date
            + r"|"
            + alternation(BOARD_LINKS)
            + r"\s*[|:：]?\s+\S.*"
            + _CHROME_TAIL
        ),
        _always,
    ),
    NoiseLine("chrome", _CHROME_THROUGH, _CHROME_THROUGH_NEEDS),
    NoiseLine(
        "attachment",
        re.compile(r"\s*(붙\s*임|첨\s*부)\b.*|\s*[-–—]?\s*끝\s*[-–—]?\s*|\s*사\s*진\s*[:：].*"),
        _any_of("붙", "첨", "끝", "사"),
    ),
    NoiseLine(
        "distribution",
        re.compile(
            r"\s*※\s*(이|본)\s*보도\s*자료는.*|\s*"
            + re.escape(IMMEDIATE_RELEASE_EN)
            + r"\s*|\s*#{3,}\s*",
            re.I,
        ),
        _always,
    ),
    NoiseLine("change-notice", re.compile(r"\s*※.*(바뀔|변경될)\s*수\s*있.*"), _any_of("※")),
)


def noise_reason(line: str) -> str | None:
    """Why a line (without its line break) is noise: the first form it matches, or None."""
    for form in _NOISE_LINES:
        if form.needs(line) and (
            form.pattern.search(line) if form.anywhere else form.pattern.fullmatch(line)
        ):
            return form.reason
    return None


__all__ = ["COPYRIGHT_EN", "COPYRIGHT_KO", "NoiseLine", "noise_reason"]
