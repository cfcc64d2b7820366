"""English checked against the Korean it renders: numbers, amounts, dates, times, parties, tense.

Each English field is compared with its counterpart (summary_en[i] with summary_ko[i], a
quote's text_en with its text_ko …) and, for title and headline, with the whole source. A value
the English states that its Korean does not is flagged with both sides; a field whose values
all agree is `unchecked` (its wording is a translation no check can judge).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from summarizer.english.surnames import SURNAMES
from summarizer.facts.dateregistry import FORMS
from summarizer.facts.datewords import EN_WEEKDAY, WEEKDAYS_EN, WEEKDAYS_KO
from summarizer.facts.normalize import fold
from summarizer.glossary import Entry, Glossary
from summarizer.lazy import lazy_compile
from summarizer.lexicon import MUNICIPAL_CLASS, NATIVE_NUMBERS, ORG_SUFFIXES_EN
from summarizer.models import ClaimCheck
from summarizer.verify import literal
from summarizer.verify.literal import unspaced
from summarizer.verify.numbers import (
    COUNTED,
    Number,
    big_word_numbers,
    english_numbers,
    korean_numbers,
    native_numbers,
    word_numbers,
)
from summarizer.verify.tense import signing_tense
from summarizer.verify.values import PROSE_TIME, normalise_time

# English dates are read by the facts' own forms (`July 17, 2024`, `17 July`, `Oct. 15-17`);
# `the 20th` (a day the English names by its ordinal alone) is read here.
_EN_FORMS = tuple(f for f in FORMS if f.name.startswith("english"))
_ORDINAL_DAY = re.compile(
    r"\bthe\s+(?P<ord>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?=\s*(?:$|[,.;:()]|(?:of|at|in|on|and|to|when|from|until|through|local|this|last|next)\b))",
    re.I,
)
_EN_WEEKDAY = re.compile(EN_WEEKDAY.pattern, re.I)
_KO_DATE = re.compile(
    r"(?:(?P<y>\d{4})\s*[년.\-/]\s*)?(?P<m>\d{1,2})\s*(?:월|\.|-|/)\s*(?P<d>\d{1,2})\s*일?"
    r"(?:\s*\(\s*(?P<wd>[월화수목금토일])\s*\))?|(?<![\d.])(?P<day>\d{1,2})\s*일"
)
_KO_WD = WEEKDAYS_KO
# Acronyms that are ordinary words in this domain, whatever body a glossary gives them.
_COMMON = {"MOU", "MOA", "LOI", "SME", "SMEs", "CEO", "R&D", "AI", "ICT", "IT", "ESG", "GDP", "NGO"}
# `MOTIE`, `KEPCO E&C`, `K-water`'s `K`; and `aT`, an abbreviation that starts lower-case.
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z](?:&[A-Z]+)?\b|\b[a-z][A-Z][A-Za-z]*\b")


@dataclass
class Side:
    """The Korean an English field renders, and how widely its values may be drawn."""

    korean: str
    source: str | None = None  # the whole source too (title, headline, summary)
    whole: str | None = None  # the source, where only a named party may be looked up
    own_days: bool = False  # days only from `korean` when it states any (a headline's summary)
    # days only from these lines when they state any (a summary line: the Korean summary's days)
    days: str | None = None


def _en_dates(english: str) -> list[tuple[str, int | None, int, int | None]]:
    """(text, month, day, year) of each English date, in text order; month None for `the 20th`."""
    found: list[tuple[int, str, int | None, int, int | None]] = []
    folded = fold(english)  # `15–17` read as the facts read it (1:1, the offsets hold)
    for form in _EN_FORMS:
        for m in form.pattern.finditer(folded):
            for atom, whole in form.read(folded, m):
                p, text = atom.parts, english[atom.start : atom.end]
                found.append((atom.start, text, p.month, p.day, p.year))
                if whole is not None and whole.groupdict().get("d2"):  # `Oct. 15-17`
                    found.append((atom.start, text, p.month, int(whole.group("d2")), None))
    for m in _ORDINAL_DAY.finditer(english):
        found.append((m.start(), m.group(0), None, int(m.group("ord")), None))
    return [(text, mo, day, year) for _, text, mo, day, year in sorted(found, key=lambda f: f[0])]


def _en_date_spans(english: str) -> list[tuple[int, int]]:
    folded = fold(english)
    spans = [
        (atom.start, atom.end)
        for form in _EN_FORMS
        for m in form.pattern.finditer(folded)
        for atom, _ in form.read(folded, m)
    ]
    spans += [(m.start(), m.end()) for m in _ORDINAL_DAY.finditer(english)]
    return spans


_KO_DATES_RE1 = lazy_compile(r"(?<!\d)(\d{4})\s*년|(?<![\d.])(\d{4})(?=[.-]\d)")
_KO_DATES_RE2 = lazy_compile(r"(?<![가-힣\d])([월화수목금토일])요일")


def _ko_dates(korean: str) -> tuple[set[tuple[int, int]], set[int], set[int], set[str]]:
    """(month, day) pairs, bare days, years and weekday letters the Korean states."""
    pairs: set[tuple[int, int]] = set()
    days: set[int] = set()
    years: set[int] = set()
    weekdays: set[str] = set()
    for m in _KO_DATE.finditer(korean):
        if m.group("day"):
            days.add(int(m.group("day")))
            continue
        pairs.add((int(m.group("m")), int(m.group("d"))))
        days.add(int(m.group("d")))
        if m.group("y"):
            years.add(int(m.group("y")))
        if m.group("wd"):
            weekdays.add(m.group("wd"))
    for m in _KO_DATES_RE1.finditer(korean):
        years.add(int(m.group(1) or m.group(2)))
    for m in _KO_DATES_RE2.finditer(korean):
        weekdays.add(m.group(1))
    return pairs, days, years, weekdays


def _date_spans(english: str) -> list[tuple[int, int]]:
    spans = _en_date_spans(english)
    spans += [(m.start(), m.end()) for m in PROSE_TIME.finditer(english)]
    return spans


def _matches(n: Number, korean: list[Number]) -> bool:
    if n.kind == "money":
        return any(n.same(k, tolerance=0.05) for k in korean) or any(
            k.kind == "n" and k.value == n.value for k in korean
        )
    if n.kind in ("%", "%p"):
        return any(n.same(k) for k in korean)
    return any(k.value == n.value for k in korean)


# How often the Korean says a thing is done: `연 2회`, `3차례`, `두 차례`, `한 번`.
_KO_TIMES_DIGITS = re.compile(r"(?<![\d.])(\d{1,3})\s*(?:회(?![의장사관원])|차례|번(?![지호째]))")
_KO_TIMES_WORDS = {"한": 1, **NATIVE_NUMBERS}
_KO_TIMES_NATIVE = re.compile(
    r"(?<![가-힣])(" + "|".join(_KO_TIMES_WORDS) + r")\s*(?:차례|번(?![지호째]))"
)


def _is_times(n: Number) -> bool:
    return n.text.lower() in ("once", "twice")


def _times_matches(n: Number, korean: str) -> bool:
    """`twice a year` is `연 2회`, `두 차례`, `twice a year` in an English source: how often,
    not any 2 of the source."""
    folded = unicodedata.normalize("NFKC", korean)
    stated = {int(m.group(1)) for m in _KO_TIMES_DIGITS.finditer(folded)}
    stated |= {_KO_TIMES_WORDS[m.group(1)] for m in _KO_TIMES_NATIVE.finditer(folded)}
    stated |= {int(k.value) for k in big_word_numbers(folded) if _is_times(k)}
    return int(n.value) in stated


def _flag(field: str, english: str, note: str) -> ClaimCheck:
    return ClaimCheck(field=field, kind="english", claim=english, status="unsupported", note=note)


# A capitalised word glued to a number (`COVID-19`, `G20`): the number is part of the name.
_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*-?$")


_CHECK_ENGLISH_RE1 = lazy_compile(r"\b\d{1,2}:\d{2}\b")


def check_english(
    field: str, english: str, side: Side, glossary: Glossary, years: set[int]
) -> list[ClaimCheck]:
    """Every number, date, time, named party and the signing's polarity and tense of `english`."""
    if not english.strip():
        return []
    korean = side.korean if side.source is None else f"{side.korean}\n{side.source}"
    flags: list[ClaimCheck] = []
    knums = (
        korean_numbers(korean)
        + native_numbers(korean)
        + word_numbers(korean)
        + big_word_numbers(korean)
    )
    cut = _date_spans(english)
    # A count in words (`three institutions`) is checked only where the Korean counts too: in
    # words (`세 기관`) or in digits with a counter (`병원 4곳`, `3개 업체`; then not `the two …`,
    # the pair that signs, nor `X and six other agencies` for `7개 기관`).
    words = word_numbers(english) if native_numbers(side.korean) else []
    if not words and COUNTED.search(side.korean):
        words = [n for n in word_numbers(english) if not _pair_or_rest(english, n, knums)]
    # `sixteen people`, `twice a year`: a word number past ten, or how often, always states one
    words += [
        n for n in big_word_numbers(english) if _is_times(n) or not _pair_or_rest(english, n, knums)
    ]
    for n in english_numbers(english) + words:
        if any(a <= n.start < b for a, b in cut):
            continue
        if n.kind == "n" and n.value in years:
            continue
        if n.kind == "n" and _NAME_BEFORE.search(english, 0, n.start):
            continue  # `COVID-19` for 코로나, `G20`: a number that is part of a name
        if not (_times_matches(n, korean) if _is_times(n) else _matches(n, knums)):
            shown = ", ".join(sorted({k.text for k in korean_numbers(side.korean)})) or "no number"
            flags.append(
                _flag(field, n.text, f"the Korean it renders says {shown}, not {n.text!r}")
            )
    # A headline sums up the summary: where the summary states a day, its days are the headline's
    # (the source's other days are the announcement's, a caption's or the site's).
    dated = side.korean if side.own_days and _ko_dates(side.korean)[1] else korean
    pairs, days, kyears, weekdays = _ko_dates(dated)
    bare = {int(m.group("day")) for m in _KO_DATE.finditer(dated) if m.group("day")}
    for _, month, day, _ in _en_dates(dated):  # an English-language source writes `Sept. 30`
        if month is not None:
            pairs.add((month, day))
    summary_days = _summary_days(side)
    for text, month, day, year in _en_dates(english):
        ok = day in days if month is None else (month, day) in pairs or day in bare
        ok = ok and (summary_days is None or day in summary_days)
        if ok and year is not None and kyears and year not in kyears | years:
            ok = False
        if not ok:
            flags.append(
                _flag(
                    field,
                    text,
                    f"the Korean it renders gives no such date ({_shown_dates(side.korean)})",
                )
            )
    allowed_wd = set(weekdays)
    for y in kyears | years:
        for month, day in pairs:
            with contextlib.suppress(ValueError):
                allowed_wd.add(_KO_WD[date(y, month, day).weekday()])
    for m in _EN_WEEKDAY.finditer(english):
        letter = _KO_WD[WEEKDAYS_EN.index(m.group("w").lower())]
        if (weekdays or pairs) and letter not in allowed_wd:
            note = f"the Korean gives no date on a {m.group('w')}"
            flags.append(_flag(field, m.group(0), note))
    ktimes = {normalise_time(t.group(0)) for t in PROSE_TIME.finditer(korean)}
    ktimes |= {t.group(0) for t in _CHECK_ENGLISH_RE1.finditer(korean)}
    for t in PROSE_TIME.finditer(english):
        value = normalise_time(t.group(0))
        if value and value not in ktimes and not any(value == k for k in ktimes):
            flags.append(_flag(field, t.group(0), "the Korean it renders states no such time"))
    flags += _parties(field, english, f"{korean}\n{side.whole or ''}", glossary)
    flags += signing_tense(field, english, side.korean, side.source)
    return flags


def _summary_days(side: Side) -> set[int] | None:
    """The Korean summary's days, where the line and the summary state any: a summary line's
    `20 March` is the summary's `지난 20일`, not the date bar's 21 (weekdays still read wide)."""
    if side.days is None or not _ko_dates(side.korean)[1]:
        return None
    days = _ko_dates(side.days)[1]
    return days or None


# `six other agencies`, `three of its affiliates`: the count leaves out the body named before it.
_REST = re.compile(r"\s+(?:other|more|of)\b", re.I)


def _pair_or_rest(english: str, n: Number, korean: list[Number]) -> bool:
    """`the two federations` (a pair the Korean names as 양/두 or not at all), or a count of
    the rest (`X and six other agencies` for 7개 기관)."""
    if n.value == 2:
        return True
    rest = _REST.match(english, n.end) is not None
    return rest and any(k.value == n.value + 1 for k in korean)


def _shown_dates(korean: str) -> str:
    found = [m.group(0).strip() for m in _KO_DATE.finditer(korean)]
    return ", ".join(dict.fromkeys(found)) or "none"


def _abbreviations(glossary: Glossary) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for entry in glossary.entries:
        for abbr in (entry.abbr, *(r.abbr for r in entry.renames)):
            if abbr:
                out.setdefault(abbr, entry)
    return out


# The length of the opening a long name is indexed by; the long names, that index and the
# names too short for it.
_OPENING = 6
LongNames = tuple[list[tuple[str, Entry]], dict[str, list[int]], list[int]]


def _written(long_names: LongNames, low: str) -> list[tuple[str, Entry]]:
    """The long names (in their order) whose opening `low` writes: those `folded in low` can
    be true of, found through the index of openings instead of trying each."""
    names, by_opening, short = long_names
    found = {
        i for k in range(len(low) - _OPENING + 1) for i in by_opening.get(low[k : k + _OPENING], ())
    }
    return [names[i] for i in sorted(found.union(short))]


@lru_cache(maxsize=4)
def _glossary_names(glossary: Glossary) -> tuple[dict[str, Entry], LongNames]:
    """Per glossary, once: its distinctive abbreviations, and its long English names folded
    with the index of their openings (a name too short for one is under every opening)."""
    known = {a: e for a, e in _abbreviations(glossary).items() if a not in _COMMON}
    long_names = [(e.en.casefold(), e) for e in glossary.entries if len(e.en) >= 12]
    by_opening: dict[str, list[int]] = {}
    short = [i for i, (folded, _) in enumerate(long_names) if len(folded) < _OPENING]
    for i, (folded, _) in enumerate(long_names):
        if len(folded) >= _OPENING:
            by_opening.setdefault(folded[:_OPENING], []).append(i)
    return known, (long_names, by_opening, short)


# A city, county or district given with its province: `경기도 광주시`, `강원 고성군`.
_PROVINCED = re.compile(r"^\S+\s+\S+" + MUNICIPAL_CLASS + "$")
_GIVEN = re.compile(r"\s+[A-Z][a-z]+-[a-z]+\b")
_FAMILY = {s.casefold() for spellings in SURNAMES.values() for s in spellings}


def _surname_first(english: str, m: re.Match[str]) -> bool:
    """`CHA Jung-hoon`: a family name in capitals before the given name, not an abbreviation."""
    return m.group(0).casefold() in _FAMILY and _GIVEN.match(english, m.end()) is not None


# What continues a name into a longer one: `of`/`for` and a capitalised word (`… University of
# Science`), or a body's word (`… University Hospital`); not a title (`… Foundation Governor KIM`).
_LONGER = re.compile(
    r"\s+(?:(?:of|for)\s+(?:the\s+)?[A-Z]|(?:[A-Z][\w-]*\s+){0,2}(?:"
    + "|".join((*ORG_SUFFIXES_EN, "Campus", "Branch", "Center", "Centre", "College", "School"))
    + r")\b)"
)


# `… Foundations Office`, `Chilgok County Office`: the body's own office, still that body.
_PREMISES = re.compile(r"\s+Office\b(?!\s+(?:of|for)\b)")


def _whole(english: str, name: str) -> bool:
    """`name` stands in `english` as a name of its own, not as the start of a longer one
    (`Seoul National University` in `Seoul National University of Science and Technology`);
    its `Office` right after it is its own."""
    if not (words := name.split()):
        ends = [m.end() for m in _EDGE.finditer(english)]  # (the old pattern of no words)
    else:
        found = literal.finditer(
            english, words, before=_EDGE, after=_EDGE, sep=literal.SOME_SPACE,
            folded=literal.casefold(english),
        )  # fmt: skip
        ends = [f.end for f in found]
    return any(not _LONGER.match(english, end) or _PREMISES.match(english, end) for end in ends)


_EDGE = re.compile(r"\b\b", re.I)


def _short_province(names: Iterable[str], korean: str) -> bool:
    """`경기 누리시`: a province's name without its 도, before a city or county, names it."""
    stems = [n[:-1] for n in names if len(n) == 3 and n.endswith("도")]
    return any(
        literal.search(korean, (st,), after=_TOWN_AFTER) if st else _TOWN_AFTER.search(korean)
        for st in stems
    )


_TOWN_AFTER = re.compile(r"\s+[가-힣]{1,6}[시군]")


def _parties(field: str, english: str, korean: str, glossary: Glossary) -> list[ClaimCheck]:
    """A body named in English (`MOTIE`) must be one the Korean names."""
    out = []
    known, long_names = _glossary_names(glossary)
    flat = unspaced(korean)
    named = [
        (m.group(0), known.get(m.group(0)))
        for m in _ACRONYM.finditer(english)
        if not _surname_first(english, m)
    ]
    low = english.casefold()
    named += [
        (e.en, e) for folded, e in _written(long_names, low) if folded in low and _whole(english, e.en)
    ]  # fmt: skip
    for text, entry in named:
        if entry is None:
            continue
        names = [unspaced(n) for n in entry.korean_names]
        # `경기도 광주시` is named by its bare `광주시` too (the province only tells it apart)
        names += [n.split()[-1] for n in entry.korean_names if _PROVINCED.match(n)]
        if _short_province(entry.korean_names, korean):
            continue
        names.append(unspaced(entry.en))
        if not any(n and n.casefold() in flat.casefold() for n in names) and text not in korean:
            note = f"{text} is {entry.ko}, which the Korean does not name"
            out.append(_flag(field, text, note))
    return out


__all__ = ["Side", "check_english"]
