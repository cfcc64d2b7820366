"""Lines, sentences and region masks over the decoded text, always with honest offsets."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import Any, NamedTuple

from summarizer.facts.datewords import WEEKDAY_NAME_EN
from summarizer.lazy import lazy_compile
from summarizer.models.records import Fact, Region, Span

_EOL = re.compile(r"\r\n|\r|\n")


class Line(NamedTuple):
    """One line of the text without its line break; `start`/`end` index the full text.

    Immutable (finders share one split of a document); a named tuple, built several times
    faster than a frozen dataclass, for every line of every document.
    """

    text: str
    start: int
    end: int
    # `text.strip()`, stripped once when the document is split (finders ask it of every line,
    # some of them several times: a property stripped the line again at each call)
    stripped: str

    @property
    def lstart(self) -> int:
        """Offset of the first non-space character (or `end` for a blank line)."""
        return self.start + (len(self.text) - len(self.text.lstrip()))

    @property
    def rend(self) -> int:
        """Offset just after the last non-space character."""
        return self.start + len(self.text.rstrip())


def iter_lines(text: str) -> Iterator[Line]:
    """Every line of `text` with its offsets; CR, LF and CRLF all end a line.

    The text is split once and kept for the next caller (several finders walk the same lines).
    """
    return iter(_lines_once(text))


@lru_cache(maxsize=8)  # a document and the heads that finders slice off it
def _lines_once(text: str) -> tuple[Line, ...]:
    out: list[Line] = []
    pos = 0
    if "\r" not in text:  # LF only (most texts): str.split, no regex match per line
        # (`tuple.__new__` is what the named tuple's own `__new__` calls, without its frame)
        new, cls = tuple.__new__, Line
        for piece in text.split("\n"):
            end = pos + len(piece)
            out.append(new(cls, (piece, pos, end, piece.strip())))
            pos = end + 1
        return tuple(out)
    for m in _EOL.finditer(text):
        piece = text[pos : m.start()]
        out.append(Line(piece, pos, m.start(), piece.strip()))
        pos = m.end()
    out.append(Line(text[pos:], pos, len(text), text[pos:].strip()))
    return tuple(out)


def head_lines(text: str, limit: int) -> Iterator[Line]:
    """Exactly the lines of `iter_lines(text[:limit])`, offsets and all: the whole text's kept
    lines up to `limit` (a fresh split of the head for every finder that asks, the title, the
    embargo line, cost more); only the line that `limit` cuts is cut here too."""
    if limit >= len(text):
        yield from iter_lines(text)
        return
    for ln in iter_lines(text):
        if ln.start > limit:
            break
        if ln.end > limit:  # the line the cut falls in, cut as the slice cuts it
            piece = text[ln.start : limit]
            yield Line(piece, ln.start, limit, piece.strip())
            return
        yield ln
    if limit and text[limit - 1] == "\r" and text[limit] == "\n":
        yield Line("", limit, limit, "")  # a slice ending on the `\r` of `\r\n`: an empty line


def blanked(pattern: re.Pattern[str], s: str) -> str:
    """`s` with every match of `pattern` overwritten by as many spaces: a piece read apart (a
    bracket, an aside) out of the way, the offsets into `s` kept."""
    return pattern.sub(lambda m: " " * len(m.group(0)), s)


def span(text: str, start: int, end: int) -> Span:
    """A Span over `text[start:end]`, trimmed of surrounding whitespace."""
    # (trimmed by `str.strip`, in C: it strips what `isspace` calls space, as the loop over
    # characters did that a region's long run of trailing blanks made costly)
    piece = text[start:end]
    core = piece.strip()
    if len(core) != len(piece):
        start += len(piece) - len(piece.lstrip())
        end = start + len(core)
    return Span(text=core, start=start, end=end)


class Intervals:
    """Half-open intervals merged and sorted: "does [start, end) touch any?" by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if e <= s:
                continue
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def _around(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        i = max(bisect_right(self.starts, start) - 1, 0)
        while i < len(self.starts) and self.starts[i] < end:
            if self.ends[i] > start:
                yield self.starts[i], self.ends[i]
            i += 1

    def overlaps(self, start: int, end: int) -> bool:
        # Asked for every sentence and line. Merged intervals are disjoint, so their ends are
        # sorted too: the first interval ending after `start` is the only one to ask.
        i = bisect_right(self.ends, start)
        return i < len(self.starts) and self.starts[i] < end

    def covers_most(self, start: int, end: int) -> bool:
        """Inside one interval, or more than half of the span inside one."""
        if not self.starts:
            return False
        return any(
            (s <= start and end <= e) or (min(end, e) - max(start, s)) * 2 > end - start
            for s, e in self._around(start, end)
        )


def _never(start: int, end: int) -> bool:
    """No interval to touch: what an empty Intervals answers to every question."""
    return False


class Mask:
    """Answers "may I take something from here?" given noise and duplicate regions.

    Every question is a bisection over merged intervals, so asking it for every sentence of a
    long document costs O(log regions), not a scan of every region.

    The questions are asked ~150 times a document, most of them `blocked` of a page that has
    no duplicate: each is the answering Intervals' own method (or `_never`), set when the mask
    is made, not a method of the mask calling it (a Python call less each time).
    """

    # Inside page furniture (menus, bylines, captions); a guessed campaign line does not count.
    chrome: Callable[[int, int], bool]
    # Mostly page furniture: a line whose copyright notice merely closes it is not.
    mostly_chrome: Callable[[int, int], bool]
    # Inside noise that is surely not content: not a campaign guess, not merely outside what a
    # page extractor kept as the main text (it drops contact boxes and short lines).
    furniture: Callable[[int, int], bool]
    in_noise: Callable[[int, int], bool]
    # Mostly inside a repeated copy of earlier text.
    in_duplicate: Callable[[int, int], bool]
    # In noise or mostly in a repeated copy of earlier text.
    blocked: Callable[[int, int], bool]
    # Mostly noise or a repeated copy: a line whose copyright notice merely closes it is not.
    blocked_most: Callable[[int, int], bool]

    def __init__(self, regions: Iterable[Region]):
        self.noise: list[tuple[int, int]] = []
        self.noise_why: list[tuple[int, int, str]] = []
        self.noise_basis: list[tuple[int, int, str]] = []
        self.dup: list[tuple[int, int]] = []
        # A guessed line (a campaign slogan) is no chrome; furniture is noise found by a rule,
        # not merely text outside what a page extractor kept as the main text.
        chrome: list[tuple[int, int]] = []
        furniture: list[tuple[int, int]] = []
        for r in regions:  # one walk (this is built for every document)
            if r.kind == "noise":
                self.noise.append((r.start, r.end))
                self.noise_why.append((r.start, r.end, r.reason))
                self.noise_basis.append((r.start, r.end, r.basis))
                if r.basis != "guess":
                    chrome.append((r.start, r.end))
                if r.basis == "rule":
                    furniture.append((r.start, r.end))
            elif r.kind == "duplicate":
                self.dup.append((r.start, r.end))
        self._noise = Intervals(self.noise)
        # (most pages' noise is all found by rule: the same intervals, merged once)
        self._chrome = self._noise if chrome == self.noise else Intervals(chrome)
        self._furniture = self._chrome if furniture == chrome else Intervals(furniture)
        self._dup = Intervals(self.dup)
        self.chrome, self.mostly_chrome = _answers(self._chrome)
        self.furniture = _answers(self._furniture)[0]
        self.in_noise, noise_most = _answers(self._noise)
        self.in_duplicate = _answers(self._dup)[1]
        if not self._dup.starts:  # (most pages: no copy of earlier text)
            self.blocked, self.blocked_most = self.in_noise, noise_most
        else:
            self.blocked, self.blocked_most = self._blocked, self._blocked_most

    def _blocked(self, start: int, end: int) -> bool:
        return self._noise.overlaps(start, end) or self._dup.covers_most(start, end)

    def _blocked_most(self, start: int, end: int) -> bool:
        return self._noise.covers_most(start, end) or self._dup.covers_most(start, end)


def _answers(
    intervals: Intervals,
) -> tuple[Callable[[int, int], bool], Callable[[int, int], bool]]:
    """`intervals`' own `overlaps` and `covers_most`, or `_never` for both when it holds none."""
    if not intervals.starts:
        return _never, _never
    return intervals.overlaps, intervals.covers_most


def start_of_line(text: str, pos: int, floor: int = 0) -> int:
    """Where the line holding `pos` starts (after `\n` or a lone `\r`), looking back no further
    than that line: a text without `\r` is never scanned back to its start. With `floor`, no
    further back than it either (`floor` when the line starts before it)."""
    newline = text.rfind("\n", floor, pos)
    brk = max(newline, text.rfind("\r", max(newline, floor), pos))
    return brk + 1 if brk >= 0 else floor


def end_of_line(text: str, pos: int) -> int:
    """Where the line holding `pos` ends (a `\n` or `\r`), or the text's end. The `\r` is
    looked for only up to the `\n`: on a page without one, each line's look ran to the text's
    end (quadratic on a long page, bench_adversarial.py release_like)."""
    nl = text.find("\n", pos)
    cr = text.find("\r", pos, nl if nl >= 0 else len(text))
    return cr if cr >= 0 else nl if nl >= 0 else len(text)


class ByStart:
    """Facts sorted by where they start: those starting in `[start, end)` by bisection."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.facts = sorted(facts, key=lambda f: f.start)
        self.starts = [f.start for f in self.facts]

    def within(self, start: int, end: int) -> list[Fact]:
        return self.facts[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def any_within(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end


def facts_in(facts: Iterable[Fact], kind: str, start: int, end: int) -> list[Fact]:
    """Facts of `kind` lying inside `[start, end)`, in text order."""
    # (a list gathered in one frame and sorted in place only when two or more are found: the
    # readers ask this of every dated sentence, and most find none or one)
    found = [f for f in facts if f.kind == kind and start <= f.start and f.end <= end]
    if len(found) > 1:
        found.sort(key=_START)
    return found


_START = attrgetter("start")


_OPEN = "“‘「『"
_CLOSE = "”’」』"
_SPECIAL = re.compile(r"[\r\n“‘「『”’」』\"!?.]")
# `Sept.`, `Dr.`, `Co.`, `U.S.`, initials and foreign legal forms (`PT.` opening an Indonesian
# company's name, `Pte.`, `Sdn.`, `Bhd.`) do not end a sentence; `Seoul.` does
_ABBREV = lazy_compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Co|Corp|"
    r"Inc|Ltd|Jr|Sr|Gov|Rep|Sen|Gen|Lt|Col|Capt|Dept|Univ|vs|etc|approx|PT|Pte|Pty|Sdn|Bhd|"
    r"[A-Z]|[A-Z]\.[A-Z])$"
)


_DAY_OR_MONTH = lazy_compile(
    WEEKDAY_NAME_EN + r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
)


_CLOCK_ENDS = ("a.m", "p.m")  # the three characters before the full stop of `3 p.m.`


_DAY_AHEAD = lazy_compile(r"\d{1,2}일")


def _in_round_bracket(text: str, i: int) -> bool:
    """Whether a round bracket opened within the 30 characters before `i` is still open there,
    and closes within the 30 after (on the same line)."""
    opened = text.rfind("(", max(0, i - 30), i)
    if opened < 0 or text.find(")", opened, i) >= 0 or text.find("\n", opened, i) >= 0:
        return False
    shut = text.find(")", i, i + 30)
    return shut >= 0 and text.find("\n", i, shut) < 0


def _ends_here(text: str, i: int) -> bool:
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in "!?":  # `공유?협력`: a mark between two words ends nothing
        return nxt.isspace() or nxt in "\"”’'" or i + 1 >= len(text)
    if ch != ".":
        return False
    prev = text[i - 1] if i > 0 else " "
    if _in_round_bracket(text, i):  # `A(아교위. 위원장 홍길동)는`: a stop inside a name's bracket
        return False
    if "가" <= prev <= "힣":
        if "가" <= nxt <= "힣":  # `했다.특히` ends; `연구시설.장비` joins two words
            return prev in "다요죠음함임됨까라"
        # `체결했다.17일 서울 …`: a day opens the next sentence; `2.5`-like numbers join
        return not nxt.isdigit() or (prev == "다" and _DAY_AHEAD.match(text, i + 1) is not None)
    if nxt.isspace() or nxt in '"”’':
        after = text[i + 1 : i + 3].lstrip()
        if after[:1].islower():  # `3 p.m. in the hall`: an abbreviation, not a full stop
            return False
        if text[max(0, i - 3) : i] in _CLOCK_ENDS and _DAY_OR_MONTH.match(
            text[i + 1 : i + 14].lstrip()
        ):
            return False  # `at 2 p.m. Friday`, `at 10 a.m. Nov. 3`
        if not ("a" <= prev <= "z" or "A" <= prev <= "Z" or prev == "\n"):
            return True  # every abbreviation ends in a Latin letter (before a line's break)
        return not _ABBREV.search(text, max(0, i - 8), i)
    return False


def iter_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Rough sentence bounds in `text[start:end]`; a full stop inside quotation marks ends nothing.

    The whole text is split once (and kept for the next call); a range reads its sentences off
    that split from its first line break on, since every line break starts the split afresh.
    """
    if (end is None or end >= len(text)) and (start == 0 or text[start - 1] in "\r\n"):
        # To the end of the text (most calls): the split's own list, from the first sentence at
        # or after `start` on (an iterator set to that index: no copy, no step per sentence)
        starts, bounds = _split_once(text)
        it: Any = iter(bounds)  # (a list iterator: `__setstate__` sets its index)
        it.__setstate__(bisect_left(starts, start))
        return it
    if end is None or end == len(text):
        # From mid-line to the end: the rest of that line scanned afresh, then the split's own
        # list from the next line on (chained in C: no generator step per later sentence)
        eol = _EOL.search(text, start)
        if eol is None:
            return iter(_scan_sentences(text, start, len(text)))
        head = _scan_sentences(text, start, eol.start())
        starts, bounds = _split_once(text)
        rest: Any = iter(bounds)
        rest.__setstate__(bisect_left(starts, eol.start() + 1))
        return chain(head, rest)
    return _sentences(text, start, end)


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    if start == 0 or text[start - 1] in "\r\n":
        starts, bounds = _split_once(text)
        # By index, not by slicing: a slice would copy every later sentence on every call.
        for i in range(bisect_left(starts, start), len(bounds)):
            s, e = bounds[i]
            if s >= end:
                return
            yield s, min(e, end)
        return
    # A range starting mid-line: only the rest of that line is scanned afresh; a line break
    # resets the scan, so every later line reads off the split as above.
    eol = _EOL.search(text, start, end)
    if eol is None:
        yield from _scan_sentences(text, start, end)
        return
    yield from _scan_sentences(text, start, eol.start())
    yield from _sentences(text, eol.start() + 1, end)


@lru_cache(maxsize=4)
def _split_once(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    bounds = _scan_sentences(text, 0, len(text))
    return [s for s, _ in bounds], bounds


def sentence_split(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The whole text's sentences as `iter_sentences(text)` gives them, with their starts (for
    bisection: a finder that knows where its cue stands reads the sentences holding one, not
    every sentence). The document's own split: read it, do not change it."""
    return _split_once(text)


def _scan_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # (a list built in one frame, not a generator resumed for every sentence; a line break
    # tested as two comparisons, a closing mark lowering the depth only when one is open)
    out: list[tuple[int, int]] = []
    append = out.append
    depth, straight, pos = 0, False, start
    # Only line breaks, quotation marks and sentence marks change the state: visit those alone.
    for m in _SPECIAL.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch == "\n" or ch == "\r":
            if i > pos:
                append((pos, i))
            depth, straight, pos = 0, False, i + 1
        elif ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            if depth:
                depth -= 1
        elif ch == '"':
            straight = not straight
        elif not depth and not straight and _ends_here(text, i):
            append((pos, i + 1))
            pos = i + 1
    if pos < end:
        append((pos, end))
    return out
