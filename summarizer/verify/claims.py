"""Checks of claimed dates, times, phones and the embargo against the pre-extracted facts.

A claim must EQUAL the value of a fact found in the source: `exact` when its own text is in
the source, `normalised` when only the value matches, else `unsupported` (a hard violation
that triggers a targeted re-ask, with the values the source allows in the note).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from summarizer.lazy import lazy_compile
from summarizer.lexicon import alternation
from summarizer.lexicon.labels import (
    DISTRIBUTION_WORD,
    RELEASE_TIME_LABELS,
    RELEASE_TIME_LABELS_EN,
    RELEASE_WORD,
)
from summarizer.models import ClaimCheck
from summarizer.verify.datetext import date_in_text
from summarizer.verify.evidence import (
    INJECTED_NOTE,
    Evidence,
    fact_span,
    phone_in_text,
    short_list,
)
from summarizer.verify.values import (
    PROSE_DATE,
    PROSE_TIME,
    normalise_date,
    normalise_phone,
    normalise_time,
)

ValueKind = Literal["date", "time", "phone"]
ClaimKind = Literal["date", "time", "phone", "embargo"]
_FORMATS = {"date": "YYYY-MM-DD", "time": "HH:MM", "phone": "as written in the source"}
_LABELS = {"date": "Dates", "time": "Times", "phone": "Phones"}


def allowed_sentence(ev: Evidence, kind: ValueKind) -> str:
    """What the source states of `kind`: `Phones in the source: 044-204-7920, 044-204-7925.`"""
    values = ev.allowed(kind)
    if not values:
        return f"The source states no {kind}."
    if len(values) == 1:
        return f"The only {kind} in the source is {values[0]}."
    return f"{_LABELS[kind]} in the source: {short_list(values)}."


def _normalise(kind: ValueKind, claim: str, ev: Evidence) -> str | None:
    if kind == "date":
        return normalise_date(claim, ev.reference)
    if kind == "time":
        return normalise_time(claim)
    return normalise_phone(claim)


def check_value(
    ev: Evidence, field: str, kind: ValueKind, claim: str, *, claim_kind: ClaimKind | None = None
) -> ClaimCheck:
    """One date, time or phone claim checked against the facts of that kind."""
    ck: ClaimKind = claim_kind or kind
    value = _normalise(kind, claim, ev)
    if value is None:
        note = f"is not a {kind} ({_FORMATS[kind]}). {allowed_sentence(ev, kind)}"
        return ClaimCheck(
            field=field, kind=ck, claim=claim, status="unsupported", note=note, hard=True
        )
    fact, injected = ev.find(kind, value)
    if fact is None and "/" in value:
        # A claimed range is supported when both of its ends are.
        ends = [ev.find(kind, v) for v in value.split("/")]
        if all(f is not None and not inj for f, inj in ends):
            first = ends[0][0]
            assert first is not None
            return ClaimCheck(
                field=field, kind=ck, claim=claim, status="normalised", span=fact_span(first)
            )
    if fact is None and kind == "phone" and (seen := phone_in_text(ev, value)) is not None:
        # Written in the text but missed by the fact pass: shown as unverified, never re-asked.
        note = "is written in the source, but the facts layer did not read it as a phone"
        return ClaimCheck(
            field=field, kind=ck, claim=claim, status="unverified", span=seen, note=note
        )
    if fact is None and kind == "date" and (loose := date_in_text(ev, value)) is not None:
        # Written loosely (`4.30`, a bare `6일`, `on Monday`): not contradicted, not confirmed.
        seen_span, rests = loose
        note = f"rests on {rests} ({seen_span.text!r}); the source does not state it as a full date"
        return ClaimCheck(
            field=field, kind=ck, claim=claim, status="unverified", span=seen_span, note=note
        )
    if fact is None:
        note = f"does not occur in the source. {allowed_sentence(ev, kind)}"
        return ClaimCheck(
            field=field, kind=ck, claim=claim, status="unsupported", note=note, hard=True
        )
    if injected:
        note = f"{INJECTED_NOTE}. {allowed_sentence(ev, kind)}"
        return ClaimCheck(
            field=field, kind=ck, claim=claim, status="unsupported",
            span=fact_span(fact), note=note, hard=True,
        )  # fmt: skip
    if kind == "phone" and (reason := ev.noise_reason(fact)) is not None:
        # In the text, but in page chrome or boilerplate: an outlet number, not a press contact.
        note = f"appears only in {reason} text, not in the document body: not a press contact"
        return ClaimCheck(
            field=field, kind=ck, claim=claim, status="unverified", span=fact_span(fact), note=note
        )
    # A fax line is in the source, but a reader dialling it as a phone would be misled.
    fax = "a fax number in the source" if kind == "phone" and fact.fax else None
    literal = ev.literal(claim, near=fact)
    if literal is not None:
        return ClaimCheck(field=field, kind=ck, claim=claim, status="exact", span=literal, note=fax)
    written = fact.text.strip()
    differs = f"source writes {written!r}" if written != claim.strip() else None
    return ClaimCheck(
        field=field, kind=ck, claim=claim, status="normalised", span=fact_span(fact),
        note="; ".join(n for n in (differs, fax) if n) or None,
    )  # fmt: skip


_CHECK_EMBARGO_RE1 = lazy_compile(r"\s*(.+?)(?:[T\s]+(\d{1,2}:\d{2}))?\s*")


def check_embargo(ev: Evidence, claim: str) -> ClaimCheck:
    """The claimed embargo against the embargo line (or, without one, the date/time facts)."""
    match = _CHECK_EMBARGO_RE1.fullmatch(claim)
    day = normalise_date(match.group(1), ev.reference) if match else None
    clock = match.group(2) if match else None
    line = ev.facts.structure.embargo
    if day is None:
        note = "is not a date; write the embargo as YYYY-MM-DDTHH:MM or YYYY-MM-DD, or null."
        return ClaimCheck(
            field="embargo", kind="embargo", claim=claim, status="unsupported", note=note, hard=True
        )
    value = f"{day}T{normalise_time(clock)}" if clock else day
    if line is not None and line.value:
        span = fact_span(line)
        if line.value == value or (clock is None and line.value.split("T")[0] == day):
            return ClaimCheck(
                field="embargo", kind="embargo", claim=claim, status="normalised", span=span
            )
        note = f"does not match the embargo line {line.text.strip()!r}, which gives {line.value}"
        return ClaimCheck(
            field="embargo",
            kind="embargo",
            claim=claim,
            status="unsupported",
            span=span,
            note=note,
            hard=True,
        )
    date_check = check_value(ev, "embargo", "date", day, claim_kind="embargo")
    if clock is None or not date_check.ok:
        return _as_release(ev, date_check)
    time_check = check_value(ev, "embargo", "time", clock, claim_kind="embargo")
    return _as_release(ev, date_check) if time_check.ok else time_check


# A release word just before a date: `보도 : 6. 3.(화)`, `배포 즉시`, `embargoed until`.
_RELEASE_CUE = re.compile(
    alternation((*RELEASE_TIME_LABELS, RELEASE_WORD, DISTRIBUTION_WORD, *RELEASE_TIME_LABELS_EN))
    + r"|\brelease",
    re.I,
)


def _as_release(ev: Evidence, check: ClaimCheck) -> ClaimCheck:
    """Without an embargo line, a date verifies as the embargo only where a release word is
    just before it; the signing or publication date given as the embargo states a release
    restriction the page never sets (soft: the structure may have missed an odd line)."""
    if not check.ok or check.span is None:
        return check
    before = ev.text[max(0, check.span.start - 40) : check.span.start]
    if _RELEASE_CUE.search(before):
        return check
    note = (
        f"the source has no embargo line; {check.span.text.strip()!r} is not given as a "
        "release moment"
    )
    return check.model_copy(update={"status": "unverified", "note": note})


_YEARLESS_DAY_RE1 = lazy_compile(r"\d{4}-\d{2}-\d{2}")


def _yearless_day(ev: Evidence, field: str, written: str) -> list[ClaimCheck]:
    """`8월 3일` where no year can be given (the source states no publication date): its month
    and day must still be a month and day the source writes (`8.30-9.6` holds 8/30 and 9/6)."""
    placed = normalise_date(written, date(2000, 1, 1))  # any year: only month and day count
    if placed is None or ev.reference is not None or written.casefold() in ev.text.casefold():
        return []  # (`written 'May 4.30' in the source`: the source's own words, quoted)
    month, day = int(placed[5:7]), int(placed[8:10])
    stated = {
        (part.month, part.day)
        for f in ev.facts.facts
        if f.kind == "date"
        for part in f.parts
        if part.month and part.day
    }
    for f in ev.facts_of("date"):
        for v in (f.value or "").split("/"):
            if _YEARLESS_DAY_RE1.fullmatch(v):
                stated.add((int(v[5:7]), int(v[8:10])))
    if not stated or (month, day) in stated:
        return []
    note = "the source writes no such month and day"
    return [ClaimCheck(field=field, kind="date", claim=written, status="unverified", note=note)]


_CHECK_PROSE_DATES_RE1 = lazy_compile(r"\d{4}")


def check_prose_dates(ev: Evidence, field: str, prose: str) -> list[ClaimCheck]:
    """Dates and times written inside headline or summary text (a yearless day matches by month-day)."""
    checks = []
    for match in PROSE_DATE.finditer(prose):
        written = match.group(0)
        value = normalise_date(written, ev.reference)
        if value is None:
            checks += _yearless_day(ev, field, written)
            continue
        has_year = bool(_CHECK_PROSE_DATES_RE1.search(written))
        known = [v for f in ev.facts_of("date") if f.value for v in f.value.split("/")]
        if not has_year and any(v[5:] == value[5:] for v in known):
            fact, _ = ev.find("date", next(v for v in known if v[5:] == value[5:]))
            if fact is not None and ev.is_clean(fact):
                checks.append(
                    ClaimCheck(
                        field=field,
                        kind="date",
                        claim=written,
                        status="normalised",
                        span=fact_span(fact),
                    )
                )
                continue
        checks.append(check_value(ev, field, "date", written))
    for match in PROSE_TIME.finditer(prose):
        if normalise_time(match.group(0)) is not None:
            checks.append(check_value(ev, field, "time", match.group(0)))
    return checks


__all__ = ["allowed_sentence", "check_embargo", "check_prose_dates", "check_value"]
