"""People, their bodies and departments in English, each value carrying its own verdict.

The model's English is used when it gave one; otherwise the project's rendering (romanised
name, lexicon title, composed department), flagged as such. The Korean goes in brackets after
the English at a person's first mention, so no Korean stands where English should.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from summarizer.english import department_en, has_hangul, person_en
from summarizer.english.romanise import romanise_text
from summarizer.render.names import Flag, Inline, Mark, Name, Namer

if TYPE_CHECKING:
    from summarizer.models import ClaimCheck

# What a failed check of each kind means to a reader, in a few words.
LABELS = {
    "person": "name does not match the Korean",
    "title": "title does not match the Korean",
    "speaker": "speaker disputed",
    "phone": "not in source",
}


def verdict(checks: list[ClaimCheck], field: str) -> tuple[Mark, str | None, str | None]:
    """The mark, short label and note of the checks of exactly `field`."""
    mark: Mark = "ok"
    label = note = None
    for c in checks:
        if c.field != field:
            continue
        if c.status == "unsupported":
            mark, label, note = "unsupported", LABELS.get(c.kind, "not in source"), c.note
        elif c.status == "unverified" and mark == "ok":
            mark, label, note = "unverified", "unverified", c.note
    return mark, label, note


class People:
    """Renders the people and bodies of one document; remembers who was introduced."""

    def __init__(
        self,
        checks: list[ClaimCheck],
        namer: Namer,
        official: Callable[[str], str | None] | None = None,
        prose: str = "",
    ) -> None:
        self.checks = checks
        self.prose = prose  # the model's English text, where it may have spelled a name
        self.namer = namer
        self.official = official  # Korean body name -> official English (the glossary)
        self.introduced: set[str] = set()
        self.project_used = False
        self.transliterated = False  # a foreign name read back from its Hangul spelling

    def person(
        self,
        name_ko: str | None,
        title_ko: str | None,
        name_en: str | None,
        title_en: str | None,
        *,
        name_field: str | None = None,
        title_field: str | None = None,
        extra_ko: str | None = None,
    ) -> Inline:
        """`Minister OH Youngju (오영주 장관)` with failed parts flagged; [] when nobody."""
        p = person_en(name_ko, title_ko, name_en=name_en, title_en=title_en, prose=self.prose)
        if p is None:
            return []
        self.project_used |= p.by_project
        self.transliterated |= p.transliterated
        mark: Mark = "ok"
        label: str | None = None
        note: str | None = None
        for field in (name_field, title_field):
            if field:
                m, lab, n = verdict(self.checks, field)
                if m == "unsupported" or (m == "unverified" and mark == "ok"):
                    mark, label, note = m, lab, n
        out: Inline = [Flag(p.text, mark, label, note, project=p.by_project)]
        key = (name_ko or title_ko or "").strip()
        bracket = ", ".join(x for x in (p.ko, extra_ko) if x)
        if bracket and key not in self.introduced:
            out.append(f" ({bracket})")
        self.introduced.add(key)
        return out

    def org(self, korean: str | None, english: str | None = None) -> Inline:
        """A body: a party's name, the model's English, the official one, or romanised."""
        if not korean and not english:
            return []
        i = self.namer.find(korean)
        if i is not None and self.namer.parties[i].name_en:
            return [self.namer.mention(i)]
        if english and not has_hangul(english):
            return [english]
        if korean and not has_hangul(korean):
            return [korean]
        assert korean is not None
        official = self.official(korean) if self.official else None
        if official:
            return [official]
        self.project_used = True
        return [Flag(romanise_text(korean), project=True), f" ({korean})"]

    def department(self, korean: str | None, english: str | None) -> Inline:
        """A department: the model's English, a known body, or composed from its parts."""
        if english and not has_hangul(english):
            return [english]
        if not korean:
            return []
        if not has_hangul(korean):
            return [korean]
        if self.namer.find(korean) is not None or (self.official and self.official(korean)):
            return self.org(korean)
        words = korean.split()
        if len(words) > 1:
            # `중소벤처기업부 소상공인협업과`: the body, then its unit.
            body = " ".join(words[:-1])
            if self.namer.find(body) is not None or (self.official and self.official(body)):
                return [*self.org(body), " ", *self.department(words[-1], None)]
        found = department_en(korean)
        self.project_used = True
        if found is None:
            return [Flag("Department", project=True), f" ({korean})"]
        return [Flag(found.en, project=True), f" ({korean})"]


def has_name(parts: Inline) -> bool:
    """Whether rendered parts hold a party name (for tests and callers that rewrite)."""
    return any(isinstance(p, Name) for p in parts)


__all__ = ["LABELS", "People", "has_name", "verdict"]
