"""Normalise a claimed date, time or phone into the value format of the facts layer.

Dates become ISO `YYYY-MM-DD` (ranges `A/B`), times 24-hour `HH:MM` (ranges `HH:MM/HH:MM`),
phones E.164 (`+82…`) or bare digits for service numbers, as `models.facts.Fact` documents.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from summarizer.facts.datewords import MONTHS_EN
from summarizer.lazy import lazy_compile

# `jan`, `january`, `sept`: each English month's short and full name
_MONTHS = {
    **{m[:3]: i for i, m in enumerate(MONTHS_EN, start=1)},
    **{m: i for i, m in enumerate(MONTHS_EN, start=1)},
    "sept": 9,
}
_WEEKDAY = re.compile(r"\s*\(\s*[월화수목금토일]\s*\)")
_MONTH_NAME = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_PATTERNS = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ].*)?"),
    re.compile(r"(?P<y>\d{4})\s*[.년/]\s*(?P<m>\d{1,2})\s*[.월/]\s*(?P<d>\d{1,2})\s*일?\.?"),
    re.compile(r"['’‘](?P<yy>\d{2})\s*\.\s*(?P<m>\d{1,2})\s*\.\s*(?P<d>\d{1,2})\.?"),
    re.compile(r"(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"),
    re.compile(r"(?P<m>\d{1,2})\s*\.\s*(?P<d>\d{1,2})\.?"),
    re.compile(_MONTH_NAME + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*,?\s*(?P<y>\d{4}))?", re.I),
    re.compile(r"(?P<d>\d{1,2})\s+" + _MONTH_NAME + r"(?:\s*,?\s*(?P<y>\d{4}))?", re.I),
]
# Dates written inside English or Korean prose (headline, summary points).
PROSE_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b"
    r"|(?:\d{4}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일"
    r"|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b(?:\s*,\s*\d{4})?",
    re.I,
)
# Clock times inside prose: `10:30`, `3 p.m.`, `2:30 PM`, `오후 3시`, `오전 10시 30분`.
PROSE_TIME = re.compile(
    r"(?<![\d:])\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b\.?"
    r"|(?<![\d:])\d{1,2}:\d{2}(?![\d:])"
    r"|(?:오전|오후|낮|밤|저녁|새벽|아침)\s*\d{1,2}\s*시(?:\s*\d{1,2}\s*분|\s*반)?",
    re.I,
)
_RANGE_SPLIT = re.compile(r"\s*(?:/|~|〜|∼|–|—|\bto\b|부터)\s*")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


_NORMALISE_DATE_RE1 = lazy_compile(r"\d{4}-\d{1,2}-\d{1,2}")


def normalise_date(text: str, reference: date | None = None) -> str | None:
    """`2024. 7. 17.`, `7월 17일(수)`, `July 17, 2024`, `2024-07-17` -> `2024-07-17`; None if not a date.

    A date without a year takes the year of `reference` (the document's publication date).
    """
    clean = _WEEKDAY.sub("", _nfkc(text)).strip().rstrip(",")
    parts = [p for p in _RANGE_SPLIT.split(clean) if p]
    if len(parts) == 2 and not _NORMALISE_DATE_RE1.fullmatch(clean):
        first = normalise_date(parts[0], reference)
        second = normalise_date(parts[1], date.fromisoformat(first) if first else reference)
        return f"{first}/{second}" if first and second else None
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(clean)
        if match is None:
            continue
        groups = match.groupdict()
        month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["mon"].lower().rstrip(".")]
        if groups.get("y"):
            year = int(groups["y"])
        elif groups.get("yy"):
            year = 2000 + int(groups["yy"])
        elif reference is not None:
            year = reference.year
        else:
            return None
        try:
            return date(year, month, int(groups["d"])).isoformat()
        except ValueError:
            return None
    return None


_CLOCK = re.compile(r"(?P<h>\d{1,2})\s*:\s*(?P<mi>\d{2})(?::\d{2})?")
_KO_TIME = re.compile(
    r"(?P<half>오전|오후|낮|밤|저녁|새벽|아침)?\s*(?P<h>\d{1,2})\s*시\s*(?:(?P<mi>\d{1,2})\s*분|(?P<ban>반))?"
)
_EN_TIME = re.compile(r"(?P<h>\d{1,2})(?::(?P<mi>\d{2}))?\s*(?P<ap>[ap])\.?\s*m\.?", re.I)


_NORMALISE_TIME_RE1 = lazy_compile(r"\s*[~〜∼–—/-]\s*|\s+to\s+")


def normalise_time(text: str) -> str | None:
    """`10:30`, `오후 3시`, `오전 10시 30분`, `3 p.m.`, `10:30~10:45` -> `HH:MM` (or `A/B`)."""
    clean = _nfkc(text)
    parts = [p for p in _NORMALISE_TIME_RE1.split(clean) if p]
    if len(parts) == 2:
        first, second = normalise_time(parts[0]), normalise_time(parts[1])
        return f"{first}/{second}" if first and second else None
    half = None
    if match := _CLOCK.fullmatch(clean.removeprefix("오전").removeprefix("오후").strip()):
        half = "pm" if clean.startswith("오후") else None
        hour, minute = int(match["h"]), int(match["mi"])
    elif match := _KO_TIME.fullmatch(clean):
        hour = int(match["h"])
        minute = 30 if match["ban"] else int(match["mi"] or 0)
        half = "pm" if match["half"] in ("오후", "저녁", "밤") else None
        half = "noon" if match["half"] == "낮" else half
        half = "am" if match["half"] in ("오전", "새벽") else half
    elif match := _EN_TIME.fullmatch(clean):
        hour, minute = int(match["h"]), int(match["mi"] or 0)
        half = "pm" if match["ap"].lower() == "p" else "am"
    else:
        return None
    if half == "pm" and hour < 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    elif half == "noon" and hour < 6:  # 낮 1시 is 13:00, 낮 12시 is noon
        hour += 12
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    return f"{hour:02d}:{minute:02d}"


_NORMALISE_PHONE_RE1 = lazy_compile(r"내선|\bext\.?|\bx\d|~|,|/", re.I)
_NORMALISE_PHONE_RE2 = lazy_compile(r"[A-Za-z가-힣]")
_NORMALISE_PHONE_RE3 = lazy_compile(r"\D")
_NORMALISE_PHONE_RE4 = lazy_compile(r"\(0\)")
_NORMALISE_PHONE_RE5 = lazy_compile(r"[2-9]\d{6,7}")
_NORMALISE_PHONE_RE6 = lazy_compile(r"\d{3,4}[-. ]\d{4}")


_NORMALISE_PHONE_RE7 = lazy_compile(r"(?i)^(tel|phone|전화|☎)[.:]?")


def normalise_phone(text: str) -> str | None:
    """Any written Korean phone -> E.164 (`+82442047920`); service and local numbers keep their digits.

    Extensions (`내선 123`, `ext. 5`) are dropped; None when the text is not a phone number.
    """
    clean = _nfkc(text)
    clean = _NORMALISE_PHONE_RE1.split(clean)[0].strip()
    if not clean or _NORMALISE_PHONE_RE2.search(_NORMALISE_PHONE_RE7.sub("", clean)):
        return None
    digits = _NORMALISE_PHONE_RE3.sub("", clean)
    if clean.startswith("+"):
        digits = _NORMALISE_PHONE_RE4.sub("", clean)
        digits = _NORMALISE_PHONE_RE3.sub("", digits)
        if digits.startswith("820"):
            digits = "82" + digits[3:]
        return "+" + digits if 8 <= len(digits) <= 15 else None
    if digits.startswith("0") and 6 <= len(digits) <= 11:
        return "+82" + digits[1:]
    if digits.startswith("1") and 4 <= len(digits) <= 8:
        return digits
    if _NORMALISE_PHONE_RE5.fullmatch(digits) and _NORMALISE_PHONE_RE6.fullmatch(clean):
        return digits  # a local number written without its area code: `530-1234`
    return None


def endpoints(value: str) -> list[str]:
    """A fact value and, for a range `A/B`, each of its ends."""
    return [value, *value.split("/")] if "/" in value else [value]


__all__ = [
    "PROSE_DATE",
    "PROSE_TIME",
    "endpoints",
    "normalise_date",
    "normalise_phone",
    "normalise_time",
]
