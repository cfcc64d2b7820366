"""Branches and regional offices of a known body: the English for `경기북부지부`, by rule."""

from __future__ import annotations

import unicodedata

from summarizer.glossary.keys import COMPANY, PAREN
from summarizer.lazy import lazy_compile

# Suffix → English, longest first where one ends another (지역본부 before 본부).
SUFFIX_EN: dict[str, str] = {
    "지역본부": "Regional Headquarters",
    "지역센터": "Regional Center",
    "지방사무소": "Regional Office",
    "지방청": "Regional Office",
    "사무소": "Office",
    "출장소": "Branch Office",
    "연구소": "Research Institute",
    "본부": "Headquarters",
    "지부": "Branch",
    "지사": "Branch",
    "지회": "Chapter",
    "지점": "Branch",
    "지청": "Branch Office",
    "지소": "Branch Office",
    "지원": "Branch Office",
    "센터": "Center",
    "분소": "Office",
    "분원": "Branch",
}
BRANCH_SUFFIXES = (
    "지역본부", "본부", "지부", "지사", "지회", "지점", "지청", "지원", "사무소", "출장소",
    "센터", "분소", "분원", "지방청", "지역센터", "연구소", "지소", "지방사무소",
)  # fmt: skip
DIRECTIONS = {
    "북부": "Northern",
    "남부": "Southern",
    "동부": "Eastern",
    "서부": "Western",
    "중부": "Central",
    "동남부": "Southeastern",
    "서남부": "Southwestern",
    "동북부": "Northeastern",
    "서북부": "Northwestern",
}


_BRANCH_TEXT_RE1 = lazy_compile(r"[\s·ㆍ\-]")


def branch_text(korean: str, name_len: int) -> str:
    """The branch as written (`경기북부지부`): what follows the body's first `name_len` key chars."""
    text = PAREN.sub(" ", COMPANY.sub("", unicodedata.normalize("NFKC", korean)))
    seen = 0
    for i, ch in enumerate(text):
        if seen == name_len:
            return text[i:].strip()
        if not _BRANCH_TEXT_RE1.match(ch):
            seen += 1
    return ""


_RENDER_BRANCH_RE1 = lazy_compile(r"[\s·ㆍ]+")


def render_branch(branch: str, stems: dict[str, str]) -> str | None:
    """`경기북부지부` → `Northern Gyeonggi Branch`; None when a part has no known English.

    `stems` maps region words (경기, 부산, 안산 …) to their romanised form.
    """
    word = _RENDER_BRANCH_RE1.sub("", branch)
    suffix = next((s for s in sorted(SUFFIX_EN, key=len, reverse=True) if word.endswith(s)), None)
    if suffix is None:
        return None
    rest = word[: -len(suffix)]
    places: list[str] = []
    direction: str | None = None
    while rest:
        d = next((k for k in sorted(DIRECTIONS, key=len, reverse=True) if rest.startswith(k)), None)
        if d is not None and direction is None:
            direction, rest = DIRECTIONS[d], rest[len(d) :]
            continue
        stem = next((k for k in sorted(stems, key=len, reverse=True) if rest.startswith(k)), None)
        if stem is None:
            return None
        places.append(stems[stem])
        rest = rest[len(stem) :]
    parts = [p for p in (direction, "-".join(places)) if p]
    return " ".join([*parts, SUFFIX_EN[suffix]])


__all__ = ["BRANCH_SUFFIXES", "DIRECTIONS", "SUFFIX_EN", "branch_text", "render_branch"]
