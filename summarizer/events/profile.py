"""What grouping knows of one report, computed once: parties, date, kind, text fingerprints."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from summarizer.events.dates import EventDate, event_date, local_time
from summarizer.events.lexicon import (
    AGREEMENT_WORDS_EN,
    AGREEMENT_WORDS_KO,
    LOOKALIKE_WORDS,
    SIGNING_WORDS,
)
from summarizer.events.orgs import Mention, find_mentions, is_english, known_english, korean_mention
from summarizer.events.romanize import EN_LOCAL, english_local_key
from summarizer.events.similarity import grams, sample_keys
from summarizer.events.sources import RANK, authority, is_url, outlet, published

if TYPE_CHECKING:
    from summarizer.models import SummaryResult

Kind = Literal["agreement", "mention", "other"]
LEAD_CHARS = 500  # the lead: title plus the first body lines up to this many characters
BODY_CHARS = 3000  # copies are recognised on the first this-many characters of the body
_BLANK = re.compile(r"[^\n]")
_SPACE = re.compile(r"\s+")
_SIGNING = re.compile(SIGNING_WORDS, re.IGNORECASE)
_LOOKALIKE = re.compile(LOOKALIKE_WORDS, re.IGNORECASE)
_AGREE_KO = re.compile("|".join(re.escape(w) for w in AGREEMENT_WORDS_KO))
_AGREE_EN = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in AGREEMENT_WORDS_EN) + r")\b", re.I)


@dataclass
class Profile:
    """One report as grouping sees it; `lead` and `body` index `text` by position."""

    index: int
    path: str
    text: str
    title: str  # the structure's or briefing's title ("" when none)
    shown_title: str  # for readers: the title, else the lead's first sentence
    lead_span: tuple[int, int]
    english: bool
    kind: Kind  # agreement (title or lead says so), mention (only the body), other
    mentions: list[Mention]  # the first mention of each name anywhere in the text
    core: list[Mention]  # mentions in the title and lead, plus the briefing's parties
    date: EventDate
    local_time: bool
    shingles: frozenset[int]  # 5-grams of the body: copies
    overlap: frozenset[int]  # 3-grams of title, lead and commitments: shared wording
    blocking: frozenset[str] = field(default_factory=frozenset)
    outlet: str | None = None
    authority: str = "outlet"
    published: str | None = None
    url: str | None = None

    @property
    def rank(self) -> tuple[int, int, int]:
        """Lower is more authoritative: issuer, wire, outlet; then the fuller text; then input order."""
        return (RANK[self.authority], -len(self.core) - len(self.text) // 500, self.index)


def clean_text(result: SummaryResult, text: str) -> str:
    """`text` with noise and duplicate regions blanked (offsets kept)."""
    out, pos = [], 0
    for r in sorted(result.facts.regions, key=lambda r: r.start):
        start, end = max(pos, r.start), min(len(text), r.end)
        if start >= end:
            continue
        out.append(text[pos:start])
        out.append(_BLANK.sub(" ", text[start:end]))
        pos = end
    out.append(text[pos:])
    clean = "".join(out)
    # Regions that cover nearly everything are a misreading (a one-line page taken for its
    # copyright line): the text itself is then the better guide.
    kept = len(_SPACE.sub("", clean))
    return clean if kept >= 0.3 * len(_SPACE.sub("", text)) else text


def _lead(clean: str) -> tuple[int, int]:
    """From the first body-like line (40+ characters) for LEAD_CHARS characters."""
    pos = 0
    for line in clean.splitlines(keepends=True):
        if len(line.strip()) >= 40:
            return pos, min(len(clean), pos + LEAD_CHARS)
        pos += len(line)
    return 0, min(len(clean), LEAD_CHARS)


def _title(result: SummaryResult) -> str:
    b = result.briefing
    if b is not None and b.title_ko:
        return b.title_ko
    t = result.facts.structure.title
    return t.text if t is not None else ""


_DATELINE = re.compile(r"^[\s▲△■□ㅇ•\-]*(?:[\[(][^\])\n]{1,30}[\])]\s*)?(?:[^=\n]{0,24}=\s*)?")
_SENTENCE_END = re.compile(r"다\s*[.。]|[.!?](?=\s)")


def _headline(lead: str, limit: int = 100) -> str:
    """The lead's first sentence without its dateline (`(서울=연합뉴스) 홍길동 기자 =`), cut to
    `limit` characters: a title for a report whose structure found none."""
    text = _DATELINE.sub("", lead.strip(), count=1).strip()
    end = _SENTENCE_END.search(text)
    sentence = text[: end.end()] if end else text
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def _briefing_parties(result: SummaryResult) -> list[Mention]:
    b = result.briefing
    if b is None:
        return []
    out = []
    for p in b.parties:
        mention = korean_mention(p.name_ko)
        if p.name_en:  # the model's English name, for English reports that write it so
            mention = replace(mention, en=mention.en | {p.name_en.casefold()})
        local = EN_LOCAL.search(p.name_en or "")  # `Gangnam-gu, Seoul`: its romanised key
        if local is not None:
            key = english_local_key(local.group(1), local.group(2) or local.group(3))
            mention = replace(mention, en=mention.en | {key})
        out.append(mention)
        named = known_english(p.name_en or "")
        if named is not None:
            out.append(named)
    return out


def _commitments(result: SummaryResult) -> str:
    b = result.briefing
    items = [c.text_ko for c in b.commitments] if b is not None else []
    items += [c.text for c in result.facts.structure.commitments]
    return " ".join(items)


def _kind(title: str, lead: str, body: str, english: bool) -> Kind:
    words = _AGREE_EN if english else _AGREE_KO
    head = title + " " + lead
    announced = _LOOKALIKE.search(head) and not _SIGNING.search(head)
    if announced:  # a selection or call that only mentions agreements (to come)
        return "other"
    if words.search(head):
        return "agreement"
    return "mention" if words.search(body) else "other"


def look_alike(a: Profile, b: Profile) -> bool:
    """One reports an agreement, the other never mentions one (a selection, an award …)."""
    return {a.kind, b.kind} == {"agreement", "other"}


def build_profile(index: int, result: SummaryResult, text: str) -> Profile:
    """The profile of one report; `text` is the text its offsets index."""
    clean = clean_text(result, text)
    a, b = _lead(clean)
    title = _title(result)
    lead = clean[a:b]
    english = is_english(text)
    every = find_mentions(text)
    core = _distinct([m for m in every if a <= m.start < b])
    t = result.facts.structure.title
    if t is not None:
        core = _distinct(core + [m for m in every if t.start <= m.start < t.end])
    core = _distinct(core + _briefing_parties(result))
    mentions = _distinct(every)
    body = clean[a : a + BODY_CHARS]
    path = result.facts.source.path
    keyed = title + " " + lead
    return Profile(
        index=index,
        path=path,
        text=text,
        title=title,
        shown_title=title or _headline(lead),
        lead_span=(a, b),
        english=english,
        kind=_kind(title, lead, clean, english),
        mentions=mentions,
        core=core,
        date=event_date(result, (a, b)),
        local_time=local_time(text),
        shingles=grams(body, 5),
        overlap=grams(keyed + " " + _commitments(result), 3),
        blocking=frozenset(
            {"o:" + k for m in core for k in _org_keys(m)} | {"s:" + g for g in sample_keys(keyed)}
        ),
        outlet=outlet(result, text),
        authority=authority(result, text),
        published=published(result),
        url=path if is_url(path) else None,
    )


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """The first mention of each body name (same canon and keys), in order."""
    seen: dict[tuple[object, ...], Mention] = {}
    for m in mentions:
        seen.setdefault((m.canon, m.keys, m.en), m)
    return list(seen.values())


def _org_keys(m: Mention) -> set[str]:
    """Blocking keys under which any mention naming the same body is also filed."""
    out = {m.canon}
    for k in m.keys:
        out.add("t:" + k[-3:])  # a tail: `경남은행` and `BNK경남은행` share `남은행`
        out.add("a:" + k[:2] + k[-1])  # abbreviations: `서울대병원` of `서울대학교병원`
        out.add("p:" + k[:3])  # short forms: `계명문화대` of `계명문화대학교`
    out |= {"e:" + e for e in m.en}
    return out


__all__ = ["Kind", "Profile", "build_profile", "clean_text", "look_alike"]
