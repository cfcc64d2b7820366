"""The facts view without rich: the same text rich's tables gave, at every console width.

The reference below is the view as it was printed with rich (summarizer 0.x before the plain
printer); the plain printer must lay out every example and corpus document the same way.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console
from rich.table import Table

from summarizer.cli import cli
from summarizer.cli.facts_table import _rows as facts_rows
from summarizer.cli.facts_table import facts_lines
from summarizer.cli.plain_table import Terminal, cells, wrap
from summarizer.extract import facts_record
from summarizer.models.records import FactsRecord

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "corpus" / "docs").glob("*"))
WIDTHS = (20, 33, 40, 57, 80, 100, 132, 200)


def _rich_view(result: FactsRecord, width: int) -> str:
    """The facts view as rich printed it (the former summarizer.cli.facts_table)."""
    buffer = io.StringIO()
    out = Console(file=buffer, width=width, highlight=False, soft_wrap=True)
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
    rows = facts_rows(result)  # the rows are the view's own; the layout is what is compared
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
    return buffer.getvalue()


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_the_plain_view_is_what_rich_printed(path: Path) -> None:
    result = facts_record(path)
    for width in WIDTHS:
        plain = facts_lines(result, Terminal(width=width, styled=False, ascii_only=False))
        assert "".join(line + "\n" for line in plain) == _rich_view(result, width), width


def test_the_command_sizes_its_tables_by_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = str(ROOT / "examples" / "mss-release.txt")
    for width in (60, 120):
        monkeypatch.setenv("COLUMNS", str(width))
        out = CliRunner().invoke(cli, ["facts", doc])
        assert out.exit_code == 0, out.output
        assert out.stdout == _rich_view(facts_record(doc), width)
        assert max(cells(line) for line in out.stdout.splitlines()[1:]) <= width


def test_wrapping_folds_long_words_and_keeps_wide_characters_whole() -> None:
    assert wrap("가나다라마바", 5) == ["가나 ", "다라 ", "마바 "]
    assert wrap("ab cdefgh", 4) == ["ab  ", "cdef", "gh  "]
    assert wrap("abcdef", 4, fold=False) == ["abc…"]
    assert wrap("a\tb", 10) == ["a       b "]
    assert cells("한국 MOU") == 8
