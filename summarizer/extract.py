"""The deterministic pipeline: read, find the reference date, facts, then structure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from summarizer.errors import InputError
from summarizer.facts import Reference, find_facts, find_reference_date
from summarizer.models import Document, FactsResult, Span
from summarizer.reading import read_document
from summarizer.structure import find_structure


def as_date(value: date | str) -> date:
    """A date given as a date or YYYY-MM-DD; anything else is an InputError that says so."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
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
    doc = source if isinstance(source, Document) else read_document(source)
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
    return FactsResult(
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
