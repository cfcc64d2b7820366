"""Where the sources of one event disagree: date, time, place, party, name, amount, commitment,
and a statement quoted in different words.

Each disagreement lists what every source says, with its span, so a reader sees both sides.
Silence is not disagreement: a source that states no time does not disagree on the time.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from itertools import combinations
from typing import TYPE_CHECKING

from summarizer.events.dates import compare
from summarizer.events.lexicon import AGREEMENT_NAMES
from summarizer.events.match import same_org
from summarizer.events.models import Disagreement, SpanRef, Value
from summarizer.events.people import people
from summarizer.events.profile import Profile
from summarizer.events.similarity import containment, grams

if TYPE_CHECKING:
    from summarizer.models import SummaryResult
    from summarizer.models.facts import Event as StatedEvent
    from summarizer.models.facts import Span

SIGNING_CHARS = 250  # parties compared: those of the lead's first sentence (at most this long)
_FULL_STOP = re.compile(r"다\s*[.。]|\.\s")
MAX_COMMITMENTS = 6  # commitments listed per event at most: the rest are in the sources
STATED = 0.6  # share of an item's syllable pairs another source must hold to state it too


def _ref(p: Profile, text: str | None, start: int | None, end: int | None) -> list[SpanRef]:
    if text is None:
        return []
    return [SpanRef(path=p.path, text=text, start=start, end=end)]


def _dates(ps: Sequence[Profile]) -> list[Disagreement]:
    dated = [p for p in ps if p.date.value is not None]
    if not any(compare(a.date, b.date) != "same" for a, b in combinations(dated, 2)):
        return []
    values = [
        Value(path=p.path, value=p.date.shown, spans=_ref(p, p.date.text, p.date.start, p.date.end))
        for p in dated
    ]
    return [Disagreement(field="date", about="event date", values=values)]


def event_time(r: SummaryResult) -> str | None:
    """The event time the briefing states, else the structure's."""
    ev = r.facts.structure.event
    t = r.briefing.event.time if r.briefing and r.briefing.event else None
    return t or (ev.time if ev is not None else None)


def event_place(r: SummaryResult) -> str | None:
    """The venue (Korean) the briefing states, else the structure's."""
    ev = r.facts.structure.event
    place = r.briefing.event.place_ko if r.briefing and r.briefing.event else None
    return place or (ev.place if ev is not None else None)


def _stated(
    ps: Sequence[Profile],
    rs: Sequence[SummaryResult],
    value_of: Callable[[SummaryResult], str | None],
    span_of: Callable[[StatedEvent], Span | None],
) -> list[Value]:
    """What each source states for one event field, with the structure's span of it."""
    values = []
    for p, r in zip(ps, rs, strict=True):
        ev = r.facts.structure.event
        span = span_of(ev) if ev is not None else None
        stated = value_of(r)
        if stated:
            spans = _ref(p, span.text, span.start, span.end) if span else []
            values.append(Value(path=p.path, value=stated, spans=spans))
    return values


def _times(ps: Sequence[Profile], rs: Sequence[SummaryResult]) -> list[Disagreement]:
    values = _stated(ps, rs, event_time, lambda ev: ev.time_span)
    if len({v.value for v in values}) < 2:
        return []
    return [Disagreement(field="time", about="event time", values=values)]


def _place_words(place: str) -> set[str]:
    return {w for w in re.findall(r"[가-힣A-Za-z0-9]+", place) if len(w) >= 2}


def compatible_places(a: str, b: str) -> bool:
    wa, wb = _place_words(a), _place_words(b)
    if not wa or not wb:
        return True
    small, big = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    squeezed = "".join(sorted(big))
    hits = sum(1 for w in small if w in big or any(w in x or x in w for x in big) or w in squeezed)
    return hits / len(small) >= 0.5


def _places(ps: Sequence[Profile], rs: Sequence[SummaryResult]) -> list[Disagreement]:
    values = _stated(ps, rs, event_place, lambda ev: ev.place_span)
    english = {p.path: p.english for p in ps}
    if all(
        compatible_places(a.value, b.value) or english[a.path] != english[b.path]
        for a, b in combinations(values, 2)
    ):
        return []  # one venue (a language apart, venues are not compared)
    return [Disagreement(field="place", about="event venue", values=values)]


def _parties(ps: Sequence[Profile]) -> list[Disagreement]:
    out = []
    seen: list[str] = []
    for a in ps:
        stop = _FULL_STOP.search(a.text, a.lead_span[0], a.lead_span[0] + SIGNING_CHARS)
        first = stop.end() if stop else a.lead_span[0] + SIGNING_CHARS
        for m in a.core:
            if m.end <= m.start or m.start >= first or m.label in seen:
                continue
            silent = [b for b in ps if b is not a and b.english == a.english]
            missing = [b for b in silent if not any(same_org(m, o) for o in b.mentions + b.core)]
            if not missing:
                continue
            seen.append(m.label)
            values = [Value(path=a.path, value=m.label, spans=_ref(a, m.surface, m.start, m.end))]
            values += [Value(path=b.path, value="(not named)") for b in missing]
            out.append(Disagreement(field="party", about=f"party {m.label}", values=values))
    return out


def _names(ps: Sequence[Profile]) -> list[Disagreement]:
    found = [people(p.text) for p in ps]
    orgs_by_title: dict[str, set[str]] = defaultdict(set)
    for group in found:
        for person in group:
            if person.org:
                orgs_by_title[person.role].add(person.org)
    # role -> source index -> names (first span each)
    roles: dict[str, dict[int, dict[str, tuple[int, int]]]] = defaultdict(lambda: defaultdict(dict))
    for i, group in enumerate(found):
        for person in group:
            org = person.org
            if org is None and len(orgs_by_title[person.role]) == 1:
                org = next(iter(orgs_by_title[person.role]))
            if org is None and orgs_by_title[person.role]:
                continue  # `군수` alone where two counties' heads are named: whose is unknown
            role = f"{org} {person.role}" if org else person.role
            roles[role][i].setdefault(person.name, (person.start, person.end))
    out = []
    for role, by_source in roles.items():
        if len(by_source) < 2:
            continue
        sets = [set(names) for names in by_source.values()]
        if not any(
            not (x & y) or (len(x) == len(y) == 1 and x != y) for x, y in combinations(sets, 2)
        ):
            continue
        values = []
        for i, names in sorted(by_source.items()):
            p = ps[i]
            spans = [SpanRef(path=p.path, text=n, start=s, end=e) for n, (s, e) in names.items()]
            values.append(Value(path=p.path, value=", ".join(names), spans=spans))
        out.append(Disagreement(field="name", about=role, values=values))
    return out


_CALLED = [(re.compile(pattern, re.IGNORECASE), name) for pattern, name in AGREEMENT_NAMES]


def _called_in(p: Profile) -> tuple[str, SpanRef] | None:
    """What the report's title and lead call the agreement (the earliest name, most specific)."""
    a, b = p.lead_span
    windows = [(0, min(len(p.text), 200)), (a, b)]
    for start, end in windows:
        found = [
            (m.start(), i, m, name)
            for i, (rx, name) in enumerate(_CALLED)
            if (m := rx.search(p.text, start, end))
        ]
        if found:
            _, _, m, name = min(found, key=lambda f: (f[1], f[0]))
            return name, SpanRef(path=p.path, text=m.group(0), start=m.start(), end=m.end())
    return None


def _called(ps: Sequence[Profile]) -> list[Disagreement]:
    named = [(p, c) for p in ps if not p.english and (c := _called_in(p)) is not None]
    if len({name for _, (name, _) in named}) < 2:
        return []
    values = [Value(path=p.path, value=name, spans=[span]) for p, (name, span) in named]
    return [Disagreement(field="name", about="what the agreement is called", values=values)]


def _amounts(ps: Sequence[Profile], rs: Sequence[SummaryResult]) -> list[Disagreement]:
    values = []
    for p, r in zip(ps, rs, strict=True):
        money = [f for f in r.facts.facts if f.kind == "money" and f.value]
        if money:
            spans = [SpanRef(path=p.path, text=f.text, start=f.start, end=f.end) for f in money]
            shown = ", ".join(dict.fromkeys(f.text for f in money))
            values.append(
                (frozenset(f.value for f in money), Value(path=p.path, value=shown, spans=spans))
            )
    if len({v for v, _ in values}) < 2:
        return []
    return [Disagreement(field="amount", about="amounts stated", values=[v for _, v in values])]


def _items(p: Profile, r: SummaryResult) -> list[SpanRef]:
    if r.briefing is not None and r.briefing.commitments:
        out = []
        for c in r.briefing.commitments:  # the model's item, at its place in the text if copied
            at = p.text.find(c.text_ko) if c.text_ko else -1
            if at >= 0:
                out.append(SpanRef(path=p.path, text=c.text_ko, start=at, end=at + len(c.text_ko)))
            else:
                out.append(SpanRef(path=p.path, text=c.text_ko))
        return out
    return [
        SpanRef(path=p.path, text=c.text, start=c.start, end=c.end)
        for c in r.facts.structure.commitments
    ]


def _commitments(ps: Sequence[Profile], rs: Sequence[SummaryResult]) -> list[Disagreement]:
    lists = [(p, _items(p, r)) for p, r in zip(ps, rs, strict=True)]
    lists = [(p, items) for p, items in lists if items]
    out: list[Disagreement] = []
    for p, items in lists:
        others = [q for q, _ in lists if q is not p and q.english == p.english]
        for item in items:
            g = grams(item.text, 2)
            # Not stated: the other source's whole text lacks it (not just its item list).
            missing = [q for q in others if containment(g, grams(q.text, 2)) < STATED]
            if missing and len(out) < MAX_COMMITMENTS:
                values = [Value(path=p.path, value=item.text, spans=[item])]
                values += [Value(path=q.path, value="(no matching wording)") for q in missing]
                out.append(
                    Disagreement(
                        field="commitment", about="worded so by one source only", values=values
                    )
                )
    return out


QUOTED = (0.35, 0.95)  # overlap of one statement worded differently (below: another statement)


def _quotes_of(p: Profile, r: SummaryResult) -> list[tuple[str, SpanRef]]:
    """(speaker, quote) pairs: the briefing's when it has quotes, else the structure's."""
    if r.briefing is not None and r.briefing.quotes:
        out = []
        for q in r.briefing.quotes:
            at = p.text.find(q.text_ko) if q.text_ko else -1
            end = at + len(q.text_ko) if at >= 0 else None
            span = SpanRef(path=p.path, text=q.text_ko, start=at if at >= 0 else None, end=end)
            out.append((q.speaker, span))
        return out
    return [
        (q.speaker, SpanRef(path=p.path, text=q.text, start=q.start, end=q.end))
        for q in r.facts.structure.quotes
        if q.speaker
    ]


def _quotes(ps: Sequence[Profile], rs: Sequence[SummaryResult]) -> list[Disagreement]:
    """The same speaker's statement worded differently by two sources (a misquote to check)."""
    said = [(p, _quotes_of(p, r)) for p, r in zip(ps, rs, strict=True) if not p.english]
    out = []
    for (pa, qa), (pb, qb) in combinations(said, 2):
        for speaker, a in qa:
            for other, b in qb:
                if other != speaker:
                    continue
                share = containment(grams(a.text, 2), grams(b.text, 2))
                if QUOTED[0] <= share < QUOTED[1]:
                    values = [
                        Value(path=pa.path, value=a.text, spans=[a]),
                        Value(path=pb.path, value=b.text, spans=[b]),
                    ]
                    out.append(
                        Disagreement(field="quote", about=f"{speaker} quoted", values=values)
                    )
    return out[:MAX_COMMITMENTS]


def disagreements(ps: Sequence[Profile], rs: Sequence[SummaryResult]) -> list[Disagreement]:
    """Every point on which two sources of one event differ (nothing for a single source)."""
    if len(ps) < 2:
        return []
    return [
        *_dates(ps),
        *_times(ps, rs),
        *_places(ps, rs),
        *_parties(ps),
        *_names(ps),
        *_called(ps),
        *_amounts(ps, rs),
        *_commitments(ps, rs),
        *_quotes(ps, rs),
    ]


__all__ = ["compatible_places", "disagreements", "event_place", "event_time"]
