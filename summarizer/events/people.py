"""People a report names with their role: `조성명 강남구청장`, `칠곡군수 김재욱`, `장관 오영주`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.english.surnames import SURNAMES
from summarizer.events.lexicon import PERSON_TITLES, REGION_SHORT
from summarizer.events.orgs import org_of_token
from summarizer.facts.datewords import DAY_BEFORE, PAST_NEXT, SAME_DAY
from summarizer.lexicon.joint import JOINT_WORDS

_TITLE_END = re.compile("(?:" + "|".join(sorted(PERSON_TITLES, key=len, reverse=True)) + ")$")
# Titles that are also ordinary words (`시장` market, `대표` representative): only after an org.
_AMBIGUOUS = frozenset(("시장", "대표", "이사", "사장", "대사", "소장", "관장", "단장", "처장"))
_TOKEN = re.compile(r"[가-힣A-Za-z0-9]+")
_PARTICLE = re.compile(r"(?:은|는|이|가|을|를|의|와|과|도|에게|께서|으로|로|측|이며|이라며)$")
# Family names: a person's name starts with one (english.surnames, no page-specific names here).
_SURNAMES = frozenset(k for k in SURNAMES if len(k) == 1)
# Words before a title that are no name: time words (`이날`, `지난`) and role words.
_NOT_NAME = frozenset(
    (
        "이번",
        "관계자",
        "기념",
        "대표",
        *JOINT_WORDS,
        "오른쪽",
        "왼쪽",
        "기자",
        *SAME_DAY,
        *DAY_BEFORE,
        *PAST_NEXT,
    )
)


@dataclass(frozen=True)
class Person:
    """A named person: as written, the role and the organisation it belongs to, and where."""

    name: str
    role: str  # the title word: 구청장, 군수, 장관
    org: str | None  # canonical org key when the role names one (`강남구`)
    start: int
    end: int


def _name(word: str) -> bool:
    return (
        2 <= len(word) <= 4
        and word[0] in _SURNAMES
        and word not in _NOT_NAME
        and re.fullmatch("[가-힣]+", word) is not None
        and org_of_token(word) is None
        and word not in REGION_SHORT
    )


def _role(words: list[str]) -> tuple[str, str | None] | None:
    """`[서울, 강남구청장]` -> (구청장, 강남구); None when the words are not org words + a title."""
    *orgs, last = words
    m = _TITLE_END.search(last)
    if m is None:
        return None
    title = m.group(0)
    glued = re.sub(r"^제?\d+", "", last[: m.start()])
    last = glued + title
    org = None
    if glued:
        org = org_of_token(last)
        if org is None or org == last:
            return None
    for w in orgs:
        o = org_of_token(w)
        if o is None and w not in REGION_SHORT:
            return None
        org = org or o
    if title in _AMBIGUOUS and org is None:
        return None
    return title, org


@lru_cache(maxsize=4096)
def people(text: str) -> tuple[Person, ...]:
    """Every name-with-role of `text` (`조성영 서울 강남구청장`, `칠곡군수 김재욱`), in order."""
    toks = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    bare = [_PARTICLE.sub("", w) if len(w) > 2 else w for w, _, _ in toks]
    out: dict[int, Person] = {}
    for i, (word, start, end) in enumerate(toks):
        if _name(word):
            for n in (1, 2, 3):
                if i + n >= len(toks):
                    break
                role = _role([*[t[0] for t in toks[i + 1 : i + n]], bare[i + n]])
                if role is not None:
                    out[start] = Person(word, role[0], role[1], start, end)
                    break
        name = bare[i]
        if len(name) == 3 and _name(name) and i > 0 and start not in out:
            for n in (1, 2):
                if i - n < 0:
                    break
                role = _role([t[0] for t in toks[i - n : i]])
                if role is not None and (role[1] is not None or n == 1):
                    out[start] = Person(name, role[0], role[1], start, start + len(name))
                    break
    return tuple(out[k] for k in sorted(out))


__all__ = ["Person", "people"]
