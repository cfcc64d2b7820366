"""Assembling the verification report, and the targeted re-ask built from its hard violations."""

from __future__ import annotations

from summarizer.glossary import Glossary, load_glossary
from summarizer.models import Briefing, ClaimCheck, FactsResult, VerificationReport
from summarizer.verify.claims import check_embargo, check_prose_dates, check_value
from summarizer.verify.evidence import Evidence
from summarizer.verify.grounding import check_commitment, check_quote
from summarizer.verify.names import check_party
from summarizer.verify.persons import check_persons
from summarizer.verify.recall import recall_warnings
from summarizer.verify.speakers import check_speaker

# Keep the re-ask short: the model needs the fields to fix, not the whole history.
MAX_REASK_LINES = 12


def verify_briefing(
    briefing: Briefing, text: str, facts: FactsResult, *, glossary: Glossary | None = None
) -> VerificationReport:
    """Check every claim of `briefing` against `text` and its pre-extracted `facts`."""
    ev = Evidence(text=text, facts=facts)
    glossary = glossary or load_glossary()
    checks: list[ClaimCheck] = []
    if briefing.event is not None:
        if briefing.event.date:
            checks.append(check_value(ev, "event.date", "date", briefing.event.date))
        if briefing.event.time:
            checks.append(check_value(ev, "event.time", "time", briefing.event.time))
    if briefing.embargo:
        checks.append(check_embargo(ev, briefing.embargo))
    for i, contact in enumerate(briefing.contacts):
        if contact.phone:
            checks.append(check_value(ev, f"contacts[{i}].phone", "phone", contact.phone))
    for i, quote in enumerate(briefing.quotes):
        checked = check_quote(ev, i, quote)
        checks.append(checked)
        if checked.ok and checked.span is not None:
            checks.append(check_speaker(ev, i, quote, checked.span, briefing.quotes))
    for i, item in enumerate(briefing.commitments):
        checks.append(check_commitment(ev, i, item))
    for i, party in enumerate(briefing.parties):
        checks.extend(check_party(ev, glossary, i, party))
    checks.extend(check_persons(ev, briefing))
    prose = [("title_en", briefing.title_en), ("headline_en", briefing.headline_en)]
    prose += [(f"summary_en[{i}]", s) for i, s in enumerate(briefing.summary_en)]
    prose += [(f"summary_ko[{i}]", s) for i, s in enumerate(briefing.summary_ko)]
    for field, sentence in prose:
        checks.extend(check_prose_dates(ev, field, sentence))
    return VerificationReport(checks=checks, recall_warnings=recall_warnings(briefing, ev, checks))


def reask_feedback(report: VerificationReport) -> str | None:
    """A short instruction naming each hard-violating field and what the source allows; None if none."""
    hard = [c for c in report.checks if c.hard and c.status == "unsupported"]
    if not hard:
        return None
    lines = [
        f"- {c.field}: {_quoted(c.claim)} {c.note or 'is not supported by the source.'}"
        for c in hard
    ]
    more = len(lines) - MAX_REASK_LINES
    lines = lines[:MAX_REASK_LINES] + ([f"- … and {more} more like these."] if more > 0 else [])
    head = "Some fields are not supported by the source document. Fix only these, keep the rest:"
    return "\n".join([head, *lines])


def _quoted(claim: str) -> str:
    return repr(claim if len(claim) <= 60 else claim[:57] + "...")


__all__ = ["reask_feedback", "verify_briefing"]
