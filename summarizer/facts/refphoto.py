"""A wire photo's stamp as the page's date, when the page states no other.

A news agency's photo closes its caption with the day it was taken and its credit: the outlet
after a slash (`… (가람시 제공) 2024.5.5/뉴스1`) or the photographer's address (`[사진=가람시]
2024.05.05 photo@…`, `… 있다. 2024.05.05.  photo@…`). On a copied article that keeps no posting
line, that stamp is the only date the page states for itself.

An archive photo's date is not the story's, so the stamp dates the page only when the story
speaks of that very day (`5일 … 체결했다`: the photo is of the day reported), no archive word
stands on its line (`자료사진`, `DB`, `file photo`), and every such stamp on the page agrees.
Read last, after every labelled stamp, header, path and last-modified line.
"""

from __future__ import annotations

from datetime import date

from summarizer.facts.dateforms import Atom
from summarizer.facts.refbase import Found, Page, full_date, line_end
from summarizer.facts.resolve import Reference
from summarizer.lazy import lazy_compile
from summarizer.lexicon import ARCHIVE_PHOTO_WORDS, alternation

# what closes a wire photo's stamp after its date: the outlet after a slash, closing the line
# (`/뉴스1`, ` / Newsis`), or the photographer's address (` photo@agency.com`, and what follows)
_CREDIT = lazy_compile(
    r"\.?(?:[ \t]*/[ \t]*[\w가-힣]{2,12}[ \t|]*(?:\r?\n|$)"
    r"|[ \t]+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)
_ARCHIVE = lazy_compile(alternation(ARCHIVE_PHOTO_WORDS))


def _stamps(page: Page, stop: int) -> list[tuple[date, int, int]]:
    """The page's wire-photo stamps before `stop`: their dates and spans."""
    s = page.s
    found = []
    for a in page.atoms:
        if a.end > stop:
            break
        d = full_date(a)
        if d is None or _CREDIT.match(s, a.end) is None:
            continue
        start, end = s.rfind("\n", 0, a.start) + 1, line_end(s, a.end)
        if _ARCHIVE.search(s, start, end) is None:
            found.append((d, a.start, a.end))
    return found


def _day_told(a: Atom, day: int) -> bool:
    """Whether the date is that day written alone, as today's or a past one (`5일`, `지난
    5일`), not a coming one (`오는 5일`) or another month's (`지난달 5일`)."""
    p = a.parts
    return p.day == day and p.year is None and p.month is None and p.anchor in (None, "지난")


def photo_stamp(page: Page, stop: int) -> Found | None:
    """The date every wire-photo stamp on the page (before `stop`) agrees on, when the story
    speaks of that day; None otherwise."""
    if "@" not in page.s and "/" not in page.s:
        return None
    stamps = _stamps(page, stop)
    if not stamps or len({d for d, _, _ in stamps}) > 1:
        return None
    d, start, end = stamps[0]
    told = any(_day_told(a, d.day) and a.end <= stop for a in page.atoms)
    return Found(Reference.of(d), "photo-stamp", start, end) if told else None


__all__ = ["photo_stamp"]
