"""Noise and duplicate regions of a decoded text: marked with their spans, never deleted."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.models import Region

# Each pattern matches one whole line (without its line break).
_NOISE_LINES: list[tuple[str, re.Pattern[str]]] = [
    (
        "copyright",
        re.compile(
            r".*(저작권자|무단\s*전재|재배포\s*금지|Copyright\s*(©|\(c\))|ⓒ|All rights reserved).*",
            re.I,
        ),
    ),
    (
        "input-line",
        re.compile(
            r"\s*(기사)?(입력|수정|등록|승인|업데이트|최종수정)\s*[:：]?\s*([0-9.\-/: 년월일]*|\d{4}.*\d{1,2}:\d{2}.*)\s*"
        ),
    ),
    (
        "byline",
        re.compile(
            r"\s*[가-힣]{2,4}\s*(?:[가-힣A-Za-z]{0,8}\s*)?(기자|특파원|통신원)\s*(\S+@\S+)?\s*"
        ),
    ),
    (
        "caption",
        re.compile(
            r".*(/\s*사진\s*=|\(사진\s*=|사진\s*제공|\[사진\]|▲\s*사진|기념\s*촬영을\s*하고\s*있다).*"
        ),
    ),
    (
        "attachment",
        re.compile(r"\s*(붙\s*임|첨\s*부)\b.*|\s*[-–—]?\s*끝\s*[-–—]?\s*|\s*사\s*진\s*[:：].*"),
    ),
    (
        "distribution",
        re.compile(
            r"\s*※\s*(이|본)\s*보도\s*자료는.*|\s*FOR IMMEDIATE RELEASE\s*|\s*#{3,}\s*", re.I
        ),
    ),
    ("change-notice", re.compile(r"\s*※.*(바뀔|변경될)\s*수\s*있.*")),
]
_LINE = re.compile(r"[^\r\n]*")
_CONTACT_HEAD = re.compile(r"(담당\s*부서|담당자|책임자|문의\s*처?|Media contacts?)", re.I)
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
    for region in (*_noise_lines(text), *_campaign_footer(text), *_duplicates(text)):
        regions.setdefault((region.start, region.end, region.kind), region)
    return sorted(regions.values(), key=lambda r: (r.start, r.end))


def _noise_lines(text: str) -> Iterator[Region]:
    for start, _end, line in lines_with_offsets(text):
        if not line.strip():
            continue
        for reason, pattern in _NOISE_LINES:
            if pattern.fullmatch(line):
                s = start + (len(line) - len(line.lstrip()))
                e = start + len(line.rstrip())
                yield Region(kind="noise", reason=reason, text=text[s:e], start=s, end=e)
                break


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
                yield Region(kind="noise", reason="campaign", text=text[s:e], start=s, end=e)


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
