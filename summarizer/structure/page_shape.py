"""The shape of a page around its signing sentence: a lead taken for the title, lines cut at
a fixed width (an archive's hard wrap), a Korean page with an English rendering after it."""

from __future__ import annotations

import re

# (a caption's closing bar may follow: `A와 B는 협력키로 했다. |`)
LEAD_TITLE = re.compile(r"(?:했|였|한|된|됐)다\.\s*\|?\s*$")
# ` date 2025-12-24 경기도, …`: a page store's metadata stuck to the front of the first line
META_DATE = re.compile(r"\s*date\s+\d{4}-\d\d(?:-\d\d)?\s+(?=\S)")
_OPEN_LINE = re.compile(r"[^\n]{30,}$")  # a long line that stops without a sentence's end
_SENTENCE_END = re.compile(r"[.!?。”\"’'」』)\]:]\s*$|다\s*$")


def hard_wrapped(body: str) -> bool:
    """A page whose lines were cut at a fixed width: most of its long lines stop mid-sentence."""
    lines = [ln.rstrip() for ln in body.splitlines() if len(ln.strip()) >= 30]
    open_ = [ln for ln in lines if not _SENTENCE_END.search(ln)]
    return len(open_) >= 4 and 2 * len(open_) >= len(lines)


def wrapped_end(text: str, s: int, e: int) -> int:
    """A sentence hard-wrapped over lines (an archive's fixed width): where it really ends, up to
    three lines on, when its first line runs long and each stops mid-sentence."""
    for k in range(3):
        if text[e : e + 1] != "\n" or _SENTENCE_END.search(text, s, e):
            break
        if k == 0 and not _OPEN_LINE.search(text, max(s, e - 200), e):
            break
        nxt = text.find("\n", e + 1)
        nxt = len(text) if nxt < 0 else nxt
        if nxt - e < 3:
            break
        e = nxt
    return e


def mostly_korean(body: str) -> bool:
    """A Korean page (an English rendering may follow): a Hangul syllable counts as three Latin
    letters, as a romanised syllable runs to two or three."""
    return 3 * len(re.findall(r"[가-힣]", body)) > len(re.findall(r"[A-Za-z]", body))
