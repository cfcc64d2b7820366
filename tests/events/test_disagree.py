"""Disagreements between reports of one event: shown side by side with spans."""

from __future__ import annotations

from pathlib import Path

from summarizer import group_events
from summarizer.events import Disagreement, Event
from summarizer.models import SummaryResult


def _paper_event(results: list[SummaryResult]) -> Event:
    g = group_events(results)
    return next(e for e in g.events if any(s.path.endswith("paper.txt") for s in e.sources))


def _field(e: Event, field: str) -> list[Disagreement]:
    return [d for d in e.disagreements if d.field == field]


def test_date_disagreement_15th_against_16th(results: list[SummaryResult]) -> None:
    (d,) = _field(_paper_event(results), "date")
    by_name = {Path(v.path).name: v for v in d.values}
    assert "16" in by_name["paper.txt"].value
    assert "15" in by_name["release.txt"].value
    assert by_name["paper.txt"].spans[0].text == "16일"


def test_name_spelled_differently_is_shown(results: list[SummaryResult]) -> None:
    (d,) = _field(_paper_event(results), "name")
    assert "한결구" in d.about
    values = {Path(v.path).name: v.value for v in d.values}
    assert values["paper.txt"] == "박도연"
    assert values["wire.txt"] == "박도윤"


def test_every_span_reproduces_its_source(results: list[SummaryResult]) -> None:
    e = _paper_event(results)
    assert e.disagreements
    for d in e.disagreements:
        for v in d.values:
            for s in v.spans:
                if s.start is not None and s.end is not None:
                    assert Path(s.path).read_text("utf-8")[s.start : s.end] == s.text


def test_silence_is_not_disagreement(results: list[SummaryResult]) -> None:
    # Only the release states a time: nobody disagrees on it.
    assert not _field(_paper_event(results), "time")


def test_single_source_has_no_disagreements(results: list[SummaryResult]) -> None:
    g = group_events(results)
    assert all(not e.disagreements for e in g.events if len(e.sources) == 1)
