"""The Korean source with its grounded spans highlighted, as escaped HTML with anchor ids."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from summarizer.render.view import anchor_id

if TYPE_CHECKING:
    from summarizer.models import SummaryResult


@dataclass(frozen=True)
class Mark:
    """A highlighted stretch of the source."""

    start: int
    end: int
    kind: str
    anchor: str


def source_text(result: SummaryResult, texts: dict[str, str]) -> str | None:
    """The text the result's offsets index: given, in the result, or re-read from its path."""
    sha = result.facts.source.sha256
    if sha in texts:
        return texts[sha]
    if result.facts.text is not None:
        return result.facts.text
    path = Path(result.facts.source.path)
    if not path.is_file():
        return None
    from summarizer.reading import read_document

    try:
        doc = read_document(path)
    except Exception:  # an unreadable source only costs the left pane, not the briefing
        return None
    # A file edited since it was summarised would put every highlight in the wrong place.
    return doc.text if doc.source.sha256 == sha else None


def _marks(result: SummaryResult, doc: int, text: str) -> list[Mark]:
    found: list[tuple[int, int, str, str | None]] = []
    for c in result.report.checks:
        if c.span is not None:
            # A value that failed is marked as failed where it points, never as grounded.
            found.append((c.span.start, c.span.end, c.kind if c.ok else "failed", c.span.text))
    if result.briefing is not None:
        return _unique(found, doc, text)  # a model's briefing: only what its checks grounded
    for f in result.facts.facts:
        if f.kind in ("date", "time", "phone"):
            found.append((f.start, f.end, f.kind, f.text))
    st = result.facts.structure
    found += [(q.start, q.end, "quote", q.text) for q in st.quotes]
    found += [(c.start, c.end, "commitment", c.text) for c in st.commitments]
    found += [
        (p.start, p.end, "party", None)
        for p in st.parties
        if p.start is not None and p.end is not None
    ]
    found += [
        (c.start, c.end, "contact", None)
        for c in st.contacts
        if c.start is not None and c.end is not None
    ]
    if st.embargo is not None:
        found.append((st.embargo.start, st.embargo.end, "embargo", st.embargo.text))
    return _unique(found, doc, text)


def _unique(found: list[tuple[int, int, str, str | None]], doc: int, text: str) -> list[Mark]:
    marks: dict[tuple[int, int], Mark] = {}
    for start, end, kind, expect in found:
        # Never highlight a span that does not reproduce its text: it would mislead the reader.
        if not (0 <= start < end <= len(text)) or (
            expect is not None and text[start:end] != expect
        ):
            continue
        marks.setdefault((start, end), Mark(start, end, kind, anchor_id(doc, start, end)))
    return sorted(marks.values(), key=lambda m: (m.start, -m.end))


def highlight(result: SummaryResult, doc: int, text: str) -> tuple[Markup, set[str]]:
    """The escaped source with `<mark>` segments and anchors; also the anchors that exist."""
    marks = _marks(result, doc, text)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starts: dict[int, list[Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    out: list[str] = []
    for a, b in pairwise(cuts):
        out += [f'<span class="anchor" id="{m.anchor}"></span>' for m in starts.get(a, [])]
        cover = [m for m in marks if m.start <= a and b <= m.end]
        piece = str(escape(text[a:b]))
        if not cover:
            out.append(piece)
            continue
        inner = min(cover, key=lambda m: m.end - m.start)  # the most specific kind shows
        ids = " ".join(m.anchor for m in cover)
        out.append(f'<mark class="hl hl-{inner.kind}" data-spans="{ids}">{piece}</mark>')
    return Markup("".join(out)), {m.anchor for m in marks}


__all__ = ["highlight", "source_text"]
