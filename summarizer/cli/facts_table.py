"""The readable (non-JSON) view of `summarizer facts`: rich tables on stdout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

from summarizer.models.records import FactsRecord

if TYPE_CHECKING:
    from summarizer.models import FactsResult


def print_facts(result: FactsResult | FactsRecord, console: Console | None = None) -> None:
    """Source line, facts table, structure summary and warnings."""
    out = console or Console(highlight=False, soft_wrap=True)
    src = result.source
    out.print(
        f"[bold]{src.path}[/] — {src.format}, {src.encoding}, {src.chars} chars; "
        f"reference date {result.reference_date or 'unknown'} ({result.reference_date_origin})"
    )
    table = Table(show_edge=False, header_style="bold")
    for col in ("kind", "text", "value", "span", "note"):
        table.add_column(col, overflow="fold")
    for f in result.facts:
        table.add_row(f.kind, f.text, f.value or "", f"{f.start}-{f.end}", f.note or "")
    out.print(table if result.facts else "[dim]no facts found[/]")

    s = result.structure
    rows: list[tuple[str, str]] = []
    if s.title:
        rows.append(("title", s.title.text))
    if s.embargo:
        rows.append(("embargo", f"{s.embargo.text} → {s.embargo.value or '?'}"))
    if s.dateline:
        rows.append(("dateline", s.dateline.text))
    for p in s.parties:
        rows.append(("party", p.name + (f" (= {', '.join(p.aliases)})" if p.aliases else "")))
    if s.event:
        ev = s.event
        rows.append(("event", " / ".join(x or "?" for x in (ev.date, ev.time, ev.place))))
    rows += [("commitment", c.text) for c in s.commitments]
    rows += [("quote", f"{q.speaker or '?'}: {q.text[:80]}") for q in s.quotes]
    rows += [
        ("contact", " ".join(x for x in (c.department, c.role, c.name, c.phone) if x))
        for c in s.contacts
    ]
    if rows:
        st = Table(show_edge=False, show_header=False)
        st.add_column(style="bold")
        st.add_column(overflow="fold")
        for k, v in rows:
            st.add_row(k, v)
        out.print(st)
    noise = [r for r in result.regions if r.kind == "noise"]
    dupes = [r for r in result.regions if r.kind == "duplicate"]
    if noise or dupes:
        out.print(f"[dim]{len(noise)} noise line(s), {len(dupes)} duplicated line(s) marked[/]")
