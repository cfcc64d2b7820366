"""What clings to an organisation's name on real pages, cut before the name is kept.

Template code left in the page text (`$txt="한국…`), the close of a byline (`기자) 수원시 …`),
a description of where the body is (`태안시 소재 …`, `관내 위치한 …`, `인접지역 …`), a province or country
before a city (`경상북도 상주시`: the party is the city), and a
person with a title after the body (`한국…연구원 홍길동 원장`: the body, its head).
"""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BRANCH_SUFFIXES,
    COMPANY_SUFFIXES,
    COUNTRIES,
    GENERIC_BODIES,
    KIND_NOUNS,
    MUNICIPAL_CLASS,
    MUNICIPALITIES,
    NEARBY_WORDS,
    NETWORK_BODIES,
    ORG_SUFFIXES,
    ORG_SYLLABLES,
    PROVINCE_ENDINGS,
    PROVINCES,
    TITLE_WORDS,
    alternation,
    ending,
)
from summarizer.structure.candidate import PERSON_NAME

# `$pos="C";$title="";$txt="기관명`: everything up to the last code character is chrome
_CODE_SIGN = re.compile(r"[$=;]")
_CODE_HEAD = lazy_compile(r"^.*[$=;\"']\s*")
# `(뉴스 = 기자) 기관명`: a bracket closed before any opened is a byline's end
_BYLINE_CLOSE = re.compile(r"^[^()]*\)\s*(?=\S)")
# (or a bare word placing it near the reporter: `관내 누리병원`, `인접지역 누리`)
_LOCATED = re.compile(
    r"^(?:(?:\S+\s+){0,3}?(?:소재|소재의|위치한|자리한|자리잡은|있는|산하|산하의|소속)"
    rf"|{alternation(NEARBY_WORDS)})\s+(?=\S)"
)
_REGION_CITY = re.compile(
    rf"^(?:{alternation([*PROVINCES, *PROVINCES.values()])}{alternation(PROVINCE_ENDINGS)}?"
    rf"|{alternation(list(COUNTRIES))})\s+([가-힣]{{1,5}}[시군])$"
)
_TITLE = lazy_compile(alternation(TITLE_WORDS))
_ORG_END = ending(ORG_SUFFIXES)
_BRANCH = ending(BRANCH_SUFFIXES)
# (a body before its head's bare title: `…정보원`, `…청` end bodies too, `…건설` companies)
_BODY_END = ending(ORG_SUFFIXES + ORG_SYLLABLES + COMPANY_SUFFIXES)


def chrome_before(piece: str) -> int:
    """How many leading characters of `piece` are code or a byline's close, not the name."""
    cut = 0
    if _CODE_SIGN.search(piece):
        m = _CODE_HEAD.match(piece)
        if m and m.end() < len(piece):
            cut = m.end()
    while piece[cut : cut + 1] in ("]", "》", "〉", ">"):  # `]거제대 …`: a bracket left by chrome
        cut += 1
    m = _BYLINE_CLOSE.match(piece, cut) if ")" in piece else None
    if m and "(" not in piece[cut : m.end()]:
        cut = m.end()
    return cut


def undescribed(name: str) -> str:
    """`태안시 소재 산동제일의과대학` -> `산동제일의과대학`."""
    m = _LOCATED.match(name)
    return name[m.end() :] if m else name


def city_of(name: str) -> tuple[str, str | None]:
    """`경상북도 상주시` -> (`상주시`, `경상북도 상주시`); other names unchanged, no longer form."""
    m = _REGION_CITY.match(name)
    return (m.group(1), name) if m else (name, None)


# `경북 칠곡군`, `인천`, `군포시`, `중국`: words naming where a body is, before its name
_PLACE_WORD = lazy_compile(
    rf"(?:{alternation([*PROVINCES, *PROVINCES.values()])}){alternation(PROVINCE_ENDINGS)}?"
    rf"|{alternation(MUNICIPALITIES)}|[가-힣]{{1,4}}{MUNICIPAL_CLASS}"
    rf"|{alternation([c for c in COUNTRIES if c not in ('한국', '대한민국', '양국')])}"
)
_FOREIGN_REGION = lazy_compile(r"[가-힣]{1,3}[성주]")
# a body's own name: a stem of at least one syllable before a body's or company's ending
_OWN_NAME = lazy_compile(
    r"[가-힣A-Za-z0-9]+?"
    # (`여수시 가람호텔`: a hotel in another town, named with that town before it)
    + alternation((*ORG_SUFFIXES, *COMPANY_SUFFIXES, "농협", "수협", "축협", "신협", "현", "호텔"))
    + "$"
)


def unplaced(name: str) -> tuple[str, str | None]:
    """`인천 부평농협` -> (`부평농협`, `인천 부평농협`); `전북 완주군 봉동농협`, `중국 푸단대
    장강연구원` likewise: the place a report puts before a body is no part of its name. A name
    whose last word is a bare ending (`양평군 기업인 협의회`) keeps its place; so does one whose
    first word is itself a body (`경남대학교 극동문제연구소`)."""
    words = name.split()
    abroad = _abroad(words)
    if abroad is not None:
        return abroad, name
    n = 0
    while n < min(3, len(words) - 1) and (
        _PLACE_WORD.fullmatch(words[n]) or (n and _FOREIGN_REGION.fullmatch(words[n]))
    ):
        n += 1  # `중국 강소성 관남현`: a foreign province after its country
    while n > 0:
        last = words[-1]
        if (
            _OWN_NAME.fullmatch(last)
            and not _BARE_SUFFIX.fullmatch(last)
            and not _BRANCH.fullmatch(words[n])
            and not (n == len(words) - 1 and last in _NETWORK)  # `남한산성 새마을금고`
        ):
            return " ".join(words[n:]), name
        n -= 1
    return name, None


# the countries a Korean page names before a foreign body (not Korea itself, nor `양국`)
_ABROAD = frozenset(c for c in COUNTRIES if c not in ("한국", "대한민국", "양국", "우리나라"))
# what names no body without its country (`미국 정부`, `독일 외교부`, `일본 측`)
_GENERIC_REST = frozenset((*GENERIC_BODIES, *KIND_NOUNS))
_COUNTRY_BOUND = lazy_compile(r"정부|측|정부\s?측|국민|대사관|[가-힣]{1,3}부|[가-힣]{0,2}대통령")


def _abroad(words: list[str]) -> str | None:
    """`영국 하트우드 대학`, `독일 Bergmann GmbH`, `베트남 하이린성`, `중국 랴오닝성 단둥시`:
    a foreign body (or place) after its country (and its province, `…성`, `…주`), named
    without them; None when the rest opens with a word that needs its country to name a body
    (`미국 정부`, `독일 외교부`, `미국 국무부 정보조사국`) or the name opens with no foreign
    country."""
    if len(words) < 2 or words[0] not in _ABROAD:
        return None
    n = 2 if len(words) > 2 and _FOREIGN_REGION.fullmatch(words[1]) else 1
    rest = " ".join(words[n:])
    if _COUNTRY_BOUND.fullmatch(words[n]) or rest in _GENERIC_REST:
        return None
    return rest


def body_and_head(name: str) -> tuple[str, str] | None:
    """`한국화학연구원 홍길동 원장` -> (`한국화학연구원`, `원장 홍길동`); `국가정보원 지부장`
    (the head named by the title alone, as a body's head may be) -> (`국가정보원`, `지부장`)."""
    words = name.split()
    if len(words) < 2 or not _TITLE.fullmatch(words[-1]) or _BRANCH.search(words[-1]):
        return None
    if len(words) == 2:  # (`홍길동 A 사장`: the person before the body is another form)
        return (words[0], words[1]) if _BODY_END.search(words[0]) else None
    if not PERSON_NAME.fullmatch(words[-2]):
        return None
    body = " ".join(words[:-2])
    if not _ORG_END.search(body):
        return None
    return body, f"{words[-1]} {words[-2]}"


_PEOPLE_NOUN = lazy_compile(
    r"[가-힣]{2,6}인"
)  # `기술인`, `예술인`, `농업인`: people, no `…인` clause
_SHORT_BODY = lazy_compile(r"[가-힣]{0,2}" + alternation([x for x in ORG_SUFFIXES if len(x) > 1]))
_KIND_OF_BODY = lazy_compile(
    r"(?:기관|기업|단체|업체|회사|학교|대학)인$|법인$"
)  # `연구기관인`, `재단법인`


_BARE_SUFFIX = lazy_compile(alternation([x for x in ORG_SUFFIXES if len(x) > 1]))
_NETWORK = frozenset(NETWORK_BODIES)


def opens_spaced_name(word: str, after: str) -> bool:
    """`한국선진기술인 협동조합`: a people noun before a generic body word names the body."""
    if len(word) <= 3 and _BARE_SUFFIX.fullmatch(after):  # `기업인 협의회`: no name alone
        return True
    if _KIND_OF_BODY.search(word):
        return False
    return bool(_PEOPLE_NOUN.fullmatch(word) and _SHORT_BODY.fullmatch(after))
