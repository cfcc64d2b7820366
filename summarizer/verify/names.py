"""Party names: the Korean name must be in the source; the English name must agree with the glossary."""

from __future__ import annotations

import itertools
import re
from typing import Literal

from summarizer.glossary import Entry, Glossary
from summarizer.glossary.find import REGION_KINDS
from summarizer.glossary.keys import PAREN, english_key
from summarizer.lazy import lazy_compile
from summarizer.lexicon import province_variants
from summarizer.models import BriefingParty, ClaimCheck, Span, Status
from summarizer.verify import literal
from summarizer.verify.align import NormText
from summarizer.verify.attribution import cite
from summarizer.verify.certainty import GUESSED_ORIGINS
from summarizer.verify.declared import (
    declared_abbreviation,
    english_name,
    english_source,
    name_initials,
)
from summarizer.verify.evidence import Evidence
from summarizer.verify.listed import listed_stem
from summarizer.verify.literal import occurrences, unspaced
from summarizer.verify.name_regions import other_province
from summarizer.verify.renderings import other_body, same_body_rendering

_ABBR_KEY_RE1 = lazy_compile(r"[^0-9a-z]")


def _abbr_key(abbr: str) -> str:
    return _ABBR_KEY_RE1.sub("", abbr.casefold())


def _bare(name: str) -> str:
    return unspaced(name)


def find_name(ev: Evidence, name: str) -> tuple[Literal["exact", "normalised"], Span] | None:
    """Where a Korean name occurs: `exact`, or `normalised` (spacing, `·`, an inserted bracket)."""
    name = name.strip()
    if not name:
        return None
    pos = ev.text.find(name)
    if pos >= 0:
        return "exact", Span(text=name, start=pos, end=pos + len(name))
    needle = NormText(name).chars
    hit = ev.view.chars.find(needle) if needle else -1
    if hit >= 0:
        start, end = ev.view.span(hit, hit + len(needle))
        return "normalised", Span(text=ev.text[start:end], start=start, end=end)
    words = name.split()
    if len(words) > 1:
        # `중소벤처기업진흥공단(이하 중진공) 경기북부지부`: an alias bracket splits a branch name.
        # (words joined by `_GAP`; no word opens with a bracket, so each gap has one reading)
        if not any(w.startswith(("(", "（")) for w in words[1:]):
            found = literal.search(ev.text, words, sep=_GAP)
        else:
            m = re.search(_GAP.pattern.join(re.escape(w) for w in words), ev.text)
            found = literal.Found(m.start(), m.end()) if m else None
        if found:
            return "normalised", Span(text=found.group(ev.text), start=found.start, end=found.end)
    return None


# An alias bracket between a branch name's words (`중소벤처기업진흥공단(이하 중진공) 경기북부지부`).
_GAP = re.compile(r"\s*(?:[(（][^)）\n]{0,30}[)）])?\s*")


def _province_written(ev: Evidence, name: str) -> Span | None:
    """`경상남도 가람군` where the source writes `경남 가람군` (or back): a province's short and
    formal names are one province, before a body's name or alone."""
    for variant in province_variants(name):
        if (found := find_name(ev, variant)) is not None:
            return found[1]
    return None


def _name_found(field: str, name: str, span: Span, note: str) -> ClaimCheck:
    """A party's Korean name the source writes in another form, at `span`."""
    return ClaimCheck(
        field=f"{field}.name_ko", kind="party", claim=name, status="normalised", span=span,
        note=note,
    )  # fmt: skip


def _listed_party(ev: Evidence, name: str) -> Span | None:
    """The stem the source writes for `name` in a list that shares one ending, as structure read
    it (`영동·황간·추풍령농협` names 황간농협 though the text never writes it whole), else as
    `verify.listed` finds it."""
    bare = _bare(name)
    for party in ev.facts.structure.parties:
        if party.start is None or party.end is None or _bare(party.name) != bare:
            continue
        stem = ev.text[party.start : party.end]
        if stem and bare.startswith(_bare(stem)) and _bare(stem) != bare:
            return Span(text=stem, start=party.start, end=party.end)
    return listed_stem(ev.text, name)  # a comma list structure did not read as parties


def entry_for(glossary: Glossary, party: BriefingParty) -> tuple[str, Entry] | None:
    """The glossary entry of a party, by its name or a short name, with the name it was found by."""
    for korean in (party.name_ko, *party.aliases):
        entry = glossary.lookup(korean)
        if entry is not None and korean != party.name_ko and _other_region(entry, party.name_ko):
            continue  # `충남청` for 충남지방경찰청: the body's short name, not the province's
        if entry is not None:
            return korean, entry
    return None


def _other_region(entry: Entry, name: str) -> bool:
    """A province or city entry that the party's full name is not (nor its government's):
    an alias that reads as the region (`충남청`) then names the body, not the region."""
    if entry.kind not in REGION_KINDS:
        return False
    forms = {_bare(n) for n in (entry.ko, *entry.korean_names)}
    return _bare(name) not in forms | {f + "청" for f in forms}


def check_party(
    ev: Evidence, glossary: Glossary, index: int, party: BriefingParty
) -> list[ClaimCheck]:
    """Checks of one party: Korean name, aliases, English name and abbreviation."""
    field = f"parties[{index}]"
    checks = []
    found = find_name(ev, party.name_ko)
    looked = entry_for(glossary, party)
    span = found[1] if found else None
    if found:
        checks.append(
            ClaimCheck(
                field=f"{field}.name_ko",
                kind="party",
                claim=party.name_ko,
                status=found[0],
                span=span,
            )
        )
    else:
        via_alias = None
        if looked is not None:
            # Formal name for an alias (or back) is fine, but only among the names in use at
            # the document's date: `중소기업청` is not the 중기부 of a 2025 release.
            now = looked[1].as_of(ev.reference) if ev.reference else looked[1]
            names = [now.ko, *now.ko_aliases]
            if _bare(party.name_ko) in {_bare(n) for n in names}:
                via_alias = next((hit for n in names if (hit := find_name(ev, n))), None)
        if via_alias is not None:
            span = via_alias[1]
            note = f"the source writes {cite(span.text)} (same body in the glossary)"
            checks.append(
                ClaimCheck(
                    field=f"{field}.name_ko",
                    kind="party",
                    claim=party.name_ko,
                    status="normalised",
                    span=span,
                    note=note,
                )
            )
        elif (province := _province_written(ev, party.name_ko)) is not None:
            span = province
            note = f"the source writes {cite(province.text)}: the same province in another form"
            checks.append(_name_found(field, party.name_ko, province, note))
        elif (listed := _listed_party(ev, party.name_ko)) is not None:
            span = listed
            note = f"the source names it in a list sharing one ending: {cite(listed.text)}"
            checks.append(_name_found(field, party.name_ko, listed, note))
        elif (english := english_name(ev, _english_forms(glossary, party))) is not None:
            span = english
            note = f"the source names this party only in English: {cite(english.text)}"
            checks.append(_name_found(field, party.name_ko, english, note))
        elif english_source(ev):
            note = "the source is in English and does not write this Korean name; not checked"
            checks.append(
                ClaimCheck(
                    field=f"{field}.name_ko", kind="party", claim=party.name_ko,
                    status="unverified", note=note,
                )
            )  # fmt: skip
        else:
            named = [p.name for p in ev.facts.structure.parties]
            hint = f" Parties named in the source: {', '.join(map(cite, named))}." if named else ""
            note = f"does not occur in the source.{hint}"
            checks.append(
                ClaimCheck(
                    field=f"{field}.name_ko",
                    kind="party",
                    claim=party.name_ko,
                    status="unsupported",
                    note=note,
                    hard=True,
                )
            )
    for j, alias in enumerate(party.aliases):
        got = find_name(ev, alias)
        if got:
            checks.append(
                ClaimCheck(
                    field=f"{field}.aliases[{j}]",
                    kind="party",
                    claim=alias,
                    status=got[0],
                    span=got[1],
                )
            )
        else:
            checks.append(
                ClaimCheck(
                    field=f"{field}.aliases[{j}]",
                    kind="party",
                    claim=alias,
                    status="unsupported",
                    note="the source never uses this name",
                )
            )
    if party.name_en:
        checks.append(check_english_name(ev, glossary, field, party, looked, span))
    if party.abbreviation:
        names = [party.name_ko, *party.aliases, party.name_en or ""]
        declared = declared_abbreviation(ev, names, party.abbreviation)
        initials = name_initials(ev, [n for n in names if n], party.abbreviation)
        checks.append(
            _check_abbreviation(ev, field, party.abbreviation, looked, span, declared, initials)
        )
    return checks


def _english_forms(glossary: Glossary, party: BriefingParty) -> list[str]:
    """English names that may stand for the party in an English-language source."""
    forms = [party.name_en or "", party.abbreviation or ""]
    looked = entry_for(glossary, party)
    if looked is not None:
        forms += [looked[1].en, looked[1].abbr or ""]
    return [f for f in forms if f]


def _era(party: BriefingParty, entry: Entry) -> Entry | None:
    """The glossary entry as it was when the body bore the Korean name the party is given."""
    for rename in entry.renames:
        names = {_bare(n) for n in (rename.ko, *rename.ko_aliases) if n}
        if _bare(party.name_ko) in names:
            return entry.model_copy(update={"en": rename.en, "abbr": rename.abbr, "renames": ()})
    return None


def _official(entry: Entry) -> str:
    branch = f", followed by the English for {entry.branch!r}" if entry.branch else ""
    return f"{entry.display!r}{branch}"


# The English words that render a kind of body, by the Korean name's ending: a translation
# that drops its own kind's word for another kind's (`누리소방서` as `Nuri Police Station`)
# names another body.
_KIND_WORDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("소방서", "소방본부", "소방청"), ("Fire",)),
    (("경찰서", "경찰청"), ("Police",)),
    (("병원", "의료원"), ("Hospital", "Medical", "Clinic")),
    (("대학교", "대학"), ("University", "College")),
)


_OTHER_KIND_RE1 = lazy_compile(r"[A-Za-z]+")


def _other_kind(name_ko: str, name_en: str) -> str | None:
    """The note for an English name holding another kind's word and not its own kind's."""
    words = set(_OTHER_KIND_RE1.findall(name_en))
    own = next((en for kos, en in _KIND_WORDS if name_ko.strip().endswith(kos)), None)
    if own is None or words & set(own):
        return None
    for kos, en in _KIND_WORDS:
        if en != own and words & set(en):
            shown = next(iter(words & set(en)))
            return f"renders {cite(name_ko)} with {shown!r}, the English of {kos[0]}: another kind of body"
    return None


def check_english_name(
    ev: Evidence, glossary: Glossary, field: str, party: BriefingParty,
    looked: tuple[str, Entry] | None, span: Span | None,
) -> ClaimCheck:  # fmt: skip
    """The check of a party's English name against the glossary entry `looked` up for it."""
    claim = party.name_en or ""

    def result(status: Status, note: str | None = None, hard: bool = False) -> ClaimCheck:
        return ClaimCheck(
            field=f"{field}.name_en", kind="name_en", claim=claim, status=status,
            span=span, note=note, hard=hard,
        )  # fmt: skip

    if looked is None:
        written = find_name(ev, claim) if claim.strip() else None
        if written is not None:  # an English-language source names the body itself
            return ClaimCheck(
                field=f"{field}.name_en", kind="name_en", claim=claim, status=written[0],
                span=written[1], note="as the source writes it (the body is not in the glossary)",
            )  # fmt: skip
        other = glossary.lookup(claim) if claim.strip() else None
        if other is not None and not english_source(ev):
            # The official English name of another body: a mix-up, though not re-asked.
            note = f"is the official English name of {cite(other.ko)} in the glossary, another body"
            return result("unsupported", note)
        clash = _other_kind(party.name_ko, claim) or other_province(party.name_ko, claim)
        if clash is not None:
            return result("unsupported", clash)
        note = "not in the glossary: a translation, not a confirmed official name"
        return result("unverified", note)
    korean, entry = looked
    era = _era(party, entry)
    if era is not None and _matches(era, claim):
        return result(
            "exact", note=f"the English name of the body when it was {cite(party.name_ko)}"
        )
    current = entry.as_of(ev.reference) if ev.reference else entry
    verdict = glossary.check_english(korean, claim)
    confidence = (
        None if entry.confidence == "confirmed" else f"glossary confidence: {entry.confidence}"
    )
    renamed = (current.en, current.abbr) != (entry.en, entry.abbr)
    if verdict == "unknown":  # a rule-derived name cannot rule out another rendering
        region = _provinced(ev, glossary, party, korean, claim, span)
        if region is not None:
            note = (
                f"the glossary's rule, with the region the source writes before it ({cite(region)})"
            )
            return result("normalised", note=note)
        if _office_of(glossary, party, korean, claim):
            note = "the glossary's rule, with the office (청) the source's name holds"
            return result("normalised", note=note)
        return result("unverified", note=f"the glossary's rule gives {_official(current)}")
    if verdict == "official" and not renamed and _whole_body(entry, claim):
        # `기술보증기금 디지털혁신본부` given as the whole fund: the branch is left out
        note = f"names the whole body; the source's {cite(entry.branch or '')} is left out"
        return result("unverified", note=note)
    if verdict == "official" and not renamed:
        return result("exact", note=confidence)
    if verdict in ("official", "former") and renamed and _matches(current, claim):
        return result("exact", note=f"the name in use on {ev.reference}")
    if verdict in ("official", "former") and ev.facts.reference_date_origin in GUESSED_ORIGINS:
        # Right for some period, and the document's date is a guess: not contradicted.
        note = "an official name of the body at some time; the document's date is not known"
        return result("unverified", note=note)
    if verdict == "mismatch":
        if (other := other_body(glossary, claim, entry)) is not None:
            note = (
                f"is the official English name of {cite(other.ko)}, another body; "
                f"{cite(party.name_ko)} is officially {_official(current)}."
            )
            return result("unsupported", note=note, hard=True)
        if same_body_rendering(claim, current, [party.name_ko, *party.aliases, korean]):
            written = find_name(ev, claim) if english_source(ev) else None
            if written is not None:
                # `Garam Institute, Nuri University`: an English page names the body (or its
                # branch) itself, in its own order: the source's name, not a rendering.
                note = "as the English-language source writes it; the glossary orders it otherwise"
                return ClaimCheck(
                    field=f"{field}.name_en", kind="name_en", claim=claim, status="normalised",
                    span=written[1], note=note,
                )  # fmt: skip
            # The same body described or romanised otherwise: flagged, never re-asked.
            note = f"not the official English name; official: {_official(current)}"
            return result(
                "unverified", note=note if confidence is None else f"{note} ({confidence})"
            )
    if verdict == "former" and not renamed:
        note = f"is an earlier name; the official English name is now {_official(current)}."
    elif verdict in ("official", "former"):
        note = f"on {ev.reference} the body was named {_official(current)}."
    else:
        note = f"contradicts the glossary: the official English name is {_official(current)}."
    if confidence is not None:
        # Only a confirmed name makes a sure contradiction: flagged, not re-asked.
        return result("unsupported", note=f"{note[:-1]} ({confidence}).")
    return result("unsupported", note=note, hard=True)


# `Gangnam-gu, Seoul`, `Buan County, Jeollabuk-do`: a place and, after a comma, its region.
_QUALIFIED = re.compile(r"^(?P<name>[^,]+),\s*(?P<region>[^,]+)$")
_REGION_BEFORE = re.compile(r"([가-힣]{2,7})\s*$")


def _region_forms(glossary: Glossary, region: str) -> set[str]:
    """English keys a province or metropolitan city may be written with: the glossary's names
    for it (earlier ones too: `Jeollabuk-do`) and its bare stem (`Seoul`)."""
    forms = {glossary.stems.get(region, "")}
    entry = glossary.lookup(region)
    if entry is not None and entry.kind in ("province", "metropolitan"):
        forms |= {entry.en, *entry.en_variants, *(r.en for r in entry.renames)}
        forms |= {glossary.stems.get(k, "") for k in entry.korean_names}
    return {english_key(f) for f in forms if f}


def _provinced(
    ev: Evidence, glossary: Glossary, party: BriefingParty, korean: str, claim: str,
    span: Span | None,
) -> str | None:  # fmt: skip
    """The region (as the source writes it) that `Gangnam-gu, Seoul` adds to the rule's own
    rendering of a place, when the source writes that region just before the place's name
    (`서울 강남구`, at any of its first mentions) or the party's name carries it
    (`전라북도 부안군`); else None."""
    m = _QUALIFIED.match(claim.strip())
    if m is None or glossary.check_english(korean, m.group("name")) != "official":
        return None
    written = party.name_ko.split()[:-1]
    place = party.name_ko.split()[-1] if party.name_ko.split() else korean
    starts = [span.start] if span is not None else []
    starts += list(itertools.islice(occurrences(ev.text, place), 20))
    for start in starts:
        if before := _REGION_BEFORE.search(ev.text, max(0, start - 12), start):
            written.append(before.group(1))
    for region in written:
        if english_key(m.group("region")) in _region_forms(glossary, region):
            return region
    return None


# `유성구청` as `Yuseong District Office`, `가람시청` as `Garam City Hall`: the office of a place.
_OFFICE = re.compile(r"^(?P<place>.+?)\s+(?:Office|Hall)$")


def _office_of(glossary: Glossary, party: BriefingParty, korean: str, claim: str) -> bool:
    """The party is a place's office (`유성구청`, looked up as the place `유성구`) and `claim` is
    the rule's own English name of the place with `Office` (or `Hall`) after it."""
    m = _OFFICE.match(claim.strip())
    name = party.name_ko.replace(" ", "")
    if m is None or not (name.endswith("청") and korean.replace(" ", "").endswith("청")):
        return False
    return glossary.check_english(korean, m.group("place")) == "official"


def _whole_body(entry: Entry, english: str) -> bool:
    """`english` is the body's own name (or abbreviation) where the entry was looked up by a
    branch of it (`<body> 디지털혁신본부`)."""
    if not entry.branch:
        return False
    names = (entry.en, *entry.en_variants, entry.abbr or "")
    return english_key(PAREN.sub(" ", english)) in {english_key(n) for n in names if n}


_KEY_RE1 = lazy_compile(r"\W+")


_KEY_RE2 = lazy_compile(r"\([^)]*\)")


def _matches(entry: Entry, english: str) -> bool:
    def key(s: str) -> str:
        return _KEY_RE1.sub(" ", _KEY_RE2.sub("", s)).casefold().strip()

    return key(english).removeprefix("the ").startswith(key(entry.en))


def _check_abbreviation(
    ev: Evidence, field: str, abbr: str, looked: tuple[str, Entry] | None, span: Span | None,
    declared: Span | None = None, initials: Span | None = None,
) -> ClaimCheck:  # fmt: skip

    def result(status: Status, note: str | None = None, hard: bool = False) -> ClaimCheck:
        return ClaimCheck(
            field=f"{field}.abbreviation", kind="name_en", claim=abbr, status=status,
            span=span, note=note, hard=hard,
        )  # fmt: skip

    if declared is not None:
        return ClaimCheck(
            field=f"{field}.abbreviation", kind="name_en", claim=abbr, status="exact",
            span=declared, note="declared in the source",
        )  # fmt: skip
    if looked is None and initials is not None:  # `NU Vice-Chancellor`, the University of Nuri
        return ClaimCheck(
            field=f"{field}.abbreviation", kind="name_en", claim=abbr, status="normalised",
            span=initials, note="the capitals of the party's English name, as the source uses them",
        )  # fmt: skip
    if looked is None:
        return result("unverified", note="the body is not in the glossary")
    entry = looked[1].as_of(ev.reference) if ev.reference else looked[1]
    if entry.abbr is None:
        return result("unverified", note="the glossary has no confirmed abbreviation")
    if _abbr_key(abbr) == _abbr_key(entry.abbr):
        return result("exact")
    every = [looked[1].abbr, *(r.abbr for r in looked[1].renames)]
    guessed = ev.facts.reference_date_origin in GUESSED_ORIGINS
    if guessed and _abbr_key(abbr) in {_abbr_key(a) for a in every if a}:
        note = "an official abbreviation of the body at some time; the document's date is not known"
        return result("unverified", note=note)
    note = f"contradicts the glossary: the official abbreviation is {entry.abbr!r}."
    if looked[1].confidence != "confirmed":  # not sure enough to re-ask
        return result(
            "unsupported", note=f"{note[:-1]} (glossary confidence: {looked[1].confidence})."
        )
    return result("unsupported", note=note, hard=True)


__all__ = ["check_english_name", "check_party", "entry_for", "find_name"]
