"""Members a count names in its bracket: `A는 B 및 9개 항공사(C, D, …, K)와 협약을 체결했다`,
`가람구와 카페 2개소(누리맘, 별빛댁)는`, `중부 4군(가람·누리·별빛·솔빛군)이`, `A 외 7개
문화재단(B, C, …)이 참여했다`.

A multi-party agreement often names its members only as a roster after their count. The count
is the cue and the check: a bracket opening right after a number and its counter (`곳`,
`개소`, `4군`) or a kind word of bodies (`개 항공사`, `개 기관`, `lexicon.counts.MEMBER_KINDS`)
is read, and its items are taken only when they are exactly as many as the count (a roster
whose length disagrees with its count is withheld: a bracket of examples, `(A, B 등)`, or of
fields is no roster). Members written with one shared ending (`가람·누리·별빛군`) each get it.

A roster of an earlier agreement (`한편, 지난해 3개 기관(…)과 맺은 협약`) is not this one's: a
bracket in a sentence opening with `한편`/`앞서` or naming an earlier year is not read, and only
the first `_WINDOW` characters after the lead are searched, from each `(` (the cue), a bounded
window back for the count.
"""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import AGREEMENT_NOUNS, alternation, marks
from summarizer.lexicon.connectives import PAST_YEAR, TURNS_BACK, connectives
from summarizer.lexicon.counts import MEMBER_COUNTERS, MEMBER_KINDS
from summarizer.structure.candidate import Cand
from summarizer.structure.lines import Mask, blanked
from summarizer.structure.org_names import held
from summarizer.structure.party_rosters import bulleted_items, clause_start, list_items
from summarizer.structure.party_words import is_body

_WINDOW = 1500  # characters after the lead searched for a counted bracket
_BACK = 16  # characters before a `(` read for its count
_MAX = 30  # a count above this is a programme's, not one signing's members
# the count and its counter or kind word just before the bracket: `9개 항공사`, `2개소`, `4군`,
# `6개 대학교`, `7개 문화재단`
_COUNT_BEFORE = lazy_compile(
    r"(?<![\d.])(?P<n>\d{1,2})\s*(?:(?P<counter>"
    + "|".join(MEMBER_COUNTERS)
    + r")|개\s*(?P<kind>[가-힣·]{1,8}))\s*$"
)
_KIND_LAST = frozenset(k[-1] for k in (*MEMBER_KINDS, *MEMBER_COUNTERS))
_BRACKET = lazy_compile(r"\((?P<items>[^()\n]{3,400})\)")
# items are split at commas and middle dots, at a full stop a space follows (`A. B`: a typo for
# a comma inside a roster), and at a full stop between two Korean names, written for a middle
# dot (`3개 은행(가람은행.나래은행.다솜은행)`: the count checks the items)
_SEPARATORS = lazy_compile(r"\s*(?:[,·ㆍ、]|\.(?=\s)|(?<=[가-힣])\.(?=[가-힣]))\s*")
_ITEM = lazy_compile(r"[가-힣A-Za-z0-9㈜&]+(?:\s[가-힣A-Za-z0-9㈜&]+){0,3}")
# an earlier agreement's sentence: `한편, …`, `앞서 …`, `지난해 …`
_EARLIER = lazy_compile(rf"^\s*(?:{connectives(TURNS_BACK)}|이에\s*앞서)|{PAST_YEAR}")
_SHARED = ("군", "시", "구")  # an ending a counted bracket's members share (`4군(A·B·C군)`)
_SHARED_RUN = ("군", "시", "구", "은행")  # the same in a run with no bracket (`A·B·C은행`)
# what may follow the bracket: a particle, or no word (`동남4군(A·B·C·D)지역신문`: the bracket
# names the places of the noun glued after it, not members)
_AFTER = lazy_compile(
    r"(?:이|가|은|는|과|와|을|를|의|도|에|에서|와의|과의|와도|과도|이며|이다|등|간)?(?![가-힣])"
)  # an ending one roster's members share (`가람·누리·별빛군`)


def counted_members(
    text: str, mask: Mask, lead_at: int, found: list[Cand]
) -> tuple[list[Cand], list[str]]:
    """The members of each counted bracket after the lead that `found` does not hold yet, and
    the counts whose members were read (`중부 3군`, `9개 항공사`: no party of their own)."""
    out: list[Cand] = []
    counts: list[str] = []
    hi = min(len(text), lead_at + _WINDOW)
    i = text.find("(", lead_at, hi)
    while i >= 0:
        # (a count's kind or counter ends right before the bracket: its last letter is asked
        # first, most brackets being a head's or an alias's)
        read = _members(text, i, lead_at) if text[i - 1 : i] in _KIND_LAST else None
        if read is not None:
            members, counted = read
            counts.append(counted)
            for c in members:
                if not mask.blocked(c.start or 0, c.end or 0) and not held(c, [*found, *out]):
                    out.append(c)
        i = text.find("(", i + 1, hi)
    return out, counts


def is_count_of(name: str, counts: list[str]) -> bool:
    """Whether `name` is one of `counts` (`충청 중부 3군` ends with `3군`), spaces aside."""
    squashed = name.replace(" ", "")
    return any(squashed.endswith(k) for k in counts)


def _members(text: str, at: int, lo: int) -> tuple[list[Cand], str] | None:
    """The items of the bracket at `at` when a count of bodies opens it and they are as many,
    with the count (spaces squashed)."""
    m = _COUNT_BEFORE.search(text, max(lo, at - _BACK), at)
    if m is None:
        return None
    kind = m.group("kind")
    if kind is not None and not kind.endswith(MEMBER_KINDS):
        return None  # (`3개 분야(…)`, `4개 공항(…)`: a count of fields or places)
    n = int(m.group("n"))
    b = _BRACKET.match(text, at)
    if b is None or not 2 <= n <= _MAX or _earlier(text, lo, at):
        return None
    if not _AFTER.match(text, b.end()):
        return None
    items = _items(text, b.start("items"), b.end("items"))
    if len(items) != n:
        return None  # (the count is the check: `(A, B 등)`, a bracket of examples)
    ending = m.group("counter") or kind or ""
    return _shared(items, ending), m.group(0).replace(" ", "")


def _items(text: str, a: int, b: int) -> list[Cand]:
    """The bracket's items with their places; none when one is not a name."""
    out: list[Cand] = []
    pos = a
    for part in _SEPARATORS.split(text[a:b]):
        at = text.find(part, pos, b)
        pos = at + len(part)
        name = part.strip()
        if not _ITEM.fullmatch(name) or len(name) < 2:
            return []
        out.append(Cand(name=name, start=at, end=at + len(name)))
    return out


def _shared(items: list[Cand], ending: str) -> list[Cand]:
    """`4군(가람·누리·별빛군)`: the ending the last item carries is every bare item's."""
    last = items[-1].name
    suffix = next((s for s in _SHARED if ending.endswith(s) and last.endswith(s)), None)
    if suffix is None:
        return items
    out = []
    for c in items:
        if not c.name.endswith(suffix) and len(c.name) <= 3 and not is_body(c.name):
            c = Cand(name=c.name + suffix, aliases=[c.name], start=c.start, end=c.end)
        out.append(c)
    return out


def _earlier(text: str, lo: int, at: int) -> bool:
    """Whether the sentence holding `at` tells an earlier agreement (`한편, 지난해 …`)."""
    start = max(lo, text.rfind("\n", lo, at) + 1, text.rfind(". ", lo, at) + 2)
    return _EARLIER.search(text, start, at) is not None


# `가람·누리·별빛군은`, `가람.누리.별빛은행 등`: bare names joined by middle dots (or full stops
# with no space), the last carrying the ending they share
_RUN = lazy_compile(
    r"(?<![가-힣A-Za-z0-9])(?P<run>(?:[가-힣]{1,4}[·ㆍ.](?! )){2,11}[가-힣]{1,4}?)"
    r"(?P<end>" + "|".join(_SHARED_RUN) + r")"
)
_RUN_KIND = lazy_compile(r"\s*[가-힣]{0,4}?(?:" + "|".join(_SHARED_RUN) + ")")
_JOINT = re.compile(r"[가-힣][·ㆍ.][가-힣]")  # a run's joint: a name on either side
_LEADER = lazy_compile(r"(?P<name>[가-힣]{1,6})(?:을|를)\s*비롯(?:해|한|하여)?\s*$")
_RUN_WINDOW = 600  # characters after the lead a shared-ending run is looked for in
_COUNT_NEAR = 300  # characters either side of the run its count is looked for in


def shared_run_members(text: str, lead_at: int, found: list[Cand]) -> list[Cand]:
    """`홍천·철원·화천군은`, `A은행을 비롯 B.C.D은행 등 4개 지방은행들이`: the bodies a run of
    bare names sharing one ending names near the lead, each with the ending, taken only when
    the page counts them (`3개군`, `4개 지방은행`) as many as the run's bodies. A side found as
    a bare stem gets the ending (`가람` -> `가람군`); one holding the whole run is let go."""
    hi = min(len(text), lead_at + _RUN_WINDOW)
    if not _run_counted(text, lead_at, min(len(text), hi + _COUNT_NEAR)):
        return []  # (no count of towns or banks near the lead: no run is read)
    past = lead_at
    for joint in _JOINT.finditer(text, lead_at, hi):
        if joint.start() < past:
            continue  # (a joint inside a run already read)
        m = _run_at(text, max(lead_at, joint.start() - 3), joint.start() + 1, hi)
        if m is None:
            continue
        past = m.end()
        end = m.group("end")
        stems = re.split(r"[·ㆍ.]", m.group("run"))
        if not all(stems) or any(len(x) >= 3 and x.endswith(_SHARED_RUN) for x in stems[:-1]):
            continue  # (`가람시·누리군·별빛군`: each name has its own ending; `양구` is bare)
        items = _run_items(m, stems, end)
        leader = _LEADER.search(text, max(lead_at, m.start() - 12), m.start())
        if leader is not None and leader.group("name").endswith(end):
            name = leader.group("name")
            items.insert(0, Cand(name=name, start=leader.start(), end=leader.start() + len(name)))
        if not _counted(text, m.start(), m.end(), len(items), end):
            continue
        run = m.group(0)
        found[:] = [c for c in found if run not in c.name]
        for c in found:
            if c.name in stems:  # (a bare stem read as a side: its ending given)
                c.aliases = [c.name, *c.aliases]
                c.name = c.name + end
        return [c for c in items if not held(c, found)]
    return []


def _run_counted(text: str, lo: int, hi: int) -> bool:
    """Whether a count of a run's kind (`5개군`, `6개 지방은행`) stands between `lo` and `hi`,
    found from each `개` with a digit before it."""
    i = text.find("개", lo, hi)
    while i >= 0:
        if text[i - 2 : i].strip()[-1:].isdigit() and _RUN_KIND.match(text, i + 1, hi):
            return True
        i = text.find("개", i + 1, hi)
    return False


def _run_at(text: str, a: int, b: int, hi: int) -> re.Match[str] | None:
    """The run whose first name starts between `a` and `b` (its first joint just after)."""
    for at in range(a, b):
        m = _RUN.match(text, at, hi)
        if m is not None:
            return m
    return None


def _run_items(m: re.Match[str], stems: list[str], end: str) -> list[Cand]:
    out = []
    at = m.start("run")
    for stem in stems:
        name = stem + end
        out.append(Cand(name=name, aliases=[stem], start=at, end=at + len(stem)))
        at += len(stem) + 1
    return out


def _counted(text: str, a: int, b: int, n: int, end: str) -> bool:
    """Whether the page counts `n` bodies of the run's kind near it (`5개군`, `6개 지방은행`)."""
    lo, hi = max(0, a - _COUNT_NEAR), min(len(text), b + _COUNT_NEAR)
    pattern = re.compile(r"(?<![\d.])" + str(n) + r"\s*개\s*(?:[가-힣]{0,4}" + re.escape(end) + ")")
    return pattern.search(text, lo, hi) is not None


# `A, B, C 등 3개 기업과`, `A·B·C·D 등 4개 대학교 총장들이`, `… 14개 기관 및 단체의 대표들로`,
# `▲A ▲B … 등 7개다`: a list closed by its count of bodies (a kind, `및` a second kind, the
# people who stand for them, then a particle or the copula; a bare `N개` only before the copula)
_LIST_COUNT = lazy_compile(
    r"\s*(?:등\s*)?(?:총\s*)?(?P<n>\d{1,2})\s*개\s*(?:"
    r"(?:[가-힣]+\s)??(?P<kind>[가-힣]{1,8}?)(?:\s*및\s*[가-힣]{1,6}?)?"
    r"(?:\s*(?:대표|관계자|임직원|총장|기관장|단체장))?(?:들)?"
    r"(?:과|와|이|가|은|는|의|로|으로|이다|이며)"
    r"|(?:이다|다)(?=[.\s]))(?![가-힣])"
)
_NUMBER_BEFORE = lazy_compile(r"(?:등\s*)?(?:총\s*)?\d{1,2}\s*$")
# the marks that part a list's items (bullets, which open each item, are read apart)
_PARTS = lazy_compile(r"[,·ㆍ、]")
_BRACKETS = lazy_compile(r"\((?!(?:주|유|재|사)\))[^()]*\)")
_BULLET = lazy_compile(rf"[{marks.INLINE}]")
_SEPARATED = lazy_compile(rf"[,·ㆍ、{marks.INLINE}]")
_SENTENCE_END = lazy_compile(r"\.\s|\n")
# a sentence telling the agreement itself (`협약을 맺은 병의원은 …`, `… 투자협약을 체결했다`)
_AGREEMENT = lazy_compile(alternation((*AGREEMENT_NOUNS, "체결", "결연")))
# `X를 비롯해 △A △B …`: the body the list is led by, one of the count
_LEAD_BY = lazy_compile(r"(?P<name>[가-힣A-Za-z0-9㈜&]{2,20})(?:을|를)\s*비롯(?:해|한|하여)\s*$")


def listed_members(
    text: str, lead_at: int, found: list[Cand], signing: tuple[int, int] | None = None
) -> list[Cand]:
    """`㈜A, (유)B, C㈜ 등 3개 기업 대표들이 참석한 가운데 투자협약을 체결했다`, `A·B·C·D 등
    4개 대학교 총장들이`, `기보를 비롯해 △A △B △C 총 4개 기관이`: the items of a list closed
    by a count of bodies near the lead, taken only when they are exactly as many as the count
    (found from each `개`, the list read back from the count, `counted_list`) and the list is
    the signing's: its own sentence tells the agreement, or the signing sentence (`signing`)
    counts as many sides (`N개 기관과 협약`, or N-1 partners of its subject). A list of the
    bodies meeting at a council, of sponsors or of members, tied to no signing, is not read."""
    hi = min(len(text), lead_at + _WINDOW)
    i = text.find("개", lead_at, hi)
    while i >= 0:
        # (`개` opens many words, `개최`, `개발`: a digit just before it is asked first)
        before = text[i - 2 : i].strip()
        num = (
            _NUMBER_BEFORE.search(text, max(lead_at, i - 10), i) if before[-1:].isdigit() else None
        )
        if num is not None:
            m = _LIST_COUNT.match(text, num.start() - 1 if num.start() > lead_at else num.start())
            got = _closed_list(text, lead_at, num.start(), m) if m is not None else None
            # (a bare count, `등 7개다`, says nothing of what it counts: the items must show it)
            named = m is not None and (m.group("kind") is not None or _bodies(got or []))
            if got and named and _tied(text, lead_at, num.start(), len(got), signing):
                return [c for c in got if not held(c, found)]
        i = text.find("개", i + 1, hi)
    return []


def _closed_list(text: str, lo: int, at: int, m: re.Match[str]) -> list[Cand] | None:
    """The list before the count at `at`, when the count's kind is a body's (or the copula
    closes a bare count) and it numbers the list's items, each a name."""
    kind = m.group("kind")
    if kind is not None and not kind.endswith(MEMBER_KINDS):
        return None
    n = int(m.group("n"))
    start = clause_start(text, lo, at)
    if n < 2 or _SEPARATED.search(text, start, at) is None:
        return None  # (no comma, dot or bullet before the count: no list; the cheap test first)
    if _earlier(text, lo, at):
        return None
    return counted_list(text, start, at, n)


def _bodies(items: list[Cand]) -> bool:
    """Whether at least half the items name a body by their form (`is_body`): a list of fields
    or tasks under a bare count (`▲인력 교류 ▲공동 연구 등 2개다`) is no list of sides, while a
    list of sides may hold a clinic or a short name the form test does not know."""
    return 2 * sum(is_body(c.name) for c in items) >= len(items)


def _tied(text: str, lo: int, at: int, n: int, signing: tuple[int, int] | None) -> bool:
    """Whether the list of `n` ending at `at` is the signing's: its sentence tells the
    agreement, or the signing sentence counts `n` sides or `n - 1` partners."""
    stop = _SENTENCE_END.search(text, at)
    if _AGREEMENT.search(text, clause_start(text, lo, at), stop.start() if stop else len(text)):
        return True
    if signing is None:
        return False
    counted = re.compile(rf"(?<![\d.])(?:{n}|{n - 1})\s*(?:개|곳)")
    return counted.search(text, *signing) is not None


def counted_list(text: str, start: int, at: int, n: int) -> list[Cand] | None:
    """The `n` bodies of the list that ends at `at` (its clause opening at `start`), read back
    from its end. Items parted by commas or middle dots: when the clause holds more parts than
    `n`, the list opens at the `n`-th part from its end, whose first words are cut away
    (`영·호남을 대표하는 A·B·C·D`); a single name there instead is one more item, and the
    count numbers another list. Items opened by bullets: the bulleted items are the list, each
    with its bracket (a head, a place) let go, and a body they are led by (`X를 비롯해 ▲A ▲B`)
    one of the count. None when the items are more or fewer, or one is not a name."""
    bullet = _BULLET.search(text, start, at)
    if bullet is not None and _BULLET.search(text, bullet.end(), at) is not None:
        led = _LEAD_BY.search(text, start, bullet.start())
        items = bulleted_items(text, bullet.start(), at, closed=True)
        if led is not None:
            name = led.group("name")
            items.insert(0, Cand(name=name, start=led.start(), end=led.start() + len(name)))
        return items if len(items) == n else None
    chunk = blanked(_BRACKETS, text[start:at])
    cuts = [0] + [p.end() for p in _PARTS.finditer(chunk)]
    first = len(cuts) - n
    if first > 0:  # (more parts than the count: the list opens inside the n-th from the end)
        words = chunk[cuts[first] : cuts[first + 1]]
        if len(words.split()) < 2:
            return None  # (one more name before the count's: the count is not this list's)
        start += cuts[first]
    items = list_items(text, start, at)
    return items if len(items) == n else None


__all__ = ["counted_members", "is_count_of", "listed_members", "shared_run_members"]
