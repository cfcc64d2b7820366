"""A person in English for a reader: title, then the name with the family name in capitals.

`Minister OH Youngju` when the model gave the English, else the project's own rendering
(romanised name, title from the lexicon), said to be so. The Korean goes beside it at first
mention so a reader can check it; a title the lexicon does not know stays only in the Korean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.english.departments import department_en
from summarizer.english.romanise import has_hangul, romanise_name, split_name
from summarizer.english.titles import title_en as lexicon_title
from summarizer.english.titles import title_matches
from summarizer.english.variants import foreign_name_matches, korean_name_matches

# A run of capitalised words in English prose: a candidate for a person's name.
_CAPS = re.compile(r"[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,3}")


@dataclass(frozen=True)
class PersonEn:
    """How a person reads in English, and where each part came from."""

    text: str  # Minister OH Youngju
    ko: str  # 오영주 장관: the Korean as written, for the bracket at first mention
    by_project: bool  # some part is the project's rendering, not the model's
    transliterated: bool = False  # a foreign name read back from its Hangul spelling


def _clean(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def name_in_prose(
    name_ko: str, prose: str, title_ko: str | None = None
) -> tuple[str, str | None] | None:
    """The model's own English for a person, found in its English prose: (name, title).

    A run of capitalised words that spells `name_ko` under the usual variants; the words
    before it count as the title when they render `title_ko`.
    """
    korean = split_name(name_ko) is not None
    want = len(name_ko.split())
    for m in _CAPS.finditer(prose):
        words = m.group(0).split()
        for size in (2, 3) if korean else (want,):
            for start in range(len(words) - size + 1):
                cand = " ".join(words[start : start + size])
                ok = (
                    korean_name_matches(name_ko, cand)
                    if korean
                    else foreign_name_matches(name_ko, cand) and not has_hangul(cand)
                )
                if not ok:
                    continue
                before = " ".join(words[:start])
                title = before if before and title_ko and title_matches(title_ko, before) else None
                return cand, title
    return None


def person_en(
    name_ko: str | None,
    title_ko: str | None = None,
    *,
    name_en: str | None = None,
    title_en: str | None = None,
    prose: str = "",
) -> PersonEn | None:
    """One person (or a desk with only a title) in English; None when nothing is given.

    `prose` is the model's English text: a name it spelled there is used before the
    project romanises one itself.
    """
    name_ko, title_ko = _clean(name_ko), _clean(title_ko)
    name_en, title_en = _clean(name_en), _clean(title_en)
    if name_en and has_hangul(name_en):
        name_en = None  # a Hangul "English" name is no rendering
    if title_en and has_hangul(title_en):
        title_en = None
    if not (name_ko or name_en or title_ko or title_en):
        return None
    by_project = False
    transliterated = False
    name = name_en
    if name is None and name_ko and prose and has_hangul(name_ko):
        seen = name_in_prose(name_ko, prose, title_ko)
        if seen is not None:
            name, title_en = seen[0], title_en or seen[1]
    if name is None and name_ko:
        roman = romanise_name(name_ko)
        if roman is None:
            name = name_ko  # already in Latin letters (an English-language release)
        else:
            name, by_project = roman.text, True
            transliterated = roman.kind == "foreign"
            desk = department_en(name_ko) if transliterated and " " not in name_ko else None
            if desk is not None and desk.complete:
                name, transliterated = desk.en, False  # a desk (홍보담당관실), not a person
    title = title_en
    if title is None and title_ko:
        if has_hangul(title_ko):
            ours = lexicon_title(title_ko)
            if ours is not None:
                title, by_project = ours, True
        else:
            title = title_ko
    text = " ".join(x for x in (title, name) if x)
    ko = " ".join(x for x in (name_ko, title_ko) if x and has_hangul(x))
    if not text:
        text = "Official"  # a title we cannot render: the Korean bracket says which
        by_project = True
    return PersonEn(text=text, ko=ko, by_project=by_project, transliterated=transliterated)


__all__ = ["PersonEn", "person_en"]
