"""Titles of officials in English, as Korean ministries' and agencies' English releases write them.

`TITLES` maps a Korean title to the English the project writes first, then other English
titles that are also correct for it (one table, `summarizer.lexicon.titles`). A title may carry its body in front (국립외교원장 = the
원장 of 국립외교원) or a portfolio (경제부지사): the longest known title at the end decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.lexicon import ACTING
from summarizer.lexicon import TITLES as LEXICON_TITLES

# Korean title -> its English, the project's rendering first; the table is the lexicon's.
TITLES: dict[str, tuple[str, ...]] = {t.ko: t.en for t in LEXICON_TITLES}

# Portfolios and ranks written before a title: 경제부지사 = Vice Governor for Economic Affairs.
PORTFOLIOS: dict[str, str] = {
    "경제": "for Economic Affairs",
    "행정": "for Administrative Affairs",
    "정무": "for Political Affairs",
    "기획": "for Planning",
    "평화": "for Peace",
}

# Korean words before a title that allow a rank word in its English (명예 -> Honorary).
PREFIX_RANKS: dict[str, tuple[str, ...]] = {
    "명예": ("honorary",),
    "수석": ("senior", "chief"),
    "선임": ("senior",),
    "상임": ("executive", "standing"),
    "1": ("first",),  # 제1차관, 행정1부시장
    "2": ("second",),  # 제2차관, 정무2부시장
    "지역": ("regional",),
    "공동": ("co",),
}

# English words that change a rank: "Vice Minister" is not a "Minister".
RANK_WORDS = frozenset(
    [
        "vice",
        "deputy",
        "assistant",
        "acting",
        "associate",
        "executive",
        "senior",
        "first",
        "second",
        "third",
        "co",
        "honorary",
        "former",
        "regional",
        "branch",
        "division",
    ]
)


# Of those, the words that make another rank, not another wording: a "Deputy" or "Vice" claimed
# for a head (or missing for a deputy) is a wrong title; "Division" or "Senior" is a wording.
RANK_CHANGES = frozenset(
    [
        "vice", "deputy", "assistant", "acting", "associate", "co", "honorary", "former",
        "first", "second", "third",
    ]
)  # fmt: skip
DEPUTY_WORDS = frozenset(["vice", "deputy", "assistant"])

# Nouns that name one office: "Mayor" for a 군수 names another office, where "Head", "Chief" or
# "Director" is only another wording of the same one.
OFFICE_NOUNS = frozenset(
    [
        "minister", "mayor", "governor", "president", "ambassador", "consul", "secretary",
        "premier", "speaker", "superintendent", "professor", "dean", "chancellor", "chairman",
        "chairperson", "chairwoman", "chair", "ceo", "lawmaker", "magistrate", "administrator",
        "commissioner", "auditor", "spokesperson",
    ]
)  # fmt: skip


@dataclass(frozen=True)
class TitleEn:
    """A Korean title in English: the words, and the Korean left over (a body or portfolio)."""

    en: str
    accepted: tuple[str, ...]
    korean: str  # the lexicon key that matched
    prefix: str  # what came before it (국립외교원 for 국립외교원장), maybe ""


def _compact(title: str) -> str:
    return re.sub(r"\s+", "", title)


def lookup_title(title: str) -> TitleEn | None:
    """The English of a Korean title by its longest known ending; None when none is known."""
    bare = _compact(title)
    suffix = next((a for a in ACTING if bare.endswith(a) and bare != a), None)
    acting = suffix is not None
    if suffix:
        bare = bare[: -len(suffix)]
    for size in range(len(bare), 0, -1):
        key = bare[-size:]
        if key in TITLES:
            prefix = bare[:-size]
            names = TITLES[key]
            en = names[0]
            if key.endswith("장") and prefix and key in ("원장", "청장", "처장", "관장", "소장"):
                prefix += key[0]  # 국립외교원장: the body is 국립외교원
            portfolio = next((v for k, v in PORTFOLIOS.items() if prefix.endswith(k)), None)
            if portfolio:
                en = f"{en} {portfolio}"
            if acting:
                return TitleEn(f"Acting {en}", names, key, prefix)
            return TitleEn(en, names, key, prefix)
    return None


def title_en(title: str | None) -> str | None:
    """The project's English for a Korean title (`부시장 겸 대변인`: both), or None."""
    found = [lookup_title(part) for part in re.split(r"\s*겸\s*", title or "") if part.strip()]
    if not found or any(f is None for f in found):
        return None
    return " and ".join(f.en for f in found if f is not None)


# A chief officer's title spelled out is its acronym: `Chief Executive Officer` is `CEO`.
_CHIEF_OFFICER = re.compile(
    r"\bchief\s+(executive|operating|financial|technology|information|marketing)\s+officer\b", re.I
)


def _head(english: str) -> list[str]:
    """The rank words of an English title: `Vice Minister of SMEs` -> [vice, minister]."""
    english = _CHIEF_OFFICER.sub(lambda m: f"c{m.group(1)[0]}o", english)
    core = re.split(r"\s+(?:of|for|at|,)\s+|,", english.strip(), maxsplit=1)[0]
    return [w for w in re.findall(r"[a-z]+", core.casefold()) if w not in ("the", "and")]


def _pieces(english: str) -> list[str]:
    """The offices an English title joins: `CEO and concurrently Chairman` -> CEO, Chairman."""
    pieces = re.split(r"\s+and\s+|\s*&\s*|\s*/\s*|\s*,\s*(?=concurrently\b)", english)
    return [re.sub(r"^concurrently\s+", "", p.strip(), flags=re.I) for p in pieces if p.strip()]


def title_matches(korean: str, english: str) -> bool | None:
    """Whether `english` renders the Korean title; None when the lexicon does not know it."""
    parts = [p for p in re.split(r"\s*겸\s*", korean) if p.strip()]
    if len(parts) > 1:
        pieces = _pieces(english)
        verdicts = [[_one_title(p, e) for e in pieces] for p in parts]
        if any(all(v is None for v in row) for row in verdicts):
            return None
        return all(any(v for v in row) for row in verdicts)
    return _one_title(korean, english)


def _one_title(korean: str, english: str) -> bool | None:
    found = lookup_title(korean)
    if found is None:
        return None
    words = _head(english)
    for accepted in found.accepted:
        want = _head(accepted)
        if len(words) < len(want) or words[len(words) - len(want) :] != want:
            continue
        extra = set(words[: len(words) - len(want)])
        allowed = set(_head(found.en)) | ({"acting"} if any(a in korean for a in ACTING) else set())
        allowed |= {w for k, ws in PREFIX_RANKS.items() if k in found.prefix for w in ws}
        if not (extra & RANK_WORDS) - allowed:
            return True
    return False


def title_contradicts(korean: str, english: str) -> bool:
    """Whether `english` names another office or rank than the Korean title (a wrong title), as
    opposed to an unusual wording of the same one (`County Head` for 군수, `Postmaster` for
    우체국장). False when the lexicon does not know the title."""
    parts = [p for p in re.split(r"\s*겸\s*", korean) if p.strip()]
    pieces = _pieces(english) if len(parts) > 1 else [english]
    found = [lookup_title(p) for p in parts]
    if any(f is None for f in found):
        return False
    # `CEO and Chairman` for 대표이사 겸 회장: each English office is one of the Korean ones; a
    # piece that fits none of them (`Vice Chairman …`) names an office the person does not hold.
    return any(
        all(
            _contradicts(f, part, set(_head(piece)))
            for f, part in zip(found, parts, strict=True)
            if f is not None
        )
        for piece in pieces
    )


def _contradicts(found: TitleEn, korean: str, words: set[str]) -> bool:
    accepted = [set(_head(a)) for a in found.accepted]
    allowed = set().union(*accepted) | ({"acting"} if any(a in korean for a in ACTING) else set())
    allowed |= {w for k, ws in PREFIX_RANKS.items() if k in found.prefix for w in ws}
    if (words & RANK_CHANGES) - allowed:
        return True  # a Vice or Deputy the Korean does not have
    if all(a & DEPUTY_WORDS for a in accepted) and not words & DEPUTY_WORDS:
        return True  # a deputy's title without its Vice or Deputy
    return bool((words & OFFICE_NOUNS) - allowed)


__all__ = [
    "PORTFOLIOS",
    "TITLES",
    "TitleEn",
    "lookup_title",
    "title_contradicts",
    "title_en",
    "title_matches",
]
