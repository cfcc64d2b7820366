"""Lines, sentences and region masks over the decoded text, always with honest offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from summarizer.models import Fact, Region, Span

_EOL = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Line:
    """One line of the text without its line break; `start`/`end` index the full text."""

    text: str
    start: int
    end: int

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def lstart(self) -> int:
        """Offset of the first non-space character (or `end` for a blank line)."""
        return self.start + (len(self.text) - len(self.text.lstrip()))

    @property
    def rend(self) -> int:
        """Offset just after the last non-space character."""
        return self.start + len(self.text.rstrip())


def iter_lines(text: str) -> Iterator[Line]:
    """Every line of `text` with its offsets; CR, LF and CRLF all end a line."""
    pos = 0
    for m in _EOL.finditer(text):
        yield Line(text[pos : m.start()], pos, m.start())
        pos = m.end()
    yield Line(text[pos:], pos, len(text))


def span(text: str, start: int, end: int) -> Span:
    """A Span over `text[start:end]`, trimmed of surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(text=text[start:end], start=start, end=end)


class Mask:
    """Answers "may I take something from here?" given noise and duplicate regions."""

    def __init__(self, regions: Iterable[Region]):
        regions = list(regions)
        self.noise = [(r.start, r.end) for r in regions if r.kind == "noise"]
        self.noise_why = [(r.start, r.end, r.reason) for r in regions if r.kind == "noise"]
        self.noise_basis = [(r.start, r.end, r.basis) for r in regions if r.kind == "noise"]
        self.dup = [(r.start, r.end) for r in regions if r.kind == "duplicate"]

    def chrome(self, start: int, end: int) -> bool:
        """Inside page furniture (menus, bylines, captions); a guessed campaign line does not count."""
        return any(s < end and start < e and b != "guess" for s, e, b in self.noise_basis)

    def furniture(self, start: int, end: int) -> bool:
        """Inside noise that is surely not content: not a campaign guess, not merely outside
        what a page extractor kept as the main text (it drops contact boxes and short lines)."""
        return any(s < end and start < e and b == "rule" for s, e, b in self.noise_basis)

    def in_noise(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.noise)

    def in_duplicate(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.dup) or any(
            s < end and start < e and (min(end, e) - max(start, s)) * 2 > end - start
            for s, e in self.dup
        )

    def blocked(self, start: int, end: int) -> bool:
        """True when a span lies in noise or in a repeated copy of earlier text."""
        return self.in_noise(start, end) or self.in_duplicate(start, end)


def facts_in(facts: Iterable[Fact], kind: str, start: int, end: int) -> list[Fact]:
    """Facts of `kind` lying inside `[start, end)`, in text order."""
    return sorted(
        (f for f in facts if f.kind == kind and start <= f.start and f.end <= end),
        key=lambda f: f.start,
    )


_OPEN = "“‘「『"
_CLOSE = "”’」』"
# `Sept.`, `Dr.`, `Co.`, `U.S.` and initials do not end a sentence; `Seoul.` does
_ABBREV = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Co|Corp|"
    r"Inc|Ltd|Jr|Sr|Gov|Rep|Sen|Gen|Lt|Col|Capt|Dept|Univ|vs|etc|approx|[A-Z]|[A-Z]\.[A-Z])$"
)


_DAY_OR_MONTH = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
)


def _ends_here(text: str, i: int) -> bool:
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in "!?":  # `공유?협력`: a mark between two words ends nothing
        return nxt.isspace() or nxt in "\"”’'" or i + 1 >= len(text)
    if ch != ".":
        return False
    prev = text[i - 1] if i > 0 else " "
    if "가" <= prev <= "힣":
        return not nxt.isdigit()
    if nxt.isspace() or nxt in '"”’':
        after = text[i + 1 : i + 3].lstrip()
        if after[:1].islower():  # `3 p.m. in the hall`: an abbreviation, not a full stop
            return False
        if re.search(r"[ap]\.m$", text[max(0, i - 3) : i]) and _DAY_OR_MONTH.match(
            text[i + 1 : i + 14].lstrip()
        ):
            return False  # `at 2 p.m. Friday`, `at 10 a.m. Nov. 3`
        return not _ABBREV.search(text, max(0, i - 8), i)
    return False


def iter_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Rough sentence bounds in `text[start:end]`; a full stop inside quotation marks ends nothing."""
    end = len(text) if end is None else end
    depth, straight, pos = 0, False, start
    for i in range(start, end):
        ch = text[i]
        if ch in "\r\n":
            if i > pos:
                yield pos, i
            depth, straight, pos = 0, False, i + 1
            continue
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
        elif depth == 0 and not straight and _ends_here(text, i):
            yield pos, i + 1
            pos = i + 1
    if pos < end:
        yield pos, end
