"""The deterministic pipeline: read, find the reference date, facts, then structure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from summarizer.errors import InputError
from summarizer.facts import find_facts, find_reference_date
from summarizer.models import Document, FactsResult
from summarizer.reading import read_document
from summarizer.structure import find_structure


def _as_date(value: date | str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"reference date {value!r} is not YYYY-MM-DD; give it as e.g. 2024-07-17"
        ) from None


def resolve_reference(
    text: str, override: date | str | None, today: date | None = None
) -> tuple[date, str]:
    """The date day-only mentions resolve against, and where it came from."""
    if override is not None:
        return _as_date(override), "option"
    found = find_reference_date(text)
    if found is not None:
        return found
    return today or date.today(), "today"


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
    ref, origin = resolve_reference(doc.text, reference_date)
    facts = find_facts(doc.text, ref)
    structure = find_structure(doc.text, facts, doc.regions, ref)
    warnings = list(doc.warnings) + [f.note for f in facts if f.note and "weekday" in f.note]
    if include_text is None:
        include_text = doc.source.text_is_extracted
    return FactsResult(
        source=doc.source,
        reference_date=ref.isoformat(),
        reference_date_origin=origin,
        facts=facts,
        structure=structure,
        regions=doc.regions,
        warnings=warnings,
        text=doc.text if include_text else None,
    )
