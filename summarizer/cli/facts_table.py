"""The readable (non-JSON) view of `summarizer facts`: a source line, tables and a count on stdout.

The tables are laid out as rich laid them out (summarizer.cli.plain_table) without importing
rich: the output is the same text, and the command starts ~110 M instructions sooner.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

from summarizer.cli.plain_table import BOLD, DIM, RESET, Table, Terminal
from summarizer.models.records import FactsRecord

if TYPE_CHECKING:
    from summarizer.models import FactsResult


def _rows(result: FactsResult | FactsRecord) -> list[tuple[str, str]]:
    """The structure as (kind, text) rows."""
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
    return rows


def facts_lines(result: FactsResult | FactsRecord, terminal: Terminal) -> list[str]:
    """Source line, facts table, structure summary and the marked lines, as printed."""

    def style(text: str, code: str) -> str:
        return f"{code}{text}{RESET}" if terminal.styled else text

    def table(t: Table) -> list[str]:
        return t.lines(terminal.width, ascii_only=terminal.ascii_only, styled=terminal.styled)

    src = result.source
    out = [
        f"{style(src.path, BOLD)} — {src.format}, {src.encoding}, {src.chars} chars; "
        f"reference date {result.reference_date or 'unknown'} ({result.reference_date_origin})"
    ]
    if result.facts:
        facts = Table(header=["kind", "text", "value", "span", "note"], columns=5)
        for f in result.facts:
            facts.add_row(f.kind, f.text, f.value or "", f"{f.start}-{f.end}", f.note or "")
        out += table(facts)
    else:
        out.append(style("no facts found", DIM))
    rows = _rows(result)
    if rows:
        structure = Table(header=None, columns=2, first_bold=True, cut_first=True)
        for kind, text in rows:
            structure.add_row(kind, text)
        out += table(structure)
    noise = sum(r.kind == "noise" for r in result.regions)
    dupes = sum(r.kind == "duplicate" for r in result.regions)
    if noise or dupes:
        out.append(style(f"{noise} noise line(s), {dupes} duplicated line(s) marked", DIM))
    return out


def print_facts(result: FactsResult | FactsRecord, stream: TextIO | None = None) -> None:
    """Print the facts view to `stream` (stdout), sized and styled for where it goes."""
    stream = stream or sys.stdout
    text = "".join(line + "\n" for line in facts_lines(result, Terminal.of(stream)))
    try:
        stream.write(text)
    except UnicodeEncodeError:  # a stream that cannot hold Korean or the table's lines (an
        # ASCII or legacy code page): what it cannot show is replaced, as click.echo does
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "replace").decode(encoding))
    stream.flush()
