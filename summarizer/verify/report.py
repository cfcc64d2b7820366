"""Assembling the verification report, and the targeted re-ask built from its hard violations."""

from __future__ import annotations

from summarizer.glossary import Glossary, load_glossary
from summarizer.models import Briefing, ClaimCheck, FactsResult, VerificationReport
from summarizer.models.report import CheckKind
from summarizer.verify.announced import check_announced_days
from summarizer.verify.binding import check_contact_phone, check_event_value
from summarizer.verify.briefing_fields import english_prose
from summarizer.verify.certainty import soften
from summarizer.verify.claims import check_embargo, check_prose_dates, check_value
from summarizer.verify.coverage import unchecked_rest
from summarizer.verify.directions import check_directions, check_directions_en
from summarizer.verify.done_planned import check_done_or_planned
from summarizer.verify.evidence import Evidence
from summarizer.verify.feedback import reask_feedback
from summarizer.verify.fields import check_contacts, check_korean_prose, check_place
from summarizer.verify.foreign_people import check_foreign_titles
from summarizer.verify.givers import check_givers
from summarizer.verify.grounding import check_commitment, check_quote, translated
from summarizer.verify.hints import with_binding
from summarizer.verify.line_flips import check_line_flips
from summarizer.verify.meaning import generic_name
from summarizer.verify.months import check_months
from summarizer.verify.names import check_party
from summarizer.verify.opposites import check_opposites
from summarizer.verify.ownership import check_aliases, check_commitment_parties
from summarizer.verify.persons import check_persons
from summarizer.verify.prose_persons import check_persons as check_prose_persons
from summarizer.verify.provinces import check_provinces, check_towns
from summarizer.verify.quote_org import check_quote_org
from summarizer.verify.recall import recall_warnings
from summarizer.verify.renderings import check_english_duplicates
from summarizer.verify.roles import (
    check_party_role,
    check_quote_roles,
    check_signatory,
    mentions,
    party_names,
)
from summarizer.verify.said_by import check_said_by, check_said_by_en
from summarizer.verify.speakers import check_speaker
from summarizer.verify.translation import check_english_fields, check_glossary
from summarizer.verify.weekdays import check_weekdays


def verify_briefing(
    briefing: Briefing, text: str, facts: FactsResult, *, glossary: Glossary | None = None
) -> VerificationReport:
    """Check every claim of `briefing` against `text` and its pre-extracted `facts`."""
    ev = Evidence(text=text, facts=facts)
    glossary = glossary or load_glossary()
    checks: list[ClaimCheck] = []
    if briefing.event is not None:
        for kind, claim in (("date", briefing.event.date), ("time", briefing.event.time)):
            if claim:
                base = check_value(ev, f"event.{kind}", kind, claim)  # type: ignore[arg-type]
                checks.append(check_event_value(ev, kind, claim, base))
    checks += check_place(ev, briefing)
    if briefing.embargo:
        checks.append(check_embargo(ev, briefing.embargo))
    for i, contact in enumerate(briefing.contacts):
        if contact.phone:
            base = check_value(ev, f"contacts[{i}].phone", "phone", contact.phone)
            checks.append(check_contact_phone(ev, contact, base) if base.ok else base)
    checks += check_contacts(ev, briefing)
    names = party_names(ev, briefing, glossary)
    marks = mentions(ev, names)
    for i, quote in enumerate(briefing.quotes):
        checked = check_quote(ev, i, quote, briefing.quotes)
        checks.append(checked)
        if translated(ev, quote.text_ko, quote.text_en):
            checks.append(_unchecked(f"quotes[{i}].text_ko", "quote", quote.text_ko, _TRANSLATED))
        if checked.ok and checked.span is not None:
            checks.append(check_speaker(ev, i, quote, checked.span, briefing.quotes))
        else:
            note = "the quote is not found in the source, so neither is who said it"
            checks.append(_unchecked(f"quotes[{i}].speaker", "speaker", quote.speaker, note))
        checks += check_quote_roles(
            ev, briefing, i, checked.span if checked.ok else None, names, marks
        )
        if (org_en := check_quote_org(ev, glossary, briefing, i)) is not None:
            checks.append(org_en)
    for i, item in enumerate(briefing.commitments):
        checked = check_commitment(ev, i, item)
        checks.append(checked)
        if translated(ev, item.text_ko, item.text_en):
            field = f"commitments[{i}].text_ko"
            checks.append(_unchecked(field, "commitment", item.text_ko, _TRANSLATED))
        checks += check_commitment_parties(
            ev, briefing, i, checked.span if checked.ok else None, names
        )
    for i, party in enumerate(briefing.parties):
        if generic_name(party.name_ko):
            note = "is too short to name a body. Use the name exactly as the source writes it."
            checks.append(
                ClaimCheck(
                    field=f"parties[{i}].name_ko", kind="party", claim=party.name_ko,
                    status="unsupported", note=note, hard=True,
                )
            )  # fmt: skip
        else:
            checks.extend(check_party(ev, glossary, i, party))
        if party.signatory:
            checks += check_signatory(ev, briefing, i, names, marks)
        elif party.signatory_title:
            note = "a title without a signatory binds to nobody"
            field = f"parties[{i}].signatory_title"
            checks.append(_unchecked(field, "title_ko", party.signatory_title, note))
        if (role := check_party_role(ev, briefing, i, marks)) is not None:
            checks.append(role)
    checks += check_aliases(ev, briefing, names)
    checks += check_glossary(ev, briefing, glossary)
    checks += check_korean_prose(ev, briefing)
    checks.extend(check_persons(ev, briefing))
    prose = english_prose(briefing)
    prose += [(f"summary_ko[{i}]", s) for i, s in enumerate(briefing.summary_ko)]
    for field, sentence in prose:
        checks.extend(check_prose_dates(ev, field, sentence))
        checks.extend(check_weekdays(ev, field, sentence))
    checks += check_announced_days(ev, briefing)
    # A date the prose check already judged is not flagged twice by the English check.
    judged = {(c.field, c.claim) for c in checks}
    checks += [
        c for c in check_english_fields(ev, briefing, glossary) if (c.field, c.claim) not in judged
    ]
    checks += check_prose_persons(ev, briefing) + check_foreign_titles(ev, briefing)
    checks += check_done_or_planned(briefing) + check_givers(ev, briefing)
    checks += check_directions(ev, briefing) + check_said_by(briefing) + check_months(ev, briefing)
    checks += check_provinces(ev, briefing) + check_towns(ev, briefing)
    checks += check_said_by_en(briefing) + check_directions_en(briefing)
    checks += check_opposites(briefing) + check_line_flips(ev, briefing)
    checks += check_english_duplicates(briefing.parties)
    checks = soften(checks, ev)  # a doubtful date is unverified, not a re-ask
    checks = [with_binding(c, ev, briefing) for c in checks]  # offer only a bound value
    checks += unchecked_rest(briefing, checks)  # every field says whether it was checked
    return VerificationReport(checks=checks, recall_warnings=recall_warnings(briefing, ev, checks))


_TRANSLATED = (
    "a translation of the English-language source's words, which text_en gives and is checked"
)


def _unchecked(field: str, kind: CheckKind, claim: str, note: str) -> ClaimCheck:
    return ClaimCheck(field=field, kind=kind, claim=claim, status="unchecked", note=note)


__all__ = ["reask_feedback", "verify_briefing"]
