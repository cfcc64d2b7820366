"""Deterministic document structure: title, embargo, parties, commitments, quotes, contacts, event."""

from __future__ import annotations

import re
from datetime import date

from summarizer.lazy import lazy_compile
from summarizer.lexicon import led_start
from summarizer.models.records import Fact, Party, Region, Structure
from summarizer.structure.candidate import key
from summarizer.structure.commitments import find_commitments
from summarizer.structure.contacts import contact_orgs, find_contacts
from summarizer.structure.event import find_event
from summarizer.structure.follow_ups import joint_subject
from summarizer.structure.header import find_dateline, find_embargo, find_title
from summarizer.structure.lines import Mask
from summarizer.structure.page_kind import reports_agreement
from summarizer.structure.page_shape import is_english
from summarizer.structure.parties import find_parties
from summarizer.structure.party_fallbacks import aside_bodies, speakers_bodies
from summarizer.structure.quotes import find_quotes

# A story about a signing: asked in two parts, the Korean one first (every branch opens with
# a syllable, so the engine skips ahead by the set of them: behind a look-ahead it tested every
# character) (a sister tie is an agreement too: `자매결연을 통해 …하기로 협약했다`, `결연식`)
_SIGNED_KO = re.compile(
    r"협[약정](?:을|식|서|했|으로|에\s*따라|[’'”」』]\s*을)|양해\s*각서|합의\s*각서|결연(?:을|식|\s*협약)"
    r"|제휴(?:를|식|에\s*따라)"  # `전략적 제휴를 체결했다`
    # `이날 협약은 …취지에서 체결된 것으로`, `이번 협약은 …위해 마련됐다`: the agreement told of
    # as signed or made (a page cut before its signing sentence)
    r"|(?:이번|이날)\s*(?:업무\s*)?협[약정](?:은|이)\s[^.\n]{0,150}?(?:체결|마련)(?:된|됐|되었)"
)
# (only whether there is one is asked: found by its first letter, in any case, which the
# engine skips ahead by)
_SIGNED_EN = lazy_compile(
    led_start(
        r"MOU|MOA|memorandum|agreement|(?:statement|letter)\s+of\s+intent|joint\s+statement"
        r"|\b(?:signed|inked|struck)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:deal|pact|accord)\b",
        "mailsj",
        case_blind=True,
    ),
    re.I,
)


# what opens a sentence on the agreement's terms: `협약에 따라 여천NCC는 …하기로 했다`,
# `협약내용은 A는 …을 지원하고 B는 …을 하기로 했다`
_TERMS_LEADS = ("협약에 따라", "협약내용은", "협약 내용은")


def _terms_lead(text: str, start: int) -> bool:
    """Whether a sentence opens on the agreement's terms (after `이번` or `업무` at most; found
    as a string, this layer's patterns are many)."""
    for lead in _TERMS_LEADS:
        at = text.find(lead, start)
        while at >= 0:
            opening = text[max(start, at - 8) : at].replace("\n", ".").rsplit(".", 1)[-1]
            if "".join(opening.split()) in ("", "이번", "이", "업무", "이번업무"):
                return True
            at = text.find(lead, at + 1)
    return False


def _joint_sides(text: str, mask: Mask, body_start: int, parties: list[Party]) -> list[Party]:
    """`parties` (fewer than two) with the bodies whose heads speak, then those an aside names
    (`한편 … B대학교는`): all of them when none was found, else up to two in all."""
    if len(parties) >= 2:
        return parties
    seen = {key(n) for p in parties for n in (p.name, *p.aliases)}
    fresh: list[Party] = []

    def add(more: list[Party]) -> None:
        for p in more:
            if not any(key(p.name) in k or k in key(p.name) for k in seen):
                fresh.append(p)
                seen.add(key(p.name))

    add(speakers_bodies(text, find_quotes(text, mask, [])))
    if len(parties) + len(fresh) < 2:
        add(aside_bodies(text, mask, body_start))
    return parties + (fresh if not parties else fresh[: 2 - len(parties)])


def _signed(text: str, start: int) -> bool:
    return bool(_SIGNED_KO.search(text, start) or _SIGNED_EN.search(text, start))


def find_structure(
    text: str, facts: list[Fact], regions: list[Region], reference_date: date | None
) -> Structure:
    """The structure of a press release or article, every piece with its span in `text`."""
    mask = Mask(regions)
    title, subtitles = find_title(text, mask)
    body_start = (subtitles[-1].end if subtitles else title.end) if title else 0
    if title is not None and title.why == "after body text":
        body_start = 0  # a line below the story is no headline over it: read the story whole
    contacts = find_contacts(text, facts, mask)
    parties = find_parties(text, facts, mask, title, contact_orgs(contacts), body_start)
    # clauses after `협약에 따라` count only in a story about a signing between parties
    agreement = _signed(text, body_start)
    # (asked at most once: it may read every sentence of the body)
    joint = agreement and len(parties) < 2 and joint_subject(text, body_start)
    if joint:
        # `양 기관은 …` only: the bodies whose heads speak, and those the story turns to for
        # their background (`한편 … 설립된 B대학교는`), up to the two a joint subject names
        parties = _joint_sides(text, mask, body_start, parties)
    dateline = find_dateline(text)
    # a look-alike (an opinion piece, a briefing, a centre's opening after an earlier
    # agreement) reports no agreement: no parties, terms or signing event are its own (asked
    # first: its signing event is then never read)
    reported = reports_agreement(text, body_start)
    event = (
        find_event(text, facts, mask, body_start, dateline, parties, reference_date)
        if reported
        else None
    )
    # (or where the parties are named together only: `양 기관은`, `the two sides`)
    prose = agreement and (
        len(parties) >= 2 or joint or is_english(text[body_start:]) or _terms_lead(text, body_start)
    )
    # (quotes are read as on any page, with the parties found, though a look-alike keeps none)
    quotes = find_quotes(text, mask, parties)
    if not reported:
        parties, commitments = [], []
    else:
        commitments = find_commitments(
            text,
            mask,
            prose=prose,
            body_start=body_start,
            agreement=agreement,
            sides=tuple(n for p in parties for n in (p.name, *p.aliases)),
        )
    return Structure(
        title=title,
        subtitles=subtitles,
        embargo=find_embargo(text, facts),
        dateline=dateline,
        parties=parties,
        commitments=commitments,
        quotes=quotes,
        contacts=contacts,
        event=event,
    )


__all__ = ["find_structure"]
