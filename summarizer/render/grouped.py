"""The grouped briefing as Markdown or text: one entry per event, every source listed, the facts
of the most authoritative source, the others as corroboration, and where sources disagree."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from summarizer.events import Disagreement, Event, Grouping, Source
from summarizer.render.markdown import UNOFFICIAL, Markdown, document_lines, period
from summarizer.render.view import DocView

AUTHORITY = {
    "issuer": "the issuer's own release",
    "wire": "wire copy",
    "outlet": "news outlet",
}


def source_label(s: Source) -> str:
    """`스포츠조선 (r15.txt)`, or the file name alone when no outlet is named."""
    name = Path(s.path).name if not s.url else s.url
    return f"{s.outlet} ({name})" if s.outlet and s.outlet not in name else name


def _source_line(f: Markdown, s: Source) -> str:
    role = "facts from here"
    if s.role != "lead":
        role = "corroborates " + ", ".join(s.corroborates) if s.corroborates else "corroborates"
    parts = [
        f.strong(f.esc(source_label(s))) if s.role == "lead" else f.esc(source_label(s)),
        f"published {s.published}" if s.published else "publication date not stated",
        AUTHORITY[s.authority],
        f.esc(role),
    ]
    if s.adds:
        parts.append("adds " + f.esc(", ".join(s.adds)))
    if s.copy_of:
        parts.append(f"copy of {f.esc(Path(s.copy_of).name)}")
    if s.url:
        parts.append(f.esc(s.url))
    return "- " + " · ".join(parts)


def _span_text(f: Markdown, d: Disagreement, path: str) -> str:
    v = next(x for x in d.values if x.path == path)
    where = [f"“{f.esc(s.text)}” @{s.start}–{s.end}" for s in v.spans if s.start is not None]
    return f.esc(v.value) + (f" ({'; '.join(where)})" if where else "")


def disagreement_lines(f: Markdown, e: Event) -> list[str]:
    """A table (Markdown) or list (text) of each point, every source's value with its spans."""
    if not e.disagreements:
        return []
    names = {s.path: Path(s.path).name for s in e.sources}
    lines = ["", f.label("Where the sources disagree")]
    for d in e.disagreements:
        sides = " | ".join(
            f"{f.esc(names.get(v.path, v.path))}: {_span_text(f, d, v.path)}" for v in d.values
        )
        lines.append(f"- {f.strong(d.field)} ({f.esc(d.about)}): {sides}")
    return lines


def _why(f: Markdown, e: Event) -> list[str]:
    lines = []
    for label, links in (
        ("Why these reports are one event", e.links),
        ("Reports naming these parties, kept apart", e.apart),
    ):
        if links:
            lines += ["", f.label(label)]
        for link in links:
            reasons = "; ".join(f.esc(r.detail) for r in link.reasons)
            lines.append(f"- {f.esc(Path(link.a).name)} + {f.esc(Path(link.b).name)}: {reasons}")
    return lines


def event_title(e: Event, view: DocView) -> str:
    """The lead's English title; offline, its Korean title or first headline-like line."""
    if view.offline and e.title:
        return e.title
    return view.title or e.title or Path(e.lead).name


def event_lines(f: Markdown, n: int, e: Event, view: DocView) -> list[str]:
    """One event: heading, date, sources, the lead's briefing, reasons and disagreements."""
    count = len(e.sources)
    title = event_title(e, view)
    lines = [f.heading(2, f"{n}. {f.esc(title)}")]
    stamp = e.date_shown if e.date_shown != "not stated" else "date not stated"
    kind = "" if e.agreement else " · not an agreement (announcement or look-alike)"
    lines += [
        "",
        f"{f.label('Event date')} {stamp} · {count} source{'s' if count != 1 else ''}{kind}",
    ]
    lines += ["", f.label("Sources")] + [_source_line(f, s) for s in e.sources]
    lines += disagreement_lines(f, e)
    body = document_lines(view, f, level=3, numbered=False)
    lines += ["", *body[1:]]  # the lead's own heading is the event's
    lines += _why(f, e)
    return lines


def grouped_text(
    grouping: Grouping,
    views: dict[str, DocView],
    dates: Sequence[str],
    now: datetime,
    f: Markdown,
) -> str:
    """The grouped briefing: header, then each event in date order."""
    docs = sum(len(e.sources) for e in grouping.events)
    lines = [
        f.heading(1, "Briefing: Korean public-sector agreements"),
        "",
        f"{f.label('Period covered')} {period(list(dates))}  ",
        f"{f.label('Documents')} {docs}  ",
        f"{f.label('Events')} {len(grouping.events)}  ",
        f"{f.label('Prepared')} {now.strftime('%Y-%m-%d %H:%M')}",
        "",
        f.emph(UNOFFICIAL),
    ]
    if any(v.embargo_active for v in views.values()):
        lines += ["", f"⚠ {f.strong('Some documents are under embargo')} — see each event."]
    for n, e in enumerate(grouping.events, 1):
        lines += ["", *event_lines(f, n, e, views[e.lead])]
    return "\n".join(lines).rstrip() + "\n"


__all__ = [
    "AUTHORITY",
    "disagreement_lines",
    "event_lines",
    "event_title",
    "grouped_text",
    "source_label",
]
