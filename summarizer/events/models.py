"""The grouping's output: events, their sources, the reasons they were grouped, disagreements.

Plain records (summarizer.models.records): a fully cached `brief` groups and renders without
importing pydantic. `grouping_json` writes a grouping as a pydantic model of these fields
would (`brief --json`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from summarizer.models.records import Record, dump_json


@dataclass(kw_only=True, repr=False, eq=False)
class SpanRef(Record):
    """A piece of one source: which source (its path), and where in its text."""

    path: str
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class Reason(Record):
    """Why two sources report the same event (or why they were kept apart)."""

    kind: Literal["copy", "parties", "date", "overlap", "language", "kind", "conflict"]
    detail: str
    spans: list[SpanRef] = field(default_factory=list)


@dataclass(kw_only=True, repr=False, eq=False)
class Link(Record):
    """One grouping decision between two sources, with its reasons."""

    a: str
    b: str
    same: bool
    reasons: list[Reason] = field(default_factory=list)


@dataclass(kw_only=True, repr=False, eq=False)
class Source(Record):
    """One input reporting the event."""

    path: str
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    authority: Literal["issuer", "wire", "outlet"] = "outlet"
    role: Literal["lead", "corroboration"] = "corroboration"
    copy_of: str | None = None  # path of the source this one copies (syndicated text)
    title: str = ""
    event_date: str | None = None
    error: str | None = None  # an input that could not be read or summarised
    corroborates: list[str] = field(default_factory=list)  # the lead's facts this source states
    adds: list[str] = field(default_factory=list)  # facts this source states and the lead lacks


@dataclass(kw_only=True, repr=False, eq=False)
class Value(Record):
    """What one source says on a point where the sources disagree."""

    path: str
    value: str
    spans: list[SpanRef] = field(default_factory=list)


@dataclass(kw_only=True, repr=False, eq=False)
class Disagreement(Record):
    """A point on which the sources of one event differ, each side with its spans."""

    field: Literal["date", "time", "place", "party", "name", "amount", "commitment", "quote"]
    about: str
    values: list[Value]


@dataclass(kw_only=True, repr=False, eq=False)
class Event(Record):
    """One event and every source that reports it; facts come from the lead source."""

    id: str
    date: str | None = None  # ISO, only when some source states the full date
    date_shown: str = "not stated"  # the date as known: ISO, or `day 15 (month not stated)`
    agreement: bool = True
    title: str = ""
    lead: str
    sources: list[Source]
    links: list[Link] = field(default_factory=list)  # the decisions that joined its sources
    apart: list[Link] = field(default_factory=list)  # reports naming its parties, kept apart
    disagreements: list[Disagreement] = field(default_factory=list)


@dataclass(kw_only=True, repr=False, eq=False)
class Grouping(Record):
    """Every input in exactly one event, events ordered by date (undated last)."""

    events: list[Event] = field(default_factory=list)

    def event_of(self, path: str) -> Event | None:
        """The event a source (by path) belongs to."""
        return next((e for e in self.events if any(s.path == path for s in e.sources)), None)


def grouping_json(grouping: Grouping, indent: int | None = None) -> str:
    """The grouping's JSON, as pydantic's `model_dump_json(indent=…)` writes a model."""
    return dump_json(grouping, indent=indent)


__all__ = [
    "Disagreement",
    "Event",
    "Grouping",
    "Link",
    "Reason",
    "Source",
    "SpanRef",
    "Value",
    "grouping_json",
]
