"""What the source allows: the pre-extracted fact values, minus those found only in instructions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from summarizer.models import ClaimCheck, Fact, FactsResult, Span, Status
from summarizer.verify.align import NormText
from summarizer.verify.injection import inside, instruction_spans
from summarizer.verify.literal import casefold, occurrences, search, unspaced
from summarizer.verify.values import endpoints

# No publication date in the text: `unknown` (older results said `today`, a guess).
GUESSED_ORIGINS = frozenset({"unknown", "today"})

INJECTED_NOTE = "appears only in an instruction embedded in the document"


@dataclass
class Evidence:
    """The source text, its facts by kind and value, and where embedded instructions sit."""

    text: str
    facts: FactsResult
    instructions: list[tuple[int, int]] = field(init=False)
    view: NormText = field(init=False)

    def __post_init__(self) -> None:
        self.instructions = instruction_spans(self.text)
        self.view = NormText(self.text)

    @cached_property
    def folded(self) -> str:
        """The text as `re.IGNORECASE` compares it (literal.casefold; offsets kept)."""
        return casefold(self.text)

    @property
    def reference(self) -> date | None:
        """The document's publication date, which gives a year to day-only claims; None
        when the source states none (or only its month): then no year is supplied."""
        try:
            return date.fromisoformat(self.facts.reference_date or "")
        except ValueError:
            return None

    def facts_of(self, kind: str) -> list[Fact]:
        """Facts of `kind` with a value, plus contact-table phones the fact pass missed."""
        found = [f for f in self.facts.facts if f.kind == kind and f.value]
        if kind == "phone":
            # The contact table may hold a phone the fact pass missed; it is source text too.
            for c in self.facts.structure.contacts:
                known = any(f.value == c.phone for f in found)
                if not c.phone or not c.phone_text or c.start is None or known:
                    continue
                pos = self.text.find(c.phone_text, c.start)
                if pos >= 0:
                    end = pos + len(c.phone_text)
                    found.append(
                        Fact(kind="phone", value=c.phone, text=c.phone_text, start=pos, end=end)
                    )
        if kind == "date" and (day := self._event_day(found)) is not None:
            found.append(day)
        return found

    def _event_day(self, found: list[Fact]) -> Fact | None:
        """The event's day as a mention when the event reader resolved a word the fact pass
        gives no date (`… at City Hall yesterday` under a dated line, `on Friday`): the same
        source text supports the same date, in event.date or a summary that writes it out.
        Not when the reader is unsure, the day rests on a guessed document date, or a date
        fact already covers the word."""
        event = self.facts.structure.event
        span = event.date_span if event is not None else None
        if event is None or span is None or not event.date or "date" in event.unsure:
            return None
        if self.facts.reference_date_origin in GUESSED_ORIGINS:
            return None
        if any(f.start < span.end and span.start < f.end for f in found):
            return None
        return Fact(kind="date", value=event.date, text=span.text, start=span.start, end=span.end)

    def is_clean(self, fact: Span) -> bool:
        """True unless the fact sits inside an embedded instruction."""
        return not inside(fact.start, fact.end, self.instructions)

    def is_clean_range(self, start: int, end: int | None) -> bool:
        """True unless `[start, end)` sits inside an embedded instruction."""
        return not inside(start, end if end is not None else start, self.instructions)

    def noise_reason(self, fact: Span) -> str | None:
        """Why the fact's text belongs to no summary (`page-chrome`, `copyright` …), if it does."""
        for region in self.facts.regions:
            if region.kind == "noise" and region.start <= fact.start and fact.end <= region.end:
                return region.reason
        return None

    def find(self, kind: str, value: str) -> tuple[Fact | None, bool]:
        """A fact of `kind` whose value (or a range end) equals `value`, and whether it is injected-only."""
        matches = [f for f in self.facts_of(kind) if f.value and value in endpoints(f.value)]
        clean = [f for f in matches if self.is_clean(f)]
        clean.sort(key=lambda f: self.noise_reason(f) is not None)  # body text before noise
        if clean:
            return clean[0], False
        return (matches[0], True) if matches else (None, False)

    def allowed(self, kind: str) -> list[str]:
        """Values a claim of `kind` may take, as the briefing should write them."""
        out: list[str] = []
        seen: set[str] = set()
        for fact in sorted(self.facts_of(kind), key=lambda f: f.start):
            if not self.is_clean(fact) or not fact.value or fact.value in seen:
                continue
            if kind == "phone" and self.noise_reason(fact) is not None:
                continue  # an outlet's footer number is no press contact
            seen.add(fact.value)
            # Phones as the source writes them; dates and times as values, range ends apart.
            out.extend([fact.text.strip()] if kind == "phone" else fact.value.split("/"))
        return list(dict.fromkeys(out))

    def literal(self, claim: str, near: Fact | None = None) -> Span | None:
        """Where the claim's own text occurs in the source outside instructions (prefer `near`)."""
        claim = claim.strip()
        if not claim:
            return None
        if near is not None and claim in near.text:
            pos = near.start + near.text.index(claim)
            return Span(text=claim, start=pos, end=pos + len(claim))
        for start in occurrences(self.text, claim):
            if not inside(start, start + len(claim), self.instructions):
                return Span(text=claim, start=start, end=start + len(claim))
        return None


def _national_digits(value: str) -> str:
    """`+82442047920` -> `0442047920`; service numbers and foreign numbers keep their digits."""
    return "0" + value[3:] if value.startswith("+82") else value.lstrip("+")


def phone_in_text(ev: Evidence, value: str) -> Span | None:
    """Where a phone value is written in the text (any separators), outside instructions."""
    digits = _national_digits(value)
    if len(digits) < 4:
        return None
    sep = r"[\s\-.)(]{0,3}"
    pattern = r"(?<![\d\-.])" + sep.join(digits) + r"(?![\d]|-\d|\.\d|\s*[억만원%년월일])"
    for match in re.finditer(pattern, ev.text):
        if not inside(match.start(), match.end(), ev.instructions):
            return Span(text=match.group(0), start=match.start(), end=match.end())
    return None


def fact_span(fact: Span) -> Span:
    """The bare span of a fact (or embargo line), without its kind and value."""
    return Span(text=fact.text, start=fact.start, end=fact.end)


def key(text: str | None) -> str:
    """A name without spaces, case-folded: the form two names are compared in."""
    return unspaced(text or "").casefold()


def occurs(ev: Evidence, claim: str) -> Span | None:
    """Where the claim's words are written in the source, in order, spacing and case aside."""
    words = claim.split()
    if not words:
        return None
    m = search(ev.text, words, folded=ev.folded)  # (`\s*`-joined words, re.I)
    return Span(text=m.group(ev.text), start=m.start, end=m.end) if m else None


def claim_check(field: str, kind: str, claim: str, status: Status, **kw: object) -> ClaimCheck:
    """One check of a claim (the verifier's record)."""
    return ClaimCheck(field=field, kind=kind, claim=claim, status=status, **kw)  # type: ignore[arg-type]


_SENTENCE_BREAK = re.compile(r"(?<=[.!?。])\s+|\n")


def split_sentences(text: str) -> list[str]:
    """`text` cut after a sentence's closing mark and at each line break (blank pieces kept)."""
    return _SENTENCE_BREAK.split(text)


def short_list(values: list[str], limit: int = 8) -> str:
    """`a, b, c` with at most `limit` items, then `…`."""
    if not values:
        return "none"
    more = ", …" if len(values) > limit else ""
    return ", ".join(values[:limit]) + more


__all__ = [
    "GUESSED_ORIGINS",
    "INJECTED_NOTE",
    "Evidence",
    "claim_check",
    "fact_span",
    "key",
    "occurs",
    "phone_in_text",
    "short_list",
    "split_sentences",
]
