"""The view of an offline result: the deterministic Korean facts, labelled as untranslated."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from summarizer.models import SummaryResult
from summarizer.render.phones import international
from summarizer.render.view import TITLES, DocView, Item, anchor_id


def _item(text: str, doc: int, start: int | None, end: int | None) -> Item:
    anchor = anchor_id(doc, start, end) if start is not None and end is not None else None
    return Item(parts=[text], anchor=anchor, ko=text)


def offline_view(
    result: SummaryResult, index: int, moment: datetime | None, active: bool, problems: list[str]
) -> DocView:
    """Korean facts as found without a model: nothing translated, nothing invented."""
    st = result.facts.structure
    title = st.title.text if st.title else Path(result.facts.source.path).name
    when = None
    ev = st.event
    if ev is not None and (ev.date or ev.time or ev.place):
        stamp = " ".join(x for x in (ev.date, ev.time) if x) or "Date not stated"
        span = ev.date_span or ev.time_span
        when = _item(stamp, index, span.start if span else None, span.end if span else None)
        if ev.place:
            when.extra = [ev.place]
    headline = None
    if st.subtitles:
        first = st.subtitles[0]
        headline = _item(first.text, index, first.start, first.end)
        # The subtitle's own bullet (`-`, `ㅇ`, `○`) is layout, not content.
        headline.parts = [re.sub(r"^\s*[-ㅇ○◦•·]\s*", "", first.text)]
    parties = []
    for p in st.parties:
        item = _item(p.name, index, p.start, p.end)
        if p.aliases:
            item.extra = ["이하 " + ", ".join(p.aliases)]
        if p.head:
            item.extra += [("; " if item.extra else "") + p.head]
        parties.append(item)
    commitments = [_item(c.text, index, c.start, c.end) for c in st.commitments]
    quotes = []
    for q in st.quotes:
        item = _item(q.text, index, q.start, q.end)
        rank = TITLES.get(q.title or "", q.title or "")
        item.extra = [" ".join(x for x in (rank, q.speaker) if x)]
        if q.org:
            item.extra += [f" of {q.org}"]
        quotes.append(item)
    contacts = []
    for c in st.contacts:
        role = TITLES.get(c.role or "", c.role or "")
        who = ", ".join(x for x in (f"{role} {c.name or ''}".strip(), c.department) if x)
        item = _item(who or "Press office", index, c.start, c.end)
        phone = international(c.phone_text or c.phone, result.facts.facts)
        item.extra = [phone] if phone else []
        contacts.append(item)
    return DocView(
        index=index,
        offline=True,
        title=title,
        title_ko=title,
        date=ev.date if ev else None,
        when=when,
        headline=headline,
        points=[],
        parties=parties,
        commitments=commitments,
        quotes=quotes,
        contacts=contacts,
        embargo=moment,
        embargo_active=active,
        problems=problems,
        source_path=result.facts.source.path,
        checks=result.report.checks,
    )


__all__ = ["offline_view"]
