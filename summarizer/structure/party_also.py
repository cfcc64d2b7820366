"""The sides of a second agreement signed at the same ceremony: `이날 A와 B 간 파트너십 협정
체결식도 진행됐다`, `또한 A, B 및 C가 함께하는 … 업무협약식도 체결`. The particle `도` on the
agreement's noun says the page reports another signing beside the first; its sides are parties
of what the page reports. The cue is searched after the signing sentence, and again after each
sentence holding it (the first two such sentences are read); a sentence that names another day (`지난 7일 …, 5일에는 … 협약도 체결`) or turns back to an earlier agreement
tells a past signing, not one at this ceremony, and is passed over."""

from __future__ import annotations

from summarizer.facts.datewords import SAME_DAY, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.lexicon import AGREEMENT_NOUNS, alternation
from summarizer.lexicon.connectives import TOLD_BEFORE, TURNS_BACK, connectives
from summarizer.models.records import Fact
from summarizer.structure.candidate import Cand, key, looks_like_org
from summarizer.structure.lines import Mask, iter_sentences
from summarizer.structure.org_names import same_body
from summarizer.structure.orgs import pieces
from summarizer.structure.party_cues import unnamed_side
from summarizer.structure.party_sentence import korean_sentence

# `협정 체결식도 진행됐다`, `업무협약식도 체결`, `협약도 맺었다`: another agreement signed too
_AGREEMENT = alternation(AGREEMENT_NOUNS)
_ALSO = lazy_compile(_AGREEMENT + r"(?:서|식)?(?:\s*체결식)?도\s*(?:체결|진행|맺|가졌|교환)")
# `이날 시는 B와도 협약을 맺었다`: the partner's own `도` says it signs a second agreement
_PARTNER_ALSO = lazy_compile(r"(?:와|과)도\s+(?:\S+\s+){0,3}?" + _AGREEMENT)
_TOPIC_BEFORE = lazy_compile(r"(?<![같많있없])(?:은|는)\s+")
# the day or time words between the topic and the partner (`같은 날 오후`, `이날`)
_DAY_LEAD = lazy_compile(
    r"\s*(?:(?:" + words_pattern(SAME_DAY) + r"|같은\s*날|오전|오후|또한|아울러|이어)\s*)+"
)
# What every match of `_ALSO` ends with, opening with a literal the engine skips ahead to: a page
# holding none (most) is not searched for `_ALSO`, whose opening syllables were tested at every
# character after the signing sentence
_ALSO_TAIL = lazy_compile(r"도\s*(?:체결|진행|맺|가졌|교환)")
# what ties the sentence to this ceremony (`이날`, `또한`, `이와 함께`)
_SAME_EVENT = lazy_compile(words_pattern(SAME_DAY) + r"|또한|아울러|이와\s*함께|이어|같은\s*날")
# another day or an earlier agreement: `지난 7일`, `5일에는`, `한편`, `… 바 있다`
_OTHER_TIME = lazy_compile(
    rf"\d{{1,2}}일|지난|{TOLD_BEFORE}|^\s*(?:{connectives(TURNS_BACK)})[\s,]"
)
_HEADS_PRESENT = lazy_compile(r"(?:참석|참여|함께\s?)한\s+가운데\s")
_LOOK = 2  # (the first few such sentences: a page tells a second signing once)


def also_signed(text: str, after: int, facts: list[Fact], named: list[Cand]) -> list[Cand]:
    """The sides of each other agreement signed at the same ceremony, told after `after` (the
    signing sentence's end), that are not among `named`."""
    cue = _ALSO.search(text, after) if _ALSO_TAIL.search(text, after) else None
    out: list[Cand] = []
    seen = [key(c.name) for c in named]
    looked = 0
    for s, e in iter_sentences(text, after):
        if cue is None or looked >= _LOOK:
            break
        if e <= cue.start():
            continue
        at, looked = cue.start(), looked + 1  # (the sentence holding the cue)
        cue = _ALSO.search(text, e)
        sent = text[s:e]
        if not _SAME_EVENT.search(sent) or _OTHER_TIME.search(sent):
            continue
        # (`A 권한대행과 B현 지사가 참석한 가운데 C와 D 간 협정 체결식도`: the heads present are
        # the first signing's; the sides follow them)
        start = max((m.end() for m in _HEADS_PRESENT.finditer(text, s, at)), default=s)
        for c in korean_sentence(text, start, e, facts) or _pair(text, start, at):
            name = key(c.name)
            if unnamed_side(c, text) or not looks_like_org(c):
                continue
            if any(name in o for o in seen):  # (`감문농협` of `김천감문농협`; `경남도유도회` is
                continue  # no `경남도`)
            seen.append(name)
            out.append(c)
    return out + _partners_also(text, after, [*named, *out])


def _partners_also(text: str, after: int, named: list[Cand]) -> list[Cand]:
    """The partner of a second agreement the same subject signed that day, told after `after`
    with `도` on the partner (`이날 시는 B와도 협약을 맺었다`, `시는 같은 날 오후 B과도 …
    협약을 체결했다`), when the page names it nowhere among `named`."""
    if text.find("와도", after) < 0 and text.find("과도", after) < 0:
        return []  # (every match of _PARTNER_ALSO holds one: no sentence of the rest is read)
    seen = [key(c.name) for c in named]
    out: list[Cand] = []
    looked = 0
    for s, e in iter_sentences(text, after):
        m = _PARTNER_ALSO.search(text, s, e)
        if m is None:
            continue
        looked += 1
        if looked > _LOOK:
            break
        sent = text[s:e]
        if not _SAME_EVENT.search(sent) or _OTHER_TIME.search(sent):
            continue
        begin = max((t.end() for t in _TOPIC_BEFORE.finditer(text, s, m.start())), default=s)
        lead = _DAY_LEAD.match(text, begin, m.start())
        begin = lead.end() if lead else begin
        for c in pieces(text, begin, m.start()):
            name = key(c.name)
            if unnamed_side(c, text) or not looks_like_org(c) or any(name in o for o in seen):
                continue
            seen.append(name)
            out.append(c)
    return out


# `C와 D 간 파트너십 협정 체결식도`: the pair the agreement is between, before `간`/`사이`
_BETWEEN = lazy_compile(r"\s*(?:간|사이)의?\s+(?:\S+\s+){0,3}?$")


def _pair(text: str, start: int, at: int) -> list[Cand]:
    """The two sides written before `간` ahead of the agreement's noun (`C와 D 간 …협정`)."""
    between = _BETWEEN.search(text, start, at)
    if between is None:
        return []
    sides = pieces(text, start, between.start())
    return sides if len(sides) >= 2 else []


# `지난해`, `앞서`, `작년`: a sentence that tells an earlier year's agreement
_EARLIER_YEAR = lazy_compile(r"지난해|작년|앞서|과거|\d{4}년")
# a signing told outright: its verb (`체결했다`, `맺었다`, `서명했다`)
_SIGNED_VERB = lazy_compile(r"(?:체결|맺|서명)(?:했|하였|었|한다)")
_TURNED_BACK = lazy_compile(rf"{TOLD_BEFORE}|^\s*(?:{connectives(TURNS_BACK)})[\s,]")


def paragraph_signings(
    text: str, mask: Mask, after: int, facts: list[Fact], named: list[Cand]
) -> list[Cand]:
    """The sides of each other signing a page reports in a paragraph of its own (a round-up:
    `A대는 지난 18일 B병원과 협약을 체결했다.` under another signing's story): a sentence
    opening its line whose clause signs outright and names two bodies, its subject not among
    `named` (the story's own signing told again names its subject once more); one telling an
    earlier year (`지난해`, `앞서`, `… 바 있다`, `한편`) is passed over, and so is every one
    on a page whose own signing left a side unnamed (`경찰이 …`: a later pair stands in for
    no side of it)."""
    verb = _SIGNED_VERB.search(text, after)  # (one search ahead: most sentences hold none)
    if verb is None or any(unnamed_side(c, text) for c in named):
        return []
    out: list[Cand] = []
    seen = [key(n) for c in named for n in (c.name, *c.aliases)]
    for s, e in iter_sentences(text, after):
        if verb is not None and verb.start() < s:
            verb = _SIGNED_VERB.search(text, s)
        if verb is None:
            break
        if verb.start() >= e or (s > 0 and text[s - 1] not in "\r\n"):
            continue  # (no signing verb; or not a paragraph's first sentence)
        if mask.blocked(s, e):
            continue
        sent = text[s:e]
        if _EARLIER_YEAR.search(sent) or _TURNED_BACK.search(sent):
            continue
        got = korean_sentence(text, s, e, facts)
        if len(got) < 2 or any(unnamed_side(c, text) or not looks_like_org(c) for c in got):
            continue
        fresh = [c for c in got if not any(same_body(key(c.name), o) for o in seen)]
        if not fresh or fresh[0] is not got[0]:
            continue  # (the story's own signing told again: its subject named already)
        for c in fresh:
            seen.append(key(c.name))
            out.append(c)
        if len(out) >= _MOST_OTHERS:
            break
    return out


# The sides of other signings a round-up adds: each sentence's sides are compared with every
# side seen, so a page of thousands of signing paragraphs was quadratic (bench_adversarial.py
# release_like, 100k characters 6.6 s). The pooled sets and tools/dump_facts.py's folders add
# at most 4.
_MOST_OTHERS = 40
