"""What a rendered document shows: English items with their verification marks, resolved once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from summarizer.render.names import Inline, Mark, Name

if TYPE_CHECKING:
    from summarizer.models import ClaimCheck, SummaryResult

KST = timezone(timedelta(hours=9), "KST")


@dataclass
class Item:
    """One claim as rendered: its text, how well the source supports it, its source anchor."""

    parts: Inline
    mark: Mark = "ok"
    note: str | None = None
    anchor: str | None = None
    ko: str | None = None
    extra: Inline = field(default_factory=list)  # attribution, parties bound, phone …
    field: str | None = None  # the briefing field it renders (`contacts[0]`)
    claim_id: str | None = None  # its element id on the review page


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
    terms: list[Item] = field(default_factory=list)  # the model's gloss of key terms
    footnotes: list[str] = field(default_factory=list)  # what the name and project marks mean
    sort_date: str | None = None  # the date the document is about, for ordering sections
    number: int = 0  # its place in the briefing once sections are ordered by date

    @property
    def embargo_lifted(self) -> bool:
        """An embargo the document states has passed."""
        return self.embargo is not None and not self.embargo_active


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
        slug = re.sub(r"[^0-9A-Za-z]+", "-", prefix).strip("-")
        return Item(
            parts=parts, mark=mark, note=note, anchor=anchor, ko=ko, field=prefix,
            claim_id=f"claim-{self.doc}-{slug}",
        )  # fmt: skip


_LABEL = re.compile(r"^\s*[\[(]\s*(translation|translated|unofficial translation)\s*[\])]\s*", re.I)


def unlabelled(text: str) -> str:
    """A quote without the model's own "(Translation)" label: the renderer adds one."""
    return _LABEL.sub("", text)


def name_verified(checks: Checks, i: int) -> bool:
    found = checks.under(f"parties[{i}]", ("name_en",))
    # A name no check confirmed is not passed off as official.
    return bool(found) and all(c.ok for c in found)


def _embargo(result: SummaryResult) -> datetime | None:
    det = result.facts.structure.embargo
    moment = parse_moment(det.value if det else None)
    if moment is None and result.briefing is not None:
        moment = parse_moment(result.briefing.embargo)
    return moment


_PLAIN = r"[^\s\"'“”‘’()\[\]]*"  # characters of a word outside quotes and brackets
_KO_WORD = _PLAIN + "[가-힣]" + _PLAIN
_HANGUL_RUN = re.compile(rf"{_KO_WORD}(?:\s+{_KO_WORD})*")


def quote_korean(text: str) -> str:
    """Korean source text inside a diagnostic line, set in quotation marks for the reader."""
    out, pos = [], 0
    for m in _HANGUL_RUN.finditer(text):
        before = text[: m.start()].rstrip()
        quoted = before.endswith(("“", "‘", "'", '"', "(", "["))
        out.append(text[pos : m.start()])
        out.append(m.group(0) if quoted else f"“{m.group(0)}”")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def _problems(result: SummaryResult) -> list[str]:
    out = [
        quote_korean(f"{c.field} (“{c.claim}”): {c.status}" + (f", {c.note}" if c.note else ""))
        for c in result.report.checks
        if not c.ok and c.status != "unchecked"
    ]
    unchecked = len(result.report.unchecked)
    if unchecked:
        out.append(f"{unchecked} claim(s) no check can judge (translations, summaries): unchecked")
    out += [quote_korean(f"recall: {w}") for w in result.report.recall_warnings]
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
        view.notes = [quote_korean(n) for n in result.facts.warnings]
    else:
        from summarizer.render.model_view import model_view

        view = model_view(result, index, now, moment, active, _problems(result))
    view.sort_date = document_date(result)
    return view


__all__ = [
    "KST",
    "Checks",
    "DocView",
    "Item",
    "Mark",
    "Name",
    "as_aware",
    "build_view",
    "document_date",
    "quote_korean",
]
