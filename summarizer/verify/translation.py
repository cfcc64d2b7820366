"""Translations: glossary terms and every English field, against the Korean they render."""

from __future__ import annotations

from summarizer.glossary import Glossary
from summarizer.lazy import lazy_compile
from summarizer.models import Briefing, ClaimCheck, Span
from summarizer.verify.english import Side, check_english
from summarizer.verify.evidence import Evidence
from summarizer.verify.evidence import claim_check as _check
from summarizer.verify.evidence import key as _key
from summarizer.verify.evidence import occurs as _occurs
from summarizer.verify.meaning import too_short


def _latin_source(ev: Evidence) -> bool:
    """True for an English-language source (few Hangul letters)."""
    hangul = sum(1 for ch in ev.text if "가" <= ch <= "힣")
    latin = sum(1 for ch in ev.text if ch.isascii() and ch.isalpha())
    return hangul < 0.05 * max(1, latin + hangul)


def _verbatim(ev: Evidence, term: str) -> Span | None:
    """A short term (`(사)`, `산․관․학`) written in the source exactly as given."""
    term = term.strip()
    at = ev.text.find(term) if len(term) >= 2 else -1
    return Span(text=term, start=at, end=at + len(term)) if at >= 0 else None


def check_glossary(ev: Evidence, briefing: Briefing, glossary: Glossary) -> list[ClaimCheck]:
    """A glossary term must be in the source; its English is official only through the glossary."""
    out = []
    for i, g in enumerate(briefing.glossary):
        span = _occurs(ev, g.ko) if not too_short(g.ko, 2) else _verbatim(ev, g.ko)
        written_en = _occurs(ev, g.en) if g.en.strip() and not too_short(g.en, 3) else None
        if span is None and written_en is not None:
            note = "the source writes the English term; the Korean is a rendering"
            out.append(
                _check(
                    f"glossary[{i}].ko", "glossary", g.ko, "unchecked", span=written_en, note=note
                )
            )
        elif span is None and _latin_source(ev):
            note = "an English-language source: the Korean term is a rendering"
            out.append(_check(f"glossary[{i}].ko", "glossary", g.ko, "unchecked", note=note))
        elif span is None:
            out.append(
                _check(
                    f"glossary[{i}].ko",
                    "glossary",
                    g.ko,
                    "unsupported",
                    note="the source never uses this term",
                )
            )
        else:
            out.append(_check(f"glossary[{i}].ko", "glossary", g.ko, "exact", span=span))
        verdict = glossary.check_english(g.ko, g.en) if glossary.lookup(g.ko) else "unknown"
        if verdict == "mismatch":
            entry = glossary.lookup(g.ko)
            official = f"the official English name is {entry.display!r}" if entry else None
            out.append(_check(f"glossary[{i}].en", "glossary", g.en, "unsupported", note=official))
        elif verdict in ("official", "former"):
            out.append(_check(f"glossary[{i}].en", "glossary", g.en, "exact"))
        elif (twin := _same_english(briefing, i)) is not None:
            note = f"the glossary gives the same English to {twin!r}, another term"
            out.append(_check(f"glossary[{i}].en", "glossary", g.en, "unsupported", note=note))
        elif (clash := _rendered_elsewhere(briefing, g.ko, g.en)) is not None:
            out.append(_check(f"glossary[{i}].en", "glossary", g.en, "unsupported", note=clash))
        else:
            note = "a translation"
            out.append(_check(f"glossary[{i}].en", "glossary", g.en, "unchecked", note=note))
    return out


def _same_english(briefing: Briefing, i: int) -> str | None:
    """Another term of the glossary with the same English: one of the two is wrong."""
    mine = briefing.glossary[i]
    for k, other in enumerate(briefing.glossary):
        same_en = other.en.casefold().strip() == mine.en.casefold().strip()
        if k != i and same_en and _key(other.ko) != _key(mine.ko):
            return other.ko
    return None


def _pairs(briefing: Briefing) -> list[tuple[str, str]]:
    """(Korean, English) of every field the briefing gives in both languages."""
    out = [(briefing.title_ko, briefing.title_en)]
    out += list(zip(briefing.summary_ko, briefing.summary_en, strict=False))
    out += [(c.text_ko, c.text_en) for c in briefing.commitments]
    out += [(q.text_ko, q.text_en) for q in briefing.quotes]
    return out


_STOP = {"the", "and", "for", "with", "from", "into"}


_STEMS_RE1 = lazy_compile(r"[a-z]+")


def _stems(english: str) -> list[str]:
    return [w[:5] for w in _STEMS_RE1.findall(english.casefold()) if len(w) >= 3 and w not in _STOP]


def _renders(stems: list[str], english: str) -> bool:
    words = _STEMS_RE1.findall(english.casefold())
    return bool(stems) and all(any(w.startswith(s) for w in words) for s in stems)


def _rendered_elsewhere(briefing: Briefing, ko: str, en: str) -> str | None:
    """The briefing's own translations put `en` only where `ko` is absent, and `ko` where it is not."""
    kkey, stems = _key(ko), _stems(en)
    if len(kkey) < 2 or not stems:
        return None
    pairs = [(_key(k), e) for k, e in _pairs(briefing)]
    with_ko = [e for k, e in pairs if kkey in k]
    with_en = [k for k, e in pairs if _renders(stems, e)]
    # Only a clash is evidence: a glossary gloss may word a term unlike the summary does.
    if with_ko and with_en and not any(_renders(stems, e) for e in with_ko):
        return "the briefing's own translations render another term this way, not this one"
    return None


def check_english_fields(ev: Evidence, briefing: Briefing, glossary: Glossary) -> list[ClaimCheck]:
    """title_en, headline_en, summary_en and every text_en against the Korean they render."""
    years = {int(f.value[:4]) for f in ev.facts_of("date") if f.value and f.value[:4].isdigit()}
    if ev.reference is not None:
        years.add(ev.reference.year)
    whole = "\n".join([briefing.title_ko, *briefing.summary_ko])
    # Dates the facts layer resolved (`지난 8일` -> 2024-11-08) count as the source's dates.
    stated = " ".join(v for f in ev.facts_of("date") for v in (f.value or "").split("/"))
    source = f"{ev.text}\n{stated}"
    fields: list[tuple[str, str, Side]] = [
        ("title_en", briefing.title_en, Side(briefing.title_ko, source)),
        ("headline_en", briefing.headline_en, Side(whole, source, own_days=True)),
    ]
    for i, s in enumerate(briefing.summary_en):
        ko = briefing.summary_ko[i] if i < len(briefing.summary_ko) else whole
        fields.append((f"summary_en[{i}]", s, Side(ko, source, days=whole)))
    for i, q in enumerate(briefing.quotes):
        fields.append((f"quotes[{i}].text_en", q.text_en, Side(q.text_ko, whole=ev.text)))
    for i, c in enumerate(briefing.commitments):
        fields.append((f"commitments[{i}].text_en", c.text_en, Side(c.text_ko, whole=ev.text)))
    out = []
    for field, english, side in fields:
        flags = check_english(field, english, side, glossary, years)
        if flags:
            out += flags
        elif english.strip():
            note = "a translation: its numbers, dates and names agree with the Korean; wording not checked"
            out.append(_check(field, "english", english, "unchecked", note=note))
    return out


__all__ = ["check_english_fields", "check_glossary"]
