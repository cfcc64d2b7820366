"""English venues told outside the sentence of signing, both sent as unsure: a sentence just
after it saying where the occasion `was held` (`… signed dozens of deals on Tuesday. Two events
… were held at the US Chamber of Commerce in Washington.`), and a release's own dateline city
(`SEOUL, Republic of Korea — On Monday, March 11, Governor … signed …`), never a news agency's,
whose dateline names where the story was filed."""

from __future__ import annotations

import re

from summarizer.models.records import Fact, Span
from summarizer.structure.en_dateline import dateline_city
from summarizer.structure.lines import iter_sentences
from summarizer.structure.venue import english_place

_HELD = re.compile(r"\b(?:was|were)\s+held\s+(?:at|in)\s+(?=[A-Z]|the\s+[A-Z])")
_HANGUL = re.compile(r"[가-힣]")


def held_after(text: str, s: int, e: int, facts: list[Fact]) -> tuple[str, Span] | None:
    """The venue a sentence right after `[s, e)` says the occasion was held at."""
    if _HANGUL.search(text, s, e):
        return None
    for n, (a, b) in enumerate(iter_sentences(text, e)):
        if n >= 2:
            break
        if _HELD.search(text, a, b):
            return english_place(text, a, b)
    return None


__all__ = ["dateline_city", "held_after"]
