"""Small helpers shared by the structure tests: hand-made facts and span checks."""

from __future__ import annotations

import re
from datetime import date

from summarizer import extract_facts
from summarizer.models import Fact, Party, Region, Structure
from summarizer.structure import find_structure

REF = date(2025, 3, 14)
_PHONE = re.compile(r"\+?[0-9][0-9 -]{6,16}[0-9]")


def fact(
    text: str, kind: str, needle: str, value: str, nth: int = 0, note: str | None = None
) -> Fact:
    """The `nth` occurrence of `needle` in `text` as a fact of `kind` with `value`."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return Fact(kind=kind, text=needle, start=pos, end=pos + len(needle), value=value, note=note)  # type: ignore[arg-type]


def phone_facts(text: str) -> list[Fact]:
    """Every phone-looking run of digits in `text` as a phone fact, valued by its digits."""
    out = []
    for m in _PHONE.finditer(text):
        nth = text[: m.start()].count(m.group(0))
        out.append(fact(text, "phone", m.group(0), re.sub(r"\D", "", m.group(0)), nth=nth))
    return out


def region(text: str, kind: str, needle: str, nth: int = 0) -> Region:
    """A noise or duplicate region over the `nth` occurrence of `needle`."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return Region(kind=kind, text=needle, start=pos, end=pos + len(needle), reason="test")  # type: ignore[arg-type]


def run(
    text: str, facts: list[Fact] | None = None, regions: list[Region] | None = None
) -> Structure:
    """find_structure, after checking that every span it reports reproduces its text."""
    st = find_structure(text, facts or [], regions or [], REF)
    assert_spans(text, st)
    return st


def run_terms(text: str) -> list[str]:
    """The texts of the commitments `run` finds in `text`."""
    return [c.text for c in run(text).commitments]


def run_names(text: str) -> list[str]:
    """The names of the parties `run` finds in `text`."""
    return [p.name for p in run(text).parties]


def assert_spans(text: str, st: Structure) -> None:
    """Every span-carrying piece of `st` indexes `text` exactly."""
    pieces = [st.title, st.dateline, st.embargo, *st.subtitles, *st.commitments, *st.quotes]
    if st.event:
        pieces += [st.event.date_span, st.event.time_span, st.event.place_span]
    for p in pieces:
        if p is not None:
            assert text[p.start : p.end] == p.text, p
    for c in st.contacts:
        if c.start is not None:
            assert c.end is not None and 0 <= c.start <= c.end <= len(text)
    for party in st.parties:
        if party.start is not None:
            assert party.end is not None and 0 <= party.start <= party.end <= len(text)


# Whole-page party readings for the tests of real forms (invented pages, one reference date).
PAGE_REF = "2025-06-12"


def parties(page: str) -> list[Party]:
    """The parties `extract_facts` finds on `page` (UTF-8), dated against PAGE_REF."""
    return list(extract_facts(page.encode("utf-8"), reference_date=PAGE_REF).structure.parties)


def names(page: str) -> list[str]:
    """The names of those parties, in order."""
    return [p.name for p in parties(page)]
