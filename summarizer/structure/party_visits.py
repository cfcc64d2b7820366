"""The bodies a signing sentence says its subject visited to sign: `A는 지난 11일부터 17일까지
B, C, D 등을 방문해 협정을 체결했다`, `16일 B(…), 18일 C(…) 등을 차례로 방문해 MOU를 체결했다`,
`B와 C를 방문하였고, 세부업무협약을 맺음으로써`.

The visit's object is the list of partners when the signing clause after it names no partner
of its own (`B시를 방문해 C와 협약을 체결했다`: C signs, B is only where): one reading of the
sentence's grammar, the object of `방문하다` standing in for the missing `와/과` partner. The
list is read back from its particle: items parted by commas, middle dots or `와/과`, each with
its bracket (a head, an English name), the day it was visited and the country before it
let go; the first item is the
words after the last word that ends in a particle or an ending (`…까지 중국 B`, `…지역인 B`).
Every item must look like a body (a place alone, a country, is no partner).
"""

from __future__ import annotations

from summarizer.lazy import lazy_compile
from summarizer.lexicon.joins import after_name
from summarizer.structure.candidate import Cand, looks_like_org
from summarizer.structure.lines import Mask, blanked
from summarizer.structure.name_cleanup import unplaced
from summarizer.structure.org_names import held
from summarizer.structure.party_rosters import clause_start
from summarizer.structure.visits import VISITED, signing_after

_WINDOW = 1500  # characters after the lead searched for the visit
# the visit (`visits.VISITED`): the object's particle (after `등` or not), an adverb of order
# before the verb; the signing verb must follow in the same sentence
_OBJECT = lazy_compile(r"(?:\s*등)?(?:을|를)\s*(?:차례로\s*|각각\s*|잇따라\s*|연이어\s*)?$")
_SENTENCE_END = lazy_compile(r"[.?!]\s|\n")
# a partner the signing clause names itself: `… C와 협약을`, `C(원장 D)과`
_OWN_PARTNER = lazy_compile(after_name() + r"(?:\s|의\s)")
_BRACKET = lazy_compile(r"\([^()]*\)")
_PARTS = lazy_compile(r"\s*[,·ㆍ]\s*|" + after_name() + r"\s+")
_DAY = lazy_compile(r"^(?:지난\s+)?(?:\d{1,2}월\s*)?\d{1,2}일\s+")
# the words before the list's first item: up to the last word ending in a particle or a
# verb's ending (`동국대는 지난 11일부터 17일까지 `, `… 위하여 필리핀 팜팡가주 내의 지역인 `)
_OPENING = lazy_compile(
    r"^.*(?:은|는|이|가|을|를|에|에서|의|로|으로|까지|부터|인|한|된|하여|위해|께서)\s+"
)
_MAX_WORDS = 3
_NAME = lazy_compile(r"[가-힣A-Za-z0-9㈜&.\- ]+")  # (a quote mark or a slash inside: no name)


def visited_partners(text: str, mask: Mask, lead_at: int, found: list[Cand]) -> list[Cand]:
    """The bodies the first signing sentence after the lead visited to sign, when its signing
    clause names no partner of its own; those `found` holds already left out."""
    hi = min(len(text), lead_at + _WINDOW)
    for m in VISITED.finditer(text, lead_at, hi):
        i = m.start()
        obj = _OBJECT.search(text, max(lead_at, i - 12), i)
        if obj is not None:
            s = clause_start(text, lead_at, obj.start())
            stop = _SENTENCE_END.search(text, m.end())
            e = stop.start() if stop is not None else len(text)
            sign = signing_after(text, m.end(), e)
            if (
                sign is not None
                and _OWN_PARTNER.search(text, m.end(), sign.start()) is None
                and not mask.blocked(s, e)
                and (items := _read_back(text, s, obj.start()))
            ):
                return [c for c in items if not held(c, found)]
    return []


def _read_back(text: str, s: int, end: int) -> list[Cand]:
    """The list of bodies that ends at `end`, read back to its first item; [] when an item
    does not look like a body or is longer than a name."""
    chunk = blanked(_BRACKET, text[s:end])
    cuts = [(p.start(), p.end()) for p in _PARTS.finditer(chunk)]
    bounds = [0] + [b for _, b in cuts]
    stops = [a for a, _ in cuts] + [len(chunk)]
    out: list[Cand] = []
    for a, b in reversed(list(zip(bounds, stops, strict=True))):
        part = chunk[a:b]
        opened = _OPENING.match(part)
        if opened is not None:
            a += opened.end()
            part = part[opened.end() :]
        day = _DAY.match(part.lstrip())
        lead = len(part) - len(part.lstrip()) + (day.end() if day else 0)
        name = part[lead:].strip()
        if not _NAME.fullmatch(name) or len(name.split()) > _MAX_WORDS:
            return []
        if not looks_like_org(Cand(name=name)):
            return []
        at = s + a + lead
        bare, placed = unplaced(name)  # (`중국 B대학`: the country no part of its name)
        at += len(name) - len(bare)
        aliases = [placed] if placed else []
        out.insert(0, Cand(name=bare, aliases=aliases, start=at, end=at + len(bare)))
        if opened is not None:
            break  # (the list's first item: the words before it are the sentence's own)
    return out


__all__ = ["visited_partners"]
