"""What each other source confirms of the lead source's facts: the corroboration of an event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.events.dates import compare
from summarizer.events.decide import shared_parties
from summarizer.events.disagree import compatible_places, event_place, event_time
from summarizer.events.people import people
from summarizer.events.profile import Profile

if TYPE_CHECKING:
    from summarizer.models import SummaryResult


def corroborates(
    lead: Profile, other: Profile, lead_result: SummaryResult, result: SummaryResult
) -> list[str]:
    """The lead's facts `other` states too: `date`, `parties: A, B`, `time`, `place`, `names: …`."""
    out = []
    if lead.date.value is not None and compare(lead.date, other.date) == "same":
        out.append("date")
    pairs = shared_parties(lead, other)
    if pairs:
        out.append("parties: " + ", ".join(x.label for x, _ in pairs))
    t1, t2 = event_time(lead_result), event_time(result)
    if t1 and t1 == t2:
        out.append("time")
    p1, p2 = event_place(lead_result), event_place(result)
    if p1 and p2 and compatible_places(p1, p2):
        out.append("place")
    names = {p.name for p in people(lead.text)} & {p.name for p in people(other.text)}
    if names:
        out.append("names: " + ", ".join(sorted(names)))
    return out


def adds(
    lead: Profile, other: Profile, lead_result: SummaryResult, result: SummaryResult
) -> list[str]:
    """Facts `other` states that the lead does not: `date 2019-04-30`, `time 16:00`, `place …`."""
    out = []
    if lead.date.value is None and other.date.value is not None:
        out.append(f"date {other.date.shown}")
    elif lead.date.precision != "full" and other.date.precision == "full" and other.date.value:
        out.append(f"full date {other.date.shown}")
    t1, t2 = event_time(lead_result), event_time(result)
    if not t1 and t2:
        out.append(f"time {t2}")
    p1, p2 = event_place(lead_result), event_place(result)
    if not p1 and p2:
        out.append(f"place {p2}")
    return out


__all__ = ["adds", "corroborates"]
