"""More of the places a page states its own date, beside `facts.reference`'s posting lines.

- an English page's date field: `Date: 2024.05.10`, `Date 05/10/2024`, `DATE: 10 May 2024`,
  `Release Date: …`, a council agenda item's `On agenda: 6/20/2017`, a board's `Date` over
  `2025-01-31` over `hit` (an event's `Date:` among `Time:` and `Venue:` lines is the event's,
  not the page's);
- a date written before its writer's name under the headline: `2024-03-19 홍길동 기자`,
  `2005-03-25 홍길동`;
- a stamp whose label follows its date: `2024.05.10 09:00 입력`;
- an English byline's stamp before its writer: `Oct. 23, 2023 08:13. by Kim Ga-on`;
- a post's header on a board (`Writer … Date 2019-07-31`, `… 2022-10-24 Hit 937`) and a
  stamp under the headline or the poster's name (`2015-09-16 13:05`, `관리자` over a date);
- where the page's own text ends and a box of other stories begins (`관련기사`, `많이 본 뉴스`):
  the stamps after it date those stories, not this one.
"""

from __future__ import annotations

import re

from summarizer.english.surnames import SURNAMES
from summarizer.facts.datecontext import in_date_bar
from summarizer.facts.dateregistry import date_atoms
from summarizer.facts.refbase import (
    Found,
    Page,
    dated,
    full_date,
    line_end,
    next_filled_line,
    next_line_at,
)
from summarizer.facts.resolve import Reference
from summarizer.lazy import lazy_compile
from summarizer.lexicon import POSTING_LABELS, RANKING_HEADERS, alternation, marks

_DATE_FIELD = lazy_compile(
    rf"(?m)^[ \t{marks.STAMP}]*"
    r"(?:Date|DATE|(?:Release|Publication|Posting|Published|Posted)[ \t]+[Dd]ate"
    r"|Date[ \t]+(?:[Pp]osted|[Pp]ublished|of[ \t]+[Rr]elease)"
    # a council's agenda item: the meeting it was put before (`On agenda: 6/20/2017`)
    r"|On[ \t]+agenda)[ \t]*[:：]?[ \t]*"
)
# What may follow a page's date on its field line: a clock, a separator, a board's counters,
# or the page's next field run on after it (`Date:2015-10-17Source: … Clicks:25`), not an
# event's particulars (`Date: … Time: 14:00`: `_EVENT_LINE`)
_FIELD_TAIL = lazy_compile(
    r"[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[ \t|)\]]*"
    r"(?:(?:[Hh]its?|HIT|[Vv]iews?|VIEWS|ReadCount|조회수?|Writer|Author|작성자)\b.*"
    r"|(?!(?:Time|TIME|Venue|VENUE|Place|PLACE|Location|LOCATION|Where|When|Hours)\b)"
    r"[A-Z][A-Za-z]{1,15}(?:[ \t][A-Za-z]{1,15})?[ \t]*[:：].*)?\r?$"
)
# The lines of an event's particulars: a `Date:` among them dates the event.
_EVENT_LINE = lazy_compile(
    rf"[ \t{marks.STAMP}]*"
    r"(?:Time|TIME|Venue|VENUE|Place|PLACE|Location|LOCATION|Where|When|Hours"
    r"|일시|장소|시간)[ \t]*[:：]"
)


def _near_lines(s: str, start: int, end: int) -> list[str]:
    """The two non-empty lines before `start` and the two after `end`."""
    before = [ln for ln in s[max(0, start - 300) : start].splitlines() if ln.strip()][-2:]
    after = [ln for ln in s[end : end + 300].splitlines() if ln.strip()][:3]
    return before + after


def date_field(page: Page) -> Found | None:
    """An English date field opening its line, its date closing the line (or before a clock
    or a board's counters); not among an event's particulars."""
    s = page.s
    if "ate" not in s and "DATE" not in s and "agenda" not in s:
        return None
    for m in _DATE_FIELD.finditer(s):
        at = next_line_at(s, m.end())
        if at < 0:
            continue
        found = dated(s, at, "input-line", page)
        if found is None or not _FIELD_TAIL.match(s, found.end, line_end(s, found.end)):
            continue
        if any(_EVENT_LINE.match(ln) for ln in _near_lines(s, m.start(), line_end(s, found.end))):
            continue
        return found
    return None


_NAME_AFTER = lazy_compile(
    r"[ \t|]*(?P<name>[가-힣]{2,4})(?P<title>[ \t]*(?:기자|특파원|통신원))?[ \t]*\r?$"
)


def _a_name(m: re.Match[str]) -> bool:
    """A writer's name: with its title, or a family name leading two to four syllables (not
    a weekday `화요일`)."""
    name = m.group("name")
    if m.group("title"):
        return True
    return name[0] in SURNAMES and not name.endswith("요일") and len(name) <= 4


def dated_writer(s: str, first_lines: int = 8) -> Found | None:
    """A date opening one of the page's first lines, the writer's name closing it:
    `2024-03-19 홍길동 기자` under the headline."""
    pos = 0
    for _ in range(first_lines):
        end = line_end(s, pos)
        line = s[pos:end]
        atoms = date_atoms(line[:40]) if line[:1].isdigit() or line[:1] in " \t" else []
        a = atoms[0] if atoms else None
        if a is not None and not line[: a.start].strip() and (d := full_date(a)) is not None:
            m = _NAME_AFTER.match(line, a.end)
            if m is not None and _a_name(m):
                return Found(Reference.of(d), "byline", pos + a.start, pos + a.end)
        if end >= len(s):
            return None
        pos = end + 1
    return None


_GAP = "[ \t]*"
_LABEL_AFTER = lazy_compile(
    r"[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]*)?"
    rf"(?:{alternation(POSTING_LABELS, spaced=True, gap=_GAP)})(?:[ \t]*(?:일시|시간|일))?"
    r"[ \t]*(?:[|\]\r\n]|$)"
)


def label_after(s: str, page: Page) -> Found | None:
    """A date opening its line with a posting label after it: `2024.05.10 09:00 입력`."""
    for a in page.atoms:
        line_start = s.rfind("\n", 0, a.start) + 1
        if s[line_start : a.start].strip(" \t[|") or (d := full_date(a)) is None:
            continue
        if _LABEL_AFTER.match(s, a.end):
            return Found(Reference.of(d), "input-line", a.start, a.end)
    return None


# an English byline's stamp, its writer after it: `… won. Oct. 23, 2023 08:13. by Kim Ga-on`,
# `April 1, 2024 - 14:28 By Kim Ga-on` (a dash before the clock)
# (the name two or three capitalised words, then the writer's address, a bracket or the line's
# end: `signed May 5, 2024 by Gana and Dara` names the signers, no writer)
_BY_WRITER = lazy_compile(
    r"(?P<clock>[ \t]+(?:[-–|][ \t]+)?\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*[.,|]?[ \t]+[Bb]y[ \t]+"
    r"[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){1,2}"
    r"(?=[ \t]*(?:[\w.+-]+@|[(|,]|\.?[ \t]*\r?\n|\.?[ \t]*$))"
)
_HEAD = 300  # a byline stands under or beside the headline, in the page's first characters


def by_writer(page: Page, stop: int) -> Found | None:
    """A full date the writer's `by Name` follows, near the page's top and before the boxes of
    other stories: a stamp with its clock (`… won. Oct. 23, 2023 08:13. by Kim Ga-on`), or a
    date opening its line (`May 5, 2024, by Lee Na-ra`); not a day in a sentence (`signed on
    May 5, 2024 by Kim Ga-on, the CEO`)."""
    s = page.s
    for a in page.atoms:
        if a.start >= min(stop, _HEAD):
            return None
        if (d := full_date(a)) is None or (m := _BY_WRITER.match(s, a.end)) is None:
            continue
        if m.group("clock") or not s[s.rfind("\n", 0, a.start) + 1 : a.start].strip():
            return Found(Reference.of(d), "byline", a.start, a.end)
    return None


# `| 2019-07-09 11:05:49`, `[2024-03-14 10:00]`, an aggregator's `• 2025.07.10 18:00`
_STAMP_LEAD = " \t|·•[("  # (what may stand before the date, stripped and skipped alike)
_STAMP_HINT = lazy_compile("[" + re.escape(_STAMP_LEAD) + r"]*(?:19|20)\d\d[ \t]*[.\-/년]")
# (the clock with its half of the day before or after it: `2024.02.26. 오후 3:33`,
# `2024.09.30 PM 05:27`)
_CLOCK_ONLY = lazy_compile(
    r"[ \t]*(?:(?:오전|오후|[AaPp]\.?[Mm]\.?)[ \t]*)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]*[)\]]?[ \t]*$"
)
_HAS_WORD = lazy_compile(r"\w")


def stamp(s: str) -> Found | None:
    """A date with its clock alone on a line in the page's first lines (`2015-09-16 13:05`
    under the headline, `홍길동 (2023-04-13 19:15:28)` after the poster's name), or without
    its clock right under or over the poster's name (`관리자`, `name@paper.kr | 2024-09-30`,
    a board's bare `2019-12-19` over the posting desk `홍보팀`). A date
    bar carries a weekday and no clock; it is not one. Lines without a letter or digit (a
    table's `|` rows) are not counted."""
    pos, prev, seen = 0, "", 0
    while seen < 8:
        end = line_end(s, pos)
        line = s[pos:end]
        seen += _HAS_WORD.search(line) is not None
        lead = _POSTER.match(line)
        at = lead.end() if lead else 0
        atoms = date_atoms(line[at:]) if _STAMP_HINT.match(line, at) else []
        a = atoms[0] if atoms else None
        if (
            a is not None
            and not line[at : at + a.start].strip(_STAMP_LEAD)
            and (d := full_date(a)) is not None
            # (the site's date bar with its clock, `2025-12-06 (토) 08:30` over the log-in
            # links, is today's date of the site: the dates and times found leave it too)
            and not in_date_bar(s, pos + at + a.start, pos + at + a.end)
            and (
                (":" in line and _CLOCK_ONLY.match(line, at + a.end))
                or (
                    a.parts.weekday is None
                    and not line[at + a.end :].strip()
                    and (
                        lead is not None
                        or _NAME_LINE.fullmatch(prev.strip())
                        or _NAME_LINE.fullmatch(next_filled_line(s, end).strip())
                    )
                )
            )
        ):
            return Found(Reference.of(d), "input-line", pos + at + a.start, pos + at + a.end)
        if end >= len(s):
            return None
        prev = line if line.strip() else prev
        pos = end + 1
    return None


# `name@paper.kr | `, or a name before its bracketed stamp: `홍길동 (`
_POSTER = lazy_compile(r"[ \t]*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*\||[가-힣]{2,4}[ \t]*\()[ \t]*")
_NAME_LINE = lazy_compile(
    r"[가-힣]{2,4}[ \t]*(?:기자|특파원|통신원)|관리자|운영자|admin|(?:편집|홍보|기획)(?:부|팀|실)"
)


# A board's post header: `Writer SEOULTECH ReadCount 155 Date 2019-07-31`, `작성자 … 작성일 …`
# (the label may be written twice, `작성일 작성일 24.06.21`, and the year with two digits)
_BOARD = lazy_compile(
    r"(?m)^[^\n]{0,80}\b(?:Writer|Author|ReadCount|Hits|Views|작성자|조회수?)\b[^\n]{0,80}?"
    r"\b(?:(?:Date|작성일|등록일)[ \t]*[:：]?[ \t]*)+(?=(?:19|20)\d\d|\d\d[.\-/]\d\d?[.\-/]\d\d?\b)"
)
# the same header with its counter after the date: `Name\tadmin\tDate\t2021/03/05 00:00:00\tHit\t23`,
# `admin | Date 2021/03/05 | Hit 231`
_BOARD_COUNT_AFTER = lazy_compile(
    r"(?m)^[^\n]{0,80}?\b(?:Date|작성일|등록일)[ \t]*[:：]?[ \t]*"
    r"(?=(?:19|20)?\d\d[.\-/]\d\d?[.\-/]\d\d?\b[^\n]{0,40}?\b(?:Hits?|HITS?|Views?|VIEWS?|ReadCount|조회수?)\b)"
)
# A board's title line with the post's date before its hit count: `… 체결 2022-10-24 hit.937`,
# or the date and count on their own line under the title (`2024-10-28 hit 118`)
_HITS = lazy_compile(
    r"(?m)(?:(?<=[ \t|])|^)(?=(?:19|20)?\d\d[.\-/]\d\d?[.\-/]\d\d?\.?[ \t|]*(?:hits?|views?|조회수?)[ \t.:]*[\d,]+)",
    re.I,
)


# one of these stands in every board header _BOARD, _BOARD_COUNT_AFTER (but one whose only
# counter is an all-capital `VIEWS`) or _HITS reads: a page without any is not scanned
_BOARD_WORDS = (
    "Writer",
    "Author",
    "ReadCount",
    "Hits",
    "Views",
    "작성자",
    "조회",
    "hit",
    "Hit",
    "HIT",
    "view",
    "View",
)


def board(s: str, stated: Page) -> Found | None:
    if not any(w in s for w in _BOARD_WORDS):
        return None
    for rx in (_BOARD, _BOARD_COUNT_AFTER, _HITS):
        for m in rx.finditer(s):
            found = dated(s, m.end(), "input-line", stated)
            if found is not None:
                return found
    return None


# a newspaper's print-edition line: the date opening its line, the page it ran on after it
# (`2010-03-31 29면`, `2024.03.14 A29면`), nothing else on the line but the date's weekday and a
# clock between them (`2007-4-13 0:0:0 12면`, its clock a placeholder of zeros; `2019-05-03 (금)
# 14:22 29면`)
_PRINT_PAGE = lazy_compile(
    r"(?:[ \t]*\([월화수목금토일]\))?(?:[ \t]+\d{1,2}:\d{1,2}(?::\d{1,2})?)?"
    r"[ \t]+[A-Z]?\d{1,2}[ \t]*면[ \t\])]*(?:\r?\n|$)"
)


def print_edition(page: Page, stop: int) -> Found | None:
    """The date of the print edition a story ran in, before the boxes of other stories."""
    s = page.s
    if "면" not in s:
        return None
    for a in page.atoms:
        if a.start >= stop:
            return None
        if s[s.rfind("\n", 0, a.start) + 1 : a.start].strip(" \t[(") or not _PRINT_PAGE.match(
            s, a.end
        ):
            continue
        if (d := full_date(a)) is not None:
            return Found(Reference.of(d), "input-line", a.start, a.end)
    return None


# a page flattened to one line: the stamp between the headline and the text, the desk or the
# writer after it (`… 협약 2023-12-14 사진팀 가온시는 …`, `… 2024.03.14 홍길동 기자 가온시는 …`)
STAMP_TAIL = lazy_compile(r"[ \t]+(?:[가-힣]{1,6}팀|[가-힣]{2,4}[ \t]*(?:기자|특파원))[ \t]")
_YEAR_FIRST = lazy_compile(r"(?:19|20)\d\d[.\-/]")


def run_in_stamp(page: Page) -> Found | None:
    """A full date written year first near the page's top, the desk or writer right after it,
    on a line that goes on as the story's text; not a date in a sentence (`는 2024-03-14 …`)."""
    s = page.s
    for a in page.atoms:
        if a.start >= _HEAD:
            return None
        if not _YEAR_FIRST.match(s, a.start) or (m := STAMP_TAIL.match(s, a.end)) is None:
            continue
        before = s[s.rfind("\n", 0, a.start) + 1 : a.start].rstrip()
        if not before or before[-1:] in "는은이가을를에와과" or not _HAS_WORD.search(s, m.end()):
            continue
        if (d := full_date(a)) is not None:
            return Found(Reference.of(d), "byline", a.start, a.end)
    return None


_EN_MONTH = lazy_compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?")


# what may stand beside an English posting date on its line: the clock it was posted at, with
# its zone (`| 21:24 (GMT+7)`, `11:45 PM IST`), and before it the writer (`By A Name`)
_EN_STAMP_CLOCK = lazy_compile(
    r"[ \t|·,]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::\d\d)?)?\)?)?[ \t]*"
)
_EN_STAMP_BY = lazy_compile(r"By[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]+")
_EN_STAMP_SIZE = 60


def _english_stamp_line(line: str, atom_start: int, atom_end: int) -> bool:
    """Whether the line holds a posting date and at most its clock and its writer: the date
    alone (`March 14, 2024`), or with the clock after it and the writer before it."""
    if atom_start == 0 and atom_end == len(line):
        return True
    return (
        len(line) <= _EN_STAMP_SIZE
        and (atom_start == 0 or _EN_STAMP_BY.fullmatch(line, 0, atom_start) is not None)
        and _EN_STAMP_CLOCK.fullmatch(line, atom_end) is not None
    )


def english_stamp(page: Page, first_lines: int = 4) -> Found | None:
    """An English date with its year alone on one of the page's first lines (`March 14, 2024`
    under the headline), or with the clock it was posted at (`December 04, 2017 | 21:24
    (GMT+7)`) and its writer before it (`By A Name Jul 01, 2023 11:45 PM IST`); not a date bar
    (its weekday before it) nor an event's particulars."""
    s = page.s
    pos = seen = 0
    while seen < first_lines and pos < len(s):
        end = line_end(s, pos)
        line = s[pos:end].strip()
        seen += bool(line)
        if line[:1].isalnum() and _EN_MONTH.search(line) and len(line) <= _EN_STAMP_SIZE:
            atoms = date_atoms(line)
            lead = s.find(line, pos)
            if (
                len(atoms) == 1
                and _english_stamp_line(line, atoms[0].start, atoms[0].end)
                and (d := full_date(atoms[0])) is not None
                and not any(_EVENT_LINE.match(ln) for ln in _near_lines(s, pos, end))
            ):
                return Found(Reference.of(d), "byline", lead, lead + len(line))
        pos = end + 1
    return None


# a copied story's source line: `출처 : 가온일보(http://www.gaon.kr) 2024-03-14`, the original's date
# (opening with its literal word, which the engine skips ahead to; the line's start asked after)
_SOURCE_LINE = lazy_compile(r"출처[ \t]*[:：][^\n]{0,120}?(?=(?:19|20)\d\d[.\-/])")


def source_line(page: Page) -> Found | None:
    """The date on a copied story's `출처` line, closing that line."""
    s = page.s
    if "출처" not in s:
        return None
    for m in _SOURCE_LINE.finditer(s):
        if s[s.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
            continue
        found = dated(s, m.end(), "input-line", page)
        if found is not None and not s[found.end : line_end(s, found.end)].strip(" \t\r)]"):
            return found
    return None


_SENTENCE_END = re.compile(r"(?:다|요|음|함)[.!?]?[\"'”’)]?[ \t]*$|[.!?][\"'”’)]?[ \t]*$")
# a ranking or related-stories header alone on its line (spaces around it aside), found from the
# line break before it: a literal the engine skips to, where the lines were each stripped and
# looked up
_RANKING_LINE = re.compile(r"\n[^\S\n]*" + alternation(RANKING_HEADERS) + r"[^\S\n]*(?=\n|\Z)")


def others_from(s: str) -> int:
    """Where the boxes of other stories begin: the first ranking or related-stories header
    line after the page's first sentence; the text's end when there is none."""
    # (the lines read up to the first sentence's only, most pages' first few)
    start = 0
    while True:
        end = s.find("\n", start)
        line = (s[start:] if end < 0 else s[start:end]).strip()
        if len(line) > 15 and _SENTENCE_END.search(line) is not None:
            break
        if end < 0:
            return len(s)
        start = end + 1
    found = _RANKING_LINE.search(s, end) if end >= 0 else None  # (from that line's break)
    return found.start() + 1 if found is not None else len(s)


__all__ = [
    "STAMP_TAIL",
    "board",
    "by_writer",
    "date_field",
    "dated_writer",
    "english_stamp",
    "label_after",
    "others_from",
    "print_edition",
    "run_in_stamp",
    "source_line",
    "stamp",
]
