"""Parties weighed by what the whole page says of them, not by the one sentence form that gave
them: the sentence readers propose candidates, and this keeps, mends or lets go each one by the
evidence for it and against it.

For a candidate (the readers already give it: a side of the signing sentence, the title, the
lead, a roster of the signers, a head signing for it) the page may also say:
- it is a signatory's body, written with the person and the title round it (`홍길동 별빛공단
  사장`, `㈜별빛 김가람이 대표`): the body is the party, not the person (`signatory_body`,
  called by the Korean sentence reader, whose cut it mends);
- it is a person's title (`Governor`, `the President`, `Dean of …`), or a person's name the
  page writes with a title and never bare as a body's (`홍길동 은행장은`): a person, not a body;
- it is the agreement itself (`Letter of Intent`) or a scheme (`가족회사제`, `… 프로그램`);
- it is a kind of body in the plural (`지역 대학들`): many bodies, none named;
- it is a line of the page's menu above the title (`언론보도` under `주 메뉴`), named nowhere in
  the story while the story names the sides;
- the page reports no agreement at all (no `협약`, `MOU`, `체결`, …): a body known only by its
  head's title there (`평택시장 표창`) is a guest of a ceremony, not a side.

Each test looks only where its cue is: the candidate's own name, the few characters after it,
one search of the page for an agreement word, one search per header candidate for its name
after the title. No pass over the page's sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.lazy import lazy_compile
from summarizer.lexicon import COUNTRIES, SIGNER_KINDS, TITLE_WORDS, TITLES_EN, alternation
from summarizer.lexicon.counts import HEADLINE, SIGNER_DIGITS, WITH, count
from summarizer.structure.candidate import Cand, as_person, looks_like_org
from summarizer.structure.org_names import abbreviates
from summarizer.structure.party_heads import person_named
from summarizer.structure.party_rosters import clause_start, list_items

HEAD_ONLY = "named only by a head's title"
# any word of an agreement: a page without one reports none (a ceremony, an appointment)
_AGREEMENT = lazy_compile(
    r"협약|협정|MOU|MoU|양해각서|체결|결연|맺|손[을잡]|맞잡|맞손|계약|"
    r"[Aa]greement|[Mm]emorand|[Ss]ign|[Pp]artnership|[Ll]etter of [Ii]ntent"
)
# a person's title standing for a side: `Governor`, `the President`, `Dean of Graduate School`
_EN_TITLE = lazy_compile(
    r"(?:the\s+)?(?:Vice\s+)?(?:"
    + alternation(TITLES_EN)
    + r"|Dean|Director|Governor|Mayor|Minister|Ambassador|Chancellor|Provost)"
    r"(?:\s+(?:of|for)\s+.+)?",
)
# the agreement's own name, or a scheme a body runs, taken for a side
_NOT_A_SIDE = lazy_compile(
    r"(?:[Ll]etter\s+of\s+[Ii]ntent|[Mm]emorandum(?:\s+of\s+[Uu]nderstanding)?|MOU|MoU|[Aa]greement)"
    r"|.*(?:회사제|제도|프로그램|캠페인)"
)
# `㈜별빛 김가람` before `이 대표`: a signatory's name (its last syllable read as a particle)
# cut from the body; the title after it tells
_HEAD_AFTER = lazy_compile(r"[가-힣]?\s+(?:" + alternation(TITLE_WORDS) + r")(?![가-힣])")
_PERSON_WORD = lazy_compile(r"[가-힣]{2,3}")
# a noun closed by the plural `들` (`대학들`, `가맹점들`): a kind's many bodies, as no body's
# own name is written; not people (`-인들`, `-자들`: `상공인들`, `참가자들`, a group that may
# sign as one)
_PLURAL = lazy_compile(r"[가-힣][가-힣](?<![인자])들$")


def signatory_body(c: Cand, text: str) -> Cand:
    """The body of a signatory written with its person: `안상민 별빛사령부 사령관` -> `별빛사령부`
    (its head kept), `㈜별빛 김가람` followed by `이 대표` -> `㈜별빛`."""
    words = c.name.split()
    if len(words) >= 3:
        person = as_person(c.name)
        if person is not None and person[0] is not None and person[0] != c.name:
            org = person[0]
            at = c.name.find(org)
            start = c.start + at if c.start is not None and at >= 0 else c.start
            end = start + len(org) if start is not None else c.end
            return replace(c, name=org, head=c.head or person[1], start=start, end=end)
    two = len(words) == 2 and c.end is not None and _PERSON_WORD.fullmatch(words[1])
    if two and c.end is not None and _HEAD_AFTER.match(text, c.end, c.end + 12):
        return replace(c, name=words[0], end=c.end - len(words[1]) - 1)
    return c


# `Virginia's Columbia College`: a place's possessive before an English body's name
_POSSESSIVE = lazy_compile(r"[A-Z][a-z]+['’]s\s+(?=[A-Z])")


# `Jeollanam-do. The`: the next sentence's first word run into a name
_NEXT_SENTENCE = lazy_compile(
    r"\.\s+(?:The|This|That|These|Those|It|Its|Under|As|In|On|At|A|An|He|She|They|We)$"
)


def without_next_sentence(c: Cand) -> Cand:
    """`Jeollanam-do. The` -> `Jeollanam-do`: a name ends at its sentence's full stop."""
    m = _NEXT_SENTENCE.search(c.name)
    if m is None:
        return c
    name = c.name[: m.start()]
    return replace(c, name=name, end=c.start + len(name) if c.start is not None else c.end)


def without_possessive(c: Cand) -> Cand:
    """`Virginia's Columbia College` -> `Columbia College` (the full form kept as an alias)."""
    m = _POSSESSIVE.match(c.name)
    if m is None or c.start is None:
        return c
    name = c.name[m.end() :]
    return replace(c, name=name, aliases=[*c.aliases, c.name], start=c.start + m.end())


def weigh(
    cands: list[Cand], text: str, title_end: int, issuers: list[Cand], title: str = ""
) -> list[Cand]:
    """`cands` less those the page's evidence speaks against (see the module's note)."""
    if not cands:
        return cands
    # (the page searched for an agreement word only when a head's body is among them)
    agreed = not any(c.why == HEAD_ONLY for c in cands) or _AGREEMENT.search(text) is not None
    menu = {c.name for c in issuers}
    told = sum(c.name not in menu for c in cands)  # the sides the story itself gives
    out = []
    for c in cands:
        if not agreed and c.why == HEAD_ONLY:
            continue  # (no agreement on the page: a head's body is a guest, `평택시장 표창`)
        if _EN_TITLE.fullmatch(c.name) or _NOT_A_SIDE.fullmatch(c.name):
            continue  # a person's title, the agreement itself, a scheme
        if person_named(c.name, text):
            continue  # a person the page writes with a title (`홍길동 은행장은`)
        if _PLURAL.search(c.name):
            continue  # bodies of a kind in the plural (`지역 대학들`, `편의점들`), no one body
        if c.name in menu and told >= 2 and not _named_after(text, c.name, title_end, title):
            continue  # a menu's word above the title, named nowhere in the story
        out.append(c)
    return out


def _named_after(text: str, name: str, title_end: int, title: str) -> bool:
    """Whether the story (the title or what follows it) names `name` again."""
    return name in title or text.find(name, title_end) >= 0


__all__ = [
    "HEAD_ONLY",
    "signatory_body",
    "title_roster",
    "title_sides",
    "weigh",
    "without_next_sentence",
    "without_possessive",
]


# `전북도, (주) 대승 등 4개사와 투자협약`: a headline naming one partner and counting them all
_TITLE_COUNTED = lazy_compile(
    r"(?P<name>[^\s,·ㆍ]+(?:\s[^\s,·ㆍ]+)?)\s*등\s*"
    + count(HEADLINE, number=SIGNER_DIGITS, name="n")
    + WITH
)
_LEGAL_FORM = lazy_compile(r"\((?:주|유|재|사)\)\s*|㈜\s*")
_LIST_REACH = 200  # characters from the named partner to the `등` closing its list


def title_roster(cands: list[Cand], text: str, title: str, body_start: int) -> list[Cand]:
    """The partners a headline counts (`A 등 4개사와 협약`) that the story lists with A (`…에서
    A, B, C, D 등 … 기업과 협약식을 가졌다`): a list holding the partner the headline names, as
    long as its count, gives the rest (those no candidate stands for)."""
    # (`등` stands in every match, outside any optional part: a title without it is not
    # searched, the pattern's runs tried at each of its characters)
    m = _TITLE_COUNTED.search(title) if "등" in title else None
    if m is None:
        return []
    name, n = _LEGAL_FORM.sub("", m.group("name")).strip(), int(m.group("n"))
    at = text.find(name, body_start) if len(name) >= 2 else -1
    for _ in range(3):  # (the first few mentions: the list follows the lead)
        if at < 0:
            break
        close = text.find("등", at, at + _LIST_REACH)
        if close > at:
            items = list_items(text, clause_start(text, body_start, at), close)
            if len(items) == n and any(name in c.name for c in items):
                return [c for c in items if not _covered(c, cands)]
        at = text.find(name, at + len(name))
    return []


def _covered(c: Cand, cands: list[Cand]) -> bool:
    keys = {_LEGAL_FORM.sub("", k) for k in (c.name, *c.aliases)}
    return any(
        _LEGAL_FORM.sub("", k) in keys or any(x in k for x in keys)
        for o in cands
        for k in (o.name, *o.aliases)
    )


# `A·B와 맞손`, `A, B와 협약 체결`: the bodies a headline pairs before `와/과`; a partner abroad
# after its country and region (`A, 중국 가람 누리시와 … 체결`)
_ABROAD = r"(?:" + alternation(COUNTRIES) + r")\s+(?:[가-힣]{2,4}\s+)?"
_TITLE_LIST = lazy_compile(
    r"(?<![^\s\]】])(?P<list>[^\s,·ㆍ‧\[\]【】]{2,20}(?:\s*[,·ㆍ‧]\s*(?:"
    + _ABROAD
    + r")?[^\s,·ㆍ‧\[\]【】]{2,20})+?)(?:와|과)(?=\s)"
)
_LIST_SEP = re.compile(r"\s*[,·ㆍ‧]\s*")
_ABROAD_OPENS = lazy_compile(_ABROAD)
# `유관기관`, `협력기업`: a two-syllable qualifier and the signers' kind describe, not name
_KIND_PHRASE = lazy_compile(r"[가-힣]{1,2}(?:" + "|".join(SIGNER_KINDS) + r")")


def title_sides(cands: list[Cand], text: str, title: str, title_end: int) -> list[Cand]:
    """The bodies a headline pairs (`A·B와 맞손`) that no candidate stands for, each named again
    in the story after the headline (`… A, B 기업 대표 등이 참석한 가운데`)."""
    m = _TITLE_LIST.search(title)
    if m is None:
        return []
    out: list[Cand] = []
    for item in _LIST_SEP.split(m.group("list")):
        if (abroad := _ABROAD_OPENS.match(item)) is not None:  # (`중국 가람 누리시`: the city)
            item = item[abroad.end() :]
        c = Cand(name=item)
        if len(item) < 3 or item[0].isdigit() or _KIND_PHRASE.fullmatch(item):
            continue  # (`5개사`, `유관기관`: a count or a kind, no name)
        if not looks_like_org(c):
            continue
        if _covered(c, cands + out):
            continue
        # `해울엑스포` over a story naming `해울세계문화엑스포`: the headline's short name of a
        # side found (its characters in order, the same last one), an alias, no side of its own
        full = next(
            (o for o in cands if item[-1] == o.name[-1] and abbreviates(item, o.name)), None
        )
        if full is not None:
            full.aliases.append(item)
            continue
        at = text.find(item, title_end)
        if at >= 0:
            out.append(Cand(name=item, start=at, end=at + len(item)))
    return out
