"""The parties a Korean signing sentence names: its subject (`A는`, `A가`) and partners (`B와`,
`B·C와`), past the lead's datelines, bylines, dates and `…에 따르면`, with the aliases the
sentence introduces (`(이하 …)`); a short name lengthened to the body it stands for."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from summarizer.facts.datewords import DAYPARTS, PAST_NEXT, SAME_DAY, WEEKDAYS_KO, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    ACTION_NOUNS,
    BRANCH_SUFFIXES,
    CENTRAL_SYLLABLES,
    ORG_SUFFIXES,
    ORG_SYLLABLES,
    REGION_HEADS,
    TITLE_WORDS,
    alternation,
    ending,
    marks,
)
from summarizer.lexicon.counts import BARE, BARE_FIRMS, count
from summarizer.lexicon.joins import JOINED, NAME_END_QUOTED, after_name
from summarizer.models.records import Fact
from summarizer.structure.candidate import PERSON_NAME
from summarizer.structure.issuers import LEAD
from summarizer.structure.org_names import abbreviates
from summarizer.structure.orgs import Cand, looks_like_org, parse_piece, pieces
from summarizer.structure.page_shape import META_DATE
from summarizer.structure.party_clauses import (
    ACCORDING_KO,
    VILLAGE,
    heads_present,
    last_word_subject,
    marked_org,
    more_partners,
)
from summarizer.structure.party_evidence import signatory_body
from summarizer.structure.party_joined import each_object, joined_rest
from summarizer.structure.party_lists import listed_between
from summarizer.structure.party_shape import named_before_count, rejoin_dotted
from summarizer.structure.party_words import is_body

_AGREEMENT_KO = re.compile(r"[‘'“\"「『]|업무\s*협약|협약|양해각서|MOU|협정|의향서")
# `…대표하는 기관인`, `같은`: an adnominal verb ending, no topic marker
# `B(사장 홍길동) 가`: a stray space after the bracket still ends the subject
# (`‘2030년 해울박람회 조직위원회’는`: a quoted name takes the marker after its quote)
_TOPIC = re.compile(
    r"(?:(?<=[가-힣A-Za-z0-9)】’”'㈜])|(?<=\) ))(?<![하되있없같많])(?:은|는)(?=\s|,\s)"
)
_SUBJ = re.compile(r"(?:(?<=[가-힣A-Za-z0-9)】’”'㈜])|(?<=\) ))(?:이|가)(?=\s)")  # (`B㈜는`)
_WITH = re.compile(after_name(ends=NAME_END_QUOTED) + r"(?=[\s‘'“\"「『])")  # (`B㈜와`)
_KIND_TOPIC = re.compile(
    r"\s*(" + alternation(ORG_SYLLABLES[len(CENTRAL_SYLLABLES) :]) + r")(?:은|는)(?=\s)"
)
_WITH_OF = lazy_compile(JOINED + r"의(?=\s)")
_WHEN = re.compile(
    r"(?:" + words_pattern((*PAST_NEXT, *SAME_DAY)) + r"\s*)?"
    # (`17일 월요일, A는`: the day's weekday written out after it)
    r"(?:\d{1,2}일(?:\s*\([" + WEEKDAYS_KO + r"]\)|\s*[" + WEEKDAYS_KO + r"]요일)?)?\s*"
    r"(?:(?:오전|오후)\s*\d{1,2}시(?:\s*\d{1,2}분)?|\d{1,2}:\d{2})?\s*,?\s*"
)
_DAY_WORD = re.compile(r"\s*" + words_pattern((*PAST_NEXT, *SAME_DAY)) + r"\s+")
# `‘포럼’을 열고,`, `시청을 방문,`: a clause of its own before the partners are named
_CLAUSE = lazy_compile(r"(?:[을를]|[’”」』])\s*\S*(?:고|며|면서)$|[을를]\s+[가-힣]+$")


# (compiled once, as every pattern a signing sentence is read with)
# `[충북일보]`, `【충북=일요신문】`: an outlet or dateline in square or lenticular brackets
_OUTLET = re.compile(r"\s*[\[【][^\[\]【】\n]{2,20}[\]】]\s*")
_VENUE_OR_COMMA = re.compile(r"에서\s|[,，]\s")
_LAST_WORD = re.compile(r"\S+(?<=\))\s$|\S+$")


# a region's head named by the bare title (`박하람 시장은`, `군수는`): the title, the town's syllable
_REGION_TITLE = {title: syllable for syllable, titles in REGION_HEADS.items() for title in titles}
_HEAD_SUBJECT = lazy_compile(r"\s*(?:(?P<who>[가-힣]{2,4})\s+)?(?P<title>[가-힣]{2,3})\s*$")


def head_town(text: str, a: int, b: int) -> list[Cand]:
    """`박하람 시장은 B 대표와 협약을 체결했다`: a subject that is a town's head named by the
    bare title (a person's name before it or none) stands for the town the page names first
    with that title's syllable (`가람시`, in its headline or the story), doubted; none when the
    page names no such town."""
    m = _HEAD_SUBJECT.match(text, a, b)
    if m is None or m.group("title") not in _REGION_TITLE:
        return []
    if m.group("who") and PERSON_NAME.fullmatch(m.group("who")) is None:
        return []
    syllable = _REGION_TITLE[m.group("title")]
    for t in _TOWN_WORD.finditer(text):
        town = t.group(1)
        if town.endswith(syllable) and is_body(town):
            return [Cand(name=town, start=t.start(1), end=t.end(1), why="head's title")]
    return []


# a town's name and what may follow it (`가람시는`, `가람시청`, `가람시와`)
_TOWN_WORD = lazy_compile(
    r"(?<![가-힣])([가-힣]{1,6}[시군구도])(?:청|은|는|이|가|와|과|의|에서|에|,|\s|\(|·|$)"
)


def korean_sentence(text: str, s: int, e: int, facts: list[Fact]) -> list[Cand]:
    """The sides a Korean signing sentence names, each as a body: a signatory written with its
    person and title (`홍길동 A 사령관`, `㈜A 김가람이 대표`, the sentence's cut) gives its body;
    one body named before a count of the rest (`A 외 2개 업체와`) is that body; two pieces a
    middle dot split out of one name (`중소기업융합 대구·경북연합회`) are that name."""
    found = _sentence_sides(text, s, e, facts)
    if len(found) >= 2:  # (a lone `A 외 2개 업체가`: a count of the signers, no one side, which
        found = [named_before_count(c) for c in found]  # the caller reads by its count)
    return rejoin_dotted([signatory_body(c, text) for c in found], text)


def _sentence_sides(text: str, s: int, e: int, facts: list[Fact]) -> list[Cand]:
    sent = text[s:e]
    lead = LEAD.match(sent)
    base = s + (lead.end() if lead else 0)
    meta = META_DATE.match(text, base, e)  # ` date 2021-10 [아시아경제 …] A는`
    if meta:
        base = meta.end()
    wire = _WIRE_HEAD.match(text, base, e)  # `서울--(뉴스와이어)--A는`, `가람통신-▲A가`
    if wire:
        base = wire.end()
    stop = _agreement_at(text, base, e)
    # a dateline `[서울=뉴시스] 홍길동 기자 =`, `아주경제 홍길동 기자 =광명시` or `해울일보 홍길동
    # 기자 | 광명시` opens it
    # (searched only where a mark every match holds is: its lazy run is tried at every character)
    eq = _DATELINE_END.search(text, base, stop) if _DATELINE_MARK.search(text, base, stop) else None
    if eq:
        base = eq.end()
    byline = _BYLINE.match(text[base:stop])
    if byline:
        base += byline.end()
    # `(해울뉴스=홍길동 기자) A는 …`: a dateline in round brackets
    paren = _PAREN_DATELINE.match(text, base, stop)
    if paren:
        base = paren.end()
    outlet = _OUTLET.match(text[base:stop])  # `[충북일보] 외교부와 …`
    if outlet:
        base += outlet.end()
    credit = _CREDIT.match(text, base, stop)  # `사진=A 제공B는`: a photo's credit glued on
    if credit:
        base = credit.end()
    when = _WHEN.match(text, base, stop)  # `15일 중기부는`, `이날 오후 …`
    if when:
        base = when.end()
    told = ACCORDING_KO.match(text, base, stop)
    if told:
        base = told.end()
        # `5일 A에 따르면 이날 B와 C는`: the day word may follow the source as well
        when = _WHEN.match(text, base, stop)
        base = when.end() if when else base
    # `구는 … B, C와 협약을 체결했다`: the issuer called by its kind's syllable alone (resolved
    # to the body of that kind the page named, by `named_for_kind`, or let go)
    kind = _KIND_TOPIC.match(text, base, stop)
    topical = kind or _marker(_TOPIC, text, base, stop)
    topic = topical or _marker(_SUBJ, text, base, stop)
    if topical is None:
        # `A와 B(의|간) 투자협약이 체결됐다`, `… 참석한 가운데 A, B과 투자협약이 체결됐다`: the
        # agreement is the subject, its sides before it
        passive = _passive_sides(text, base, e)
        if passive:
            return passive
    if not topic or topic.start() - base > 250:
        return []
    if kind is not None:
        found = [Cand(name=kind.group(1), start=kind.start(1), end=kind.end(1))]
    else:
        found = pieces(text, base, topic.start())
        found = found or last_word_subject(text, base, topic.start())
        found = found or head_town(text, base, topic.start())
    if not found:
        return []
    if len(found) >= 2:  # `A소방서와 A경찰서 B대학교는`: two offices run together, no comma
        found = [part for c in found for part in _run_together(text, c)]
    # partners: `…와/과` between the subject and the agreement's name, after any place or date
    origin = topic.end()
    amid = _AMID.search(text, origin, stop)  # `… 관계자 50여 명이 참석한 가운데 B와`
    heads: list[Cand] = []
    if amid:
        heads = heads_present(text, origin, amid.start())
        # `A는 … B와 관계자 등이 참석한 가운데 협약을 체결했다`: B's people came to sign
        heads += [
            c
            for m in _WITH_STAFF.finditer(text, origin, amid.start())
            for c in pieces(text, *m.span(1))
            if marked_org(c)
        ]
        origin = amid.end()
    w = _WITH.search(text, origin, min(stop + 1, e))  # `B과‘협약’`: the quote may follow at once
    if w and w.end() > stop:
        w = None
    if (
        w is None
    ):  # `A는 B와의 상호협력을 위한 MOU를`: the partner with 와의, when no 와 stands alone
        w = _WITH_OF.search(text, origin, stop)
    if w:
        left = origin
        for m in _VENUE_OR_COMMA.finditer(text[origin : w.start()]):
            chunk = text[left : origin + m.start()]
            venue = m.group(0).startswith("에서") or chunk.rstrip().endswith("에서")
            if venue or _is_adverbial(chunk) or _CLAUSE.search(chunk):
                # `부산 A공사(사장 홍길동, 이하 A) 본사에서`: a party introduced in the venue
                for v in _INTRO.finditer(chunk):
                    found += pieces(text, left + v.start(), left + v.end())
                left = origin + m.end()
        for f in facts:
            if f.kind in ("date", "time") and left <= f.start and f.end <= w.start():
                # `오늘(17일) B와`: the bracket around the date closes before the partner
                shut = text[f.start - 1 : f.start] == "(" and text[f.end : f.end + 1] == ")"
                left = max(left, f.end + shut)
        # `A는 이날 B와`: a day word after the topic opens no name
        day = _DAY_WORD.match(text, left, w.start())
        if day:
            left = day.end()
        # (`A는 정다한 총장과 B대 부총장이`: a head's name read as a clause, the bare title
        # left, the subject's own head; no partner)
        partners = [c for c in pieces(text, left, w.start()) if c.name not in TITLE_WORDS]
        rest = joined_rest(text, w.end(), stop, partners)  # `A과 B, C 등 기업 3곳과`
        partners += rest
        # `A과 B를 각각 방문해 협약을`: B, the 과's other object, signed as well
        partners += (
            [c for c in each_object(text, w.end(), stop) if marked_org(c)] if partners else []
        )
        including = _INCLUDING_WORD.search(text, left, w.start()) is not None
        for inc in _INCLUDING.finditer(text, left, w.start()) if including else ():
            # `A를 포함해 국내 기업 8곳과`: A, named before a count of unnamed bodies, is a
            # partner; before `5개 병원과` the page may list the five (a list reader's task)
            if _COUNTED_KIND.search(text, inc.end(), w.start()) is not None:
                partners = pieces(text, *inc.span(1)) + partners
        if partners and _TOGETHER_WITH.match(text, w.end(), stop):
            # `A는 B, C와 함께 … D, E 등 5개사와 협약`: B and C sign beside A; D and E with them
            partners += _second_partners(text, w.end(), stop, facts)
        if partners:
            partners += more_partners(text, w.end(), stop)
            pair = _PAIR_BETWEEN.match(text, w.end(), stop)
            if pair:  # `A는 B와 C 간 협약을 체결했다`: the 와 joins B and C, the two sides
                pair_side = pieces(text, *pair.span(1))  # (`대학 간`: a kind of body, no name)
                partners += [c for c in pair_side if marked_org(c) and c.name not in ORG_SUFFIXES]
        if _AIM_AFTER.match(text, w.end(), stop) and not any(map(marked_org, partners)):
            partners = []  # `아동 복지향상과 인재양성을 위한 협약`: the 과 joins two aims
        # `주민들의 건강과 …을 위해`: a thing someone has, not a body
        partners = [
            c
            for c in partners
            if marked_org(c) or c.start is None or not _OWNED_BY.search(text, c.start - 20, c.start)
        ]
        # `A, B, C 등 중소기업 3곳과`: the count says the names are bodies
        counted = bool(rest) or _COUNT_CLOSE.search(text[left : w.start()]) is not None
        if len(found) >= 2 and not counted:  # `A과 B가 우호 교류와 협력 확대를 …`: an aim
            # `A와 B는 … 통한 에너지절약과 …`: a third side needs a body's mark, not mere nouns
            partners = [
                c
                for c in partners
                if looks_like_org(c) and marked_org(c) and not c.name.endswith(_AIM_NOUNS)
            ]  # (`… 의료지원과 주민의 건강증진을 위한`: an aim ending like a body's `…원`)
        purpose = _PURPOSE.search(text, w.end(), stop)
        later = _WITH.search(text, purpose.end(), stop) if purpose else None
        # (`지방자치와 지역언론 발전에 기여하고자 B와`: an unmarked noun joined to an aim)
        if later and not any(looks_like_org(c) and marked_org(c) for c in partners):
            # `충북 도약과 … 실현을 위해 B와`: the first `과` joined an aim; B is the partner
            again = pieces(text, purpose.end(), later.start())  # type: ignore[union-attr]
            partners = [c for c in again if looks_like_org(c)]
        also = _ALSO_SUBJECT.match(text, w.end(), stop)
        also_org = also and (
            _NAMED_ORG.search(also.group(1))
            or VILLAGE.search(also.group(1))
            or _LEGAL_FORM.search(also.group(1))
            # `A는 홍길동 총장과 김철수 B대 부총장이 …`: the heads sign, the second named with
            # the body it heads (the first, a bare title, the subject's own)
            or (not partners and _headed_body(text, *also.span(1)))
        )
        if also and also_org:
            # `A는 B와 C가 협약을 체결했다고 밝혔다`: C, the subject after the 와, signed too
            if len(found) == 1 and len(partners) == 1 and _BARE_BRANCH.fullmatch(partners[0].name):
                # `NH농협은행은 서울영업본부와 C가`: A's own branch signed for it
                a, b = found[0], partners[0]
                found = [
                    replace(a, name=f"{a.name} {b.name}", aliases=[a.name, b.name, *a.aliases])
                ]
                partners = []
            partners += pieces(text, also.start(1), also.end(1))
        seen: set[str] = set().union(*(c.keys() for c in found))
        found += [c for c in partners if not c.keys() & seen]  # `A가 …, A와 B 간`: A once
    elif listed := listed_between(text, origin, stop):  # `A 및 B는 C, D 간 협약`
        seen = set().union(*(c.keys() for c in found))
        found += [c for c in listed if not c.keys() & seen]
    elif len(found) == 1 and (later := _WITH_AFTER.match(text, stop, e)):
        # `A는 … 투자협약을 ㈜B와 체결했다`: the partner named after the agreement, its object
        found += [
            c
            for c in pieces(text, *later.span(1))
            if marked_org(c) and not c.keys() & found[0].keys()
        ]
    elif len(found) == 1 and (visit := _VISITED.search(text, origin, stop)):
        # `A는 … B를 방문해 양해각서를 체결했다`: the body visited to sign is the partner
        found += [
            c
            for c in pieces(text, *visit.span(1))
            if marked_org(c) and not c.keys() & found[0].keys()
        ]
    if kind is not None and len(found) < 2:
        return []  # (the kind's syllable and no partner: no side named)
    if len(found) < 2:  # `A는 … 홍길동 사장과 김철수 완주군수가 함께한 가운데 협약을 체결했다`
        seen = set().union(*(c.keys() for c in found))
        found += [c for c in heads if not c.keys() & seen]
    return found


# a photo's credit written onto the lead's first name: `사진=A 제공B는`, `(사진=A)B는`,
# `/사진 제공=A B는`, `/사진 제공=AA는` (the issuer crediting its own photo, the name twice)
_CREDIT = lazy_compile(
    r"\s*[/(\[]?\s*사진\s*(?:제공)?\s*[=:]\s*"
    r"(?:[^\s=()\[\]/]{1,20}(?:\s[^\s=()\[\]/]{1,12})?\s*제공\s*[)\]]?"
    r"|[^=()\[\]\n]{1,30}[)\]]"
    r"|([가-힣]{2,15}?)(?=\1)|[^\s=()\[\]/]{1,20}\s)\s*"
)
# `협약을 ㈜B와 체결했다`: the agreement as object, then its partner with 와/과 and the verb
_WITH_AFTER = lazy_compile(
    r"(?:[‘'“\"「『][^’'”\"」』\n]{1,80}[’'”\"」』]|[^\s을를]*(?:협약|양해각서|MOU|협정)[^\s을를]*)"
    r"[을를]\s+(?:각각\s+)?((?:[^\s]+\s){0,4}?[^\s]+?)(?:와|과)\s+(?:체결|맺|교환|서명)"
)
# an office (`…서`, `…청`) and another body of a kind that stands on its own (a school, a
# hospital, another office, a public corporation, a foundation, a bank) written as one piece of a
# list of subjects; a council or a unit after the office (`A경찰서 B협의회`) is the office's own
_STANDALONE = (
    "대학교",
    "대학",
    "학교",
    "병원",
    "의료원",
    "청",
    "서",
    "공사",
    "공단",
    "재단",
    "은행",
)
_OFFICE_THEN = lazy_compile(
    r"([가-힣]{2,12}(?:서|청))\s+([가-힣]{2,15}" + alternation(_STANDALONE) + r")"
)


def _run_together(text: str, c: Cand) -> list[Cand]:
    """`A경찰서 B대학교`, a piece of a list of subjects, as its two bodies when both words are
    bodies' names (not a branch or unit under the first)."""
    m = _OFFICE_THEN.fullmatch(c.name)
    if m is None or c.start is None or c.aliases or c.head:
        return [c]
    first = Cand(name=m.group(1), start=c.start + m.start(1), end=c.start + m.end(1))
    second = Cand(name=m.group(2), start=c.start + m.start(2), end=c.start + m.end(2))
    if not (marked_org(first) and marked_org(second)) or _BARE_BRANCH.fullmatch(second.name):
        return [c]
    if (
        text[first.start : first.end] != first.name
        or text[second.start : second.end] != second.name
    ):
        return [c]
    return [first, second]


_PARTICLE_END = lazy_compile(r"(?:와|과|은|는|이|가|의|와의|과의)$")


def _bare(word: str) -> str:
    """`word` without the particle `_PARTICLE_END` would cut: the two-syllable one if it ends
    so (a match starting further left wins), else one; by `endswith`, no regex per word."""
    if word.endswith(("와의", "과의")):
        return word[:-2]
    return word[:-1] if word.endswith(("와", "과", "은", "는", "이", "가", "의")) else word


_LONG_WORD = lazy_compile(r"[가-힣]{4,16}")


def lengthen(cands: list[Cand], others: list[Cand], head: str, *, read_all: bool = False) -> None:
    """`미래부` from the signing sentence -> `미래창조과학부`, named in full in the lead.

    With no short name to lengthen the lead's words are not read, unless `read_all` (the
    plain form tests compare with)."""
    if not read_all and all(len(c.name) > 4 or " " in c.name for c in cands):
        return
    if "사진" in head:  # `사진=A 제공A시는`: the credit's word glued to the name lengthens nothing
        head = _CREDIT.sub(" ", head)
    words = {_bare(w) for w in _LONG_WORD.findall(head)}
    longer = [o.name for o in others] + sorted(words)
    for c in cands:
        if len(c.name) > 4 or " " in c.name:
            continue
        for name in longer:
            if any(name in o.name for o in cands if o is not c):
                continue  # `경인방송` beside `TBN경인교통방송`: that longer name is another party
            if len(name) > len(c.name) and name[-1] == c.name[-1] and abbreviates(c.name, name):
                c.aliases = [c.name, *[a for a in c.aliases if a != c.name]]
                c.name = name
                break


# `[머니투데이 홍길동 기자]`, the rest of `[시민일보 = 홍길동 기자]`, `〔스포츠서울│수원=홍길동기자〕`
_BYLINE = re.compile(r"\s*[\[〔【［]?[^\[\]〔〕【】［］\n]{2,20}기자[\]〕】］]\s*")
_DATELINE_END = lazy_compile(r"(?:^|[\]) ])[^=\n]{0,30}?=\s|(?:기자|특파원)\s*[=|│ㅣ]\s*")
_DATELINE_MARK = re.compile(r"[=|│ㅣ]")  # what every `_DATELINE_END` match holds
_OPENING_QUOTE = re.compile(r"[‘“「『]")
_OWNED_BY = lazy_compile(r"[가-힣]의\s+$")
# `A, B 등 중소기업 3곳과`, `입주하는 A 등 13개 기업과`: the count says the names are bodies
_COUNT_CLOSE = re.compile(
    r"\s등\s*(?:[가-힣]+\s+){0,2}" + count(BARE) + r"(?:\s?[가-힣]{1,3})?\s*$"
)
# a wire's dateline written onto the name it opens: a release service's `서울--(뉴스와이어)--`,
# an outlet's credit before a caption's mark (`가람통신-▲`)
_WIRE_HEAD = re.compile(
    rf"\s*[가-힣A-Za-z]{{1,12}}(?:--\s*\([^()\n]{{1,20}}\)\s*--|-\s*[{marks.CAPTION}])\s*"
)
_PAREN_DATELINE = re.compile(r"\s*\([^()\n]{1,20}=[^()\n]{0,20}\)\s*")
_COUNTED_KIND = lazy_compile(r"(?:기업|기관|업체|단체|대학|회사)\s*" + count(BARE_FIRMS))
_INCLUDING = lazy_compile(
    r"((?:[^\s,]+,\s*)*[^\s,]+?)(?:을|를)\s+(?:포함해|포함한|비롯해|비롯한)\s"
)
# the word every `_INCLUDING` match holds: without it, its lazy list is not tried at every character
_INCLUDING_WORD = re.compile(r"포함해|포함한|비롯해|비롯한")
# `…을 도모하기 위해`; `… 발전에 기여하고자`, `…을 위하여`
_PURPOSE = re.compile(
    r"\S+(?:을|를)\s+위(?:해|하여)\s+|\S+하기\s+위(?:해|하여)\s+|\S+(?:하고자|코자)\s+"
)
_AMID = re.compile(r"(?:참석한|참여한|열린|비롯한|함께\s?한)\s+가운데\s+")
_NAMED_ORG = ending(ORG_SUFFIXES + ORG_SYLLABLES + BRANCH_SUFFIXES)


# (`B 등 20개 기업이`: the count of its kind after the name)
def _headed_body(text: str, a: int, b: int) -> bool:
    """Whether `text[a:b]` is a head written with the body it heads (`김철수 B대 부총장`)."""
    c = parse_piece(text, a, b)
    return c is not None and c.head is not None and marked_org(c)


# (`존 스미스(John Smith) B대 부총장이`: a head's name may run to three words and a bracket)
_ALSO_SUBJECT = re.compile(
    r"\s*((?:[가-힣A-Za-z()㈜]+\s){0,4}?[가-힣A-Za-z()㈜]+?)"
    r"(?:\s*등\s*\d+\s*개\s*[가-힣]{1,4})?(?:이|가)\s"
)
_LEGAL_FORM = lazy_compile(r"\((?:주|유|재|사)\)|㈜")
_BARE_BRANCH = lazy_compile(r"[가-힣]{1,8}" + alternation(BRANCH_SUFFIXES))
# (a `간` written onto a word after 시/구/기/공 is a noun's end: `취약시간`, `구간`, `기간`, `공간`)
_PAIR_BETWEEN = re.compile(
    r"\s*([^\s,]+(?:\s[^\s,]+){0,2}?)(?:\s+(?:간|사이)|(?<![시구기공])간|사이)의?\s"
)
_AIM_AFTER = re.compile(r"\s*[가-힣]+(?:을|를)\s+위(?:한|해)\s")


_TOGETHER_WITH = re.compile(r"\s*함께\s")
# `… B를 방문해 양해각서를`: the object of the visit, up to three words after a space
_VISITED = lazy_compile(
    r"(?<!\S)((?:[가-힣A-Za-z㈜()]+\s){0,2}[가-힣A-Za-z㈜()]+?)(?:을|를)\s+(?:방문해|방문하여|찾아)\s"
)
# aims a `과` may join, whatever ending they share with a body (`의료지원`: `원`); not `발전`,
# `개발` (`한국남동발전` is a company)
_AIM_NOUNS = tuple(n for n in ACTION_NOUNS if len(n) > 1 and n not in ("발전", "개발"))
_WITH_STAFF = lazy_compile(
    r"(?<!\S)([^\s,]{2,30})(?:와|과)\s+(?:[가-힣]{1,3}\s+)?(?:[가-힣]{1,3}\s+)?(?:관계자|임직원|직원)"
)


def _second_partners(text: str, after: int, stop: int, facts: list[Fact]) -> list[Cand]:
    """The partners of a second `…와` after `B와 함께`: past its date and venue, named as bodies
    or closed by a count (`D, E 등 5개사와`)."""
    w = _WITH.search(text, after, min(stop + 1, len(text)))
    if w is None or w.end() > stop + 1:
        return []
    left = max(
        (after + m.end() for m in re.finditer(r"에서\s", text[after : w.start()])), default=after
    )
    for f in facts:
        if f.kind in ("date", "time") and left <= f.start and f.end <= w.start():
            left = f.end
    got = pieces(text, left, w.start())
    if _COUNT_CLOSE.search(text[left : w.start()]) is None:
        got = [c for c in got if marked_org(c)]
    return got


# the agreement as the subject of a passive or of its ceremony (`…투자협약이 체결됐다`,
# `‘…’ 협약식이 열렸다`), found by the agreement's noun
_PASSIVE = lazy_compile(
    r"(?:(?:[‘'“\"「『][^’'”\"」』\n]{1,40}[’'”\"」』]\s*)?(?:(?:업무|투자|상생|상호)\s*)*"
    r"(?:(?:협약|양해각서|MOU|협정)(?:\s*체결식|식)?|체결식)"
    # (`‘… 협약 체결식’이`: the agreement's noun closes its quoted name)
    r"|[‘'“\"「『][^’'”\"」』\n]{0,40}(?:협약|양해각서|MOU|협정|체결식|협약식)[’'”\"」』])"
    r"(?:이|가)\s+(?:[^\s.]+\s+){0,4}?"
    r"(?:체결(?:됐|되었|돼|된)|맺어졌|열렸|진행됐|개최됐)"
)
# where the sides' phrase opens: after a venue, a day, `… 참석한 가운데`
_PHRASE_OPENS = lazy_compile(r"에서\s+|\d{1,2}일,?\s+|가운데\s+|[이그]날\s+")
# what closes the sides' phrase: `간`, `사이`, `의`, or the `과` joining them to the agreement
_AMID_PASSIVE = lazy_compile(r"(?:참석|참여|함께\s?)한\s+가운데\s")
_OF_BETWEEN = lazy_compile(r"(?:\s*(?:간|사이)의?|의|" + JOINED + r")?\s*$")


def _start(m: re.Match[str]) -> int:
    return m.start()


def _passive_sides(text: str, base: int, e: int) -> list[Cand]:
    """The sides a passive signing names before its agreement (`A와 B 간 협약이 체결됐다`,
    `…가운데 A, B과 투자협약이 체결됐다`, `A와 B의 협약식이 열렸다`): two bodies or none."""
    m = _PASSIVE.search(text, base, e)
    if m is None:
        return []
    a = max((o.end() for o in _PHRASE_OPENS.finditer(text, base, m.start())), default=base)
    tail = _OF_BETWEEN.search(text, a, m.start())
    b = tail.start() if tail else m.start()
    sides = [c for c in pieces(text, a, b) if looks_like_org(c)]
    # (the last `… 도지사와 B 군수가 참여한 가운데`: the heads of the hosts)
    amid = max(_AMID_PASSIVE.finditer(text, base, a), key=_start, default=None)
    if sides and amid is not None:
        seen = set().union(*(c.keys() for c in sides))
        sides = [c for c in heads_present(text, base, amid.start()) if not c.keys() & seen] + sides
    return sides if len(sides) >= 2 and any(map(marked_org, sides)) else []


def _marker(pat: re.Pattern[str], text: str, a: int, b: int) -> re.Match[str] | None:
    """The first topic or subject marker after a word of two syllables or more (`국가 …`: the
    `가` of a one-syllable stem is part of a noun, not a marker), or after a list's `등`."""
    for m in pat.finditer(text, a, b):
        word = _LAST_WORD.search(text[a : m.start()])
        # (`A과 B, C 등이`: the one-syllable `등` closes a list of subjects)
        if word and (len(word.group(0).strip()) >= 2 or word.group(0) == "등"):
            return m
    return None


# The agreement words (and quote marks) of one sentence `_agreement_at` considers: each costs a
# pass over the sentence before it, so a "sentence" with thousands of them (a page without full
# stops, a cue word repeated) was quadratic (bench_adversarial.py cue_MOU_with_names: 100k
# characters 15.8 s). The 581 documents of tools/dump_facts.py's folders and the pooled sets hold
# at most 11 in a sentence.
_MOST_AGREEMENTS = 32


def _agreement_at(text: str, base: int, e: int) -> int:
    """Where the agreement's name begins: the first one with a `…와/과` partner before it.

    `A는 ‘포럼’을 열고, B와 ‘협약’을 체결한다`: the forum is an event, not the agreement.
    """
    # (`B(이하 ‘누리포럼’)이`: a quote inside a bracket is the body's short name, no agreement)
    # (`‘A협의회(이하 B)’는`: a quoted name that declares its short name is a body, no agreement)
    objs = [
        o
        for o in islice(_AGREEMENT_KO.finditer(text, base, e), _MOST_AGREEMENTS)
        if not _bracketed(text, base, o) and not _DECLARED_QUOTE.match(text, o.start(), e)
    ]
    if not objs:
        return e
    for obj in objs:
        # a quoted list of bodies (`‘A시·B군·C회’와`) stays a partner; other quotes are blanked
        before = _QUOTED.sub(_blank_quote, text[base : obj.start()])
        # `‘국민행복과 지역 발전을 위한 업무협약’`: a 과 inside the agreement's own name
        opened = _OPENING_QUOTE.search(before)  # (what comes before the first: no list of all)
        before = before[: opened.start()] if opened else before
        if _WITH.search(before + " "):  # `B과‘협약’`: the quote right after the 과
            return obj.start()
    return objs[0].start()


def _bracketed(text: str, base: int, obj: re.Match[str]) -> bool:
    """Whether `obj` is a quote mark inside a bracket opened after `base` and not yet closed."""
    if obj.group(0)[0] not in "‘'“\"「『":
        return False
    opened = text.rfind("(", base, obj.start())
    return opened >= 0 and text.find(")", opened, obj.start()) < 0


def _blank_quote(m: re.Match[str]) -> str:
    q = m.group(0)
    if _NAMED_ORG.search(q[1:-1]) or _DECLARED_QUOTE.fullmatch(q):
        return "가" * (len(q) - 1) + "’"
    return "_" * len(q)


# `‘가람조합 및 누리조합(이하 조합)’`: quoted bodies declaring the short name they go by
_DECLARED_QUOTE = re.compile(r"[‘“「『][^’”」』\n]{1,80}\(이하\s*[^()\n]{1,20}\)[’”」』]")
_QUOTED = re.compile(r"[‘“「『][^’”」』]*[’”」』]|'[^'\n]*'|\"[^\"\n]*\"")


_ADVERBIAL = lazy_compile(
    r"(?:[\d.()\s~:년월일시분" + WEEKDAYS_KO + r"]|" + words_pattern((*DAYPARTS, *SAME_DAY)) + r")+"
)


def _is_adverbial(chunk: str) -> bool:
    """A comma-ended chunk that is a date or time, not an organisation."""
    chunk = chunk.strip()
    return bool(_ADVERBIAL.fullmatch(chunk))


_INTRO = lazy_compile(r"[가-힣A-Za-z()㈜]{2,30}\((?:[^()]*?,\s*)?이하\s+[^()]{1,15}\)")


__all__ = ["korean_sentence", "lengthen"]
