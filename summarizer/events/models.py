"""The grouping's output: events, their sources, the reasons they were grouped, disagreements."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from summarizer.models.defaults import empty_list


class SpanRef(BaseModel):
    """A piece of one source: which source (its path), and where in its text."""

    path: str
    text: str
    start: int | None = None
    end: int | None = None


class Reason(BaseModel):
    """Why two sources report the same event (or why they were kept apart)."""

    kind: Literal["copy", "parties", "date", "overlap", "language", "kind", "conflict"]
    detail: str
    spans: list[SpanRef] = Field(default_factory=empty_list)


class Link(BaseModel):
    """One grouping decision between two sources, with its reasons."""

    a: str
    b: str
    same: bool
    reasons: list[Reason] = Field(default_factory=empty_list)


class Source(BaseModel):
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
    corroborates: list[str] = Field(
        default_factory=empty_list
    )  # the lead's facts this source states
    adds: list[str] = Field(
        default_factory=empty_list
    )  # facts this source states and the lead lacks


class Value(BaseModel):
    """What one source says on a point where the sources disagree."""

    path: str
    value: str
    spans: list[SpanRef] = Field(default_factory=empty_list)


class Disagreement(BaseModel):
    """A point on which the sources of one event differ, each side with its spans."""

    field: Literal["date", "time", "place", "party", "name", "amount", "commitment", "quote"]
    about: str
    values: list[Value]


class Event(BaseModel):
    """One event and every source that reports it; facts come from the lead source."""

    id: str
    date: str | None = None  # ISO, only when some source states the full date
    date_shown: str = "not stated"  # the date as known: ISO, or `day 15 (month not stated)`
    agreement: bool = True
    title: str = ""
    lead: str
    sources: list[Source]
    links: list[Link] = Field(default_factory=empty_list)  # the decisions that joined its sources
    apart: list[Link] = Field(default_factory=empty_list)  # reports naming its parties, kept apart
    disagreements: list[Disagreement] = Field(default_factory=empty_list)


class Grouping(BaseModel):
    """Every input in exactly one event, events ordered by date (undated last)."""

    events: list[Event] = Field(default_factory=empty_list)

    def event_of(self, path: str) -> Event | None:
        """The event a source (by path) belongs to."""
        return next((e for e in self.events if any(s.path == path for s in e.sources)), None)


__all__ = [
    "Disagreement",
    "Event",
    "Grouping",
    "Link",
    "Reason",
    "Source",
    "SpanRef",
    "Value",
]
