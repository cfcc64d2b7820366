"""What the source binds to a field, for a value that does not occur in it.

A list of every date or phone in the source invites the model to pick a wrong one (the embargo
date as the signing date, another contact's phone). So a note names a value only when the
source binds exactly one to that field: the event date and time the structure reads for the
event, the phone on the row of the contact with that name or department. Otherwise it offers
none (the only date in a source may well be its distribution date).
"""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.models import Briefing, ClaimCheck, Contact
from summarizer.verify.attribution import cite, line_of
from summarizer.verify.certainty import GUESSED_ORIGINS
from summarizer.verify.evidence import Evidence
from summarizer.verify.literal import unspaced

# `Dates in the source: a, b, c.` / `The only date in the source is a.` from claims.allowed_sentence
_LIST = re.compile(
    r"\s*(?:(?:Dates|Times|Phones) in the source: [^\n]*?\.|The only \w+ in the source is [^\n]*?\.)$"
)
_FIELD = re.compile(r"contacts\[(\d+)\]\.phone|event\.(date|time)")


def _contact_row(ev: Evidence, briefing: Briefing, index: int) -> Contact | None:
    """The source's contact row for the briefing's contact `index`: same name, else same department."""
    if index >= len(briefing.contacts):
        return None
    claimed = briefing.contacts[index]
    rows = [
        c for c in ev.facts.structure.contacts if c.phone and ev.is_clean_range(c.start or 0, c.end)
    ]
    for key in ("name", "department"):
        want = unspaced(getattr(claimed, key) or "")
        same = [c for c in rows if want and unspaced(getattr(c, key) or "") == want]
        if len(same) == 1:
            return same[0]
    return None


_BOUND_RE1 = lazy_compile(r"\d{4}|['’]\d{2}")


def _bound(ev: Evidence, briefing: Briefing, check: ClaimCheck) -> str | None:
    m = _FIELD.fullmatch(check.field)
    if m is None:
        return None
    if m.group(1) is not None:
        row = _contact_row(ev, briefing, int(m.group(1)))
        if row is None:
            return None
        who = row.name or row.department or "this contact"
        where = f" (line {line_of(ev.text, row.start)})" if row.start is not None else ""
        return f"The source lists {row.phone_text or row.phone} for {cite(who)}{where}."
    event = ev.facts.structure.event
    span = None if event is None else (event.date_span if m.group(2) == "date" else event.time_span)
    value = None if event is None else (event.date if m.group(2) == "date" else event.time)
    if span is None or not value or not ev.is_clean(span):
        return None
    guessed = m.group(2) == "date" and ev.facts.reference_date_origin in GUESSED_ORIGINS
    if guessed and not _BOUND_RE1.search(span.text):
        return None  # resolved against a guessed document date: not the source's value
    where = f"{cite(span.text)}, line {line_of(ev.text, span.start)}"
    return f"The source gives the event {m.group(2)} as {value} ({where})."


def with_binding(check: ClaimCheck, ev: Evidence, briefing: Briefing) -> ClaimCheck:
    """The check with its list of the source's values replaced by the one bound to the field."""
    note = check.note or ""
    if check.ok or not check.hard or not _LIST.search(note):
        return check
    bound = _bound(ev, briefing, check)
    return check.model_copy(update={"note": _LIST.sub(f" {bound}" if bound else "", note)})


__all__ = ["with_binding"]
