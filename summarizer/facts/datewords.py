"""The words of time, written once: relative-date words, anaphoric days, tense cues, weekdays.

Every regex that needs one of these lists is built from here (the way dateparser keeps a
language's words in data and its engine knows none), so `지지난달` is one entry, not a
special case in three functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal, NamedTuple

from summarizer.lazy import lazy_compile
from summarizer.lexicon import led_start

Unit = Literal["month", "year", "past", "next"]


class Shift(NamedTuple):
    """What a relative word moves: a month or year by `by`, or the nearest past/next such day."""

    unit: Unit
    by: int = 0


# written with or without the space inside (지난달 / 지난 달); the spaced form is the key
RELATIVE: dict[str, Shift] = {
    "지지난 달": Shift("month", -2),
    "지난 달": Shift("month", -1),
    "전달": Shift("month", -1),
    "전월": Shift("month", -1),
    "이번 달": Shift("month", 0),
    "이달": Shift("month", 0),
    "다음 달": Shift("month", 1),
    "내달": Shift("month", 1),
    "익월": Shift("month", 1),
    "다다음 달": Shift("month", 2),
    "재작년": Shift("year", -2),
    "지지난 해": Shift("year", -2),
    "지난 해": Shift("year", -1),
    "작년": Shift("year", -1),
    "전년": Shift("year", -1),
    "올해": Shift("year", 0),
    "금년": Shift("year", 0),
    "내년": Shift("year", 1),
    "이듬 해": Shift("year", 1),
    "다음 해": Shift("year", 1),
    "내후년": Shift("year", 2),
    "지난": Shift("past"),
    "오는": Shift("next"),
}

# A day-only `N일` after a year word is no date (`올해 3일` is not a day of this year).
YEAR_WORDS = frozenset(k for k, v in RELATIVE.items() if v.unit == "year")


def _spaced(word: str) -> str:
    return word.replace(" ", "[ ]?")


# longest first, so `지지난달` is never read as `지난달`
RELATIVE_BEFORE = re.compile(
    "(?<![가-힣])(?:"
    + "|".join(_spaced(w) for w in sorted(RELATIVE, key=len, reverse=True))
    + r")[ \t]*$"
)


_BLANKS = lazy_compile(r"[ \t]+")


def relative_key(written: str) -> str:
    """The lexicon key of a relative word as written (`지난달` -> `지난 달`)."""
    word = _BLANKS.sub("", written)
    for key in RELATIVE:
        if key.replace(" ", "") == word:
            return key
    return written.strip()


# Anaphoric days: resolved from the day last named before them, else from the reference.
ANAPHORIC: dict[str, int] = {
    "이날": 0,
    "당일": 0,
    "같은 날": 0,
    "전날": -1,
    "전일": -1,
    "하루 전": -1,
    "다음 날": 1,
    "이튿날": 1,
    "익일": 1,
}
# The anaphoric words by the day they name: the same day, the day before, the day after.
SAME_DAY = tuple(w for w, d in ANAPHORIC.items() if d == 0)
DAY_BEFORE = tuple(w for w, d in ANAPHORIC.items() if d == -1)
DAY_AFTER = tuple(w for w, d in ANAPHORIC.items() if d == 1)
# `지난`, `오는` alone: the nearest such day before or after the reference.
PAST_NEXT = tuple(w for w, v in RELATIVE.items() if v.unit in ("past", "next"))
# Days named from the moment of writing (a news story's own day): today, yesterday, tomorrow.
DEICTIC: dict[str, int] = {"오늘": 0, "어제": -1, "내일": 1}
# Every word naming a time from the text or the reference: no name, organisation or speaker.
TIME_WORDS = (*RELATIVE, *ANAPHORIC, *DEICTIC)
# An earlier time told without its day: `최근`, `지난주`, `지난달` (no day after it), `며칠 전`,
# `recently`, `last week`, `earlier this month`, `over the weekend`: what it tells happened
# before the day of the report, on a day the text does not write
EARLIER_UNDATED = re.compile(
    r"(?:^|\s)(?:최근|얼마\s*전|며칠\s*전|지난\s*주(?!\s*\S*요일)|지난\s*달(?!\s*\d)"
    r"|recently|last\s+(?:week|month)|earlier\s+this\s+(?:week|month)|over\s+the\s+weekend)"
    r"(?=[\s,.]|에|$)"
)
# Parts of a day written before a clock or alone (`이날 오후`, `오전 10시`).
DAYPARTS = ("오전", "오후", "낮", "밤", "저녁", "새벽", "아침")


def words_pattern(words: Iterable[str]) -> str:
    """One regex group of `words`, longest first, a written space as any run of space."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))  # the same text on every run
    return "(?:" + "|".join(r"\s*".join(map(re.escape, w.split(" "))) for w in ordered) + ")"


# `당일 치기`, `전일제`: these two name a day only with a clock after them (`당일 오후 3시`)
NEEDS_CLOCK = frozenset({"당일", "전일"})
CLOCK_AFTER = lazy_compile(r"[ \t]*(?:" + "|".join(DAYPARTS) + r"|\d{1,2}[ \t]*시|\d{1,2}:\d\d)")
# opens with the word itself so the engine can skip ahead fast; the caller checks that no
# syllable is glued before it
ANAPHORIC_WORD = re.compile(
    r"(?P<w>"
    + "|".join(_spaced(w) for w in sorted(ANAPHORIC, key=len, reverse=True))
    + r")(?=[ \t]|에|은|는|의|도|까지|부터|$)"
)

# What the clause after a date says about when it happens.
# (every branch opens with a plain syllable: the engine skips ahead by the set of those first
# syllables, faster than behind a look-ahead for them; the no-syllable-before check of an
# adnominal is asked after its first syllable for that; the tense asks them of every date)
FUTURE_WORDS = lazy_compile(
    r"예정|계획|방침|전(?<!안전)망|할[ \t]*것|될[ \t]*것|겠|앞두|개최될|열릴|체결할|가질|맺을|진행될"
)
_PAST_ADNOMINALS = (
    "열린", "개최된", "체결된", "진행된", "가진", "맺은", "열렸던", "마친", "치러진", "출범한", "발표한",
)  # fmt: skip
PAST_ADNOMINAL = lazy_compile(
    "(?:" + "|".join(f"{w[0]}(?<![가-힣]{w[0]}){w[1:]}" for w in _PAST_ADNOMINALS) + ")(?![가-힣])"
)


def _led_words(*words: str) -> re.Pattern[str]:
    r"""Where `\b(?:word|…)\b`, case-blind, matches, found by the words' first letters in any
    case (`lexicon.led_start`; only whether a sentence has one is asked): a `\b` first gave the
    engine nothing to skip ahead by, and the tense of a date in a sentence without Hangul asks
    these of the whole sentence (a test compares them with the plain patterns)."""
    firsts = "".join(sorted({w[0].lower() for w in words}))
    return re.compile(led_start(rf"\b(?:{'|'.join(words)})\b", firsts, case_blind=True), re.I)


# English: `will sign`, `is to`, `plans to` before or around the date; `signed`, `said` after it.
# A plan told by a verb of expecting is one too: `is expected to`, `is due to be`, `slated for`,
# `planned for`, `set for`, `… next year`
EN_FUTURE = _led_words(
    "will", "shall", "is to", "are to", "plans? to", "planned (?:for|to)", "scheduled",
    "set (?:to|for)", "upcoming", "expected to", "due (?:to be|on|in)", "slated", "next year",
)  # fmt: skip
# A schedule told in the present, as English tells an event's days (`the exhibition opens on
# January 20 and closes on March 3`, `runs until`, `takes effect on`), or in the progressive
# (`is preparing for the forum on`, `is leading a visit from August 18`): the nearest such day,
# coming or just gone
EN_PRESENT = _led_words(
    "opens", "starts", "begins", "runs", "closes", "ends", "lasts", "kicks off", "wraps up",
    "takes (?:effect|place)", "is held", "are held", "is [a-z]+ing", "are [a-z]+ing",
)  # fmt: skip
# ... and, before the date only (the verb the date belongs to), an infinitive or a reported
# plan: `the agreement, to be signed on`, `agreed to hold … on`, `said it would sign … on`
# (after the date they tell what follows it: `After the July 12 summit, the two agreed to …`)
EN_PLAN = _led_words(
    "would", "to be", "agreed to", "decided to", "aims? to", "intends? to", "hopes? to"
)  # fmt: skip
EN_PAST = _led_words(
    "signed", "said", "held", "was", "were", "had", "announced", "agreed", "met", "launched"
)  # fmt: skip
# ... and any regular verb's past before the `on` of a day (`visited on the 28th`, `concluded on
# May 3`): the verb the day belongs to, told in the past (read before the date only, where
# `on` opens the date's phrase; a passive `to be signed on` is told apart by its `be`)
EN_PAST_ON = lazy_compile(r"\b[a-z]{2,}ed[ \t]+on[ \t]")

WEEKDAYS_KO = "월화수목금토일"
# `지난 월요일`, `오는 금요일`, `지난주 목요일`, `이번 주 화요일`, `다음 주 수요일`: a weekday
# named relative to the reference; "past"/"next" the nearest such day, a number a week shift
WEEK_RELATIVE: dict[str, str | int] = {
    "지난": "past",
    "오는": "next",
    "지난 주": -1,
    "이번 주": 0,
    "금주": 0,
    "다음 주": 1,
    "차주": 1,
}
KO_WEEKDAY = lazy_compile(
    r"(?<![가-힣])(?P<rel>"
    + "|".join(_spaced(w) for w in sorted(WEEK_RELATIVE, key=len, reverse=True))
    + r")[ \t]*(?P<wd>[월화수목금토일])요일"
)
WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december")  # fmt: skip
# the same as pattern text, capitalised (`(?:Mon|Tues|…)day`), and the English month names with
# their short forms: one spelling for every reader that asks for them
WEEKDAY_NAME_EN = "(?:" + "|".join(d[:-3].capitalize() for d in WEEKDAYS_EN) + ")day"
MONTH_NAME_EN = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# `M(?<![A-Za-z]M)onday`: no letter before the word, asked after its first letter so that every
# branch opens with a letter and the engine skips ahead to one (a lookbehind first made it try
# every position of the text)
EN_WEEKDAY = lazy_compile(
    r"(?P<w>"
    + "|".join(f"{d[0].upper()}(?<![A-Za-z]{d[0].upper()}){d[1:]}" for d in WEEKDAYS_EN)
    + r")(?![A-Za-z])"
)

__all__ = [
    "ANAPHORIC",
    "ANAPHORIC_WORD",
    "CLOCK_AFTER",
    "DAYPARTS",
    "DAY_AFTER",
    "DAY_BEFORE",
    "DEICTIC",
    "EARLIER_UNDATED",
    "EN_FUTURE",
    "EN_PAST",
    "EN_PAST_ON",
    "EN_PLAN",
    "EN_PRESENT",
    "EN_WEEKDAY",
    "FUTURE_WORDS",
    "KO_WEEKDAY",
    "MONTHS_EN",
    "MONTH_NAME_EN",
    "NEEDS_CLOCK",
    "PAST_ADNOMINAL",
    "PAST_NEXT",
    "RELATIVE",
    "RELATIVE_BEFORE",
    "SAME_DAY",
    "TIME_WORDS",
    "WEEKDAYS_EN",
    "WEEKDAYS_KO",
    "WEEKDAY_NAME_EN",
    "WEEK_RELATIVE",
    "YEAR_WORDS",
    "Shift",
    "relative_key",
    "words_pattern",
]
