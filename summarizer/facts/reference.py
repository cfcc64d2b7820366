"""The publication date a page states, and where: the date day-only mentions are read against.

In order: the release-time line (보도시점, 엠바고, FOR IMMEDIATE RELEASE), a posting line
(입력, 등록, 송고, 기사입력, 웹출고시간, 승인, 게재, Published, Written, Released; `등록 … 수정 …`
on one line), a wire's send line, an English date field (`Date: 2024.05.10`, `Date 05/10/2024`),
a posting label after its date, the page's HTML metadata, a `date 2021-07` metadata line, an
English dateline, a reporter's byline with its date, a date before the writer's name, a
board's post header (`Writer … Date 2019-07-31`), a posting stamp under the poster's name, a
notice's closing date over its issuer, a stamp line in the page's header told by what stands
beside its date (`refheader`: a clock, a view count, a date label, the writer), a periodical's
issue marker (`2021년 3월호`: its month only), a last-modified line (a posting date beats it, in
either order), and last a wire photo's stamp of the day the story tells (`refphoto`). A site's
date bar, a photo caption, the stamps in a box of other stories (`관련기사`) and a date inside an
image's or a link's address (`/2021/03/11/….jpg`, `aid=2021031112345`: when a file was uploaded
or another outlet's article filed, no date the page states) are none of these. When the page
states nothing, there is no reference: nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import date

from summarizer.facts.datecontext import in_imprint
from summarizer.facts.dateregistry import date_atoms
from summarizer.facts.normalize import prepare
from summarizer.facts.refbase import (
    TIME_NEXT,
    Found,
    Page,
    complete,
    dated,
    full_date,
    line_end,
    next_line_at,
)
from summarizer.facts.refstamps import (
    board,
    by_writer,
    date_field,
    dated_writer,
    english_stamp,
    label_after,
    others_from,
    print_edition,
    run_in_stamp,
    source_line,
    stamp,
)
from summarizer.facts.resolve import Reference
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    CENTRAL_SYLLABLES,
    DATE_LABEL_ENDINGS,
    DISTRIBUTION_LABELS,
    MODIFIED_LABELS,
    MODIFIED_LABELS_EN,
    ORG_SUFFIXES,
    POSTING_LABELS,
    POSTING_LABELS_EN,
    RELEASE_TIME_LABELS,
    RELEASE_TIME_LABELS_EN,
    RELEASE_WORD,
    STRONG_POSTING,
    TITLE_WORDS,
    alternation,
    branches,
    marks,
    phrases,
)

# Label patterns open with literal characters so the engine can skip ahead fast: every branch
# opens with one (each alternation's words laid out as branches of the whole pattern, `_flat`),
# and the engine skips ahead by the set of those first characters, twice as fast as behind a
# look-ahead for them (`lexicon.led`).
_GAP = "[ \t]*"


def _flat(alternative: str) -> str:
    """`alternation(…)`'s words without the group around them, as branches of the pattern."""
    return alternative.removeprefix("(?:").removesuffix(")")


_EMBARGO_EN = [v for w in RELEASE_TIME_LABELS_EN for v in (w.upper(), w.title(), w.capitalize())]
_EMBARGO = re.compile(
    _flat(alternation((*RELEASE_TIME_LABELS, *DISTRIBUTION_LABELS), spaced=True, gap=_GAP))
    + "|"
    + _flat(alternation((RELEASE_WORD,), spaced=True, gap=_GAP))
    + rf"(?={_GAP}[:(\t\r\n])|"
    + _flat(phrases(_EMBARGO_EN, gap=" "))
)
_ENDING = rf"(?:{_GAP}{alternation(DATE_LABEL_ENDINGS)})?"
_POSTED = lazy_compile(
    rf"(?P<label>{_flat(alternation(POSTING_LABELS, spaced=True, gap=_GAP))}"
    rf"|{_flat(alternation(POSTING_LABELS_EN))})"
    rf"(?:{_GAP}(?P<ending>{alternation(DATE_LABEL_ENDINGS)})|{_GAP}(?:on|at))?{_GAP}[:|]?{_GAP}"
)
_STRONG = STRONG_POSTING


def _each(alternative: str, after: str) -> str:
    """`alternation(…)`'s words as branches, each with `after`: `(?:a|b)c` as `ac|bc`, which
    matches alike (the words are tried in the same order before `after`), the engine skipping
    ahead by the words' first letters (a group first gave it nothing to skip ahead by)."""
    return "|".join(w + after for w in branches(_flat(alternative)))


_MODIFIED = lazy_compile(
    _each(alternation(MODIFIED_LABELS, spaced=True, gap=_GAP), rf"{_ENDING}{_GAP}[:|]?{_GAP}")
    + "|"
    + _each(alternation(MODIFIED_LABELS_EN), rf"(?:{_GAP}(?:on|at))?{_GAP}[:|]?{_GAP}")
)
# A last-modified stamp right after a posting stamp's date on its line: `등록 … 수정 …`
_THEN_MODIFIED = lazy_compile(
    r"(?:[ \t]*\d{1,2}:\d{2}(?::\d{2})?)?[ \t|·/\])]*[\[(]?[ \t]*"
    rf"(?:최종[ \t]*)?(?:{alternation(MODIFIED_LABELS, spaced=True, gap=_GAP)}|{alternation(MODIFIED_LABELS_EN)})"
)
_DATELINE = lazy_compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'\-]{1,30}(?:,[ \t]*[A-Z][A-Za-z .]{1,30})?,[ \t]+(?=[A-Z])"
)
_BYLINE = lazy_compile(r"기자|특파원|Reporter|reporter")
# two capitals in a row (`[A-Z]{2}`, written so that the engine skips ahead to a capital)
_TWO_CAPITALS = lazy_compile(r"[A-Z][A-Z]")
# A signature's issuer line ends with a title or a body (`○○부 장관`, `○○공단`).
_ISSUER = lazy_compile(
    alternation((*TITLE_WORDS, *ORG_SUFFIXES, *CENTRAL_SYLLABLES)) + r"[ \t]*(?:\([^)]*\))?[ \t]*$"
)


def _embargo(s: str, stated: Page) -> Found | None:
    for m in _EMBARGO.finditer(s):
        line_start = s.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start > 30 and line_end(s, m.end()) - m.end() > 3:
            continue  # a label opens or closes its line; elsewhere it is a word in a sentence
        at = next_line_at(s, m.end())
        for a in date_atoms(s[at : line_end(s, at)]) if at >= 0 else []:
            d = complete(a, stated) if a.parts.month is not None else None
            if d is not None:
                return Found(Reference.of(d), "embargo", at + a.start, at + a.end)
        before = [a for a in date_atoms(s[line_start : m.start()]) if a.parts.month is not None]
        if before and (d := complete(before[-1], stated)) is not None:
            a = before[-1]
            return Found(Reference.of(d), "embargo", line_start + a.start, line_start + a.end)
    return None


# What may close a field's line after its date: a clock, a separator.
_FIELD_REST = lazy_compile(r"(?:[ \t]*\d{1,2}:\d{2}(?::\d{2})?)?[ \t|)\]]*(?:\r?\n|$)")


_LINE_LEAD = lazy_compile(rf"[ \t{marks.STAMP}▶▷\[(]*")  # (marks: summarizer.lexicon.marks)
# or after another stamp on its line: `수정일 2024-05-11 | 등록일 2024-05-10`
_AFTER_STAMP = lazy_compile(r"\d[.\-/:]\d\d?\.?[ \t]*[|·/\])][ \t\[(]*$")


def _opens(s: str, m: re.Match[str]) -> bool:
    line_start = s.rfind("\n", 0, m.start()) + 1
    if _LINE_LEAD.fullmatch(s, line_start, m.start()) is not None:
        return True
    return _AFTER_STAMP.search(s, max(line_start, m.start() - 16), m.start()) is not None


def _field(s: str, m: re.Match[str], end: int) -> bool:
    """A weak label's date that dates the page: the label opening its line (or following
    another stamp on it) with its ending and the date closing the line (`• 등록일 2021.03.17`,
    `작성일` over `2016.09.09`), or, ending or not, a last-modified stamp after the date
    (`등록 2024.05.10 수정 2024.05.11`). Not `등록번호 … | 등록일 …`."""
    if "ending" not in m.re.groupindex or not _opens(s, m):
        return False
    if _THEN_MODIFIED.match(s, end):
        return True
    return bool(m.group("ending")) and _FIELD_REST.match(s, end) is not None


def _posted(s: str, rx: re.Pattern[str], origin: str, stop: int) -> Found | None:
    """The date after a posting label, before the boxes of other stories (`stop`). A weak
    label (`등록`, `작성`) dates the page only with a clock after the date, or as a field."""
    for m in rx.finditer(s, 0, stop):
        at = next_line_at(s, m.end())
        if at < 0:
            continue
        strong = "label" not in rx.groupindex or any(w in m.group("label") for w in _STRONG)
        found = dated(s, at, origin, None, need_time=not strong)
        if found is None and not strong:
            found = dated(s, at, origin, None)
            if found is not None and not _field(s, m, found.end):
                found = None
        # (`발행일 : 2018-03-21` among `제호`, `등록번호`: the outlet's registration, no posting)
        if found is not None and not in_imprint(s, found.start, found.end):
            return found
    return None


# Wire copy's send line after the text: `2015/07/27 14:22 송고`, or the date glued to the
# copyright notice `<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>2015/07/27`
_SENT = lazy_compile(r"(?m)^[ \t]*(?=(?:19|20)\d\d[./\-])")
_COPYRIGHT = lazy_compile(
    r"(?:저작권자|ⓒ|\(c\)|Copyright)[^\n>]{0,60}>[ \t]*(?=(?:19|20)\d\d[./\-])"
)
_SENT_AFTER = lazy_compile(r"[ \t]*(?:\d{1,2}:\d{2}[ \t]*)?송고")


# `_SENT`'s matches after the first line, found from the line break (a literal the engine skips
# to; a pattern opening with `^` is tried at every character)
_SENT_AFTER_BREAK = lazy_compile(r"\n[ \t]*(?=(?:19|20)\d\d[./\-])")


def _sent_ends(s: str) -> list[int]:
    """Where `_SENT.finditer(s)`'s matches end (each is spaces only)."""
    first = _SENT.match(s)
    return ([first.end()] if first else []) + [m.end() for m in _SENT_AFTER_BREAK.finditer(s)]


def _sent(s: str) -> Found | None:
    glued = [(m.end(), bool(m.group().strip())) for m in _COPYRIGHT.finditer(s)] if ">" in s else []
    for end, labelled in glued + [(e, False) for e in _sent_ends(s)]:
        atoms = date_atoms(s[end : line_end(s, end)][:40])
        if not atoms or atoms[0].start != 0 or (d := full_date(atoms[0])) is None:
            continue
        if labelled or _SENT_AFTER.match(s, end + atoms[0].end):
            return Found(Reference.of(d), "input-line", end, end + atoms[0].end)
    return None


# `_DATELINE`'s matches after the first line, found from the line break before them (a literal
# the engine skips to; a pattern opening with `^` is tried at every character of the page)
_DATELINE_AFTER_BREAK = lazy_compile("\n" + _DATELINE.pattern.removeprefix("(?m)^"))


def _dateline_ends(s: str) -> list[int]:
    """Where `_DATELINE.finditer(s)`'s matches end (each within its line)."""
    first = _DATELINE.match(s)
    rest = [m.end() for m in _DATELINE_AFTER_BREAK.finditer(s)]
    return ([first.end()] if first else []) + rest


# a release's dateline with its date and the dash that opens the story: the place in any case,
# the date bracketed or the wire's name bracketed after it (`BALTIMORE, MD (September 20, 2021)
# –`, `Addis Ababa, September 30, 2017 (FBC) –`)
_DASHED_PLACE = lazy_compile(
    r"(?m)^[ \t]*[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){0,3}"
    r"(?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,2})?(?:,[ \t]*|[ \t]+\()(?=[A-Z])"
)
_DASH_AFTER = lazy_compile(r"\)?[ \t]*(?:\([A-Za-z .]{1,20}\)[ \t]*)?(?:[–—]|--?)[ \t]")


def _dateline(s: str, stated: Page) -> Found | None:
    if not _TWO_CAPITALS.search(s) and "–" not in s and "—" not in s and "--" not in s:
        return None
    for end in _dateline_ends(s):
        found = dated(s, end, "dateline", stated)
        if found is not None:
            return found
    for m in _DASHED_PLACE.finditer(s, 0, min(len(s), _DASHED_HEAD)):
        found = dated(s, m.end(), "dateline", stated)
        if found is not None and _DASH_AFTER.match(s, found.end):
            return found
    return None


_DASHED_HEAD = 1500  # (a dateline opens the story, in the page's first lines)


def _byline(s: str, stop: int) -> Found | None:
    """`홍길동 기자 2024.05.21 10:30` or `2024-05-21 | 홍길동 기자`: a short line with both."""
    for m in _BYLINE.finditer(s, 0, stop):
        start, end = s.rfind("\n", 0, m.start()) + 1, line_end(s, m.end())
        line = s[start:end]
        if end - start > 90 or _CAPTION.search(line):
            continue  # a photo caption's credit and date are not the article's
        for a in date_atoms(line):
            plain = (
                TIME_NEXT.match(line, a.end)
                or not line[a.end :].strip(" \t\r|")
                or _WRITER_AFTER.match(line, a.end)  # `2024.03.14 / 홍길동 기자`
            )
            if (d := full_date(a)) is not None and plain:
                return Found(Reference.of(d), "byline", start + a.start, start + a.end)
    return None


_CAPTION = lazy_compile(r"사진|▲|△|◀|▶|캡처|제공|Photo|photo")
_WRITER_AFTER = lazy_compile(r"[ \t]*[/|·][ \t]*[가-힣]{2,4}[ \t]*(?:기자|특파원)[ \t\r]*$")


def _signature(page: Page) -> Found | None:
    """A notice's closing date alone on its line, its issuer on the next line."""
    s = page.s
    for a in page.atoms:
        d = full_date(a)
        if d is None:
            continue
        start, end = s.rfind("\n", 0, a.start) + 1, line_end(s, a.end)
        if s[start : a.start].strip() or s[a.end : end].strip(" \t\r."):
            continue
        at = next_line_at(s, end)
        if at > 0 and _ISSUER.search(s, at, line_end(s, at)) and line_end(s, at) - at < 40:
            return Found(Reference.of(d), "signature", a.start, a.end)
    return None


def find_reference_date(text: str, published: str | None = None) -> Found | None:
    """The publication date the text (or its HTML metadata `published`) states, and where;
    None when it states none."""
    s = prepare(text)
    stated = Page(s)
    stop = others_from(s)
    found = (
        _embargo(s, stated)
        or _posted(s, _POSTED, "input-line", stop)
        or _sent(s)
        or date_field(stated)
        or label_after(s, stated)
    )
    if found is None and published:
        try:
            d = date.fromisoformat(published[:10])
            found = Found(Reference.of(d), "html-meta", 0, 0)
        except ValueError:
            found = None
    if found is None:
        from summarizer.facts.refpaths import meta_line  # (few pages get here: loaded here)

        if (meta := meta_line(s)) is not None:
            found = Found(meta[0], "metadata", meta[1], meta[2])
    return (
        found
        or _dateline(s, stated)
        or _byline(s, stop)
        or by_writer(stated, stop)
        or dated_writer(s)
        or board(s, stated)
        or stamp(s)
        or print_edition(stated, stop)
        or run_in_stamp(stated)
        or english_stamp(stated)
        or source_line(stated)
        or _signature(stated)
        or _header(s, stop)
        or _issue(s)
        or _modified(s, stop)
        or _photo(stated, stop)
    )


def _issue(s: str) -> Found | None:
    """The month of a periodical's issue marker at the page's top (`2021년 3월호`)."""
    from summarizer.facts.refpaths import issue_month  # (few pages get here: loaded here)

    found = issue_month(s)
    return Found(found[0], "metadata", found[1], found[2]) if found is not None else None


def _header(s: str, stop: int) -> Found | None:
    """A stamp line in the page's header: a full date with a stamp's furniture (`refheader`)."""
    from summarizer.facts.refheader import header_stamp  # (few pages get here: loaded here)

    return header_stamp(s, stop)


def _photo(page: Page, stop: int) -> Found | None:
    """A wire photo's stamp of the day the story tells (`refphoto`), when nothing else dates
    the page."""
    from summarizer.facts.refphoto import photo_stamp  # (few pages get here: loaded here)

    return photo_stamp(page, stop)


def _modified(s: str, stop: int) -> Found | None:
    """The last-modified line's date, unless the post's own date stands alone in the page's
    header above it (a posting date beats a last-modified one: `refheader`)."""
    found = _posted(s, _MODIFIED, "modified-line", stop)
    if found is None:
        return None
    from summarizer.facts.refheader import header_date  # (few pages get here: loaded here)

    return header_date(s, found) or found


__all__ = ["Found", "find_reference_date"]
