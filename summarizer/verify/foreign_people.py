"""Foreign people with a title in the English prose against the Korean source.

`Australian Prime Minister Scott MORRISON` renders `스콧 모리슨 호주 총리`: a name of
capitalised words right after an English title is matched to a Hangul name written in words
(`스콧 모리슨`, `예 린`) with a title after it, by shape (same number of words, same first
sounds); a `Vice`/`Deputy` the Korean title lacks is flagged, and so is a title the source
holds in an acting capacity (`차관 대행`) that the English gives without `Acting`. Never hard:
the shape check is loose.
"""

from __future__ import annotations

import re

from summarizer.english.variants import foreign_name_matches
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    ACTING,
    CENTRAL_SYLLABLES,
    ORG_SUFFIXES,
    TITLE_WORDS,
    alternation,
)
from summarizer.models import Briefing, ClaimCheck, Span
from summarizer.verify.attribution import cite
from summarizer.verify.english_people import EN_TITLES, title_before
from summarizer.verify.evidence import Evidence
from summarizer.verify.prose_persons import is_vice, prose_fields

# `Scott MORRISON`, `Ye Lwin`: two or three capitalised words, not a hyphenated Korean given name.
_EN_FOREIGN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|[A-Z]{2,})){1,2}\b(?![-\w])")
_KO_FOREIGN = [
    re.compile(
        rf"(?<![가-힣])((?:[가-힣]{{1,6}}\s){{{k}}}[가-힣]{{1,6}})\s+(?:[가-힣·]+\s+){{0,2}}?"
        rf"(\S*?(?:{alternation(TITLE_WORDS)}))"  # `시장과`: a particle may follow
    )
    for k in (1, 2)  # two or three words
]


# `차관 대행`, `총리 권한대행`: the title is held in an acting capacity.
_ACTING_AFTER = re.compile(r"\s*(?:" + alternation(ACTING) + r"|대행)")
_ACTING_EN = re.compile(r"\b(?:acting|interim)\b", re.I)
_PARTICLE_END = re.compile(r"(?:과|와|은|는|의|을|를|이|가|에|도|및|께서)$")
_TITLE_WORD = re.compile(alternation(TITLE_WORDS))


_FOREIGN_PEOPLE_RE1 = lazy_compile(r"(?<![가-힣])[가-힣]")


def _foreign_people(text: str) -> list[tuple[str, str, Span]]:
    """Hangul names written in words with the title after them: (name, title, span). Tried at
    every word, so `문재인 대통령과 스콧 모리슨 호주 총리` yields `스콧 모리슨` (a word ending in a
    particle or holding a title is no part of a name)."""
    out = []
    for start in (m.start() for m in _FOREIGN_PEOPLE_RE1.finditer(text)):
        for pattern in _KO_FOREIGN:
            m = pattern.match(text, start)
            if m is None:
                continue
            words = m.group(1).split()
            if any(_PARTICLE_END.search(w) or _TITLE_WORD.search(w) for w in words):
                continue
            span = Span(text=m.group(1), start=m.start(1), end=m.end(1))
            acting = _ACTING_AFTER.match(text, m.end(2)) is not None
            out.append((m.group(1), m.group(2) + (" 대행" if acting else ""), span))
    return out


def _org_word(word: str) -> bool:
    """`외교부`, `문체부`, `국립외교원`: a body's name, not a word of a person's."""
    return word.endswith(ORG_SUFFIXES) or (len(word) == 3 and word.endswith(CENTRAL_SYLLABLES))


_CHECK_FOREIGN_TITLES_RE1 = lazy_compile(r"\b[A-Z]")
_CHECK_FOREIGN_TITLES_RE2 = lazy_compile(r"[,;()]|\band\b")


# A title word right at the end (the name follows it).
_TITLE_LAST = re.compile(EN_TITLES.pattern + r"$")


def check_foreign_titles(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """`Prime Minister Scott MORRISON` against `스콧 모리슨 … 총리`: the Vice/Deputy must agree."""
    people = _foreign_people(ev.text)
    if not people:
        return []
    checks = []
    for field, prose in prose_fields(briefing):
        starts = (w.start() for w in _CHECK_FOREIGN_TITLES_RE1.finditer(prose or ""))
        for m in (hit for pos in starts if (hit := _EN_FOREIGN.match(prose, pos))):
            if EN_TITLES.match(m.group(0)):
                continue  # `Minister Scott MORRISON` is the title and then the name
            title_en, vice = title_before(prose, m.start())
            head = prose[: m.start()].rstrip()
            if title_en is None or not _TITLE_LAST.search(head):
                continue  # only a name right after its title word
            found = [p for p in people if foreign_name_matches(p[0], m.group(0))]
            if not found:
                continue
            # (`김하늘 외교부` has the shape of a foreign name too: a body's word is no name's)
            found.sort(key=lambda p: any(_org_word(w) for w in p[0].split()))
            name, title, span = found[0]
            claim = f"{title_en} {m.group(0)}"
            # Ranks differ between governments (an Australian department's Secretary is a
            # `차관`): only a `Vice`/`Deputy` the Korean title lacks is a contradiction.
            clause = _CHECK_FOREIGN_TITLES_RE2.split(head)[-1]
            if vice and not is_vice(title):
                note = (
                    f"the source calls {cite(name)} {cite(title)}; the English title says otherwise"
                )
                status = "unsupported"
            elif "대행" in title and not _ACTING_EN.search(clause):
                note = f"the source calls {cite(name)} {cite(title)} (acting); the English drops it"
                status = "unverified"
            else:
                note, status = f"a foreign name written {cite(name)} in the source", "fuzzy"
            checks.append(
                ClaimCheck(
                    field=field, kind="name_en", claim=claim, status=status,  # type: ignore[arg-type]
                    span=span, note=note,
                )
            )  # fmt: skip
    return checks


__all__ = ["check_foreign_titles"]
