"""English renderings the project makes itself: people's names, titles, departments, dates, places.

The names are imported on first use (PEP 562): the structure rules read a table of one module
(`summarizer.english.surnames`) without loading the others; type checkers see the real imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.lazy import lazy_exports

if TYPE_CHECKING:
    from summarizer.english.departments import DepartmentEn, department_en
    from summarizer.english.people import PersonEn, person_en
    from summarizer.english.places import date_en, place_en
    from summarizer.english.romanise import (
        RomanName,
        has_hangul,
        name_origin,
        romanise_name,
        split_name,
    )
    from summarizer.english.titles import (
        TitleEn,
        lookup_title,
        title_contradicts,
        title_en,
        title_matches,
    )
    from summarizer.english.variants import foreign_name_matches, korean_name_matches

_MODULES = {
    "summarizer.english.departments": ("DepartmentEn", "department_en"),
    "summarizer.english.people": ("PersonEn", "person_en"),
    "summarizer.english.places": ("date_en", "place_en"),
    "summarizer.english.romanise": (
        "RomanName",
        "has_hangul",
        "name_origin",
        "romanise_name",
        "split_name",
    ),
    "summarizer.english.titles": (
        "TitleEn",
        "lookup_title",
        "title_contradicts",
        "title_en",
        "title_matches",
    ),
    "summarizer.english.variants": ("foreign_name_matches", "korean_name_matches"),
}
_EXPORTS = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "DepartmentEn",
    "PersonEn",
    "RomanName",
    "TitleEn",
    "date_en",
    "department_en",
    "foreign_name_matches",
    "has_hangul",
    "korean_name_matches",
    "lookup_title",
    "name_origin",
    "person_en",
    "place_en",
    "romanise_name",
    "split_name",
    "title_contradicts",
    "title_en",
    "title_matches",
]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
