"""Parties a stated count says are still missing: `가람시는 국내 기업 세 곳과 투자협약을
체결했다` and the three named one by one below it (`별빛테크(대표 김가람)는 …`), `㈜A, B, C 등
3개 투자기업 대표는`, `협약기업 3곳(A, B, C)`, `A를 비롯한 B, C, D는`.

The rules that read the signing sentence find its subject and the partners it names; a
signing among many bodies often names them elsewhere, in a list or one per sentence. The count
the page states is the check: when the parties found are fewer than it, bodies are taken, in
the page's order, from the lists near the signing (a list closed by `등 N개 기업`, a count's
bracket, a roster `… 등이 참석한 가운데`) and from names carrying their head in a bracket
(`별빛테크(대표 김가람)`), until the count is met. Without a count only a list that holds a
party already found, or one of exactly the number its count states, is read. A name taken
without an exact list behind it is marked unsure (`why="count"`).

Only a window after the signing sentence is read (`_WINDOW` characters), each cue searched once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import product

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    NATIVE_NUMBERS,
    NON_SIGNING_ROLES,
    SIGNER_KINDS,
    TITLE_WORDS,
    TOWN_CLASS,
    alternation,
)
from summarizer.lexicon.counts import BARE, SIGNER_NUMBER, WITH, count
from summarizer.lexicon.joins import JOIN, NAME_END
from summarizer.structure.candidate import Cand, as_person, key
from summarizer.structure.lines import Mask
from summarizer.structure.org_names import abbreviates
from summarizer.structure.party_rosters import clause_start, list_items, rosters, taken
from summarizer.structure.party_words import is_body

_WINDOW = 1500  # characters read after the signing sentence's start
_COUNT_WINDOW = 800  # of them, where a count of all the signers is looked for
_SENTENCE = 400  # characters of the signing sentence read for its count and names
_MAX = 12  # a count above this is a programme's (`20개 마을과 20개 기업`), not the signers
_NUMBERS = NATIVE_NUMBERS
_NUM = SIGNER_NUMBER
# the noun a count of signers stands before: bodies, not departments, fields or villages
_BODY_NOUN = (
    r"(?:[가-힣]{0,8}(?:"
    + "|".join(SIGNER_KINDS)
    + r"|대학|병원|금융사|협회|조합|시군|시·군)|사|곳|개사)"
)
_BODY_WORD = lazy_compile(_BODY_NOUN + r"(?:과|와|이|가|은|는|의|도|들)?")
# `국내 기업 세 곳`: the count the signing sentence gives, read as a side by the sentence rules
_COUNT_NAME = re.compile(count(BARE, number=_NUM))
# `4개 기업과`, `기업 네 곳과`, `의료기관 2곳과`, `등 5개 유망중소기업과`: partners counted
_PARTNERS = lazy_compile(
    count(("곳", r"개\s*" + _BODY_NOUN, "기관", "기업", "업체"), number=_NUM, name="n")
    + WITH
    + r"(?=\s)"
)
# `A는 B와 공동으로 …`, `A는 B와 함께 …`: a second subject before the counted partners
_JOINTLY = lazy_compile(rf"[{NAME_END}]{JOIN}\s+(?:공동으로|함께)\s")
# `4개 기관이`, `이들 4개 기관은`, `7개 재난안전 관련 기관이`, `세 기관이`, `3자 업무협약`: all
# the signers, each form found from its cue word (`개`, `기관`, `자`): a pattern opening with a
# digit is tried at every digit of the page (dates, phones), 40 µs a page
_TOTALS = (
    (
        "개",
        re.compile(
            r"(?P<n>" + _NUM + r")\s*개\s*(?:[가-힣]+\s){0,2}(?:유관)?(?:기관|단체)(?:[·ㆍ]단체)?"
            r"(?:과\s*(?:대학|기업))?(?:이|가|은|는|의)\s"
        ),
    ),
    ("기관", re.compile(r"(?P<n>" + _NUM + r")\s*기관(?:이|은|의)\s")),
    ("자", re.compile(r"(?P<n>[3-9])\s*자\s*(?:간\s*)?(?:업무\s*)?(?:협약|MOU|양해각서)")),
)
# a count just before a cue word (searched from the cue: a pattern opening with a count is
# tried at every character)
_NUM_BEFORE = re.compile(_NUM + r"\s*$")
# a list closed by `등`: `A, B, C 등 3개 기업과`, `A·B 등이 참석한 가운데`
_AND_SO_ON = lazy_compile(
    r"\s*등\s*(?:(?:총\s*)?(?P<n>" + _NUM + r")\s*개\s*(?P<noun>(?:[가-힣]+\s){0,2}[가-힣]+)"
    r"|(?:이|과|와|은|는|의|도)(?=\s))"
)
# `별빛테크(대표 김가람)`: a name with its head in a bracket is a body (the bracket matched
# at each `(`, the name read back from it)
_HEAD_BRACKET = lazy_compile(r"\(\s*" + alternation(TITLE_WORDS) + r"\s+[가-힣]{2,4}\s*\)")
_NAME_BEFORE = lazy_compile(r"(?:㈜|\(주\))?[가-힣A-Za-z0-9&]{2,20}(?:\((?:주|유)\)|㈜)?$")
# `가람시를 비롯한 B, C는`: the body before `비롯한` is one of the list after it
_LED_BY = lazy_compile(r"(?P<name>(?:\S+\s)?\S+?)(?:을|를)\s*비롯(?:한|해)\s")
_LEGAL = lazy_compile(r"㈜|\((?:주|유|재|사)\)")


def counted_fill(
    text: str, mask: Mask, sign: tuple[int, int] | None, found: list[Cand]
) -> list[Cand]:
    """Bodies to add to `found` so that the signers number what the page states."""
    if sign is None or (not found and _partners(text, sign[0], sign[0] + _SENTENCE) is None):
        return []
    s, e = sign[0], min(sign[1], sign[0] + _SENTENCE)  # (a page without full stops: one line)
    end = min(len(text), s + _WINDOW)
    # (a pair the signing sentence names surely: `A는 B와 체결했다`)
    paired = sum(c.why is None and _COUNT_NAME.search(c.name) is None for c in found) >= 2
    want = _wanted(text, s, e, end, paired)
    have = len(found) if want is None else sum(not _COUNT_NAME.search(c.name) for c in found)
    if want is not None and have >= want:
        return []
    out: list[Cand] = []
    # a plain list naming the partners (want - 1) or every signer (want) is exact
    sizes = {want - 1, want} if want is not None else set()
    cands = _candidates(text, s, e, end, found, want is not None, sizes)
    taken = [_bare(key(n)) for c in found for n in (c.name, *c.aliases) if n]
    read = [(c.start, c.end) for c in found if c.start is not None and c.end is not None]
    for cand, sure in cands:
        if want is not None and have + len(out) >= want:
            return out
        if _fresh(cand, taken, mask) and not _within(cand, read):
            out.append(cand if sure else replace(cand, why="count"))
            taken.append(_bare(key(cand.name)))
    if want is not None and have + len(out) < want:
        # short of the count after the lists: the bodies by form in the signing's lines
        for cand in _loose(text, s, _next_line_end(text, e)):
            if have + len(out) >= want:
                break
            if _fresh(cand, taken, mask) and not _within(cand, read):
                out.append(replace(cand, why="count"))
                taken.append(_bare(key(cand.name)))
    return out


def _fresh(cand: Cand, taken: list[str], mask: Mask) -> bool:
    """A candidate not masked (a caption, a related headline) nor one body with a name taken."""
    if cand.start is not None and mask.blocked(cand.start, cand.end or cand.start):
        return False
    names = [_bare(key(n)) for n in (cand.name, *cand.aliases) if n]
    return not any(_same_body(x, y) for x in taken for y in names)


def _within(cand: Cand, read: list[tuple[int, int]]) -> bool:
    """Whether `cand` was read from inside a party's own name (`가람구` of `가람구 정신건강
    복지센터`, a party already found): a piece of a name is no second body."""
    s = cand.start
    return s is not None and any(a <= s < b for a, b in read)


def _number(m: re.Match[str], group: str) -> int:
    n = m.group(group)
    return _NUMBERS[n] if n in _NUMBERS else int(n)


def _counted(
    text: str, lo: int, hi: int, cue: str | re.Pattern[str], pattern: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The matches of `pattern`, which opens with a count, holding a `cue` word between `lo`
    and `hi`: each found from its cue, the count read back from it (one or two characters
    before it are a digit or a numeral's last letter, else no pattern is tried)."""
    starts = (
        _finds(text, cue, lo, hi)
        if isinstance(cue, str)
        else (c.start() for c in cue.finditer(text, lo, hi))
    )
    for i in starts:
        if text[i - 1 : i] not in _COUNT_ENDS and text[max(0, i - 2) : i - 1] not in _COUNT_ENDS:
            continue
        n = _NUM_BEFORE.search(text, max(lo, i - 4), i)
        if n is not None and (m := pattern.match(text, n.start(), min(hi, i + 60))):
            yield m


_COUNT_ENDS = frozenset("0123456789두세네섯곱덟홉열")  # a count's last character
_PARTNER_CUE = re.compile("곳|개|기관|기업|업체")


def _partners(text: str, s: int, e: int) -> re.Match[str] | None:
    """The signing sentence's count of partners (`4개 기업과`)."""
    return next(_counted(text, s, e, _PARTNER_CUE, _PARTNERS), None)


def _wanted(text: str, s: int, e: int, end: int, paired: bool = False) -> int | None:
    """How many bodies signed: the signing sentence's partners and its subject, or the count
    the page gives of all the signers. When the signing sentence names a pair (`paired`), a
    count of those who attended (`… 등 5개 기관이 참석했다`) counts guests too, not signers."""
    p = _partners(text, s, e)
    if p is not None and 2 <= (n := _number(p, "n")) <= _MAX:
        # (the subject and its partners; `A는 B와 공동으로 C 5개사와`: B signs beside A)
        return n + 1 + (_JOINTLY.search(text, s, p.start()) is not None)
    first = min(
        (
            m
            for cue, p in _TOTALS
            if (m := next(_counted(text, s, min(end, s + _COUNT_WINDOW), cue, p), None))
        ),
        key=lambda m: m.start(),
        default=None,
    )
    if first is None or (paired and _ATTENDED.match(text, first.end())):
        return None
    n = _number(first, "n")
    return n if 3 <= n <= _MAX else None


_ATTENDED = re.compile(r"\s*(?:[가-힣]+\s){0,2}?참석")


def _candidates(
    text: str, s: int, e: int, end: int, found: list[Cand], counted: bool, sizes: set[int]
) -> list[tuple[Cand, bool]]:
    """Bodies near the signing, in the page's order, each with whether an exact list names it."""
    got: list[tuple[int, Cand, bool]] = []
    keys = [_bare(key(n)) for c in found for n in (c.name, *c.aliases) if n]
    # (without a count, only the signing sentence and the line after it are read)
    near = end if counted else _next_line_end(text, e)
    lists = _lists(text, s, near, None if counted else keys)
    lists += _roster_lists(text, s, near, None if counted else keys, sizes)
    for items, exact in lists:
        # (without a count, `_lists` and `_roster_lists` read only a list whose line holds a
        # party's name; it must hold the party itself, not `가람시의회` for `가람시`)
        if not exact and not counted and not any(_covers(o, c) for o, c in product(found, items)):
            continue
        # (without a count, a person's office is no side: `민상원 기획처장` is the host's unit)
        got += [
            (c.start or 0, c, exact)
            for c in items
            if exact
            or (counted and c.head is not None)  # (`김수갑 충북대총장` under a count: 충북대)
            or (is_body(c.name.split()[-1]) and (counted or c.head is None))
        ]
    if counted:
        got += [(c.start or 0, c, False) for c in _headed_names(text, s, end)]
        for i in _finds(text, "비롯", s, e):
            m = _LED_BY.search(text, max(s, i - 40), i + 4)
            led = _led(m) if m is not None else None
            if led is not None:
                got.append((m.start() if m else i, led, False))
    got.sort(key=lambda g: g[0])
    return [(c, sure) for _, c, sure in got]


def _finds(text: str, word: str, lo: int, hi: int) -> Iterator[int]:
    i = text.find(word, lo, hi)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, hi)


def _headed_names(text: str, s: int, end: int) -> list[Cand]:
    """`별빛테크(대표 김가람)`: the names carrying their head in a bracket."""
    out = []
    for i in _finds(text, "(", s, end):
        if _HEAD_BRACKET.match(text, i) is None:
            continue
        name = _NAME_BEFORE.search(text, max(s, i - 26), i)
        if name is not None:
            out.append(_cand(name.group(0), name.start()))
    return out


def _led(m: re.Match[str]) -> Cand | None:
    """The body before `비롯한`: `가람시`, or the one `홍길동 가람도교육감` heads."""
    name = m.group("name")
    person = as_person(name)
    if person is not None and person[0] is not None:
        return Cand(name=person[0], head=person[1], start=m.start("name"), end=m.end("name"))
    last = name.split()[-1]
    if not is_body(last):
        return None
    return _cand(last, m.end("name") - len(last))


# a word of the signing's paragraph, without its particle (`제일병원에서` -> `제일병원`)
_WORD = lazy_compile(
    # (`동강D&F영농조합`, `가람F&B`: an ampersand inside a name, never opening it)
    r"(?<![가-힣A-Za-z0-9㈜)·ㆍ&])(?P<w>[가-힣A-Za-z0-9㈜][가-힣A-Za-z0-9㈜&]{1,19}?)"
    r"(?:에서는|에서|에게|에는|으로|로|과|와|은|는|이|가|의|을|를|도|에)?(?=[\s,.])"
)
# `교육부가 주관하는`, `A의 후원으로`: a body with a role beside the signing
_ROLE_AFTER = lazy_compile(r"\s*(?:의\s*)?" + alternation(NON_SIGNING_ROLES))


# `가람시 솔빛동에 소재한`, `가람군에 위치한`: a town told as where a body stands
_PLACE_AFTER = lazy_compile(r"(?:\s+[가-힣0-9]+(?:동|읍|면|리)(?:에|의)?(?=\s)|에\s*(?:소재|위치))")


def _next_line_end(text: str, e: int) -> int:
    """The end of the line after the signing sentence's (at most 600 characters on)."""
    nl = text.find("\n", e, e + 600)
    if nl < 0:
        return min(len(text), e + 600)
    nxt = text.find("\n", nl + 1, e + 600)
    return nxt if nxt >= 0 else min(len(text), e + 600)


def _loose(text: str, s: int, end: int) -> list[Cand]:
    """Bodies by their form in the signing sentence and the line after it (`오전 제일병원에서
    …, 오후에는 진주세란병원에서 … 협약을 체결했다`), none with a role beside the signing."""
    out = []
    for m in _WORD.finditer(text, s, end):
        w = m.group("w")
        # (`시·도교육지원청 5곳과`: the kind of the bodies counted, none of them)
        if _COUNT_NAME.match(text, m.end("w") + 1 if text[m.end("w")] == " " else m.end("w")):
            continue
        if _PLACE_AFTER.match(text, m.end("w")):
            continue  # (`가람시 솔빛동에 소재한`: where a body is, not one)
        if is_body(w) and not _ROLE_AFTER.match(text, m.end()):
            out.append(_cand(w, m.start("w")))
    return out


def _lists(text: str, s: int, end: int, holding: list[str] | None) -> list[tuple[list[Cand], bool]]:
    """The lists closed by `등` or held in a count's bracket between `s` and `end`, each with
    whether its items are exactly as many as the count after it. With `holding` (no count
    stated), a list without a count is read only when it holds one of those names."""
    out: list[tuple[list[Cand], bool]] = []
    for i in _finds(text, "등", s, end):
        if i > s and text[i - 1] != " ":
            continue
        m = _AND_SO_ON.match(text, i - 1 if i > s else i)
        if m is not None:
            lo = clause_start(text, s, i)
            if holding is not None:
                chunk = text[lo : m.start()].replace(" ", "")
                if not any(k and k in chunk for k in holding):
                    continue  # (cheap: most lists hold no party and are not parsed)
            items = list_items(text, lo, m.start())
            if len(items) >= 2:
                n = m.group("n")
                exact = (
                    n is not None
                    and any(_BODY_WORD.fullmatch(w) for w in m.group("noun").split())
                    and (_NUMBERS[n] if n in _NUMBERS else int(n)) == len(items)
                )
                out.append((items, exact))
    return out


def _roster_lists(
    text: str, s: int, end: int, holding: list[str] | None, sizes: set[int]
) -> list[tuple[list[Cand], bool]]:
    """The rosters between `s` and `end` (party_rosters: `3개 협약기업(A, B, C)`, `▲A ▲B`,
    `A, B, C이다`), each taken by the one roster rule (`taken`): with `holding` (no count
    stated), one holding none of those names is not read."""
    out: list[tuple[list[Cand], bool]] = []
    for roster in rosters(text, s, end):
        if len(roster.items) < 2:
            continue
        span = text[roster.start : roster.items[-1].end or roster.start].replace(" ", "")
        holds = holding is None or any(k and k in span for k in holding)
        exact = taken(roster, sizes, holds)
        if exact is not None:
            out.append((roster.items, exact and any(is_body(c.name) for c in roster.items)))
    return out


def _cand(name: str, start: int) -> Cand:
    return Cand(name=name, start=start, end=start + len(name))


def _covers(a: Cand, b: Cand) -> bool:
    """One body in two names: the same name but for a legal form, one ending the other
    (`가람시 별빛협회`, `별빛협회`), or an abbreviation. (Not any name inside another:
    `충청북도` is not `충청북도교육청`.)"""
    names = product(map(_bare, a.keys()), map(_bare, b.keys()))
    return any(_same_body(x, y) for x, y in names)


def _same_body(x: str, y: str) -> bool:
    return x.endswith(y) or y.endswith(x) or _short_for(x, y) or _short_for(y, x)


_REGION = lazy_compile(r"[가-힣]+" + TOWN_CLASS)


def _short_for(short: str, name: str) -> bool:
    """`충북대` for `충북대학교`; a province or town is no short name of its own bodies
    (`충청북도`, `충청북도교육청`)."""
    if name.startswith(short) and _REGION.fullmatch(short):
        return False
    return abbreviates(short, name)


def _bare(name: str) -> str:
    return _LEGAL.sub("", name) if "㈜" in name or "(" in name else name


__all__ = ["counted_fill"]
