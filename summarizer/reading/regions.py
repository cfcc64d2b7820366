"""Noise and duplicate regions of a decoded text: marked with their spans, never deleted."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.lexicon import (
    CAPTION_ACTS,
    CAPTION_POSITIONS,
    CONTACT_LABELS,
    CONTACT_LABELS_EN,
    COPYRIGHT_MARKS,
    COPYRIGHT_MARKS_EN,
    DATE_LABEL_ENDINGS,
    IMMEDIATE_RELEASE_EN,
    MODIFIED_LABELS,
    PAGE_CHROME,
    POSTING_LABELS,
    RANKING_HEADERS,
    alternation,
)
from summarizer.models.records import Region

_COPYRIGHT_KO = alternation(COPYRIGHT_MARKS, spaced=True)
_COPYRIGHT_EN = alternation(COPYRIGHT_MARKS_EN)

# Each pattern matches one whole line (without its line break).
_NOISE_LINES: list[tuple[str, re.Pattern[str]]] = [
    (
        "copyright",
        re.compile(
            rf".*(?:{_COPYRIGHT_KO}|Copyright\s*(©|\(c\))|{_COPYRIGHT_EN}).*",
            re.I,
        ),
    ),
    (
        "input-line",
        re.compile(
            r"\s*"
            + alternation((*POSTING_LABELS, *MODIFIED_LABELS))
            + alternation(DATE_LABEL_ENDINGS)
            + r"?\s*[:：]?\s*([0-9.\-/: 년월일]*|\d{4}.*\d{1,2}:\d{2}.*)\s*"
        ),
    ),
    (
        "byline",
        re.compile(
            r"\s*(?:[가-힣A-Za-z]{2,12}\s*)?/?\s*[가-힣]{2,4}\s*(?:[가-힣A-Za-z]{0,8}\s*)?(기자|특파원|통신원)\s*(\S+@\S+)?\s*"
        ),
    ),
    (
        "caption",
        re.compile(
            r".*(/\s*사진\s*=|\(사진\s*=|(?:^|[\s.])사진\s*=|사진\s*제공|\[사진\]|▲\s*사진"
            r"|\[[^\[\]\n]{1,30}제공[^\[\]\n]{0,30}\]|\(제공\s*=|기념\s*촬영을\s*하고\s*있다).*"
        ),
    ),
    (
        "chrome",
        re.compile(
            r"\s*(?:[•·\-–*]\s*)*(?:"
            + alternation(PAGE_CHROME)
            + r"|좋아요\s*\d+.*|조회(?:수)?\s*[:：]?\s*[\d,]+"
            r"|.*\d+번\s*공유.*댓글.*|(?:#[^\s#]+\s*){2,}|.{0,30}\d+(?:\.\d+)?\s*℃.{0,30}"
            r"|.*(?:작성자|글쓴이).{0,30}(?:조회|조회수)\s*[:：]?\s*[\d,]+.*)\s*\d*\s*"
        ),
    ),
    (
        "attachment",
        re.compile(r"\s*(붙\s*임|첨\s*부)\b.*|\s*[-–—]?\s*끝\s*[-–—]?\s*|\s*사\s*진\s*[:：].*"),
    ),
    (
        "distribution",
        re.compile(
            r"\s*※\s*(이|본)\s*보도\s*자료는.*|\s*"
            + re.escape(IMMEDIATE_RELEASE_EN)
            + r"\s*|\s*#{3,}\s*",
            re.I,
        ),
    ),
    ("change-notice", re.compile(r"\s*※.*(바뀔|변경될)\s*수\s*있.*")),
]
_LINE = re.compile(r"[^\r\n]*")
_CONTACT_HEAD = re.compile(
    alternation(CONTACT_LABELS, spaced=True) + "|" + alternation(CONTACT_LABELS_EN), re.I
)
_PHONEISH = re.compile(r"\d{2,4}[-.)\s]\d{3,4}[-.\s]\d{4}")
_SECTION_START = re.compile(r"\s*(□|■|◇|◆|\[?\s*참고|<\s*참고|붙\s*임|첨\s*부|\d+\.\s|[①-⑩❶-❿])")


def lines_with_offsets(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for each line, line breaks (LF or CRLF) excluded."""
    pos = 0
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
    for region in (
        *_captions(text),
        *_noise_lines(text),
        *_ranking_boxes(text),
        *_campaign_footer(text),
        *_duplicates(text),
    ):
        regions.setdefault((region.start, region.end, region.kind), region)
    return sorted(regions.values(), key=lambda r: (r.start, r.end))


def _noise_lines(text: str) -> Iterator[Region]:
    for start, _end, line in lines_with_offsets(text):
        if not line.strip():
            continue
        for reason, pattern in _NOISE_LINES:
            if pattern.fullmatch(line):
                s = start + (len(line) - len(line.lstrip()))
                if len(line) > _RUN_TOGETHER and reason == "copyright":
                    # a page run together on one line: only its tail is the notice
                    s = start + _tail_start(line)
                told = _CAPTION_AFTER_REPORT.search(line) if reason == "caption" else None
                if told:  # `… 체결했다. 사진은 … (사진제공=…)`: the report before it is body text
                    s = start + told.start(1)
                e = start + len(line.rstrip())
                yield Region(kind="noise", reason=reason, text=text[s:e], start=s, end=e)
                break


_LONG = 300  # a caption is one short paragraph
_RUN_TOGETHER = 200  # a copyright "line" longer than this is a page run together
_COPY = re.compile(rf"{_COPYRIGHT_KO}|Copyright|{_COPYRIGHT_EN}", re.I)
_SENTENCE_END = re.compile(r"[다요]\.\s*|[.!?]\s+")


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
_CAPTION_ACT = re.compile(alternation(CAPTION_ACTS))
_PHOTO_END = re.compile(r"(?:있다|있는\s*모습|모습이다|모습)\s*\.?\s*(?:ⓒ\S*|\[[^\]]*\])?\s*$")
_LEAD = re.compile(r"^[\s•·\-–*]*(?:▲|△)?\s*")
# A caption run on after a report's sentence on one line (`… 체결했다. 사진은 …`)
_CAPTION_AFTER_REPORT = re.compile(r"[다요]\.\s+((?:사진은|사진\s*[:=]|\(사진\)|▲|△)\s*)")


def _captions(text: str) -> Iterator[Region]:
    """Photo captions: who stands where (`김 사장(오른쪽)`, `왼쪽부터 …`) or a photo's act
    (`기념촬영을 하고 있다`), written as one short line that ends on the picture, not a report."""
    for start, _end, line in lines_with_offsets(text):
        body = line.strip()
        if not body or len(body) > _LONG:
            continue
        pos = _CAPTION_POS.search(body)
        act = _CAPTION_ACT.search(body)
        ends = _PHOTO_END.search(body)
        ranked = body.startswith(("▲", "△")) or _LEAD.sub("", line).startswith(("▲", "△"))
        if (pos and (ends or body.endswith("."))) or (act and ends) or (ranked and ends):
            s = start + (len(line) - len(line.lstrip()))
            told = _CAPTION_AFTER_REPORT.search(line)
            if told:  # `… 체결했다. 사진은 … 모습.`: the report before the caption is body text
                s = start + told.start(1)
            e = start + len(line.rstrip())
            yield Region(kind="noise", reason="caption", text=text[s:e], start=s, end=e)


_RANKING = re.compile(r"[\s•·\-–*:)]*" + alternation(RANKING_HEADERS) + r"\s*")


def _ranking_boxes(text: str) -> Iterator[Region]:
    """The headlines listed under `많이 본 기사`, `댓글 많은 뉴스`, `관련뉴스`: other stories."""
    inside = False
    for start, _end, line in lines_with_offsets(text):
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


def _campaign_footer(text: str) -> Iterator[Region]:
    """Short slogan lines right after a contact table, closing the text or a section.

    The unrelated campaign lines ministries append after the contacts ("더 아픈 환자에게
    양보해 주셔서 감사합니다") have no digits and no tabs, and are followed by the end of the
    document or by the next section (참고, □ …), never by body paragraphs.
    """
    lines = list(lines_with_offsets(text))
    i = 0
    while i < len(lines):
        line = lines[i][2]
        is_table = _CONTACT_HEAD.search(line) and (
            _PHONEISH.search(line) or "\t" in line or "|" in line
        )
        # Campaign lines follow the closing contact table; a contact block at the top of a
        # release is followed by the title, which is no footer.
        if not is_table or lines[i][0] < len(text) // 2:
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


def _duplicates(text: str, min_chars: int = 30) -> Iterator[Region]:
    """Lines that repeat an earlier line word for word (a body scraped twice)."""
    seen: dict[str, int] = {}
    for start, _end, line in lines_with_offsets(text):
        key = re.sub(r"\s+", " ", line).strip()
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
