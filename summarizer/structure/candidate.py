"""A candidate party as the structure reads it, and the quick tests on one: is it a body, or a
person with a title (`김재욱 칠곡군수` speaks for `칠곡군`)? And the words before or after a name
that are no part of it (a describing clause, a legal form)."""

import re
from dataclasses import field, replace
from functools import lru_cache

from summarizer.codecache import dataclass
from summarizer.english.surnames import DOUBLE, SURNAMES
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    ACTION_NOUNS,
    COUNTRIES,
    MUNICIPAL_SYLLABLES,
    ORG_SUFFIXES,
    ORG_SYLLABLES,
    PERSON_REFERENCES,
    REGION_HEADS,
    TITLE_QUALIFIERS,
    TITLE_WORDS,
    alternation,
    ending,
    org_of_fused_title,
    title_of,
)

# (compiled once: these are asked of every sentence, line or name)
_ONE_SYLLABLE = lazy_compile(r"[가-힣]")
_HANGUL = lazy_compile(r"[가-힣]")
_DESCRIBED_LEGAL = lazy_compile(r"[^\s()]+\s+(?=(?:㈜|\(주\))\S)")


@dataclass
class Cand:
    """A candidate party: its name, the aliases and head its bracket gave, and where it stands."""

    name: str
    aliases: list[str] = field(default_factory=list)
    head: str | None = None
    start: int | None = None
    end: int | None = None
    why: str | None = None  # why the rules doubt it (read off a caption, a contact table)

    def keys(self) -> set[str]:
        return {key(n) for n in [self.name, *self.aliases] if n}


SPACES = re.compile(r"\s+")


@lru_cache(maxsize=2048)  # asked of the same names for every pair of candidates
def key(s: str) -> str:
    """A name without spaces: the form two names are compared in."""
    return SPACES.sub("", s)


_AIM = lazy_compile(r"(?:^|\s)" + alternation(ACTION_NOUNS) + "$|\\s[가-힣]$")
_COUNTRY = lazy_compile(alternation(COUNTRIES) + r"(?:\s*정부)?$")


def looks_like_org(c: Cand) -> bool:
    """`중소벤처기업부`, `칠곡군`, `현대건설`: an organisation. `공동 발전` (an aim), `거친 군` (a
    word and a stray syllable), `한국` (a country for its government): perhaps not."""
    if c.aliases or c.head:
        return True
    return not (_AIM.search(c.name) or _COUNTRY.fullmatch(c.name))


_TITLE_WORD = ending(TITLE_WORDS)
# a Korean person's name: two or three syllables, four only after a double family name (`남궁`)
PERSON_NAME = re.compile(r"[가-힣]{2,3}|(?:" + "|".join(DOUBLE) + r")[가-힣]{2}")


def as_person(name: str) -> tuple[str | None, str] | None:
    """`김재욱 칠곡군수` -> (`칠곡군`, `칠곡군수 김재욱`); `외교부 장관 강경화`-like pieces too.

    A person's name has two or three syllables, four only after a double family name
    (`남궁`): `한국전력 남원지사` is a company's branch, not a governor named `한국전력`.

    None when `name` is no person with a title; (None, head) when the title names no body.
    """
    words = name.split()
    if len(words) < 2:
        return None
    if len(words) == 2 and _ONE_SYLLABLE.fullmatch(words[0]) and words[1] in TITLE_WORDS:
        return None, f"{words[1]} {words[0]}"  # `도 장관`: a surname and a title, no body
    words = _without_acting(words)  # `홍길동 가람대 총장 직무대행`: the title is `총장`
    if _foreign_head(words):  # `앤서니 윌리엄스 워싱턴 시장`: a foreign name, its city, the title
        return words[-2], f"{words[-1]} {' '.join(words[:-2])}"
    if len(words) >= 3 and words[-1] in PERSON_REFERENCES and words[-1] not in TITLE_WORDS:
        words = words[:-1]  # `파블로 가르시아 누리시장 일행`: the head's party, the head first
    # `파블로 가르시아 누리시장`, `존스미스 누리시장`: a foreign head, then the city's fused title
    if (org := _foreign_fused(words)) is not None:
        base = title_of(words[-1])
        return org, f"{base.ko if base else words[-1]} {' '.join(words[:-1])}"
    if _body_first(words):  # `누리군 김하늘 군수`: the body, then its head
        return " ".join(words[:-2]), f"{words[-1]} {words[-2]}"
    if (at := _body_then_foreign(words)) is not None:  # `누리과학대 라만 칼리드 누르 총장`
        return " ".join(words[:at]), f"{words[-1]} {' '.join(words[at:-1])}"
    if _named(words[0]) and _TITLE_WORD.search(words[-1]):
        who, rest = words[0], words[1:]
    elif _named(words[-1]) and _TITLE_WORD.search(words[-2]):
        who, rest = words[-1], words[:-1]
    else:
        return None
    title = rest[-1]
    org = " ".join(rest[:-1])
    fused = org_of_fused_title(title)
    if fused:
        org = f"{org} {fused}".strip()
    base = title_of(title)
    return (org or None), f"{base.ko if base and fused else title} {who}"


def _without_acting(words: list[str]) -> list[str]:
    """The words of a head without a qualifier after the title (`직무대행`, `권한대행`)."""
    if len(words) >= 3 and words[-1] in TITLE_QUALIFIERS and _TITLE_WORD.search(words[-2]):
        return words[:-1]
    return words


_SUFFIX_END = ending(tuple(x for x in ORG_SUFFIXES if len(x) > 1))


def _named(word: str) -> bool:
    """A person's name: not a body's word (`학교운영위원장 협의회`: a council of the title's
    holders, not a person called `협의회`)."""
    return PERSON_NAME.fullmatch(word) is not None and not _SUFFIX_END.search(word)


def _korean_name(word: str) -> bool:
    """`김하늘`: a Korean surname, two or three syllables in all, no body's ending (`가람군`,
    `김천대`)."""
    return (
        word[0] in SURNAMES
        and _named(word)
        and not _BODY_END.search(word)
        and not word.endswith("대")
    )


def _body_first(words: list[str]) -> bool:
    """`누리군 김하늘 군수`, `경남 창녕군 김충식 군수`: a body's words (the last with a body's
    ending), a Korean name, a title. (`이바라기 류타 지사`: a foreign name whose second word
    reads as a Korean one, no body; `윤옥현 김천대 총장`: the person first, `김천대` no name.)"""
    if len(words) < 3 or words[-1] not in TITLE_WORDS or not _korean_name(words[-2]):
        return False
    body = words[-3]
    if _BODY_END.search(body) or _ACRONYM.fullmatch(body):  # (`KAIST 홍길동 총장`)
        return True
    # (`가람대`, `오카야마현`: a university's, a prefecture's ending, in no name's shape)
    return body.endswith(("대", "현")) and not (body[0] in SURNAMES and _named(body))


_FOREIGN_WORD = lazy_compile(r"[가-힣]{1,5}")
_ACRONYM = lazy_compile(r"[A-Z][A-Z0-9&]{1,9}")
_UNIVERSITY = lazy_compile(r"[가-힣]{3,}대")  # a body written in Latin capitals (`KAIST`)
# a unit's ending (`국제교류처`, `기획팀`): a body's part, no word of a person's name
_UNIT_ENDS = ("처", "팀", "과", "실", "국", "부", "단", "원", "소", "청", "센터")


def _body_then_foreign(words: list[str]) -> int | None:
    """`아랍국 누리과학대 라만 칼리드 누르 총장`: a body (its last word with a body's ending, or
    in Latin capitals), then a foreign name in two or three Hangul words, none a body's or a
    unit's, then a title: where the name starts; None else."""
    if not 4 <= len(words) <= 7 or words[-1] not in TITLE_WORDS:
        return None
    for n in (2, 3):
        at = len(words) - 1 - n
        if at < 1:
            break
        body = words[at - 1]
        name = words[at:-1]
        # (`누리과학대`: a university's ending, the word longer than a name)
        if not (_BODY_END.search(body) or _ACRONYM.fullmatch(body) or _UNIVERSITY.fullmatch(body)):
            continue
        if name[0][0] in SURNAMES and PERSON_NAME.fullmatch(name[0]):
            return None  # (`홍길동 …`: a Korean name first, another form)
        if all(
            _FOREIGN_WORD.fullmatch(w)
            and not _BODY_END.search(w)
            and not w.endswith(_UNIT_ENDS)
            and w not in COUNTRIES
            for w in name
        ):
            return at
    return None


_BODY_END = ending((*ORG_SUFFIXES, *ORG_SYLLABLES))


def _foreign_head(words: list[str]) -> bool:
    """`존 스미스 포틀랜드 시장`: a name in two or three words written in Hangul, none a place or
    a body, then one word for the body and a title of its own. The first word is no Korean
    name: it opens with no Korean surname, or, before two words more, it is longer than one
    (`이바라기 류타 오카야마현 지사`; `이상철 우리 대학 총장` is a Korean name and its body;
    `이바라기 류타 지사` may be a name and a title alone, and is left as it was)."""
    if not 3 <= len(words) <= 5 or words[-1] not in TITLE_WORDS:
        return False
    korean = words[0][0] in SURNAMES and (
        len(words) == 3 or PERSON_NAME.fullmatch(words[0]) is not None
    )
    return not korean and all(
        _FOREIGN_WORD.fullmatch(w) and not _BODY_END.search(w) and w not in COUNTRIES
        for w in words[:-2]
    )


# the heads of a city, a county and a district (`시장`, `군수`, `구청장`)
_TOWN_HEADS = tuple(REGION_HEADS[kind][0] for kind in MUNICIPAL_SYLLABLES)


def _foreign_fused(words: list[str]) -> str | None:
    """The body of a foreign head written before its city's fused title (`파블로 가르시아
    누리시장`, `존스미스 누리시장` -> `누리시`): one or two words of a name no Korean one (no
    Korean surname first, or more than three syllables), none a place or a body; None else."""
    # (a city's, county's or district's head only: `한빛전력 가온지사` is a company's branch)
    if not 2 <= len(words) <= 3 or not words[-1].endswith(_TOWN_HEADS):
        return None
    org = org_of_fused_title(words[-1])
    if org is None:
        return None
    name = words[:-1]
    korean = name[0][0] in SURNAMES and PERSON_NAME.fullmatch(name[0]) is not None
    if korean or not all(
        _FOREIGN_WORD.fullmatch(w) and not _BODY_END.search(w) and w not in COUNTRIES for w in name
    ):
        return None
    return org


_LEGAL_FORM = lazy_compile(
    r"^(?:주식회사|㈜|\(주\)|\(유\)|재단법인|사단법인|\(재\)|\(사\)|㈔|㈶)\s*"
    r"|\s*(?:주식회사|㈜|\(주\)|\(유\))$"  # (`(유)`: a 유한회사, a limited company)
    r"|,?\s+(?:Co\.,?\s*Ltd\.?|Co\.|Corp\.?|Inc\.?|(?:Pte\.?\s+)?Ltd\.?|LLC|PLC)$"
)
# a piece of text every match of `_LEGAL_FORM` and `_DESCRIBED_LEGAL` holds (a test checks)
_LEGAL_HINT = re.compile(
    r"주식회사|㈜|\(주\)|\(유\)|재단법인|사단법인|\(재\)|\(사\)|㈔|㈶|Co|Inc|Ltd|LLC|PLC"
)
# (`부설인 가람신문사`, `2차 협력사인 ㈜누리`: a kind the body is, said with the copula's `인`)
_CLAUSE_BEFORE = re.compile(
    r"^(?:\S+\s+){0,3}?\S*(?:하는|있는|받는|되는|지닌|가진"
    r"|(?:부설|산하|소속|자회사|계열사|협력사|회원사|업체|기관|단체|법인)인)\s+(?=\S)"
)


def drop_relative_clause(c: Cand) -> Cand:
    """`…를 발행하는 가람미디어`, `주목받고 있는 누리연구소`, `부설인 가람신문사`: the clause
    describing the body is no part of its name."""
    m = _CLAUSE_BEFORE.match(c.name)
    if m is None or not _HANGUL.search(c.name, m.end()):
        return c
    at = None if c.start is None else c.start + m.end()
    return replace(c, name=c.name[m.end() :], start=at)


# `뇌혈관질환 전문 가람병원`, `척추관절특화 누리병원`: what the body does, written before its name
_SPECIALTY = lazy_compile(r"^(?:\S+\s+)*?\S*(?:전문|특화)\s+(?=\S+$)")


def without_specialty(c: Cand) -> Cand:
    """`c` without the description of its field written before its one-word name."""
    if "전문" not in c.name and "특화" not in c.name:
        return c
    m = _SPECIALTY.match(c.name)
    if m is None:
        return c
    at = c.start + m.end() if c.start is not None else None
    return replace(c, name=c.name[m.end() :], start=at)


def strip_legal_form(c: Cand) -> Cand:
    """`Samsung Electronics Co.` -> the bare name, the written form an alias; `(주)카카오` keeps
    its Korean legal form in the formal name and gets the bare name as an alias; a description
    before the legal form (`국가기간통신사 ㈜가람뉴스`) is no part of the name."""
    if not _LEGAL_HINT.search(c.name) and c.name.strip(" ,") == c.name:
        return c  # no legal form to take off (nor a description before one)
    if (desc := _DESCRIBED_LEGAL.match(c.name)) and not c.aliases:
        at = None if c.start is None else c.start + desc.end()
        c = replace(c, name=c.name[desc.end() :], start=at)
    bare = _LEGAL_FORM.sub("", c.name).strip(" ,")
    if not bare or bare == c.name:
        return c
    if _HANGUL.search(c.name):
        if bare not in c.aliases:
            c.aliases = [bare, *c.aliases]
    else:
        c.aliases = [c.name, *c.aliases]
        c.name = bare
    return c


__all__ = [
    "PERSON_NAME",
    "SPACES",
    "Cand",
    "as_person",
    "drop_relative_clause",
    "key",
    "looks_like_org",
    "strip_legal_form",
    "without_specialty",
]
