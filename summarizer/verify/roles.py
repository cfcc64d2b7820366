"""Who is who: signatories, a quote's organisation and title, aliases and commitment parties.

A person binds to the party named nearest them on the same line (`오영주 중기부 장관`,
`중기부 오영주 장관`, `중소벤처기업부(장관 오영주, …)`); a title binds to a person when it is
written beside them (`verify.title_binding`). Unclear evidence gives `unverified`, never a
contradiction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.english.romanise import has_hangul
from summarizer.glossary import Glossary
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    KIND_NOUNS_AFTER_NAME,
    REGION_HEADS,
    REGION_HEADS_EN,
    SIGNING_CEREMONIES,
    SPEECH_VERBS_EN,
    TITLE_WORDS,
    alternation,
)
from summarizer.lexicon.joint import joint_ko
from summarizer.models import Briefing, BriefingParty, ClaimCheck, Span
from summarizer.verify.declared import english_source
from summarizer.verify.english_people import appositive_party, described_party
from summarizer.verify.evidence import Evidence, occurs
from summarizer.verify.evidence import claim_check as _check
from summarizer.verify.evidence import key as _key
from summarizer.verify.kind_titles import head_beside, kind_party, title_heads
from summarizer.verify.literal import SOME_SPACE, finditer, occurrences
from summarizer.verify.title_binding import (
    check_title,
    titles_beside,
    tokens_beside,
    written_beside,
)

_NEAR = 30  # characters between a person and the party or title written beside them


# What separates a person from a party named for someone else: a sentence end, a list joint
# (`장관과`), a quote mark, a topic particle (`지사는 “… 외교부`).
_BREAK = re.compile(
    r"[.。]\s|[,，]\s*\S+\s*(?:와|과|및)|와\s|과\s|[“”\"「」]|(?:은|는)\s"
    r"|[)）]\s*(?:,|and\b|와|과|및)|\sand\s"  # `(Minister Han Seo-jin) and the Korea …`
    r"|,\s+(?:signed|signs|inked|inks|sealed|concluded|agreed)\b"  # `led by NAME, signed … with Y`
    r"|[)）](?:이|가|은|는|도)\s"  # `A재단(대표 서정림)이 B지구(총재 김상수)와`: each is its own
    r"|[가-힣](?:을|를)\s+(?:방문|찾|내방|예방|견학)[가-힣]*\s"  # `별빛㈜ 본사를 방문한 NAME`: visited
    # `Mayor NAME said the signing with Y …`: Y is in what he said, not beside him
    + r"|\s"
    + alternation(SPEECH_VERBS_EN)
    + r"\s"
)


@dataclass
class Mention:
    """One place where the text names a party."""

    party: int
    start: int
    end: int


def party_names(ev: Evidence, briefing: Briefing, glossary: Glossary) -> list[set[str]]:
    """Every name each briefing party goes by: its names, aliases, the structure's, the glossary's."""
    out = []
    for p in briefing.parties:
        names = {p.name_ko, *p.aliases, *(n for n in (p.name_en, p.abbreviation) if n)}
        entry = glossary.lookup(p.name_ko)
        if entry is not None:
            names |= set(entry.korean_names)
        for sp in ev.facts.structure.parties:
            if _key(sp.name) in {_key(n) for n in names} or set(map(_key, sp.aliases)) & {
                _key(n) for n in names
            }:
                names |= {sp.name, *sp.aliases}
        # `충북도` is written `충북지사`, `칠곡군` `칠곡군수`: the stem before a region suffix,
        # with its head's title (a bare stem would claim `충주관리역장` for 충주시).
        names |= {
            n[:-1] + title
            for n in names
            if len(n) >= 3 and not n.isascii()
            for title in REGION_HEADS.get(n[-1], ())
        }
        names |= _english_region_heads(names)
        out.append({n for n in names if len(_key(n)) >= 2})
    _add_short_names(ev, briefing, out)
    # `코레일 충주관리역` is written `충주관리역장`, `대산의료재단 동안성병원` `동안성병원 신원학`: the
    # last word of a name of several words, when no other party ends in the same word.
    tails = [{_tail(n) for n in group} - {None} for group in out]
    for i, group in enumerate(out):
        others = set().union(*(t for j, t in enumerate(tails) if j != i))
        group |= {t for t in tails[i] if t is not None and t not in others}
    return out


def _abbreviates(short: str, name: str) -> bool:
    """`동반위` of 동반성장위원회: the same first letter, every letter in order, and not a part
    of the name written whole (`누리시` is a body of its own inside 누리시청소년재단). A national
    prefix may go too (`건설신기술협회` of 한국건설교통신기술협회)."""
    if short in name:
        return False
    for full in (name, *(name[len(p) :] for p in _NATIONAL_PREFIX if name.startswith(p))):
        if 2 <= len(short) < len(full) and short[0] == full[0]:
            rest = iter(full)
            if all(ch in rest for ch in short):
                return True
    return False


_ADD_SHORT_NAMES_RE1 = lazy_compile(r"[가-힣]{2,8}")


def _add_short_names(ev: Evidence, briefing: Briefing, out: list[set[str]]) -> None:
    """A Korean short name the page uses for a party as a party of its own, never declared
    (`동반위는 … 협약을 체결했다` beside `동반성장위원회`): a name of the one briefing party it
    abbreviates (a short name of up to eight letters), when it is no briefing party's name already."""
    known = {_key(n) for group in out for n in group}
    for sp in ev.facts.structure.parties:
        for short in (sp.name, *sp.aliases):
            k = _key(short)
            if k in known or not _ADD_SHORT_NAMES_RE1.fullmatch(k):
                continue
            owners = [i for i, p in enumerate(briefing.parties) if _abbreviates(k, _key(p.name_ko))]
            if len(owners) == 1:
                out[owners[0]].add(short)


def _english_region_heads(names: set[str]) -> set[str]:
    """`Garam City` is written `Garam Mayor` or `Mayor of Garam`, `Nuri County` `Nuri County
    Governor`: the stem of a region's English name with its head's title (as `충북지사` for 충북도);
    the region itself `the city of Garam`, and its delegation `the Garam delegation`."""
    out = set()
    for n in names:
        words = n.split() if n.isascii() else []
        if len(words) >= 2 and words[-1] in REGION_HEADS_EN:
            stem = " ".join(words[:-1])
            out |= {f"{stem} {t}" for t in REGION_HEADS_EN[words[-1]]}
            out |= {f"{t} of {stem}" for t in REGION_HEADS_EN[words[-1]]}
            out.add(f"{words[-1].lower()} of {stem}")
            out.add(f"{stem} delegation")  # `the Garam delegation, led by …`: the city's people
        of = _REGION_OF.fullmatch(n)
        if of is not None:  # `State of Nuri` is written `Nuri Governor`, `Nuri Secretary of State`
            heads = _STATE_HEADS_EN if of.group(1) == "State" else REGION_HEADS_EN[of.group(1)]
            out |= {f"{of.group(2)} {t}" for t in heads}
            out.add(f"{of.group(2)} delegation")
    return out


# A region's English name that leads with its kind (`State of Nuri`, `City of Garam`), and the
# offices a US-style state's officers sign for it as.
_REGION_OF = re.compile(
    r"(?:[Tt]he\s+)?(State|City|County|Province)\s+of\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
_STATE_HEADS_EN = ("Governor", "Lieutenant Governor", "Secretary of State", "First Lady")


_TAIL_RE1 = lazy_compile(r"[가-힣]")


def _tail(name: str) -> str | None:
    words = name.split()
    last = words[-1] if len(words) > 1 else ""
    return last if len(last) >= 3 and _TAIL_RE1.search(last) else None


def party_of(names: list[set[str]], org: str) -> int | None:
    """The briefing party an organisation name refers to (exact key or containment)."""
    key = _key(org)
    if len(key) < 2:
        return None
    for i, group in enumerate(names):
        if key in {_key(n) for n in group}:
            return i
    hits = [
        i for i, group in enumerate(names)
        if any(_key(n) in key or key in _key(n) for n in group if len(_key(n)) >= 2)
    ]  # fmt: skip
    return hits[0] if len(hits) == 1 else None


def mentions(ev: Evidence, names: list[set[str]]) -> list[Mention]:
    """Where the source names each party (longest names first, no overlaps)."""
    return mentions_in(ev.text, names)


def mentions_in(text: str, names: list[set[str]]) -> list[Mention]:
    """Where `text` names each party, longest names first: the 남해군 inside `농협은행
    남해군지부` is part of that name, not a mention of its own."""
    found: list[Mention] = []
    pairs = sorted(((n, i) for i, g in enumerate(names) for n in g), key=lambda x: -len(x[0]))
    for name, i in pairs:
        for start, end in _spacing_free_spans(name, text):
            if not any(x.start < end and start < x.end for x in found):
                found.append(Mention(i, start, end))
    return found


_OPTIONAL_SPACE = re.compile(" ?")
_HANGUL_WORD = re.compile(r"[가-힣]+")
_ONE_APOSTROPHE = str.maketrans("’‘", "''")


def _spacing_free_spans(name: str, text: str) -> Iterator[tuple[int, int]]:
    """Where `re.finditer(_spacing_free(name), text)` matches, without compiling it: a Korean
    name's syllables with an optional space between them (one reading: a syllable is no
    space), a name as written with any apostrophe for its apostrophes (both sides read with
    one apostrophe, offsets kept). An English name with an acronym that may be spelled out
    is the one form still searched with its regex."""
    bare = name.replace(" ", "")
    if len(bare) >= 4 and _HANGUL_WORD.fullmatch(bare):
        yield from ((f.start, f.end) for f in finditer(text, tuple(bare), sep=_OPTIONAL_SPACE))
        return
    if name.isascii() and len(name.split()) >= 3 and _ACRONYM.search(re.escape(name)):
        yield from ((m.start(), m.end()) for m in re.finditer(_spacing_free(name), text))
        return
    if _APOSTROPHES.search(name):
        name, text = name.translate(_ONE_APOSTROPHE), text.translate(_ONE_APOSTROPHE)
    yield from ((start, start + len(name)) for start in occurrences(text, name))


_SPACING_FREE_RE1 = lazy_compile(r"[가-힣]+")


def _spacing_free(name: str) -> str:
    """A Korean name as a pattern that ignores its spacing: a page writes `누리 재단` and
    `누리재단` for one party, and an answer may take either. An English name's apostrophe
    matches either form (`Nuri'an` of a page's `Nuri’an`)."""
    bare = name.replace(" ", "")
    if len(bare) < 4 or not _SPACING_FREE_RE1.fullmatch(bare):
        pattern = _APOSTROPHES.sub("['’‘]", re.escape(name))
        if name.isascii() and len(name.split()) >= 3:
            pattern = _ACRONYM.sub(_spelled_out, pattern)
        return pattern
    return " ?".join(bare)


_APOSTROPHES = re.compile(r"['’‘]")
# An acronym inside an English name of several words (`Ministry of Science and ICT`), which a
# page may spell out (`Information and Communication Technologies`).
_ACRONYM = re.compile(r"(?<=\s)[A-Z]{3,5}\b")


def _spelled_out(m: re.Match[str]) -> str:
    """The acronym, or words whose initials spell it (an `and`/`&` may join them)."""
    words = r"\s+(?:(?:and|&)\s+)?".join(rf"{c}[a-z]+" for c in m.group(0))
    return rf"(?:{m.group(0)}|{words})"


def person_spans(ev: Evidence, person: str) -> list[Span]:
    """Where the text names a person (spacing-insensitive; case-insensitive for Latin)."""
    words = person.split()
    if not words:
        return []
    if person.isascii():  # (`\s+`-joined words, re.I)
        found = finditer(ev.text, words, sep=SOME_SPACE, folded=ev.folded)
    else:  # (`\s*`-joined words)
        found = finditer(ev.text, words)
    return [Span(text=f.group(ev.text), start=f.start, end=f.end) for f in found]


def nearest_party(ev: Evidence, at: Span, marks: list[Mention]) -> int | None:
    """The party named nearest a person on the same line, within a few words."""
    best: tuple[int, int] | None = None
    for m in marks:
        gap = at.start - m.end if m.end <= at.start else m.start - at.end
        if gap < 0 or gap > _NEAR:
            continue
        between = ev.text[min(m.end, at.end) : max(m.start, at.start)]
        if "\n" in between or _BREAK.search(between):
            continue
        if m.start >= at.end and (_next_member(ev.text, at, m) or _past_item_ko(at, between)):
            continue
        if m.end <= at.start and _prior_member(ev.text, at, between):
            continue
        if m.end <= at.start and _OWN_HEAD.match(between):
            continue  # `김바다 가람대학교 총장이 … 한누리`: 가람대학교 is its head's, 김바다's
        if best is None or gap < best[0]:
            best = (gap, m.party)
    return None if best is None else best[1]


# After a party named past a comma: another person's title and name (`Kim Garam, Nuri County
# Governor Han Yeo-ul`), or the name alone after a title the party's name ends in.
_TITLE_AND_NAME = re.compile(r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
_NAME_AFTER_TITLE = re.compile(r"\s+[A-Z][a-z]+")
_HEAD_END = re.compile(
    r"\b(?:" + alternation(tuple({t for ts in REGION_HEADS_EN.values() for t in ts})) + r")$"
)


# A party followed by its head's title as the clause's subject: the party is that head's.
_OWN_HEAD = re.compile(r"\s*(?:" + alternation(TITLE_WORDS) + r")\s*(?:이|가|께서)\s")


def _next_member(text: str, at: Span, m: Mention) -> bool:
    """An English list of officials, `A-org Title NAME, B-org Title NAME2`: the party after
    NAME's comma is NAME2's, written before him as the English puts a body's head."""
    if not at.text.isascii() or text[at.end : m.start].strip() != ",":
        return False
    after = text[m.end : m.end + 40]
    if _TITLE_AND_NAME.match(after):
        return True
    return bool(_HEAD_END.search(text[m.start : m.end]) and _NAME_AFTER_TITLE.match(after))


def _prior_member(text: str, at: Span, between: str) -> bool:
    """An English list of people, `A, President of ORG, B, Mayor of Dara`: the party before B's
    comma closes A's item when B has an appositive of his own (English writes a body before its
    head's name without a comma: `ORG President B`)."""
    return at.text.isascii() and between.strip() == "," and text.startswith(", ", at.end)


_PAST_ITEM_KO_RE1 = lazy_compile(r"[,，]")
_PAST_ITEM_KO_RE2 = lazy_compile(r"\s*[,，]\s*")


def _past_item_ko(at: Span, between: str) -> bool:
    """A Korean list of attendees, `NAME TITLE, ORG NAME2 TITLE2, ORG3 …`: a party named past
    the comma that closes NAME's own phrase opens a later item (a bare `NAME, ORG TITLE`, the
    comma right after the name, still binds)."""
    if at.text.isascii() or not _PAST_ITEM_KO_RE1.search(between):
        return False
    return _PAST_ITEM_KO_RE2.fullmatch(between) is None


def _party_beside(
    ev: Evidence, at: Span, marks: list[Mention], english: bool, ministry: int | None = None,
    initials: dict[str, int] | None = None,
) -> int | None:  # fmt: skip
    near = nearest_party(ev, at, marks)
    if near is None and english:  # `Christopher Maloney, assistant … in USAID's bureau …`
        return appositive_party(ev.text, at.end, marks, ministry, initials)
    return near


_ENGLISH_INITIALS_RE1 = lazy_compile(r"\b[A-Z][a-z]+")


def english_initials(names: list[set[str]]) -> dict[str, int]:
    """`US` for United States: the initials of a party's English name of two or more
    capitalised words, when no other party's name has the same."""
    seen: dict[str, set[int]] = {}
    for i, group in enumerate(names):
        for n in group:
            words = _ENGLISH_INITIALS_RE1.findall(n) if n.isascii() else []
            if len(words) >= 2 and len(words) == len(n.split()):
                seen.setdefault("".join(w[0] for w in words), set()).add(i)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def check_signatory(
    ev: Evidence, briefing: Briefing, i: int, names: list[set[str]], marks: list[Mention]
) -> list[ClaimCheck]:
    """A signatory is a person the source names for that party, with that title."""
    party = briefing.parties[i]
    field = f"parties[{i}].signatory"
    person = party.signatory or ""
    people = person_spans(ev, person)
    heads = [sp for sp in ev.facts.structure.parties if _heads(sp.head, person)]
    out: list[ClaimCheck] = []
    if not people and _korean_rendering(ev, person):
        # 김하늘 for `Mayor Kim Ha-neul` on an English page: a rendering the page cannot confirm
        note = "the source is in English and does not write this Korean name; not checked"
        out.append(_check(field, "signatory", person, "unchecked", note=note))
    elif not people:
        out.append(
            _check(
                field, "signatory", person, "unsupported", note="the source never names this person"
            )
        )
    else:
        # `the ministry's …` in an English appositive: the one party that is a ministry.
        ministries = [k for k, g in enumerate(names) if any(n.startswith("Ministry") for n in g)]
        ministry = ministries[0] if len(ministries) == 1 else None
        initials = english_initials(names)
        bound = {
            _party_beside(ev, at, marks, person.isascii(), ministry, initials) for at in people
        }
        for sp in heads:
            bound.add(party_of(names, sp.name))
        if not bound - {None}:  # `박바다 경찰서장`: a title naming one party's kind
            bound |= {kind_party(ev, at, names) for at in people}
        if not bound - {None}:  # `별빛 김바다 대표` for 별빛코리아: the party's short name
            bound |= {short_name_party(ev, at, names) for at in people}
        kinds = {kind_party(ev, at, names) for at in people} - {None}
        head = head_beside(ev.text, people, party.name_ko) if i in bound and not heads else None
        if head:  # `가람대 김바다 총장, 이누리 산학협력단장 등이 참석했다`: an attendee
            note = f"named beside {party.name_ko} among attendees; its head there is {head!r}"
            out.append(_check(field, "signatory", person, "unverified", span=people[0], note=note))
        elif i in bound:
            out.append(_check(field, "signatory", person, "exact", span=people[0]))
        elif i in kinds and not kinds & bound:
            # `조광한 시장이 부여군청을 찾아`: the title beside the person (시장) heads this
            # party's kind (…시), not the nearer party's (…군)
            note = "the title written beside this person heads this party's kind"
            out.append(_check(field, "signatory", person, "normalised", span=people[0], note=note))
        elif bound - {None}:
            other = briefing.parties[next(b for b in bound if b is not None)].name_ko
            note = f"the source names this person for {other}, not for {party.name_ko}"
            out.append(_check(field, "signatory", person, "unsupported", span=people[0], note=note))
        else:
            note = "named in the source, but not beside this party"
            out.append(_check(field, "signatory", person, "unverified", span=people[0], note=note))
    if party.signatory_title:
        out.append(check_title(ev, f"parties[{i}].signatory_title", party.signatory_title, people))
    return out


_SHORT_NAME_PARTY_RE1 = lazy_compile(r"[가-힣][가-힣0-9]*")


def short_name_party(ev: Evidence, at: Span, names: list[set[str]]) -> int | None:
    """The one party whose Korean name starts with a word of the person's own phrase, a
    short name (`별빛 김바다 대표` for 별빛코리아); a word two parties' names start with names none."""
    words = tokens_beside(ev, at)
    for word in words:  # `㈜별빛신문 한바다 대표` for ㈜별빛신문사: a short form of the name
        bare = _key(_LEGAL_FORM.sub("", word))
        owners = {
            i for i, group in enumerate(names) for n in group
            if not n.isascii() and bare in _short_forms(n)
        }  # fmt: skip
        if len(owners) == 1:
            return owners.pop()
    for word in words:
        # a word of Hangul, digits allowed after the first syllable (`뉴스1` of 뉴스1코리아)
        if len(word) < 2 or not _SHORT_NAME_PARTY_RE1.fullmatch(word) or word in TITLE_WORDS:
            continue
        owners = {
            i for i, group in enumerate(names) for n in group if not n.isascii()
            for stem in _unprefixed(_key(n))
            if len(stem) >= len(word) + 2 and stem.startswith(word)
        }  # fmt: skip
        if len(owners) == 1:
            return owners.pop()
    return None


# `결연식을 가졌다`, `조인식을 가졌다`: a ceremony of the signing says it as well as a verb.
_AGREEMENT = re.compile(
    r"협약|협정|양해각서|MOU|자매결연|맺|체결|서명|합의|손\s*(?:을\s*)?(?:맞\s*)?잡|맞손|협력"
    r"|agree|memorandum|sign|partner|" + alternation(SIGNING_CEREMONIES),
    re.I,
)


# `A와 B 등이 … 협약을 맺었다`: a list that ends in `등이` / `등은` is the signing's subject. A
# name in quote marks takes its particle after the closing mark (`‘A(이하 B)’는`), and a kind
# noun may come between a name and its particle (`연탄3리 마을과`, `누리협회 중앙회 등`).
_AS_PARTY = re.compile(
    r"(?:\s*" + alternation(KIND_NOUNS_AFTER_NAME) + r")?"
    r"\s*(?:\([^)\n]{0,40}\)|（[^）\n]{0,40}）)?\s*[’”」』]?\s*"
    r"(?:와|과|는|은|이|가|측|,|·|ㆍ|-|–|/|및|간|등(?:이|은|는)?\s)"
)


# A body written through its head who signs: `가람농협 김바다 조합장과 누리병원 한누리 이사장은
# … 협약을 맺었다`, or a list of them, `가람군수, 별빛(주) 김바다 회장, 누리식품 한누리 대표가
# 참석해 투자협약을 맺었다` (the head's name and title before a particle, a list comma or `등이`,
# in a sentence with a signing verb; `체결식에는 가람시의회 박바다 의장이 함께했다` is an attendee).
_THROUGH_HEAD = re.compile(
    r"\s+[가-힣]{2,4}\s*"
    + alternation(TITLE_WORDS)
    + r"\s*(?:(?:와|과|은|는|이|가)\s|[,，]|등\s*(?:이|은|는)?\s)"
)
_SIGNED = re.compile(r"체결(?:했|하였|한)|맺(?:었|은)|서명(?:했|하였|한)")


# A sentence that counts the people who attended the ceremony, with no signing verb in it (done
# or to come): a body named only there is a guest (`협약식에는 … 코트라 LA지부와 … 관계자 등
# 80여 명이 참석했다`); without a head count (`이번 협약에는 A와 B가 참석했다`) it may name signers.
_GUESTS = re.compile(r"\d+\s*여?\s*명(?:이|가|은|도)?\s*참석")
_SIGNING_VERB = re.compile(r"체결|맺|서명|합의|협약을|협약하|MOU를|\bsign", re.I)


# `주한누리대사, 주한별빛대사가 … 서명할 예정이다`: a country there through its envoy.
_ENVOY = re.compile(r"\s*(?:특명전권)?(?:대사|총영사)\s*(?:와|과|는|은|이|가|,|·|ㆍ|및)")


# A body listed among those who help, not those who sign: `… 등 유관기관`, `등 관계기관`.
_SUPPORTING = re.compile(
    r"[^.\n]{0,30}?등\s*(?:유관|관계|참여|협력|지원)?\s*(?:기관|단체|부처)|[^.\n]{0,40}?(?:을|를)\s*(?:선정|지정)"
)


# The signers together as the sentence's subject (`두 기관은`, `양측이`): a body named after
# it in the same sentence is a partner of their item, not one of them.
_JOINT_SUBJECT = re.compile(joint_ko() + r"\s*(?:은|는|이|가)\s")
# … unless the sentence only says who they are: `협약기관은 A와 B, C이다` (a copula right after
# the last name, its head in brackets allowed).
_NAMES_THE_SIGNERS = re.compile(
    r"\s*(?:\([^)\n]{0,40}\)|（[^）\n]{0,40}）)?\s*(?:등\s*)?이?(?:다|입니다)(?![가-힣])"
)


def _sentence(text: str, start: int, end: int) -> tuple[int, str]:
    """The start and text of the sentence (up to a line break or `. `) holding text[start:end].
    A line that ends in a particle runs on to the next (`가람대학교와 누리대학교가\n통합에
    합의했습니다`: a radio script or a hard-wrapped page writes a clause a line)."""
    begin = start
    for _ in range(_RUN_ON_LINES):
        begin = max(text.rfind("\n", 0, begin), text.rfind(". ", 0, begin)) + 1
        if begin < 2 or text[begin - 1] != "\n" or not _runs_on(text, begin - 1):
            break
        begin -= 1
    stop = end
    for _ in range(_RUN_ON_LINES):
        ends = [e for e in (text.find("\n", stop), text.find(". ", stop)) if e >= 0]
        stop = min(ends) if ends else len(text)
        if stop >= len(text) or text[stop] != "\n" or not _runs_on(text, stop):
            break
        stop += 1
    return begin, text[begin:stop]


# A line that ends in a case particle (`…대학교가`, `…총장은`, `…본부에서`) has not ended its
# sentence; a few lines at most are read as one.
_RUNS_ON = re.compile(r"[가-힣]{2}(?:은|는|이|가|와|과|을|를|에서|에게|으로|로|의)[ \t]*$")
_RUN_ON_LINES = 4


def _runs_on(text: str, eol: int) -> bool:
    """The line that ends at `eol` ends in a particle (a window of a few letters before it)."""
    return _RUNS_ON.search(text, max(0, eol - 12), eol) is not None


_SIGNS_IN_SENTENCE_RE1 = lazy_compile(r"[가-힣]{2,4}")


def _signs_in_sentence(text: str, party: BriefingParty) -> bool:
    """The party's signatory, with a title that heads the party's kind, in a sentence about the
    agreement (`조광한 시장이 … 협정을 체결했다`, `손정호 충남소방본부장 등 … 협약식을 가졌다`):
    the party is there through its head, whatever case its own name is written in."""
    person = (party.signatory or "").strip()
    if not _SIGNS_IN_SENTENCE_RE1.fullmatch(person):
        return False
    for m in re.finditer(re.escape(person), text):
        if not title_heads(text, m.end(), party.name_ko):
            continue
        _, sentence = _sentence(text, m.start(), m.end())
        if _AGREEMENT.search(sentence):
            return True
    return False


def _after_listed_party(text: str, m: Mention, marks: list[Mention]) -> bool:
    """`누리신문, 별빛뉴스, 한빛방송으로 총 3곳`: the last member of a list of parties, joined to
    the party before it by a comma or a joint (`누리병원과 별빛병원을 각각 방문해 협약을`)
    whatever word follows it; the party before may carry its head in brackets
    (`별빛㈜(대표 한바다), 한울농업회사법인(대표 김누리) 등이다`)."""
    return any(
        o.party != m.party and o.end <= m.start and _LIST_COMMA.fullmatch(text[o.end : m.start])
        for o in marks
    )


_LIST_COMMA = re.compile(r"\s*(?:\([^)\n]{0,40}\)|（[^）\n]{0,40}）)?\s*(?:[,，]|와|과|및)\s*")


def _counted(ev: Evidence, party: BriefingParty) -> bool:
    """The structure took the party as one of the partners a signing sentence counts (`국내 기업
    네 곳과 … 협약을 체결했다`, then each named below with its head): in the agreement by count."""
    own = {_key(n) for n in (party.name_ko, *party.aliases)}
    return any(sp.why == "count" and _key(sp.name) in own for sp in ev.facts.structure.parties)


def _names_the_signers(text: str, m: Mention, marks: list[Mention], end: int) -> bool:
    """A party mentioned at or after `m`, up to the sentence's `end`, ends it with a copula."""
    return any(
        m.start <= o.start and o.end <= end and _NAMES_THE_SIGNERS.match(text, o.end) for o in marks
    )


def check_party_role(
    ev: Evidence, briefing: Briefing, i: int, marks: list[Mention]
) -> ClaimCheck | None:
    """A party is named in a sentence about the agreement, not only mentioned elsewhere."""
    own = [m for m in marks if m.party == i]
    if not own:
        return None  # where the name is not found, the name check already says so
    items = [c for c in ev.facts.structure.commitments if c.section != "prose"]
    for m in own:
        if any(c.start <= m.start < c.end for c in items):
            continue  # `△전북도와 기관 간 상생 협업`: a partner named inside a listed item
        start, sentence = _sentence(ev.text, m.start, m.end)
        after = ev.text[m.end : m.end + 40]
        # As a party is written: joined to another (`A와`, `A-B`, `A·B`), as the subject
        # (`A는`), with its head or alias in brackets (`A(장관 …, 이하 …)`), or in English.
        before = ev.text[max(0, m.start - 1) : m.start]
        joined = _AS_PARTY.match(after) is not None or (before != "" and before in "-–·ㆍ/")
        joined = joined or _after_listed_party(ev.text, m, marks)
        joined = joined or _ENVOY.match(after) is not None
        joined = joined or bool(_THROUGH_HEAD.match(after) and _SIGNED.search(sentence))
        if _SUPPORTING.match(after):
            continue  # `한국국제교류재단(KF)·호한재단(AKF) 등 유관기관`: named among supporters
        if _JOINT_SUBJECT.search(ev.text[start : m.start]) and not _names_the_signers(
            ev.text, m, marks, start + len(sentence)
        ):
            continue  # `양 기관은 … 누리공사와 협력하기로`: a partner of the signers' item
        if _GUESTS.search(sentence) and not _SIGNING_VERB.search(sentence):
            continue  # `협약식에는 … 코트라 LA지부와 … 관계자 등 80여 명이 참석했다`: a guest
        if _AGREEMENT.search(sentence) and (joined or ev.text[m.start : m.end].isascii()):
            return None
    if _signs_in_sentence(ev.text, briefing.parties[i]) or _counted(ev, briefing.parties[i]):
        return None
    name = briefing.parties[i].name_ko
    note = (
        "named in the source, but never in a sentence about the agreement: a body only mentioned?"
    )
    return _check(f"parties[{i}].role", "party", name, "unverified", note=note)


# `First Vice-Minister of the Ministry of Star Affairs Dr. Han Bada`: the speaker's body written
# in the title before the name (an honorific may come between).
_HONORIFIC = r"(?:\s+(?:Dr|Prof|Mr|Ms|Mrs)\.?)?\s+$"


def _of_org_before(ev: Evidence, org: str, at: Span) -> bool:
    """The English `org` ends the phrase `… of (the) ORG [Dr.]` right before the speaker's name."""
    if not org.isascii() or len(org) < 4:
        return False
    before = ev.text[max(0, at.start - len(org) - 20) : at.start].split("\n")[-1]
    name = r"\s+".join(map(re.escape, org.split()))
    return re.search(rf"\bof\s+(?:the\s+)?{name}{_HONORIFIC}", before, re.I) is not None


def _described_speaker(names: list[set[str]], speaker: str) -> int | None:
    """`South Korea's foreign ministry` as the speaker: the one party that is a ministry."""
    ministries = [k for k, g in enumerate(names) if any(n.startswith("Ministry") for n in g)]
    ministry = ministries[0] if len(ministries) == 1 else None
    return described_party(speaker, ministry, english_initials(names))


def _korean_rendering(ev: Evidence, org: str) -> bool:
    """An organisation or person given in Korean for an English-language source that never
    writes it: the schema's Korean rendering, which the source cannot confirm or deny."""
    return english_source(ev) and has_hangul(org) and org not in ev.text


def _heads(head: str | None, person: str) -> bool:
    """The structure names `person` as a party's head (`햇살소방서(서장 김하늘)`)."""
    return bool(head and _key(person) and _key(person) in _key(head))


# Parts of a Korean organisation's name a page drops beside its people without naming another
# body: a legal form (`(사)`, `㈜`), the national prefix (`한국가람협회` → `가람협회`), the company
# `사` of a paper or broadcaster (`별빛신문사` → `별빛신문`).
_LEGAL_FORM = re.compile(r"㈜|\(주\)|\(재\)|\(사\)|㈔|㈶|주식회사|(?:재단|사단)법인")
_NATIONAL_PREFIX = ("한국", "대한")
_PUBLIC_PREFIX = ("국립", "공립", "시립", "도립")


def _unprefixed(name: str) -> set[str]:
    """`누리대` is short for 국립한국누리대학교: the name, and the name without its leading
    public prefix (국립), national prefix (한국) or both, which a short form drops."""
    out = {name}
    for p in _PUBLIC_PREFIX:
        if name.startswith(p):
            out.add(name[len(p) :])
    out |= {n[len(p) :] for n in list(out) for p in _NATIONAL_PREFIX if n.startswith(p)}
    return out


_COMPANY_SA = re.compile(r"(?:신문|일보|방송|통신)사$")


_SHORT_FORMS_RE1 = lazy_compile(r"[가-힣0-9]+")


def _short_forms(org: str) -> set[str]:
    """The keys of `org`'s short forms (each at least four letters): see `_LEGAL_FORM`."""
    bare = _key(_LEGAL_FORM.sub("", org))
    forms = {bare}
    forms |= {bare[len(p) :] for p in _NATIONAL_PREFIX if bare.startswith(p)}
    forms |= {f[:-1] for f in forms if _COMPANY_SA.search(f)}
    forms |= {f[:-2] for f in forms if f.endswith("대학교")}  # `누리과학대` of 누리과학대학교
    return {f for f in forms if len(f) >= 4 and _SHORT_FORMS_RE1.fullmatch(f)}


def _short_form_beside(ev: Evidence, org: str, everywhere: list[Span]) -> bool:
    """`가람협회 한바다 회장` for 한국가람협회: a short form of the organisation in the speaker's own
    phrase, the full name written elsewhere in the source."""
    if occurs(ev, org) is None:
        return False
    forms = _short_forms(org)
    for at in everywhere:
        words = {_key(_LEGAL_FORM.sub("", w)) for w in tokens_beside(ev, at)}
        if words & forms:
            return True
    return False


def check_quote_roles(
    ev: Evidence, briefing: Briefing, q: int, span: Span | None, names: list[set[str]],
    marks: list[Mention],
) -> list[ClaimCheck]:  # fmt: skip
    """A quote's organisation and title must be those the source gives the speaker."""
    quote = briefing.quotes[q]
    people = everywhere = person_spans(ev, quote.speaker)
    if span is not None:
        near = [p for p in people if span.start - 300 <= p.start <= span.end + 80]
        people = sorted(near, key=lambda p: abs(p.start - span.start)) or people
    out: list[ClaimCheck] = []
    if quote.org:
        field = f"quotes[{q}].org"
        claimed = party_of(names, quote.org)
        bound = [b for at in everywhere if (b := nearest_party(ev, at, marks)) is not None]
        if not bound:  # the party the source names the speaker head of, or a kind title's
            heads = [sp.name for sp in ev.facts.structure.parties if _heads(sp.head, quote.speaker)]
            found = [party_of(names, h) for h in heads]
            found += [kind_party(ev, at, names) for at in everywhere]
            bound = [b for b in found if b is not None]
        written = any(_key(quote.org) in _key("".join(tokens_beside(ev, at))) for at in everywhere)
        written = written or any(_of_org_before(ev, quote.org, at) for at in everywhere)
        # `누리위원회 관계자는 “…”`: an unnamed speaker whose own phrase names the organisation
        written = written or bool(everywhere and _phrase_opens_with(quote.speaker, quote.org))
        short = not written and _short_form_beside(ev, quote.org, everywhere)
        speaker_party = party_of(names, quote.speaker)
        if speaker_party is None and english_source(ev) and quote.speaker.isascii():
            speaker_party = _described_speaker(names, quote.speaker)
        itself = claimed is not None and speaker_party == claimed
        if speaker_party is not None and claimed is not None and not itself:
            other = briefing.parties[speaker_party].name_ko
            note = f"the speaker is {other} itself"
            out.append(_check(field, "org", quote.org, "unsupported", note=note))
        elif written or itself or (claimed is not None and claimed in bound):
            out.append(_check(field, "org", quote.org, "exact", span=people[0] if people else None))
        elif bound and claimed is not None:
            other = briefing.parties[bound[0]].name_ko
            note = f"the source names the speaker with {other}"
            out.append(_check(field, "org", quote.org, "unsupported", note=note, span=people[0]))
        elif short:
            note = "the source writes a short form of this name beside the speaker"
            out.append(_check(field, "org", quote.org, "normalised", span=people[0], note=note))
        elif people and _korean_rendering(ev, quote.org):
            note = "the source is in English and does not write this Korean name; not checked"
            out.append(_check(field, "org", quote.org, "unchecked", note=note))
        elif people:
            note = "the source does not name this organisation beside the speaker"
            out.append(_check(field, "org", quote.org, "unverified", note=note))
        else:
            out.append(
                _check(field, "org", quote.org, "unchecked", note="the speaker is not found")
            )
    if quote.title:
        out.append(_quote_title(ev, f"quotes[{q}].title", quote.title, people[:3], everywhere))
    return out


def _phrase_opens_with(speaker: str, org: str) -> bool:
    """`누리위원회 관계자` opens with 누리위원회: an organisation, then who of it speaks."""
    head, rest = _key(org), _key(speaker)
    return len(head) >= 2 and rest.startswith(head) and len(rest) > len(head)


def _quote_title(
    ev: Evidence, field: str, title: str, near: list[Span], everywhere: list[Span]
) -> ClaimCheck:
    """A quote's title as written beside the speaker near it; when no title at all is written
    there (`NAME: "…"` in a subtitle), as written beside the speaker anywhere else."""
    checked = check_title(ev, field, title, near)
    if checked.status == "exact" or any(titles_beside(ev, at) for at in near):
        return checked
    at = written_beside(ev, title, everywhere) if near else None
    return _check(field, "title_ko", title, "exact", span=at) if at is not None else checked


__all__ = [
    "Mention",
    "check_party_role",
    "check_quote_roles",
    "check_signatory",
    "check_title",
    "mentions",
    "mentions_in",
    "party_names",
    "party_of",
    "person_spans",
]
