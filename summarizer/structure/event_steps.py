"""Dates in a sentence about the signing that belong to another step: a council's vote on the
agreement (`시의회는 2일 … 체결 동의안을 가결했다`), an anniversary of it (`체결 10주년을 맞아 15일
기념행사`), an earlier agreement the sentence goes on from (`지난해 … 체결한 데 이어 12일 …
맺었다`) or a meeting after it (`체결한 뒤 20일 실무협의회를 열었다`). A wrong event date is worse
than none (issue 8): such dates are left out (a council's session is no venue either: `venue._ABSTRACT`),
and so is a decision the signing follows from (`…로 지정됨에 따라 … 체결됐다`). In a sentence listing
several occasions each after its own time, the signing's time is the one before it.

Also here: a sentence about another signing (`… 맺은 바 있다`, another day), whose venue is not
this one's; an English weekday the facts kept once; a stored page's `date …` line before its
dateline, which dates the story, not the signing."""

from __future__ import annotations

import itertools
import re

from summarizer.facts.datewords import EARLIER_UNDATED, WEEKDAYS_EN
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    SERIES_WORDS,
    SIGNING_CEREMONIES,
    SIGNING_STEMS,
    alternation,
    led,
    led_start,
)
from summarizer.lexicon.connectives import TURNS_BACK, connectives
from summarizer.models.records import Fact, Span
from summarizer.structure.event_days import report_day
from summarizer.structure.lines import facts_in, span
from summarizer.structure.quote_marks import quote_open
from summarizer.structure.venue_other import occasion_day

# another step than the signing in the sentence, asked only whether there is one: found by
# its first character, a digit among them, and the step read from that character behind it
# (`lexicon.led_start`'s form: a look-ahead for the characters gave the engine nothing to skip
# ahead by, and it entered the pattern at every character); `의회 본회의장에서`, `시의회
# 소회의실에서`: the council's hall, no step of its own
# (`교통과`, a traffic division, passes nothing)
OTHER_STEP = re.compile(
    r"[의가통승본동심상\d](?<=(?=(?:의결|가결|(?<!교)통과|승인|본회의(?!장)|동의안"
    # (`시의회 접견실(본관 1층)에서`: the council's room, an aside before its `에서`)
    r"|(?<!협)의회\s(?!\S*(?:장|실|청사|홀)(?:\([^()\n]{0,20}\))?에서)|심의|상정|\d+\s*주년))[\s\S])"
)
# what makes a found step word no step: `의회` in a person's title (`군의회 의장`, `시의회 의원`:
# an attendee, not the council acting); `심의`, `통과` as the end of another noun with its
# particle (`중심의 연구`, `소통과 협력`), a syllable glued before and a space after
_TITLED = lazy_compile(
    rf"의회\s+\S*?{alternation(('의장', '부의장', '의원', '위원장'))}(?![가-힣])"
)
_NOUN_PARTICLE = lazy_compile(r"(?<=[가-힣])(?:심의|통과)\s")


def step_word(text: str, s: int, e: int) -> re.Match[str] | None:
    """The first word of `[s, e)` that names another step than the signing (`OTHER_STEP`), not
    one inside a quoted name, a person's title or another noun."""
    for m in OTHER_STEP.finditer(text, s, e):
        if _TITLED.match(text, m.start()) or _NOUN_PARTICLE.match(text, m.start()):
            continue
        if quote_open(text, s, m.start(), closed_by=e) >= 0:
            continue  # (`‘자매결연 20주년 기념 교류 협약’`: the quoted name's word)
        return m
    return None


# the signing word that names that step rather than the signing (`체결 동의안`, `체결 10주년`)
_STEP_AFTER = lazy_compile(r"\s*(?:동의안|안건|계획안|승인|의결|\d+\s*주년)")
# (these two behind a look-ahead for their first characters: a branch opening with a group
# gave the engine nothing to skip ahead by)
_SIGNING_FORM = alternation((*SIGNING_STEMS, *SIGNING_CEREMONIES)) + r"|손(?:을)?\s*(?:맞)?잡"
_SIGNING_FIRSTS = "".join(w[0] for w in (*SIGNING_STEMS, *SIGNING_CEREMONIES)) + "손"
_SIGNING = lazy_compile(led(_SIGNING_FORM, _SIGNING_FIRSTS))  # (the matches, one after another)
# whether a signing word stands in a stretch: found by its first character (led_start)
_SIGNING_AT = lazy_compile(led_start(_SIGNING_FORM, _SIGNING_FIRSTS))
# `…을 체결한 데 이어`, `맺은 뒤`: an earlier signing the sentence goes on from
_AFTER_SIGNING = re.compile(
    alternation(SIGNING_STEMS) + r"(?:한|은)\s*(?:데\s*이어|뒤|후|이후|다음)"
)


def other_step_dates(text: str, s: int, e: int, facts: list[Fact]) -> set[int]:
    """The start offsets of the dates in sentence `[s, e)` that date another step."""
    dates = facts_in(facts, "date", s, e)
    out: set[int] = set()
    after = _AFTER_SIGNING.search(text, s, e)
    if after is not None:
        # the main clause signs too: its dates are the signing's; else the earlier clause's are
        main_signs = _SIGNING_AT.search(text, after.end(), e) is not None
        out |= {f.start for f in dates if (f.start >= after.end()) != main_signs}
    if step_word(text, s, e):
        out |= {f.start for f in dates if step_between(text, f.end, e)}
    # `오는 20일 누리호텔에서 열릴 포럼에 앞서 14일 … 맺었다`: the 20th is the forum's
    out |= {f.start for f, g in itertools.pairwise(dates) if occasion_day(text, f.end, g.start)}
    # `지난 6월11일 도가 출범한 후 오는 4일 … 체결한다`: the launch the signing comes after
    out |= {
        f.start for f, g in itertools.pairwise(dates) if earlier_clause_day(text, f.end, g.start)
    }
    out |= under_earlier_agreement(text, s, e, dates)
    # `가온동 청년회는 12일 결연을 맺은 누리마을을 방문해`, `가온시와 결연을 맺고 있는 누리시
    # 합창단이 12일 … 방문했다`, `우호협정을 체결할 예정인 누리주 사절단이 12일 … 예방했다`: a visit to or from a body tied before
    # or to be; the tie names who, the day is the visit's
    if dates and _VISIT.search(text, s, e) and _tied_only(text, s, e):
        out |= {f.start for f in dates}
    # `지난 3월 사업자로 지정됨에 따라 … 체결됐다`: the decision the signing follows from
    if _BECAUSE.search(text, s, e):
        out |= {f.start for f in dates if _cause_between(text, f.end, e)}
    return out


# a clause closing with `-ㄴ 후`, `-ㄴ 뒤`, `-ㄴ 이후` (`출범한 후`, `문을 연 뒤`): a happening
# before the next day of the sentence (a signing's own `체결한 뒤` is _AFTER_SIGNING's)
_THEN = lazy_compile(r"[가-힣](?<=[한된은연던간온본난친])\s*(?:후|뒤|이후|다음)(?=[\s,에])")


def earlier_clause_day(text: str, end: int, next_start: int) -> bool:
    """Whether the day ending at `end` is a happening's that the sentence leaves behind before
    its next day at `next_start` (within a short clause, no signing in it)."""
    if next_start - end > 60:
        return False
    m = _THEN.search(text, end, next_start)
    return m is not None and _SIGNING_AT.search(text, end, m.start()) is None


# the sentence's predicate a visit (`방문했다`, `방문해`, `예방했다`: a call on an official)
_VISIT = lazy_compile(r"(?:방문|예방)(?:했|하였|해|하여|하고|한다|중)")
# a signing word in an adnominal clause naming a body: done (`맺은 X`, `체결한 X`), lasting
# (`맺고 있는 X`, `맺어 온 X`) or planned (`체결할 예정인 X`, `맺을 X`)
# (not a clause of time or plan: `맺은 뒤`, `체결한 후`, `체결할 예정이다`, `맺을 계획`)
_TIED = lazy_compile(
    r"(?:맺|체결|결연)(?:은|한|하고\s*있는|고\s*있는|어\s*온|해\s*온|을|할)\s+(?:예정인\s+)?"
    r"(?!(?:예정|계획|방침|것|수|뒤|후|다음|데|때|바|전|이후|직후|자리|이래|지|적|만큼)"
    r"(?:에|에는|이다|으로|로|을|를|이|가|은|는|도)?(?![가-힣]))"
)


def _tied_only(text: str, s: int, e: int) -> bool:
    """Whether every signing word of sentence `[s, e)` stands in an adnominal clause (and there
    is one): the tie describes a body, the sentence tells something else."""
    tied = [m.start() for m in _TIED.finditer(text, s, e)]
    if not tied:
        return False
    return all(any(t <= m.start() < t + 4 for t in tied) for m in _SIGNING.finditer(text, s, e))


# `지난해 맺은 협약에 따라`, `체결한 MOU를 바탕으로`: an agreement signed before, which the
# sentence's own happening follows from
_UNDER_AGREEMENT = re.compile(
    r"(?:(?:체결|서명)(?:한|된|했던)|맺(?:은|어진|었던))\s+(?:\S+\s+)?"
    r"(?:협약|협정|MOU|양해각서|각서)\S*?\s*(?:에\s*따라|[을를]\s*바탕으로|에\s*근거하?여?)"
)
# English: the signing in a relative clause (`Gaon, which signed an MOU … last year, held …`)
_EN_WHICH_SIGNED = re.compile(r",\s*(?:which|who)\s+(?:had\s+|has\s+)?(?:signed|inked)\b[^,;\n]*,")
_EN_SIGNS = lazy_compile(r"\b(?:sign|signs|signed|signing|ink|inks|inked)\b")


def under_earlier_agreement(text: str, s: int, e: int, dates: list[Fact]) -> set[int]:
    """The start offsets of the dates of sentence `[s, e)` when it tells a happening under an
    agreement signed before (`맺은 협약에 따라`, `, which signed …,`) and signs nothing itself."""
    # (each pattern opens with a few literal characters the engine skips ahead by, in C: one
    # search each is cheaper than looking for words first)
    if not dates:
        return set()
    m = _UNDER_AGREEMENT.search(text, s, e)
    if m is not None and _SIGNING_AT.search(text, m.end(), e) is None:
        return {f.start for f in dates}
    m = _EN_WHICH_SIGNED.search(text, s, e)
    if m is not None and _EN_SIGNS.search(text, m.end(), e) is None:
        return {f.start for f in dates}
    return set()


_SERIES = lazy_compile(alternation(SERIES_WORDS))
_SPAN_EDGE = lazy_compile(r"\s*(?:부터|까지)")


def several_signings(text: str, s: int, e: int, dates: list[Fact]) -> bool:
    """Whether sentence `[s, e)` dates a series of signings, one partner after another, each on
    its own day (`지난 16일 A와의 협약을 시작으로, 24일 B, … 순차적으로 체결할 계획이다`, `12일 B,
    14일 C와 잇따라 맺었다`): two days or more, a word of a series, and the signing told after
    the last day. No one of its days is the event's (`dates`: the sentence's own, another
    step's left out; a day a span opens or closes, `20일부터`, or the report's is no signing's)."""
    days = [
        f
        for f in dates
        if f.value
        and "/" not in f.value
        and not _SPAN_EDGE.match(text, f.end)
        and not report_day(text, f)  # `맺었다고 15일 밝혔다`: the report's day
    ]
    if len({f.value for f in days}) < 2 or _SERIES.search(text, s, e) is None:
        return False
    return _SIGNING_AT.search(text, days[-1].end, e) is not None


# a decision the signing follows from: `…로 지정됨에 따라`, `…로 결정되면서`
_BECAUSE = re.compile(r"(?:됨|됐음|되었음)에\s*따라|되면서|됨으로써|된\s*데\s*따라")


def _cause_between(text: str, at: int, e: int) -> bool:
    """Whether such a clause closes between a date at `at` and the signing after it."""
    cue = _clean_cue(text, at, e)
    return cue is not None and _BECAUSE.search(text, at, cue.start()) is not None


# `… 맺었으며, 14일 …와도 체결했다`, `… 체결한 뒤 …`: a signing clause the sentence goes on from
_SIGNED_AND = re.compile(r"(?:체결|서명|맺)(?:했|었|한|은)(?:으며|고|\s*데\s*이어|\s*뒤|\s*후)")


def signing_clause(text: str, s: int, e: int, date: Fact) -> int:
    """Where the clause of the signing dated by `date` opens: after an earlier signing clause the
    sentence goes on from, when the day lies after it and the rest of the sentence signs too."""
    start = s
    for m in _SIGNED_AND.finditer(text, s, date.start):
        if _SIGNING_AT.search(text, m.end(), e):
            start = m.end()
    return start


def step_between(text: str, at: int, e: int) -> bool:
    """Whether a date at `at` belongs to another step: no signing follows it before `e`
    (`체결 동의안` names the vote), or another step comes between it and the signing."""
    cue = _clean_cue(text, at, e)
    return cue is None or step_word(text, at, cue.start()) is not None


def _clean_cue(text: str, at: int, e: int) -> re.Match[str] | None:
    """The first signing word after `at` that does not name another step (`체결 동의안`)."""
    return next(
        (m for m in _SIGNING.finditer(text, at, e) if not _STEP_AFTER.match(text, m.end())), None
    )


# `… 협약을 맺은 바 있다`, `지난해 … 체결한`: an agreement signed before, whose venue is not this one's
_SIGNED_BEFORE = lazy_compile(  # (only whether a sentence has one is asked)
    led_start(
        r"(?:맺|체결|서명|협약|결연)\S*\s*바\s*있|(?:지난해|작년|지난\s*\d{4}년)[^.\n]{0,60}?(?:맺|체결|협약)",
        "맺체서협결지작",
    )
)


# another occasion than the signing: before or after the ceremony (`협약식 이후 … 방문해`,
# `협약식에 앞서 … 환담`), a signing with a further partner (`누리재단과도 협약을 맺었다`), or one
# a `한편` sentence tells with its own partner (`한편, 다온재단은 … 누리대와 협약을 체결했다`)
_OTHER_OCCASION = lazy_compile(
    r"(?:협약식|체결식|서명식|협정식)\s*(?:이후|후|뒤|직후|전|에\s*앞서|을\s*마치고|을\s*마친)"
    r"|\S(?:과|와)도\s[^.\n]{0,40}?(?:맺|체결|협약)"
    # (`한편 …`, `(이에) 앞서 같은 날 오전 X에서 B와 협약을 맺었다`: a signing the sentence turns
    # back to, with a partner of its own)
    rf"|^\W*(?:이에\s*)?(?:{connectives(TURNS_BACK)})\W[^.\n]{{0,80}}?\S(?:과|와)\s[^.\n]{{0,40}}?(?:체결|맺)"
)


def other_signing(text: str, s: int, e: int, facts: list[Fact], date: Fact | None) -> bool:
    """Whether sentence `[s, e)` tells of another signing than the one dated by `date`: one it
    says came before (`… 맺은 바 있다`), another occasion around it, or one on another day the
    sentence states."""
    if _SIGNED_BEFORE.search(text, s, e):
        return True
    if date is not None and _OTHER_OCCASION.search(text[s:e]):
        return True
    if date is None or not date.value:
        return False
    days = [f.value for f in facts_in(facts, "date", s, e) if f.value and "/" not in f.value]
    return bool(days) and date.value not in days


_WEEKDAY = lazy_compile(
    r"(?<!said )(?<!announced )(?<!told )\b(?:on\s+)?("
    + "|".join(w.capitalize() for w in WEEKDAYS_EN)
    + r")\b"
)


def weekday_again(text: str, s: int, e: int, facts: list[Fact]) -> Fact | None:
    """`signed … on Tuesday` where the facts kept only the first `Tuesday` of the page (a day
    is a fact once): that fact's day, read at this sentence's word."""
    for m in _WEEKDAY.finditer(text, s, e):
        word = m.group(1)
        told = next(
            (
                f
                for f in facts
                if f.kind == "date" and f.text == word and f.value and "/" not in f.value
            ),
            None,
        )
        if told is not None:
            return Fact(kind="date", text=word, start=m.start(1), end=m.end(1), value=told.value)
    return None


# `최근`, `얼마 전`, `recently` between a day and the signing: the signing is told without a day
_SIGNED_EN = lazy_compile(r"\b(?:signed|inked|sealed|concluded)\b")


def recent_instead(text: str, date: Fact, e: int) -> bool:
    """`3일 대구 엑스코는 최근 … 협약을 체결했다고 3일 밝혔다`: the day names the report; the
    signing itself came `최근` (recently), `지난주`, `last week`; its word after that time, or
    the ceremony named just before it (`협약식은 지난주 시청에서 열렸다고 …`)."""
    m = EARLIER_UNDATED.search(text, date.end, e)
    return m is not None and (
        _SIGNING_AT.search(text, m.end(), e) is not None
        or _SIGNED_EN.search(text, m.end(), e) is not None
        or _CEREMONY_BEFORE.search(text, max(date.end, m.start() - 12), m.start()) is not None
    )


_CEREMONY_BEFORE = lazy_compile(alternation(SIGNING_CEREMONIES) + r"[은는이가]?\s*$")


def _signs(text: str, s: int, e: int) -> bool:
    return (
        _SIGNING_AT.search(text, s, e) is not None
        or _SIGNED_EN.search(text, s, e) is not None
        or _CEREMONY_EN.search(text, s, e) is not None
    )


_CEREMONY_EN = lazy_compile(r"\b(?:signing|ceremony)\b")


# a clock to the second (`2025-03-12 오전 10:12:30`, `2024-05-10 14:03:27`): a page's machine stamp
# run into the text, which no story writes for its occasion; matched right after a date
# (`event._page_stamp`, its half of day before it) or searched in a time fact's text
STAMP_CLOCK = lazy_compile(r"[ \t]*(?:(?:오전|오후|AM|PM)[ \t]*)?\d{1,2}:\d\d:\d\d")


def stamp_clock(f: Fact) -> bool:
    """Whether a time fact is a machine stamp's clock, written to the second."""
    return STAMP_CLOCK.search(f.text) is not None


def signing_time(text: str, facts: list[Fact], s: int, e: int) -> Fact | None:
    """The time of the signing in sentence `[s, e)`. In one that lists several occasions, each
    after its own time (`오전 10시 … 회의에 참석한 후 오후 2시 … 협약식에 참석한 뒤 오후 4시 …`),
    the time whose stretch, up to the next time, holds the signing; the first time when the
    sentence names the signing before any time (`협약식은 오전 10시 … 열렸으며 오후 2시에는 …`) or
    when no stretch does."""
    times = [f for f in facts_in(facts, "time", s, e) if f.value and not stamp_clock(f)]
    if len(times) < 2 or _signs(text, s, times[0].start):
        return times[0] if times else None
    for t, after in zip(times, [*times[1:], None], strict=True):
        if _signs(text, t.end, after.start if after else e):
            return t
    return times[0]


# A stored page's `date 2023-01-17` line run into the story's dateline (`SEOUL, Jan. 17 (Yonhap)
# --`, `Seoul, Aug 26`): both date the story, not the signing
_LEAD = re.compile(
    r"\s*date[ \t]+\d{4}-\d\d(?:-\d\d)?\b[ \t]*"
    r"(?:[A-Za-z][A-Za-z .]{1,30},[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?"
    r"(?:[ \t]+\([^)\n]{1,30}\))?(?:[ \t]*[–—-]{1,2})?"
    # `MIRI (May 21):`: the city in capitals, its day in brackets
    r"|[A-Z][A-Z .]{1,30}[ \t]+\([A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\)[ \t]*[:–—-]{1,2})?"
)


def lead_dateline(text: str) -> Span | None:
    m = _LEAD.match(text)
    return span(text, m.start(), m.end()) if m else None


__all__ = [
    "OTHER_STEP",
    "STAMP_CLOCK",
    "earlier_clause_day",
    "lead_dateline",
    "other_signing",
    "other_step_dates",
    "recent_instead",
    "signing_clause",
    "signing_time",
    "stamp_clock",
    "step_between",
    "step_word",
    "under_earlier_agreement",
    "weekday_again",
]
