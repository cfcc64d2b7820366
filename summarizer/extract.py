"""The deterministic pipeline: read, find the reference date, facts, then structure.

The work is done on light records (summarizer.models.records); `extract_facts` returns them
validated as the pydantic FactsResult, `facts_record` as they are (no pydantic import: what
`summarizer facts` prints).
"""

from __future__ import annotations

import gc
import os
from datetime import date
from typing import TYPE_CHECKING, Any

from summarizer.errors import InputError
from summarizer.facts import Reference, find_facts, find_reference_date
from summarizer.models.records import Document as DocRecord
from summarizer.models.records import FactsRecord, Region, SourceInfo, Span
from summarizer.reading import read_record
from summarizer.structure import find_structure

if TYPE_CHECKING:
    from pathlib import Path

    from summarizer.models import Document, FactsResult


def as_date(value: date | str) -> date:
    """A date given as a date or YYYY-MM-DD; anything else is an InputError that says so."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except (ValueError, TypeError):  # TypeError: not a string (20240717)
        raise InputError(
            f"reference date {value!r} is not YYYY-MM-DD; give it as e.g. 2024-07-17"
        ) from None


def resolve_reference(
    text: str, override: date | str | None, published: str | None = None
) -> tuple[Reference | None, str, Span | None]:
    """The date day-only mentions resolve against, where it came from, and where the text
    states it; `(None, "unknown", None)` when neither the user nor the page gives one."""
    if override is not None:
        return Reference.of(as_date(override)), "option", None
    found = find_reference_date(text, published)
    if found is None:
        return None, "unknown", None
    span = None
    if found.end > found.start:
        span = Span(text=text[found.start : found.end], start=found.start, end=found.end)
    return found.reference, found.origin, span


def _iso(ref: Reference | None) -> str | None:
    if ref is None:
        return None
    if ref.day is None:
        return f"{ref.year:04d}-{ref.month:02d}"
    return ref.date.isoformat()


UNKNOWN_REFERENCE = (
    "no reference date: the document states no publication date, so dates written without "
    "a year or month are left unresolved; give one with --reference-date YYYY-MM-DD"
)


def _as_record(doc: Any) -> DocRecord:
    """A record of a Document (the pydantic model, or already a record)."""
    if isinstance(doc, DocRecord):
        return doc
    s = doc.source
    regions = [
        Region(text=r.text, start=r.start, end=r.end, kind=r.kind, reason=r.reason, basis=r.basis)
        for r in doc.regions
    ]
    info = SourceInfo(
        path=s.path,
        format=s.format,
        published=s.published,
        encoding=s.encoding,
        sha256=s.sha256,
        chars=s.chars,
        text_is_extracted=s.text_is_extracted,
    )
    return DocRecord(text=doc.text, source=info, regions=regions, warnings=list(doc.warnings))


def extract_facts(
    source: str | Path | bytes | Document,
    *,
    reference_date: date | str | None = None,
    include_text: bool | None = None,
) -> FactsResult:
    """Read `source` (a path, `-` for stdin, raw bytes, or a Document) and extract every fact.

    `include_text` puts the indexed text in the result; by default only when it was
    extracted (HTML, PDF, HWPX) and so differs from the file the user gave.
    """
    from summarizer.models.facts import facts_result

    with _NoCyclicCollection():
        return facts_result(_facts_record(source, reference_date, include_text))


def facts_record(
    source: str | Path | bytes | Document | DocRecord,
    *,
    reference_date: date | str | None = None,
    include_text: bool | None = None,
) -> FactsRecord:
    """What `extract_facts` returns, as light records: the same fields, not validated."""
    with _NoCyclicCollection():
        return _facts_record(source, reference_date, include_text)


class _NoCyclicCollection:
    """Python's cyclic collector off while one document is read (on again after, if it was on).

    Extraction makes many small objects (lines, sentences, matches, facts) and no cycles worth
    collecting; each collection scans every object still alive, so on a large page the scans
    grew faster than the page (5M characters took 6.1-6.3x the time of 1M, 5.2x with the
    collector off: benchmarks/bench_scale.py). What a document leaves behind is collected as
    usual afterwards.

    A class, not a `contextlib.contextmanager` generator: entered once a document, the
    generator's frame and wrapper cost ~2 µs of it (and `extract_facts` enters it once, not
    twice through `facts_record`).
    """

    __slots__ = ("was_on",)

    def __enter__(self) -> None:
        self.was_on = gc.isenabled()
        if self.was_on:
            gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.was_on:
            gc.enable()


def _facts_record(
    source: str | Path | bytes | Document | DocRecord,
    reference_date: date | str | None,
    include_text: bool | None,
) -> FactsRecord:
    # a Path is an os.PathLike: no pathlib import; what is no document (None, a number) goes to
    # the reader too, whose TypeError names what a document may be
    is_path = isinstance(source, str | bytes | os.PathLike) or not hasattr(source, "source")
    doc = read_record(source) if is_path else _as_record(source)  # type: ignore[arg-type]
    ref, origin, span = resolve_reference(doc.text, reference_date, doc.source.published)
    facts = find_facts(doc.text, ref)
    day = ref.date if ref is not None and ref.day is not None else None
    structure = find_structure(doc.text, facts, doc.regions, day)
    warnings = list(doc.warnings) + [
        n.message for f in facts for n in f.notes if n.kind == "weekday-mismatch"
    ]
    if ref is None:
        warnings.append(UNKNOWN_REFERENCE)
    if include_text is None:
        include_text = doc.source.text_is_extracted
    return FactsRecord(
        source=doc.source,
        reference_date=_iso(ref),
        reference_date_origin=origin,  # type: ignore[arg-type]
        reference_date_span=span,
        facts=facts,
        structure=structure,
        regions=doc.regions,
        warnings=warnings,
        text=doc.text if include_text else None,
    )
