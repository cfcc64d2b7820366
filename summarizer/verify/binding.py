"""Binding, not presence: a value verifies only where the source gives it the claimed role.

The event date and time must be the ones the source gives for the event, not the embargo line,
the dateline, a publication or photo-caption date; a contact's phone must sit on that contact's
row, and a fax is never a phone. Roles come from the deterministic structure (embargo and
dateline spans, noise regions, contact rows, the event) and the words beside each mention.
"""

from __future__ import annotations

import re

from summarizer.facts.datewords import WEEKDAYS_KO
from summarizer.lexicon import (
    ANNOUNCE_VERBS_KO,
    DATE_LABEL_ENDINGS,
    MODIFIED_LABELS,
    POSTING_LABELS,
    alternation,
)
from summarizer.models import ClaimCheck, Contact, Fact, Span
from summarizer.models.briefing import BriefingContact
from summarizer.verify.certainty import GUESSED_ORIGINS
from summarizer.verify.evidence import Evidence, fact_span
from summarizer.verify.evidence import key as _key
from summarizer.verify.values import endpoints, normalise_date, normalise_phone, normalise_time

# Words that make the date beside them the announcement or publication, not the event.
_ANNOUNCED_AFTER = re.compile(
    rf"^\s*(?:\([{WEEKDAYS_KO}]\)\s*)?"
    + alternation([v.removesuffix("다") for v in ANNOUNCE_VERBS_KO])
)
_PUBLISHED_BEFORE = re.compile(
    alternation((*POSTING_LABELS, *MODIFIED_LABELS, "배포"))
    + alternation(DATE_LABEL_ENDINGS)
    + r"?\s*[:：]?\s*$"
)
_CAPTION_LINE = re.compile(r"^\s*(?:[▲△▷]|\(?사진\s*=|\[사진|사진\s*[:：]|<사진)")
_NOT_EVENT = {"caption", "byline", "input-line", "copyright", "page-chrome", "campaign"}


def _line_of(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


def _in_header(ev: Evidence, span: Span) -> bool:
    structure = ev.facts.structure
    return any(
        h is not None and h.start <= span.start and span.end <= h.end
        for h in (structure.embargo, structure.dateline)
    )


def role_of(ev: Evidence, fact: Fact) -> str | None:
    """The role the source gives a date or time mention other than the event's, or None."""
    structure = ev.facts.structure
    for name, span in (("embargo", structure.embargo), ("dateline", structure.dateline)):
        if span is not None and span.start <= fact.start and fact.end <= span.end:
            return name
    reason = ev.noise_reason(fact)
    region = next((r for r in ev.facts.regions if r.reason == reason), None)
    # A long "noise" region is a page whose body was taken for boilerplate: no role from it.
    if reason in _NOT_EVENT and region is not None and len(region.text) <= 200:
        return reason
    if _CAPTION_LINE.match(_line_of(ev.text, fact.start)):
        return "caption"
    if _PUBLISHED_BEFORE.search(ev.text[max(0, fact.start - 12) : fact.start]):
        return "publication"
    if _ANNOUNCED_AFTER.match(ev.text[fact.end : fact.end + 12]):
        return "announcement"
    return None


_ROLE_WORDS = {
    "embargo": "the embargo (release-time) line",
    "dateline": "the dateline",
    "publication": "a publication or distribution stamp",
    "announcement": "the date of the announcement",
    "caption": "a photo caption",
}


def check_event_value(ev: Evidence, kind: str, claim: str, base: ClaimCheck) -> ClaimCheck:
    """Re-judge an event date/time that matched some fact: is it the event's own value?"""
    if not base.ok:
        return base
    value = normalise_date(claim, ev.reference) if kind == "date" else normalise_time(claim)
    if value is None:
        return base
    event = ev.facts.structure.event
    stated = (event.date if kind == "date" else event.time) if event else None
    stated_span = (event.date_span if kind == "date" else event.time_span) if event else None
    if stated_span is not None and _in_header(ev, stated_span):
        stated, stated_span = None, None  # the structure took the dateline's date for the event
    if stated and (value in endpoints(stated) or stated in endpoints(value)):
        span = fact_span(stated_span) if stated_span else base.span
        return base.model_copy(update={"span": span})
    mentions = [f for f in ev.facts_of(kind) if f.value and value in endpoints(f.value)]
    roles = [role_of(ev, f) for f in mentions]
    if not mentions or any(r is None for r in roles):
        if stated and ev.facts.reference_date_origin not in GUESSED_ORIGINS:
            shown = f" (written {stated_span.text.strip()!r})" if stated_span else ""
            note = f"is in the source, but the source gives the event {kind} as {stated}{shown}"
            return base.model_copy(update={"status": "unverified", "note": note})
        return base
    role = _ROLE_WORDS.get(roles[0] or "", f"a {roles[0]} line")
    where = mentions[0]
    if stated and ev.facts.reference_date_origin not in GUESSED_ORIGINS:
        shown = f" (written {stated_span.text.strip()!r})" if stated_span else ""
        note = (
            f"is the {kind} of {role}, not of the event; "
            f"the source gives the event {kind} as {stated}{shown}"
        )
        return base.model_copy(
            update={"status": "unsupported", "note": note, "hard": True, "span": fact_span(where)}
        )
    note = f"the source gives this {kind} only in {role}, not for the event"
    # A caption or an announcement often shares the event's day: doubtful, not contradicted.
    doubtful = all(r in ("caption", "announcement") for r in roles)
    status = "unverified" if doubtful else "unsupported"
    return base.model_copy(update={"status": status, "note": note, "span": fact_span(where)})


def _row_for(ev: Evidence, contact: BriefingContact) -> Contact | None:
    """The source's contact row for the claimed person (by name, else by department and role)."""
    rows = ev.facts.structure.contacts
    if contact.name:
        named = [r for r in rows if r.name and _key(r.name) == _key(contact.name)]
        return named[0] if len(named) == 1 else None
    if contact.department and contact.role:
        hits = [
            r for r in rows
            if _key(r.department) == _key(contact.department) and _key(r.role) == _key(contact.role)
        ]  # fmt: skip
        return hits[0] if len(hits) == 1 else None
    return None


def check_contact_phone(ev: Evidence, contact: BriefingContact, base: ClaimCheck) -> ClaimCheck:
    """A phone verifies for a contact only on that contact's row, and never as a fax line."""
    value = normalise_phone(contact.phone or "")
    if value is None:
        return base
    found = [f for f in ev.facts_of("phone") if f.value == value]
    if found and all(f.fax for f in found):
        note = "is a fax number in the source, not a phone. Give the phone on the contact's line."
        return base.model_copy(
            update={
                "status": "unsupported",
                "note": note,
                "hard": True,
                "span": fact_span(found[0]),
            }
        )
    row = _row_for(ev, contact)
    if row is not None and row.phone and row.phone != value and not _on_row(ev, row, found):
        who = row.name or row.department or "this contact"
        note = f"is not on {who}'s line: the source lists {row.phone_text or row.phone} for {who}"
        # Sure when the number sits on another contact's row (a swap), not merely elsewhere.
        swapped = any(r.phone == value and r is not row for r in ev.facts.structure.contacts)
        return base.model_copy(update={"status": "unsupported", "note": note, "hard": swapped})
    owners = [r for r in ev.facts.structure.contacts if r.phone == value]
    elsewhere = all(
        r.department and not _same_unit(r.department, contact.department) for r in owners
    )
    if row is None and contact.department and owners and elsewhere:
        note = f"is the number of {owners[0].department}, not of {contact.department}"
        return base.model_copy(update={"status": "unsupported", "note": note})
    named = bool(contact.name) and _key(contact.name) in _key(ev.text)
    others = all(r.name and _key(r.name) != _key(contact.name) for r in owners)
    if row is None and named and owners and others:
        note = f"is on {owners[0].name}'s line in the source, not {contact.name}'s"
        return base.model_copy(update={"status": "unsupported", "note": note, "hard": True})
    return base


def _same_unit(a: str | None, b: str | None) -> bool:
    """Departments agree when one contains the other (`성과분석실` in `중진공 성과분석실`)."""
    ka, kb = _key(a), _key(b)
    return bool(ka and kb) and (ka in kb or kb in ka)


def row_conflict(ev: Evidence, contact: BriefingContact, attr: str) -> str | None:
    """Why the claimed name, department or rank (`attr`) is not the one on the row of the
    claimed phone."""
    value = normalise_phone(contact.phone or "")
    rows = ev.facts.structure.contacts
    owners = [r for r in rows if value and r.phone == value]
    claim = getattr(contact, attr)
    if not claim:
        return None
    if attr == "name":
        named = [r for r in owners if r.name]
        if named and all(_key(r.name) != _key(claim) for r in named):
            return f"the source lists {contact.phone} for {named[0].name}, not {claim}"
        listed = [r.name for r in rows if r.name]
        if not owners and listed and _key(claim) not in map(_key, listed):
            return "not among the contacts the source lists"
        return None
    row = owners[0] if len(owners) == 1 else _row_for(ev, contact.model_copy(update={attr: None}))
    if attr == "role":
        return _role_conflict(ev, row, claim)
    shared = row is not None and any(
        r is not row and r.start is not None and _lines(ev, r) == _lines(ev, row) for r in rows
    )
    if row is not None and not shared and _key(claim) in _key(_lines(ev, row)):
        return None  # written on the row's own line (`담당 부서  소상공인정책관  …  문정훈`)
    if row is not None and row.department and not _same_unit(row.department, claim):
        who = row.name or row.phone_text or "this contact"
        return f"the source lists {who} under {row.department!r}"
    return None


def _role_conflict(ev: Evidence, row: Contact | None, claim: str) -> str | None:
    """A rank (`사무관`) that is not the one the contact's row gives (`과 장` is `과장`), nor
    written on the row's line (`담당자`, `책임자`)."""
    if row is None or not row.role or _key(row.role) == _key(claim):
        return None
    if row.start is not None and _key(claim) in _key(_lines(ev, row)):
        return None
    who = row.name or row.phone_text or "this contact"
    return f"the source lists {who} as {row.role!r}"


def _lines(ev: Evidence, row: Contact) -> str:
    start = ev.text.rfind("\n", 0, row.start or 0) + 1
    end = ev.text.find("\n", row.end or 0)
    return ev.text[start : end if end >= 0 else len(ev.text)]


def _on_row(ev: Evidence, row: Contact, found: list[Fact]) -> bool:
    """True when one of the phone's mentions lies inside the row (a second number on it)."""
    if row.start is None or row.end is None:
        return False
    line_end = ev.text.find("\n", row.end)
    line_end = len(ev.text) if line_end < 0 else line_end
    return any(row.start <= f.start and f.end <= line_end for f in found)


__all__ = ["check_contact_phone", "check_event_value", "role_of", "row_conflict"]
