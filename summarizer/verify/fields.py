"""The fields no value check covers: place and mode, contacts, glossary, titles and English.

Every claim of the briefing leaves here with a status; one no check can judge is `unchecked`.
"""

from __future__ import annotations

import re
import unicodedata

from summarizer.lazy import lazy_compile
from summarizer.lexicon import SIGNING_CEREMONIES, SIGNING_STEMS, alternation, province_variants
from summarizer.models import Briefing, ClaimCheck, Span
from summarizer.verify.align import NormText, align
from summarizer.verify.binding import row_conflict
from summarizer.verify.declared import english_source
from summarizer.verify.evidence import Evidence
from summarizer.verify.evidence import claim_check as _check
from summarizer.verify.evidence import key as _key
from summarizer.verify.evidence import occurs as _occurs
from summarizer.verify.grounding import translated
from summarizer.verify.meaning import meaning_diff, too_short, widen
from summarizer.verify.numbers import (
    COUNTED,
    Number,
    counted,
    counter_kind,
    english_numbers,
    korean_numbers,
    list_counts,
    stated_word_numbers,
)
from summarizer.verify.venue_side import beside, other_owner, second_venue

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_EN_MONTH = re.compile(r"\b(" + "|".join(m.capitalize() for m in _MONTHS) + r")[a-z]*\.?", re.I)
# An online or video form of an event (not `온라인 쇼핑몰`, not a release's online time, not
# `시청 영상회의실`: a room where the parties meet).
# A line about the signing: an agreement word, a signing verb or a ceremony.
_SIGNING_LINE = re.compile(
    alternation(("협약", "MOU", "agreement", "sign", *SIGNING_STEMS, *SIGNING_CEREMONIES)), re.I
)
_ONLINE_EVENT = re.compile(
    r"(?:온라인|비대면|화상|영상)\s*(?:으로|을\s*통해|회의(?!실)|방식|협약|체결|서명|개최|행사|중계)"
    r"|virtual(?:ly)?|online (?:ceremony|signing|event|meeting)|via video|video ?conference|webinar",
    re.I,
)
_ONLINE = re.compile(
    r"온라인|비대면|화상|영상\s*회의|줌\s|zoom|online|virtual|video\s*conference|webinar", re.I
)


def _each_word(ev: Evidence, claim: str) -> Span | None:
    """Every word of the claim written in the source (a department split over table cells)."""
    spans = []
    for word in claim.split():
        needle = NormText(word).chars
        pos = ev.view.chars.find(needle) if needle else -1
        if pos < 0:
            return None
        start, end = ev.view.span(pos, pos + len(needle))
        spans.append(Span(text=ev.text[start:end], start=start, end=end))
    return spans[0] if spans else None


def check_place(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """The venue must be the one the source states; the mode must agree with its words."""
    event = briefing.event
    if event is None:
        return []
    out = []
    if event.place_ko and event.place_en and translated(ev, event.place_ko, event.place_en):
        out += _place_translated(ev, event.place_ko, event.place_en)
    elif event.place_ko:
        out.append(_place_ko(ev, event.place_ko))
    if event.place_en and not any(c.field == "event.place_en" for c in out):
        out.append(
            _check(
                "event.place_en",
                "place",
                event.place_en,
                "unchecked",
                note="a translation of the venue",
            )
        )
    online = _online_near_event(ev)
    anywhere = _ONLINE.search(ev.text)
    place = ev.facts.structure.event.place if ev.facts.structure.event else None
    if event.mode == "online":
        if online is not None:
            out.append(_check("event.mode", "mode", "online", "exact", span=online))
        elif place:
            note = f"the source gives a venue ({place!r}) and no online or video form of the event"
            out.append(_check("event.mode", "mode", "online", "unsupported", note=note))
        elif anywhere is None:
            note = "the source gives no online or video form"
            out.append(_check("event.mode", "mode", "online", "unsupported", note=note))
        else:
            note = "the source mentions an online form, but not for the event"
            out.append(_check("event.mode", "mode", "online", "unverified", note=note))
    elif event.mode == "in_person":
        if online is not None:
            note = (
                f"the source writes {online.text!r} beside the event: it may have been held online"
            )
            out.append(_check("event.mode", "mode", "in_person", "unverified", note=note))
        else:
            note = "read from the venue the source states"
            out.append(_check("event.mode", "mode", "in_person", "unchecked", note=note))
    return out


def _place_translated(ev: Evidence, korean: str, english: str) -> list[ClaimCheck]:
    """An English-language source: the venue's English is looked for, its Korean is a translation."""
    found = align(english, ev.text, threshold=0.8, view=ev.view, avoid=ev.instructions)
    span = found.span(ev.text)
    note = "a translation of the venue the English-language source writes"
    out = [_check("event.place_ko", "place", korean, "unchecked", note=note)]
    if found.status == "unsupported" or span is None:
        note = "the English-language source does not write this venue"
        out.append(_check("event.place_en", "place", english, "unverified", note=note))
    else:
        out.append(_check("event.place_en", "place", english, found.status, span=span))
    return out


def _online_near_event(ev: Evidence) -> Span | None:
    """An online/video word near the event the structure found, or in a signing sentence."""
    event = ev.facts.structure.event
    anchors = (
        [s for s in (event.date_span, event.time_span, event.place_span) if s] if event else []
    )
    embargo = ev.facts.structure.embargo
    for m in _ONLINE_EVENT.finditer(ev.text):
        if embargo is not None and embargo.start <= m.start() < embargo.end:
            continue  # `(온라인) 2025. 8. 27.` is when the release may go online
        near = any(abs(m.start() - a.start) <= 150 for a in anchors)
        line = ev.text[ev.text.rfind("\n", 0, m.start()) + 1 : ev.text.find("\n", m.end())]
        signing = _SIGNING_LINE.search(line)
        if near or signing:
            return Span(text=m.group(0), start=m.start(), end=m.end())
    return None


def _place_ko(ev: Evidence, place: str) -> ClaimCheck:
    field = "event.place_ko"
    if too_short(place, 2):
        return _check(field, "place", place, "unsupported", note="is too short to be a venue")
    owned = _structure_venue(ev, place)
    if owned is not None:
        return owned
    found = align(place, ev.text, threshold=0.8, view=ev.view, avoid=ev.instructions)
    span = found.span(ev.text)
    for variant in province_variants(place) if found.status == "unsupported" else []:
        # `경상남도 가람군청` where the source writes `경남 가람군청`: one province
        other = align(variant, ev.text, threshold=0.8, view=ev.view, avoid=ev.instructions)
        if other.status != "unsupported" and other.span(ev.text) is not None:
            found, span, read = other, other.span(ev.text), variant
            break
    else:
        read = place
    if found.status == "unsupported" or span is None:
        return _place_words(ev, place)
    why = _diff(ev, read, span) if found.status != "exact" else None
    if why:
        return _check(field, "place", place, "unsupported", span=span, note=why)
    stated = ev.facts.structure.event.place_span if ev.facts.structure.event else None
    if stated is not None:
        overlap = span.start < stated.end and stated.start < span.end
        near = beside(ev.text, span, stated)
        # `X에서 열린 협약식`, unless X is the second place of the venue's own sentence
        venue = _CEREMONY_AT.match(ev.text, span.end) is not None
        venue = venue and not second_venue(ev.text, span, stated)
        if not (
            overlap or near or venue
            or _key(read) in _key(stated.text) or _key(stated.text) in _key(read)
        ):  # fmt: skip
            note = f"the source gives the venue as {stated.text.strip()!r}"
            return _check(field, "place", place, "unverified", span=span, note=note)
    status = found.status if read == place else "normalised"
    whose = other_owner(ev, place) if status != "exact" else None
    if whose:
        return _check(field, "place", place, "unverified", span=span, note=whose)
    return _check(field, "place", place, status, span=span)


# `울란바토르 시청에서 열린 협약식에는`: a venue the source gives the ceremony in another sentence.
_CEREMONY_AT = re.compile(
    r"\s*에서\s*(?:열린|개최된|진행된|가진)?\s*[^.\n]{0,20}?"
    + alternation((*SIGNING_CEREMONIES, "협약을", "MOU를", "양해각서를"))
)


def _diff(ev: Evidence, claim: str, span: Span) -> str | None:
    """meaning_diff against the span read whole, and a word wider for a flipped last word."""
    start, end = widen(ev.text, span.start, span.end)
    wide_start, wide_end = widen(ev.text, span.start, span.end, words=1)
    return meaning_diff(claim, ev.text[start:end], ev.text[wide_start:wide_end])


def _structure_venue(ev: Evidence, place: str) -> ClaimCheck | None:
    """The venue as the structure qualified it with whose premises it is (`가람시는 … 시청
    중회의실에서` -> `가람시청 중회의실`, structure.venue_owner): the source's venue, its owner read
    from the sentence (`한빛시청` there is not)."""
    event = ev.facts.structure.event
    if event is None or not event.place or event.place_span is None:
        return None
    written = event.place_span.text
    if _key(event.place) == _key(written) or _key(place) != _key(event.place):
        return None
    note = f"the source's {written.strip()!r}, with whose premises it is"
    return _check("event.place_ko", "place", place, "normalised", span=event.place_span, note=note)


_PLACE_WORDS_RE1 = lazy_compile(r"[\s(),·]+")


def _place_words(ev: Evidence, place: str) -> ClaimCheck:
    """A venue put together from the source's words (`칠곡군청` for `군청`, an added city)."""
    words = [w for w in _PLACE_WORDS_RE1.split(place) if len(NormText(w).chars) >= 2]
    found = [w for w in words if NormText(w).chars in ev.view.chars]
    stems = [w for w in words if w not in found and NormText(w[-2:]).chars in ev.view.chars]
    field = "event.place_ko"
    if words and len(found) == len(words):
        whose = other_owner(ev, place)  # `B 3층 대회의실` for `A는 3층 대회의실에서 B와`
        if whose:
            return _check(field, "place", place, "unverified", note=whose)
        note = "the source's words, not one phrase of it"
        return _check(field, "place", place, "fuzzy", span=_occurs(ev, found[0]), note=note)
    if words and len(found) + len(stems) == len(words):
        note = "partly the source's words; the venue as a whole is not written there"
        return _check(field, "place", place, "unverified", note=note)
    return _check(field, "place", place, "unsupported", note="the source states no such venue")


def check_contacts(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """Contact names, departments and roles must be written in the source."""
    out = []
    for i, c in enumerate(briefing.contacts):
        for attr in ("name", "department", "role"):
            value = getattr(c, attr)
            if not value:
                continue
            field = f"contacts[{i}].{attr}"
            span = _occurs(ev, value) or _each_word(ev, value)
            conflict = row_conflict(ev, c, attr)
            if span is None:
                note = "the source never writes this"
                out.append(_check(field, "contact", value, "unsupported", note=note))
            elif conflict is not None:
                out.append(_check(field, "contact", value, "unsupported", span=span, note=conflict))
            else:
                out.append(_check(field, "contact", value, "exact", span=span))
    return out


def _title_check(ev: Evidence, title: str, source_numbers: list[Number]) -> ClaimCheck:
    """title_ko aligned to the source's own title or lines; an English-language source has no
    Korean to align, so there the title is a rendering whose numbers must be the source's."""
    found = align(title, ev.text, threshold=0.8, view=ev.view, avoid=ev.instructions)
    span = found.span(ev.text)
    if found.status != "unsupported" and span is not None:
        why = _diff(ev, title, span) if found.status != "exact" else None
        status = "unsupported" if why else found.status
        return _check("title_ko", "text", title, status, span=span, note=why)
    if english_source(ev):
        bad = [n for n in korean_numbers(title) if not _stated(n, source_numbers)]
        if bad:
            note = f"{bad[0].text!r} is not a number the source states"
            return _check("title_ko", "text", bad[0].text, "unverified", note=note)
        note = "a Korean rendering of the English-language source; its numbers are the source's"
        return _check("title_ko", "text", title, "unchecked", note=note)
    note = "not the source's own title; a summary line"
    return _check("title_ko", "text", title, "unverified", note=note)


def _stated(n: Number, source_numbers: list[Number]) -> bool:
    return any(n.same(k) or (n.kind == "n" and k.value == n.value) for k in source_numbers)


def _counted(line: str, n: Number) -> bool:
    """`n` counts something (`10개 분야`, `3가지`), as a list's length may."""
    folded = unicodedata.normalize("NFKC", line)  # where korean_numbers read `n`
    return n.kind == "n" and n.value.is_integer() and COUNTED.match(folded, n.start) is not None


def _miscounted(line: str, source: set[tuple[float, str]], lists: set[int]) -> Number | None:
    """A count of the line (`최종 3곳`, `5년간`) that the source states as a number but never
    with a counter of that kind (`대학 3`, `3개 분야`); a list of that length counts bodies."""
    folded = unicodedata.normalize("NFKC", line)
    for n in korean_numbers(folded):
        kind = counter_kind(folded, n)
        if kind is None or (n.value, kind) in source:
            continue
        if kind == "bodies" and int(n.value) in lists:
            continue
        return n
    return None


_CHECK_KOREAN_PROSE_RE1 = lazy_compile(r"\d+")


def check_korean_prose(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """title_ko aligned to the source; numbers in summary_ko must be numbers the source states."""
    out = []
    source_numbers = korean_numbers(ev.text) + english_numbers(ev.text)
    if english_source(ev):  # `six were clinched`, `for one year`: counts written as words
        source_numbers += stated_word_numbers(ev.text)
    dates = [f for f in ev.facts.facts if f.kind == "date"]
    dates += [f for f in ev.facts_of("date") if f not in dates]  # the event's `yesterday`
    for f in dates:  # `4.30` with no known year still states 4 and 30
        for part in _CHECK_KOREAN_PROSE_RE1.findall(f"{f.value or ''} {f.text}"):
            source_numbers.append(Number(float(part), "n", part))
    for m in _EN_MONTH.finditer(ev.text):  # `Sept. 30` in an English source is 9월 30일
        source_numbers.append(
            Number(float(_MONTHS.index(m.group(1)[:3].lower()) + 1), "n", m.group(0))
        )
    out.append(_title_check(ev, briefing.title_ko, source_numbers))
    counts: set[int] | None = None  # the source's list lengths, read when first needed
    source_counts: set[tuple[float, str]] | None = None  # its counts with their kinds, the same
    for i, s in enumerate(briefing.summary_ko):
        bad = [n for n in korean_numbers(s) if not _stated(n, source_numbers)]
        if bad and any(_counted(s, n) for n in bad):
            # `모두 10개 분야` counts the items of a list the source marks (△ … △ …)
            counts = list_counts(ev.text) if counts is None else counts
            bad = [n for n in bad if not (_counted(s, n) and int(n.value) in counts)]
        if not bad and not english_source(ev):
            counts = list_counts(ev.text) if counts is None else counts
            source_counts = counted(ev.text) if source_counts is None else source_counts
            miscounted = _miscounted(s, source_counts, counts)
            if miscounted is not None:
                note = f"{miscounted.text!r}: the source never counts {miscounted.value:g} of this kind"
                out.append(
                    _check(f"summary_ko[{i}]", "text", miscounted.text, "unverified", note=note)
                )
                continue
        if bad:
            note = f"{bad[0].text!r} is not a number the source states"
            out.append(_check(f"summary_ko[{i}]", "text", bad[0].text, "unverified", note=note))
        else:
            out.append(
                _check(
                    f"summary_ko[{i}]",
                    "text",
                    s,
                    "unchecked",
                    note="a summary in the model's words",
                )
            )
    return out


__all__ = [
    "check_contacts",
    "check_korean_prose",
    "check_place",
]
