"""What the words around a written number say about it: a date, or a count, code or version."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.facts.datewords import WEEKDAY_NAME_EN
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    IMPRINT_DATE_LABELS,
    IMPRINT_WORDS,
    RANKING_HEADERS,
    SITE_EDITION_LABELS,
    VIEW_COUNT_LABELS,
    alternation,
    marks,
)

# Day-only `N일` is a date unless the words around make it a count of days.
_DAY_BEFORE_BAD = lazy_compile(
    r"(?:(?<![가-힣])(?:박|약|총|연|주|월|년|제|첫|단|만|각)|박|매월|매달|매주|매년|매일|하루|최대|최소|"
    r"최장|최단|평균|무려|불과|최근|향후|기간|근무|휴가)[ \t]*$"
)
_DAY_AFTER_OK = lazy_compile(
    r"(?:[(\[]|[ \t\r\n]|$|[^\w]|부터|까지|에|엔|의|은|는|이(?!상|하|내|후|전|며)|과|와|로|께|쯤|경|자|날|오전|오후|밤|낮|새벽|저녁|아침)"
)
# `N일 3회`, `1일 2시간씩`: a rate per day. A count of things after a day (`17일 3개 기관과`,
# `17일 20명이`) is a date unless `씩` makes it a rate; `1일` before any count is `하루`.
_RATE_UNITS = r"(?:회|번|시간|차례)"
_COUNT_UNITS = r"(?:건|개|명|곳|대|톤|㎏|kg|km|㎞)"
_ONE_DAY_RATE = lazy_compile(rf"[ \t]*\d[\d,.]*[ \t]*(?:{_RATE_UNITS}|{_COUNT_UNITS})")
# `17일 전 직원이`: `전` (all) before a group, not `N일 전` (N days before)
_ALL_OF = r"(?:직원|임직원|교직원|구성원|공무원|국민|시민|구민|군민|도민|주민|회원|학생|세계|지역|부서|계층|연령|과정|분야|가구|세대)"
_DAY_AFTER_BAD = lazy_compile(
    rf"[ \t]*(?:\d+[ \t]*{_RATE_UNITS}(?:씩)?|\d[\d,]*[ \t]*{_COUNT_UNITS}[ \t]*(?:씩|꼴)|전(?![ \t]*{_ALL_OF})|평균|최대|최소|한도|당|걸|소요|간|동안|이내|이상|이하|미만|초과|째|차|만에|만|마다|씩|치|분|내|안에|안|후|뒤|정도|가량|"
    r"남짓|넘게|넘|연속|내외|여|간격|짜리|단위|가까이|밖에|뿐|사이|이 지나|이 걸|을|를)(?![가-힣])"
)
_DAY_AFTER_TAKES = lazy_compile(r"[ \t]*(?:걸리|걸려|걸린|걸릴|소요|머무|머물|묵)")
_DAY_AFTER_BAD_GLUED = lazy_compile(r"(?:간|동안|째|차|만|마다|씩|치|분|내|여|짜리)")
# `2~3일` followed by these names two days of an event, not a length of time
_DAY_RANGE_EVENT = lazy_compile(
    r"(?:[ \t]*(?:양일|이틀간|사흘간|나흘간|이틀 동안|사흘 동안|에 걸쳐|개최|열리|열린|열려|열렸|열릴|개막)"
    r"|[ \t]*[(\[]?[ \t]*[월화수목금토일][ \t]?[~\-])"
)
LINE_START = lazy_compile(rf"(?:^|\n)[ \t{marks.HEADING_LEAD}]*$")  # (summarizer.lexicon.marks)
# A unit after a number (`3.5배`, `1.5 배로`): a Hangul unit after a space only when a particle
# or no Hangul follows it, so `5.12 개최` and `5.12 회의` keep their date
_UNITS_KO = "(?:배|회|점|명|개|원|건|세|년|위)"
UNIT_AFTER = lazy_compile(
    rf"[ \t]?(?:%|p|°|km|kg|m\b)|{_UNITS_KO}|[ \t]{_UNITS_KO}(?=[^가-힣]|$|[로를을이가는은에씩도만째와과])"
)
TIME_AFTER = lazy_compile(r"[ \t]+\d{1,2}:\d{2}")
_DATE_LABEL = lazy_compile(
    r"(?:일시|일자|날짜|기간|일정|기한|마감|접수|시행|등록|입력|수정|작성|게시|발행|배포|보도|기준|"
    r"[Dd]ate|[Dd]ated|[Pp]osted(?:[ \t]+on)?|[Pp]ublished(?:[ \t]+on)?)일?[ \t]*[:：)\]]?[ \t]*$"
)


_BAR_REST = re.compile(
    r"[월화수목금토일]요일|\([월화수목금토일]\)|" + WEEKDAY_NAME_EN + r"|\d{1,2}:\d{2}(?::\d{2})?"
    # (a weekday's letter standing alone: `2020.5.29 금 10:29`)
    r"|(?<![가-힣])[월화수목금토일](?![가-힣])"
)
# What follows a date bar: weather, log-in and subscription links, the site's menu or a
# breadcrumb (`홈 > 사회`), in Korean or English; or the article's own posting stamp under its
# headline (`승인 2019.07.31 11:40`): the bar above it is the day the page was served
_CHROME = lazy_compile(
    r"℃|°C|로그인|회원가입|전체메뉴|전체기사|구독신청|기상청|날씨|지면보기|(?:^|\n)\s*(?:홈|HOME|Home)\s*[>›»]"
    r"|Log ?in|Sign (?:in|up)|Subscribe|(?:^|\n)\s*(?:Home|HOME)\s+(?:News|NEWS)\b"
    r"|(?:승인|기사입력|입력)\s*[:：]?\s*\d{4}\s*[./-]\s*\d"
)


# `2024.11.28 (목)` opening the page, its weekday bracketed after it: a news site's date bar even
# where the excerpt cut the weather after it
_BAR_WEEKDAY = lazy_compile(r"\d[ \t]+\([월화수목금토일]\)[ \t\r]*$")


# What a portal prints just above its date bar: the skip link (`컨텐츠 바로가기`), log-in links
_CHROME_BEFORE = lazy_compile(r"(?:본문|컨텐츠|콘텐츠|메뉴)\s*바로\s*가기|로그인|회원가입|전체메뉴")


@lru_cache(maxsize=4)
def _top_breaks(s: str) -> tuple[int, ...]:
    """Where the page's first four line breaks are (fewer when it has fewer): found once per
    page, not counted from the page's start for every date (quadratic on a long page)."""
    out: list[int] = []
    k = -1
    while len(out) < 4 and (k := s.find("\n", k + 1)) >= 0:
        out.append(k)
    return tuple(out)


# A character no date bar's rest (or lead) holds: none of `_BAR_REST`'s (weekdays, digits,
# times) nor of what is stripped around them. Looked for first, where it stops at once, before
# the rest of the line is copied and substituted: on a page of one long line, every date's
# line was (quadratic: bench_adversarial.py bad_dates, 300k characters 10 s)
_BAR_KEPT_AFTER = lazy_compile(r"[^\d월화수목금토일요():A-Za-z \t\])\r]")
_BAR_KEPT_BEFORE = lazy_compile(r"[^\d월화수목금토일요():A-Za-z \t\[(,]")


# `• 최종편집 : 2024-04-26 20:48 (금)`, `UPDATED. 2024-04-19 10:36 (금)` opening a page: the
# site's last edition
_EDITION_LEAD = re.compile(
    r"[ \t•·*|\-]*" + alternation(SITE_EDITION_LABELS) + r"[ \t]*[:：.]?[ \t]*"
)


def in_date_bar(s: str, start: int, end: int, *, skip_link: bool = False) -> bool:
    """A site's date bar: a date alone on one of the page's first lines, page chrome
    (weather, log-in links) right after it (with `skip_link`, a portal's skip link or log-in
    links right before it also do), or the site's `최종편집` date there. It is today's date of
    the site: a date written on the page (with a year), never the page's reference date."""
    breaks = _top_breaks(s)
    fourth = breaks[3] if len(breaks) == 4 else len(s)
    if fourth < start:  # four line breaks before its line (asked first: only the top is read)
        return False
    # (the line's start and end from the breaks up top: a long line is not scanned for them)
    line_start = max((b for b in breaks if b < start), default=-1) + 1
    if end <= fourth:
        line_end = next((b for b in breaks if b >= end), len(s))
    else:
        line_end = s.find("\n", end)
        line_end = len(s) if line_end == -1 else line_end
    if _BAR_KEPT_AFTER.search(s, end, line_end):
        return False  # (words after the date: its rest is not empty)
    rest = _BAR_REST.sub("", s[end:line_end])
    edition = _EDITION_LEAD.fullmatch(s, line_start, start) is not None
    if not edition and _BAR_KEPT_BEFORE.search(s, line_start, start):
        return False  # (words before the date: its lead is not empty)
    lead = "" if edition else _BAR_REST.sub("", s[line_start:start])
    if lead.strip(" \t[(,") or rest.strip(" \t])\r"):
        return False
    return (
        edition
        or (line_start == 0 and _BAR_WEEKDAY.search(s, start, line_end) is not None)
        or _CHROME.search(s, line_end, min(len(s), line_end + 200)) is not None
        or (skip_link and _CHROME_BEFORE.search(s, max(0, line_start - 80), line_start) is not None)
    )


# `2022.08.01 00:00 기준` on a line of its own (under `실시간 키워드`, `많이 본 뉴스`): the time a
# ranking box was last counted, a clock always with it
_AS_OF_CLOCK = lazy_compile(r"[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*기준[ \t)\]]*(?:\r?\n|$)")
_AS_OF_LEAD = lazy_compile(r"(?:^|\n)[ \t(\[]*$")


def as_of_stamp(s: str, start: int, end: int) -> bool:
    """Whether the date at `start:end` is a page box's `as of` stamp, a line holding only the
    date, a clock and `기준` (`2022.08.01 00:00 기준`): when the box was counted, no date of the
    article. (A table's `2024.6.30 기준` has no clock and stays a date.)"""
    return (
        _AS_OF_CLOCK.match(s, end) is not None
        and _AS_OF_LEAD.search(s, max(0, start - 8), start) is not None
    )


# a box of other stories: its header alone on a line (`주요 뉴스`, `관련기사`), then headlines
_BOX_HEADER = lazy_compile(rf"[\s{marks.STAMP}:)]*" + alternation(RANKING_HEADERS) + r"\s*")
_SENTENCE_LINE = lazy_compile(r"[다요]\.[\"'”’)]?\s*$")
_BOX_LINES = 30  # how far up a headline is looked for its box's header
_HEADLINE_SIZE = 120  # a longer line is body text, as the boxes' reader has it


def in_other_stories(s: str, start: int) -> bool:
    """Whether the date at `start` stands in a headline of a box of other stories (`주요 뉴스`
    over `• 尹 탄핵사건, 4일 오전 11시 생중계 선고…`): that story's day, whose month the article's
    date does not give. Read upwards from its line through headlines only (short lines, no
    sentence end) to the box's header, a bounded number of lines; a box is one below some
    sentence of the article."""
    end = s.find("\n", start)
    end = len(s) if end < 0 else end
    for _ in range(_BOX_LINES):
        line_start = s.rfind("\n", 0, start) + 1 if start else 0
        line = s[line_start:end]
        if _BOX_HEADER.fullmatch(line):
            # (under the article: a box over the page's top, `실시간 댓글` above the headline,
            # holds no headline of the article's own)
            return s.rfind("다.", 0, line_start) >= 0
        if len(line) > _HEADLINE_SIZE or _SENTENCE_LINE.search(line):
            return False
        if line_start == 0:
            return False
        start = end = line_start - 1
    return False


# `발행일 : `, `등록(발행)일자 : ` right before a date: a label that may date the outlet itself
_IMPRINT_LABEL = lazy_compile(
    alternation(IMPRINT_DATE_LABELS) + r"[ \t]*(?:일자|일)[ \t]*[:：]?[ \t]*$"
)
_IMPRINT_WORD = lazy_compile(alternation(IMPRINT_WORDS))
_IMPRINT_REACH = 160  # an imprint's fields sit within a few short lines of each other


def in_imprint(s: str, start: int, end: int) -> bool:
    """Whether the date at `start:end` is the outlet's registration date in its legal imprint
    (`등록(발행)일자 : 2023년 3월 3일` beside `제호`, `등록번호`, `발행인`): a label that dates
    the outlet right before it, and an imprint word within a few lines around. An article's own
    `• 등록일 2021.03.17` under its headline has no imprint around it and stays.

    Such a date is still a date the page writes (the realistic corpora's gold lists it), but it
    never dates the article: the publication date is not taken from it."""
    if _IMPRINT_LABEL.search(s, max(0, start - 16), start) is None:
        return False
    return _IMPRINT_WORD.search(s, max(0, start - _IMPRINT_REACH), end + _IMPRINT_REACH) is not None


# A date that is part of a file's name: glued to `_`, or its token (brackets aside) ending in
# a file extension: `보도자료(2024.05.10).hwp`, `MOU_2024-05-10.pdf`, `2024.05.10_사진.jpg`
_FILE_EXT = re.compile(
    r"[^\s]{0,40}?\.(?:hwpx?|pdf|jpe?g|png|gif|docx?|xlsx?|pptx?|zip|txt|hwt)(?![A-Za-z\d])",
    re.I,
)


def in_file_name(s: str, start: int, end: int) -> bool:
    """Whether the date at `start:end` is written inside a file's name."""
    if s[start - 1 : start] == "_" or s[end : end + 1] == "_":
        return True
    # (the name's full stop comes within 41 characters: looked for as a string first, the
    # pattern's lazy run otherwise tried every length up to 40 after each date of the page)
    return s.find(".", end, end + 41) >= 0 and _FILE_EXT.match(s, end) is not None


def day_only_ok(s: str, start: int, after: int, has_wd: bool, anchored: bool) -> bool:
    """Whether a bare `N일` (N at `start`, 일 ending at `after`) is a date, not a count of days."""
    if has_wd:
        return True
    if not anchored and _DAY_BEFORE_BAD.search(s, max(0, start - 6), start):
        return False
    if start >= 2 and s[start - 1] in "~-" and s[start - 2].isdigit():
        return False
    if _DAY_AFTER_BAD.match(s, after) or _DAY_AFTER_TAKES.match(s, after):
        return False
    one_day = s[start:after].rstrip("일 \t") in ("1", "01")
    if one_day and not anchored and _ONE_DAY_RATE.match(s, after):
        return False
    return bool(_DAY_AFTER_OK.match(s, after)) and not _DAY_AFTER_BAD_GLUED.match(s, after)


def day_range_is_event(s: str, after: int) -> bool:
    """Whether a month-less `2~3일` (일 ending at `after`) is two dates rather than a length.

    Alone, a small range is more often a number of days (`처리에 2~3일`); words such as
    `양일간`, `개최` or a weekday range after it name the days of an event.
    """
    return _DAY_RANGE_EVENT.match(s, after) is not None


def short_year_ok(s: str, start: int, end: int, has_wd: bool) -> bool:
    """`24.7.17` (a year without its apostrophe) is a date only with a weekday, clock or label.

    Without them it is as likely a version or section number; it may still open a range.
    """
    return (
        has_wd
        or TIME_AFTER.match(s, end) is not None
        or _DATE_LABEL.search(s, max(0, start - 12), start) is not None
        or _COUNT_AFTER.match(s, end) is not None
    )


# a post's stamp: its view count after the date (`관리자 | 21.03.05 | 조회 12`, `24.6.21 hit 55`)
_COUNT_AFTER = lazy_compile(rf"\.?[ \t|·/]*{alternation(VIEW_COUNT_LABELS)}[ \t]*[:：.]?[ \t]*\d")


__all__ = [
    "LINE_START",
    "TIME_AFTER",
    "UNIT_AFTER",
    "as_of_stamp",
    "day_only_ok",
    "day_range_is_event",
    "in_date_bar",
    "in_imprint",
    "in_other_stories",
    "short_year_ok",
]
