"""The tense of the clause a date belongs to: a past report, a present plan, or a future one.

Korean: the first predicate after the date decides (`체결했다` past, `체결한다` present,
`체결할 예정이다` future); the past marker is the final consonant ㅆ of the syllable before
다 (했, 혔, 었, 됐 …). English: `will`/`is to` around the date, else a past verb.
"""

from __future__ import annotations

import re
from typing import Literal

from summarizer.facts.datewords import (
    EN_FUTURE,
    EN_PAST,
    EN_PAST_ON,
    EN_PLAN,
    EN_PRESENT,
    FUTURE_WORDS,
    PAST_ADNOMINAL,
)
from summarizer.lazy import lazy_compile
from summarizer.lexicon import FINAL_N, FINAL_SS, REPORT_VERBS_EN, REPORTED_EN, final_of

# (compiled once: these are asked of every sentence, line or name)
_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")


Tense = Literal["past", "present", "future"]

# the end of the first predicate: 다 closing a clause or quoting one (다고, 다며, 다는)
# (each branch opening with a literal: the engine skips ahead by the set of them)
_PREDICATE_END = lazy_compile(
    r"다(?=[.,!?\s\"'”’)]|고|며|는|$)|" + "|".join(rf"\{c}(?=\s|$)" for c in ".!?") + "|\n"
)
# a verb's clause closing on a connective (`체결하고 `, `맺었으며 `, `가졌고 `, `열고, `,
# `마쳤으며 `, `체결하면서 `): another clause follows (read here and by `structure.event`)
CLAUSE_JOINED = lazy_compile(
    r"(?:[하되했됐였었열갖맺졌쳤](?:고|며|면서)|[했됐였었쳤졌맺]으며)[ \t,]"
)
# `…하기로 했다`, `…하기로 하였다`, `…키로 했다`: the clause tells a decision, whose day may be the
# one it was taken or the one it plans (`16일부터 운영하기로 했다`): its past tense says neither
_DECIDED = lazy_compile(r"[기키]로[ \t]*(?:했|하였|결정했|합의했)다$")
_LIMIT = 160


def tense_after(s: str, end: int) -> Tense | None:
    """The tense of the clause that follows a date ending at `end`; None when nothing says."""
    stop = _PREDICATE_END.search(s, end, min(len(s), end + _LIMIT))
    window = s[end : stop.end() if stop else min(len(s), end + _LIMIT)]
    if not window or window[0] in "\r\n":  # the date ends its line (CRLF pages too)
        # (an English sentence closing on its date, `… will be signed on 8 February.`, is told
        # by the words before it; a Korean field's `일시: 3월 5일` by nothing)
        line = s[s.rfind("\n", 0, end) + 1 : end]
        english = _LATIN.search(line) is not None and _HANGUL.search(line) is None
        return _english(s, end) if english else None
    if _HANGUL.search(window) is None:
        return _english(s, end)
    if (plan := FUTURE_WORDS.search(window)) is not None:
        # `6일 … 자매결연을 체결하고 … 추진할 계획이다`: the plan is the later clause's; the
        # date's own clause, joined by `-고`/`-며`, tells no tense
        done = CLAUSE_JOINED.search(window, 0, plan.start())
        return None if done is not None else "future"
    if PAST_ADNOMINAL.search(window):
        return "past"
    if stop is None or not window.endswith("다") or len(window) < 2:
        return None
    final = final_of(window[-2])
    if final == FINAL_SS and _DECIDED.search(window):
        return None  # `16일부터 운영하기로 했다`: a decision, told of the day decided or planned
    if final == FINAL_SS:
        return "past"
    if final == FINAL_N or window[-2] == "는":
        return "present"
    return None


# a sentence ends at `.`, `!` or `?` before a capital or a quote, not inside `5 p.m. on the 17th`
_THIS_YEAR = lazy_compile(r"[\d.\-–~/\s]*(?:of\s+)?this\s+year\b", re.I)
# (every branch opening with its own mark, a literal: the engine skips ahead by the set of them,
# faster than behind a look-ahead for them; a class first gave it nothing to skip by)
_EN_SENTENCE_END = lazy_compile(
    "|".join(rf"{re.escape(c)}[\"”’)]?\s+(?=[A-Z\"“])" for c in ".!?") + "|\n"
)


_RELATIVE_AFTER = lazy_compile(r",\s+(?:which|who|whose|where)\b")


def _english(s: str, end: int) -> Tense | None:
    if _THIS_YEAR.match(s, end):  # `between 8.30-9.6 this year`: the reference's year, said
        return None
    lo = max(0, end - 400)
    ends = [m.end() for m in _EN_SENTENCE_END.finditer(s, lo, max(lo, end - 1))]
    start = ends[-1] if ends else lo
    stop = s.find(".", end)
    stop = stop if stop != -1 else min(len(s), end + _LIMIT)
    # `signed … on July 20, which will allow …`: a relative clause after the date tells what
    # the deed does, not when it is done (its `will` no tense of the date's)
    if (rel := _RELATIVE_AFTER.search(s, end, stop)) is not None:
        stop = rel.start()
    # the words before the date first, the cue nearest to it (the verb the date belongs to
    # stands right before it: `the minister, who will visit …, signed the deal on July 20`)
    before = s[start:end]
    # (the last words first: a cue there is nearer than any before them, and most dates have
    # their verb just before them)
    near = max(0, len(before) - _NEAR)
    # (then the rest, up to a little into the stretch already read: a cue's word may cross it)
    cues = _cues(before, near, len(before)) or (
        _cues(before, 0, min(len(before), near + _WORD)) if near else []
    )
    if cues:
        at, _, tense = max(cues)  # the nearest; at one place a plan first (`agreed to`)
        # `the ministry announced that the forum opens on`: the clause reported is the date's;
        # `…, which began on Tuesday`: a relative clause's own verb. Either opening after the
        # nearest cue leaves the date's clause without one: the rest of the sentence tells.
        if not _opens_after(before, at):
            return tense
    # then the rest of the sentence (`On July 20, the two will sign …`) up to a report's
    # `, the ministry said` (the day of the report, not of the deed)
    if (told := _TOLD_AFTER.search(s, end, stop)) is not None:
        stop = told.start()
    after = s[end:stop]
    if EN_FUTURE.search(after):
        return "future"
    if EN_PAST.search(after):
        return "past"
    if EN_PRESENT.search(after):
        return "present"
    return None


_NEAR = 60  # (the stretch before a date read first for its tense cue)


def _opens_after(before: str, at: int) -> bool:
    """Whether a reported clause (`said that`) or a relative one (`, which`) opens in `before`
    after `at` (looked for in that tail only)."""
    tail = before[at:]
    that = tail.find(" that ")
    while that >= 0:
        if _SAID_BEFORE_THAT.search(before, max(0, at + that - 40), at + that) is not None:
            return True
        that = tail.find(" that ", that + 1)
    return ", which " in tail or ", who " in tail or ", where " in tail


_WORD = 20  # (longer than any cue: `due to be`, `takes effect`)


def _cues(before: str, lo: int, hi: int) -> list[tuple[int, int, Tense]]:
    """The tense cues of `before[lo:hi]`: where each starts, its rank at one place, its
    tense."""
    cues: list[tuple[int, int, Tense]] = [
        (m.start(), 2, "future") for rx in (EN_FUTURE, EN_PLAN) for m in rx.finditer(before, lo, hi)
    ]
    cues += [(m.start(), 1, "present") for m in EN_PRESENT.finditer(before, lo, hi)]
    # (`to be signed on`, `will be held on`: a participle after `be` tells no past)
    cues += [
        (m.start(), 0, "past")
        for rx in (EN_PAST, EN_PAST_ON)
        for m in rx.finditer(before, lo, hi)
        if not _PASSIVE.search(before, max(0, m.start() - 8), m.start())
    ]
    return cues


# a report's verb before its `that` (`said that`, `announced on Monday that`, `told reporters that`)
_SAID_BEFORE_THAT = lazy_compile(rf"\b(?:{REPORTED_EN})(?:\s+(?:on|in)\s+\S+)?$")
_PASSIVE = lazy_compile(r"\b(?:be|been|being)[ \t]+$")
# `…on March 3, the ministry said.`, `…, officials said`, `…, he announced`: a report's clause
# closing the sentence
_TOLD_AFTER = lazy_compile(
    rf",[ \t]+(?:[A-Za-z.'\-]+[ \t]+){{0,5}}?(?:{'|'.join(REPORT_VERBS_EN)})\b[^,]{{0,40}}$"
)


__all__ = ["CLAUSE_JOINED", "Tense", "tense_after"]
