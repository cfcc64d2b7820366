"""Quotes and commitments grounded in the source text.

Thresholds, on the character similarity of `align.fuzzy_find` (letters and digits only):
- quotes 0.85: a quote is meant to be verbatim; 0.85 lets the model drop a particle or two
  (`업무협약의` -> `업무협약`) or a short clause marker in a 20+ syllable quote, but not
  change what was said.
- commitments 0.80: items are copied from bullets that the model trims (`등`, `추진`, a
  particle); 0.80 needs four in five syllables of the item in one stretch of the source.
  Measured on hand-made items: half-invented items that reuse the source's words
  (`우수기업 발굴 및 포상` against `우수기업 공동 발굴 및`) reach 0.78, so a lower threshold
  (LangExtract uses 0.75) would pass them; the price is that a real paraphrase of a
  commitment given only in prose (0.75) is marked unsupported. That is the honest mark:
  the words are not the source's. Commitments are never hard: marked, not re-asked.
"""

from __future__ import annotations

import re

from summarizer.english.romanise import has_hangul
from summarizer.lazy import lazy_compile
from summarizer.models import BriefingCommitment, BriefingQuote, ClaimCheck
from summarizer.verify.align import ELLIPSIS, Alignment, NormText, align
from summarizer.verify.declared import english_source
from summarizer.verify.evidence import INJECTED_NOTE, Evidence
from summarizer.verify.injection import inside
from summarizer.verify.literal import unspaced
from summarizer.verify.meaning import generic_name, meaning_diff, too_short, widen

QUOTE_THRESHOLD = 0.85
COMMITMENT_THRESHOLD = 0.80


def _align(ev: Evidence, claim: str, threshold: float) -> Alignment:
    return align(claim, ev.text, threshold=threshold, view=ev.view, avoid=ev.instructions)


def _injected(ev: Evidence, found: Alignment) -> bool:
    return found.start is not None and inside(
        found.start, found.end or found.start, ev.instructions
    )


def _speaker_key(name: str | None) -> str:
    return unspaced(name or "")


def _quotes_by(ev: Evidence, speaker: str) -> list[str]:
    key = _speaker_key(speaker)
    return [
        q.text[:30] + ("…" if len(q.text) > 30 else "")
        for q in ev.facts.structure.quotes
        if key and q.speaker and (key in _speaker_key(q.speaker) or _speaker_key(q.speaker) in key)
    ]


def _changed_meaning(ev: Evidence, claim: str, found: Alignment) -> str | None:
    """Why an aligned claim says something else than its source span (None if it does not)."""
    if found.start is None or found.end is None:
        return None
    start, end = widen(ev.text, found.start, found.end)
    wide_start, wide_end = widen(ev.text, found.start, found.end, words=1)
    return meaning_diff(claim, ev.text[start:end], ev.text[wide_start:wide_end])


def _speakers_over(ev: Evidence, found: Alignment) -> list[str]:
    """Distinct speakers of the source quotes the aligned span runs over."""
    if found.start is None or found.end is None:
        return []
    names: list[str] = []
    for q in ev.facts.structure.quotes:
        if q.start < found.end and found.start < q.end and q.speaker:
            key = _speaker_key(q.speaker)
            if all(key not in _speaker_key(n) and _speaker_key(n) not in key for n in names):
                names.append(q.speaker)
    return names


def _letters(text: str) -> str:
    return NormText(text).chars


def stitched_from(
    ev: Evidence, quote: BriefingQuote, others: list[BriefingQuote]
) -> tuple[str, bool] | None:
    """The other speaker whose words a `…`-joined quote borrows, and whether the briefing says so."""
    pieces = [p for p in ELLIPSIS.split(quote.text_ko) if len(_letters(p)) >= 6]
    if len(pieces) < 2:
        return None
    own = _speaker_key(quote.speaker)
    for piece in pieces:
        needle = _letters(piece)
        for other in others:
            key = _speaker_key(other.speaker)
            if key and own and key != own and needle in _letters(other.text_ko):
                return other.speaker, True
        pos = ev.view.chars.find(needle)
        if pos >= 0:
            start, end = ev.view.span(pos, pos + len(needle))
            for q in ev.facts.structure.quotes:
                key = _speaker_key(q.speaker)
                inside_q = q.start <= start and end <= q.end
                if inside_q and key and own and key not in own and own not in key:
                    return q.speaker or key, False
    return None


_TAIL_RE1 = lazy_compile(r"[.!?\n]|다\s")


def _tail(ev: Evidence, end: int) -> str:
    """The rest of the sentence after `end` (at most 30 characters)."""
    rest = ev.text[end : end + 30]
    return _TAIL_RE1.split(rest)[0]


_UNDER_REVIEW = re.compile(
    r"^\W{0,3}\S{0,4}\s*(?:(?:추후|향후|앞으로|별도로|계속)\s*)?(?:검토|논의|타진|모색|협의해\s*나가|결정)"
)


def check_quote(
    ev: Evidence, index: int, quote: BriefingQuote, others: list[BriefingQuote] | None = None
) -> ClaimCheck:
    """A quote's Korean text must be found in the source, verbatim or nearly so (on an
    English-language source its English words, the Korean being their translation)."""
    field = f"quotes[{index}].text_ko"
    if translated(ev, quote.text_ko, quote.text_en):
        field = f"quotes[{index}].text_en"
        quote = quote.model_copy(update={"text_ko": quote.text_en})
    if too_short(quote.text_ko):
        return ClaimCheck(
            field=field, kind="quote", claim=quote.text_ko, status="unsupported",
            note="is too short to be a quote. Copy the quoted words verbatim or drop the quote.",
            hard=True,
        )  # fmt: skip
    found = _align(ev, quote.text_ko, QUOTE_THRESHOLD)
    span = found.span(ev.text)
    if found.status == "unsupported":
        hint = "Copy the quoted words verbatim from the source or drop the quote."
        openings = _quotes_by(ev, quote.speaker)
        if openings:
            hint = (
                f"Quotes by {quote.speaker} in the source begin: "
                + "; ".join(repr(o) for o in openings[:3])
                + ". Copy the words verbatim or drop the quote."
            )
        return ClaimCheck(
            field=field, kind="quote", claim=quote.text_ko, status="unsupported",
            note=f"is not in the source{_best(found)}. {hint}", hard=True,
        )  # fmt: skip
    if _injected(ev, found):
        return ClaimCheck(
            field=field, kind="quote", claim=quote.text_ko, status="unsupported", span=span,
            note=f"{INJECTED_NOTE}; drop it.", hard=True,
        )  # fmt: skip
    speakers = _speakers_over(ev, found)
    borrowed = stitched_from(ev, quote, others or [])
    if borrowed is not None:
        speakers = [quote.speaker, borrowed[0]]
    if len(speakers) > 1:
        # Sure when the briefing itself gives the borrowed words to another speaker; the
        # structure's attribution of a continuation may be wrong, so alone it is not re-asked.
        sure = borrowed is not None and borrowed[1]
        note = f"joins the words of different speakers ({', '.join(speakers)}). Quote one speaker."
        return ClaimCheck(
            field=field, kind="quote", claim=quote.text_ko, status="unsupported", span=span,
            note=note, hard=sure,
        )  # fmt: skip
    if found.status != "exact" and (why := _changed_meaning(ev, quote.text_ko, found)):
        return ClaimCheck(
            field=field, kind="quote", claim=quote.text_ko, status="unsupported", span=span,
            note=f"changes what was said: {why}. Copy the words verbatim.", hard=True,
        )  # fmt: skip
    if found.status == "fuzzy" and (foreign := _foreign_words(ev, quote.text_ko, found)):
        note = f"writes words the source's quote does not ({', '.join(foreign[:3])})"
        return ClaimCheck(
            field=field, kind="quote", claim=quote.text_ko, status="unverified", span=span,
            note=note,
        )  # fmt: skip
    return ClaimCheck(
        field=field, kind="quote", claim=quote.text_ko, status=found.status, span=span,
        note=_similarity_note(found),
    )  # fmt: skip


_FOREIGN_WORDS_RE1 = lazy_compile(r"[가-힣]{2,}")


def _foreign_words(ev: Evidence, claim: str, found: Alignment) -> list[str]:
    """Words of a nearly-matched quote that its source span never writes (`독자 성장` for
    `동반 성장`): a word swapped, which the near match forgives. A quote stitched from two
    sentences (`…"며 "…`) still writes only the source's words."""
    if found.start is None or found.end is None:
        return []
    start, end = widen(ev.text, found.start, found.end, words=1)
    source = _letters(ev.text[start:end])
    return [
        w for w in dict.fromkeys(_FOREIGN_WORDS_RE1.findall(claim)) if _letters(w) not in source
    ]


def check_commitment(ev: Evidence, index: int, item: BriefingCommitment) -> ClaimCheck:
    """A commitment aligned LangExtract-style: exact, normalised, fuzzy, or marked unsupported
    (on an English-language source, its English words)."""
    field = f"commitments[{index}].text_ko"
    if item.text_en and translated(ev, item.text_ko, item.text_en):
        field = f"commitments[{index}].text_en"
        item = item.model_copy(update={"text_ko": item.text_en})
    if too_short(item.text_ko) and not _whole_list_item(ev, item.text_ko):
        note = "is too short to be a commitment"
        return ClaimCheck(
            field=field, kind="commitment", claim=item.text_ko, status="unsupported", note=note
        )
    found = _align(ev, item.text_ko, COMMITMENT_THRESHOLD)
    if found.status == "unsupported":
        note = f"not found in the source{_best(found)}"
        return ClaimCheck(
            field=field, kind="commitment", claim=item.text_ko, status="unsupported", note=note
        )
    if _injected(ev, found):
        return ClaimCheck(
            field=field, kind="commitment", claim=item.text_ko, status="unsupported",
            span=found.span(ev.text), note=INJECTED_NOTE,
        )  # fmt: skip
    why = _changed_meaning(ev, item.text_ko, found) if found.status != "exact" else None
    if why is None and found.end is not None and _UNDER_REVIEW.match(_tail(ev, found.end)):
        why = "the source says this is under review or to be discussed, not agreed"
    if why is not None:
        return ClaimCheck(
            field=field, kind="commitment", claim=item.text_ko, status="unsupported",
            span=found.span(ev.text), note=f"changes what the source says: {why}",
        )  # fmt: skip
    return ClaimCheck(
        field=field, kind="commitment", claim=item.text_ko, status=found.status,
        span=found.span(ev.text), note=_similarity_note(found),
    )  # fmt: skip


# Before and after one item of a list of pledges: a comma or a middle dot, or a bullet at the
# start of a line; after it, the list's next joint or its closing `등`.
_ITEM_BEFORE = r"(?:[,，、·ㆍ]\s*|^\s*[△▲□○◦•∙\-]\s*)"
_ITEM_AFTER = r"\s*(?:[,，、·ㆍ]|등(?:을|를|의|에|\b)|$)"


def _whole_list_item(ev: Evidence, claim: str) -> bool:
    """`가족단위 민박, 캠프, 농촌체험`: a word of two or three syllables the source writes as a
    whole item of a list is a commitment, however short (a piece of a longer item is not)."""
    words = claim.strip()
    if too_short(words, 2) or generic_name(words):
        return False
    pattern = _ITEM_BEFORE + re.escape(words) + _ITEM_AFTER
    return re.search(pattern, ev.text, re.M) is not None


def translated(ev: Evidence, korean: str, english: str | None) -> bool:
    """The source is in English and the claim's Korean text is a translation of `english`."""
    return bool(english) and english_source(ev) and has_hangul(korean)


def _best(found: Alignment) -> str:
    return f" (best similarity {found.score:.2f})" if found.score > 0 else ""


def _similarity_note(found: Alignment) -> str | None:
    if found.status != "fuzzy":
        return None
    extra = f"; {found.note}" if found.note else ""
    return f"similarity {found.score:.2f}{extra}"


__all__ = [
    "COMMITMENT_THRESHOLD", "QUOTE_THRESHOLD", "check_commitment", "check_quote", "translated",
]  # fmt: skip
