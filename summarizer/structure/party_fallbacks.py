"""Parties when the signing sentence names fewer than two: the sides of `A와 B 간` or of a quoted
`'A-B 간 협약'`, the heads seen at the ceremony (`협약식에는 A 진주시장과 B 서초구청장이`), the host
of a one-sided signing, a selection's bodies; and the short names a title writes."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    AGREEMENT_NOUNS,
    BRANCH_SUFFIXES,
    OFFICE_UNIT_SYLLABLES,
    ORG_SUFFIXES,
    ORG_SYLLABLES,
    SIGNING_CEREMONIES,
    SIGNING_STEMS,
    SUBDIVISION_SYLLABLES,
    TITLE_WORDS,
    TOWN_CLASS,
    TOWN_SYLLABLES,
    alternation,
    marks,
    org_of_fused_title,
    title_of,
)
from summarizer.lexicon.counts import BARE, count
from summarizer.lexicon.joins import JOINED
from summarizer.lexicon.joint import joint_ko
from summarizer.models.records import Party, Quote, Span
from summarizer.structure.lines import Mask, iter_lines, iter_sentences
from summarizer.structure.org_names import abbreviates
from summarizer.structure.orgs import (
    Cand,
    looks_like_org,
    parse_piece,
    pieces,
    split_outside_brackets,
)
from summarizer.structure.party_clauses import marked_org
from summarizer.structure.party_words import is_body

# `강원도 원주경찰서와 경기도 여주경찰서 간 치안 공조`: the two sides named with 간
# (`A(총경·홍길동)와`: a head's bracket after the first; `B간`: the 간 written onto the name, not
# after 시/구/기/공, where it ends a noun: `시간`, `구간`, `기간`, `공간`)
_BETWEEN = lazy_compile(
    r"(?:^|\s|,)((?:[가-힣A-Za-z()㈜]+(?<![한는된던의을를])\s){0,2}[가-힣A-Za-z()㈜]+"
    r"(?:\([^()\n]{1,30}\))?)(?:와|과)\s"
    r"((?:[가-힣A-Za-z()㈜]+\s){0,2}[가-힣A-Za-z()㈜]+)(?:\s+(?:간|사이)|(?<![시구기공])간)\s"
)

# `'서울특별시-전라북도 부안군 간 상생발전을 위한 협약'`: the parties named in the agreement
_AGREEMENT_NAMES = lazy_compile(
    r"[‘'“\"「『]\s*([가-힣A-Za-z]+(?:\s[가-힣A-Za-z]+){0,2}(?:\s*[-·ㆍ]\s*[가-힣A-Za-z]+"
    r"(?:\s[가-힣A-Za-z]+){0,2}){1,4})\s*(?:간|사이)\s"
)


def named_in_agreement(text: str, s: int, e: int) -> list[Cand]:
    m = _AGREEMENT_NAMES.search(text, s, e)
    if not m:
        b = _BETWEEN.search(text, s, e)
        if b is None:
            return []
        pair = [parse_piece(text, b.start(k), b.end(k)) for k in (1, 2)]
        sides = [c for c in pair if c is not None and looks_like_org(c)]
        return sides if len(sides) == 2 else []  # (`기업과 마을간`: kinds, no pair of bodies)
    out = []
    for x, y in split_outside_brackets(m.group(1), r"\s*[-·ㆍ]\s*"):
        c = parse_piece(text, m.start(1) + x, m.start(1) + y)
        if c:
            out.append(c)
    return out


# (`S&K영농조합법인`: an ampersand inside the name; `A건설(주)(대표 …)`: a legal form before
# the head's bracket)
_HEADED = lazy_compile(
    r"(?<![가-힣A-Za-z㈜&])[가-힣A-Za-z㈜&]{2,30}(?:\((?:주|유|재|사)\))?"
    r"\((?=[^()]*[가-힣]{2,4}[,)])[^()]{3,40}\)"
)


# `… 연산동 가온공단 누리본부(본부장 …)`: the body a branch belongs to, the word before it
_OWNER_BEFORE = lazy_compile(r"(?<![^\s])([가-힣A-Za-z]{2,20})\s$")
_PLACE_ENDS = (*TOWN_SYLLABLES, *SUBDIVISION_SYLLABLES, "리")  # (리: a village)


def _branch_start(text: str, at: int, name: str) -> int:
    """Where a bracketed branch's name starts with its body's (`가온공단 누리본부`), not at the
    branch's own word after an address (`… 다온동 가온공단`); a place is no owner."""
    if not name.endswith(BRANCH_SUFFIXES):
        return at
    owner = _OWNER_BEFORE.search(text, max(0, at - 22), at)
    if owner is None or owner.group(1).endswith(_PLACE_ENDS) or not is_body(owner.group(1)):
        return at
    return owner.start(1)


def headed_names(text: str, s: int, e: int) -> list[Cand]:
    """`A(이사장 홍길동, 이하 공단)12일 B(회장 김철수) … 협약을 체결했다`: a page that lost its
    particles still introduces each side with its head in brackets; a branch with the body
    it belongs to."""
    out: list[Cand] = []
    for m in _HEADED.finditer(text, s, e):
        c = parse_piece(text, _branch_start(text, m.start(), m.group(0).split("(")[0]), m.end())
        fresh = c is not None and not any(c.keys() & o.keys() for o in out)
        if c is not None and fresh and c.head and looks_like_org(c):
            out.append(c)
    return out if len(out) >= 2 else []


_ATTENDED = lazy_compile(
    alternation((*SIGNING_CEREMONIES, "행사")) + r"(?:에는|에서는)\s+(?P<who>[^.\n]{4,120}?)"
    # `B 군수가 참석`: the subject's particle; `등 관계자들이 참석`: the people around them
    r"(?:이|가|을|를)?\s*(?:비롯해|비롯한|등)?\s*(?:\S*(?:관계자|임직원|직원|내빈|일행|공무원)\S*\s*)?"
    r"(?:참석|참여)"
)


_UNIT = lazy_compile("[" + "".join(OFFICE_UNIT_SYLLABLES) + "]$")
# `홍길동 총장을 비롯한 …`: a head called by a bare title leading the list; those after him are
# his body's officers (`김철수 입학처장`), no bodies of their own
_BARE_HEAD_LEADS = lazy_compile(
    r"\s*[가-힣]{2,4}\s+" + alternation(TITLE_WORDS) + r"(?:을|를)\s+비롯(?:한|해)\s"
)
_ATTENDEE_SEPS = (
    r",\s*|\s*[·ㆍ]\s*|\s+및\s+|" + JOINED + r"\s+"
    r"|(?<=[가-힣)])(?:을|를)\s+비롯(?:해|한)\s+"
)
_PEOPLE_CLOSE = lazy_compile(r"\s+등\s+(?:\S+\s+)?(?:관계자|임직원|직원|내빈)\S*$")


def from_attendance(text: str, mask: Mask, body_start: int) -> list[Cand]:
    """Bodies whose heads the attendance sentence names with a fused title (`진주시장`)."""
    for s, e in iter_sentences(text, body_start):
        m = _ATTENDED.search(text, s, e)
        if m is None or mask.blocked(s, e):
            continue
        at, who = m.start("who"), _PEOPLE_CLOSE.sub("", m.group("who"))
        if _BARE_HEAD_LEADS.match(who):
            continue  # `홍길동 총장을 비롯한 A 입학처장, B 기획처장`: one body's own officers
        # `A 본부장과 B 협회장을 비롯해 C 지부장 등 관계자들이`: every head named attends
        items = [
            parse_piece(text, at + x, at + y)
            for x, y in split_outside_brackets(who, _ATTENDEE_SEPS)
        ]
        # `진주시 기획행정국장`: the head of a bureau (국, 과, 팀, 실) speaks for no party
        heads = [c for c in items if c is not None and c.head and not _UNIT.search(c.name)]
        if len(heads) >= 2:
            return [replace(c, why="attendance") for c in heads]
    return []


_LIST_CLOSE = lazy_compile(r"\s+등\s+" + count(BARE) + r".*$")


def bodies_attending(text: str, mask: Mask, body_start: int, named: list[Cand]) -> list[Cand]:
    """`협약식에는 A, B, C 등 7개 공공기관이 참여했다`, one side named by the signing: the bodies
    the attendance sentence lists by name (each with a body's ending), the named side among them."""
    known: set[str] = set().union(*(c.keys() for c in named))
    for ln in iter_lines(text):  # a long list may run past what the sentence splitter allows
        m = _ATTENDED.search(text, ln.start, ln.end)
        if ln.end <= body_start or m is None or mask.blocked(ln.start, ln.end):
            continue
        at, who = m.start("who"), _LIST_CLOSE.sub("", m.group("who"))
        items = [c for c in pieces(text, at, at + len(who)) if not c.head]
        if len(items) < 3 or not all(_BODY_END.search(c.name) for c in items):
            return []
        if not any(c.keys() & known for c in items):
            return []
        return [c for c in items if not c.keys() & known]
    return []


_BODY_END = lazy_compile(alternation((*ORG_SUFFIXES, *ORG_SYLLABLES, *BRANCH_SUFFIXES)) + r"$")


# `롯데건설이 … 강서구청 본관 대회의실에서 … 체결했다`: a town hall as the venue
_TOWN_HALL_VENUE = lazy_compile(
    r"(?:^|\s)([가-힣]{1,6}" + TOWN_CLASS + r")청(?:\s+\S+){0,3}?\s*에서\s"
)


# `박원순 시장은 … 서울시청 간담회장에서 … 체결`, `김경수 도지사와 … 경남도청 도정회의실에서`: a
# head written with his bare title (no place fused to it) signs for the town or province whose
# own hall hosts the signing
# (the title searched, its name checked before it: a pattern opening with the name's syllables
# was tried at every syllable of the window)
# (the heads of lexicon.REGION_HEADS that stand bare: no deputy, no `교육감` of an office, and
# no `지사`, which alone is as often a firm's branch)
_HALL_KIND = {"도지사": "도", "시장": "시", "군수": "군", "구청장": "구"}
_BARE_TITLE = lazy_compile("(" + "|".join(_HALL_KIND) + r")(?:[은는이가과와의]|(?![가-힣]))")
_NAME_BEFORE = lazy_compile(r"(?<![가-힣])[가-힣]{2,3} $")
# (asked only whether a hall stands in the window: found from its `청`, a literal the engine
# skips ahead to, and searched from the window's second character so that the kind before it
# stands inside the window, as in `[시군구도]청`; a class to open with was tested at every
# character of the window)
_HALL = lazy_compile(f"청(?<={TOWN_CLASS}청)")
_SIGNED = lazy_compile(alternation((*SIGNING_STEMS, *SIGNING_CEREMONIES)))
_HEADS_WINDOW = 2000  # (the lead's sentences: a head named later signs nothing new)


def host_heads(text: str, start: int, named: list[Cand]) -> list[Cand]:
    """The town or province a head written with his bare title signs for, read off the hall
    of that kind hosting the signing in the same sentence; none the page named already."""
    end = start + _HEADS_WINDOW
    if _HALL.search(text, start + 1, end) is None:  # (no town's hall in the lead: nothing to read)
        return []
    names = [n for c in named for n in [c.name, *c.aliases]]
    out: list[Cand] = []
    for m in _BARE_TITLE.finditer(text, start, end):
        if text[m.start() - 1 : m.start()] != " " or not _NAME_BEFORE.search(
            text, max(0, m.start() - 5), m.start()
        ):
            continue  # (`가람시장`: a title fused to its town is read elsewhere)
        s = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        e = min(
            x for x in (text.find("\n", m.end()), text.find(". ", m.end()), len(text)) if x >= 0
        )
        if not _SIGNED.search(text, s, e):
            continue
        kind = _HALL_KIND[m.group(1)]
        for v in _TOWN_HALL_VENUE.finditer(text, s, e):
            town = v.group(1)
            known = any(town in n or n in town or abbreviates(town, n) for n in names)
            if town.endswith(kind) and len(town) > 1 and not known:
                names.append(town)
                out.append(Cand(name=town, aliases=[town + "청"], start=v.start(1), end=v.end(1)))
    return out


# a body that hosts its partners in its own hall; a centre, museum or library rents its halls out
_HOSTS = tuple(x for x in ORG_SUFFIXES if x not in ("센터", "박물관", "도서관", "공관", "회의소"))
# `A청은 29일 동아대학교 대회의실에서 … 체결했다`: a body's own hall as the venue
_BODY_VENUE = lazy_compile(
    r"(?:^|\s)([가-힣A-Za-z]{1,20}" + alternation(_HOSTS) + r")(?:\s+\S+){1,3}?\s*에서\s"
)


# `A는 14일 가람여대 행정동 회의실에서 … 체결했다`: a university by its short name, the hall in
# one of its buildings (`-대` alone ends common nouns: `무대`, `세대`; a building must follow)
_CAMPUS_VENUE = lazy_compile(
    r"(?:^|\s)([가-힣]{2,6}대)\s+[가-힣]{1,8}(?:관|동|캠퍼스)(?:\s+\S+){0,2}?\s*에서\s"
)


def host_of_venue(text: str, s: int, e: int, named: list[Cand]) -> list[Cand]:
    """The town or body whose hall hosted a signing that names only one side: perhaps the
    other side (doubted: `why` says it was read off the venue)."""
    names = [n for c in named for n in [c.name, *c.aliases]]
    m = _TOWN_HALL_VENUE.search(text, s, e)
    if m is None:
        b = _BODY_VENUE.search(text, s, e) or _CAMPUS_VENUE.search(text, s, e)
        if b is None or any(b.group(1) in n or n in b.group(1) for n in names):
            return []
        return [Cand(name=b.group(1), start=b.start(1), end=b.end(1), why="venue")]
    town = m.group(1)
    if any(town in n or n in town or abbreviates(town, n) for n in names):  # 인천시, 인천광역시
        return []
    return [Cand(name=town, aliases=[town + "청"], start=m.start(1), end=m.end(1), why="venue")]


# `A는 6일 '…' 사업의 운영기관으로 B(KETI)와 C(KAIST)를 선정했다고 밝혔다`: no agreement, but an
# announcement naming the bodies it concerns
_SELECTED = lazy_compile(
    r"(?:으로|로)\s+(?P<objs>[^\s,'‘’“”]+(?:\s*(?:와|과|,|및)\s*[^\s,'‘’“”]+){1,5})"
    r"(?:을|를)\s+(?:각각\s+|최종\s+)?(?:선정|지정)(?:했|하였|한다|해)"
)
_BULLET = lazy_compile(rf"[\s{marks.LEAD}]+")  # (the marks: summarizer.lexicon.marks)
_TOPIC_AT_START = lazy_compile(r"([가-힣A-Za-z()㈜]{2,30}?)(?:은|는)\s")


def selection(text: str, mask: Mask, body_start: int) -> list[Cand]:
    """The announcing body and the bodies it selected, from the first such sentence."""
    for s, e in iter_sentences(text, body_start):
        m = _SELECTED.search(text, s, e)
        if m is None or mask.blocked(s, e):
            continue
        lead = re.search(r"(?:기자|특파원)\s*\]?\s*=?\s*|\]\s*", text[s : m.start()])
        at = s + (lead.end() if lead else 0)
        mark = _BULLET.match(text, at, m.start())  # `▲ A부는 …`: a bullet before the lead
        at = mark.end() if mark else at
        topic = _TOPIC_AT_START.match(text, at, m.start())
        if topic is None:
            continue
        head = parse_piece(text, topic.start(1), topic.end(1))
        items = [
            parse_piece(text, m.start("objs") + x, m.start("objs") + y)
            for x, y in split_outside_brackets(m.group("objs"))
        ]
        found = [c for c in [head, *items] if c is not None and looks_like_org(c)]
        if len(found) >= 2:
            return found
    return []


# (compiled once: asked of every page, and a string pattern is compiled again once others
# have pushed it out of `re`'s cache)
_TITLE_WORD_END = re.compile(r"[,，]|\s")
_SHORT_JOINT = re.compile(r"[-·ㆍ]")
_SHORT_WORD = re.compile(r"[가-힣A-Za-z]{2,15}")
_KOREAN_OR_ACRONYM = re.compile(r"[가-힣]|[A-Z]{2}")


def short_names(text: str, title: Span | None) -> list[str]:
    """Short names in the title (`중기부-한경협`, `법무보호복지공단·중진공`) used as aliases."""
    if not title:
        return []
    head = _TITLE_WORD_END.split(title.text.strip())[0] if title.text else ""
    if not _SHORT_JOINT.search(head):
        return []
    # Korean short names or acronyms (`중기부-KOTRA`), not English words (`Clean-tech`)
    return [
        t
        for t in _SHORT_JOINT.split(head)
        if _SHORT_WORD.fullmatch(t) and _KOREAN_OR_ACRONYM.search(t)
    ]


_HEAD_TITLE = alternation(TITLE_WORDS)


def speakers_bodies(text: str, quotes: list[Quote]) -> list[Party]:
    """`양 기관은 …` and no sentence naming them: the bodies whose heads speak
    (`KAIST 서남표 총장은 “…”`), each doubted, as the text never names it as a party."""
    out: list[Party] = []
    for q in quotes:
        org, title = q.org, q.title
        if not org and q.speaker:  # `중앙대 박상규 총장은`, `김순재 농업기술원장은`
            org, title = _body_beside(text, q.speaker, q.title)
        if not org or any(p.name == org for p in out):
            continue
        if re.search(_HEAD_TITLE + r"\s*" + re.escape(org), text):
            continue  # `(사장 조성부)`: a person the quote finder took for a body
        at = text.find(org)
        # `이사장 한가람`; a speaker phrase that already holds its title is the head as written
        head = (
            q.speaker
            if title and q.speaker and title in q.speaker
            else " ".join(x for x in (title, q.speaker) if x) or None
        )
        out.append(
            Party(
                name=org,
                head=head,
                start=at,
                end=at + len(org),
                confidence="low",
                why="speaker",
            )
        )
    return out


# `중앙대`, `KBSI`, `해울연구원`: a word before a speaker's name that names a body
_BODY_WORD = lazy_compile(
    r"[가-힣]{1,10}대|[A-Z][A-Za-z&]{1,9}|[가-힣A-Za-z]{1,20}"
    + alternation((*ORG_SUFFIXES, *ORG_SYLLABLES, *BRANCH_SUFFIXES))
)


def _body_beside(text: str, speaker: str, title: str | None) -> tuple[str | None, str | None]:
    """The body a speaker heads when the quote gave none: the word before the name
    (`중앙대 박상규 총장`) or the body a fused title names (`김순재 농업기술원장`)."""
    who = re.escape(speaker)
    if title:
        before = re.search(r"(?:^|\s)(\S+)\s+" + who + r"\s+" + re.escape(title), text)
        if before and _BODY_WORD.fullmatch(before.group(1)):
            return before.group(1), title
        # `김하늘 누리화학 대표는`, `박가람 해울대 취업센터장은`: the body between the name and title
        between = re.search(who + r"\s+(\S+)\s+" + re.escape(title), text)
        if between and _BETWEEN_WORD.fullmatch(between.group(1)):
            return between.group(1), title
    fused = re.search(who + r"\s+([가-힣]{3,15})(?:은|는|이|가)\s", text)
    if fused:
        org = org_of_fused_title(fused.group(1))
        base = title_of(fused.group(1))
        if org and len(org) >= 3:
            return org, base.ko if base else title
    return None, title


# (a body's name, not a title or a particle's word: `누리화학`, `KIAT`, `가람대`)
_BETWEEN_WORD = lazy_compile(r"[가-힣]{2,20}|[A-Z][A-Za-z&]{1,9}")


# `한편 1950년 설립된 가람대학교는 …`: a sentence turning to one side's background
_ASIDE = lazy_compile(r"\s*(?:한편|또한)\s*,?\s+")
_ASIDE_TOPIC = lazy_compile(r"[^.\n]{2,60}?(?<=[가-힣A-Za-z0-9)])(?:은|는)\s")


def aside_bodies(text: str, mask: Mask, body_start: int) -> list[Party]:
    """`양 기관은 …` and the other side named only where the story turns to its background
    (`한편 1950년 설립된 가람대학교는 …에 위치해 있다`): each such topic that is a body's name,
    doubted, as the text never names it as a party."""
    out: list[Party] = []
    for s, e in iter_sentences(text, body_start):
        m = _ASIDE.match(text, s, e)
        if m is None or mask.blocked(s, e):
            continue
        topic = _ASIDE_TOPIC.match(text, m.end(), e)
        if topic is None:
            continue
        got = pieces(text, m.end(), topic.end() - 2)
        if len(got) != 1 or got[0].name in ORG_SUFFIXES or not marked_org(got[0]):
            continue
        c = got[0]
        out.append(
            Party(
                name=c.name,
                aliases=c.aliases,
                start=c.start,
                end=c.end,
                confidence="low",
                why="aside",
            )
        )
    return out


# `이번 업무협약을 통해 A와 B는 …`, `이를 기반으로 A와 B는 …`: the two sides as the subject of
# what the agreement brings (the story's one sentence naming both)
_THROUGH_PAIR = lazy_compile(
    r"(?:(?:업무\s*)?협약(?:을|를)?\s*통해|이를\s*(?:기반|바탕)으로|협약에\s*따라)\s*,?\s+"
    r"(?P<a>[^\s,]{2,20}?)" + JOINED + r"\s+(?P<b>[^\s,]{2,20}?)(?<=[가-힣A-Za-z0-9)])(?:은|는)\s"
)


# `이날 협약은 …기관인 A과 …기관인 B가 …하자는 취지에서 체결된 것으로`: the agreement the topic,
# its two sides the subject of the clause that tells what it is for
_TOPIC_PAIR = lazy_compile(
    r"(?:협약|협정|MOU|양해각서)은\s+(?P<pair>[^.\n\"“”]{4,80}?"
    + JOINED
    + r"\s[^.\n\"“”]{2,40}?)(?<=[가-힣A-Za-z0-9)])(?:이|가)\s"
)


# `A(총장 …)와 B(총장 …)가 … 나선다. 두 대학은 … 협약식을 체결한다`: a sentence's subject
# pair, and the next sentence's subject the two of them together, signing an agreement
_PAIR_THEN_JOINT = lazy_compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?P<pair>[^.\n\"“”]{2,60}?"
    + JOINED
    + r"\s[^.\n\"“”]{2,60}?)(?<=[가-힣A-Za-z0-9)])(?:이|가|은|는)\s[^\n]{0,200}?[.!?]\s*"
    + r"(?:"
    + joint_ko()
    + r")(?:은|는|이|가)\s[^.\n]{0,200}?(?:"
    + alternation(AGREEMENT_NOUNS)
    + r")[^.\n]{0,60}?(?:"
    + alternation(SIGNING_STEMS)
    + r")"
)


def pair_through(text: str, mask: Mask, body_start: int) -> list[Cand]:
    """The bodies of the first `협약을 통해 A와 B는` the story says, each named as a body (a bare
    kind, `협회`, is the page's word for one named elsewhere, no name); else of the first
    `협약은 A과 B가 …` (two, each named as a body); else of a sentence's subject pair the next
    sentence's joint subject signs for (`A와 B가 … . 두 기관은 … 협약을 체결했다`)."""
    for m in _THROUGH_PAIR.finditer(text, body_start):
        if mask.blocked(m.start(), m.end()):
            continue
        pair = [parse_piece(text, *m.span(k)) for k in ("a", "b")]
        return [
            c for c in pair if c is not None and looks_like_org(c) and c.name not in ORG_SUFFIXES
        ]
    for m in _TOPIC_PAIR.finditer(text, body_start):
        if not mask.blocked(m.start(), m.end()):
            return _named_pair(text, m)
    for m in _PAIR_THEN_JOINT.finditer(text, body_start):
        if not mask.blocked(m.start("pair"), m.end("pair")):
            return _named_pair(text, m)
    return []


def _named_pair(text: str, m: re.Match[str]) -> list[Cand]:
    """The two bodies of a match's `pair`, each named as a body (else none)."""
    found = [
        c
        for c in pieces(text, *m.span("pair"))
        if looks_like_org(c) and marked_org(c) and c.name not in ORG_SUFFIXES
    ]
    return found if len(found) == 2 else []


# `A, B와 … 업무협약 체결`: a headline naming both sides, the body naming them only as 양 기관
_TITLE_PAIR = lazy_compile(
    r"^\s*(?P<a>[가-힣A-Za-z0-9()㈜]{2,30}),\s*(?P<b>[가-힣A-Za-z0-9()㈜]{2,30}(?:\s[가-힣A-Za-z0-9]{1,15})?)"
    r"(?:와|과)\s.*(?:협약|MOU|양해각서|맞손|손잡)"
)


# `A-B, … 업무협약 체결`, `A–B–C 상생 협약`: a headline opening with its sides joined by dashes
# (the common headline form of an agreement: the story may name one side only)
_TITLE_DASHED = lazy_compile(
    r"^\s*(?P<list>[가-힣A-Za-z0-9()㈜·]{2,30}(?:\s?[-–—]\s?[가-힣A-Za-z0-9()㈜·]{2,30}){1,3})"
    r"(?:,\s|\s).*(?:협약|MOU|양해각서|맞손|손잡)"
)
_DASHED_ITEM = lazy_compile(r"[가-힣A-Za-z0-9()㈜·]+")


def title_pair(title: Span | None) -> list[Cand]:
    """The sides a headline names (`A, B와 … 업무협약 체결`, `A-B, 업무협약`), doubted: read
    off the title."""
    if title is None or not title.text:
        return []
    m = _TITLE_PAIR.match(title.text)
    if m is not None:
        spans = [m.span("a"), m.span("b")]
    elif (d := _TITLE_DASHED.match(title.text)) is not None:
        spans = [i.span() for i in _DASHED_ITEM.finditer(title.text, *d.span("list"))]
    else:
        return []
    out = []
    for a, b in spans:
        c = parse_piece(title.text, a, b)
        if c is None or not looks_like_org(c):
            return []
        out.append(replace(c, start=title.start + a, end=title.start + b, why="title"))
    return out
