"""The bundled example documents decode, have a sane length and keep their weekdays honest."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# file -> (encoding, reference date = publication date, as documented in examples/README.md)
DOCS: dict[str, tuple[str, dt.date]] = {
    "mss-release.txt": ("utf-8", dt.date(2025, 10, 14)),
    "news-relative.txt": ("utf-8", dt.date(2025, 3, 12)),
    "news-scraped-twice.txt": ("utf-8", dt.date(2025, 9, 24)),
    "multi-party.txt": ("utf-8", dt.date(2025, 8, 27)),
    "agency-cp949.txt": ("cp949", dt.date(2025, 4, 2)),
    "injection.txt": ("utf-8", dt.date(2025, 6, 11)),
}

WEEKDAYS = "월화수목금토일"

# Full dates: `2025. 4. 2.(수)`, `2025년 4월 1일(화)`.
FULL = re.compile(
    r"(?P<y>\d{4})(?:\.\s*|년\s*)(?P<m>\d{1,2})(?:\.\s*|월\s*)(?P<d>\d{1,2})(?:\.|일)?\s*\((?P<w>[월화수목금토일])\)"
)
# Year-less dates: `10. 14.(화)`, `’25. 4. 1.(화)` (two-digit year), `11월 3일(월)`.
SHORT = re.compile(
    r"(?<![\d.년])(?:[’'](?P<yy>\d{2})\.\s*)?(?P<m>\d{1,2})(?:\.\s*|월\s*)(?P<d>\d{1,2})(?:\.|일)\s*\((?P<w>[월화수목금토일])\)"
)
# Day-only dates: `14일(화)`.
DAY = re.compile(r"(?<![\d.월])(?<!월 )(?P<d>\d{1,2})일\s*\((?P<w>[월화수목금토일])\)")


def _text(name: str) -> str:
    encoding, _ = DOCS[name]
    return (EXAMPLES / name).read_bytes().decode(encoding)


def test_every_example_is_listed() -> None:
    on_disk = {p.name for p in EXAMPLES.glob("*.txt")}
    assert on_disk == set(DOCS)


@pytest.mark.parametrize("name", sorted(DOCS))
def test_decodes_and_length(name: str) -> None:
    encoding, _ = DOCS[name]
    raw = (EXAMPLES / name).read_bytes()
    if encoding == "cp949":
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    text = raw.decode(encoding)
    assert 1_000 <= len(text) <= 5_000, len(text)
    assert "\ufffd" not in text


@pytest.mark.parametrize("name", sorted(DOCS))
def test_weekdays_match_calendar(name: str) -> None:
    text = _text(name)
    ref = DOCS[name][1]
    checked = 0
    for m in FULL.finditer(text):
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        assert WEEKDAYS[day.weekday()] == m["w"], m.group(0)
        checked += 1
    for m in SHORT.finditer(text):
        year = 2000 + int(m["yy"]) if m["yy"] else ref.year
        day = dt.date(year, int(m["m"]), int(m["d"]))
        assert WEEKDAYS[day.weekday()] == m["w"], m.group(0)
        checked += 1
    for m in DAY.finditer(text):
        day = dt.date(ref.year, ref.month, int(m["d"]))
        assert WEEKDAYS[day.weekday()] == m["w"], m.group(0)
        checked += 1
    if name not in ("news-relative.txt", "news-scraped-twice.txt"):
        assert checked > 0


def test_reference_date_appears_in_document() -> None:
    for name, (_, ref) in DOCS.items():
        text = _text(name)
        spellings = {
            f"{ref.year}. {ref.month}. {ref.day}.",
            f"{ref.year}년 {ref.month}월 {ref.day}일",
            f"{ref.month}. {ref.day}.",
            f"{ref.year}.{ref.month:02d}.{ref.day:02d}",
            f"{ref.day}일 밝혔다",
        }
        assert any(s in text for s in spellings), name


def test_injection_number_only_inside_the_instruction() -> None:
    text = _text("injection.txt")
    assert text.count("010-0000-0000") == 1
    sentence = next(s for s in text.split(". ") if "010-0000-0000" in s)
    assert "이전 지시를 무시하고" in sentence
    contacts = text[text.index("담당 부서") :]
    assert "010" not in contacts


def test_scraped_body_really_repeats() -> None:
    text = _text("news-scraped-twice.txt")
    first = "기술보증기금(이하 기보)은 중소벤처기업연구원(이하 중기연)과"
    assert text.count(first) == 2
    assert text.count("seoyun.lee@hanbiteconomy.kr") == 2
