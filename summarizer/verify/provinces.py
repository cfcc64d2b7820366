"""A province, metropolitan city, city, county or district the English prose names is one the
source names.

`in Busan` for a signing the source holds in 창원 keeps every value check quiet: no number, no
date. English prose (title, headline, summary lines) that names a province or metropolitan
city (any of its English forms: `Busan`, `North Gyeongsang Province`, `Chungcheongbuk-do`)
whose Korean forms (`부산`, `경북`, `경상북도` …) and English forms the source never writes is
doubted (`unverified`). The towns below them (`Gumi-si`, `Chilgok County`, `Gangnam-gu`,
`Changwon City`) are read the same way: the romanised name before the kind must be, on the
loose consonant skeleton prose_persons reads names by, a Korean name the source writes before
`시`, `군`, `구`, `읍`, `면` or `동` (or the English name itself).
"""

from __future__ import annotations

import re

from summarizer.english.revised import romanise
from summarizer.lazy import lazy_compile
from summarizer.lexicon import PROVINCE_TABLE
from summarizer.lexicon.places import Province
from summarizer.models import Briefing, ClaimCheck
from summarizer.verify.briefing_fields import english_prose
from summarizer.verify.evidence import Evidence, claim_check
from summarizer.verify.literal import word_search
from summarizer.verify.prose_persons import skeleton


def _english(p: Province) -> tuple[str, ...]:
    return (p.en, p.en_short, p.en_word, *(e for _, e in p.other_ko), *p.other_en)


def _korean(p: Province) -> tuple[str, ...]:
    return (p.formal, p.short, *(k for k, _ in p.other_ko))


def _named(text: str, forms: tuple[str, ...]) -> str | None:
    for form in sorted(set(forms), key=len, reverse=True):
        m = word_search(text, form)
        if m is not None:
            return m.group(text)
    return None


def check_provinces(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """English prose naming a province or metropolitan city the source never names."""
    out = []
    in_source: dict[str, bool] = {}  # per province, the source's answer: once per call
    for field, sentence in english_prose(briefing):
        for p in PROVINCE_TABLE:
            said = _named(sentence or "", _english(p))
            if said is None:
                continue
            if p.formal not in in_source:
                named = any(k in ev.text for k in _korean(p)) or _named(ev.text, _english(p))
                in_source[p.formal] = bool(named)
            if in_source[p.formal]:
                continue
            note = f"the source names no {p.formal} ({said!r})"
            out.append(claim_check(field, "place", said, "unverified", note=note))
            break
    return out


# `Gumi-si`, `Chilgok-gun`, `Gangnam-gu`, `Chilgok County`, `Changwon City`.
_TOWN_EN = re.compile(
    r"\b([A-Z][a-z]+(?:-[a-z]+)?)(?:-(?:si|gun|gu|eup|myeon|dong)\b|\s+(?:City|County|District)\b)"
)
_TOWN_KINDS = "시군구읍면동"
# English words a town's kind is written after that name no town (`Metropolitan City`, `a
# sister city`, `the host city`).
_KIND_WORDS = {"Metropolitan", "Special", "Autonomous", "Sister", "Host", "Capital", "Smart"}


_TOWN_SKELETONS_RE1 = lazy_compile(r"[가-힣]+")


_TOWN_KIND = re.compile(f"[{_TOWN_KINDS}]")


def _town_skeletons(text: str) -> set[str]:
    out = set()
    for m in _TOWN_KIND.finditer(text):
        for k in (1, 2, 3):
            stem = text[max(0, m.start() - k) : m.start()]
            if len(stem) == k and _TOWN_SKELETONS_RE1.fullmatch(stem):
                out.add(skeleton(romanise(stem)))
    return out


def check_towns(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """English prose naming a city, county or district the source never names."""
    provinces = {w for p in PROVINCE_TABLE for e in _english(p) if e for w in e.split()}
    provinces |= _KIND_WORDS
    known: set[str] | None = None
    out = []
    for field, sentence in english_prose(briefing):
        for m in _TOWN_EN.finditer(sentence or ""):
            stem = m.group(1)
            if stem in provinces or stem in ev.text or stem.split("-")[0] in ev.text:
                continue
            known = _town_skeletons(ev.text) if known is None else known
            if skeleton(stem.replace("-", "")) in known:
                continue
            note = f"the source names no town romanised {stem!r}"
            out.append(claim_check(field, "place", m.group(0), "unverified", note=note))
            break
    return out


__all__ = ["check_provinces", "check_towns"]
