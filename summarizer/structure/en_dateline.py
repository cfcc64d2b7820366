"""One reader of an English dateline, for every module that needs one: where a story's first
sentence starts after it (`SEOUL, Dec. 5 (Yonhap) --`, `Hoa Binh (VNA) –`, `ILOILO:`,
`(GANGNEUNG=Yonhap News)`, a copied `Seoul, Aug 26` that lost its dash, the corpus's
` date 2025-08` line), the city a release's own dateline names (`SEOUL, Republic of Korea —`),
and the English form of the head's dateline line (`SEOUL, March 4 (Yonhap) --`)."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.models.records import Span
from summarizer.structure.lines import span

# the dateline's start: the corpus's ` date …` line, a wire's tag before its headline (`(LEAD)`,
# `(2nd LD)`, `(URGENT)`), then up to two places or wires, each closed by a dash or a colon
_DATELINE = lazy_compile(
    r"^\s*(?:date\s+\d{4}-\d{2}(?:-\d{2})?\s+)?"
    r"(?:\((?:LEAD|\d\w*\s+LD|URGENT|AMPLIFY|News\s+Focus)[^()]*\)\s*)?"
    r"(?:[A-Z][\w.’' -]{1,40}?(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2})?\s*(?:\([^()]{1,40}\))?\s*"
    r"(?:--|[-–—:])\s+){0,2}"
)
# a copied dateline that lost its dash (and a page's ` date 2025-08` line before it)
BARE_DATELINE = lazy_compile(
    r"\s*(?:date\s+\d{4}-\d{2}(?:-\d{2})?\s+)?[A-Z][A-Za-z.' -]{1,30},\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+(?=[A-Z])"
)
# a Korean wire's bracket: `(GANGNEUNG=Yonhap News)`
WIRE_DATELINE = lazy_compile(r"\s*\([A-Z][A-Za-z .-]*=[^()]{2,30}\)\s*")
# a dateline's dash after a wire's bracket: `MOSCOW (Sputnik) — A and B signed`
DATELINE_DASH = lazy_compile(r"\s*(?:--|[-–—])\s")
# (a dash may follow a state's abbreviation with no space: `HUNTINGTON, W.Va.— A and B`)
# (`W.Va.— A`, `DAEGU, Gyeongbuk— A`: a long dash may close up on the place before it)
# (`NEW YORK---The A Museum …`: three hyphens closed up on both sides)
_DASH = lazy_compile(r"(?:\s|(?<=[.\w]))(?:--|[–—])\s|\s-\s|:\s|(?<=[A-Z])---?(?=[A-Z])")
# what a dateline opens with: a place in capitals (`DA LAT,`, `SUWON,`), or a wire's bracket
_DATELINE_HEAD = lazy_compile(
    r"^\s*(?:date\s+\d{4}-\d{2}(?:-\d{2})?\s+)?(?:[A-Z]{2}|[^()]{0,40}\()"
)
# (a dateline holds no clause: a lower-case word other than a month's or a wire's)
_VERBISH = lazy_compile(r"\s(?!(?:of|de)\b)[a-z]{3,}\b")


def dateline_end(head: str) -> int:
    """Where the sentence starts after its dateline (`DA LAT, Vietnam, Dec. 21 (Yonhap) --`,
    `Hoa Binh (VNA) –`, `ANNAPOLIS, MD –`, `ILOILO:`), or the corpus's ` date …` line; only the
    first 140 characters are asked for a dash."""
    a = _DATELINE.match(head).end()  # type: ignore[union-attr]
    if (bare := BARE_DATELINE.match(head, a)) is not None:  # `Garam, Aug 26 A and B signed`
        a = bare.end()
    # (the corpus's ` date …` line holds a lower-case word of its own)
    opens = _DATE_LINE.match(head).end()  # type: ignore[union-attr]
    for m in _DASH.finditer(head, 0, 140):
        if _DATELINE_HEAD.match(head[: m.start()]) and not _VERBISH.search(head, opens, m.start()):
            a = max(a, m.end())
    return a


_DATE_LINE = lazy_compile(r"\s*(?:date\s+\d{4}-\d{2}(?:-\d{2})?\s+)?")


# `SEOUL, Republic of Korea — On Monday, …`: a city in capitals, a country perhaps, a dash; a
# dateline with an agency in brackets (`SEOUL, Jan. 17 (Yonhap) --`) is a newsroom's
_DATELINE_CITY = lazy_compile(
    r"^[ \t]*([A-Z][A-Z]+(?:[ .][A-Z]+)*),(?:[ \t]+[A-Z][A-Za-z]+(?:[ \t]+(?:of|[A-Z][A-Za-z]+))*)?"
    r"[ \t]*[—–]|^[ \t]*([A-Z][A-Z]+(?:[ .][A-Z]+)*)[ \t]*[—–][ \t]",
    re.M,
)
_HANGUL = lazy_compile(r"[가-힣]")


def dateline_city(text: str, s: int) -> tuple[str, Span] | None:
    """The city of a release's dateline opening the line of sentence `s` (the signing's)."""
    line = text.rfind("\n", 0, s) + 1
    m = _DATELINE_CITY.match(text, line)
    if m is None or s > m.end() + 2 or _HANGUL.search(text, line, m.end()):
        return None
    g = 1 if m.group(1) else 2
    sp = span(text, m.start(g), m.end(g))
    return sp.text.title(), sp


# the head's English dateline line (`SEOUL, March 4, 2025 (Yonhap) --`), as a pattern's text
# for header's dateline, which joins it to the Korean wires' forms
EN_DATELINE_FORM = (
    r"^[A-Z][A-Z .]{2,30}, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?(?: \([^)\n]{1,30}\))? ?[–—-]{1,2}"
)

__all__ = [
    "BARE_DATELINE",
    "DATELINE_DASH",
    "EN_DATELINE_FORM",
    "WIRE_DATELINE",
    "dateline_city",
    "dateline_end",
]
