"""People in English: each English name must spell its Korean name, each title its Korean title.

A name is compared under the usual romanisation variants (Lee/Yi/Rhee, Park/Bak, Jung/Chung,
Young/Yeong, hyphens, spacing, name order). An English name that spells another person of the
document, or nobody, is a hard violation (re-asked); a title is checked against the lexicon,
and one the lexicon does not know stays unverified, never passed as checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.english import (
    foreign_name_matches,
    has_hangul,
    korean_name_matches,
    lookup_title,
    name_origin,
    romanise_name,
    split_name,
    title_contradicts,
    title_matches,
)
from summarizer.english.titles import TITLES
from summarizer.english.variants import chinese_name_matches, fold
from summarizer.lazy import lazy_compile
from summarizer.models import Briefing, ClaimCheck, Span, Status
from summarizer.verify.declared import english_source
from summarizer.verify.evidence import Evidence
from summarizer.verify.evidence import key as _key
from summarizer.verify.literal import SOME_SPACE

# English title words a model may leave in front of a name (`Minister OH Youngju`).
_TITLE_WORDS = frozenset(
    w.casefold() for names in TITLES.values() for n in names for w in n.split()
) | {"mr", "ms", "mrs", "dr", "prof", "of", "and"}


@dataclass(frozen=True)
class PersonField:
    """One person-valued English field of the briefing and the Korean it renders."""

    field: str  # quotes[0].speaker_en
    title_field: str  # quotes[0].title_en
    name_ko: str | None
    name_en: str | None
    title_ko: str | None
    title_en: str | None
    org_ko: str | None = None  # the party or organisation the person is given with


def person_fields(b: Briefing) -> Iterator[PersonField]:
    """Every speaker, signatory and contact with its Korean and English name and title."""
    for i, p in enumerate(b.parties):
        yield PersonField(
            f"parties[{i}].signatory_en", f"parties[{i}].signatory_title_en",
            p.signatory, p.signatory_en, p.signatory_title, p.signatory_title_en, p.name_ko,
        )  # fmt: skip
    for i, q in enumerate(b.quotes):
        yield PersonField(
            f"quotes[{i}].speaker_en", f"quotes[{i}].title_en",
            q.speaker, q.speaker_en, q.title, q.title_en, q.org,
        )  # fmt: skip
    for i, c in enumerate(b.contacts):
        yield PersonField(
            f"contacts[{i}].name_en", f"contacts[{i}].title_en", c.name, c.name_en, c.role,
            c.title_en,
        )  # fmt: skip


_BARE_NAME_RE1 = lazy_compile(r",|\s+of\s+")


def _bare_name(english: str) -> str:
    """The name without title words around it (`Minister OH Youngju`, `OH Youngju, Minister`)."""
    head = _BARE_NAME_RE1.split(english, maxsplit=1)[0]
    words = head.split() if len(head.split()) >= 2 else english.split()
    while len(words) > 2 and fold(words[0]) in _TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def _bare_korean(korean: str) -> str:
    """The Korean name without a title written after it (`한서진 장관`)."""
    words = korean.split()
    while len(words) > 1 and words[-1] in TITLES:
        words = words[:-1]
    return " ".join(words)


def _spells(korean: str, english: str) -> bool:
    english = _bare_name(english)
    korean = _bare_korean(korean)
    if not has_hangul(korean):
        # `Young Jae Jeon` written family name first as rule 4 asks: `JEON Young Jae`
        words = korean.split()
        turned = [words[-1], *words[:-1]] if len(words) > 1 else words
        return fold(english) in {fold(korean), fold(" ".join(turned))}
    if split_name(korean) is not None and korean_name_matches(korean, english):
        return True
    # `응우옌 반 투언`, `예 린`: words written apart are perhaps a foreign name (Myanmar's Ye Lwin).
    spaced = split_name(korean) is None or len(korean.split()) > 1
    return spaced and foreign_name_matches(korean, english)


_PERSONAL_RE1 = lazy_compile(r"[\s·・]+")


def _personal(korean: str) -> bool:
    """Whether a Korean "name" reads as a person's: a Korean name, or a foreign one in words."""
    korean = _bare_korean(korean)
    words = _PERSONAL_RE1.split(korean.strip())
    return not has_hangul(korean) or split_name(korean) is not None or len(words) > 1


def _people(ev: Evidence, b: Briefing) -> list[str]:
    """The Korean names of everyone the document or the briefing names."""
    st = ev.facts.structure
    names = [f.name_ko for f in person_fields(b) if f.name_ko]
    names += [q.speaker for q in st.quotes if q.speaker]
    names += [c.name for c in st.contacts if c.name]
    names += [p.head.split()[-1] for p in st.parties if p.head]
    return list(dict.fromkeys(SOME_SPACE.sub(" ", n.strip()) for n in names))


def _where(ev: Evidence, korean: str) -> Span | None:
    pos = ev.text.find(korean)
    return Span(text=korean, start=pos, end=pos + len(korean)) if pos >= 0 else None


def _surroundings(ev: Evidence, pf: PersonField, name: str) -> Iterator[str]:
    """What places one person: the source's lines naming them, their organisation and title, and
    the words the source writes just before that organisation (`중국 광둥성 후이저우시`)."""
    text = ev.text
    for m in re.finditer(re.escape(name), text):
        yield text[text.rfind("\n", 0, m.start()) + 1 : text.find("\n", m.end())]
    for org in (pf.org_ko, pf.title_ko):
        if not org:
            continue
        yield org
        for m in re.finditer(re.escape(org.strip()), text):
            yield text[max(0, m.start() - 20) : m.end()]


def _chinese(ev: Evidence, pf: PersonField, korean: str, claim: str) -> bool:
    """A Chinese name in pinyin, for a person the source places in China: not a Korean
    romanisation."""
    bare = _bare_korean(korean)
    return name_origin(bare, _surroundings(ev, pf, bare)) == "chinese" and chinese_name_matches(
        bare, _bare_name(claim)
    )


def check_name(ev: Evidence, pf: PersonField, people: list[str]) -> ClaimCheck | None:
    """The English name of one person against its Korean name."""
    if not pf.name_en:
        return None
    claim = pf.name_en
    if not pf.name_ko:
        return ClaimCheck(
            field=pf.field, kind="person", claim=claim, status="unverified",
            note="no Korean name given to check the English against",
        )  # fmt: skip
    korean = pf.name_ko.strip()
    span = _where(ev, korean)
    if not _personal(korean):
        return ClaimCheck(
            field=pf.field, kind="person", claim=claim, status="unverified", span=span,
            note=f"{korean} does not read as a person's name; the English is not checked",
        )  # fmt: skip
    if _spells(korean, claim):
        bare = _bare_korean(korean)
        foreign = has_hangul(korean) and not (
            split_name(bare) is not None and korean_name_matches(bare, _bare_name(claim))
        )
        status: Status = "fuzzy" if foreign else "normalised" if has_hangul(korean) else "exact"
        note = "a foreign name written in Hangul: only its shape is checked" if foreign else None
        return ClaimCheck(
            field=pf.field, kind="person", claim=claim, status=status, span=span, note=note
        )
    other = next(
        (p for p in people if _key(p) != _key(korean) and has_hangul(p) and _spells(p, claim)),
        None,
    )
    if other is None and _chinese(ev, pf, korean, claim):
        return ClaimCheck(
            field=pf.field, kind="person", claim=claim, status="fuzzy", span=span,
            note="a Chinese name written in Hangul, in pinyin: only its syllables' shape is checked",
        )  # fmt: skip
    roman = romanise_name(korean)
    hint = f" Write {korean} as {roman.text}, or null." if roman else ""
    if other is not None:
        note = f"is the English of {other}, another person in the document, not of {korean}.{hint}"
    else:
        note = f"does not spell {korean} in any usual romanisation.{hint}"
    return ClaimCheck(
        field=pf.field, kind="person", claim=claim, status="unsupported", span=span, note=note,
        hard=True,
    )  # fmt: skip


def check_title(pf: PersonField) -> ClaimCheck | None:
    """The English title of one person against its Korean title and the lexicon."""
    if not pf.title_en:
        return None
    claim = pf.title_en
    if not pf.title_ko or not has_hangul(pf.title_ko):
        same = pf.title_ko is not None and fold(pf.title_ko) == fold(claim)
        return ClaimCheck(
            field=pf.title_field, kind="title", claim=claim,
            status="exact" if same else "unverified",
            note=None if same else "no Korean title given to check the English against",
        )  # fmt: skip
    verdict = title_matches(pf.title_ko, claim)
    if verdict is None:
        return ClaimCheck(
            field=pf.title_field, kind="title", claim=claim, status="unverified",
            note=f"the title lexicon does not know {pf.title_ko}",
        )  # fmt: skip
    if verdict:
        return ClaimCheck(field=pf.title_field, kind="title", claim=claim, status="normalised")
    found = lookup_title(pf.title_ko)
    accepted = ", ".join(found.accepted) if found else ""
    if not title_contradicts(pf.title_ko, claim):
        # Another wording of the same office (`County Head` for 군수): not checked, not wrong.
        return ClaimCheck(
            field=pf.title_field, kind="title", claim=claim, status="unverified",
            note=f"is not a usual English for {pf.title_ko} (usual: {accepted})",
        )  # fmt: skip
    return ClaimCheck(
        field=pf.title_field, kind="title", claim=claim, status="unsupported", hard=True,
        note=f"does not render {pf.title_ko} (usual English: {accepted}). Use one of them.",
    )  # fmt: skip


def check_persons(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """Checks of every English person name and title the briefing gives."""
    people = _people(ev, briefing)
    checks: list[ClaimCheck] = []
    for pf in person_fields(briefing):
        title = _written_title(ev, pf) or check_title(pf)
        checks += [c for c in (check_name(ev, pf, people), title) if c is not None]
    return checks


_TITLE_WORDS_RE1 = lazy_compile(r"[a-z]+")


def _title_words(title: str) -> set[str]:
    return {w for w in _TITLE_WORDS_RE1.findall(title.casefold()) if w not in _TITLE_GLUE}


_TITLE_GLUE = {"of", "for", "the", "at", "and", "in"}


def _written_title(ev: Evidence, pf: PersonField) -> ClaimCheck | None:
    """An English-language source that writes the English title itself (`chief administrative
    officer of …`): the claim is the source's own words, whatever the Korean title says."""
    if not pf.title_en or not english_source(ev):
        return None
    if (
        pf.title_ko
        and not has_hangul(pf.title_ko)
        and not _title_words(pf.title_ko) & _title_words(pf.title_en)
    ):
        # `Governor` for a speaker titled `Secretary of State` (no word in common): another
        # office the page writes for someone else is no rendering of this one's title
        note = f"is not the title given beside this person ({pf.title_ko!r})"
        return ClaimCheck(
            field=pf.title_field, kind="title", claim=pf.title_en, status="unverified", note=note
        )
    m = re.search(r"\b" + r"\s+".join(map(re.escape, pf.title_en.split())) + r"\b", ev.text, re.I)
    if m is None:
        return None
    span = Span(text=m.group(0), start=m.start(), end=m.end())
    return ClaimCheck(
        field=pf.title_field, kind="title", claim=pf.title_en, status="exact", span=span
    )


__all__ = ["PersonField", "check_name", "check_persons", "check_title", "person_fields"]
