"""Noise and duplicate regions of a decoded text: marked with their spans, never deleted."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    CAPTION_ACTS,
    CAPTION_POSITIONS,
    CONTACT_LABELS,
    CONTACT_LABELS_EN,
    RANKING_HEADERS,
    alternation,
    marks,
)
from summarizer.models.records import Region
from summarizer.reading.noise_lines import COPYRIGHT_EN, COPYRIGHT_KO, noise_reason

_LINE = lazy_compile(r"[^\r\n]*")
_CONTACT_HEAD = re.compile(
    alternation(CONTACT_LABELS, spaced=True) + "|" + alternation(CONTACT_LABELS_EN), re.I
)
_PHONEISH = re.compile(r"\d{2,4}[-.)\s]\d{3,4}[-.\s]\d{4}")
_SECTION_START = lazy_compile(
    rf"\s*([{marks.SECTION}]|\[?\s*참고|<\s*참고|붙\s*임|첨\s*부|\d+\.\s|[{marks.NUMBERED}])"
)


def lines_with_offsets(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for each line, line breaks (LF or CRLF) excluded."""
    pos = 0
    if "\r" not in text:  # LF only (most texts): split in C, not a regex match per line
        for line in text.split("\n"):
            yield pos, pos + len(line), line
            pos += len(line) + 1
        return
    n = len(text)
    while pos <= n:
        m = _LINE.match(text, pos)
        assert m is not None
        yield m.start(), m.end(), m.group()
        pos = m.end()
        if pos >= n:
            break
        pos += 2 if text.startswith("\r\n", pos) else 1


def find_regions(text: str) -> list[Region]:
    """Noise lines, campaign footers after the contact table, and duplicated body paragraphs."""
    regions: dict[tuple[int, int, str], Region] = {}
    lines = list(lines_with_offsets(text))  # split once for every walk below
    for region in (
        *_captions(text, lines),
        *_noise_lines(text, lines),
        *_ranking_boxes(text, lines),
        *_campaign_footer(text, lines),
        *_duplicates(text, lines),
    ):
        regions.setdefault((region.start, region.end, region.kind), region)
    return sorted(regions.values(), key=lambda r: (r.start, r.end))


def _noise_lines(text: str, lines: list[tuple[int, int, str]]) -> Iterator[Region]:
    for start, _end, line in lines:
        if not line.strip():
            continue
        reason = noise_reason(line)
        if reason is not None:
            s = start + (len(line) - len(line.lstrip()))
            if len(line) > _RUN_TOGETHER and reason == "copyright":
                # a page run together on one line: only its tail is the notice
                s = start + _tail_start(line)
            told = _CAPTION_AFTER_REPORT.search(line) if reason == "caption" else None
            if told:  # `… 체결했다. 사진은 … (사진제공=…)`: the report before it is body text
                s = start + told.start(1)
            e = start + len(line.rstrip())
            yield Region(kind="noise", reason=reason, text=text[s:e], start=s, end=e)


_LONG = 300  # a caption is one short paragraph
_RUN_TOGETHER = 200  # a copyright "line" longer than this is a page run together
_COPY = lazy_compile(rf"{COPYRIGHT_KO}|Copyright|{COPYRIGHT_EN}", re.I)
_SENTENCE_END = lazy_compile(r"[다요]\.\s*|[.!?]\s+")


def _tail_start(line: str) -> int:
    """Where the notice (and the hashtags or buttons before it) begins in a long line."""
    m = _COPY.search(line)
    at = m.start() if m else 0
    ends = [e.end() for e in _SENTENCE_END.finditer(line, 0, at)]
    return ends[-1] if ends else at


_CAPTION_POS = re.compile(
    r"\((?:사진\s*)?"
    + alternation(CAPTION_POSITIONS)
    + r"[^()]{0,20}\)|^\s*(?:사진\s*)?"
    + alternation(CAPTION_POSITIONS)
    + r"\s*(?:부터)?\s"
)
_CAPTION_ACT = lazy_compile(alternation(CAPTION_ACTS))
_PHOTO_END = re.compile(r"(?:있다|있는\s*모습|모습이다|모습)\s*\.?\s*(?:ⓒ\S*|\[[^\]]*\])?\s*$")
_LEAD = lazy_compile(rf"^[\s{marks.STAMP}]*[{marks.CAPTION}]?\s*")
# A caption run on after a report's sentence on one line (`… 체결했다. 사진은 …`)
_CAPTION_AFTER_REPORT = lazy_compile(
    rf"[다요]\.\s+((?:사진은|사진\s*[:=]|\(사진\)|[{marks.CAPTION}])\s*)"
)


def _captions(text: str, lines: list[tuple[int, int, str]]) -> Iterator[Region]:
    """Photo captions: who stands where (`김 사장(오른쪽)`, `왼쪽부터 …`) or a photo's act
    (`기념촬영을 하고 있다`), written as one short line that ends on the picture, not a report."""
    for start, _end, line in lines:
        body = line.strip()
        if not body or len(body) > _LONG:
            continue
        # (a place with a full stop, or any of the three with the picture's ending: each
        # pattern is asked only where its answer counts)
        if _PHOTO_END.search(body):
            caption = bool(
                _CAPTION_POS.search(body)
                or _CAPTION_ACT.search(body)
                or body.startswith(tuple(marks.CAPTION))
                or _LEAD.sub("", line).startswith(tuple(marks.CAPTION))
            )
        else:
            caption = body.endswith(".") and _CAPTION_POS.search(body) is not None
        if caption:
            s = start + (len(line) - len(line.lstrip()))
            told = _CAPTION_AFTER_REPORT.search(line)
            if told:  # `… 체결했다. 사진은 … 모습.`: the report before the caption is body text
                s = start + told.start(1)
            e = start + len(line.rstrip())
            yield Region(kind="noise", reason="caption", text=text[s:e], start=s, end=e)


_RANKING = re.compile(rf"[\s{marks.STAMP}:)]*" + alternation(RANKING_HEADERS) + r"\s*")


def _ranking_boxes(text: str, lines: list[tuple[int, int, str]]) -> Iterator[Region]:
    """The headlines listed under `많이 본 기사`, `댓글 많은 뉴스`, `관련뉴스`: other stories."""
    inside = False
    for start, _end, line in lines:
        body = line.strip()
        if _RANKING.fullmatch(line):
            inside = True
            continue
        if not inside or not body:
            continue
        if len(body) > 120 or re.search(r"[다요]\.$", body):
            inside = False  # body text again
            continue
        s = start + (len(line) - len(line.lstrip()))
        e = start + len(line.rstrip())
        yield Region(kind="noise", reason="related-headline", text=text[s:e], start=s, end=e)


def _campaign_footer(text: str, lines: list[tuple[int, int, str]]) -> Iterator[Region]:
    """Short slogan lines right after a contact table, closing the text or a section.

    The unrelated campaign lines ministries append after the contacts ("더 아픈 환자에게
    양보해 주셔서 감사합니다") have no digits and no tabs, and are followed by the end of the
    document or by the next section (참고, □ …), never by body paragraphs.
    """
    i = 0
    while i < len(lines):
        line = lines[i][2]
        # Campaign lines follow the closing contact table; a contact block at the top of a
        # release is followed by the title, which is no footer (asked first: no search there).
        if lines[i][0] < len(text) // 2 or not (
            _CONTACT_HEAD.search(line) and (_PHONEISH.search(line) or "\t" in line or "|" in line)
        ):
            i += 1
            continue
        i += 1
        while i < len(lines) and ("\t" in lines[i][2] or _PHONEISH.search(lines[i][2])):
            i += 1
        block: list[tuple[int, int, str]] = []
        while i < len(lines):
            line = lines[i][2]
            if not line.strip():
                i += 1
                continue
            if (
                _SECTION_START.match(line)
                or any(ch.isdigit() for ch in line)
                or "\t" in line
                or len(line.strip()) > 40
            ):
                break
            block.append(lines[i])
            i += 1
        closes = i >= len(lines) or bool(_SECTION_START.match(lines[i][2]))
        if block and len(block) <= 3 and closes:
            for start, _end, line in block:
                s = start + (len(line) - len(line.lstrip()))
                e = start + len(line.rstrip())
                yield Region(
                    kind="noise", reason="campaign", basis="guess", text=text[s:e], start=s, end=e
                )


def _duplicates(
    text: str, lines: list[tuple[int, int, str]], min_chars: int = 30
) -> Iterator[Region]:
    """Lines that repeat an earlier line word for word (a body scraped twice)."""
    seen: dict[str, int] = {}
    for start, _end, line in lines:
        if len(line) < min_chars:
            continue  # (its key is no longer)
        key = " ".join(line.split())  # runs of spaces as one, the ends stripped
        if len(key) < min_chars:
            continue
        if key in seen:
            s = start + (len(line) - len(line.lstrip()))
            e = start + len(line.rstrip())
            yield Region(
                kind="duplicate",
                reason=f"repeat of line at {seen[key]}",
                text=text[s:e],
                start=s,
                end=e,
            )
        else:
            seen[key] = start
