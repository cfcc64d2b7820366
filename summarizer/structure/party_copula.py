"""Parties a copular roster names: a sentence on the agreement whose subject is the signers'
kind and whose complement lists them, every item a body.

- `이번에 공단과 업무협약을 체결한 지역언론사는 A, B, C, D, E로 총 5곳이며 …`
- `권역별 협력센터 7개소는 A(센터장 …), B(센터장 …), … G로 구성됐다.`
- `협약기관은 A와 B, C, D이다.` / `협약을 맺은 기업은 A, B 등 3곳이다.`
- `협약을 체결한 A와 ㈜B, C㈜ 등 3개 기업은 …`: the signers as the subject, counted
- `나머지 협약기업 ㈜A(대표 …), B(대표 …) 등 2곳은 …`, `총 3개 협약기업(A, B, C)이 참석한`:
  the signers' kind followed at once by their names, counted or in its brackets

The subject ties the list to the agreement (an agreement word, or a count of bodies); a count
the sentence gives must be the list's length; every item must read as a body. Found from a few
literal cues (`구성`, `총`, `이뤄`, `협약`), each read in its own sentence only."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.lazy import lazy_compile
from summarizer.lexicon import BRANCH_SUFFIXES, ORG_SUFFIXES, SIGNER_KINDS, TOWN_CLASS
from summarizer.lexicon.counts import ALONE, ROSTER, SIGNER_DIGITS, count
from summarizer.structure.candidate import Cand, looks_like_org
from summarizer.structure.lines import Mask
from summarizer.structure.orgs import parse_piece
from summarizer.structure.party_lists import TAKING_SEPS, bodies
from summarizer.structure.party_rosters import bracket_rosters, subject_roster, taken
from summarizer.structure.party_words import is_body

_MAX_SENTENCE = 500  # characters read back from a cue to its sentence's start


def _count(group: str) -> str:
    """A count closing a roster (`7개소`, `5곳`, `4개 기관`), its number in `group`."""
    return count(ROSTER, number=SIGNER_DIGITS, name=group)


# `… (으)로 총 5곳이며`, `… (으)로 구성됐다`: the list closes where its copula or verb opens
_CLOSE_AT = {
    "총": lazy_compile(
        r"총\s*" + _count("n") + r"\s*(?:이며|이다|이고|입니다|이었다|였다|으로|로)"
    ),
    "구성": lazy_compile(r"구성(?:됐|되었|돼|되어|된다|되며|되고)"),
    "이뤄": lazy_compile(r"이뤄(?:졌|져|진다)"),
    "이루어": lazy_compile(r"이루어(?:졌|져|진다)"),
}
# `… 합천병원으로 11개소이다`: a list closed by `(으)로`, its count and the copula
_COUNTED_CLOSE = lazy_compile(
    r"(?<=[가-힣A-Za-z0-9)㈜])(?:으로|로)\s*"
    + count(ALONE, number=SIGNER_DIGITS, name="n", kind="kind")
    + r"\s*"
    r"(?:이다|이며|이고|입니다|이었다|였다)"
)
# (a town or province is no body a comma left out: `경기도 광주시 보건소` is one body)
_PLACE = lazy_compile(r"[가-힣]{1,6}" + TOWN_CLASS)
_TO = lazy_compile(r"(?<=[가-힣A-Za-z0-9)㈜])(?:으로|로)\s*$")
# the topic that opens the list: the first `…은/는 ` of the sentence
_TOPIC = lazy_compile(r"[^.\n]{2,120}?(?<=[가-힣A-Za-z0-9)])(?:은|는)\s+")
_KINDS = "|".join(SIGNER_KINDS)  # 기관|기업|업체|단체
# what ties a subject to the agreement: its word, or a count of bodies (`7개소는`, `4개 기관은`)
_TIE = lazy_compile(r"협약|MOU|양해각서|협정|(?<![\d.])" + _count("m"))
# `협약을 체결한 A와 ㈜B, C㈜ 등 3개 기업은`: the signers listed as the subject, counted
_SIGNED_LIST = lazy_compile(
    r"협약(?:을|를)?\s*(?:체결한|맺은)\s+(?P<list>[^.\n]{2,200}?)\s*등\s*(?:총\s*)?"
    + _count("n")
    + r"(?:은|는|이|가)\s"
)
# `나머지 협약기업 A(대표 …), B(대표 …) 등 2곳은`: the signers' kind, then the list it names
_KIND_LIST = lazy_compile(
    r"협약\s?(?:"
    + _KINDS
    + r")\s+(?P<list>[^.\n]{2,300}?)\s*등\s*(?:총\s*)?"
    + _count("n")
    + r"(?:은|는|이|가)\s"
)
# where a `_SIGNER_SUBJECT` or `_SIGNED_LIST` may open (`협약기관은`, `협약을 체결한`)
_SIGNER_CUE = re.compile(
    r"협약(?=\s?(?:" + _KINDS + r"|대상|당사자)|(?:을|를)?\s?(?:체결한|맺은)\s|한\s)"
)
_WITH_BEFORE = lazy_compile(r"(?<![^\s])(?P<a>[^\s,.]{2,20}?)(?:와|과)\s+[가-힣]{0,6}$")
# a sentence's subject: `한빛공단(이사장 홍길동)은 `
_SUBJECT = lazy_compile(
    r"\s*(?P<name>[^\s.,]{2,30}(?:\s[^\s.,]{2,30})?)(?<=[가-힣A-Za-z0-9)])(?:은|는|이|가)\s"
)


def copular_roster(text: str, mask: Mask, body_start: int) -> list[Cand]:
    """The bodies the first copular roster on the agreement lists (or none)."""
    return _closed_rosters(text, mask, body_start) or _signer_rosters(text, mask, body_start)


def _closed_rosters(text: str, mask: Mask, body_start: int) -> list[Cand]:
    """`S는 A, B, C로 총 N곳이며` / `S는 A, B, C로 구성됐다`: read back from each closing cue."""
    for at in _finds(text, "개소", body_start):
        # `S는 A, B, … K으로 11개소이다`: the count after `(으)로` without `총`, read back from
        # its kind word (a pattern opening with the count is tried at every digit)
        m = _COUNTED_CLOSE.search(text, max(body_start, at - 8), at + 8)
        if m is not None and m.start("kind") == at:
            got = _read_back(text, mask, body_start, m.start(), m)
            if got:
                return got
    for word, close in _CLOSE_AT.items():
        at = text.find(word, body_start)
        while at >= 0:
            m = close.match(text, at)
            to = m and _TO.search(text, max(body_start, at - 4), at)
            if m is not None and to is not None:
                got = _read_back(text, mask, body_start, to.start(), m)
                if got:
                    return got
            at = text.find(word, at + len(word))
    return []


def _read_back(
    text: str, mask: Mask, body_start: int, end: int, close: re.Match[str]
) -> list[Cand]:
    """The list between the sentence's topic and `end`, when the topic ties it to the agreement
    and every item is a body (as many as a count given)."""
    start = _sentence_start(text, body_start, end)
    topic = _TOPIC.match(text, start, end)
    if topic is None or mask.blocked(start, end):
        return []
    tie = _TIE.search(text, start, topic.end())
    if tie is None:
        return []
    counts = {int(g) for g in (tie.group("m"), close.groupdict().get("n")) if g}
    items = bodies(text, topic.end(), text[topic.end() : end], TAKING_SEPS)
    if len(counts) == 1 and len(items) < min(counts):
        # `합천경찰서 합천소방서 교육지원청, …`: bodies a comma left out run together; split
        # only when the count then holds
        spread = _spaced_bodies(text, items)
        items = spread if len(spread) == min(counts) else items
    if len(items) < 2 or (counts and counts != {len(items)}):
        return []
    lead = _counting_subject(text, body_start, start, tie) if tie.group("m") else None
    return ([lead] if lead is not None else []) + items


def _spaced_bodies(text: str, items: list[Cand]) -> list[Cand]:
    """`A경찰서 B소방서 C교육지원청` as three bodies: an item of words each a body by its own
    ending (none a branch's or unit's, `… 부산지부`), the others as they are."""
    out: list[Cand] = []
    for c in items:
        words = c.name.split()
        if len(words) < 2 or c.start is None or not all(_whole_body(w) for w in words):
            out.append(c)
            continue
        at = c.start
        for w in words:
            at = text.find(w, at)
            out.append(Cand(name=w, start=at, end=at + len(w)))
            at += len(w)
    return out


def _whole_body(word: str) -> bool:
    return is_body(word) and not word.endswith(BRANCH_SUFFIXES) and not _PLACE.fullmatch(word)


def _finds(text: str, word: str, lo: int) -> Iterator[int]:
    i = text.find(word, lo)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _counting_subject(text: str, body_start: int, before: int, tie: re.Match[str]) -> Cand | None:
    """`A는 … 센터 7개소와 협의체를 출범하고 …` above `센터 7개소는 B, C, …로 구성됐다`: the
    subject of the sentence that named the counted partners is the other side."""
    partners = re.compile(re.escape(tie.group(0)) + r"\s*(?:와|과)\s")
    m = partners.search(text, body_start, before)
    if m is None:
        return None
    start = _sentence_start(text, body_start, m.start())
    topic = _SUBJECT.match(text, start, m.start())
    if topic is None:
        return None
    c = parse_piece(text, topic.start("name"), topic.end("name"))
    return c if c is not None and looks_like_org(c) else None


def _partner_before(text: str, body_start: int, at: int) -> list[Cand]:
    """`가람시와 투자협약을 체결한 기업은 …`: the body the signers signed with, named before
    the agreement in the same subject (not a bare kind, `공단과`)."""
    m = _WITH_BEFORE.search(text, max(body_start, at - 30), at)
    if m is None:
        return []
    c = parse_piece(text, *m.span("a"))
    ok = c is not None and c.name not in ORG_SUFFIXES and looks_like_org(c)
    return [c] if ok and c is not None else []


def _sentence_start(text: str, lo: int, i: int) -> int:
    """Where the sentence holding `i` starts (after a line's end or a full stop), at most
    _MAX_SENTENCE back and not before `lo`."""
    lo = max(lo, i - _MAX_SENTENCE)
    stop = text.rfind(". ", lo, i)
    return max(lo, text.rfind("\n", lo, i) + 1, stop + 2 if stop >= 0 else lo)


def _signer_rosters(text: str, mask: Mask, body_start: int) -> list[Cand]:
    """`협약기관은 A와 B, C이다`: the list after a subject that names the signers (each `협약`
    that may open one found by one search: most are `협약을 통해`, `협약식`)."""
    for cue in _SIGNER_CUE.finditer(text, body_start):
        at = cue.start()
        kinds = _kind_list(text, mask, at)
        if kinds:
            return kinds
        listed = _SIGNED_LIST.match(text, at, min(len(text), at + 260))
        if listed is not None and not mask.blocked(at, listed.end()):
            items = bodies(text, listed.start("list"), listed.group("list"), TAKING_SEPS)
            if len(items) == int(listed.group("n")) >= 2:
                return items
        read = subject_roster(text, at)
        if read is not None and not mask.blocked(at, read[1]) and taken(read[0], set(), False):
            return _partner_before(text, body_start, at) + read[0].items
    return []


def _kind_list(text: str, mask: Mask, at: int) -> list[Cand]:
    """`협약기업 A, B 등 2곳은` (counted) or `2개 협약기업(A, B)` (in brackets, a count
    before it checked when given): the names the signers' kind is followed by, all bodies."""
    end = min(len(text), at + 320)
    m = _KIND_LIST.match(text, at, end)
    if m is not None and not mask.blocked(at, m.end()):
        items = bodies(text, m.start("list"), m.group("list"), TAKING_SEPS)
        return items if len(items) == int(m.group("n")) >= 2 else []
    # (the bracketed form, `2개 협약기업(A, B)`: the one roster reader's, a count before it)
    for roster in bracket_rosters(text, at, min(len(text), at + 8)):
        if not mask.blocked(at, roster.start) and taken(roster, set(), False):
            return roster.items
    return []


__all__ = ["copular_roster"]
