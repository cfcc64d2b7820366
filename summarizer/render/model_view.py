"""The view of a model's briefing: English throughout, each value marked by its own checks."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from summarizer.english import has_hangul, place_en
from summarizer.english.romanise import romanise_text
from summarizer.render.blanks import without_blanks
from summarizer.render.names import Flag, Inline, Name, Namer
from summarizer.render.official import official_namer
from summarizer.render.people import People, verdict
from summarizer.render.phones import international
from summarizer.render.view import (
    Checks,
    DocView,
    Item,
    as_aware,
    name_verified,
    unlabelled,
)

UNVERIFIED_NOTE = "† Not an official English name we could confirm (not in the glossary): "
PROJECT_NOTE = (
    "‡ English rendered by the project, not the model: names romanised, titles and "
    "departments from a lexicon; the Korean is given in brackets."
)
TRANSLITERATED_NOTE = (
    "‡ A foreign name written in Korean is transliterated from its Korean spelling: the "
    "person's own spelling may differ."
)

if TYPE_CHECKING:
    from summarizer.models import SummaryResult


def _signing(event_date: str | None, now: datetime) -> str:
    """`signed by` only for a signing that has happened; ahead or undated, say so."""
    if not event_date:
        return "signatory:"
    try:
        day = date.fromisoformat(event_date[:10])
    except ValueError:
        return "signatory:"
    return "to be signed by" if day > as_aware(now).date() else "signed by"


def _party_name(namer: Namer, people: People, i: int) -> Inline:
    p = namer.parties[i]
    if p.name_en and not has_hangul(p.name_en):
        return [namer.full(i)]
    official = people.official(p.name_ko) if people.official else None
    if official:
        return [official]
    people.project_used = True
    return [Flag(romanise_text(p.name_ko), project=True)]


def model_view(
    result: SummaryResult,
    index: int,
    now: datetime,
    moment: datetime | None,
    active: bool,
    problems: list[str],
) -> DocView:
    """The English view of a model's briefing."""
    assert result.briefing is not None
    b, blanks = without_blanks(result.briefing)  # an empty string is absent, never markup
    problems = [*problems, *(f"{field}: empty, left out" for field in blanks)]
    checks = Checks(result.report.checks, index)
    namer = Namer(b.parties, [name_verified(checks, i) for i in range(len(b.parties))])
    prose = "\n".join(
        [b.title_en, b.headline_en, *b.summary_en]
        + [c.text_en for c in b.commitments]
        + [q.text_en for q in b.quotes]
    )
    official_name = official_namer(result.facts.reference_date)
    people = People(result.report.checks, namer, official_name, prose)
    ev = b.event
    when = None
    if ev is not None and (ev.date or ev.time or ev.place_en or ev.place_ko):
        stamp = " ".join(x for x in (ev.date, ev.time) if x) or "Date not stated"
        when = checks.item([stamp], "event")
        if ev.place_en and not has_hangul(ev.place_en):
            when.extra = [ev.place_en, *([f" ({ev.place_ko})"] if ev.place_ko else [])]
        elif ev.place_ko:
            people.project_used = True
            rendered = place_en(ev.place_ko, official_name) or ev.place_ko
            when.extra = [Flag(rendered, project=True), f" ({ev.place_ko})"]
    headline = checks.item(namer.rewrite(b.headline_en), "headline_en") if b.headline_en else None
    points = [
        checks.item(namer.rewrite(t), f"summary_en[{i}]") for i, t in enumerate(b.summary_en) if t
    ]
    parties = []
    signing = _signing(ev.date if ev else None, now)
    for i, p in enumerate(b.parties):
        # The name's own mark comes from its name_en check; the item mark from the others.
        item = checks.item(
            _party_name(namer, people, i), f"parties[{i}]", ko=p.name_ko, kinds=("party",)
        )
        signer = people.person(
            p.signatory, p.signatory_title, p.signatory_en, p.signatory_title_en,
            name_field=f"parties[{i}].signatory_en", title_field=f"parties[{i}].signatory_title_en",
        )  # fmt: skip
        if signer:
            item.extra = [f"{signing} ", *signer]
        parties.append(item)
    commitments = []
    for i, c in enumerate(b.commitments):
        if not (c.text_en or c.text_ko):
            continue
        item = checks.item(namer.rewrite(c.text_en or c.text_ko), f"commitments[{i}]", ko=c.text_ko)
        for j, party in enumerate(c.parties):
            item.extra += ([", "] if j else []) + people.org(party)
        commitments.append(item)
    quotes = []
    for i, q in enumerate(b.quotes):
        if not (q.text_en or q.text_ko):
            continue
        # The quote's own mark is its grounding; a disputed speaker marks the attribution only.
        item = checks.item(
            [unlabelled(q.text_en or q.text_ko)], f"quotes[{i}]", ko=q.text_ko, kinds=("quote",)
        )
        org = people.org(q.org, q.org_en) if q.org or q.org_en else []
        speaker = people.person(
            q.speaker, q.title, q.speaker_en, q.title_en,
            name_field=f"quotes[{i}].speaker_en", title_field=f"quotes[{i}].title_en",
        )  # fmt: skip
        mark, label, note = verdict(result.report.checks, f"quotes[{i}].speaker")
        if mark != "ok" and speaker and isinstance(speaker[0], Flag):
            speaker[0] = Flag(speaker[0].text, mark, label, note, speaker[0].project)
        item.extra = speaker + ([" of ", *org] if org else [])
        quotes.append(item)
    contacts = []
    for i, contact in enumerate(b.contacts):
        who = people.person(
            contact.name, contact.role, contact.name_en, contact.title_en,
            name_field=f"contacts[{i}].name_en", title_field=f"contacts[{i}].title_en",
        )  # fmt: skip
        dept = people.department(contact.department, contact.department_en)
        parts: Inline = [*who, ", " if who and dept else "", *dept]
        phone = international(contact.phone, result.facts.facts) if contact.phone else None
        if not (who or dept or phone):
            continue  # nothing but blanks: no invented "press office"
        item = checks.item([p for p in parts if p != ""], f"contacts[{i}]")
        item.mark, item.note = "ok", None  # the phone carries its own verdict below
        if phone:
            mark, label, note = verdict(result.report.checks, f"contacts[{i}].phone")
            item.extra = [Flag(phone, mark, label, note)]
        contacts.append(item)
    terms = [
        Item(parts=[t.en, f" ({t.ko})"], ko=t.ko)
        for t in b.glossary
        if t.en and not has_hangul(t.en)
    ]
    unverified = [
        part.text
        for item in parties
        for part in item.parts
        if isinstance(part, Name) and part.unverified
    ]
    footnotes = [UNVERIFIED_NOTE + "; ".join(unverified) + "."] if unverified else []
    if people.project_used:
        footnotes.append(PROJECT_NOTE)
    if people.transliterated:
        footnotes.append(TRANSLITERATED_NOTE)
    return DocView(
        index=index,
        offline=False,
        title=(
            (b.title_en if not has_hangul(b.title_en) else romanise_text(b.title_en))
            or b.title_ko
            or result.facts.source.path
        ),
        title_ko=b.title_ko,
        date=ev.date if ev else None,
        when=when,
        headline=headline,
        points=points,
        parties=parties,
        commitments=commitments,
        quotes=quotes,
        contacts=contacts,
        embargo=moment,
        embargo_active=active,
        problems=problems,
        source_path=result.facts.source.path,
        checks=result.report.checks,
        terms=terms,
        footnotes=footnotes,
    )


__all__ = ["PROJECT_NOTE", "TRANSLITERATED_NOTE", "UNVERIFIED_NOTE", "model_view"]
