"""Parties by agreement: every organisation-like name the page gives in the sentences that carry
the signing verb, in the title and in its heads' fused titles (`제기동장`), counted per name.

The subject-and-partner reading (`party_sentence`) finds the sides of one sentence form at a
time; this reads names wherever they stand and keeps a name the page gives in two of those
places (the signing sentences count once each), not in a role that signs nothing (the venue `X
본사에서`, `X에 따르면`, `X의 후원`, `X 주최`). What it adds is what that reading missed; a name
it holds that is a phrase rather than a name (`인천지역 3개 특급 호텔`, `시장`, a byline) goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.english.surnames import SURNAMES
from summarizer.lexicon import (
    BRANCH_SUFFIXES,
    COMPANY_SUFFIXES,
    GENERIC_MODIFIERS,
    ORG_SUFFIXES,
    PROVINCE_TABLE,
    TITLE_WORDS,
    org_of_fused_title,
)
from summarizer.structure.candidate import PERSON_NAME, Cand, key
from summarizer.structure.lines import Mask, iter_sentences
from summarizer.structure.org_names import abbreviates

# the verbs and nouns of a sentence that reports the signing itself
SIGNING = re.compile(r"체결|맺|협약식|양해각서|MOU|서명|협약을\s*(?:했|하)|결연")
_PARTICLES = tuple(
    sorted(
        (
            "와의", "과의", "에서는", "에서", "으로는", "으로", "에는", "와는", "과는", "와도",
            "과도", "로서", "에게", "부터", "까지", "측은", "측과", "측",
            "은", "는", "이", "가", "와", "과", "의", "을", "를", "로", "도", "에",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
_SUFFIXES = tuple(
    sorted({*ORG_SUFFIXES, *COMPANY_SUFFIXES, *BRANCH_SUFFIXES}, key=len, reverse=True)
)
_PROVINCES = frozenset(
    n for p in PROVINCE_TABLE for n in (p.formal, p.short + "도", *(k for k, _ in p.other_ko))
)
# words ending like a city, county or district, ministry or agency that are none
_NOT_BODIES = frozenset(
    (
        "필요시", "비상시", "유사시", "평상시", "관계부처", "관련부처", "소관부처", "중앙부처",
        "공동연구", "지방정부", "중앙정부", "각부처",
    )
)  # fmt: skip
_NOT_BODY_ENDINGS = ("연구", "인구", "요구", "도구", "입구", "출구", "친구", "가구", "기구", "지구")
_LATIN_BODY = re.compile(r"[A-Z]{2,}|[A-Z][a-z]+[A-Z]")  # `KIST`, `LG유플러스`, `AP위성`
# Latin capitals that name the agreement or a topic, not a body
_NOT_LATIN_BODIES = frozenset(
    ("MOU", "MOA", "LOI", "MOC", "NDA", "ESG", "RE100", "AI", "IT", "ICT", "R&D", "CEO", "CTO",
     "TF", "TFT", "DX", "AX", "GX", "JPG", "PNG", "PDF", "URL", "SNS", "VR", "AR", "IoT", "K")
)  # fmt: skip
_LEGAL = re.compile(r"㈜|\(주\)|\(재\)|\(사\)")
_WORD = re.compile(r"[^\s,·ㆍ/]+")
_BRACKET = re.compile(r"[(\[<《「『【].*$")
_PUNCT = re.compile(r"^[\"'‘’“”《「『【\[(<▲△■□○ㅇ-]+|[\"'‘’“”》」』】\]).,:;!?…>-]+$")
# a mention in a role that signs nothing: the venue, who tells it, a sponsor or witness
_ROLE_AFTER = re.compile(
    r"\s*(?:(?:본사|본점|본관|본부|청사|사옥|회의실|대회의실|중회의실|소회의실|강당|홀|세미나실|접견실|"
    r"상황실|집무실|사무실|\d*층)\s*)*(?:에서|에\s*따르면|의\s*(?:후원|주최|주관|협조|지원|입회)|"
    r"\s*(?:후원|주최|주관|입회|참관))"
)
# what follows a name that stands as a side: a topic, subject or `와/과` particle, a bracket
# (head, alias), a list's joint, the end of a title
_SIDE = re.compile(
    r"(?:은|는|이|가|와|과|와의|과의|측은|측과|측이)(?=\s|[,·ㆍ/]|$)|\s*\(|\s*[,·ㆍ/]|\s+및\s|\s+등"
)
_TITLE_SIDE = re.compile(r"(?:은|는|이|가|와|과|측)?(?=\s|[,·ㆍ/(\-–—]|$)")
_COUNT = re.compile(r"\d+\s*(?:개|곳|개사)|\s등\s")
_BYLINE = re.compile(r"기자|특파원|[|│ㅣ=]")
_VERB_WORD = re.compile(r"(?:던|었던|았던|시켰던)$")


def bare(word: str) -> str:
    """`세종시와` -> `세종시`, `㈜디엠케이,` -> `㈜디엠케이`, `경남은행(은행장` -> `경남은행`."""
    w = _PUNCT.sub("", _BRACKET.sub("", word) if not word.startswith("(") else word)
    w = _PUNCT.sub("", w)
    for p in _PARTICLES:
        if w.endswith(p) and len(w) - len(p) >= 2:
            stem = w[: -len(p)]
            if is_body(stem) or not is_body(w):
                return stem
            return w
    return w


def is_body(w: str) -> bool:
    """A word that names an organisation by its form: a body's or company's ending, a legal
    form, Latin capitals, a province, city, county or district, a ministry or agency."""
    if len(w) < 2 or w in _NOT_BODIES:
        return False
    if _LEGAL.search(w):
        return True
    if _LATIN_BODY.search(w):
        return re.fullmatch(r"[A-Za-z0-9&가-힣]+", w) is not None and w not in _NOT_LATIN_BODIES
    for suf in _SUFFIXES:
        if w.endswith(suf):
            stem = w[: -len(suf)]
            return len(stem) >= 1 and stem not in GENERIC_MODIFIERS and stem not in _OWN
    if w in _PROVINCES:
        return True
    if not re.fullmatch(r"[가-힣]{3,6}", w) or w.endswith(_NOT_BODY_ENDINGS):
        return False
    return w[-1] in "시군구부청처"


_OWN = frozenset(("각", "양", "두", "세", "해당", "본", "우리", "이", "그", "타", "동"))


@dataclass
class Votes:
    """Where the page names one body: in how many signing sentences, the title, a head's title."""

    name: str
    start: int
    end: int
    signing: int = 0
    title: bool = False
    head: bool = False
    forms: set[str] = field(default_factory=set)

    def agreed(self) -> bool:
        return self.signing >= 1 and self.title


def mentions(
    text: str, a: int, b: int, side: re.Pattern[str] = _SIDE
) -> list[tuple[str, int, int]]:
    """The organisation-like names in `text[a:b]`, a branch joined to its body before it
    (`한국외식업중앙회 경상남도지회`), each with where it stands; a venue's or sponsor's not."""
    out: list[tuple[str, int, int]] = []
    prev: tuple[str, int, int, bool] | None = None  # the last body word and if it had a particle
    for m in _WORD.finditer(text, a, b):
        word = m.group(0)
        name = bare(word)
        if not is_body(name):
            prev = None
            continue
        start = m.start() + max(word.find(name), 0)
        end = start + len(name)
        joined = (
            prev is not None
            and not prev[3]
            and text[prev[2] : start].strip() == ""
            and name.endswith((*BRANCH_SUFFIXES, "병원", "대학", "연구소", "연구원", "센터"))
        )
        if prev is not None and joined:
            name, start = f"{prev[0]} {name}", prev[1]
            if out and out[-1][1] == start:
                out.pop()
        if side.match(text, end, b) and not _ROLE_AFTER.match(text, end, min(end + 40, b)):
            out.append((name, start, end))
        prev = (name, start, end, name != bare(word) or word != text[start:end])
    return out


def _heads(text: str, a: int, b: int) -> dict[str, tuple[str, int]]:
    """The bodies heads are named for: a fused title (`제기동장` -> `제기동`, `칠곡군수` ->
    `칠곡군`), a body between a person and a title (`조용만 한국조폐공사 사장`, `KAIST 서남표
    총장`); by key, with the name and where it stands."""
    found: dict[str, tuple[str, int]] = {}
    for m in re.finditer(r"[가-힣]{3,12}", text[a:b]):
        org = org_of_fused_title(bare(m.group(0)))
        if org and len(org) >= 3 and is_body(org):
            found.setdefault(key(org), (org, a + m.start()))
    for m in _HEADED.finditer(text, a, b):
        org = m.group("o1") or m.group("o2")
        if org and is_body(org) and org not in TITLE_WORDS:
            found.setdefault(key(org), (org, m.start("o1") if m.group("o1") else m.start("o2")))
    return found


_TITLES = "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
_PERSON = r"[가-힣]{2,3}"
_ORG_WORD = r"[A-Za-z][A-Za-z&]{1,9}|[가-힣A-Za-z]{2,12}"
_HEADED = re.compile(
    rf"(?<![가-힣A-Za-z])(?:(?P<o1>{_ORG_WORD})\s+{_PERSON}\s+(?:{_TITLES})(?:은|는|이|가|과|와)?(?=[\s,])"
    rf"|{_PERSON}\s+(?P<o2>{_ORG_WORD})\s+(?:{_TITLES})(?:은|는|이|가|과|와)?(?=[\s,]))"
)


def agreed_bodies(text: str, mask: Mask, title: str, body_start: int, few: bool) -> list[Votes]:
    """The names the page gives in a signing sentence and the title or a head's title (or in
    the title and a head's title), first seen first. With `few` (the sides read off the
    sentences number under two), also a body a head is named for that the page names again."""
    votes: dict[str, Votes] = {}
    signing = 0
    for s, e in iter_sentences(text, body_start):
        if signing >= 4:
            break
        if mask.blocked(s, e) or not SIGNING.search(text, s, e):
            continue
        signing += 1
        seen: set[str] = set()
        for name, a, b in mentions(text, s, e):
            k = key(name)
            v = votes.setdefault(k, Votes(name, a, b))
            if k not in seen:
                v.signing += 1
                seen.add(k)
    titled = {key(n) for n, _, _ in mentions(title, 0, len(title), _TITLE_SIDE)}
    heads = _heads(text, body_start, min(len(text), body_start + 3000))
    for k, v in votes.items():
        v.title = k in titled or any(k in t or t in k for t in titled if len(t) >= 3)
        v.head = k in heads
    out = [v for v in votes.values() if v.agreed()]
    if few:
        body = text[body_start:]
        for k, (name, at) in heads.items():
            if k not in votes and body.count(name) >= 2:
                out.append(Votes(name, at, at + len(name), head=True))
    return out


def is_phrase(c: Cand, text: str) -> bool:
    """A candidate that is a phrase, not a name: a count (`3개 특급 호텔`), a byline, a bare
    title (`시장`), a person, a clause (`성사시켰던 … 이번에`)."""
    name = c.name
    if c.aliases or c.head:
        return False
    if _COUNT.search(name) or _BYLINE.search(name) or name in TITLE_WORDS:
        return True
    if name in ORG_SUFFIXES or is_person(name, text):
        return True
    words = name.split()
    return any(_VERB_WORD.search(w) for w in words) or (
        len(words) > 1 and words[-1].endswith(("에", "가", "를", "을"))
    )


def is_person(name: str, text: str) -> bool:
    """`박정현` that the page names with a title after it (`박정현 군수와`): a surname first, no
    body's ending, and no person's name before it (`고바다 가온대 총장`: `가온대` is the body)."""
    if not PERSON_NAME.fullmatch(name) or name[0] not in SURNAMES or is_body(name):
        return False
    if name.endswith("대") or name not in text:
        return False
    for m in re.finditer(rf"(?:([가-힣]{{2,4}})\s+)?(?<![가-힣]){name}\s+{_TITLE_AFTER}", text):
        before = m.group(1)
        if not (before and before[0] in SURNAMES and len(before) <= 3 and not is_body(before)):
            return True
    return False


_TITLE_AFTER = (
    "(?:"
    + "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
    + r")(?:은|는|이|가|와|과|의|을|를)?(?![가-힣])"
)


def supplement(parties: list[Cand], votes: list[Votes]) -> list[Cand]:
    """The agreed names none of `parties` stands for (by key, containment or abbreviation)."""
    out: list[Cand] = []
    for v in votes:
        k = key(v.name)
        if any(_covers(c, k) for c in parties + out):
            continue
        out.append(Cand(name=v.name, start=v.start, end=v.end))
    return out


def _covers(c: Cand, k: str) -> bool:
    for n in [c.name, *c.aliases]:
        n = key(n)
        if n == k or n in k or k in n or abbreviates(k, n) or abbreviates(n, k):
            return True
    return False


__all__ = [
    "SIGNING",
    "Votes",
    "agreed_bodies",
    "bare",
    "is_body",
    "is_person",
    "is_phrase",
    "mentions",
    "supplement",
]  # fmt: skip
