"""A month the English names without a day (`in December last year`) is a month the source names.

The date checks read `December 5`; a month alone passes them. `in November last year` for the
source's `지난해 12월` (or `in December last year`) is a wrong date all the same. A month the
English prose names alone must be one the source writes (`12월`, `December`, `Dec.`), one of
its dates' months, or the month a relative month word of the source names from the publication's
(`지난달` the month before it, `다음 달` the month after, `this month` its own; the words are
`datewords.RELATIVE`'s). Only doubted (`unverified`).
"""

from __future__ import annotations

import re
import unicodedata

from summarizer.facts.datewords import MONTHS_EN, RELATIVE, relative_key, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.models import Briefing, ClaimCheck
from summarizer.verify.briefing_fields import english_prose
from summarizer.verify.evidence import Evidence, claim_check

# A capitalised month not next to a day (`December 5`, `5 December` are dates, checked as such);
# `May` only after a word that makes it the month, not the verb (`in May`, `since May`).
_ALONE = re.compile(
    r"\b(?P<m>" + "|".join(m.capitalize() for m in MONTHS_EN if m != "may") + r")\b(?!\s*\d{1,2}\b)"
    r"|\b(?:in|of|since|until|by|early|late|mid-)\s+(?P<may>May)\b(?!\s*\d{1,2}\b)"
)
# a month the source writes in English, whole or short (`December`, `Dec.`)
_EN_SOURCE_MONTH = re.compile(
    r"\b(" + "|".join(m[:3] for m in MONTHS_EN) + r")[a-z]*\.?(?![a-z])", re.I
)
# `지난달`, `다음 달`, `next month`: a month told from the publication's, by the lexicon's shift
# (`전달` only as a noun of time, not the verb `전달하다`)
_MONTH_WORDS = {w: v.by for w, v in RELATIVE.items() if v.unit == "month"}
_EN_MONTH_WORDS = {"last": -1, "this": 0, "next": 1}
_RELATIVE = re.compile(
    r"(?<![가-힣])(?P<ko>" + words_pattern(_MONTH_WORDS) + r")(?![하되했됐])"
    r"|\b(?P<en>last|this|next)\s+month\b",
    re.I,
)
_KO_MONTH = re.compile(r"(?<![\d.])(\d{1,2})\s*월")


_AFTER_DAY_RE1 = lazy_compile(r"\d{1,2}(?:st|nd|rd|th)?\s*$")


def _after_day(text: str, start: int) -> bool:
    """`5 December`: a day right before the month."""
    return _AFTER_DAY_RE1.search(text[:start]) is not None


_SOURCE_MONTHS_RE1 = lazy_compile(r"\d{4}-(\d{2})-\d{2}")


def _source_months(ev: Evidence) -> set[int]:
    folded = unicodedata.normalize("NFKC", ev.text)
    months = {int(m.group(1)) for m in _KO_MONTH.finditer(folded) if 1 <= int(m.group(1)) <= 12}
    for m in _EN_SOURCE_MONTH.finditer(folded):
        key = m.group(1).lower()
        months |= {i + 1 for i, name in enumerate(MONTHS_EN) if name.startswith(key)}
    for f in ev.facts_of("date"):
        for part in _SOURCE_MONTHS_RE1.findall(f.value or ""):
            months.add(int(part))
    if ev.reference is not None:
        for m in _RELATIVE.finditer(folded):
            by = (
                _MONTH_WORDS[relative_key(m["ko"])] if m["ko"] else _EN_MONTH_WORDS[m["en"].lower()]
            )
            months.add((ev.reference.month - 1 + by) % 12 + 1)
    return months


def check_months(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """English prose naming a month alone that the source never names."""
    months: set[int] | None = None
    out = []
    for field, sentence in english_prose(briefing):
        for m in _ALONE.finditer(sentence or ""):
            name = m.group("m") or m.group("may")
            start = m.start("m") if m.group("m") else m.start("may")
            if _after_day(sentence, start):
                continue
            months = _source_months(ev) if months is None else months
            if MONTHS_EN.index(name.lower()) + 1 not in months:
                note = f"the source names no {name}"
                out.append(claim_check(field, "date", name, "unverified", note=note))
                break
    return out


__all__ = ["check_months"]
