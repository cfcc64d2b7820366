"""The glossary's records: a body, its earlier names, and the comparison keys of names."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer.glossary.keys import COMPANY, PAREN, abbr_key, english_key, korean_key

Confidence = Literal[
    "confirmed",  # the body's own English usage
    "seen-in-english-press",  # consistent in English-language press
    "partly-confirmed",  # the name is confirmed, a part (abbreviation, rename) is not
    "rule-derived",  # built by an official rule (romanisation, unit word) or from a parent's name
    "document",  # the document itself gives the name in English
]
EnglishCheck = Literal["official", "former", "mismatch", "unknown"]


class Rename(BaseModel):
    """An earlier name of a body, in use until (not including) `until`."""

    model_config = ConfigDict(frozen=True)

    until: date
    en: str
    abbr: str | None = None
    ko: str | None = None  # the Korean name then, when it differed
    ko_aliases: tuple[str, ...] = ()
    source: str | None = None  # where the earlier name was seen, when not the entry's source


class Entry(BaseModel):
    """One body: its Korean names, official English name and abbreviation, and where they come from."""

    model_config = ConfigDict(frozen=True)

    ko: str
    ko_aliases: tuple[str, ...] = ()
    en: str
    abbr: str | None = None
    source: str
    confidence: Confidence
    renames: tuple[Rename, ...] = ()
    branch: str | None = Field(
        default=None, description="Branch suffix (경기북부지부) when looked up by one"
    )
    # Added later; every field has a default so older callers and data keep working.
    en_variants: tuple[str, ...] = Field(
        default=(),
        description="Other English forms the body itself uses (Gyeonggi-do), accepted as official",
    )
    derived: bool = Field(
        default=False, description="Built by a rule or from a parent's name, not seen as a whole"
    )
    since: date | None = Field(
        default=None, description="The first day of the current name, when known"
    )
    branch_en: str | None = Field(
        default=None, description="English for `branch` (Northern Gyeonggi Branch), derived by rule"
    )
    kind: str | None = Field(
        default=None, description="ministry, agency, province, city, company …"
    )

    @property
    def display(self) -> str:
        """`Ministry of SMEs and Startups (MSS)`, or the bare name without an abbreviation."""
        return f"{self.en} ({self.abbr})" if self.abbr else self.en

    @property
    def full_en(self) -> str | None:
        """The English name including a branch: `Korea SMEs and Startups Agency, Northern Gyeonggi Branch`.

        None when the entry is a branch whose English could not be derived.
        """
        if self.branch is None:
            return self.en
        return f"{self.en}, {self.branch_en}" if self.branch_en else None

    @property
    def korean_names(self) -> list[str]:
        """Every Korean name: formal, aliases, and earlier names with theirs."""
        names = [self.ko, *self.ko_aliases]
        for old in self.renames:
            names += [n for n in (old.ko, *old.ko_aliases) if n]
        return list(dict.fromkeys(names))

    @property
    def english_names(self) -> list[str]:
        """The official English name, its variants, and earlier names."""
        return list(dict.fromkeys([self.en, *self.en_variants, *(r.en for r in self.renames)]))

    def as_of(self, when: date | str) -> Entry:
        """The entry as it was named on `when` (earlier names come from `renames`)."""
        day = date.fromisoformat(when) if isinstance(when, str) else when
        for old in sorted(self.renames, key=lambda r: r.until):
            if day < old.until:
                return self.model_copy(
                    update={
                        "ko": old.ko or self.ko,
                        "ko_aliases": old.ko_aliases or self.ko_aliases,
                        "en": old.en,
                        "abbr": old.abbr,
                        "renames": (),
                        "en_variants": (),
                        "source": old.source or self.source,
                        "since": None,
                    }
                )
        return self

    def prompt_line(self) -> str:
        """One terminology line for the prompt: `중소벤처기업부 (중기부): Ministry of SMEs and Startups (MSS)`."""
        aliases = f" ({', '.join(self.ko_aliases)})" if self.ko_aliases else ""
        return f"{self.ko}{aliases}: {self.display}"


__all__ = [
    "COMPANY",
    "PAREN",
    "Confidence",
    "EnglishCheck",
    "Entry",
    "Rename",
    "abbr_key",
    "english_key",
    "korean_key",
]
