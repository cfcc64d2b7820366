"""Organisation names as Korean releases write them: `이름(직함 성명, 이하 약칭) 지부`."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from summarizer.facts.datewords import DAYPARTS, TIME_WORDS, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BRANCH_SUFFIXES,
    CAPTION_POSITIONS,
    CENTRAL_SYLLABLES,
    COUNTRIES,
    GENERIC_MODIFIERS,
    JOINT_COUNTS,
    JOINT_NOUNS,
    JOINT_WORDS,
    MUNICIPAL_SYLLABLES,
    MUNICIPALITIES,
    NOT_ALIASES,
    ORG_SUFFIXES,
    PERSON_REFERENCES,
    TITLE_WORDS,
    TOWN_CLASS,
    UNIT_SUFFIXES,
    alternation,
    ending,
    marks,
)
from summarizer.lexicon.connectives import NOT_ORG, connectives
from summarizer.lexicon.counts import BARE, NAME_TAIL, NAME_TAIL_ENDS, count
from summarizer.lexicon.joins import JOINED, NAME_END, after_name
from summarizer.structure.candidate import SPACES as _SPACES
from summarizer.structure.candidate import (
    Cand,
    as_person,
    drop_relative_clause,
    strip_legal_form,
    without_specialty,
)
from summarizer.structure.candidate import looks_like_org as looks_like_org
from summarizer.structure.name_cleanup import (
    body_and_head,
    chrome_before,
    city_of,
    opens_spaced_name,
    undescribed,
    unplaced,
)
from summarizer.structure.org_lists import joined, same_kind_pair, shared_suffix
from summarizer.structure.party_words import is_body

# `… 등 4개 기관`, `학산농협 등 영동 내 농협 4곳`: the list's close, no part of its last name
# (`등 지역 내 4개 군부대`, `등 외국 4개 대학`: after a count, any kind word closes the list)
# (`등 12개 기업 대표이사`, `등 7개 시·군 시장·군수`: the people heading the counted bodies)
_SOME_MORE = lazy_compile(
    r"\s*등\s*(?:(?:[가-힣]+\s+){0,3}?"
    + count(BARE)
    + r"(?:\s*[가-힣·]{1,8}(?:\s+(?:"
    + alternation(PERSON_REFERENCES + TITLE_WORDS)
    + r"))?$)?"
    r"|[가-힣]\s*개"
    r"|[가-힣]{2,4}\s+(?=기관|단체))?"
    r"\s*(?:[가-힣]{0,6}?(?:기관|단체|기업|업체|사|곳|마을))?$"  # (`등 4개 유망중소기업`)
)
_OTHERS = lazy_compile(r"\s+외\s*\d+\s*(?:개\s*)?(?:기관|단체|기업|곳|개사|개)$")
# `A, B, C 3개 유관기관과`: the list's count after its last name, without `등`
_COUNT_AFTER = lazy_compile(r"\s+(\d+)\s*(?:개\s*)?(?:유관\s*)?(?:[가-힣]{1,6}|곳|개사)\s*$")
BRANCH = ending(BRANCH_SUFFIXES)
_KO_LEGAL = re.compile(r"\((?:주|유|재|사)\)|㈜")  # (`(유)`: a 유한회사)
# `교육 기술 기업 (주)에듀브릿지`, `민간 정보조사기관 서치코`: a description before the name
_DESCRIBED = lazy_compile(
    # (`국가기간뉴스통신사 가람뉴스`: a news agency described by its kind before its name)
    r"^(?:\S+\s+)*\S*(?:기업|업체|스타트업|(?<!주식)회사|기관|단체|통신사)\s+(?=\S)"
)
_PRAISED = lazy_compile(r"(?<!\S)(?:명문|유력|굴지의|세계적인|대표적인|최대)\s+(?=\S)")
_PERSONAL = re.compile(r"^([가-힣A-Za-z]{1,10})\s+([가-힣]{2,4})$")
_SITED = ("소재", "위치", "소재지")  # `B(가람동 소재)`: the bracket places the body
_GROUP_NOUNS = (*(n for n in JOINT_NOUNS if len(n) > 1), "측", "지역")
_NOT_ORG = re.compile(
    r"^(?:이번|이|두|세|네|양|각|해당|협약|본|당|그|동|같은|"
    + connectives(NOT_ORG)
    + r"|자매결연|결연|업무협약|양해각서|"
    + words_pattern(TIME_WORDS)
    + r")\b|\d"
    + rf"(?!\d*\s*{alternation(UNIT_SUFFIXES)}$)"  # `1군단`: a unit's short name opens with its number
    # `두기관`, `여러 지역` (a one-syllable noun may end a place's name: `양구`)
    + rf"|^(?:{alternation((*JOINT_COUNTS, '여러'))})\s*{alternation(_GROUP_NOUNS)}$"
    + r"|^"
    + alternation(JOINT_WORDS)
    + r"$"
    r"|(?:참석자|관계자|직원|주민|시민|학생|내빈)들?$"  # people at the ceremony, not a body
)

_NOT_ALIAS = lazy_compile(
    r"^" + alternation((*NOT_ALIASES, *CAPTION_POSITIONS)) + r"(?:\s|$)|^사진|(?:가운데|좌|우)\s*측"
    r"|^(?:주관|총괄|참여)|(?:기관|지자체)$"  # `(총괄지자체)`, `(주관기관)`: its role, no alias
)
_GENERIC = lazy_compile(
    r"(?:\S+\s+)?(?:" + alternation(GENERIC_MODIFIERS) + r")?"
    r"(?:기업|기관|업체|단체|회사|학교|업소|사업자)들?"
)


# Commas, middle dots, 및 and 와/과, behind a look-ahead for the characters every match opens
# with (no branch opens with a letter the engine could skip ahead to; a test compares), and
# compiled once (split_outside_brackets is asked for every side of every signing sentence)
_SEPARATORS = re.compile(
    r"(?=[,·ㆍ및와과\s])(?:,\s*|\s*[·ㆍ]\s*|(?:\s+|(?<=\)))및\s+|" + JOINED + r"\s+)"
)
# the same over a text whose brackets are blanked (`_unbracketed`): `A(구 B, 원장 C)과` ends
# its bracket's blank before the 과
_BLANKED_SEPARATORS = re.compile(
    r"(?=[,·ㆍ및와과\s])(?:,\s*|\s*[·ㆍ]\s*|(?:\s+|(?<=[)_]))및\s+|"
    + after_name(ends=NAME_END + "_")
    + r"\s+)"
)


def split_outside_brackets(
    s: str, seps: str | re.Pattern[str] = _SEPARATORS
) -> list[tuple[int, int]]:
    """Pieces of `s` separated by commas, middle dots, 및 or 와/과, ignoring those inside brackets."""
    # (a pattern as is, not once per character; anything not text taken for one: the stand-ins
    # benchmarks/profile_patterns.py records patterns by are no `re.Pattern`)
    sep = re.compile(seps) if isinstance(seps, str) else seps
    depth, out, pos, i = 0, [], 0, 0
    # From bracket to bracket: between two, the first separator (outside brackets) is found by
    # one search, not by trying the pattern at every character; a separator found beyond the
    # next bracket is kept for the stretch after it, not searched for again.
    m: re.Match[str] | None = None
    searched = -1  # where `m` was searched from: it is the first separator at or after there
    while i < len(s):
        bracket = _BRACKET.search(s, i)
        j = len(s) if bracket is None else bracket.start()
        if depth == 0:
            if searched < 0 or (m is not None and m.start() < i):
                m, searched = sep.search(s, i), i
                while m is not None and m.end() == m.start():  # an empty match separates nothing
                    m = sep.search(s, m.start() + 1) if m.start() < len(s) else None
            if m is not None and m.start() < j:
                out.append((pos, m.start()))
                pos = i = m.end()
                searched = -1
                continue
        if bracket is None:
            break
        depth = depth + 1 if s[j] == "(" else max(0, depth - 1)
        i = j + 1
    out.append((pos, len(s)))
    return [(a, b) for a, b in out if s[a:b].strip()]


_BRACKET = re.compile(r"[()]")
_LENTICULAR = str.maketrans({"【": "(", "】": ")"})
_HANJA = lazy_compile(r"\([\u4e00-\u9fff]+\)")  # `(洪吉童)`: a name in Chinese characters
_BRACKETED = re.compile(r"\(([^()]{1,60})\)")
_NESTED = re.compile(r"\(([^()]*)\([^()]*\)([^()]*)\)")
# (`(아교위. 위원장 홍길동)`: a stop between two items; `(가기협·회장 홍길동)`: a middle dot
# before the head, a title and a name closing the bracket)
_COMMA = re.compile(r"\s*,\s*|\.\s+|[·ㆍ](?=\s*[가-힣]{1,8}\s+[가-힣]{2,4}\s*(?:,|$))")
_ALIAS_NOTE = re.compile(r"^(?:이하|약칭|약어)\s*[:：]?\s*[‘'\"“]?([^’'\"”]+?)[’'\"”]?$")
_ALIAS_WORD = lazy_compile(r"[가-힣A-Za-z0-9&\-]{2,15}")
_HEAD_TITLE = lazy_compile(r"[가-힣]{1,3}장")
_CLOSING_QUOTES = ("’", "”", "」", "』", "'", '"')
_PAREN_GAP = re.compile(r"\s*\([^()]*\)\s*")
_ANY_SPACE = lazy_compile(r"\s")
_THE = lazy_compile(r"^(?:[Tt]he)\s+")
# the words of time a name may follow (`오후`, `이날`, `지난달`, `최근`): datewords' own and
# these
_TIME_LEADS = (*TIME_WORDS, *DAYPARTS, "최근", "앞서", "지난주")
_DAYPARTS = tuple(sorted({w.split(" ")[0] for w in _TIME_LEADS}))  # (what one opens with)
_DAYPART = lazy_compile(rf"^{words_pattern(_TIME_LEADS)}\s+")
_EPITHETS = ("고장", "도시", "고향", "메카", "본고장")
_EPITHET = re.compile(rf"^(?:\S+의\s+)?{alternation(_EPITHETS)}\s+(?=\S)")
_EPITHET_WORD = re.compile("|".join(_EPITHETS))
_COUNTED = NAME_TAIL_ENDS  # the last characters of the counts below
_COUNT_TAIL = re.compile(count(NAME_TAIL) + "$")
_PEOPLE_TAIL = lazy_compile(r"\s+(?:[가-힣]+\s+)?\d+\s*여?\s*명$")
_VERB_ENDS = ("에서", "으로", "하고", "하며", "했다", "한다", "위해", "위한")
# (`2030가람박람회 유치위원회`: an event's year glued to its name opens the body's name too)
# (`2024년 들빛은행`, `1985년 1234부대`: the year and its 년 whole, the name opening after them)
_YEAR_NAMED = lazy_compile(r"(?:19|20)\d{2}(?:년\s*|\s+)(?=[가-힣0-9])|(?:19|20)\d{2}(?=[가-힣])")
_EVENT_WORD = lazy_compile(r"박람회|엑스포|올림픽|대회|게임|월드컵|축제|비엔날레|페스티벌")


# `마르틴루터(Martin Luther)대학`: a rendering of words inside a word (an acronym's, `(EU)`,
# is `_IN_WORD`'s)
_RENDERED = lazy_compile(
    r"([가-힣]{2,})\(([A-Za-z][A-Za-z0-9&.\-]*\s[A-Za-z0-9&.\- ]{1,30})\)([가-힣]+)"
)
_IN_WORD = lazy_compile(r"([가-힣]{2,})\(([A-Za-z][A-Za-z0-9&]{0,9})\)(?=[가-힣])")
# its bracket alone, after two syllables: found by the `(` it opens with, not by the syllables
# tried at every character (a test compares)
_IN_WORD_BRACKET = re.compile(r"(?<=[가-힣][가-힣])\([A-Za-z][A-Za-z0-9&]{0,9}\)(?=[가-힣])")
# what every match of `_DESCRIBED` and `_GENERIC` holds or ends with: a name without one is
# not matched against them (a test checks the patterns still need them)
_DESCRIBING_WORD = re.compile(r"기업|업체|스타트업|회사|기관|단체|통신사")
_GENERIC_KINDS = ("기업", "기관", "업체", "단체", "회사", "학교", "업소", "사업자")
_GENERIC_ENDS = (*_GENERIC_KINDS, *(k + "들" for k in _GENERIC_KINDS))


def _in_word(piece: str) -> re.Match[str] | None:
    """`_IN_WORD.search(piece)`: the first bracket it needs, then the match from the start of
    the syllables before it (the leftmost match starts there; runs before later brackets
    start after this one)."""
    bracket = _IN_WORD_BRACKET.search(piece)
    if bracket is None:
        return None
    at = bracket.start()
    while at > 0 and "가" <= piece[at - 1] <= "힣":
        at -= 1
    return _IN_WORD.match(piece, at)


def _gap(m: re.Match[str]) -> str:
    """What a bracket leaves in a name: a space, or nothing inside a word (`유럽연합(EU)상공회의소`)."""
    inside = m.start() > 0 and m.end() < len(m.string) and not m.group(0)[0].isspace()
    return "" if inside and not m.group(0)[-1].isspace() else " "


# One document's pieces as parsed: the signing sentence's sides are read again as brackets for
# a short name's full form (`find_parties` lets them go before and after each document)
_Parsed = tuple[str, tuple[str, ...], str | None, int, int]
_PARSED: dict[tuple[str, int, int], _Parsed | None] = {}


def forget_parsed() -> None:
    """Let the pieces parsed so far go (a new document)."""
    _PARSED.clear()


def parse_piece(text: str, start: int, end: int) -> Cand | None:
    """`중소벤처기업부(장관 오영주, 이하 중기부)` or `A(이하 B) 지부` as a candidate party: a new
    candidate each time (callers change them), parsed once per document."""
    k = (text, start, end)
    if k in _PARSED:
        got = _PARSED[k]
    else:
        if len(_PARSED) >= 512:  # (asked outside `find_parties`: kept small)
            _PARSED.clear()
        c = _parse_piece(text, start, end)
        got = None if c is None else (c.name, tuple(c.aliases), c.head, c.start or 0, c.end or 0)
        _PARSED[k] = got
        if c is not None and c.start is not None and c.end is not None:
            return c  # (a new candidate already: the first asking gets it, not a copy of it)
    if got is None:
        return None
    return Cand(name=got[0], aliases=list(got[1]), head=got[2], start=got[3], end=got[4])


def _parse_piece(text: str, start: int, end: int) -> Cand | None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    start += lead
    quoted = piece[:1] in "‘“「『'\""
    if quoted:  # `‘A시·B군·C회’와`: a quoted list of partners
        piece, start = piece[1:], start + 1
    piece = piece.rstrip("’”」』'\"")
    chrome = chrome_before(piece)  # `$txt="기관명`, `기자) 기관명`
    piece, start = piece[chrome:], start + chrome
    span = len(piece)
    if piece.count("(") >= 2:  # `A(이사장 홍길동(가람구청장))`: a bracket inside the head's,
        piece = _NESTED.sub(r"(\1\2)", piece)  # qualifying the head, is let go
    if "【" in piece:  # `A【서장 홍길동(洪吉童)】`: a head in lenticular brackets
        piece = _HANJA.sub("", piece.translate(_LENTICULAR))
    aliases: list[str] = []
    head = None
    for m in _BRACKETED.finditer(piece):
        for item in _COMMA.split(m.group(1)):
            item = item.strip()
            am = _ALIAS_NOTE.match(item)
            if am:
                aliases.append(am.group(1).strip())
            elif _PERSONAL.match(item) and not item.endswith(_SITED):
                head = item  # (`(장지동 소재)`: where the body is, no head)
            elif (
                _ALIAS_WORD.fullmatch(item)
                and not _HEAD_TITLE.fullmatch(item)
                and not _NOT_ALIAS.search(item)
            ):
                aliases.append(item)
    # (each pattern below is tried only where the character or word it needs is there: a test
    # compares this with the plain form)
    if "(" in piece or "㈜" in piece:
        held = (
            _KO_LEGAL.sub(lambda m: m.group(0).replace("(", "\x01").replace(")", "\x02"), piece)
            if "㈜" in piece
            or "(주)" in piece
            or "(유)" in piece
            or "(재)" in piece
            or "(사)" in piece
            else piece
        )
        name = _PAREN_GAP.sub(_gap, held) if "(" in held else held
    else:
        name = piece
    name = _SOME_MORE.sub("", name) if "등" in name else name
    name = _OTHERS.sub("", name) if "외" in name else name  # `A 외 4개 기관`: A, and a count
    name = name.replace("\x01", "(").replace("\x02", ")").strip()
    if quoted and name.endswith(_CLOSING_QUOTES):  # `‘B㈜’(대표 홍길동)와`: the quote closed
        name = name.rstrip(
            "".join(_CLOSING_QUOTES)
        )  # before the head's bracket (its opener went above)
    described = _DESCRIBED.match(name) if _DESCRIBING_WORD.search(name) else None
    # (`… 국제개발협력기관 총재`: the word after the kind is its head's title, no name)
    if (
        described
        and not _ANY_SPACE.search(name[described.end() :])
        and name[described.end() :] not in TITLE_WORDS
    ):
        name = name[described.end() :]
    name = _SPACES.sub(" ", name).strip(" ,·")
    if name.endswith("명"):  # `B(회장 홍길동) 회원 20여명은`: the body, not its members
        name = _PEOPLE_TAIL.sub("", name)
    if name.startswith(("The", "the")):
        name = _THE.sub("", name)
    if name.startswith(_DAYPARTS):  # `17일 오후 파주시 …`, `최근 관악발전협의회와`
        name = _DAYPART.sub("", name)
    # `나비의 고장 함평군`, `교육의 도시 안산시`: an epithet before the name
    if _EPITHET_WORD.search(name):  # (`any(w in name for w in _EPITHETS)`, one search)
        name = _EPITHET.sub("", name)
    name = undescribed(name)  # `태안시 소재 …`
    if " " in name:  # `베트남 명문 반랑대학교`: praise before the name is no part of it
        name = _PRAISED.sub("", name)
    staffed = body_and_head(name)  # `…연구원 홍길동 원장`
    if staffed:
        name, head = staffed[0], head or staffed[1]
    words = name.split()
    # (`아랍국 누리과학대 라만 칼리드 누르 총장`: a head's phrase, its title last, may run to six)
    if not name or len(name) > 50 or len(words) > (6 if words[-1] in TITLE_WORDS else 5):
        return None
    year = _YEAR_NAMED.match(name) if name[0].isdigit() else None
    if year and not (_EVENT_WORD.search(name) and _ORG_WORD.search(name)):
        name = name[year.end() :]  # `2024년 들빛은행과`: a date, no part of the name
    # (`2012년 여수세계박람회 조직위원회`: an event's year opens its body's name)
    if _NOT_ORG.match(name) and not (year and name[0].isdigit()):
        return None
    if "(" in piece and (inword := _in_word(piece)):
        # `주한 유럽연합(EU)상공회의소`: the bracket renders one word; the short name is the
        # whole with that word replaced (`주한 EU상공회의소`), not the bracket alone
        aliases = [a for a in aliases if a != inword.group(2)]
        short = piece.replace(inword.group(0), inword.group(2))
        aliases.append(_SPACES.sub(" ", _PAREN_GAP.sub(_gap, short)).strip())
    if "(" in piece and (rendered := _RENDERED.search(piece)):
        # `마르틴루터(Martin Luther)대학`: a Latin rendering inside the word; the name as the
        # page writes it, bracket and all, is kept beside the name without it
        bare_word = rendered.group(1) + rendered.group(3)
        if bare_word in name and rendered.group(0) not in aliases:
            aliases.append(name.replace(bare_word, rendered.group(0), 1))
    if len(name) == 1 or (name.endswith(_COUNTED) and _COUNT_TAIL.search(name)):
        return None  # `시·도교육지원청 6곳`: a stray syllable, a count of bodies named elsewhere
    person = as_person(name)
    if person is not None:  # `김재욱 칠곡군수` speaks for `칠곡군`; `강경화 장관` names no body
        org, who = person
        if org is None:
            return None
        name, head = org, head or who
    # `경상북도 상주시`: the city is the party (the province, in the text, is not an alias: a
    # briefing naming the province alone as a party must still be caught)
    name = city_of(name)[0]
    name, placed = unplaced(name)  # `인천 부평농협`: the place is kept as an alias only
    if placed and placed not in aliases:
        aliases.append(placed)
    if name.endswith(_GENERIC_ENDS) and _GENERIC.fullmatch(name):  # `선정 기업과 협약을 맺은 뒤`
        return None
    if name.endswith(_VERB_ENDS):
        return None
    if " " in name and BRANCH.search(name):
        base = name.split(" ")[0]
        if base not in aliases:
            aliases.append(base)
    c = strip_legal_form(Cand(name=name, aliases=aliases))
    name, aliases = c.name, c.aliases
    c = Cand(name=name, aliases=aliases, head=head, start=start, end=start + span)
    # `부설인 가람신문사`, `…를 발행하는 가람미디어`, `뇌혈관질환 전문 가람병원`: a clause or a
    # field describing the body, no part of it (each ends in a space: a one-word name is not
    # asked)
    return without_specialty(drop_relative_clause(c)) if " " in name else c


# (`정상회의 준비위원회`: the 의 of 회의 is no genitive)
# (`…마을` is a village's name, `별빛마을 주민협의체`, not an object in `을`)
_CLAUSE_WORD = lazy_compile(
    # (`제주삼다수를 생산·판매하는 A`: an adnominal `하는` before the name, its `·` joining verbs)
    r"\S*(?:(?<!회)의|(?<!마)을|[를에로며고인된한]|하는|돼|되어|하여|해서|에서|위해|위한|함께|통해|대해|비롯해|포함해|비롯한|포함한"
    # `부여군청을 찾아 B 군수와`: a visit before the partner, no name; `척추로 이름난 A`,
    # `…로 알려진 A`: a description before the name
    r"|찾아|방문해|맞아|이름난|알려진"
    # `법률 시행에 맞춰 A, B와`: the occasion the clause is timed to
    r"|맞춰|발맞춰"
    # `7월 초에 걸쳐 A`, `심사를 거쳐 A`: a span of time or a step before the name; `10일 A`:
    # a day before it (a year may open an event's name); `…을 분석함 A`: a brief's `-함`
    r"|걸쳐|거쳐|\d{1,2}일|[가-힣]{2,}[함됨])$"
)


_ORG_WORD = ending(ORG_SUFFIXES)
_AFTER_CUT = frozenset(marks.LEAD + " ")
# `재단법인 한양문화재연구원`: a legal form ends in 인 but opens a name
_LEGAL_WORD = lazy_compile(r"(?:재단|사단|사회복지|학교|의료|특수|공익)법인|주식회사")
# `주한 유럽연합상공회의소`, `주미 대사관`: 駐韓 and its like open a name (no `-한` verb ending)
_STATIONED = lazy_compile(r"[주재](?:한|미|일|중)")


_BRACKETS = re.compile(r"\([^()]*\)")
_WORD = re.compile(r"\S+")
# `A와 한국의 B, C가`: a country's genitive qualifies the next name inside the list, no clause
# before the whole list (each piece still drops it: `한국의 B` -> `B`)
_OF_COUNTRY = lazy_compile(alternation(COUNTRIES) + r"의")


def _blanked(m: re.Match[str]) -> str:
    return "_" * len(m.group(0))


def _unbracketed(s: str) -> str:
    """`s` with each innermost round bracket blanked out (`_BRACKETS`); not searched without
    one (most pieces have none)."""
    return _BRACKETS.sub(_blanked, s) if "(" in s else s


_BARE_STEM = lazy_compile(r"[가-힣]{2,4}")
_TOWN_WORD = lazy_compile(r"[가-힣]+" + TOWN_CLASS + "|" + alternation(MUNICIPALITIES))


def _joint_offices(
    text: str, a: int, spans: list[tuple[int, int]], suffix: dict[tuple[int, int], str]
) -> list[tuple[int, int]]:
    """`동작·관악교육지원청`: a bare place word no body's ending is shared with, dotted onto a
    body's one-word name, is that body's name (one office for two districts), no body of its own."""
    out: list[tuple[int, int]] = []
    for x, y in spans:
        if out:
            px, py = out[-1]
            prev, cur = text[a + px : a + py].strip(), text[a + x : a + y].strip()
            dotted = text[a + py : a + x] in ("·", "ㆍ")
            if (
                dotted
                and (px, py) not in suffix
                and _BARE_STEM.fullmatch(prev)
                and not is_body(prev)
                and not _TOWN_WORD.fullmatch(prev)
                and not _ORG_WORD.search(prev)
                and " " not in cur
                and (_ORG_WORD.search(cur) or (len(cur) >= 4 and cur.endswith(CENTRAL_SYLLABLES)))
            ):
                out[-1] = (px, y)
                continue
            if dotted and _BARE_STEM.fullmatch(prev) and _KIND_PHRASE.match(cur):
                out[-1] = (px, y)  # `국방·벤처 기업 등 5개 기업`: two words of one kind
                continue
            if dotted and (px, py) not in suffix and _parent_and_place(prev, cur):
                out[-1] = (px, y)  # `가람공사 누리ㆍ별빛지사`: one branch for two places
                continue
        out.append((x, y))
    return out


# `벤처 기업 …`, `제조 업체`: a word qualifying a generic kind of body, no name
_KIND_PHRASE = lazy_compile(r"[가-힣]{1,4}\s+(?:" + "|".join(_GENERIC_KINDS) + r")(?:\s|$)")


def _parent_and_place(prev: str, cur: str) -> bool:
    """`가람공사 누리` before `ㆍ별빛지사`: a body's name, then a bare place word dotted onto a
    one-word branch (`지사`, `지부`): the branch of that body for both places."""
    words = prev.split()
    if len(words) != 2 or " " in cur or not BRANCH.search(cur):
        return False
    parent, place = words
    return (
        _ORG_WORD.search(parent) is not None
        and _BARE_STEM.fullmatch(place) is not None  # (a town's short name too: `강화ㆍ옹진지사`)
        and not _ORG_WORD.search(place)
    )


def _body_before(text: str, a: int, whole: str, cut: int) -> tuple[int, int] | None:
    """The last separator before a description ending at `cut` that closes an item named as a
    body (a legal form, a body's ending, a town): the item's end and the next item's start."""
    spans = split_outside_brackets(whole[:cut], _BLANKED_SEPARATORS)
    for (x, y), (nxt, _) in reversed(list(pairwise(spans))):
        words = whole[x:y].split()
        last = words[-1].rstrip("_") if words else ""
        named = _ORG_WORD.search(last) or _TOWN_WORD.fullmatch(last)
        if last and (named or _KO_LEGAL.search(text, a + x, a + y)):
            return y, nxt
    return None


# markup a scraped page leaves before a name: a Markdown image's `![`, a link's `[`, emphasis
_LEADING_MARKUP = lazy_compile(r"[!\[*#>_`\s]+")


# `A·B·C 3개 군`: a dotted list of towns closed by their count and kind
_TOWNS_COUNTED = lazy_compile(r"\s+(\d{1,2})\s*개\s*(" + "|".join(MUNICIPAL_SYLLABLES) + r")\s*$")
# `진안을 비롯한 `: one town named before the counted list, `비롯한` leading it in
_LED_TOWN = lazy_compile(r"(?<![가-힣])([가-힣]{1,4})(?:을|를)\s*비롯한\s*$")
_TOWN_STEM = lazy_compile(r"[가-힣]{1,4}")
_TOWN_NAMES = frozenset(MUNICIPALITIES)
_DOT = lazy_compile(r"\s*[·ㆍ]\s*")


def counted_towns(
    text: str, a: int, spans: list[tuple[int, int]], led: bool
) -> tuple[list[Cand], int, int, str] | None:
    """`완주·무주·장수 4개 군`: towns written by their short names, dotted, closed by their count
    and kind (`군`): each is that kind's town (`완주군`), when the count is the run's (one more
    with a town `비롯한` leads in) and the short names are towns' (most in MUNICIPALITIES: a
    short name that is also a common word, `장수`, is not listed there). The towns, and where
    their run starts and ends among `spans`."""
    for i, (x, y) in enumerate(spans):
        count = _TOWNS_COUNTED.search(text, a + x, a + y)
        if count is None:
            continue
        lo = i
        while lo > 0 and _DOT.fullmatch(text[a + spans[lo - 1][1] : a + spans[lo][0]]):
            lo -= 1
        if lo == i:
            return None
        stems = [text[a + p : a + q].strip() for p, q in spans[lo:i]]
        stems.append(text[a + x : count.start()].strip())
        n = int(count.group(1))
        if n != len(stems) + led or not all(_TOWN_STEM.fullmatch(w) for w in stems):
            return None
        if sum(w in _TOWN_NAMES for w in stems) * 2 <= len(stems):
            return None
        kind = count.group(2)
        out = []
        for (p, _), w in zip(spans[lo : i + 1], stems, strict=True):
            at = text.find(w, a + p)
            out.append(Cand(name=w + kind, aliases=[w], start=at, end=at + len(w)))
        return out, lo, i + 1, kind
    return None


def _led_town(led: re.Match[str] | None, kind: str) -> list[Cand]:
    """The town `비롯한` leads into a counted list of towns (`진안을 비롯한`): of the same kind."""
    if led is None or led.group(1) not in _TOWN_NAMES:
        return []
    w = led.group(1)
    return [Cand(name=w + kind, aliases=[w], start=led.start(1), end=led.end(1))]


def pieces(text: str, a: int, b: int) -> list[Cand]:
    out = []
    if (lead := _LEADING_MARKUP.match(text, a, b)) is not None:  # `![가람농협과 …](…)`
        a = lead.end()
    # `한국 외교관 양성 및 연구기관인 국립외교원`, `농업·농촌의 상생발전을 도모하기 위해 전북
    # 완주군`: a clause before the name is cut first (its `및` and `·` join words, not names)
    whole = _unbracketed(text[a:b])
    words = list(_WORD.finditer(whole))
    described = [
        w.end()
        for w, nxt in pairwise(words)
        if _CLAUSE_WORD.match(w.group(0))
        and not _LEGAL_WORD.fullmatch(w.group(0))
        and not _OF_COUNTRY.fullmatch(w.group(0))
        and not _STATIONED.fullmatch(w.group(0))
        and not opens_spaced_name(w.group(0), nxt.group(0).rstrip("_"))
        and not _ORG_WORD.search(
            w.group(0)
        )  # `관악새마을금고 본점`: 금고 ends a body, not a clause
    ]
    led = None
    if described:
        # (`A와 [설명]인 B`, `[설명] ㈜A, [설명] ㈜B`: the description is the last item's alone
        # when a body's name closes the item before it; each side of that separator is read)
        split = _body_before(text, a, whole, described[-1])
        if split is not None:
            return pieces(text, a, a + split[0]) + pieces(text, a + split[1], b)
        led = _LED_TOWN.search(text, a, a + described[-1])
        a += described[-1]
        while a < b and text[a] in _AFTER_CUT:
            a += 1  # (`3일 ▶누리재단과`: a lead mark after the cut words opens no name)
    spans = joined(text, a, split_outside_brackets(text[a:b]))
    town_led = led is not None and led.group(1) in _TOWN_NAMES
    towns = counted_towns(text, a, spans, town_led) if "개" in text[a:b] else None
    if towns is not None:  # `완주·무주·장수 4개 군`: the count's kind ends each dotted town
        found, lo, hi, kind = towns
        rest = spans[:lo] + spans[hi:]
        head = _led_town(led, kind) if town_led else []
        return head + found + [c for x, y in rest for c in pieces(text, a + x, a + y)]
    if len(spans) >= 2:  # `A, B, C 3개 기관`: a count of the names listed closes the list
        x, y = spans[-1]
        count = _COUNT_AFTER.search(text, a + x, a + y)
        bare = count is not None and "등" not in text[a + x : count.start()]  # (`등` cuts its own)
        if count and bare and int(count.group(1)) == len(spans):
            spans[-1] = (x, count.start() - a)
    suffix = shared_suffix(text, a, spans)
    spans = _joint_offices(text, a, spans, suffix)
    if any(" " in text[a + x : a + y].strip() for x, y in spans):
        spans = [(p - a, q - a) for x, y in spans for p, q in same_kind_pair(text, a + x, a + y)]
    for x, y in spans:
        # `…돕기 위해 중소벤처기업진흥공단(중진공)`, `국내 최대 경제단체인 한국경제인협회`:
        # keep the words after the last clause word
        masked = _unbracketed(text[a + x : a + y])
        words = list(_WORD.finditer(masked))
        cut = max(
            (
                w.end()
                for w, nxt in pairwise(words)
                if _CLAUSE_WORD.match(w.group(0))
                and not _ORG_WORD.search(w.group(0))
                and not _STATIONED.fullmatch(w.group(0))
                and not opens_spaced_name(w.group(0), nxt.group(0).rstrip("_"))
            ),
            default=0,
        )
        c = parse_piece(text, a + x + cut, a + y)
        if c and suffix and (x, y) in suffix:
            c = replace(c, name=c.name + suffix[(x, y)])
        if c:
            out.append(c)
    return out
