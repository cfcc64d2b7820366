"""Group reports into events: blocking, pairwise decisions, merging without contradictions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.events.corroborate import adds, corroborates
from summarizer.events.dates import compare
from summarizer.events.decide import Decision, decide, party_conflict
from summarizer.events.disagree import disagreements
from summarizer.events.models import Event, Grouping, Link, Reason, Source
from summarizer.events.profile import Profile, build_profile, look_alike

if TYPE_CHECKING:
    from summarizer.models import SummaryResult

MAX_BLOCK = 400  # a party key shared by more reports than this says nothing (e.g. `a:한단`)
MAX_TEXT_BLOCK = 24  # a sampled wording shared by more reports is boilerplate, not a copy


def result_text(result: SummaryResult, texts: Mapping[str, str] | None = None) -> str:
    """The text a result's offsets index: given, in the result, or re-read from its path."""
    sha = result.facts.source.sha256
    if texts and sha in texts:
        return texts[sha]
    if result.facts.text is not None:
        return result.facts.text
    from summarizer.errors import SummarizerError
    from summarizer.reading import read_document

    path = Path(result.facts.source.path)
    doc = None
    if path.is_file():  # never `-` (stdin) or a URL: those cannot be read twice
        try:
            doc = read_document(path)
        except (SummarizerError, OSError, ValueError):
            doc = None
    if doc is not None and doc.source.sha256 == sha:
        return doc.text
    b = result.briefing  # no text: what the briefing says is all there is
    return "\n".join([b.title_ko, *b.summary_ko]) if b is not None else ""


def _conflict(a: Profile, b: Profile) -> bool:
    return look_alike(a, b) or compare(a.date, b.date) == "differ"


def _near_days(day: int) -> tuple[int, ...]:
    """Days of the month one day away from `day`, across a month end of any length."""
    if day == 1:
        return (28, 29, 30, 31, 2)
    if day >= 28:
        return (day - 1, day + 1, 1) if day < 31 else (30, 1)
    return (day - 1, day + 1)


def _candidates(profiles: Sequence[Profile]) -> list[tuple[int, int]]:
    """Pairs sharing a blocking key whose days of the month are at most one apart (or unknown).

    Linear in the pairs it returns: a key's members are filed by day of the month.
    """
    index: dict[str, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for p in profiles:
        day = p.date.value.day if p.date.value is not None else 0
        for key in p.blocking:
            index[key][day].append(p.index)
    pairs: set[tuple[int, int]] = set()
    for key, by_day in index.items():
        limit = MAX_TEXT_BLOCK if key.startswith("s:") else MAX_BLOCK
        if sum(len(v) for v in by_day.values()) > limit:
            continue
        undated = by_day.get(0, [])
        everyone = [i for v in by_day.values() for i in v]
        pairs.update((i, j) if i < j else (j, i) for i in undated for j in everyone if i != j)
        for day, members in by_day.items():
            if day == 0:
                continue
            pairs.update(combinations(members, 2))
            for other in _near_days(day):
                if other > day:
                    pairs.update(
                        (i, j) if i < j else (j, i) for i in members for j in by_day.get(other, [])
                    )
    return sorted(pairs)


Clusters = list[tuple[list[int], list[tuple[int, int]]]]
MAX_APART = 5  # near misses explained per event


def cluster(profiles: Sequence[Profile]) -> tuple[Clusters, list[tuple[int, int]]]:
    """Clusters of report indices with the pairs that joined them, strongest evidence first.

    Two clusters merge only when no report of one contradicts a report of the other (a
    look-alike, dates more than a day apart, each naming a party the other never mentions),
    so a bridge never joins two events. Also returns the candidate pairs that were compared.
    """
    found: list[tuple[float, int, int]] = []
    candidates = _candidates(profiles)
    for i, j in candidates:
        a, b = profiles[i], profiles[j]
        if _conflict(a, b):
            continue
        d = decide(a, b, explain=False)
        if d.same:
            found.append((d.score, i, j))
    owner = list(range(len(profiles)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(profiles))}
    edges: dict[int, list[tuple[int, int]]] = {i: [] for i in range(len(profiles))}
    for _, i, j in sorted(found, key=lambda t: (-t[0], t[1], t[2])):
        ci, cj = owner[i], owner[j]
        if ci == cj:
            continue
        if any(_conflict(profiles[x], profiles[y]) for x in members[ci] for y in members[cj]):
            continue
        # A bridge (a round-up naming both) never joins two signings with different partners.
        if any(
            party_conflict(profiles[x], profiles[y])
            for x in members[ci]
            for y in members[cj]
            if (x, y) != (i, j)
        ):
            continue
        keep, gone = min(ci, cj), max(ci, cj)
        for x in members[gone]:
            owner[x] = keep
        members[keep] += members.pop(gone)
        edges[keep] += [*edges.pop(gone), (i, j)]
    return [(sorted(members[c]), edges[c]) for c in sorted(members)], candidates


def _near_misses(
    profiles: Sequence[Profile], clusters: Clusters, candidates: list[tuple[int, int]]
) -> dict[int, list[Link]]:
    """Per cluster, the reports that name one of its bodies but were kept apart, and why."""
    owner = {i: n for n, (members, _) in enumerate(clusters) for i in members}
    canons = [{m.canon for m in p.core} for p in profiles]
    out: dict[int, list[Link]] = defaultdict(list)
    for i, j in candidates:
        ci, cj = owner[i], owner[j]
        if ci == cj or not canons[i] & canons[j]:
            continue
        if len(out[ci]) >= MAX_APART and len(out[cj]) >= MAX_APART:
            continue
        d = decide(profiles[i], profiles[j])
        link = Link(a=profiles[i].path, b=profiles[j].path, same=False, reasons=d.reasons)
        if d.same:  # joined by the pair decision, kept apart by another member
            why = "a member of one event contradicts a member of the other"
            link.reasons.append(Reason(kind="conflict", detail=why))
        for c in (ci, cj):
            if len(out[c]) < MAX_APART:
                out[c].append(link)
    return out


def _source(
    p: Profile,
    role: str,
    copy_of: str | None,
    confirmed: list[str] | None = None,
    added: list[str] | None = None,
) -> Source:
    return Source(
        path=p.path,
        outlet=p.outlet,
        published=p.published,
        url=p.url,
        authority=p.authority,  # type: ignore[arg-type]
        role=role,  # type: ignore[arg-type]
        copy_of=copy_of,
        title=p.shown_title,
        event_date=p.date.shown if p.date.value else None,
        corroborates=confirmed or [],
        adds=added or [],
    )


def _link(a: Profile, b: Profile, d: Decision) -> Link:
    return Link(a=a.path, b=b.path, same=d.same, reasons=d.reasons)


def _event_date(ps: list[Profile]) -> str | None:
    for p in ps:
        if p.date.value is not None and p.date.precision == "full":
            return p.date.value.isoformat()
    return None


def build_events(profiles: Sequence[Profile], results: Sequence[SummaryResult]) -> list[Event]:
    """Events from the clusters: the lead source first, links explained, disagreements found."""
    events = []
    clusters, candidates = cluster(profiles)
    apart = _near_misses(profiles, clusters, candidates)
    for n, (members, edges) in enumerate(clusters):
        ps = sorted((profiles[i] for i in members), key=lambda p: p.rank)
        links = []
        copies: dict[int, int] = {}
        for i, j in edges:
            d = decide(profiles[i], profiles[j])
            links.append(_link(profiles[i], profiles[j], d))
            if any(r.kind == "copy" for r in d.reasons):
                ri, rj = profiles[i].rank, profiles[j].rank
                later, first = (i, j) if ri > rj else (j, i)
                copies.setdefault(later, first)
        lead = ps[0]
        sources = [
            _source(
                p,
                "lead" if p is lead else "corroboration",
                profiles[copies[p.index]].path if p.index in copies else None,
                None if p is lead else corroborates(lead, p, results[lead.index], results[p.index]),
                None if p is lead else adds(lead, p, results[lead.index], results[p.index]),
            )
            for p in ps
        ]
        events.append(
            Event(
                id="",
                date=_event_date(ps),
                date_shown=_event_date(ps)
                or next((p.date.shown for p in ps if p.date.value is not None), "not stated"),
                agreement=any(p.kind == "agreement" for p in ps) or lead.kind == "mention",
                title=lead.shown_title,
                lead=lead.path,
                sources=sources,
                links=links,
                apart=apart.get(n, []),
                disagreements=disagreements(ps, [results[p.index] for p in ps]),
            )
        )
    order = {p.path: p.index for p in reversed(profiles)}
    events.sort(key=lambda e: (e.date is None, e.date or "", min(order[s.path] for s in e.sources)))
    for n, e in enumerate(events, 1):
        e.id = f"e{n}"
    return events


def group_events(
    results: Sequence[SummaryResult], *, texts: Mapping[str, str] | None = None
) -> Grouping:
    """Group results into events: every result in exactly one, with reasons and disagreements.

    Works from the deterministic structure and text alone; a result's briefing (when a model
    made one) adds its parties and event date. `texts` maps a document's sha256 to its text
    (else the text is taken from the result or re-read from its path).
    """
    profiles = [build_profile(i, r, result_text(r, texts)) for i, r in enumerate(results)]
    return Grouping(events=build_events(profiles, results))


def singletons(results: Sequence[SummaryResult]) -> Grouping:
    """One event per result, in input order: the layout of `--group none`."""
    events = [
        Event(
            id=f"e{n}",
            lead=r.facts.source.path,
            sources=[Source(path=r.facts.source.path, role="lead")],
        )
        for n, r in enumerate(results, 1)
    ]
    return Grouping(events=events)


def with_failures(grouping: Grouping, failures: Sequence[tuple[str, str]]) -> Grouping:
    """The grouping plus one event per input that failed (path, error), so every input is in one."""
    events = list(grouping.events)
    for path, error in failures:
        source = Source(path=path, role="lead", error=error)
        events.append(Event(id=f"e{len(events) + 1}", lead=path, sources=[source]))
    return Grouping(events=events)


__all__ = [
    "build_events",
    "cluster",
    "group_events",
    "result_text",
    "singletons",
    "with_failures",
]
