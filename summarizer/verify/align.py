"""Korean-aware grounding of a claimed passage (quote, commitment, name) to a span of the source.

Matching runs on a normalised view of the text (NFKC, case-folded, letters and digits only:
spaces, punctuation, bullets and quote marks are dropped) that remembers, for every kept
character, its offset in the original text. Reported spans therefore always index the text
the user gave: `text[start:end] == span.text`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Literal

from summarizer.models import Span
from summarizer.verify.literal import occurrences

AlignStatus = Literal["exact", "normalised", "fuzzy", "unsupported"]

# Wrapping marks a model may keep around a quote; stripping them is cosmetic, not tolerance.
_WRAPPERS = " \t\r\n\"'“”‘’「」『』《》〈〉<>"
_ELLIPSIS = re.compile(r"…+|\.{3,}|⋯+|[(\[]\s*중략\s*[)\]]")
ELLIPSIS = _ELLIPSIS  # where a model shortened a quote
_GRAM = 3  # n-gram size for finding candidate regions; 3 Hangul syllables are already selective


def _keep(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


@dataclass
class NormText:
    """A letters-and-digits view of `text` with the original offset of every kept character."""

    text: str
    chars: str = field(init=False)
    offsets: list[int] = field(init=False)
    _grams: dict[str, list[int]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        chars: list[str] = []
        offsets: list[int] = []
        for i, ch in enumerate(self.text):
            for folded in unicodedata.normalize("NFKC", ch).casefold():
                if _keep(folded):
                    chars.append(folded)
                    offsets.append(i)
        self.chars = "".join(chars)
        self.offsets = offsets

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of normalised positions `[start, end)`."""
        return self.offsets[start], self.offsets[end - 1] + 1

    def grams(self) -> dict[str, list[int]]:
        """Positions of every n-gram of the normalised text (built once)."""
        if self._grams is None:
            index: dict[str, list[int]] = {}
            for i in range(len(self.chars) - _GRAM + 1):
                index.setdefault(self.chars[i : i + _GRAM], []).append(i)
            self._grams = index
        return self._grams


@dataclass(frozen=True)
class Alignment:
    """Where a claim sits in the source and how closely it matches."""

    status: AlignStatus
    start: int | None = None
    end: int | None = None
    score: float = 0.0
    note: str | None = None

    def span(self, text: str) -> Span | None:
        """The matched piece of `text` as a Span, or None when nothing was found."""
        if self.start is None or self.end is None:
            return None
        return Span(text=text[self.start : self.end], start=self.start, end=self.end)


def align(
    claim: str,
    text: str,
    *,
    threshold: float,
    view: NormText | None = None,
    avoid: list[tuple[int, int]] | None = None,
) -> Alignment:
    """Ground `claim` in `text`: exact substring, normalised match, or fuzzy (score >= threshold).

    `avoid` lists original-offset regions (embedded instructions) to prefer not to match in.
    """
    view = view or NormText(text)
    core = claim.strip(_WRAPPERS)
    if not core:
        return Alignment("unsupported", note="empty")
    found = _exact(core, text, avoid or [])
    if found is not None:
        return Alignment("exact", found, found + len(core), 1.0)
    needle = NormText(core).chars
    if not needle:
        return Alignment("unsupported", note="no letters or digits to match")
    hit = _normalised(needle, view, avoid or [])
    if hit is not None:
        return Alignment("normalised", *view.span(hit, hit + len(needle)), 1.0)
    pieces = [p for p in _ELLIPSIS.split(core) if NormText(p).chars]
    if len(pieces) > 1:
        return _align_pieces(pieces, text, view, threshold)
    best = fuzzy_find(needle, view, threshold)
    if best is None:
        return Alignment("unsupported", score=best_score(needle, view))
    start, end, score = best
    return Alignment("fuzzy", *view.span(start, end), round(score, 3))


def _inside(pos: int, end: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= pos and end <= b for a, b in regions)


def _exact(core: str, text: str, avoid: list[tuple[int, int]]) -> int | None:
    first = None
    for start in occurrences(text, core):
        if not _inside(start, start + len(core), avoid):
            return start
        first = start if first is None else first
    return first


def _normalised(needle: str, view: NormText, avoid: list[tuple[int, int]]) -> int | None:
    first = None
    pos = view.chars.find(needle)
    while pos >= 0:
        start, end = view.span(pos, pos + len(needle))
        if not _inside(start, end, avoid):
            return pos
        first = pos if first is None else first
        pos = view.chars.find(needle, pos + 1)
    return first


def _align_pieces(pieces: list[str], text: str, view: NormText, threshold: float) -> Alignment:
    """A quote shortened with `…`: every piece must be found, in order."""
    start = end = None
    scores = []
    for piece in pieces:
        needle = NormText(piece.strip(_WRAPPERS)).chars
        offset = 0 if end is None else _norm_index(view, end)
        sub = view.chars[offset:]
        pos = sub.find(needle)
        if pos >= 0:
            s, e, score = offset + pos, offset + pos + len(needle), 1.0
        else:
            tail = NormText(text[view.offsets[offset] :]) if offset < len(view.offsets) else None
            got = fuzzy_find(needle, tail, threshold) if tail else None
            if got is None:
                return Alignment("unsupported", note="a part of the shortened quote is missing")
            s, e, score = offset + got[0], offset + got[1], got[2]
        piece_start, end = view.span(s, e)
        start = piece_start if start is None else start
        scores.append(score)
    return Alignment("fuzzy", start, end, round(min(scores), 3), note="shortened with an ellipsis")


def _norm_index(view: NormText, original: int) -> int:
    """First normalised position at or after an original offset."""
    for i, off in enumerate(view.offsets):
        if off >= original:
            return i
    return len(view.offsets)


def _candidates(needle: str, view: NormText, slack: int) -> list[tuple[int, int]]:
    """Normalised regions of the text that share the most n-grams with `needle`."""
    grams = view.grams()
    votes: Counter[int] = Counter()
    for i in range(len(needle) - _GRAM + 1):
        for pos in grams.get(needle[i : i + _GRAM], ()):
            votes[(pos - i) // slack] += 1
    need = max(2, (len(needle) - _GRAM + 1) // 5)
    regions = []
    for bucket, count in votes.most_common(5):
        if count < need:
            break
        lo = max(0, bucket * slack - slack)
        regions.append((lo, min(len(view.chars), bucket * slack + len(needle) + 2 * slack)))
    return regions


def fuzzy_find(needle: str, view: NormText, threshold: float) -> tuple[int, int, float] | None:
    """Best window `(start, end, score)` of the normalised text with similarity >= threshold.

    Score is difflib's ratio between the claim and the window, and the share of the claim's
    characters found in the window must reach the threshold too, so a long window cannot
    absorb an invented tail.
    """
    if len(needle) < 6:  # too short for similarity to mean anything
        return None
    best: tuple[int, int, float] | None = None
    for lo, hi in _candidates(needle, view, slack=max(4, len(needle) // 8)):
        window = _tight_window(needle, view.chars[lo:hi])
        if window is None:
            continue
        s, e = lo + window[0], lo + window[1]
        matcher = SequenceMatcher(None, needle, view.chars[s:e], autojunk=False)
        matched = sum(block.size for block in matcher.get_matching_blocks())
        score = min(matcher.ratio(), matched / len(needle))
        if score >= threshold and (best is None or score > best[2]):
            best = (s, e, score)
    return best


def best_score(needle: str, view: NormText) -> float:
    """The best similarity any window reaches (for the note on an unsupported claim)."""
    found = fuzzy_find(needle, view, 0.0)
    return round(found[2], 3) if found else 0.0


def _tight_window(needle: str, region: str) -> tuple[int, int] | None:
    """The part of `region` between the first and last block (of 2+ chars) matching `needle`."""
    blocks = [
        b
        for b in SequenceMatcher(None, needle, region, autojunk=False).get_matching_blocks()
        if b.size >= 2
    ]
    if not blocks:
        return None
    return blocks[0].b, blocks[-1].b + blocks[-1].size


__all__ = ["ELLIPSIS", "AlignStatus", "Alignment", "NormText", "align", "best_score", "fuzzy_find"]
