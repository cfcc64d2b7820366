"""Dates and places in English form, without a model.

Dates come from normalised values (2024-07-17, ranges 2024-07-17/2024-07-18). Places are read
word by word: a body the caller can name officially, a province or city from the table, an
administrative unit romanised by the official rule (중구 -> Jung-gu), a few building words;
anything else is romanised. The caller shows the Korean beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from summarizer.english.romanise import has_hangul, romanise_word
from summarizer.lexicon import PROVINCE_TABLE

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# The lexicon's provinces and metropolitan cities in a place (formal, other and short forms), and
# the government complexes.
REGIONS: dict[str, str] = {
    **{ko: en for p in PROVINCE_TABLE for ko, en in ((p.formal, p.en), *p.other_ko)},
    **{p.short: p.en_short for p in PROVINCE_TABLE},
    "정부세종청사": "Government Complex Sejong", "정부서울청사": "Government Complex Seoul",
    "정부대전청사": "Government Complex Daejeon", "정부과천청사": "Government Complex Gwacheon",
}  # fmt: skip

BUILDING_WORDS: dict[str, str] = {
    "대회의실": "Main Conference Room", "소회의실": "Small Conference Room",
    "회의실": "Conference Room", "대강당": "Main Auditorium", "강당": "Auditorium",
    "접견실": "Reception Room", "중회의실": "Conference Room", "본관": "Main Building",
    "별관": "Annex", "청사": "Government Building", "본사": "Headquarters", "본부": "Headquarters",
    "컨벤션센터": "Convention Center", "호텔": "Hotel", "국제회의장": "International Conference Hall",
    "그랜드볼룸": "Grand Ballroom", "볼룸": "Ballroom", "집무실": "Office", "일원": "area",
    "홀": "Hall", "센터": "Center", "타워": "Tower", "빌딩": "Building",
    "온라인": "online", "화상": "video conference", "및": "and", "내": "in", "에서": "",
}  # fmt: skip

# Administrative units, written after a hyphen by the official romanisation rule.
_ADMIN = {"시": "si", "군": "gun", "구": "gu", "읍": "eup", "면": "myeon", "동": "dong",
          "리": "ri", "로": "ro", "길": "gil", "도": "do"}  # fmt: skip


def date_en(value: str | None) -> str | None:
    """`2024-07-17` -> `17 July 2024`; a range `A/B` -> `17 – 18 July 2024`; else None."""
    if not value:
        return None
    ends = []
    for part in value.split("/"):
        try:
            ends.append(date.fromisoformat(part[:10]))
        except ValueError:
            return None
    first, last = ends[0], ends[-1]
    one = f"{first.day} {_MONTHS[first.month - 1]} {first.year}"
    if first == last:
        return one
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} – {last.day} {_MONTHS[last.month - 1]} {last.year}"
    return f"{one} – {last.day} {_MONTHS[last.month - 1]} {last.year}"


def _word(word: str, body: Callable[[str], str | None] | None) -> str:
    bare = word.strip("(),")
    if not has_hangul(bare):
        return word
    if body is not None and (named := body(bare)):
        return named
    if bare in REGIONS:
        return REGIONS[bare]
    if bare in BUILDING_WORDS:
        return BUILDING_WORDS[bare]
    floor = re.fullmatch(r"(\d+)층", bare)
    if floor:
        return f"floor {floor.group(1)}"
    room = re.fullmatch(r"(\d+)호", bare)
    if room:
        return f"room {room.group(1)}"
    if len(bare) >= 2 and bare[-1] in _ADMIN:
        return f"{romanise_word(bare[:-1])}-{_ADMIN[bare[-1]]}"
    for suffix, english in sorted(BUILDING_WORDS.items(), key=lambda kv: -len(kv[0])):
        stem = bare[: -len(suffix)]
        if bare.endswith(suffix) and stem and (len(suffix) >= 2 or not has_hangul(stem)):
            return f"{romanise_word(stem) if has_hangul(stem) else stem} {english}"
    return romanise_word(re.sub(r"(에서|에)$", "", bare))


def place_en(korean: str | None, body: Callable[[str], str | None] | None = None) -> str | None:
    """A Korean venue in English form; `body` names organisations officially (glossary)."""
    if not korean or not korean.strip():
        return None
    if not has_hangul(korean):
        return korean.strip()
    words = [_word(w, body) for w in korean.split()]
    return re.sub(r"\s+", " ", " ".join(w for w in words if w)).strip() or None


__all__ = ["BUILDING_WORDS", "REGIONS", "date_en", "place_en"]
