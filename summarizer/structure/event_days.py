"""Days of signing named by a word or by the story's own day: `이날`, `당일`, `today`, `earlier in
the day` under a dateline, a weekday that fits the dateline, `전날` in a news story, and a day
that may be only the report's (`23일 중기청은 … 체결했다고 밝혔다`)."""

from __future__ import annotations

import datetime as _dt
import re

from summarizer.facts.datewords import (
    DAY_BEFORE,
    DEICTIC,
    EARLIER_UNDATED,
    SAME_DAY,
    WEEKDAYS_EN,
    words_pattern,
)
from summarizer.facts.tense import tense_after
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    ANNOUNCE_VERBS_KO,
    DISTRIBUTION_WORD,
    MODIFIED_LABELS,
    POSTING_LABELS,
    POSTING_LABELS_EN,
    RELEASE_WORD,
    REPORT_VERBS_EN,
    REPORTED_EN,
    alternation,
)
from summarizer.models.records import Fact
from summarizer.structure.lines import facts_in

ANNOUNCE = re.compile(r"^\s*" + alternation(ANNOUNCE_VERBS_KO))
# `18일 "… 전날 협약식을 가졌다"고 전했다`: the day stands outside the quotation its sentence
# reports, with the report's verb
_QUOTED_REPORT = lazy_compile(
    r"\s*[“\"][^”\"\n]{1,300}[”\"]\s*(?:이?라?고|며)\s*" + alternation(ANNOUNCE_VERBS_KO)
)
# `12일 취재결과`, `12일 취재에 따르면`: the day of the paper's own inquiry
_INQUIRY = lazy_compile(r"\s*(?:본지\s*)?취재\s*(?:결과|에\s*따르면)")


def report_day(text: str, f: Fact) -> bool:
    """Whether the day is the report's, not a happening's: the report's verb right after it
    (`15일 밝혔다`), or after the quotation it stands before (`18일 "…"고 전했다`), or the
    paper's own inquiry (`12일 취재결과`)."""
    return bool(
        ANNOUNCE.match(text[f.end : f.end + 10])
        or _QUOTED_REPORT.match(text, f.end)
        or _INQUIRY.match(text, f.end)
    )


_LAST_YEAR = lazy_compile(r"\blast\s+year\b|(?<![가-힣])지난\s*해(?!\s*\d)")
_NOW = lazy_compile(r"[Tt](?<![A-Za-z][Tt])oday(?![A-Za-z'’])|오(?<![가-힣]오)늘(?!날)")
_SAID_BEFORE = lazy_compile(rf"\b(?:{REPORTED_EN})\s+(?:on\s+)?$")
_THIS_DAY = lazy_compile(r"(?:^|\s)" + words_pattern(SAME_DAY) + r"(?=\s|$)")  # 이날, 당일 …
_TODAY = lazy_compile(
    r"\btoday\b|\b(?:earlier|later)\s+(?:in\s+the|that)\s+day\b|"
    + words_pattern((*SAME_DAY, *(w for w, d in DEICTIC.items() if not d)))
)


def same_day(text: str, cue: tuple[int, int], dateline_facts: list[Fact]) -> Fact | None:
    """`… signed … on Thursday` under a `Sept. 5` dateline: the dateline's date, if the weekday fits."""
    dated = next(
        (f for f in dateline_facts if f.kind == "date" and f.value and "/" not in f.value), None
    )
    if dated is None:
        return None
    sent = text[cue[0] : cue[1]]
    # `…, the ministry said Tuesday`: the day of the announcement, not of the signing
    m = re.search(
        # (`said on Tuesday` too: the weekday is read past the `on` as well)
        r"(?<!said )(?<!announced )(?<!told )(?<!reported )(?<!said on )(?<!announced on )"
        r"(?<!reported on )\b(?:on\s+)?(" + "|".join(WEEKDAYS_EN) + r")\b",
        sent,
        re.I,
    )
    if m:
        try:
            weekday = _dt.date.fromisoformat(dated.value or "").weekday()
        except ValueError:
            return None
        return dated if WEEKDAYS_EN[weekday] == m.group(1).lower() else None
    # `said today that it signed … last week`: today is the report's day, the signing earlier
    # (`X, which signed an MOU last year, held a forum today`: today is the forum's)
    today = _TODAY.search(sent)
    if today is None or _SAID_BEFORE.search(sent, 0, today.start()):
        return None
    return None if EARLIER_UNDATED.search(sent) or _LAST_YEAR.search(sent) else dated


# a weekday the sentence names for its own happening, not for a report of it (`said Monday`,
# `reported on Thursday`, `on Friday announced that …`)
# (the report verbs are lexicon.REPORT_VERBS_EN, each behind `X ` and `X on `)
_NOT_AFTER_REPORT = "".join(f"(?<!{v} )(?<!{v} on )" for v in REPORT_VERBS_EN)
_NAMED_WEEKDAY = lazy_compile(
    _NOT_AFTER_REPORT + r"\b(?:on\s+)?(" + "|".join(w.capitalize() for w in WEEKDAYS_EN) + r")\b"
)
# `… said`, `… announced`: the day before it is the report's
TOLD_AFTER_EN = r"\s+(?:" + "|".join(REPORT_VERBS_EN) + r")\b"
_TOLD_AFTER_EN = lazy_compile(TOLD_AFTER_EN)
# `…, according to the city's officials on Tuesday`: the weekday of the report it is told by
# (a source set off by its comma; `signed according to the plan on May 3` is no report)
ACCORDING_ON = lazy_compile(r",\s*according\s+to\s+[^,.;\n]{1,60}?\s+(?:on\s+)?$", re.I)
# a plan told before its weekday: `will sign the MOU on Monday`
_PLANNED_EN = lazy_compile(r"\b(?:will|shall|(?:is|are)\s+to|plans?\s+to|to\s+be)\b")


def weekday_named(
    text: str,
    s: int,
    e: int,
    dateline_facts: list[Fact],
    reference: _dt.date | None,
    others: frozenset[int] | set[int] = frozenset(),
) -> Fact | None:
    """`inked the MOU in Abu Dhabi on Sunday` under a `Jan. 16` (a Monday) dateline: the
    nearest such weekday on or before the dateline's date (after it in a plan: `will sign on
    Friday`); with no dateline, the reference date's. `others` are where another step's days
    start (a council's vote, an earlier agreement). The facts keep a weekday only where no
    written date names its day, so the signing's weekday is read here, at its own word."""
    if text.find("day", s, e) < 0:
        return None  # (every weekday's name ends in `day`)
    dated = next(
        (f for f in dateline_facts if f.kind == "date" and f.value and "/" not in f.value), None
    )
    try:
        base = _dt.date.fromisoformat(dated.value or "") if dated is not None else reference
    except ValueError:
        base = reference
    if base is None:
        return None
    for m in _NAMED_WEEKDAY.finditer(text, s, e):
        if _TOLD_AFTER_EN.match(text, m.end(1)) or m.start(1) in others:
            continue  # `on Friday announced that …`: the day of the report; another step's day
        if ACCORDING_ON.search(text, max(s, m.start(1) - 80), m.start(1)):
            continue  # `according to officials on Tuesday`: the report's day too
        wd = WEEKDAYS_EN.index(m.group(1).lower())
        if tense_after(text, m.end(1)) == "future" or _PLANNED_EN.search(text, s, m.start()):
            day = base + _dt.timedelta(days=(wd - base.weekday()) % 7 or 7)
        else:
            day = base - _dt.timedelta(days=(base.weekday() - wd) % 7)
        return Fact(
            kind="date", text=m.group(1), start=m.start(1), end=m.end(1), value=day.isoformat()
        )
    return None


_YESTERDAY = lazy_compile(
    r"(?<!said )(?<!announced )(?<!told )\b(?:yesterday|a\s+day\s+earlier"
    r"|the\s+(?:previous|preceding)\s+day|the\s+day\s+before)\b",
    re.I,
)


def yesterday(text: str, cue: tuple[int, int], dateline_facts: list[Fact]) -> Fact | None:
    """`The signing took place … yesterday` under a `MIRI (May 21)` dateline: the day before it."""
    dated = next(
        (f for f in dateline_facts if f.kind == "date" and f.value and "/" not in f.value), None
    )
    if dated is None:
        return None  # (no dateline: the sentence is not searched)
    m = _YESTERDAY.search(text, cue[0], cue[1])
    if m is None:
        return None
    try:
        day = _dt.date.fromisoformat(dated.value or "") - _dt.timedelta(days=1)
    except ValueError:
        return None
    return Fact(kind="date", text=m.group(), start=m.start(), end=m.end(), value=day.isoformat())


def this_day(text: str, s: int, e: int, facts: list[Fact]) -> Fact | None:
    """`협약식은 이날 …`: the day most recently named before the word, in an earlier sentence or
    earlier in its own (`6일 X에 따르면 두 기관은 이날 …`); in `이날 … 맺었다고 11일 밝혔다` it is
    the day of the announcement itself."""
    m = _THIS_DAY.search(text[s:e])
    if not m:
        return None
    told = [
        f
        for f in facts_in(facts, "date", s + m.end(), e)
        if f.value and "/" not in f.value and report_day(text, f)
    ]
    if told:
        return told[0]
    before = _days_before(text, facts, s + m.start())
    if not before:
        return None
    return _held_before_told(text, before) or before[-1]


def page_day(
    text: str, s: int, e: int, facts: list[Fact], reference: _dt.date | None
) -> Fact | None:
    """`입력 2024.05.20` over `가나시는 오늘 … 협약을 맺었습니다`: a `오늘` or `today` in the
    sentence of the signing, no day written in the story before it, names the page's own day:
    its posting stamp (a stamp whose day is the reference date). Read as a dateline's is
    (`same_day`): a report's `said today`, or a signing told as earlier, is none. (`이날` points
    back, not at the moment of writing: with no day before it, the story was cut above it.)"""
    if reference is None or _NOW.search(text, s, e) is None:
        return None
    day = reference.isoformat()
    stamps = [f for f in facts if f.kind == "date" and f.value == day and _posting_stamp(text, f)]
    if not stamps or any(_day_before(text, f, e) for f in facts if f.start < s):
        return None
    return same_day(text, (s, e), stamps[:1])


def _days_before(text: str, facts: list[Fact], at: int) -> list[Fact]:
    """The days written before `at` that a `이날` there may refer to (no page stamp)."""
    return [f for f in facts if _day_before(text, f, at)]


def _day_before(text: str, f: Fact, at: int) -> bool:
    return bool(
        f.kind == "date"
        and f.end <= at
        and f.value
        and "/" not in f.value
        and not _posting_stamp(text, f)
    )


# a sentence of the story closing before a word (`…맺었다.`, `…밝혔습니다.`, `… in Dara.`)
_CLOSED = lazy_compile(r"(?:다|[.!?])(?=\s)")


def orphan_day(text: str, facts: list[Fact], body_start: int) -> int | None:
    """Where a `이날` (or `당일`) opens the story with nothing to refer to: no day written before
    it (a page stamp is none) and no sentence of the story closing before it, as on a page
    stored from the middle of its article (`이날 협약은 …`, `군에 따르면 이날 협약식에는 …`). Its
    day is not the signing's: the facts read it against the reference date, a guess."""
    # (only the story's first sentence is read: the scan stops where it closes)
    closed = _CLOSED.search(text, body_start)
    m = _THIS_DAY.search(text[body_start : closed.start() if closed else len(text)])
    if m is None:
        return None
    at = body_start + m.start() + (m.group()[:1].isspace())
    # (whether there is a day before it: the first one found will do)
    return None if any(_day_before(text, f, at) for f in facts) else at


# the page's own date labels (`기사입력`, `등록`, `보도`, `배포`, `수정`)
_POSTED = lazy_compile(
    alternation((RELEASE_WORD, DISTRIBUTION_WORD, *POSTING_LABELS, *MODIFIED_LABELS), spaced=True)
    + "|"
    + alternation(POSTING_LABELS_EN)
)


def _posting_stamp(text: str, f: Fact) -> bool:
    """`기사입력: 2021/04/07 [13:48]`: the page's own stamp, its label just before it on its
    line, is no day the story names (`이날` after it is the day of what the story tells); nor
    is a stamp standing alone on its line under the headline (`2023-10-11 16:04`)."""
    start = text.rfind("\n", max(0, f.start - 30), f.start) + 1 or max(0, f.start - 30)
    if _POSTED.search(text, start, f.start) is not None:
        return True
    return _BARE_STAMP.fullmatch(text, start, _line_end(text, f.end)) is not None


# a line holding a year-first date and a clock and nothing else: the page's stamp
_BARE_STAMP = lazy_compile(
    r"[ \t]*(?:19|20)\d\d[.\-/]\d{1,2}[.\-/]\d{1,2}\.?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t\r]*"
)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _held_before_told(text: str, before: list[Fact]) -> Fact | None:
    """`지난 24일 … 개최했다고 25일 밝혔다. 이날 …`: the last day named before is the report's;
    `이날` is the day of what was held, named earlier in that same sentence."""
    told, held = before[-1], before[-2] if len(before) > 1 else None
    if held is None or not report_day(text, told):
        return None
    between = text[held.end : told.start]
    return held if "\n" not in between and "다." not in between else None


_REPORTED = lazy_compile(r"(?:다|었|였|했)고\s+" + alternation(ANNOUNCE_VERBS_KO))


_SUBJECT_NEXT = re.compile(r"\s*\S+(?:은|는|이|가)\s")


def reported_day(text: str, date: Fact, e: int) -> bool:
    """`23일 중기청은 … 체결했다고 밝혔다`: the day may be the signing's or only the report's."""
    return bool(_SUBJECT_NEXT.match(text[date.end : date.end + 30])) and bool(
        _REPORTED.search(text, date.end, e)
    )


_NEWS = lazy_compile(r"기자\s*=|송고\s*(?:시간)?\s*20\d\d|입력\s*20\d\d|\(\w+=\w+\)")
_DAY_BEFORE = lazy_compile(r"(?:^|\s)(" + words_pattern(DAY_BEFORE) + r")(?=\s|$)")


def day_before(
    text: str,
    s: int,
    e: int,
    facts: list[Fact],
    reference: _dt.date | None,
    guessed: list[Fact],
) -> Fact | None:
    """`세 기관은 전날 … 맺었다` in a news story: the day before the story's own date."""
    m = _DAY_BEFORE.search(text, s, e)
    if m is None or not _NEWS.search(text[:e]):
        return None
    told = [
        f
        for f in facts
        if f.kind == "date"
        and f.end <= m.start()
        and f.value
        and "/" not in f.value
        and report_day(text, f)
    ]
    try:
        base = _dt.date.fromisoformat(told[-1].value or "") if told else reference
    except ValueError:
        base = reference
    if base is None:
        return None
    day = (base - _dt.timedelta(days=1)).isoformat()
    found = Fact(kind="date", text=m.group(1), start=m.start(1), end=m.end(1), value=day)
    if not told:
        guessed.append(found)
    return found


__all__ = [
    "ACCORDING_ON",
    "ANNOUNCE",
    "TOLD_AFTER_EN",
    "day_before",
    "orphan_day",
    "page_day",
    "report_day",
    "reported_day",
    "same_day",
    "this_day",
    "weekday_named",
]
