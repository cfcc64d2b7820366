"""What a rendered document shows: English items with their verification marks, resolved once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Literal

from summarizer.models import ClaimCheck, SummaryResult
from summarizer.render.names import Inline, Name, Namer
from summarizer.render.phones import international

KST = timezone(timedelta(hours=9), "KST")
Mark = Literal["ok", "unverified", "unsupported", "unchecked"]

# Titles as Korean ministries' English releases write them (Minister OH Youngju of …).
TITLES = {
    "장관": "Minister",
    "차관": "Vice Minister",
    "청장": "Administrator",
    "회장": "Chairman",
    "이사장": "Chairperson",
    "사장": "President",
    "원장": "President",
    "대표": "CEO",
    "시장": "Mayor",
    "도지사": "Governor",
    "총장": "President",
    "위원장": "Chairperson",
    "본부장": "Director General",
    "과장": "Director",
    "사무관": "Deputy Director",
    "주무관": "Officer",
    "부장": "Head of Department",
    "팀장": "Team Leader",
    "실장": "Head of Office",
    "국장": "Director General",
    "차장": "Deputy Head",
    "대리": "Assistant Manager",
    "센터장": "Center Director",
    "연구위원": "Research Fellow",
    "대변인": "Spokesperson",
}


@dataclass
class Item:
    """One claim as rendered: its text, how well the source supports it, its source anchor."""

    parts: Inline
    mark: Mark = "ok"
    note: str | None = None
    anchor: str | None = None
    ko: str | None = None
    extra: Inline = field(default_factory=list)  # attribution, parties bound, phone …


@dataclass
class DocView:
    """One document of a briefing, ready for any output format."""

    index: int
    offline: bool
    title: str
    title_ko: str | None
    date: str | None
    when: Item | None  # date and time, with the place in `extra`
    headline: Item | None
    points: list[Item]
    parties: list[Item]
    commitments: list[Item]
    quotes: list[Item]
    contacts: list[Item]
    embargo: datetime | None
    embargo_active: bool
    problems: list[str]
    source_path: str
    notes: list[str] = field(default_factory=list)  # how the document was read (encoding …)
    checks: list[ClaimCheck] = field(default_factory=list)


def parse_moment(value: str | None) -> datetime | None:
    """`2024-07-17T10:30` or `2024-07-17` as Korea time; None when unparseable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        try:
            moment = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        except ValueError:
            return None
    return moment if moment.tzinfo else moment.replace(tzinfo=KST)


def as_aware(now: datetime) -> datetime:
    """A naive `now` is read as Korea time, the clock the documents' embargo lines use."""
    return now if now.tzinfo else now.replace(tzinfo=KST)


def anchor_id(doc: int, start: int, end: int) -> str:
    """The HTML id of a source span; claims sharing a span share its anchor."""
    return f"src-{doc}-{start}-{end}"


class Checks:
    """The report's checks, looked up by the briefing field they concern."""

    def __init__(self, checks: list[ClaimCheck], doc: int) -> None:
        self.checks = checks
        self.doc = doc

    def under(self, prefix: str, kinds: tuple[str, ...] | None = None) -> list[ClaimCheck]:
        pat = re.compile(re.escape(prefix) + r"(?![\w\[])")
        return [c for c in self.checks if pat.match(c.field) and (kinds is None or c.kind in kinds)]

    def item(
        self,
        parts: Inline,
        prefix: str,
        *,
        ko: str | None = None,
        kinds: tuple[str, ...] | None = None,
    ) -> Item:
        found = self.under(prefix, kinds)
        mark: Mark = "ok"
        note = None
        for c in found:
            if c.status == "unsupported":
                mark, note = "unsupported", c.note or "not found in the source"
            elif c.status == "unverified" and mark == "ok":
                mark, note = "unverified", c.note or "could not be verified"
        if found and all(c.status == "unchecked" for c in found):
            mark, note = "unchecked", found[0].note or "no check can judge this"
        spans = [c.span for c in found if c.span is not None and c.ok]
        anchor = anchor_id(self.doc, spans[0].start, spans[0].end) if spans else None
        return Item(parts=parts, mark=mark, note=note, anchor=anchor, ko=ko)


_LABEL = re.compile(r"^\s*[\[(]\s*(translation|translated|unofficial translation)\s*[\])]\s*", re.I)


def _unlabelled(text: str) -> str:
    """A quote without the model's own "(Translation)" label: the renderer adds one."""
    return _LABEL.sub("", text)


def _name_verified(checks: Checks, i: int) -> bool:
    found = checks.under(f"parties[{i}]", ("name_en",))
    # A name no check confirmed is not passed off as official.
    return bool(found) and all(c.ok for c in found)


def _embargo(result: SummaryResult) -> datetime | None:
    det = result.facts.structure.embargo
    moment = parse_moment(det.value if det else None)
    if moment is None and result.briefing is not None:
        moment = parse_moment(result.briefing.embargo)
    return moment


def _problems(result: SummaryResult) -> list[str]:
    out = [
        f"{c.field}: {c.claim!r} — {c.status}" + (f" ({c.note})" if c.note else "")
        for c in result.report.checks
        if not c.ok and c.status != "unchecked"
    ]
    unchecked = len(result.report.unchecked)
    if unchecked:
        out.append(f"{unchecked} claim(s) no check can judge (translations, summaries): unchecked")
    out += [f"recall: {w}" for w in result.report.recall_warnings]
    return out


def document_date(result: SummaryResult) -> str | None:
    """The date a document is about: its event, else the publication date it states."""
    b = result.briefing
    if b is not None and b.event is not None and b.event.date:
        return b.event.date
    ev = result.facts.structure.event
    if ev is not None and ev.date:
        return ev.date
    return result.facts.reference_date  # stated or given; None when unknown


def build_view(result: SummaryResult, index: int, now: datetime) -> DocView:
    """Resolve names, marks, phones and the embargo of one result."""
    moment = _embargo(result)
    active = moment is not None and as_aware(now) < moment
    if result.briefing is None:
        from summarizer.render.offline import offline_view

        view = offline_view(result, index, moment, active, _problems(result))
        view.notes = list(result.facts.warnings)
        return view
    b = result.briefing
    checks = Checks(result.report.checks, index)
    namer = Namer(b.parties, [_name_verified(checks, i) for i in range(len(b.parties))])
    ev = b.event
    place = None
    if ev is not None and (ev.place_en or ev.place_ko):
        place = ev.place_en or ev.place_ko
        if ev.place_en and ev.place_ko:
            place = f"{ev.place_en} ({ev.place_ko})"
    when = None
    if ev is not None and (ev.date or ev.time or place):
        stamp = " ".join(x for x in (ev.date, ev.time) if x) or "Date not stated"
        when = checks.item([stamp], "event")
        when.extra = [place] if place else []
    headline = checks.item(namer.rewrite(b.headline_en), "headline_en")
    points = [checks.item(namer.rewrite(t), f"summary_en[{i}]") for i, t in enumerate(b.summary_en)]
    parties = []
    for i, p in enumerate(b.parties):
        # The name's own mark comes from its name_en check; the item mark from the others.
        item = checks.item([namer.full(i)], f"parties[{i}]", ko=p.name_ko, kinds=("party",))
        if p.signatory:
            rank = TITLES.get(p.signatory_title or "", p.signatory_title or "")
            item.extra = [f"signed by {rank} {p.signatory}".replace("  ", " ")]
        parties.append(item)
    commitments = []
    for i, c in enumerate(b.commitments):
        item = checks.item(namer.rewrite(c.text_en), f"commitments[{i}]", ko=c.text_ko)
        for j, party in enumerate(c.parties):
            item.extra += ([", "] if j else []) + namer.ref(party)
        commitments.append(item)
    quotes = []
    for i, q in enumerate(b.quotes):
        item = checks.item([_unlabelled(q.text_en)], f"quotes[{i}]", ko=q.text_ko)
        rank = TITLES.get(q.title or "", q.title or "")
        item.extra = [f"{rank} {q.speaker}".strip()]
        if q.org:
            item.extra += [" of ", *namer.ref(q.org)]
        quotes.append(item)
    contacts = []
    for i, contact in enumerate(b.contacts):
        role = TITLES.get(contact.role or "", contact.role or "")
        who = ", ".join(
            x for x in (f"{role} {contact.name or ''}".strip(), contact.department) if x
        )
        item = checks.item([who or "Press office"], f"contacts[{i}]")
        phone = international(contact.phone, result.facts.facts)
        item.extra = [phone] if phone else []
        contacts.append(item)
    return DocView(
        index=index,
        offline=False,
        title=b.title_en,
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
        problems=_problems(result),
        source_path=result.facts.source.path,
        checks=result.report.checks,
    )


__all__ = ["KST", "DocView", "Item", "Name", "as_aware", "build_view", "document_date"]
