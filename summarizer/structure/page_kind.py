"""What kind of page this is: one that reports an agreement signed (or to be signed), or a
look-alike that only mentions agreements (issue 8).

Look-alikes name agreements without reporting one: an opinion column or an editorial about
MOUs, a ministry's regular briefing listing a signing among other items, a piece that opens on
what an agreement *is*, the opening of a centre or a forum that an earlier agreement led to
(`앞서 지난 5월 … 협약을 체결했었다`). On such a page the parties, commitments and event the
readers find belong to no agreement the page reports, and a wrong hint is worse than none.

The reading is conservative: a page is a look-alike only on a positive sign of one, and never
when a sentence of its body reports a signing that it does not set apart as an earlier one.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.lazy import lazy_compile
from summarizer.lexicon.connectives import PAST_YEAR, TOLD_BEFORE
from summarizer.lexicon.signing import AGREEMENT_NOUNS, SIGNING_CEREMONIES, SIGNING_STEMS
from summarizer.structure.lines import iter_sentences, sentence_split

# how far into the page a genre's label stands (a site's menu lines may come first)
_HEAD = 400

# A genre's label at the head of the page, in brackets: `[사설]`, `[기고]`, `[칼럼]`,
# `[취재일기]`, `[기자수첩]`, `[시론]`, `[데스크칼럼]`: opinion, not a report
_OPINION_LABEL = lazy_compile(
    r"[\[【〔]\s*(?:사설|기고|시론|논단|오피니언|독자\s*투고|기자\s*수첩|취재\s*일기|기자의\s*눈"
    r"|[가-힣]{0,6}\s*칼럼)\s*[\]】〕]"
)
# a regular briefing's transcript: `… 정례브리핑을 시작하겠습니다`, `국방부 일일 정례 브리핑`
_BRIEFING = lazy_compile(r"정례\s*브리핑")

_NOUNS = "|".join(re.escape(n) for n in AGREEMENT_NOUNS)
# the body's first sentence defining the agreement itself (`업무협약은 기업 또는 기관들이 …
# 협동 조약으로,`, `[매체] 업무협약. 기업이나 단체가 …`, `MOU란 …`): a piece about agreements in
# general; a report names its agreement `이번 협약은` or opens on its parties, and `협약은 A와 B
# 등 6개 기관이 참여했다` tells who signed, no definition
_DEFINES = lazy_compile(
    rf"^\W*(?:\[[^\]\n]{{1,20}}\]\s*)?(?:업무\s*)?(?:{_NOUNS})(?:\([^()\n]{{1,40}}\))?"
    r"(?:(?:이란|란)\s|\.(?:\s|$)|(?:은|는)\s[^.\n]*?(?:조약|문서|약속|계약|행위|제도)"
    r"(?:으로|로|이다|이며|을\s*말한다|를\s*말한다))"
)

# a sentence telling a signing: an agreement named, then a signing verb or ceremony
_SIGNING = lazy_compile(
    rf"(?:{_NOUNS}|제휴|결연)[^.\n]{{0,80}}?(?:{'|'.join(SIGNING_STEMS + SIGNING_CEREMONIES)})"
)
# a sentence setting its agreement apart as an earlier one: turning back (`앞서`; not `한편`,
# which opens the same day's asides too: `한편, 이날 참석자들은 … 협약식에 이어`), a
# past year, `… 바 있다`, the past perfect (`체결했었다`), `기존에 맺은`, a month gone by with no day
# (`지난 5월`, `지난 4월,`), or the agreement as what this happening rests on (`업무협약에
# 기초하여`, `업무협약에 따른 후속 조치`)
# (asked in two parts: the sentence's opening, then the rest, every branch of which opens with
# a letter of its own, so that the engine skips ahead to those letters)
_APART_OPENS = lazy_compile(r"\W*앞서\W")
_APART = lazy_compile(
    rf"{PAST_YEAR}|{TOLD_BEFORE}|었었|했었|기존에\s"
    r"|지난\s*\d{1,2}월(?!\s*\d{1,2}\s*일)|"
    + "|".join(
        rf"{re.escape(n)}[^.\n]{{0,6}}?(?:에\s*기초|에\s*따른\s*후속)" for n in AGREEMENT_NOUNS
    )
)
# a signing told in a plain finite verb (`체결했다`, `맺었다`, `체결할 예정`, `체결합니다`):
# a sentence with one reports a signing whatever earlier one it also names (`지난해 B와 맺은
# 협약에 따라 14일 세부 협약을 체결했다`); `체결했었다`, `체결한 바 있다`, `체결한 …` do not
_FINITE = lazy_compile(
    r"(?:체결|서명)(?:을\s*)?(?:했다|하였다|한다|합니다|할\s*예정|하기로)|맺(?:었다|는다|을\s*예정|기로)"
)

# a sentence counting agreements, not telling one: `66건의 양해각서(MOU)를 체결했다며`,
# `371건의 업무협약을 체결했지만`, `맺은 업무협약은 30건이다`, `MOU 체결 건수`
_COUNT = r"(?<![제\d])\d[\d,]*\s*(?:여\s*)?(?:건|회)(?:의|이다|이며|이고|으로|에|을|이|가|은|도)?(?![가-힣])"
# (what every count holds, asked first: a number of 건 or 회, or `건수`; before it, its letter)
_COUNT_HINT = lazy_compile(r"\d[\d,]*\s*(?:여\s*)?(?:건|회)|건수")
_COUNTED = lazy_compile(
    rf"{_COUNT}\s*(?:[^\s.]+\s+){{0,2}}?(?:업무\s*)?(?:{_NOUNS})"
    rf"|(?:{_NOUNS})[^.\n]{{0,30}}?{_COUNT}|(?:{_NOUNS})\s*체결\s*건수"
)


@dataclass(frozen=True, slots=True)
class PageKind:
    """Whether the page reports an agreement, why not when it does not, and the sentences
    that tell a signing (reported or set apart)."""

    reports: bool
    why: str = ""
    signing: tuple[tuple[int, int], ...] = ()


_NOUN = lazy_compile(_NOUNS)


def _body_sentences(text: str, body_start: int) -> tuple[list[tuple[int, int]], list[int], int]:
    """The sentences `iter_sentences(text, body_start)` gives, as a list with their starts and
    the index of the first (split once: a body starting mid-line has its first line scanned
    afresh by every call)."""
    if body_start == 0 or text[body_start - 1] in "\r\n":
        # (the body from a line's start: the document's own split, as `iter_sentences` reads it)
        starts, sentences = sentence_split(text)
        return sentences, starts, bisect_left(starts, body_start)
    sentences = list(iter_sentences(text, body_start))
    return sentences, [s for s, _ in sentences], 0


def _naming(
    sentences: list[tuple[int, int]], starts: list[int], lo: int, text: str
) -> Iterator[tuple[int, int]]:
    """The body's sentences (from index `lo`) that name an agreement, in order: found from where
    a noun stands (one search of the body, read only as far as asked), not by asking every
    sentence."""
    if lo >= len(sentences):
        return
    last = -1
    for m in _NOUN.finditer(text, starts[lo]):
        i = bisect_right(starts, m.start()) - 1
        if i != last and m.end() <= sentences[i][1]:
            yield sentences[i]
            last = i


def read_page_kind(text: str, body_start: int) -> PageKind:
    """The page's kind: a report of an agreement unless it is labelled opinion, is a regular
    briefing, opens by defining the agreement, or tells of agreements only as earlier ones."""
    return _reading(text, body_start, whole=True)


def reports_agreement(text: str, body_start: int) -> bool:
    """`read_page_kind(text, body_start).reports`, read no further than it must: the genre
    first, then the body's sentences up to the first that reports a signing."""
    return _reading(text, body_start, whole=False).reports


def _reading(text: str, body_start: int, *, whole: bool) -> PageKind:
    """The page's kind; unless `whole`, only as far as its verdict needs (no genre's label, then
    the first sentence reporting a signing), its `signing` then partial."""
    sentences, starts, lo = _body_sentences(text, body_start)
    why = _genre(text, sentences, lo)
    if why and not whole:
        return PageKind(False, why)
    reported: list[tuple[int, int]] = []
    apart: list[tuple[int, int]] = []
    counted = False
    for s, e in _naming(sentences, starts, lo, text):
        kind = _signing_kind(text[s:e])
        if kind == "reported":
            reported.append((s, e))
            if not whole:
                break
        elif kind:
            counted = counted or kind == "counted"
            apart.append((s, e))
    signing = tuple(sorted(reported + apart))
    # a genre that reports nothing, whatever signing it tells of
    if why:
        return PageKind(False, why, signing)
    # agreements told of only as earlier ones, or counted (a headline telling a signing is a
    # report: `가온대, 다온시와 협약 체결`)
    if not reported and apart and not _SIGNING.search(text[:body_start]):
        return PageKind(False, "agreements counted" if counted else "earlier agreement", signing)
    return PageKind(True, signing=signing)


def _signing_kind(piece: str) -> str:
    """What a sentence naming an agreement tells: a signing it reports (`reported`), one it
    sets apart as earlier (`apart`) or counts (`counted`), or none (empty)."""
    set_apart = (
        _APART_OPENS.match(piece) is not None or _APART.search(piece) is not None
    ) and not _FINITE.search(piece)
    if _SIGNING.search(piece):
        if set_apart:
            return "apart"
        if (
            ("건" in piece or "회" in piece)
            and _COUNT_HINT.search(piece)
            and _COUNTED.search(piece)
        ):
            return "counted"
        return "reported"
    return "apart" if set_apart else ""


def _genre(text: str, sentences: list[tuple[int, int]], lo: int) -> str:
    """A genre that reports nothing, whatever signing it tells of: an opinion label or a
    regular briefing at the head, a first sentence defining the agreement."""
    head = text[:_HEAD]
    if _OPINION_LABEL.search(head):
        return "opinion"
    if _BRIEFING.search(head):
        return "briefing"
    if lo < len(sentences) and _DEFINES.search(text[sentences[lo][0] : sentences[lo][1]]):
        return "definition"
    return ""


__all__ = ["PageKind", "read_page_kind", "reports_agreement"]
