"""The view of an offline result: English where the project can give it honestly, Korean elsewhere.

Without a model the project still knows official names (the glossary), can romanise people and
render their titles (lexicon), write dates and places in English form and phones in
international form. It does not translate prose: the title, commitments and quotes stay the
Korean source text, said to be so.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.english import date_en, place_en
from summarizer.render.model_view import PROJECT_NOTE, TRANSLITERATED_NOTE
from summarizer.render.names import Flag, Inline, Namer
from summarizer.render.official import official_namer
from summarizer.render.people import People
from summarizer.render.phones import international
from summarizer.render.view import DocView, Item, anchor_id

if TYPE_CHECKING:
    from summarizer.models import SummaryResult


def _item(parts: Inline, ko: str, doc: int, start: int | None, end: int | None) -> Item:
    anchor = anchor_id(doc, start, end) if start is not None and end is not None else None
    return Item(parts=parts, anchor=anchor, ko=ko)


def _head(head: str) -> tuple[str | None, str | None]:
    """`장관 오영주` -> (name, title); a head without a title is just a name."""
    words = head.split()
    if len(words) >= 2:
        return words[-1], " ".join(words[:-1])
    return head, None


def offline_view(
    result: SummaryResult, index: int, moment: datetime | None, active: bool, problems: list[str]
) -> DocView:
    """Deterministic facts in English form where that needs no translation of prose."""
    st = result.facts.structure
    official_name = official_namer(result.facts.reference_date)
    people = People(result.report.checks, Namer([], []), official_name)
    title = st.title.text if st.title else Path(result.facts.source.path).name
    when = None
    ev = st.event
    if ev is not None and (ev.date or ev.time or ev.place):
        stamp = (
            " ".join(x for x in (date_en(ev.date) or ev.date, ev.time) if x) or "Date not stated"
        )
        span = ev.date_span or ev.time_span
        when = _item(
            [stamp], stamp, index, span.start if span else None, span.end if span else None
        )
        if ev.place:
            rendered = place_en(ev.place, official_name) or ev.place
            when.extra = [Flag(rendered, project=True), f" ({ev.place})"]
    headline = None
    if st.subtitles:
        first = st.subtitles[0]
        # The subtitle's own bullet (`-`, `ㅇ`, `○`) is layout, not content.
        text = re.sub(r"^\s*[-ㅇ○◦•·]\s*", "", first.text)
        headline = _item([text], text, index, first.start, first.end)
    parties = []
    for p in st.parties:
        official = official_name(p.name)
        name: Inline = [official] if official else people.org(p.name)
        item = _item(name, p.name, index, p.start, p.end)
        if p.head:
            head_name, rank = _head(p.head)
            item.extra = ["head: ", *people.person(head_name, rank, None, None)]
        parties.append(item)
    commitments = [_item([c.text], c.text, index, c.start, c.end) for c in st.commitments]
    quotes = []
    for q in st.quotes:
        item = _item([q.text], q.text, index, q.start, q.end)
        org = people.org(q.org) if q.org else []
        item.extra = [*people.person(q.speaker, q.title, None, None)] + (
            [" of ", *org] if org else []
        )
        quotes.append(item)
    contacts = []
    for c in st.contacts:
        who = people.person(c.name, c.role, None, None)
        unit = people.department(c.department, None)
        parts: Inline = [*who, ", " if who and unit else "", *unit]
        item = _item([x for x in parts if x != ""] or ["Press office"], "", index, c.start, c.end)
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
        footnotes=[PROJECT_NOTE] * people.project_used
        + [TRANSLITERATED_NOTE] * people.transliterated,
    )


__all__ = ["offline_view"]
