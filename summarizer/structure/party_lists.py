"""Parties a page lists outright rather than as subject and partner: the participants named in
one sentence (`참여 기관은 A, B, C이다`, `협약에 참여한 기관은 A·B·C다`, `… 등 13곳이다`), and the
bodies named only through their heads' titles in the signing sentence (`A대 총장, B대 총장 등
지역 7개 대학 총장이 협약에 서명했다`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace

from summarizer.facts.datewords import DAYPARTS, SAME_DAY, TIME_WORDS, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.lexicon import TITLE_WORDS, alternation, marks
from summarizer.lexicon.counts import BARE, PARTICIPANTS, SIGNER_DIGITS, count
from summarizer.lexicon.joins import JOINED, NAME_END_TITLE, after_name
from summarizer.structure.candidate import Cand, looks_like_org
from summarizer.structure.lines import Line, Mask, iter_lines
from summarizer.structure.orgs import parse_piece, split_outside_brackets

# (`협약의 참여 기관은`, `협약식에 참여한 호텔은 A, B, C 총 3곳이다`: any kind of body the count
# after the list closes; without a count, the signers' own kind words)
_PARTICIPANTS = re.compile(
    r"(?:(?:협약|협약식|업무협약|MOU|양해각서)(?:에|에는|의)?\s*)?(?:참여|참가)(?:한|하는)?\s*"
    r"(?P<kind>기관|단체|기관·단체|[가-힣]{1,6}?)(?:은|는|으로는)\s+(?P<list>[^.\n]{4,400}?)"
    r"(?:\s*(?:등\s*(?:총\s*)?|총\s*)?"
    + count(PARTICIPANTS, number=SIGNER_DIGITS, name="n")
    + r")?\s*(?:이다|다|이며|이고|입니다)(?=[.\s,]|$)"
)
_SIGNER_KIND = ("기관", "단체", "기관·단체")
# `협약은 A와 B, C 등 6개 기관이 참여했다`: the list before its count, the count's bodies taking part
# (`협약에는 A, B 등 이전 공공기관과 C, D 등이 참여했다`: without a count, two groups each
# closed by `등`, the first by its kind joined with 과; `이번 협약에는 A, B, C가 참여했다`: the
# list closed by the subject's particle alone)
_TAKING_PART = re.compile(
    r"(?:협약|협약식|업무협약|MOU|양해각서)(?:은|는|에는|에)\s+(?P<list>[^.\n]{4,400}?)"
    r"(?:\s*등\s*(?:(?:총\s*)?" + count(BARE) + r"\s*[가-힣 ]{0,12}?)?)?(?:이|가)\s+(?:참여|참가)"
)
# a group of the list closed by `등` and its kind, joined to the next group
_GROUP_BREAK = r"|\s+등\s+(?:[가-힣]+\s){0,3}[가-힣]+" + JOINED + r"\s+"
# `A, B, C 3개 기관이 참석한 이번 업무협약`: a list its count closes, the bodies at the signing
_COUNT_TAIL = (
    r"\s+(?P<n>\d+)\s*개\s*(?:유관\s*)?(?:기관|단체)(?:이|은|는|가)\s+"
    r"(?:참석|참여|참가|함께)한\s+(?:이번\s+)?(?:업무\s*)?(?:협약|MOU|양해각서)"
)
_COUNTED_PRESENT = lazy_compile(r"(?P<list>[^.\n]{4,300}?)" + _COUNT_TAIL)
# (the lazy list is tried at every character: a line is searched only from 300 characters
# before its first count's tail, the earliest a match can start)
_COUNTED_TAIL = re.compile(_COUNT_TAIL)
# `협약을 맺은 A·B·C는 …`: the bodies that signed, listed as a topic
_SIGNED_TOPIC = lazy_compile(
    r"(?:협약|MOU|양해각서)(?:을|를)\s*(?:맺은|체결한)\s+(?P<list>[^.\n\s]{2,30}(?:[·ㆍ,]\s*"
    r"[^.\n\s]{2,30}){1,20}?)(?:은|는)\s"
)
# a list's items: comma, middle dot, 및, or a ▲ opening each (`▲A ▲B ▲C 등 총 3개 기관`)
_SEPS = rf",\s*|\s*[·ㆍ]\s*|\s+및\s+|\s*[{marks.INLINE}]\s*"
# (`A를 중심으로 B, C 등 7개 부서가 참여`: the first named apart from the rest, a side too)
_TAKING_SEPS = (
    _SEPS
    + r"|"
    + JOINED
    + r"\s+"
    + r"|(?<=[가-힣A-Za-z0-9)])(?:을|를)\s+(?:중심으로|비롯해|비롯한|포함해|포함한)\s+"
)


# What every match of the four list patterns below holds: a line without one is not searched
_LIST_CUE = re.compile(r"참여|참가|참석|함께|맺은|체결한")


def _may_list(line: str) -> bool:
    """What every `_PARTICIPANTS` match holds: a line without it is not searched."""
    return _LIST_CUE.search(line) is not None


def _cue_lines(text: str, body_start: int) -> Iterator[Line]:
    """The lines ending after `body_start` that hold a `_LIST_CUE`, in order: found by one
    search over the rest of the text from line to line, not by asking every line (a page has
    dozens; one or two hold a cue)."""
    lines = tuple(iter_lines(text))
    i = bisect_right(lines, body_start, key=_end_of)  # the first line ending after it
    while i < len(lines):
        cue = _LIST_CUE.search(text, lines[i].start)
        if cue is None:
            return
        i = bisect_right(lines, cue.start(), lo=i, key=_start_of) - 1  # the line holding it
        yield lines[i]
        i += 1


def _start_of(ln: Line) -> int:
    return ln.start


def _end_of(ln: Line) -> int:
    return ln.end


def _bodies(text: str, at: int, run: str, seps: str = _SEPS, shaped: bool = False) -> list[Cand]:
    """The items of a list starting at `at`, when every one is named as a body (two or more);
    with `shaped` (a list its subject or count ties to the signers: `협약 참여 선사는 A, B,
    C이다`), an item named by its shape alone is one too (`name_shaped`).

    Read item by item, and given up at the first that is none: a run of terms a signers'
    subject opens (`협약기관은 ▲A ▲B …에 협력하기로 했다`) was parsed whole only to be let go."""
    spans = split_outside_brackets(run, seps)
    if len(spans) < 2:
        return []
    found = []
    for x, y in spans:
        c = parse_piece(text, at + x, at + y)
        if c is None or not (looks_like_org(c) or (shaped and name_shaped(c))):
            return []
        found.append(c)
    return found


_AGREEMENT_WORD = lazy_compile(r"협약|업무협약|MOU|양해각서")
# an item named by its shape: one or two words of letters (a company's name with no ending,
# `가람해운`, `SM상선`), no particle or verb's ending after it
_NAME_SHAPED = lazy_compile(
    r"(?:㈜|\(주\))?[가-힣A-Za-z0-9&]{2,15}(?:\s[가-힣A-Za-z0-9&]{2,15})?(?:㈜|\(주\))?"
)
_NOT_NAME_END = lazy_compile(r"(?:은|는|이|가|을|를|의|에|로|와|과|및|등|하고|하며|했다|한다)$")


def name_shaped(c: Cand) -> bool:
    """Whether `c` is named by its shape alone: one or two words of letters, no particle or
    verb's ending closing it (`가람해운`, `SM상선`: a company's name with no ending)."""
    return _NAME_SHAPED.fullmatch(c.name) is not None and _NOT_NAME_END.search(c.name) is None


def participants(text: str, mask: Mask, body_start: int) -> list[Cand]:
    """The bodies a `참여 기관은 …이다` (or `협약은 A와 B 등 N개 기관이 참여했다`) sentence lists,
    every one named as a body (or none)."""
    for ln in _cue_lines(text, body_start):  # (a long list may run past a sentence's end)
        # (a story run into one line with a copyright notice at its end: the list is read if
        # it is not in the notice)
        if mask.blocked(ln.start, ln.end) and (
            len(ln.text) <= 150 or mask.blocked_most(ln.start, ln.end)
        ):
            continue
        # (each pattern asked only of a line holding a word every match of it holds: the
        # line's cue is often another's, `참석`, `함께`)
        takes = "참여" in ln.text or "참가" in ln.text
        m = _PARTICIPANTS.search(text, ln.start, ln.end) if takes else None
        if m is not None:
            found = _bodies(text, m.start("list"), m.group("list"))
            n = m.group("n")
            if m.group("kind") in _SIGNER_KIND or (n is not None and int(n) == len(found)):
                return found
            # `협약 참여 선사는 A, B, C이다`: a subject tying the list to the agreement (its word,
            # or the signers' kind) names bodies by its own words: each item is one by its shape
            tied = m.group("kind") in _SIGNER_KIND or _AGREEMENT_WORD.match(m.group(0))
            named = (
                _bodies(text, m.start("list"), m.group("list"), _TAKING_SEPS, shaped=True)
                if tied
                else []
            )
            if len(named) >= 2 and (n is None or int(n) == len(named)):
                return named
        # (`_TAKING_PART` opens with the agreement's word: a line without one is not searched)
        agreed = takes and _AGREEMENT_WORD.search(ln.text) is not None
        m = _TAKING_PART.search(text, ln.start, ln.end) if agreed else None
        if m is not None:
            return _bodies(
                text, m.start("list"), m.group("list"), _TAKING_SEPS + _GROUP_BREAK, shaped=True
            )
        signed = "맺은" in ln.text or "체결한" in ln.text
        m = _SIGNED_TOPIC.search(text, ln.start, ln.end) if signed else None
        if m is not None and not mask.blocked(m.start(), m.end()):
            found = _bodies(text, m.start("list"), m.group("list"))
            if len(found) >= 3:  # (`협약을 맺은 두 기관은`: no list)
                return found
        tail = _COUNTED_TAIL.search(text, ln.start, ln.end) if "개" in ln.text else None
        m = tail and _COUNTED_PRESENT.search(text, max(ln.start, tail.start() - 310), ln.end)
        if m is not None and not mask.blocked(m.start(), m.end()):
            found = _bodies(text, m.start("list"), m.group("list"))
            if len(found) == int(m.group("n")):  # the count says every item is one body
                return found
    return []


# A register's record of an agreement (a board listing them): a field line `체결기관 A-B`,
# `협약기관 : A, B`, `협약대상 B` (the label opening its line, after a bullet); found by the
# label's words, then checked to open its line
_FIELD_LABEL = lazy_compile(r"(?:체결|협약)\s?(?:기관|대상|상대\s?기관|상대)|상대\s?기관")
_FIELD_LINE = lazy_compile(r"[ \t]*(?:[•·\-*▪□■○◦]\s*)?$")
_FIELD_VALUE = lazy_compile(r"\s*[:：]?\s+(?P<value>[^\n]{2,120})")
_FIELD_SEPS = r"\s*[-–~/↔·ㆍ]\s*|,\s*|\s+및\s+|" + JOINED + r"\s+"
_FIELD_COUNT = lazy_compile("^" + count(BARE))


def register_fields(text: str, mask: Mask) -> list[Cand]:
    """The bodies a register's agreement field names (`체결기관 가람시교육청-25개 자치구`): each
    item named as a body; a count of unnamed bodies is left out. The first such field only."""
    for m in _FIELD_LABEL.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _FIELD_LINE.match(text, line_start, m.start()):
            continue  # (`협약기관 간 교류`, `협약기관은 …`: words of a sentence, no field)
        v = _FIELD_VALUE.match(text, m.end())
        if v is None or mask.blocked(v.start("value"), v.end("value")):
            continue
        at, value = v.start("value"), v.group("value").rstrip()
        items = [
            parse_piece(text, at + x, at + y)
            for x, y in split_outside_brackets(value, _FIELD_SEPS)
            if not _FIELD_COUNT.match(value[x:y].strip())
        ]
        found = [c for c in items if c is not None and looks_like_org(c)]
        if found and len(found) == len(items):
            return [replace(c, why=None) for c in found]
    return []


_TITLE = alternation(TITLE_WORDS)  # longest first
# `이날 A대 총장, B대 총장 등 지역 7개 대학 총장이 협약에 서명했다`
_HEADS_SIGNED = lazy_compile(
    rf"(?P<who>[^.\n]{{4,300}}?{_TITLE})(?:이|가)\s+(?:[가-힣]+\s+){{0,3}}?"
    r"(?:협약(?:서)?|양해각서|MOU)에\s*(?:공동\s*)?서명"
)
# the signing that closes every `_HEADS_SIGNED` match: a sentence without it is not searched
# (the lazy run before a title is tried at every character: costly on a long sentence)
_SIGNED_TAIL = lazy_compile(r"(?:협약(?:서)?|양해각서|MOU)에\s*(?:공동\s*)?서명")
_HEAD_SEPS = r",\s*|\s*[·ㆍ]\s*|\s+및\s+|" + after_name(ends=NAME_END_TITLE) + r"\s+"
_GROUP_CLOSE = lazy_compile(r"\s+등\s+.*$")
_WHEN = lazy_compile(rf"^(?:{words_pattern(SAME_DAY)}|\d{{1,2}}일)\s+")
_TITLED = lazy_compile(
    rf"^(?P<body>[가-힣A-Za-z0-9()㈜]{{2,30}}(?:\s[가-힣A-Za-z0-9()㈜]{{2,20}})?)\s+{_TITLE}$"
)
_OWN = lazy_compile(r"^(?:우리|본|당|지역|각|양|두|세)\s")  # `우리 대학 총장`: the issuer, unnamed


def titled_heads(text: str, s: int, e: int) -> list[Cand]:
    """The bodies whose heads (by title alone) signed: `A대 총장, B대 총장 … 이 서명했다`."""
    if _SIGNED_TAIL.search(text, s, e) is None:
        return []
    m = _HEADS_SIGNED.search(text, s, e)
    if m is None:
        return []
    who = _GROUP_CLOSE.sub("", m.group("who"))
    lead = _WHEN.match(who)
    at = m.start("who") + (lead.end() if lead else 0)
    who = who[lead.end() :] if lead else who
    out: list[Cand] = []
    for x, y in split_outside_brackets(who, _HEAD_SEPS):
        item = who[x:y].strip()
        t = _TITLED.match(item)
        if t is None or _OWN.match(item):
            continue
        body = t.group("body")
        start = at + x + (len(who[x:y]) - len(who[x:y].lstrip()))
        c = Cand(name=body, start=start, end=start + len(body))
        if not any(c.keys() & o.keys() for o in out):
            out.append(c)
    return out if len(out) >= 2 else []


_BETWEEN_LIST = lazy_compile(r"(?<=[가-힣A-Za-z0-9)])\s+(?:간|사이|사이의|간의)\s")
_WHEN_LEAD = lazy_compile(
    rf"(?:(?:\d{{1,2}}일|{words_pattern((*TIME_WORDS, *DAYPARTS, '최근'))})\s*,?\s+)+"
)


def listed_between(text: str, a: int, b: int) -> list[Cand]:
    """`A 및 B는 20일 C, D 간 협약을 맺었다`: the partners listed before 간, with no 와."""
    m = _BETWEEN_LIST.search(text, a, b)
    if m is None:
        return []
    while a < m.start() and text[a].isspace():
        a += 1
    lead = _WHEN_LEAD.match(text, a, m.start())
    a = lead.end() if lead else a
    run = text[a : m.start()]
    if "," not in run and "·" not in run:
        return []
    return _bodies(text, a, run)


# (for the other list readers: party_copula reads its rosters' items the same way)
bodies = _bodies
TAKING_SEPS = _TAKING_SEPS
