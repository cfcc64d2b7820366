"""Mutants of values and fields: role-swapped dates, times and phones; unchecked fields; junk claims."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from random import Random

from redteam_kit.corpus import Case
from redteam_kit.edits import Answer, Mutant, get, make, put, squash
from summarizer.glossary import load_glossary
from summarizer.models import Fact

# Words that put a date or time in another role than the event's: release, embargo, web page.
_ROLE_WORDS = re.compile(
    r"배포|보도|엠바고|입력|수정|등록|발행|게재|송고|사진|기사|작성|Posted|Published|Updated|Release",
    re.I,
)
_VENUES = [
    "서울 중구 대한상공회의소",
    "부산 벡스코 제2전시장",
    "세종 정부세종청사 6동",
    "서울 코엑스 그랜드볼룸",
]
_BODY = re.compile(
    r"(?<![가-힣])[가-힣]{2,}(?:부|청|공단|공사|재단|협회|연구원|진흥원|은행|대학교)(?![가-힣])"
)
_VICE = re.compile(
    r"(장관|차관|회장|이사장|사장|원장|청장|위원장|시장|지사|대표|본부장|총장|소장)$"
)


def _role_candidates(case: Case, kind: str, taken: str) -> list[str]:
    """Values of other `kind` facts, those in a release/embargo role first."""
    embargo = case.facts.structure.embargo
    preferred: list[str] = []
    other: list[str] = []
    for fact in case.facts.facts:
        if fact.kind != kind or not fact.value:
            continue
        value = fact.value.split("/")[0]
        if value == taken.split("/")[0] or value in preferred or value in other:
            continue
        before = case.text[max(0, fact.start - 30) : fact.start]
        in_embargo = embargo is not None and embargo.start <= fact.start < embargo.end
        (preferred if in_embargo or _ROLE_WORDS.search(before) else other).append(value)
    return preferred or other


def date_role(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """The event date replaced by the embargo, distribution or another date of the source."""
    date = get(a, "event.date")
    if date:
        for value in _role_candidates(case, "date", date)[:3]:
            yield make("date_role", case, a, "event.date", value)


def time_role(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """The event time replaced by the embargo time or another time of the source."""
    time = get(a, "event.time")
    if time:
        for value in _role_candidates(case, "time", time)[:3]:
            yield make("time_role", case, a, "event.time", value)


def _phones(a: Answer) -> list[tuple[int, str]]:
    return [(i, c["phone"]) for i, c in enumerate(a.get("contacts") or []) if c.get("phone")]


def phone_swap(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """Two contacts' phones swapped."""
    phones = _phones(a)
    for (i, p), (j, q) in itertools.pairwise(phones):
        if re.sub(r"\D", "", p) != re.sub(r"\D", "", q):
            m = make("phone_swap", case, a, f"contacts[{i}].phone", q)
            m.answer = put(m.answer, f"contacts[{j}].phone", p)
            m.paths.append(f"contacts[{j}].phone")
            yield m


def _phone_facts(case: Case, a: Answer, fax: bool) -> list[Fact]:
    claimed = {re.sub(r"\D", "", p)[-7:] for _, p in _phones(a)}
    out = []
    for f in case.facts.facts:
        if f.kind != "phone" or not f.value or re.sub(r"\D", "", f.text)[-7:] in claimed:
            continue
        near = case.text[max(0, f.start - 12) : f.start]
        is_fax = f.note == "fax" or bool(re.search(r"(?i)fax|팩스|F\s*[.:]", near))
        if is_fax == fax:
            out.append(f)
    return out


def fax_as_phone(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A fax line of the source given as a contact's phone."""
    for i, _ in _phones(a)[:2]:
        for f in _phone_facts(case, a, fax=True)[:1]:
            yield make("fax_as_phone", case, a, f"contacts[{i}].phone", f.text.strip())


def other_phone(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """Another number of the source (an outlet, another office) given as a contact's phone."""
    for i, _ in _phones(a)[:2]:
        for f in _phone_facts(case, a, fax=False)[:2]:
            yield make("other_phone", case, a, f"contacts[{i}].phone", f.text.strip())


def place(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """The event place replaced by a venue the source never names."""
    if get(a, "event.place_ko"):
        venue = rng.choice([v for v in _VENUES if squash(v) not in squash(case.text)])
        yield make("place", case, a, "event.place_ko", venue)


def mode(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """In person given as online, or the reverse."""
    flip = {"in_person": "online", "online": "in_person"}
    if get(a, "event.mode") in flip:
        yield make("mode", case, a, "event.mode", flip[get(a, "event.mode")])


def _vice(title: str) -> str | None:
    """장관 -> 부장관, 이사장 -> 부이사장; None when the title is not one of those or is already 부-."""
    m = _VICE.search(title)
    return None if m is None or title[: m.start()].endswith("부") else _VICE.sub(r"부\1", title)


def signatory(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A party's signatory replaced by another person the answer names (another signatory or speaker)."""
    parties = a.get("parties") or []
    people = [p.get("signatory") for p in parties] + [
        q.get("speaker") for q in a.get("quotes") or []
    ]
    for i, p in enumerate(parties):
        own = squash(p.get("signatory"))
        others = [
            x
            for x in dict.fromkeys(people)
            if x and own and squash(x) != own and squash(x) not in own
        ]
        if others:
            yield make("signatory", case, a, f"parties[{i}].signatory", others[0])


def signatory_title(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A signatory's title replaced by another party's, or raised/lowered (장관 -> 부장관 …)."""
    parties = a.get("parties") or []
    titles = [p.get("signatory_title") for p in parties if p.get("signatory_title")]
    for i, p in enumerate(parties):
        own = p.get("signatory_title")
        if not own:
            continue
        others = [t for t in titles if squash(t) != squash(own)]
        value = others[0] if others else _vice(own)
        if value:
            yield make("signatory_title", case, a, f"parties[{i}].signatory_title", value)


def commitment_parties(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """The parties bound by a commitment replaced by a party it does not bind."""
    names = [p["name_ko"] for p in a.get("parties") or []]
    for i, c in enumerate((a.get("commitments") or [])[:3]):
        bound = c.get("parties") or []
        if len(names) < 2 or not bound:
            continue
        outside = [n for n in names if n not in bound]
        value = [outside[0]] if outside else bound[:1]
        if value != bound:
            yield make("commitment_parties", case, a, f"commitments[{i}].parties", value)


def quote_org(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A quote's organisation replaced by another party (never the same body under its alias:
    중진공 -> 중소벤처기업진흥공단 is no error)."""
    parties = a.get("parties") or []
    for i, q in enumerate(a.get("quotes") or []):
        own = squash(q.get("org"))
        others = []
        for p in parties:
            keys = [squash(k) for k in (p["name_ko"], *(p.get("aliases") or [])) if k]
            if own and not any(k == own or own in k or k in own for k in keys):
                others.append(p["name_ko"])
        if others:
            yield make("quote_org", case, a, f"quotes[{i}].org", others[0])


def quote_title(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A quote's title replaced by another speaker's title, or 장관 -> 부장관."""
    quotes = a.get("quotes") or []
    titles = [q.get("title") for q in quotes if q.get("title")]
    for i, q in enumerate(quotes):
        own = q.get("title")
        if not own:
            continue
        others = [t for t in titles if squash(t) != squash(own)]
        value = others[0] if others else _vice(own)
        if value:
            yield make("quote_title", case, a, f"quotes[{i}].title", value)


def _contact_swap(cls: str, key: str, case: Case, a: Answer) -> Iterator[Mutant]:
    contacts = a.get("contacts") or []
    values = [(i, c.get(key)) for i, c in enumerate(contacts) if c.get(key)]
    for i, v in values:
        other = next((w for _, w in values if squash(w) != squash(v)), None)
        if other:
            yield make(cls, case, a, f"contacts[{i}].{key}", other)


def contact_name(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A contact's name replaced by another contact's (or, with one contact, a speaker's)."""
    yield from _contact_swap("contact_name", "name", case, a)
    contacts = a.get("contacts") or []
    named = [i for i, c in enumerate(contacts) if c.get("name")]
    speakers = [q["speaker"] for q in a.get("quotes") or [] if q.get("speaker")]
    if len(named) == 1 and speakers:
        yield make("contact_name", case, a, f"contacts[{named[0]}].name", speakers[0])


def contact_department(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A contact's department replaced by another contact's."""
    yield from _contact_swap("contact_department", "department", case, a)


def alias_moved(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """An alias moved from its party to another party."""
    parties = a.get("parties") or []
    for i, p in enumerate(parties):
        for alias in (p.get("aliases") or [])[:1]:
            j = (i + 1) % len(parties)
            if j == i:
                continue
            moved = put(a, f"parties[{i}].aliases", [x for x in p["aliases"] if x != alias])
            target = [*parties[j].get("aliases", []), alias]
            m = make("alias_moved", case, moved, f"parties[{j}].aliases", target)
            m.paths = [f"parties[{j}].aliases[{len(target) - 1}]", f"parties[{j}].aliases"]
            m.before = f"{alias!r} of {p['name_ko']}"
            m.after = f"{alias!r} of {parties[j]['name_ko']}"
            yield m


def glossary_terms(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A glossary term given another term's English."""
    terms = a.get("glossary") or []
    for i, t in enumerate(terms[:4]):
        j = (i + 1) % len(terms)
        if j != i and terms[j]["en"].casefold() != t["en"].casefold():
            yield make("glossary", case, a, f"glossary[{i}].en", terms[j]["en"])


def mentioned_party(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A body the source only mentions (a glossary body or `…공단` in the text, a quote's org) as a party."""
    parties = a.get("parties") or []
    known = [squash(x) for p in parties for x in (p.get("name_ko"), *(p.get("aliases") or []))]
    candidates = []
    for entry in load_glossary().terms_for(case.text):
        names = [n for n in entry.korean_names if squash(n) in squash(case.text)]
        if names and not any(squash(n) in known for n in entry.korean_names):
            candidates.append(names[0])  # as the text writes it; not a party under another name
    candidates += [q["org"] for q in a.get("quotes") or [] if q.get("org")]
    candidates += [b for b in _BODY.findall(case.text) if len(b) >= 4]  # `…공단` in the text
    for name in dict.fromkeys(candidates):
        key = squash(name)
        if key and not any(k and (k in key or key in k) for k in known):
            new = {"name_ko": name, "name_en": None, "abbreviation": None, "aliases": []}
            m = make("mentioned_party", case, a, "parties", [*parties, new])
            m.paths = [f"parties[{len(parties)}].name_ko", f"parties[{len(parties)}]"]
            m.before, m.after = "(not a party)", name
            yield m


def junk(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """Claims too short to carry meaning: the quote '.', '다'; commitments '및', '❹'; names '중', '재단'."""
    if a.get("quotes"):
        for value in (".", "다"):
            yield make("junk", case, a, "quotes[0].text_ko", value)
    if a.get("commitments"):
        for value in ("및", "❹"):
            yield make("junk", case, a, "commitments[0].text_ko", value)
    if a.get("parties"):
        for value in ("중", "재단"):
            yield make("junk", case, a, "parties[0].name_ko", value)
        if a["parties"][0].get("aliases"):
            yield make("junk", case, a, "parties[0].aliases[0]", ".")


MUTATORS = {
    "date_role": date_role, "time_role": time_role, "phone_swap": phone_swap,
    "fax_as_phone": fax_as_phone, "other_phone": other_phone, "place": place, "mode": mode,
    "signatory": signatory, "signatory_title": signatory_title,
    "commitment_parties": commitment_parties, "quote_org": quote_org, "quote_title": quote_title,
    "contact_name": contact_name, "contact_department": contact_department,
    "alias_moved": alias_moved, "glossary": glossary_terms, "mentioned_party": mentioned_party,
    "junk": junk,
}  # fmt: skip
