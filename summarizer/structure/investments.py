"""Each firm's investment in an investment agreement (투자협약), one item a firm:

`씨앗㈜는 2027년까지 120억원을 투자해 가람산단에 공장을 짓는다. 제조업체인 별빛㈜는 누리
농공단지에 생산라인을 신설할 계획이다.`

A 투자협약 story tells what each signing firm will build or spend in a sentence of its own,
opened by the firm as its topic; those sentences are the agreement's terms (no list, no
`협력하기로 했다`). A sentence about the firms together (`이들 기업은 …`, `3개 업체가 총 …`)
sums them up and is none; nor is the jobs or growth it is hoped to bring (`…창출될 전망이다`).

Only the sentences holding a site or money cue are read (the cue searched once on a page that
names an investment agreement); the rest of the page is not visited.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from summarizer.lazy import lazy_compile
from summarizer.lexicon import FINAL_N, closed_by
from summarizer.models.records import Commitment
from summarizer.structure.lines import Mask, sentence_split, span
from summarizer.structure.prose import quoted, strip_openers

# what a firm's own sentence holds: money, or a plant, line or site to build (or rebuild:
# `증개축`)
# (or the public side's support of it: `도와 시는 …이 원활하게 추진될 수 있도록 지원할 계획이다`)
_CUE = lazy_compile(
    r"억\s*원|공장|(?:생산|제조)\s*(?:시설|라인|설비)|사업장|증설|신설|신축|증축|개축|이전해"
    r"|지원(?:할|하기로)"
)
_MONEY = lazy_compile(r"\d[\d,.]*\s*억\s*원?(?:\s*(?:을|를|규모를))?\s*(?:투자|들여|투입)")
# the deed itself: spending, building, moving, hiring
_DEED = lazy_compile(
    r"투자|들여|투입|신설|건립|신축|증축|개축|증설|짓|지을|세우|세울|세운|설립|이전|갖출|확장|생산"
    r"|고용|채용|지원"
)
# where the firm's pledge ends: a plan (`…신설할 계획이다`), a promise (`…건립하기로 하고`),
# what it comes to (`…건립하게 된다`); the verb before it kept (`할`, `하기로` cut)
_PLAN_END = lazy_compile(
    r"\s*(?:할\s*|하\s*)?(?:계획|예정|방침|참)(?:이다|이며|이어서|이고|이라고|이라며|이라는|이다\.)"
    r"|(?:하|되)?기로\s*(?:했|하였|하고|합의|약속|협의)|(?:하|되)?게\s*(?:된다|되며|되고|됐다)"
)
# one pledge joined to the next by the firm (`…공장을 건립하고 80명을 신규 고용할 계획이다`): a
# verb's `-하고`/`-하며` or a building verb's `-고`, before a word that is no verb's object
_JOINED = lazy_compile(r"(?:하고|하며|짓고|세우고|갖추고|늘리고),?\s+")
# the setting told before the firm (`…참석한 이날 협약식에서 투자기업인 일성은 …`)
_SETTING = lazy_compile(r"^.{0,80}?(?:협약식|행사|자리|체결식)에서,?\s+")
# a present-tense deed closing the part (`…공장을 세운다`), not a passive (`…창출된다`)
_CLOSED_BY_N = closed_by(FINAL_N)
_DEED_NOW = lazy_compile("[" + _CLOSED_BY_N + r"]다\.?\s*$")
_PASSIVE = ("된다", "된다.", "있다", "있다.")
# one firm's part ends where the next firm's begins: `…나서게 되며 미래화학은 …`
# (`-며` or `-고,`: a bare `…건립하고 국내는 물론 …` goes on with the same firm)
_NEXT_FIRM = lazy_compile(r"(?<=[가-힣])(?:며,?|고,)\s+(?=\S{2,25}(?:은|는)\s)")
# the topic: the first word (of the first eight) closed by `은`/`는`, or `도` after another firm
# (its head told in brackets kept with it, `B㈜(대표 홍길동)는`, and a leading `(주)`)
_TOPIC = lazy_compile(
    r"(?:\S+\s+){0,7}?(?P<name>(?:\([^()\s]{1,3}\))?[^\s()]{2,25}?(?:\([^()\n]{1,20}\))?)"
    r"(?P<p>은|는|도),?\s"
)
# a verb's modifier (`생산하는`, `맺은`, `있는`), not a name
_MODIFIER_ENDS = ("하", "되", "있", "없", "않", "맺", "받", "된", "한", "들", "가")
# the firms together or the agreement itself: a summary, not one firm's share
_SUMMARY_OPEN = ("이번", "이들", "이", "그", "해당", "총", "모든", "각", "두", "세", "협약")
_GENERIC = frozenset(("기업", "기업들", "업체", "업체들", "회사", "회사들", "투자", "관계자"))
_KIND_ENDS = ("기업", "기업들", "업체", "업체들", "회사", "회사들", "기업체")
_COUNTED = lazy_compile(r"\d+\s*개")
# a firm described before its name: `건축용 단열재 생산업체인 누리㈜는`
_APPOSITIVE = lazy_compile(r"(?:업체|기업|회사|계열사|법인|기업체)(?:인|로)\s+$")
_FIRM_MARKS = re.compile(r"㈜|\(주\)|주식회사|\(유\)|\s|\([^()]*\)")


def investments(
    text: str, mask: Mask, start: int, sides: tuple[str, ...]
) -> list[tuple[str, Commitment]]:
    """The firms' own investment sentences of a page naming an investment agreement (the
    caller's test: `commitments.names_investment_deal`), each with its firm."""
    at = [m.start() for m in _CUE.finditer(text, start)]
    if not at:
        return []
    starts, bounds = sentence_split(text)
    names = {_bare(n) for n in sides} - {""}
    out: list[tuple[str, Commitment]] = []
    seen: set[int] = set()
    previous: str | None = None  # the last firm whose share was told (`B도 …` follows it)
    last = -2  # the sentence that told it
    for p in at:
        i = bisect_right(starts, p) - 1
        if i < 0 or i in seen or p >= bounds[i][1]:
            continue
        seen.add(i)
        s, e = bounds[i]
        if mask.blocked(s, e) or quoted(text[s:e]):
            continue
        # (a run is sentences in a row: a firm told two sentences back opens none)
        found, told = _sentence_items(text, s, e, names, previous if last == i - 1 else None)
        if found:
            out += found
            previous, last = told, i
    return out


def _bare(name: str) -> str:
    return _FIRM_MARKS.sub("", name)


def _sentence_items(
    text: str, s: int, e: int, names: set[str], previous: str | None
) -> tuple[list[tuple[str, Commitment]], str | None]:
    """Each firm's part of one sentence (`A는 …하게 되며 B는 …에 나선다`: two)."""
    out: list[tuple[str, Commitment]] = []
    a = s
    cuts = [m.end() for m in _NEXT_FIRM.finditer(text, s, e)]
    for b in [*cuts, e]:
        found, previous = _part(text, a, b, names, previous)
        out += [(previous or "", c) for c in found]
        a = b
    return out, previous


def _part(
    text: str, a: int, b: int, names: set[str], previous: str | None
) -> tuple[list[Commitment], str | None]:
    part = text[a:b]
    core = strip_openers(part.lstrip())
    setting = _SETTING.match(core)
    if setting is not None:
        core = core[setting.end() :]
    off = a + len(part) - len(core)
    m = _TOPIC.match(core)
    # `부품을 제조하는 B㈜는`: a verb's modifier is passed over to the name after it
    while m is not None and m.group("name").endswith(_MODIFIER_ENDS) and m.group("p") == "는":
        m = _TOPIC.match(core, m.end())
    if m is None:
        return [], previous
    name = m.group("name")
    if not _firm(name, m.group("p"), core[: m.start("name")], names, previous, part):
        return [], previous
    begin = off + m.start("name")
    out: list[Commitment] = []
    # `…공장을 건립하기로 하고 …명을 신규 고용하기로 했다`: the firm's second pledge
    while begin < b:
        body = text[begin:b]
        end, goes_on = _pledge_end(body)
        if end is None or not _DEED.search(body, 0, end):
            break
        out += _joined(text, begin, begin + end)
        if goes_on is None:
            break
        begin += goes_on
    return out, (name if out else previous)


def _firm(
    name: str, particle: str, before: str, names: set[str], previous: str | None, part: str
) -> bool:
    """Whether the topic is one firm (bound to the parties, or told as a firm investing)."""
    if name.startswith(_SUMMARY_OPEN) or name in _GENERIC or _COUNTED.search(name):
        return False
    if name.endswith(_MODIFIER_ENDS) or name.endswith("관계자"):
        return False
    bare = _bare(name)
    bound = any(bare in n or n in bare for n in names if len(n) >= 2)
    if not bound and name.endswith(_KIND_ENDS):
        return False  # `신·증설 투자기업은 …`: firms of a kind, told in general
    # in a run of shares (one told before), the next topic is the next firm: `B도 …`, `C는 …`
    if bound or previous is not None:
        return True
    return particle != "도" and (
        _MONEY.search(part) is not None or _APPOSITIVE.search(before) is not None
    )


def _joined(text: str, a: int, b: int) -> list[Commitment]:
    """The pledge `text[a:b]`, one item a deed joined by `-하고` (each clause a deed of its own:
    `…투자해 공장을 건립하고 | 80명을 신규 고용`), else whole."""
    cuts = list(_JOINED.finditer(text, a, b))
    out: list[Commitment] = []
    start = a
    for m in cuts:
        if _DEED.search(text, start, m.start() + 2):
            kept = m.group(0).rstrip(", ")[:-1]  # (`하고` drops whole, `짓고` keeps `짓`)
            c = span(text, start, m.start() + (0 if kept == "하" else len(kept)))
            out.append(Commitment(text=c.text, start=c.start, end=c.end, section="prose"))
            start = m.end()
    c = span(text, start, b)
    out.append(Commitment(text=c.text, start=c.start, end=c.end, section="prose"))
    return out


def _pledge_end(body: str) -> tuple[int | None, int | None]:
    """Where the firm's pledge ends in `body` (from its topic on), or None if it pledges none;
    and where a second pledge starts after `…하기로 하고`, `…할 계획이며,` (else None)."""
    m = _PLAN_END.search(body)
    if m is not None:
        more = m.group(0).endswith(("하고", "이며", "이고"))
        return m.start(), (m.end() if more else None)
    tail = body.rstrip()
    if _DEED_NOW.search(tail) and not tail.endswith(_PASSIVE):
        return len(tail.rstrip(". ")), None
    return None, None


__all__ = ["investments"]
