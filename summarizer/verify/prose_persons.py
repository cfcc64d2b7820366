"""People named in the English prose against the people the Korean source names.

`Minister Cho Tae-yoon`, `Chancellor PARK Cheol-hee`: a romanised Korean name (surname and a
hyphenated given name) must romanise a person the source names, and a `Vice`/`Deputy` title
must agree with the Korean title (`차관`, `부시장` …). Romanisations vary (Kim/Gim, Lee/Yi,
Yoon/Yun, Cheol/Chul), so both sides are reduced to a loose consonant skeleton of the Revised
Romanisation (the project's one romaniser, `english.revised`), surnames by the spellings
`english.variants` accepts; a name matching nobody is left `unverified`, and only a name whose
given name is a source person's under another surname (or whose `Vice` disagrees) is flagged —
softly.
"""

from __future__ import annotations

import re

from summarizer.english.revised import syllables as romanise
from summarizer.english.surnames import SURNAMES
from summarizer.english.titles import lookup_title
from summarizer.english.variants import family_matches
from summarizer.lazy import lazy_compile
from summarizer.lexicon import ORG_SUFFIXES, TITLE_WORDS, TITLES_EN, VICE_EN, alternation, ending
from summarizer.models import Briefing, ClaimCheck, Span
from summarizer.verify.attribution import cite
from summarizer.verify.briefing_fields import english_prose
from summarizer.verify.english_people import (
    EN_TITLES,
    english_people,
    is_family,
    same_family,
    title_before,
)
from summarizer.verify.evidence import Evidence
from summarizer.verify.literal import occurrences, unspaced

_EN_NAME = re.compile(r"\b([A-Z][a-zA-Z]{0,5})\s+([A-Z][a-z]+-[a-z]+)\b")
_EN_TITLES = re.compile(r"\b" + alternation(TITLES_EN) + r"(?!\w)")
# A person named again by title and family name alone (`Governor LEE said …`): no given name
# follows (that is `_EN_NAME`'s), and the title stands just before.
_EN_SURNAME = re.compile(
    r"\b" + alternation(TITLES_EN) + r"\s+([A-Z][a-zA-Z]{1,5})\b(?![\s-]+[A-Z][a-z])"
)
_EN_VICE = re.compile(r"\b" + alternation(VICE_EN) + r"\b")
_KO_WORD = re.compile(r"(?<![가-힣])[가-힣]{2,4}(?=\s)")
_TITLES = alternation(TITLE_WORDS)
_KO_TITLE = re.compile(rf"\s+(?:[가-힣·]+\s+){{0,2}}?(\S*?(?:{_TITLES}))")
# A second office the same person holds: `부총리 겸 교육부장관`.
_KO_ALSO = re.compile(rf"\s*겸\s*(\S*?(?:{_TITLES}))")
_KO_VICE_END = re.compile(rf"부(?:{_TITLES}|행장|총리)$")
# A ministry's 부 before a title is not `vice`: 외교부장관 is the minister.
_MINISTRY_END = re.compile(
    r"(?:외교|국방|교육|법무|안전|재정|자원|기업|복지|환경|노동|가족|교통|수산|통일|관광|식품|통신|과학|보훈|"
    r"중기|산업|과기|국토|해수|농식품|문체|행안|기재|고용|여가|미래)$"
)


def _syllable(s: str) -> str:
    s = s.replace("woo", "u").replace("wu", "u")  # `Jae-wook` is 재욱
    s = s.replace("ch", "C").replace("sh", "S").replace("ng", "N")
    return s.translate(str.maketrans("gkdtbpfjrlsmnwyC", "KKTTPPPCLLSMNWYC", "aeiouhv"))


_SKELETON_RE1 = lazy_compile(r"[-\s]+")
_SKELETON_RE2 = lazy_compile(r"^[LN]")
_SKELETON_RE3 = lazy_compile(r"L(?=[KTPCSMN])")
_SKELETON_RE4 = lazy_compile(r"(.)\1+")


_SKELETON_RE5 = lazy_compile(r"[^a-z\-\s]")


def skeleton(roman: str) -> str:
    """A loose consonant skeleton: `Tae-yoon` and `tae-yun` both give `TYN`."""
    parts = _SKELETON_RE1.split(_SKELETON_RE5.sub("", roman.casefold()))
    s = "".join(_syllable(p) for p in parts)
    s = _SKELETON_RE2.sub("", s)  # initial ㄹ/ㄴ come and go (Lim/Im, Roh/Noh)
    s = _SKELETON_RE3.sub("", s)  # Park's r, Cheol's l before a consonant
    return _SKELETON_RE4.sub(r"\1", s)


_IS_VICE_RE1 = lazy_compile(r"차관(?!보)")


def is_vice(title: str) -> bool:
    """`제1차관`, `부시장`, `은행 부행장` are second to someone; `외교부장관`, `부산시장` are not.

    A title the lexicon renders `Vice …`/`Deputy …` is one (`부행장보` Senior Vice President).
    """
    known = lookup_title(title)
    if known is not None and _EN_VICE.search(known.accepted[0]):
        return True
    if _IS_VICE_RE1.search(title):
        return True
    m = _KO_VICE_END.search(title)
    return m is not None and not _MINISTRY_END.search(title[: m.start()])


_VICE_FITS_RE1 = lazy_compile(r"\s*겸\s*")


def vice_fits(title: str, vice: bool) -> bool:
    """Whether an English `Vice`/`Deputy` (or its absence) fits one of the offices a Korean
    title holds: `부총리 겸 교육부장관` may be rendered by either (`… and Minister of Education`)."""
    return any(is_vice(part) == vice for part in _VICE_FITS_RE1.split(title) if part)


# A title's qualifier in Korean (`명예원장`, `시장 권한대행`, `전 장관`) and in English: the
# office held in honour, in someone's stead or no longer is not the office itself.
_QUALIFIERS = [
    ("명예", r"\b(?:Honou?rary|Emerit\w+)\b"),
    ("대행|직무대리", r"\b(?:Acting|Interim)\b"),
    (r"(?<![가-힣])(?:전|前)\s*(?=\S)", r"\b(?:[Ff]ormer|[Ee]x-)"),
]
_TITLE_STOP = re.compile(r"[,.)\n]")
_QUALIFIERS_AT = [(ko, re.compile(ko), re.compile(en)) for ko, en in _QUALIFIERS]
# The words after a name up to its title's end (`정누리 가람병원 명예원장`, `… 권한대행은`).
_AFTER_NAME = 24


_QUALIFIER_NOTE_RE1 = lazy_compile(r"[,;()]|\.\s|\band\b")


def qualifier_note(text: str, korean: str, english_before: str) -> tuple[str, str] | None:
    """(status, note) for a qualifier of the Korean person's title that the English title before
    their name drops (`unsupported`: every mention carries it, as a `Vice` the Korean lacks is),
    or one it adds that the source never writes beside them (`unverified`). `전` is read just
    before the name, the rest in the words after it."""
    clause = _QUALIFIER_NOTE_RE1.split(english_before[-80:])[-1]
    ends = [(at, at + len(korean)) for at in occurrences(text, korean)]
    windows = [
        text[max(0, start - 4) : start] + _TITLE_STOP.split(text[end : end + _AFTER_NAME])[0]
        for start, end in ends
    ]
    for ko, ko_at, en_at in _QUALIFIERS_AT:
        in_source = [bool(ko_at.search(w)) for w in windows]
        written = en_at.search(clause) is not None
        if all(in_source) and in_source and not written:
            note = f"the source gives {cite(korean)} a title with {ko.split('|')[0]!r}; the English drops it"
            return "unsupported", note
        if written and not any(in_source):
            note = f"the English title adds {en_at.search(clause).group(0)!r}; the source never gives it to {cite(korean)}"  # type: ignore[union-attr]
            return "unverified", note
    return None


def _surname_ok(english: str, korean: str) -> bool:
    if korean in SURNAMES:
        return family_matches(korean, english)
    return skeleton(english) == skeleton(romanise(korean))


# A head named in brackets after the body: `가람마을(대표 한여울)`, `누리재단(이사장 고누리, 이하 …)`.
_BRACKET_HEAD = re.compile(rf"[(（]\s*(\S*?(?:{_TITLES}))\s+([가-힣]{{2,4}})\s*[,，)）]")


_PEOPLE_RE1 = lazy_compile(r"[가-힣]{2,4}")


def _people(ev: Evidence, briefing: Briefing) -> dict[str, str | None]:
    """Korean names of people the source names, with the title it gives each (if read)."""
    people: dict[str, str | None] = {}
    for m in _BRACKET_HEAD.finditer(ev.text):  # `(대표 한여울)`: no space after the name
        people.setdefault(m.group(2), m.group(1))
    for m in _KO_WORD.finditer(ev.text):  # every word may start `name [org] title`
        title = _KO_TITLE.match(ev.text, m.end())
        if title is not None:
            also = _KO_ALSO.match(ev.text, title.end())
            full = title.group(1) + (f" 겸 {also.group(1)}" if also else "")
            people.setdefault(m.group(0), full)
    extra = [q.speaker for q in briefing.quotes] + [p.signatory or "" for p in briefing.parties]
    extra += [q.speaker or "" for q in ev.facts.structure.quotes]
    for name in extra:
        if _PEOPLE_RE1.fullmatch(name) and name in ev.text:
            people.setdefault(name, None)
    return people


def prose_fields(briefing: Briefing) -> list[tuple[str, str]]:
    """The English prose fields of a briefing, each with its field path."""
    out = english_prose(briefing)
    out += [(f"quotes[{i}].text_en", q.text_en) for i, q in enumerate(briefing.quotes)]
    out += [(f"commitments[{i}].text_en", c.text_en) for i, c in enumerate(briefing.commitments)]
    return out


def _span(ev: Evidence, name: str) -> Span | None:
    pos = ev.text.find(name)
    return Span(text=name, start=pos, end=pos + len(name)) if pos >= 0 else None


def _judge(ev: Evidence, people: dict[str, str | None], field: str, prose: str,
           m: re.Match[str]) -> ClaimCheck | None:  # fmt: skip
    surname, given = m.group(1), m.group(2)
    # The title in the same clause before the name: `Vice Minister of Foreign Affairs CHOI …`.
    title_en, vice = title_before(prose, m.start())
    titled = title_en is not None
    before = prose[max(0, m.start() - 80) : m.start()]
    claim = (before[before.rfind(title_en) :].strip() + " " if title_en else "") + m.group(0)

    def check(status: str, note: str | None, span: Span | None = None) -> ClaimCheck:
        return ClaimCheck(field=field, kind="name_en", claim=claim, status=status,  # type: ignore[arg-type]
                          span=span, note=note)  # fmt: skip

    given_key = skeleton(given)
    same_given = [k for k in people if len(k) >= 2 and skeleton(romanise(k[1:])) == given_key]
    full = [k for k in same_given if _surname_ok(surname, k[0])]
    if full:
        korean = full[0]
        title = people[korean]
        if titled and title and not vice_fits(title, vice):
            note = (
                f"the source calls {cite(korean)} {cite(title)}; the English title says otherwise"
            )
            return check("unsupported", note, _span(ev, korean))
        if titled and (found := qualifier_note(ev.text, korean, prose[: m.start()])):
            return check(*found, _span(ev, korean))
        return check(
            "normalised", f"romanises {cite(korean)}, named in the source", _span(ev, korean)
        )
    if same_given:
        note = f"the source names {', '.join(map(cite, same_given))}: not this surname"
        return check("unsupported", note, _span(ev, same_given[0]))
    # An English-language source names people romanised itself: `Minister Kang Kyung-wha`.
    written = [p for p in english_people(ev.text) if skeleton(p.given) == given_key]
    for person in written:
        if not same_family(person.family, surname):
            continue
        if titled and person.title is not None and vice != person.vice:
            note = f"the source calls {cite(person.span.text)} {cite(person.title)}"
            return check("unsupported", f"{note}; the English title says otherwise", person.span)
        return check(
            "normalised", f"as the source writes it: {cite(person.span.text)}", person.span
        )
    if written:
        note = f"the source names {', '.join(cite(p.span.text) for p in written)}: not this surname"
        return check("unsupported", note, written[0].span)
    if titled and is_family(surname) and not _glued(ev, f"{surname} {given}"):
        # `Chairman Chung Mong-koo`: a titled person (not a place) whom the source never names
        return check("unverified", "the source names nobody of this name (in Korean or romanised)")
    return None  # nobody the source names: perhaps a place (`Seoul Gangnam-gu`); no claim read


_LATIN_WORD = re.compile(r"\b[A-Za-z]{4,}\b")


def _glued(ev: Evidence, name: str) -> bool:
    """The source writes the name romanised as one word of its own (`Ishijong` for LEE Si-jong)."""
    key = skeleton(name)
    return any(skeleton(w) == key for w in _LATIN_WORD.findall(ev.text))


def _named_in_full(
    ev: Evidence, people: dict[str, str | None], fields: list[tuple[str, str]]
) -> tuple[set[str], set[str]]:
    """The source people the English prose names in full somewhere (`LEE Si-jong`): Korean names
    of the source, and romanised names an English-language source writes."""
    korean: set[str] = set()
    english: set[str] = set()
    written = english_people(ev.text)
    for _, prose in fields:
        for m in _EN_NAME.finditer(prose or ""):
            given_key = skeleton(m.group(2))
            korean |= {
                k for k in people
                if len(k) >= 2 and skeleton(romanise(k[1:])) == given_key
                and _surname_ok(m.group(1), k[0])
            }  # fmt: skip
            english |= {
                p.span.text for p in written
                if skeleton(p.given) == given_key and same_family(p.family, m.group(1))
            }  # fmt: skip
    return korean, english


_JUDGE_SURNAME_RE1 = lazy_compile(r"(?:(?:First|Second)\s+)?(?:Vice|Deputy)[\s-]+(?:Prime[\s-]+)?$")


def _judge_surname(ev: Evidence, people: dict[str, str | None], named: tuple[set[str], set[str]],
                   field: str, prose: str, m: re.Match[str]) -> ClaimCheck | None:  # fmt: skip
    """`Vice Governor LEE said …` where every titled person of that family name whom the prose
    names in full elsewhere (`Governor LEE Si-jong`) is a governor (or every one a vice
    governor and the prose says `Governor`): the `Vice`/`Deputy` contradicts them all. Anyone
    the title could fit, or nobody named in full, is no claim: a family name alone tells
    people apart only this far."""
    surname = m.group(1)
    if not is_family(surname):
        return None
    _, vice = title_before(prose, m.start(1))
    titled = [(k, t) for k in named[0] if (t := people.get(k)) and _surname_ok(surname, k[0])]
    written = [
        (p.span.text, p.title, p.vice, p.span) for p in english_people(ev.text)
        if p.title is not None and p.span.text in named[1] and same_family(p.family, surname)
    ]  # fmt: skip
    if not titled and not written:
        return None
    if any(vice_fits(t, vice) for _, t in titled) or any(v == vice for *_, v, _ in written):
        return None
    named_as, title = (titled[0][0], titled[0][1]) if titled else (written[0][0], written[0][1])
    span = _span(ev, named_as) if titled else written[0][3]
    before = prose[max(0, m.start() - 40) : m.start()]
    head = _JUDGE_SURNAME_RE1.search(before)
    claim = (head.group(0) if head else "") + m.group(0)
    note = (
        f"the source calls {cite(named_as)} {cite(title or '')}; the English title says otherwise"
    )
    return ClaimCheck(
        field=field, kind="name_en", claim=claim, status="unsupported", span=span, note=note
    )


def check_persons(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """Romanised Korean names (with their Vice/Deputy) in the English fields, never hard."""
    people = _people(ev, briefing)
    if not people and not english_people(ev.text) and not _TITLED.search(ev.text):
        return []
    checks = []
    fields = prose_fields(briefing)
    named: tuple[set[str], set[str]] | None = None  # read when a family name stands alone
    for field, prose in fields:
        for m in _EN_NAME.finditer(prose or ""):
            found = _judge(ev, people, field, prose, m)
            if found is not None:
                checks.append(_against_korean(ev, found, briefing))
        for m in _EN_SURNAME.finditer(prose or ""):
            named = _named_in_full(ev, people, fields) if named is None else named
            found = _judge_surname(ev, people, named, field, prose, m)
            if found is not None:
                checks.append(found)
        # A family name `_judge_surname` has already flagged in this field is not flagged twice.
        flagged = {_family_of(c.claim) for c in checks if c.field == field}
        checks += [
            c for c in _titled_surnames(ev, people, field, prose or "", fields)
            if _family_of(c.claim) not in flagged
        ]  # fmt: skip
    return checks


_KNOWN_PEOPLE_RE1 = lazy_compile(r"[가-힣]{3}")


def _known_people(ev: Evidence, briefing: Briefing) -> set[str]:
    """People surely people: the briefing's speakers and signatories, the structure's speakers
    and party heads (`(원장 김바다)`), each a Korean name of three letters the source writes."""
    names = [q.speaker for q in briefing.quotes] + [p.signatory or "" for p in briefing.parties]
    names += [q.speaker or "" for q in ev.facts.structure.quotes]
    names += [p.head.split()[-1] for p in ev.facts.structure.parties if p.head]
    bodies = {n for p in briefing.parties for n in (p.name_ko, *p.aliases)}
    return {
        n for n in names
        if _KNOWN_PEOPLE_RE1.fullmatch(n) and n in ev.text and n not in bodies
        and not _BODY_END.search(n)
    }  # fmt: skip


_BODY_END = ending((*ORG_SUFFIXES, "부", "청", "처"))  # `외교부` as a speaker: a body


_AGAINST_KOREAN_RE1 = lazy_compile(r"summary_en\[(\d+)\]")


def _against_korean(ev: Evidence, found: ClaimCheck, briefing: Briefing) -> ClaimCheck:
    """A summary point's person against the Korean point it renders: `PARK Geun-jong said …`
    where the Korean names only another person of the source (`허성주 병원장은 …`) gives the
    words to the wrong person."""
    m = _AGAINST_KOREAN_RE1.fullmatch(found.field)
    if m is None or found.status != "normalised" or found.span is None:
        return found
    i = int(m.group(1))
    korean = briefing.summary_ko[i] if i < len(briefing.summary_ko) else ""
    squashed = unspaced(korean)
    if not korean or found.span.text in squashed:
        return found
    others = [p for p in _known_people(ev, briefing) if p != found.span.text]
    named = [p for p in others if p in squashed]
    if not named:
        return found
    note = f"the Korean it renders names {cite(named[0])}, not {cite(found.span.text)}"
    return found.model_copy(update={"status": "unsupported", "note": note})


# `Chairman KWAK said`, `Yongin Mayor LEE Sangil`: an English title right before a family name,
# alone or with an unhyphenated given name (a hyphenated one is `_judge`'s).
_TITLED = re.compile(
    r"(?P<vice>\b(?:Vice|Deputy)[\s-]+)?\b(?P<title>" + EN_TITLES.pattern + r")\s+"
    r"(?P<family>[A-Z][A-Za-z]{1,5})(?:\s+(?P<given>[A-Z][a-z]+))?(?![\w-])"
)


_HYPHENATED = re.compile(r"\s+[A-Z][a-z]+-")


def _family_of(claim: str) -> str:
    """`Vice Governor LEE` -> `lee`, `Vice Mayor LEE Sangil` -> `lee`: the claim's family name."""
    m = _TITLED.search(claim)
    return m.group("family").casefold() if m else claim.casefold()


_FULL_NAME = re.compile(r"\b([A-Z][A-Za-z]{1,5})\s+[A-Z][a-z]+(?:-[a-z]+)?\b")


def _named_fully(fields: list[tuple[str, str]], family: str) -> bool:
    """The prose names someone of this family name in full (`LEE Sangil`, `CHO Tae-yoon`)."""
    return any(
        same_family(m.group(1), family) for _, prose in fields
        for m in _FULL_NAME.finditer(prose or "")
    )  # fmt: skip


def _titled_surnames(
    ev: Evidence, people: dict[str, str | None], field: str, prose: str,
    fields: list[tuple[str, str]],
) -> list[ClaimCheck]:  # fmt: skip
    """A `Vice`/`Deputy` before a titled family name must agree with every person of that name
    the source gives a title: flagged only when all of them say otherwise. A family name alone
    is a claim only when the prose names someone of it in full (`_judge_surname`'s rule)."""
    out = []
    for m in _TITLED.finditer(prose):
        family, given = m.group("family"), m.group("given")
        if not is_family(family) or _HYPHENATED.match(prose, m.end()):
            continue  # `Minister Kang Kyung-wha`: `_judge` reads the whole name
        if given is None and not _named_fully(fields, family):
            continue
        vice = m.group("vice") is not None
        known = _source_vice(ev, people, family, given)
        if known and vice not in known:
            claim = m.group(0).strip()
            note = f"the source gives {family} {'no ' if vice else 'a '}Vice/Deputy title"
            out.append(ClaimCheck(field=field, kind="name_en", claim=claim, status="unsupported",
                                  note=note))  # fmt: skip
    return out


def _source_vice(
    ev: Evidence, people: dict[str, str | None], family: str, given: str | None
) -> set[bool]:
    """Whether each titled person of this family (and given) name in the source is a vice."""
    found = set()
    for korean, title in people.items():
        if title is None or len(korean) < 2 or not _surname_ok(family, korean[0]):
            continue
        if given is None or skeleton(romanise(korean[1:])) == skeleton(given):
            found |= {is_vice(part) for part in _VICE_FITS_RE1.split(title) if part}
    for m in _TITLED.finditer(ev.text):  # an English source: `Garam Mayor Han Yeoul`
        if not same_family(m.group("family"), family):
            continue
        if (
            given is None
            or m.group("given") is None
            or skeleton(m.group("given")) == skeleton(given)
        ):
            found.add(m.group("vice") is not None)
    return found


__all__ = ["check_persons", "is_vice", "prose_fields", "skeleton"]
