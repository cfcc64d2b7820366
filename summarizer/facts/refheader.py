"""The post's own stamp in the page's header: a full date among a stamp's furniture on one of
the lines between the page's top and its text.

What makes a header line a stamp is not its form but what stands beside the date: nothing
(`2021-05-21` alone under the headline, `- 2014-10-07` among a board's bare field lines), the
clock it was posted at (`박미현 2015. 5. 14. 00:09`, `중앙일보 2013.08.09 00:33 종합 29면`), a
view count (`조회수 44,740 | 2023-12-21`), a date field's label (`View : 6288 Date : 2015-12-04
Writer : ed_camnews`), or the writer alone (`2024.11.19 홍길동 대변인`, `관리자`); or the
headline itself, a board's title row run together with its date (`… 협약 체결 2024-05-10`). A
page flattened to one line may run its text on after the stamp, then with the clock
(`관리자 / 2023-09-20 오전 9:41:00 / 673 가람시는 …`). A site's date bar (its weekday, no
clock), a date among other words (`2024.05.10 협약식 개최`), a range, and anything after the
text has begun are none.

Read after the page's labelled stamps, and when the page's only labelled stamp is its last
modification (a posting date beats it, so the header's date wins when it is no later).
"""

from __future__ import annotations

from summarizer.facts.datecontext import in_date_bar
from summarizer.facts.dateforms import Atom
from summarizer.facts.dateregistry import date_atoms
from summarizer.facts.datewords import WEEKDAY_NAME_EN
from summarizer.facts.refbase import Found, full_date, line_end, next_filled_line
from summarizer.facts.resolve import Reference
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BOARD_LINKS,
    CAPTION_ACTS,
    DATE_FIELD_LABELS,
    IMPRINT_WORDS,
    MODIFIED_LABELS,
    MODIFIED_LABELS_EN,
    POSTER_WORDS,
    SITE_EDITION_LABELS,
    TITLE_WORDS,
    VIEW_COUNT_LABELS,
    WRITER_LABELS,
    alternation,
    marks,
)

_HEADER_LINES = 10  # a post's stamp stands under its headline, before the text
_SENTENCE = lazy_compile(r"(?:다|요|음|함)[.!?]?[\"'”’)]?[ \t]*$")
# an English sentence: four words or more (`_text_begun`), a full stop closing them
_SENTENCE_EN = lazy_compile(r"[A-Za-z0-9)]\.[\"'”’)]?$")
# a site's own words in its header are polite (`이 누리집은 … 누리집입니다.`, `… 답변
# 드리겠습니다.`); a story's text, whose first sentence ends the header, is not
_POLITE = lazy_compile(r"니다[.!?]?[\"'”’)]?[ \t]*$")
_STAMP_SIZE = 90  # (a stamp line is short; the run-in line goes on as the text)

# the clock after the date, with its half of the day: `. 00:09`, ` 오후 3:20`, ` 9:41:00 AM`
_CLOCK = lazy_compile(
    r"[ \t.]*(?:(?:오전|오후|AM|PM|am|pm)[ \t]*)?"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:AM|PM|am|pm))?"
)
_WEEKDAY = lazy_compile(WEEKDAY_NAME_EN + r"|[월화수목금토일]요일|\([월화수목금토일]\)")
_COUNT = lazy_compile(rf"{alternation(VIEW_COUNT_LABELS)}[ \t]*[:：.]?[ \t]*\d[\d,]*")
_FIELD = lazy_compile(rf"{alternation(DATE_FIELD_LABELS)}[ \t]*[:：]?")
_WRITER = lazy_compile(rf"\b{alternation(WRITER_LABELS)}[ \t]*[:：]?[ \t]*\S+")
_PRINT_PAGE = lazy_compile(r"[A-Z]?\d{1,2}[ \t]*면")
_NUMBER = lazy_compile(r"(?<!\S)\d[\d,]*(?!\S)")
_SEPARATORS = lazy_compile(rf"[{marks.STAMP}|/()\[\]:：.,]")
# a name with its title (`홍길동 대변인`, `홍길동 기자`), or a board's poster
_WRITER_WORDS = lazy_compile(
    rf"[가-힣]{{2,4}}[ \t]*(?:{alternation((*TITLE_WORDS, '기자', '특파원', '통신원'))})"
    rf"|{alternation(POSTER_WORDS)}"
)
# a line's stamp run on into the text: what may follow the clock before the text
_COUNT_AFTER = lazy_compile(r"[ \t]*[/|·][ \t]*\d[\d,]*[ \t]+(?=[가-힣A-Z])")
_RUN_IN_LEAD = lazy_compile(rf"[ \t]*(?:{_WRITER_WORDS.pattern})?[ \t]*[/|·]?[ \t]*")
# a line another reader reads by its label: a last change, the site's edition, its imprint
_OTHER_LABEL = lazy_compile(
    alternation((*MODIFIED_LABELS, *MODIFIED_LABELS_EN, *SITE_EDITION_LABELS, *IMPRINT_WORDS))
)
# what may stand beside a lone date, on the line before or after it
_NEIGHBOUR = lazy_compile(
    rf"(?:{_WRITER.pattern}|{_WRITER_WORDS.pattern}|{alternation(VIEW_COUNT_LABELS)})"
    r"(?:[ \t]*[:：.]?[ \t]*\d[\d,]*)?|\d[\d,]*"
)
# a word of a stamp's furniture: a bare Korean noun (`중앙일보`, `종합`, `지면보기`), no
# particle after it (`가람홀에서`: an event's place), no sentence's ending
_NOUN = lazy_compile(r"[가-힣]+(?<!에서)(?<!에)(?<!으로)(?<![다요음함])")
_FURNITURE_WORDS = 4  # (beside a clock: an outlet, a desk, a print page)


def _first_full(atoms: list[Atom]) -> Atom | None:
    """The line's one full date: None when there is none or a second one (a range, a list)."""
    full = [a for a in atoms if full_date(a) is not None]
    if not full or any(b.start >= full[0].end for b in full[1:]):
        return None
    return full[0]


def _plain(part: str) -> tuple[str, bool]:
    """A part of a header line with its counts, date labels, writer, numbers and separators
    taken out, and whether any of the first three stood there."""
    cued = False
    for rx in (_COUNT, _FIELD, _WRITER):
        part, n = rx.subn(" ", part)
        cued = cued or n > 0
    return _SEPARATORS.sub(" ", _NUMBER.sub(" ", part)).strip(), cued


def _furniture(lead: str, tail: str, clocked: bool, lone: bool) -> bool:
    """Whether what stands beside a header line's date is a stamp's: its view count, its
    date field's label, its writer, nothing else; with the clock it was posted at, also a
    few words before the date (the outlet, the poster) and after it the print page
    (`종합 29면 지면보기`), not an event's words (`2024.03.14 14:00 협약식 개최`)."""
    if _OTHER_LABEL.search(lead) or _OTHER_LABEL.search(tail):
        return False
    printed = _PRINT_PAGE.search(tail) is not None
    lead, lead_cued = _plain(lead)
    tail, tail_cued = _plain(_PRINT_PAGE.sub(" ", tail))
    rest = f"{lead} {tail}".strip()
    if not rest:
        return not lone or clocked or lead_cued or tail_cued  # (a lone date: `_lone_stamp`)
    if _WRITER_WORDS.fullmatch(rest) is not None:
        return True
    words = rest.split()
    return (
        clocked
        and (not tail or printed)
        and len(words) <= _FURNITURE_WORDS
        and all(_NOUN.fullmatch(w) for w in words)
    )


def _lone_stamp(s: str, end: int, prev: str) -> bool:
    """Whether a date alone on its line is the post's: its writer, its poster or its view
    count on the line before or after it (`by 홍길동` over `2017. 9. 7.`, `2021-05-21` over
    `조회수`); a date alone under a bare headline may be anything."""
    return any(
        _NEIGHBOUR.fullmatch(ln.strip()) is not None for ln in (prev, next_filled_line(s, end))
    )


def _stamp_in(s: str, pos: int, end: int, text_begun: bool, lone: bool) -> Found | None:
    line = s[pos:end]
    if not text_begun and len(line.strip()) > _STAMP_SIZE:
        return None
    a = _first_full(date_atoms(line[: _STAMP_SIZE + 40]))
    if a is None:
        return None
    if a.parts.weekday is not None or _WEEKDAY.search(line):
        return None  # a site's date bar names the weekday
    clock = _CLOCK.match(line, a.end)
    if in_date_bar(s, pos + a.start, pos + a.end):
        return None
    after = clock.end() if clock else a.end
    d = full_date(a)
    assert d is not None
    found = Found(Reference.of(d), "input-line", pos + a.start, pos + a.end)
    if text_begun:  # `관리자 / 2023-09-20 오전 9:41:00 / 673 가람시는 …`
        run_in = clock is not None and _COUNT_AFTER.match(line, after) is not None
        lead = _RUN_IN_LEAD.fullmatch(line, 0, a.start)
        return found if run_in and lead is not None else None
    return found if _furniture(line[: a.start], line[after:], clock is not None, not lone) else None


_DIGIT = lazy_compile(r"\d")
_TAIL = 8  # (a sentence's ending is read in the line's last characters only)


def _text_begun(line: str) -> bool:
    """Whether the line is a sentence of the story's text (its ending read last to first)."""
    t = line.rstrip()
    if len(t) <= 15:
        return False
    tail = t[-_TAIL:]
    if _SENTENCE.search(tail) is not None:
        return _POLITE.search(tail) is None
    return _SENTENCE_EN.search(tail) is not None and t.count(" ") >= 3


# what opens a line of a list (other stories' headlines, a board's links), not a headline
_LIST_LEAD = lazy_compile(rf"[ \t]*(?:[{marks.STAMP}▶▷*]|{alternation(BOARD_LINKS)})")
_TITLE_SIZE = 12  # (a headline's words before its date: more than a label or a name)
# a photo's caption, not a headline: its credit or its people's doings
_CAPTIONED = lazy_compile(alternation(("사진", "제공", "▲", "△", *CAPTION_ACTS)))


def _closing_full(line: str) -> Atom | None:
    """The line's one full date when it closes the line (a clock and separators after it)."""
    # (a cheap test first: the line closes with a digit)
    if not line.rstrip(" \t\r|.")[-1:].isdigit():
        return None
    a = _first_full(date_atoms(line))
    if a is None:
        return None
    clock = _CLOCK.match(line, a.end)
    rest = line[clock.end() if clock else a.end :]
    return a if not rest.strip(" \t\r|") else None


def _titled(s: str, pos: int, end: int, prev: str) -> Found | None:
    """A headline with the post's date closing its line, glued or spaced (`… 협약 체결
    2024-05-10`, `… Signs MOU2024-05-10 09:30`): a board's title row run together. Not a line
    of a list (a mark or a board's link opening it, or its neighbour closed by a date too), a
    caption, a sentence, a site's date bar, or a labelled line another reader reads."""
    line = s[pos:end]
    a = _closing_full(line)
    if a is None or _LIST_LEAD.match(line) is not None:
        return None
    lead = line[: a.start].rstrip()
    if len(lead.strip()) < _TITLE_SIZE or _SENTENCE.search(lead) or _SENTENCE_EN.search(lead):
        return None
    if _CAPTIONED.search(lead) or _OTHER_LABEL.search(lead) or _WEEKDAY.search(line):
        return None
    if any(_closing_full(ln) is not None for ln in (prev, next_filled_line(s, end))):
        return None
    if in_date_bar(s, pos + a.start, pos + a.end):
        return None
    d = full_date(a)
    assert d is not None
    return Found(Reference.of(d), "input-line", pos + a.start, pos + a.end)


def header_stamp(s: str, stop: int | None = None, *, lone: bool = False) -> Found | None:
    """The post's own date on a stamp line of the page's header, before `stop` (the page's
    end when None); None when there is none. A date alone on its line counts with its writer
    or count beside it, or (`lone`) by itself."""
    stop = len(s) if stop is None else stop
    pos = seen = 0
    prev = ""
    while seen < _HEADER_LINES and pos < stop:
        end = line_end(s, pos)
        line = s[pos:end]
        if line.strip():
            seen += 1
            text_begun = _text_begun(line)
            found = None
            if _DIGIT.search(line):
                found = _stamp_in(s, pos, end, text_begun, lone or _lone_stamp(s, end, prev))
                if found is None and not text_begun:
                    found = _titled(s, pos, end, prev)
            if found is not None and found.end <= stop:
                return found
            if text_begun:
                return None  # the text has begun: the header is behind
            prev = line
        pos = end + 1
    return None


def header_date(s: str, modified: Found) -> Found | None:
    """The post's own date in the page's header, when the page states only its last
    modification (`modified`); None when there is none or it is later."""
    found = header_stamp(s, modified.start, lone=True)
    if found is None or found.reference.date > modified.reference.date:
        return None
    return found


__all__ = ["header_date", "header_stamp"]
