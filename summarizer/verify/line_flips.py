"""A Korean summary line that says the opposite of the source sentence it sums up.

`취업 지원 사업을 축소할 계획이다` where the source writes `… 사업을 확대할 계획이다`, or
`사업은 발굴하지 않을 계획이다` where it writes `사업도 발굴할 계획이다`: every other word is
the source's, so no name or value check sees it. The line is read against the source sentence
holding most of its character pairs (half or more), with a sentence either side: a word of
meaning._OPPOSITES' pairs written where the source writes only its opposite, or a negation
(`않`, `못`, `아니`, `없`) the line adds or drops against that sentence, is doubted
(`unverified`); the commitments' and quotes' spans have their own meaning check.
"""

from __future__ import annotations

import unicodedata

from summarizer.lazy import lazy_compile
from summarizer.models import Briefing, ClaimCheck
from summarizer.verify.evidence import Evidence, claim_check, split_sentences
from summarizer.verify.meaning import direction_diff

# The share of a line's character pairs one source sentence must hold to be the one it sums up.
_SHARE = 0.5
_NEGATIONS = ("않", "못", "아니", "없")


_PAIRS_RE1 = lazy_compile(r"[^가-힣A-Za-z0-9]")


def _pairs(text: str) -> set[str]:
    letters = _PAIRS_RE1.sub("", text)
    return {letters[i : i + 2] for i in range(len(letters) - 1)}


def _negation(line: str, sentence: str, around: str) -> str | None:
    for mark in _NEGATIONS:
        if mark in line and mark not in around:
            return f"the line negates ({mark!r}), the source sentence does not"
        if mark in sentence and mark not in line:
            return f"the source sentence negates ({mark!r}), the line does not"
    return None


def check_line_flips(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """Korean summary lines whose direction or negation is the reverse of their sentence's."""
    folded = unicodedata.normalize("NFKC", ev.text)
    sentences = [s for s in split_sentences(folded) if s.strip()]
    pairs = [_pairs(s) for s in sentences]
    out = []
    for i, line in enumerate(briefing.summary_ko):
        mine = _pairs(unicodedata.normalize("NFKC", line))
        if len(mine) < 8:
            continue
        share, k = max(
            ((len(mine & p) / len(mine), k) for k, p in enumerate(pairs)), default=(0, 0)
        )
        if share < _SHARE:
            continue
        around = " ".join(sentences[max(0, k - 1) : k + 2])
        note = direction_diff(line, around) or _negation(line, sentences[k], around)
        if note is not None:
            out.append(claim_check(f"summary_ko[{i}]", "text", line[:60], "unverified", note=note))
    return out


__all__ = ["check_line_flips"]
