"""The grouped review page: one section per event, a tab per source (Korean source beside its
English briefing), the disagreements table linking each value to its span in its source."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from summarizer.events import Grouping, Source
from summarizer.render.grouped import AUTHORITY, event_title, source_label
from summarizer.render.html import Linker, _env
from summarizer.render.markdown import OFFLINE, UNOFFICIAL, period
from summarizer.render.source import highlight, source_text
from summarizer.render.view import DocView

if TYPE_CHECKING:
    from summarizer.models import SummaryResult


@dataclass
class Pane:
    """One source's tab: its label, its briefing view and its highlighted text."""

    id: str
    label: str
    source_info: Source
    authority: str
    view: DocView
    source: Markup | None
    link: Linker


def grouped_page(
    grouping: Grouping,
    results: Sequence[SummaryResult],
    views: Sequence[DocView],
    dates: Sequence[str],
    now: datetime,
    texts: Mapping[str, str],
) -> str:
    """One self-contained HTML file (inline CSS and JS) of the grouped briefing."""
    by_path = {r.facts.source.path: (r, v) for r, v in zip(results, views, strict=True)}
    events = []
    for n, e in enumerate(grouping.events, 1):
        panes = []
        for i, s in enumerate(e.sources):
            result, view = by_path[s.path]
            text = source_text(result, dict(texts))
            source: Markup | None = None
            anchors: set[str] = set()
            if text is not None:
                source, anchors = highlight(result, view.index, text)
            label = source_label(s)
            link = Linker(anchors)
            panes.append(
                Pane(f"pane-{n}-{i}", label, s, AUTHORITY[s.authority], view, source, link)
            )
        pane_of = {p.source_info.path: p.id for p in panes}
        events.append(
            {
                "n": n,
                "event": e,
                "title": event_title(e, panes[0].view),
                "panes": panes,
                "pane_of": pane_of,
                "names": {s.path: Path(s.path).name for s in e.sources},
            }
        )
    template = _env().get_template("grouped.html.j2")
    return template.render(
        events=events,
        period=period(list(dates)),
        count=len(results),
        now=now.strftime("%Y-%m-%d %H:%M"),
        unofficial=UNOFFICIAL,
        offline_note=OFFLINE,
    )


__all__ = ["grouped_page"]
