"""One grouping decision: do two reports describe the same event, and why (or why not)?

The rule, in order:
1. A report of an agreement and one of something else (a selection, an award) never match.
2. Event dates more than a day apart never match (a day apart is allowed: 현지시간, or news
   of the day after).
3. A syndicated copy (most of the body shared) matches, unless each names a party the other
   never mentions (templated text about other bodies).
4. Otherwise two bodies named by both with dates that agree match (unless each also names
   a body the other never mentions and the wording differs: two signings with partners in
   common), or with wording that overlaps when a date is missing. Wording that overlaps
   strongly carries one shared body, or none when no party could be read, as long as neither
   names a body the other never mentions. Reports in different languages cannot share
   wording: two shared bodies and a date that does not disagree are enough there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.events.dates import Agreement, compare
from summarizer.events.match import same_org
from summarizer.events.models import Reason, SpanRef
from summarizer.events.orgs import Mention
from summarizer.events.profile import Profile, look_alike
from summarizer.events.similarity import containment, shared_passage

COPY = 0.7  # share of body 5-grams that makes a copy (when the parties do not conflict)
STRONG = 0.5  # title/lead/commitment 3-gram overlap that stands in for a second party
WEAK = 0.3  # overlap that confirms two matched parties when a date is missing
ALONE = 0.55  # overlap that carries a pair whose parties the text scan could not find


@dataclass
class Decision:
    """Whether two reports describe one event, how strongly, and the reasons."""

    same: bool
    hard: bool  # a reason that forbids the two ever sharing an event
    score: float
    reasons: list[Reason] = field(default_factory=list)


def _matched(core: list[Mention], others: list[Mention]) -> list[tuple[Mention, Mention]]:
    out: list[tuple[Mention, Mention]] = []
    for m in core:
        if any(same_org(m, x) for x, _ in out) or any(same_org(m, y) for _, y in out):
            continue
        hit = next((o for o in others if same_org(m, o)), None)
        if hit is not None:
            out.append((m, hit))
    return out


def shared_parties(a: Profile, b: Profile) -> list[tuple[Mention, Mention]]:
    """Bodies both reports name: each side's title/lead parties found anywhere in the other."""
    pairs = _matched(a.core, b.mentions + b.core)
    for mb, ma in _matched(b.core, a.mentions + a.core):
        if not any(same_org(ma, x) or same_org(mb, y) for x, y in pairs):
            pairs.append((ma, mb))
    return pairs


def _unmatched(a: Profile, b: Profile, pairs: list[tuple[Mention, Mention]]) -> bool:
    """Whether `a` names in its title or lead a body that `b` never mentions."""
    matched = [x for x, _ in pairs]
    others = b.mentions + b.core
    return any(
        m.end > m.start
        and not any(same_org(m, x) for x in matched)
        and not any(same_org(m, o) for o in others)
        for m in a.core
    )


def party_conflict(
    a: Profile, b: Profile, pairs: list[tuple[Mention, Mention]] | None = None
) -> bool:
    """Each names in its title or lead a body the other never mentions."""
    pairs = shared_parties(a, b) if pairs is None else pairs
    return _unmatched(a, b, pairs) and _unmatched(b, a, [(y, x) for x, y in pairs])


def _span(p: Profile, m: Mention) -> SpanRef:
    if m.end > m.start:
        return SpanRef(path=p.path, text=m.surface, start=m.start, end=m.end)
    return SpanRef(path=p.path, text=m.surface)  # from the briefing, not the text


def _date_reason(a: Profile, b: Profile, verdict: Agreement) -> Reason:
    spans = [
        SpanRef(path=p.path, text=p.date.text or p.date.shown, start=p.date.start, end=p.date.end)
        for p in (a, b)
        if p.date.value is not None
    ]
    words = {
        "same": "event dates agree",
        "near": "event dates one day apart"
        + (
            " (local time abroad)" if a.local_time or b.local_time else " (reported the day after?)"
        ),
        "differ": "event dates differ by more than a day",
        "unknown": "an event date is not stated",
    }
    return Reason(
        kind="date",
        detail=f"{words[verdict]}: {a.date.shown} / {b.date.shown}",
        spans=spans,
    )


def decide(a: Profile, b: Profile, *, explain: bool = True) -> Decision:
    """The decision for one pair of reports (symmetric up to the order of reasons)."""
    if look_alike(a, b):
        why = "one reports an agreement, the other something else (a look-alike)"
        return Decision(False, True, 0.0, [Reason(kind="kind", detail=why)] if explain else [])
    verdict = compare(a.date, b.date)
    if verdict == "differ":
        return Decision(False, True, 0.0, [_date_reason(a, b, verdict)] if explain else [])
    pairs = shared_parties(a, b)
    n = len(pairs)
    # Each names a body the other never mentions: templated text about other parties.
    conflict = party_conflict(a, b, pairs)
    copy = containment(a.shingles, b.shingles)
    if copy >= COPY and (n >= 2 or (not conflict and (n >= 1 or not (a.core or b.core)))):
        if not explain:
            return Decision(True, False, 2.0 + copy)
        reasons = [Reason(kind="copy", detail=f"{copy:.0%} of the shorter body is shared")]
        reasons += _overlap_reason(a, b, whole=True)
        return Decision(True, False, 2.0 + copy, [*reasons, _date_reason(a, b, verdict)])
    overlap = 0.0 if a.english != b.english else containment(a.overlap, b.overlap)
    cross = a.english != b.english
    agree = verdict in ("same", "near")
    same = (
        (n >= 2 and agree and (not conflict or overlap >= STRONG))
        or (n >= 2 and verdict == "unknown" and (overlap >= WEAK or (cross and not conflict)))
        or (n >= 1 and overlap >= STRONG and not conflict)
        or (n == 0 and overlap >= ALONE and not conflict and not cross)
    )
    score = n + overlap + (0.5 if agree else 0.0)
    if not explain:
        return Decision(same, False, score)
    reasons = [
        Reason(
            kind="parties",
            detail="both name "
            + (", ".join(f"{x.label} = {y.label}" for x, y in pairs) if pairs else "no party")
            + f" ({n} shared)",
            spans=[s for x, y in pairs for s in (_span(a, x), _span(b, y))],
        ),
        _date_reason(a, b, verdict),
    ]
    if conflict:
        reasons.append(Reason(kind="conflict", detail="each names a party the other does not"))
    if cross:
        reasons.append(Reason(kind="language", detail="different languages: wording not compared"))
    else:
        reasons += _overlap_reason(a, b, score=overlap)
    return Decision(same, False, score, reasons)


def _overlap_reason(
    a: Profile, b: Profile, *, whole: bool = False, score: float | None = None
) -> list[Reason]:
    if whole:
        ta, tb = a.text, b.text
        oa = ob = 0
    else:
        oa, ob = a.lead_span[0], b.lead_span[0]
        ta, tb = a.text[oa : a.lead_span[1]], b.text[ob : b.lead_span[1]]
    found = shared_passage(ta, tb)
    detail = "title/lead/commitment wording" + (
        f" overlaps {score:.0%}" if score is not None else ""
    )
    if found is None:
        return [Reason(kind="overlap", detail=detail)]
    (sa, ea), (sb, eb) = found
    spans = [
        SpanRef(path=a.path, text=ta[sa:ea], start=oa + sa, end=oa + ea),
        SpanRef(path=b.path, text=tb[sb:eb], start=ob + sb, end=ob + eb),
    ]
    return [Reason(kind="overlap", detail=detail + "; longest shared passage", spans=spans)]


__all__ = ["COPY", "STRONG", "WEAK", "Decision", "decide", "party_conflict", "shared_parties"]
