"""Reports of the same event grouped, with the reasons for each decision and where sources disagree."""

from summarizer.events.grouping import group_events, singletons, with_failures
from summarizer.events.models import (
    Disagreement,
    Event,
    Grouping,
    Link,
    Reason,
    Source,
    SpanRef,
    Value,
    grouping_json,
)

__all__ = [
    "Disagreement",
    "Event",
    "Grouping",
    "Link",
    "Reason",
    "Source",
    "SpanRef",
    "Value",
    "group_events",
    "grouping_json",
    "singletons",
    "with_failures",
]
