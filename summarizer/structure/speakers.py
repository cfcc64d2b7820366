"""Who is speaking: names, titles and organisations around a quotation (Korean and English)."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.english.surnames import SURNAMES
from summarizer.facts.datewords import TIME_WORDS, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    CENTRAL_SYLLABLES,
    COUNTRIES,
    HEAD_TITLES_EN,
    HONORIFICS_EN,
    JOINT_WORDS,
    MUNICIPALITIES,
    OFFICE_UNIT_SYLLABLES,
    OFFICIALS,
    ORG_SUFFIXES,
    ORG_SYLLABLES,
    PROVINCE_FORMS,
    TITLE_ABBREVIATIONS_EN,
    TITLE_ENDINGS,
    TITLE_QUALIFIERS,
    TITLE_RANKS_EN,
    TITLE_WORDS,
    TITLES_EN,
    VICE_EN,
    alternation,
    count_group,
    ending,
    final_of,
    joint_ko,
    title_of,
)
from summarizer.lexicon.connectives import NOT_NAME, NOT_SPEAKER, connectives
from summarizer.models.records import Party
from summarizer.structure.candidate import PERSON_NAME

KO_TOPIC = re.compile(r"(?:은|는|이|가|도)\s*,?\s*$")
_KO_TOPIC = KO_TOPIC
_NOT_NAME = re.compile(
    r"^(?:" + connectives(NOT_NAME) + r"|그는|그녀는|이번|현장|당시|행사|협약식|기념사"
    r"|대해|대하여|관련해|따라|인사말|축사|환영사|답사"
    # the quotative ending left after a closed quote (`…”이라고 말했고, 최가온 이사장은 “…`)
    r"|이라고|이라며|이라면서|라고|라며|라면서|"
    + "|".join(JOINT_WORDS)
    + "|"
    + words_pattern(TIME_WORDS)
    + r")$"
)
_ORG_END = ending((*ORG_SUFFIXES, *ORG_SYLLABLES, "공", "사"))
# the word closing an adverbial clause before a speaker (`…과 관련해`, `…에 대해`)
_LEAD_CLAUSE_END = re.compile(r"(?:관련해|관련해서|관련하여|대해|대해서|대하여),?")
_STRONG_ORG_END = ending((*ORG_SUFFIXES, "부", "처", "청"))
# (and the title words no such ending covers, whole: `고문`, `주임`, `대통령`; only those, so the
# pattern stays as short as the endings)
_TITLE_END = ending((*TITLE_ENDINGS, *(w for w in TITLE_WORDS if not w.endswith(TITLE_ENDINGS))))
# `이 자리에서 박 이사장은`: a word in a case of place or source (`에서`, `에게서`, `께서`) is
# never a person's name (no Korean name ends so); the surname after it is the speaker's
_PLACE_CASE = re.compile(r"(?:에서|께서)$")
_INFLECTED = re.compile(r"(?:[한된던는인할될의에을를로와과도]|에서)$")  # `참석한`, `행사에`
_GENITIVE = lazy_compile(r"의$")
PRONOUN = lazy_compile(r"^(?:그|그녀|He|She|They)$")


_EN_TITLE = lazy_compile(
    r"^(?:"
    + alternation((*VICE_EN, *TITLE_RANKS_EN))
    + r"\s+)*"
    + alternation(
        (
            *TITLES_EN,
            *HONORIFICS_EN,
            *(h.rstrip(".") for h in HONORIFICS_EN),
            "Prof",
            *TITLE_ABBREVIATIONS_EN,
        )
    )
    + r"\s+"
)

# (compiled once: these are asked of every sentence, line or name)
_BRACKETED = re.compile(r"\([^()]*\)")
_NAME_LENGTH = re.compile(r"[가-힣]{2,4}")
# two people speaking together: `김누리‧박가람 이장은 “…` (names joined by a middle dot)
_NAME_PAIR = lazy_compile(r"[가-힣]{2,4}[‧·ㆍ・][가-힣]{2,4}")
# (`회`: a society, `금오회 남가온 회장`; asked only of two name-shaped words, one a body)
_BODY_SYLLABLE_END = re.compile(r"[대부처청원시군구도회]$")
_ONE_SYLLABLE = lazy_compile(r"[가-힣]")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")


_PARTICLE = lazy_compile(r"^(?:Al|El|Bin|Ben|Abu|Van|Von|De|Del|Della|Da|Di|Du|Le|La|Mac)\s")
_NOT_GIVEN = lazy_compile(
    r"^(?:The|A|An|And|But|When|While|As|Said|According|General|Chief|Head|Vice|Deputy|Executive|"
    r"Manager|Officer|Leader|Team|Senior|Spokesperson|Spokesman|Spokeswoman|Korea|Korean)$"
)


# a post in an apposition: `Hee-Bong Chae, CEO of Kogas`, `A Air's Chairman and CEO, Yang Ho Cho`
# (the lexicon's heads' titles, and a university's `Rector`, which only this reader asks for)
_POSTS = alternation((*HEAD_TITLES_EN, "Rector"))
_POST_WORD = lazy_compile(r"\b(?:" + _POSTS + r")\b", re.I)
_PERSON_EN = lazy_compile(r"[A-Z][a-z]+(?:[- ][A-Za-z][a-z]+){1,3}")
# the post side opens with the post, or with its body's possessive (`CEO of Kogas`, `the
# president of …`, `A Air's Chairman and CEO`; not `Space and Security President`, the rest of
# a body's name)
_POST_SIDE = lazy_compile(
    r"(?:the\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}['’]s\s+)?(?:(?:vice|deputy|senior|"
    r"executive|chief)\s+)?(?:" + _POSTS + r")\b",
    re.I,
)


def _apposed_person(who: str) -> tuple[str, str] | None:
    """(name, post) of `Name, post` or `post, Name`: the person beside his post."""
    first, comma, last = who.partition(", ")
    if not comma or ", " in last:
        return None
    if _PERSON_EN.fullmatch(first) and not _POST_WORD.search(first) and _POST_SIDE.match(last):
        return first, last
    if _PERSON_EN.fullmatch(last) and not _POST_WORD.search(last) and _POST_SIDE.match(first):
        return last, first
    return None


# a title inside a speaker's words, after the body's name; `Officer` ends a post's words
# (`Chief Operating Officer`), so the title runs from the first of these to the last
# (with the words ranking it: `Under Secretary`, `Vice Minister`)
_INNER_TITLE = lazy_compile(
    r"\b(?:"
    + alternation((*VICE_EN, *TITLE_RANKS_EN))
    + r"\s+)*"
    + alternation((*TITLES_EN, "Officer"))
    + r"\s+"
)


def english_who(text: str, who: str) -> tuple[str, str | None]:
    """(`Kang Do-hyung`, `Minister`) from `Minister Kang Do-hyung`; short names made full."""
    if (apposed := _apposed_person(who)) is not None:  # `Hee-Bong Chae, CEO of Kogas`
        return _full_english_name(text, apposed[0]), apposed[1]
    m = _EN_TITLE.match(who)
    title = m.group(0).strip() if m else None
    name = who[m.end() :] if m else who
    inner = list(_INNER_TITLE.finditer(name))
    if inner:  # `Naver CEO Choi Soo-yeon`, `Nuri Chief Operating Officer Kim Ga-ram`
        title = name[inner[0].start() : inner[-1].end()].strip()
        name = name[inner[-1].end() :]
    portfolio = re.match(r"(?:for|of)\s+(.+?)\s+([A-Z][a-z]+\s+[A-Z][a-z]+(?:-[a-z]+)?)$", name)
    if title and portfolio:  # `Vice Minister for Trade Lee Jun-ho`
        title = f"{title} {name[: portfolio.start(2)].strip()}"
        name = portfolio.group(2)
    elif title and (short := re.match(r"(?:for|of)\s+(.+?)\s+([A-Z][\w-]+)$", name)):
        # `Chief of Staff Kang`: a title's portfolio, then the surname alone
        title = f"{title} {name[: short.start(2)].strip()}"
        name = short.group(2)
    return _full_english_name(text, name), title


def _full_english_name(text: str, short: str) -> str:
    """`Kim` -> `Kim Do-hyun` when the text names the person in full somewhere."""
    m = re.search(r"\b" + re.escape(short) + r"(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2}\b", text)
    if m:
        return m.group(0)
    # `Virtanen` or `Al Hammadi` -> `Aino Virtanen`, `Mohammed Al Hammadi`: a given name before it
    if " " in short and not _PARTICLE.match(short):
        return short  # `Aino Virtanen` is already whole
    # (`Sung-Mo Kang`: a hyphened given name whole, not `Mo`; `Kwang Hyung Lee`: a given name
    # of two words, the first no title, `President Kwang Hyung Lee`)
    for m in re.finditer(
        r"(?<![\w-])(?:(?P<first>[A-Z][a-z]+)\s+)?([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)\s+"
        + re.escape(short)
        + r"\b",
        text,
    ):
        whole, last = m.group(0), m.group(0)[m.start(2) - m.start() :]
        if m.group("first") is not None and (
            _EN_TITLE.match(whole) or _NOT_GIVEN.match(m.group("first"))
        ):
            whole = last
        if not (_EN_TITLE.match(whole) or _EN_TITLE.match(last) or _NOT_GIVEN.match(m.group(2))):
            return whole
    return short


# between `KOTRA` and a name only titles: `President `, `Director General `, `chief `
_TITLE_GAP = lazy_compile(
    r"(?:(?:[A-Z][\w.-]*|chief|executive|head|president|director|general|minister|vice|deputy|"
    r"chairman|chairwoman|commissioner|governor|mayor|secretary)\s+){0,4}"
)


def english_org(text: str, name: str, parties: list[Party]) -> str | None:
    """The party named next to a person's first mention: `KOTRA President Yoo Jae-won`,
    `Aino Virtanen, director general of Business Finland`."""
    at = text.find(name)
    if at < 0:
        return None
    newline = text.rfind("\n", 0, at)  # a bounded look back: never a scan to the text's start
    line_start = max(newline, text.rfind(". ", max(newline, 0), at) + 1, 0)
    before = text[max(line_start, at - 60) : at]
    following = text[at + len(name) : at + len(name) + 90]
    after = re.match(r",[^.;\"“(]*?\b(?:of|at|for)\s+(?:the\s+)?([^,.;(]+)", following)
    best: tuple[int, str] | None = None
    for p in parties:
        for n in [p.name, *p.aliases]:
            if not n or not re.search(r"[A-Za-z]", n):
                continue
            if after and after.group(1).strip().startswith(n):
                return p.name
            hits = list(re.finditer(r"\b" + re.escape(n) + r"(?:'s|’s)?\s+", before))
            last = hits[-1] if hits else None
            if (
                last
                and _TITLE_GAP.fullmatch(before[last.end() :])
                and (best is None or last.start() > best[0])
            ):
                best = (last.start(), p.name)
    if best is None and re.search(r"\bMinister\b(?:\s+(?:for|of)\s+[A-Z][\w,' ]*)?\s*$", before):
        ministries = [p.name for p in parties if p.name.startswith("Ministry")]
        if len(ministries) == 1:  # `Vice Minister for Trade Lee`: the one ministry party
            return ministries[0]
    return best[1] if best else None


_SPACES = re.compile(r"\s+")
# the parties together as a speaker (`양 기관`, `두 도시`, `양측`)
# (`협약 기관들은 “…”라고 입을 모았다`: the signatories together, with a plural `들`)
_JOINT = re.compile("(?:" + count_group() + "|" + alternation(JOINT_WORDS) + ")(?:들)?")
# the parties' heads together: `양 기관 대표는 “…`, `두 단체 관계자들은 “…`, `두 마을의 대표는
# “…` (a group, no name: a count before any short noun, its genitive perhaps), by their common
# title too (`4개 대학 총장들은 “…`, `두 도시 시장은 “…`)
_JOINT_PEOPLE = lazy_compile(
    "(?:"
    + _JOINT.pattern
    + "|"
    + joint_ko()
    + r")(?:의)?\s+(?:대표자|단체장|관계자|"
    + alternation(TITLE_WORDS)
    + r")(?:들)?"
)
# a body speaking in its own name: a word ending like an organisation (`…사업단`, `…협회`)
_BODY_END = lazy_compile(alternation(ORG_SUFFIXES) + "$")
# (looked up by hash: `in` the tuple compared a token with each of its ~80 words)
_ORG_SUFFIX_SET = frozenset(ORG_SUFFIXES)


@lru_cache(maxsize=1024)  # the parties' names are squeezed again for every token asked about
def _squeezed(s: str) -> str:
    return _SPACES.sub("", s)


def _org_of(token: str, parties: list[Party]) -> Party | None:
    """The party `token` names: its name, an alias, or a clipped form (`아주대` for `아주대학교`)."""
    t = _squeezed(token)
    for p in parties:  # (compared name by name: no list of them built per party per token)
        # (the aliases squeezed and compared in C by `in` over a map: no generator per party)
        if _squeezed(p.name) == t or (p.aliases and t in map(_squeezed, p.aliases)):
            return p
    if len(t) >= 3:
        for p in parties:
            if _squeezed(p.name).startswith(t):
                return p
    return None


def _org_like(tok: str, parties: list[Party]) -> bool:
    """`중기부`, `한국경제인협회`, `안산시청`: an organisation, not a person."""
    if _org_of(tok, parties) or _LATIN_OR_DIGIT.search(tok) or tok in _ORG_SUFFIX_SET:
        return True  # (`공단 이연승 이사장`: the bare word for a body)
    if tok in PROVINCE_FORMS or _local_government(tok) or _kind_of_party(tok, parties):
        return True  # `김누리 경남도 과장`, `박가람 호텔 본부장`: the body between name and title
    if len(tok) >= 3 and _STRONG_ORG_END.search(tok):
        return True
    return len(tok) >= 4 and _ORG_END.search(tok) is not None


# cities and counties by their short names (`단양` -> `단양군`, `안산` -> `안산시`)
_MUNICIPALITY_SET = frozenset(MUNICIPALITIES)


def _local_government(tok: str) -> bool:
    """`단양군`, `안산시`: a city or county the lexicon knows, written with its unit."""
    return len(tok) >= 3 and tok[-1] in "시군구" and tok[:-1] in _MUNICIPALITY_SET


def _kind_of_party(tok: str, parties: list[Party]) -> bool:
    """`호텔` for the party `누리마리나호텔`: the word a party's name ends with, the story's short
    way of naming that body (`최가온 호텔 총괄본부장`); never a person's name."""
    if len(tok) < 2:
        return False
    for p in parties:
        for n in (p.name, *p.aliases):
            if len(n) > len(tok) + 1 and n.endswith(tok):
                return True
    return False


# `사장 직무대행`, `원장 권한대행`: a word that qualifies the title before it
_TITLE_MOD = re.compile(alternation(TITLE_QUALIFIERS, spaced=True) + "$")
# `대표이사 사장`, `부시장 겸 대변인`: a title word that may stand before another title
_BARE_TITLE = re.compile(alternation(TITLE_WORDS) + "$")
_GLUED_MOD = re.compile("(?<=[가-힣])" + alternation(TITLE_QUALIFIERS) + "$")


def _join_title(tokens: list[str]) -> tuple[list[str], str]:
    """`[…, 사장, 직무대행]` -> `[…, 사장 직무대행]` and the title's base word (`사장`).

    A title may run over several words: a qualifier after it (`직무대행`), a `겸` joining two,
    or a bare title word before another (`대표이사 사장`).
    """
    j = len(tokens) - 1
    base = tokens[j]
    while j >= 1:
        cur, prev = tokens[j], tokens[j - 1]
        if _TITLE_MOD.match(cur) and _TITLE_END.search(prev):
            base = prev  # `사장 직무대행`: the title is the word it qualifies
        elif prev == "겸" and j >= 2 and _TITLE_END.search(tokens[j - 2]):
            j -= 1  # `부시장 겸 대변인`: take `겸` here, the title before it next
        elif not (_BARE_TITLE.match(prev) and _TITLE_END.search(cur)):
            break
        j -= 1
    # `군수권한대행`, `사장직무대행`: the qualifier written onto the title it qualifies
    glued = _GLUED_MOD.search(base)
    if glued and _TITLE_END.search(base[: glued.start()]):
        base = base[: glued.start()]
    return [*tokens[:j], " ".join(tokens[j:])], base


def _name_shaped(tok: str) -> bool:
    """`조성부`, `남궁민수`: a family name and a given name of one or two syllables."""
    return bool(PERSON_NAME.fullmatch(tok)) and (tok[0] in SURNAMES or tok[:2] in SURNAMES)


def _name_like_body(tokens: list[str], k: int, parties: list[Party]) -> bool:
    """`조성부 누리일보 사장`, `김영처 가온시 부시장`: a person whose name ends like a ministry or an
    agency (`부`, `처`, `청`), told by the body named between it and the title."""
    tok = tokens[k]
    return (
        len(tok) == 3
        and tok[0] in SURNAMES
        and tok[-1] in CENTRAL_SYLLABLES
        and k + 2 < len(tokens)
        and _org_of(tok, parties) is None
        and (
            not _name_shaped(tokens[k + 1])
            or tokens[k + 1][-1] in ORG_SYLLABLES
            or _org_like(tokens[k + 1], parties)
        )
    )


def _side_of(tokens: list[str], parties: list[Party]) -> tuple[None, str, str | None] | None:
    """`누리재단 측`, `협회 측`, `재단측`: a body speaking as one side, (None, its name, its party).
    A bare kind (`재단`, `협회`) is the one party whose name ends with it."""
    last = tokens[-1]
    if last == "측" and len(tokens) >= 2:
        body = tokens[:-1]
    elif len(last) >= 3 and last.endswith("측"):
        body = [*tokens[:-1], last[:-1]]
    else:
        return None
    whole = " ".join(body[-3:])
    party = _org_of(whole, parties) or _org_of(body[-1], parties)
    if party is None:
        ends = [
            p
            for p in parties
            if p.name.endswith(body[-1]) or any(a.endswith(body[-1]) for a in p.aliases)
        ]
        party = ends[0] if len(ends) == 1 else None
    if party is not None:
        return None, party.name, party.name
    if _org_like(body[-1], parties) or _BODY_END.search(body[-1]):
        return None, whole, None
    return None


def korean_speaker(phrase: str, parties: list[Party]) -> tuple[str | None, str | None, str | None]:
    """(name, title, org) from `오영주 중기부 장관` / `중기부 오영주 장관` / `정민호 안산시장`."""
    tokens = [t for t in _BRACKETED.sub(" ", phrase).split() if t][-8:]
    # `이번 협약과 관련해 누리부는 “…`: an adverbial clause before the speaker is not its name
    lead = [k for k, tok in enumerate(tokens[:-1]) if _LEAD_CLAUSE_END.fullmatch(tok)]
    tokens = tokens[lead[-1] + 1 :] if lead else tokens
    if not tokens:
        return None, None, None
    if _JOINT.fullmatch(" ".join(tokens)) or _JOINT_PEOPLE.fullmatch(" ".join(tokens)):
        return None, " ".join(tokens), None  # `양 기관은 “…`: the parties together
    if tokens[-1].endswith("측") and (side := _side_of(tokens, parties)) is not None:
        return side  # `재단 측은 “…`: a body speaking as one side
    tokens, base = _join_title(tokens)
    tokens = tokens[-6:]
    title = tokens[-1]
    whole = " ".join(tokens)
    for p in parties:  # `육군 1군수지원여단장`: the head of a party named in full, by office
        for n in [p.name, *p.aliases]:
            if " " in n and whole.startswith(n) and 0 < len(whole) - len(n) <= 3:
                return None, whole, p.name
    if len(tokens) >= 2 and not _TITLE_END.search(base):
        if _BODY_END.search(base) and len(tokens) <= 4:  # `누리대 LINC 3.0사업단은 “…`
            party = _org_of(whole, parties) or _org_of(tokens[0], parties)
            return None, whole, party.name if party else None
        return None, None, None  # `업계 관계자`: nobody the release names
    names = [
        k
        for k, tok in enumerate(tokens[:-1])
        if (_NAME_LENGTH.fullmatch(tok) or _NAME_PAIR.fullmatch(tok))
        and tok not in _COUNTRY_SET
        and not _NOT_NAME.match(tok)
        and not _PLACE_CASE.search(tok)
        and (not _org_like(tok, parties) or _name_like_body(tokens, k, parties))
    ]
    # `서경민 현대차 본부장`: the first clean word; `행사에 참석한 이상인 회장`: the last one
    clean = [k for k in names if not _INFLECTED.search(tokens[k])]
    # `조성부 누리일보 사장`: a word shaped like a person's name outranks one that is not
    shaped = [k for k in clean if _name_shaped(tokens[k])]
    if 0 < len(shaped) < len(clean):
        clean = shaped
    # `중앙대 박상규 총장`: of two name-like words, one ending like a body (`대`, `시`) is the body
    bodyish = [
        k
        for k in clean
        if _BODY_SYLLABLE_END.search(tokens[k]) and not _name_like_body(tokens, k, parties)
    ]
    if len(clean) >= 2 and 0 < len(bodyish) < len(clean):
        clean = [k for k in clean if k not in bodyish]
    # `연대장 김가온 대령`: of two name-shaped words, one ending in a title (a unit's head) is the
    # office, the other the person
    titled = [k for k in clean if title_of(tokens[k]) is not None]
    if 0 < len(titled) < len(clean):
        clean = [k for k in clean if k not in titled]
    # `주민 김가온 씨`: of two name-shaped words, one of three syllables (most Korean names) is
    # the person, one of two a word for them (`주민`, `회원`)
    full = [k for k in clean if len(tokens[k]) == 3]
    if len(clean) >= 2 and 0 < len(full) < len(clean):
        clean = full
    if names:
        k = clean[0] if clean else names[-1]
        lo, hi = _foreign_span(tokens, k, parties)
        org = _org_outside(tokens, lo, hi, parties)
        resolved = _resolve_org(org, title, parties)
        if resolved is None:  # `오영주 장관`: the party whose bracket named this head
            resolved = next(
                (p.name for p in parties if p.head and p.head.split()[-1] == tokens[k]), None
            )
        return " ".join(tokens[lo : hi + 1]), title, resolved
    if (latin := _latin_person(tokens, parties)) is not None:
        # `Anna Berg 누리재단 사무총장은 “…`: a foreign name in Latin script on a Korean page
        lo, hi = latin
        return (
            " ".join(tokens[lo : hi + 1]),
            title,
            _resolve_org(_org_outside(tokens, lo, hi, parties), title, parties),
        )
    if len(tokens) == 1 and PRONOUN.match(title):
        return None, None, None
    if len(tokens) >= 2 and _ONE_SYLLABLE.fullmatch(tokens[-2]):
        return tokens[-2], title, None  # `박 이사장`: a surname, made full by the caller
    # no name: `중기부 장관` -> the head the party's bracket gave (`장관 오영주`)
    org = " ".join(tokens[:-1]) or None
    party = _org_of(org, parties) if org else None
    if party and party.head and party.head.split()[0] == title:
        return party.head.split()[-1], title, party.name
    if org is None and (head := _only_head_titled(title, parties)) is not None:
        return head  # `이사장은 “…` after `누리재단(이사장 박누리)`: that head
    return None, title, _resolve_org(org, title, parties)


def _org_outside(tokens: list[str], lo: int, hi: int, parties: list[Party]) -> str | None:
    """The body words of a speaker phrase (`tokens`, its title last) outside the name that
    spans `tokens[lo : hi + 1]`."""
    words = [t for i, t in enumerate(tokens[:-1]) if not lo <= i <= hi and _org_like(t, parties)]
    return " ".join(words) or None


_COUNTRY_SET = frozenset(COUNTRIES)
_HANGUL_WORD = lazy_compile(r"[가-힣]{1,5}")


_ENDING = lazy_compile(r"[이가은는을를의에와과며고서다면]$")
# the particles that follow a closed syllable (`본부장이`), and those that follow an open one
# (`회장가`): `세르게이`, `알렉세이` end in no particle, the syllable before `이` being open
_AFTER_CLOSED = frozenset("이은을과")
_AFTER_OPEN = frozenset("가는를와")


def _closed(ch: str) -> bool:
    """Whether a Hangul syllable ends in a consonant (a final, 받침)."""
    return bool(final_of(ch))


def _particle_end(tok: str) -> bool:
    """Whether `tok` ends in a particle or a verb's ending: `이`, `은`, `을`, `과` only after a
    closed syllable, `가`, `는`, `를`, `와` only after an open one (the particle's own form)."""
    last, before = tok[-1], tok[-2]
    if last in _AFTER_CLOSED:
        return _closed(before)
    if last in _AFTER_OPEN:
        return not _closed(before)
    return _ENDING.search(tok) is not None


_LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?")


def _latin_person(tokens: list[str], parties: list[Party]) -> tuple[int, int] | None:
    """Where two to four capitalised Latin words in a row before the title name a person
    (`Anna Berg`), not a body the story names (a party's name or alias holding them)."""
    k = 0
    while k < len(tokens) - 1:
        if not _LATIN_NAME_WORD.fullmatch(tokens[k]):
            k += 1
            continue
        end = k
        while end + 1 < len(tokens) - 1 and _LATIN_NAME_WORD.fullmatch(tokens[end + 1]):
            end += 1
        run = " ".join(tokens[k : end + 1])
        if 1 <= end - k <= 3 and not any(run in n for p in parties for n in (p.name, *p.aliases)):
            return k, end
        k = end + 1
    return None


def _foreign_part(tok: str, parties: list[Party], *, before_title: bool = False) -> bool:
    """`존`, `로페즈`, `반`: a word a foreign name written in Hangul may hold (no body, title,
    country or word that is never a name; no Korean name's shape, `김가온`). A word the title
    follows at once carries no adverbial particle (`노리히로 회장`: no `로` of direction before a
    noun), so only a genitive `의` there is one."""
    inflected = _GENITIVE if before_title else _INFLECTED
    return (
        bool(_HANGUL_WORD.fullmatch(tok))
        and not _name_shaped(tok)
        and tok not in _COUNTRY_SET
        and title_of(tok) is None
        and not _NOT_NAME.match(tok)
        and not _PLACE_CASE.search(tok)
        and not (len(tok) > 2 and inflected.search(tok))
        # (`본부장이`, `참석했으며`: a word with its particle or a verb's ending)
        and not (len(tok) > 1 and _particle_end(tok))
        # (`계명대`, `중진공`, `국제교류팀`: a body written short after the name, no name's part)
        and not (len(tok) > 1 and (_ORG_END.search(tok) or _BODY_SYLLABLE_END.search(tok)))
        and not (len(tok) > 2 and tok[-1] in OFFICE_UNIT_SYLLABLES)
        and not _org_like(tok, parties)
    )


def _foreign_span(tokens: list[str], k: int, parties: list[Party]) -> tuple[int, int]:
    """The tokens a speaker's name spans around `tokens[k]`: a foreign name written in Hangul
    with spaces (`존 스미스 누리은행 대표`, `마리아 로페즈 주한 … 대사`, `응우옌 반 안 … 총영사`) is
    whole, not its one word; a Korean name is its one word."""
    lo = hi = k
    # (the words before it only when it is itself no Korean name: `존 스미스`, not `주민 김가온`)
    while lo > 0 and not _name_shaped(tokens[lo]) and _foreign_part(tokens[lo - 1], parties):
        lo -= 1
    # (the words after it when it is no Korean name, or when a body stands between them and
    # the title: `마리아 로페즈 주한 … 대사`; not `김가온 누리화학 대표`, the body written short)
    while (
        hi + 1 < len(tokens) - 1
        and (not _name_shaped(tokens[k]) or hi + 2 < len(tokens) - 1)
        and _foreign_part(tokens[hi + 1], parties, before_title=hi + 2 == len(tokens) - 1)
    ):
        hi += 1
    return lo, hi


def full_foreign_name(text: str, upto: int, family: str, parties: list[Party]) -> str:
    """`슈미트` -> `안드레아 슈미트` from an earlier `안드레아 슈미트 누리재단 이사장`: a foreign
    family name the story shortened, made whole from its first mention (the word or two
    before it there that a foreign name may hold); else `family`."""
    if _name_shaped(family) or not _HANGUL_WORD.fullmatch(family):
        return family
    at = text.find(family)
    while 0 <= at < upto:
        words = text[max(0, at - 16) : at].split()
        if text[at - 1 : at] == " " and not (
            "가" <= text[at + len(family) : at + len(family) + 1] <= "힣"
        ):
            given: list[str] = []
            for w in reversed(words[-2:]):
                if not _foreign_part(w, parties):
                    break
                given.insert(0, w)
            if given:
                return " ".join((*given, family))
        at = text.find(family, at + 1)
    return family


# a word that leads or joins a sentence, never the one speaking (`이에`, `또한`, `이날`)
_NOT_SPEAKER_WORD = lazy_compile(r"^(?:" + connectives(NOT_SPEAKER) + r")$")
# (a word of a name, a body or a title, whatever marks it holds: `LINC3.0`, `(주)누리`, `K-water`;
# no quotation mark, which only a quote's own words hold)
_WRITTEN_WORD = lazy_compile(r"[^\s“”\"‘’'「」『』]*[가-힣A-Za-z][^\s“”\"‘’'「」『』]*")


def written_speaker(phrase: str) -> str | None:
    """The speaker as the sentence writes them before the topic marker, up to five words after
    any adverbial clause (`이번 협약과 관련해 국립재활원 측` -> `국립재활원 측`, `응우옌 쑤언 푹
    베트남 주석`): for a speaker whose words the readers of names and titles do not take apart;
    None for a pronoun or a joining word (`그`, `이에`) or a word inflected as no noun is."""
    tokens = [t for t in _BRACKETED.sub(" ", phrase).split() if t]
    lead = [k for k, tok in enumerate(tokens[:-1]) if _LEAD_CLAUSE_END.fullmatch(tok)]
    tokens = tokens[lead[-1] + 1 :] if lead else tokens
    # (the words of the clause before: `… 참석한 가운데 박 이사장` keeps what follows it)
    for k in range(len(tokens) - 2, -1, -1):
        if _INFLECTED.search(tokens[k]) and len(tokens[k]) >= 2 and not _org_like(tokens[k], []):
            tokens = tokens[k + 1 :]
            break
    tokens = [t.strip(",") for t in tokens[-5:]]
    # (`특히 박 이사장`, `이어 누리재단 측`: a joining word before the speaker is no part of it;
    # nor is a word for both parties before their heads' title, `양측 주민자치위원장`)
    while len(tokens) > 1 and (_NOT_SPEAKER_WORD.match(tokens[0]) or _JOINT.fullmatch(tokens[0])):
        tokens = tokens[1:]
    if not tokens or (len(tokens[-1]) < 2 and tokens[-1] != "측") or PRONOUN.match(tokens[-1]):
        return None
    if any(_NOT_SPEAKER_WORD.match(t) or not _WRITTEN_WORD.fullmatch(t) for t in tokens):
        return None
    return " ".join(tokens)


def names_someone(phrase: str, parties: list[Party]) -> bool:
    """`고가람 감독`: the phrase before a quote names a person (a family name and a given name of
    two syllables, no body), though no title was read after it; the quote is theirs, never the
    previous speaker's."""
    return any(
        _person_name(tok, parties) and not _PLACE_CASE.search(tok) for tok in phrase.split()[-4:]
    )


def _only_head_titled(title: str, parties: list[Party]) -> tuple[str, str, str] | None:
    """(name, title, party) of the one party head whose bracket gave `title` (`이사장 박누리`)."""
    heads = [p for p in parties if p.head and p.head.split()[0] == title]
    if len(heads) != 1 or heads[0].head is None:
        return None
    return heads[0].head.split()[-1], title, heads[0].name


def full_korean_name(text: str, upto: int, surname: str, title: str) -> str:
    """`박` + `이사장` -> `박세웅` from an earlier `박세웅 중기중앙회 회장 …이사장` mention."""
    # (`박후성(중장) 군단장`: a rank or an aside in brackets between the name and the title)
    # (the name opens a word: `총장과` holds no `장` + `과`)
    pat = re.compile(
        r"(?<![가-힣])"
        + re.escape(surname)
        + r"[가-힣]{1,3}(?=(?:\([^()\s]{1,8}\))?\s+(?:\S+\s+){0,2}?(\S*)"
        + re.escape(title)
        + ")"
    )
    found = list(pat.finditer(text, 0, upto))
    if found:
        # `박가온 총장, 박누리 교학부총장 …` then `박 총장은`: the one holding the title itself
        # outranks one whose longer title ends with it (a deputy's, a named city's)
        exact = [m for m in found if not m.group(1)]
        return (exact or found)[-1].group(0)
    # `정 대표는 “…”` and only later `… 정권수 대표이사 등이 참석한 가운데`: the name given after
    later = re.search(
        r"(?<![가-힣])" + re.escape(surname) + r"[가-힣]{1,2}(?=\s+" + re.escape(title) + ")",
        text[upto:],
    )
    return later.group(0) if later else surname


def head_named(parties: list[Party], surname: str, title: str) -> tuple[str, str, str] | None:
    """`문` + `총장` -> (`문지호`, `총장`, `누리대학교`) when a party's bracket named `총장 문지호`;
    `이 원장` after `가람병원(의무원장 이가온)`: the story shortens the bracket's title to its
    last word."""
    for p in parties:
        if not p.head:
            continue
        words = p.head.split()
        if (
            len(words) >= 2
            and words[-1].startswith(surname)
            and (title.endswith(words[0]) or (len(title) >= 2 and words[0].endswith(title)))
        ):
            return words[-1], title, p.name
    return None


# an unnamed official, and the body word before it (`가람시 관계자`, `외교부 당국자`)
OFFICIAL = re.compile(r"(?:^|\s)((?:[^\s\d]+\s+)?" + alternation(OFFICIALS) + r")\s*$")


def topic_phrase(before: str, parties: list[Party]) -> str | None:
    """`홍길동 장관은 이날 축사에서 ` -> `홍길동 장관`: the words up to the topic marker (a named
    person's, or an unnamed official's: `외교부 당국자는 9일 `)."""
    if _KO_TOPIC.search(before):
        return _KO_TOPIC.sub("", before)
    tokens = before.split()
    for i, tok in enumerate(tokens[:12]):
        if i >= 1 and len(tok) >= 2 and tok[-1] in "은는도":
            phrase = " ".join([*tokens[:i], tok[:-1]])
            # (`두 마을의 대표는 협약식에서 “…`: the heads together, no name, words after it)
            if (
                korean_speaker(phrase, parties)[0]
                or OFFICIAL.search(phrase)
                or _JOINT_PEOPLE.fullmatch(phrase)
            ):
                return phrase
        if i >= 2 and tok in _LIKEWISE:  # `박누리 이사장 역시 “…`: the adverb marks the topic
            phrase = " ".join(tokens[:i])
            if korean_speaker(phrase, parties)[0]:
                return phrase
    return _body_topic(tokens, parties)


# a sentence opening with a body as its topic, its short name in brackets perhaps:
# `가람사업청(가람청)은 18일 “…”고 전했다`, `누리부는 21일 … ‘…’ 발효로 “…”고 밝혔다`
_BODY_TOPIC = lazy_compile(r"([가-힣A-Za-z0-9·]{2,20}(?:\([^()\s]{1,10}\))?)(?:은|는)")


def _body_topic(tokens: list[str], parties: list[Party]) -> str | None:
    """The body a sentence opens with as its topic, as written (its bracketed short name kept),
    when the words up to the quote name no person (no title, no name's shape): the body
    itself speaks (a ministry's or an agency's statement)."""
    if not tokens or (m := _BODY_TOPIC.fullmatch(tokens[0])) is None:
        return None
    body = m.group(1)
    stem = _BRACKETED.sub("", body)
    if not _particle_end(tokens[0].replace(body[len(stem) :], "")):
        return None  # (`은` after a closed syllable, `는` after an open one: the topic's own)
    if not (
        _org_of(stem, parties)
        or (len(stem) >= 3 and _STRONG_ORG_END.search(stem))
        or _BODY_END.search(stem)
    ):
        return None
    for tok in tokens[1:]:
        word = _TOPIC_PARTICLE.sub("", tok)
        if title_of(word) is not None or OFFICIAL.search(word):
            return None  # `누리시는 18일 김가온 시장이 “…`: the person speaks
        if _person_name(word, parties) and not _INFLECTED.search(word):
            return None  # (`서명한`: a verb's adnominal, no name)
    return body


_TOPIC_PARTICLE = lazy_compile(r"[은는이가을를의도]$")


def _person_name(word: str, parties: list[Party]) -> bool:
    """`김가온`: a family name and a given name of two syllables, no body."""
    return (
        len(word) == 3
        and _name_shaped(word)
        and not _NOT_NAME.match(word)  # (`지난해`, `이번`: a day's or a joining word)
        and not _org_like(word, parties)
    )


# words that stand for the topic marker after a speaker answering another (`… 이사장 또한 “…`)
_LIKEWISE = frozenset(("역시", "또한"))


def _resolve_org(org: str | None, title: str, parties: list[Party]) -> str | None:
    if org:
        p = _org_of(org, parties)
        return p.name if p else (_party_by_form(org, parties) or org)
    for p in parties:  # `안산시장`: the title begins with the party's name
        for n in [p.name, *p.aliases]:
            if n and title.startswith(n) and len(title) > len(n):
                return p.name
    return None


def _party_by_form(org: str, parties: list[Party]) -> str | None:
    """The one party `org` names by another form: a province written short (`전남도` for the
    party `전라남도`) or the kind word its name ends with (`호텔` for `누리마리나호텔`)."""
    forms = PROVINCE_FORMS.get(org, ())
    found = {
        p.name
        for p in parties
        for n in (p.name, *p.aliases)
        if n in forms or (len(org) >= 2 and len(n) > len(org) + 1 and n.endswith(org))
    }
    return found.pop() if len(found) == 1 else None
