"""A province or metropolitan city the English prose names is one the source names.

`in Busan` for a signing the source holds in 창원 keeps every value check quiet: no number, no
date. English prose (title, headline, summary lines) that names a province or metropolitan
city (any of its English forms: `Busan`, `North Gyeongsang Province`, `Chungcheongbuk-do`)
whose Korean forms (`부산`, `경북`, `경상북도` …) and English forms the source never writes is
doubted (`unverified`).
"""

from __future__ import annotations

import re

from summarizer.lexicon import PROVINCE_TABLE
from summarizer.lexicon.places import Province
from summarizer.models import Briefing, ClaimCheck
from summarizer.verify.briefing_fields import english_prose
from summarizer.verify.evidence import Evidence, claim_check


def _english(p: Province) -> tuple[str, ...]:
    return (p.en, p.en_short, p.en_word, *(e for _, e in p.other_ko), *p.other_en)


def _korean(p: Province) -> tuple[str, ...]:
    return (p.formal, p.short, *(k for k, _ in p.other_ko))


def _named(text: str, forms: tuple[str, ...]) -> str | None:
    for form in sorted(set(forms), key=len, reverse=True):
        m = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)
        if m is not None:
            return m.group(0)
    return None


def check_provinces(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """English prose naming a province or metropolitan city the source never names."""
    out = []
    for field, sentence in english_prose(briefing):
        for p in PROVINCE_TABLE:
            said = _named(sentence or "", _english(p))
            if said is None:
                continue
            if any(k in ev.text for k in _korean(p)) or _named(ev.text, _english(p)):
                continue
            note = f"the source names no {p.formal} ({said!r})"
            out.append(claim_check(field, "place", said, "unverified", note=note))
            break
    return out


__all__ = ["check_provinces"]
