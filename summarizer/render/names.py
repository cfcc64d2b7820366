"""Party names in English: full official name and acronym at first mention, then the acronym."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from summarizer.models import BriefingParty


Mark = Literal["ok", "unverified", "unsupported", "unchecked"]


@dataclass(frozen=True)
class Name:
    """A party name inside rendered text; `unverified` names get a visible mark."""

    text: str
    unverified: bool = False


@dataclass(frozen=True)
class Flag:
    """One value inside rendered text with its own verdict: the value, not its line, is marked.

    `label` says what failed in a few words ("not in source", "name does not match the
    Korean"); `project` marks an English rendering the project made without a model.
    """

    text: str
    mark: Mark = "ok"
    label: str | None = None
    note: str | None = None
    project: bool = False


# Rendered text is a list of plain strings, party names and flagged values, so each output
# format can mark them its own way without re-parsing the text.
Inline = list[str | Name | Flag]


class Namer:
    """Tracks which parties one document has introduced, in reading order."""

    def __init__(self, parties: list[BriefingParty], verified: list[bool]) -> None:
        self.parties = parties
        self.verified = verified
        self.introduced: set[int] = set()
        self._pattern = self._build_pattern()

    def _build_pattern(self) -> re.Pattern[str] | None:
        alts: list[tuple[str, str]] = []
        for i, p in enumerate(self.parties):
            if p.name_en:
                abbr = rf"(?:\s*\({re.escape(p.abbreviation)}\))?" if p.abbreviation else ""
                alts.append((p.name_en, rf"(?P<n{i}>{re.escape(p.name_en)}{abbr})"))
            if p.abbreviation and len(p.abbreviation) >= 2:
                alts.append((p.abbreviation, rf"(?P<a{i}>\b{re.escape(p.abbreviation)}\b)"))
        if not alts:
            return None
        # Longest first, so "Korea SMEs and Startups Agency" wins over a shorter name inside it.
        alts.sort(key=lambda a: -len(a[0]))
        return re.compile("|".join(pattern for _, pattern in alts))

    def find(self, korean: str | None) -> int | None:
        """The index of the party a Korean name or alias refers to, if any."""
        if not korean:
            return None
        key = korean.strip()
        for i, p in enumerate(self.parties):
            if key == p.name_ko or key in p.aliases:
                return i
        for i, p in enumerate(self.parties):
            if p.name_ko and (p.name_ko in key or key in p.name_ko):
                return i
        return None

    def mention(self, i: int) -> Name:
        """The party's name at this point: full (with acronym) the first time, then the acronym."""
        p = self.parties[i]
        unverified = not self.verified[i]
        if p.name_en is None:
            return Name(p.name_ko, unverified=False)
        if i in self.introduced and p.abbreviation:
            return Name(p.abbreviation, unverified=False)
        first = i not in self.introduced
        self.introduced.add(i)
        full = f"{p.name_en} ({p.abbreviation})" if p.abbreviation else p.name_en
        return Name(full, unverified=unverified and first)

    def full(self, i: int) -> Name:
        """The full name with acronym, whatever was said before (for the list of parties)."""
        p = self.parties[i]
        self.introduced.add(i)
        if p.name_en is None:
            return Name(p.name_ko)
        text = f"{p.name_en} ({p.abbreviation})" if p.abbreviation else p.name_en
        return Name(text, unverified=not self.verified[i])

    def ref(self, korean: str | None) -> Inline:
        """A Korean organisation name as English when it is a party, else as written."""
        i = self.find(korean)
        if i is None:
            return [korean or ""]
        return [self.mention(i)]

    def rewrite(self, text: str) -> Inline:
        """Model-written English with party names shortened after their first mention."""
        if self._pattern is None:
            return [text]
        out: Inline = []
        pos = 0
        for m in self._pattern.finditer(text):
            group = m.lastgroup or ""
            i = int(group[1:])
            out.append(text[pos : m.start()])
            out.append(self.mention(i))
            pos = m.end()
        out.append(text[pos:])
        return [piece for piece in out if piece != ""]


def plain(parts: Inline) -> str:
    """Inline text without marks (for sorting, tests and link titles)."""
    return "".join(p if isinstance(p, str) else p.text for p in parts)


__all__ = ["Flag", "Inline", "Mark", "Name", "Namer", "plain"]
