"""One name resolved: the official English on a date, with where it comes from."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from summarizer.glossary.document import name_in_document
from summarizer.glossary.model import Confidence, Entry, korean_key
from summarizer.glossary.store import Glossary


class Resolution(BaseModel):
    """What the project can say of one name: `en` is None when it cannot say it honestly."""

    model_config = ConfigDict(frozen=True)

    query: str
    ko: str | None = None
    en: str | None = Field(
        default=None, description="Official English name, with the branch if any"
    )
    abbr: str | None = None
    source: str | None = None
    confidence: Confidence | None = None
    derived: bool = False
    on: date | None = Field(default=None, description="The date the name was resolved for")
    note: str | None = Field(default=None, description="Renames, document evidence, doubts")
    entry: Entry | None = Field(default=None, exclude=True)

    def public(self) -> dict[str, object]:
        """The object `summarizer glossary --json` prints."""
        return {
            "query": self.query,
            "ko": self.ko,
            "en": self.en,
            "abbr": self.abbr,
            "source": self.source,
            "derived": self.derived,
        }


def _named_earlier(entry: Entry, query: str) -> date | None:
    """The day before the rename when `query` is one of the body's earlier Korean names."""
    key = korean_key(query)
    now = {korean_key(n) for n in (entry.ko, *entry.ko_aliases)}
    if key in now:
        return None
    for old in sorted(entry.renames, key=lambda r: r.until):
        if key in {korean_key(n) for n in (old.ko, *old.ko_aliases) if n}:
            return date.fromordinal(old.until.toordinal() - 1)
    return None


def _rename_note(entry: Entry, on: date | None, named: Entry) -> str | None:
    later = [r for r in sorted(entry.renames, key=lambda r: r.until) if on is None or on < r.until]
    if not later:
        return None
    old = later[0]
    return (
        f"named {old.ko or entry.ko} ({old.en}) until {old.until.isoformat()}; "
        f"now {entry.ko} ({entry.display})"
        if named.en != entry.en or named.ko != entry.ko
        else None
    )


def resolve(
    glossary: Glossary, query: str, *, on: date | str | None = None, text: str | None = None
) -> Resolution:
    """Resolve `query` (Korean or English) as named on `on`, using `text` as extra evidence.

    Without a date, an earlier name (`중소기업청`) resolves to the body as it was then named; with
    a date, to the name in use on that day — a 2016 article keeps SMBA, never the later MSS.
    """
    day = date.fromisoformat(on) if isinstance(on, str) else on
    entry = glossary.lookup(query)
    doc = name_in_document(query, text) if text else None
    if entry is None:
        if doc is None or doc.en is None:
            note = f"the document writes {doc.evidence}" if doc else None
            return Resolution(query=query, abbr=doc.abbr if doc else None, on=day, note=note)
        return Resolution(
            query=query,
            ko=None if query.isascii() else query,
            en=doc.en,
            abbr=doc.abbr,
            source=f"the document itself: {doc.evidence}",
            confidence="document",
            derived=False,
            on=day,
        )
    when = day or _named_earlier(entry, query)
    named = entry.as_of(when) if when else entry
    en = named.full_en
    notes = [n for n in (_rename_note(entry, when, named),) if n]
    if named.branch and named.branch_en is None:
        notes.append(f"no English rule for the branch {named.branch!r}")
    if doc is not None:
        notes.append(f"the document writes {doc.evidence}")
    branch = f" {named.branch}" if named.branch else ""
    source = named.source
    if named.branch:
        source = f"{source}; branch rendered by rule from the parent's name"
    return Resolution(
        query=query,
        ko=f"{named.ko}{branch}",
        en=en,
        abbr=named.abbr,
        source=source,
        confidence="rule-derived" if named.branch else named.confidence,
        derived=named.derived or named.branch is not None,
        on=day,
        note="; ".join(notes) or None,
        entry=named,
    )


__all__ = ["Resolution", "resolve"]
