"""Official English names of bodies from the glossary, as named on the document's date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from summarizer.english import department_en
from summarizer.glossary.find import official_display


def official_namer(day: str | None = None) -> Callable[[str], str | None]:
    """A lookup of a Korean body name's official English as of `day` (YYYY-MM-DD), or None.

    A renamed body keeps the name it had then (a 2017 article is not "corrected" to a later
    name); a branch (경남지역본부) is named after its parent when its unit words are known.
    """
    when: date | None = None
    if day:
        try:
            when = date.fromisoformat(day[:10])
        except ValueError:
            when = None

    def lookup(korean: str) -> str | None:
        found = official_display(korean, when)  # the kept glossary's values when the CLI kept one
        if found is None:
            return None
        display, branch = found
        if branch:
            unit = department_en(branch)
            if unit is None or not unit.complete:
                return None  # the parent alone would name a different office
            return f"{display} {unit.en}"
        return display

    return lookup


__all__ = ["official_namer"]
