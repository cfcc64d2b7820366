"""Dates a page states outside its prose: a `date 2021-07` metadata line, a periodical's issue
marker (`2021년 3월호`), dated paths.

An image or article address written in the text often carries the posting date:
`/2021/07/13/`, `_20210713`, `/202107/` (the month only).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from summarizer.facts.dateforms import month_of
from summarizer.facts.datewords import MONTH_NAME_EN
from summarizer.facts.resolve import Reference
from summarizer.lazy import lazy_compile

_META = lazy_compile(
    r"(?m)^[ \t]*(?:date|Date|DATE)[ \t]*:?[ \t]+(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)"
    r"(?:-(?P<d>[0-3]\d))?(?![\d\-])"
)
_ADDRESS = lazy_compile(r"(?:https?://|www\.|/)[^\s\"'<>()가-힣]*(?:19|20)\d\d[^\s\"'<>()가-힣]*")
_IN_PATH = lazy_compile(
    r"(?<=[/_\-=])(?P<y>(?:19|20)\d\d)(?P<sep>/?)(?P<m>[01]\d)(?:(?P=sep)(?P<d>[0-3]\d))?"
    r"(?=[/_\-.]|\d{2,}|$)"
)


def _reference(y: str, m: str, d: str | None) -> Reference | None:
    try:
        if d is not None:
            return Reference.of(date(int(y), int(m), int(d)))
        date(int(y), int(m), 1)
        return Reference(int(y), int(m), None)
    except ValueError:
        return None


def meta_line(s: str) -> tuple[Reference, int, int] | None:
    """A `date 2021-07` or `date 2019-10-01` line that page extraction left in the text."""
    # (the word every match holds, asked first: a pattern opening with `^` is tried at every
    # character of the page)
    m = _META.search(s) if "date" in s or "Date" in s or "DATE" in s else None
    if m is None:
        return None
    ref = _reference(m.group("y"), m.group("m"), m.group("d"))
    return (ref, m.start("y"), m.end()) if ref is not None else None


_LINKED = lazy_compile(r"!?\[((?:[^\[\]\n]|\[[^\[\]\n]*\]){1,300})\]\($")  # `[… [Tag]](`
_WORD = lazy_compile(r"[A-Za-z]{4,}|[가-힣]{2,}")


def _stem(word: str) -> str:
    """A word as it may recur: English lower-cased, Korean by its first two syllables."""
    return word.lower() if word.isascii() else word[:2]


# every linked headline's text, up to the bracket that opens its address
_LINK_TEXTS = lazy_compile(r"!?\[(?:[^\[\]\n]|\[[^\[\]\n]*\]){1,300}\]\(")


def _other_headline(s: str, at: int, prose: Callable[[], str]) -> bool:
    """Is the address at `at` linked from a headline the page's prose does not speak of?

    A related article's thumbnail (`![Another story's headline](…/2026021902….jpg)`) carries
    that article's date; the page's own photo is captioned with the words of its story.
    `prose()` is the page without its linked headlines, lower-cased: a box of related stories
    (`[아파트 신고가]`, `[이 주의 하락아파트]`) shares its words among its own headlines, not
    with the story.
    """
    m = _LINKED.search(s, max(0, at - 310), at)
    if m is None:
        return False
    words = [_stem(w) for w in _WORD.findall(m.group(1))]
    if len(words) < 4:
        return False
    text = prose()
    return sum(w in text for w in words) * 3 < len(words)


def dated_paths(s: str) -> list[tuple[Reference, int, int]]:
    """The dates written in addresses of the text, with their spans; not those of addresses
    linked from another story's headline."""
    out: list[tuple[Reference, int, int]] = []
    if "/" not in s:
        return out
    cache: list[str] = []

    def prose() -> str:  # (made once, for the first address behind a long headline)
        if not cache:
            cache.append(_LINK_TEXTS.sub("(", s).lower())
        return cache[0]

    for addr in _ADDRESS.finditer(s):
        if _other_headline(s, addr.start(), prose):
            continue
        for m in _IN_PATH.finditer(addr.group()):
            day = m.group("d")
            after = addr.group()[m.end() : m.end() + 1]
            if day is None and m.group("sep") == "" and after and after not in "/_-.":
                continue  # `202107` glued to more digits may be an id; `/202107/` is a month
            ref = _reference(m.group("y"), m.group("m"), day)
            if ref is not None:
                out.append((ref, addr.start() + m.start(), addr.start() + m.end()))
    return out


# A periodical's issue marker near the page's top: the year and month the issue is of, its
# number beside them or `호` glued to the month (`2021년 3월호`, `2021.03 통권 120호`,
# `Vol. 12 2021.03`, `March 2021 issue`): the month the page was published, not its day
_ISSUE_KO = lazy_compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)[ \t]*(?:년[ \t]*|[.\-/][ \t]*)(?P<m>\d{1,2})(?![\d.\-/])[ \t]*"
    r"(?:월[ \t]*호|월?[ \t]*(?:[|(\[,·][ \t]*)?(?:통권|제)[ \t]*\d+[ \t]*호)"
)
_ISSUE_NUMBERED = lazy_compile(
    r"(?:Vol|No)\.?[ \t]*\d+[ \t,|]*(?P<y>(?:19|20)\d\d)[ \t]*[.\-/][ \t]*(?P<m>\d{1,2})(?![\d.\-/])"
)
_ISSUE_EN = lazy_compile(rf"(?P<mon>{MONTH_NAME_EN})\.?[ \t]+(?P<y>(?:19|20)\d\d)[ \t]+[Ii]ssue\b")
_ISSUE_HEAD = 600  # (the marker heads the page: in its first lines)


def issue_month(s: str) -> tuple[Reference, int, int] | None:
    """The month a periodical's issue marker at the page's top states, and where."""
    head = s[:_ISSUE_HEAD]
    # (each pattern asked only of a head holding its word: `월호`, `통권`/`제…호`, `Vol`/`No`,
    # `issue`)
    asked = (
        ("월호" in head or "통권" in head or ("제" in head and "호" in head), _ISSUE_KO),
        ("Vol" in head or "No" in head, _ISSUE_NUMBERED),
        ("ssue" in head, _ISSUE_EN),
    )
    for present, rx in asked:
        m = rx.search(head) if present else None
        if m is None:
            continue
        month = month_of(m.group("mon")) if "mon" in rx.groupindex else int(m.group("m"))
        ref = _reference(m.group("y"), str(month), None)
        if ref is not None:
            return ref, m.start(), m.end()
    return None


__all__ = ["dated_paths", "issue_month", "meta_line"]
