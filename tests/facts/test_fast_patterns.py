"""Date, weekday and money patterns written to skip ahead give what their plain forms give.

A lookbehind or a group first makes the regex engine try every character; the patterns are
written to open with a plain character, and a lookahead or a possessive run refuses a number
at once. Each is compared here with the plain form on the bundled documents and generated text.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from summarizer.facts.dateforms import KO, WD
from summarizer.facts.dateregistry import atoms_with_matches, date_atoms, page_atoms, page_readings
from summarizer.facts.datewords import EN_WEEKDAY
from summarizer.facts.money import _KO as MONEY
from summarizer.facts.normalize import prepare
from summarizer.reading import read_document

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    prepare(read_document(p).text)
    for f in (ROOT / "examples", ROOT / "corpus" / "docs")
    for p in sorted(f.glob("*.txt"))
]


def _soup(words: list[str], n: int, seed: int, most: int = 10) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(words) for _ in range(rnd.randint(1, most))) for _ in range(n)]


def _same(a: re.Pattern[str], b: re.Pattern[str], s: str) -> bool:
    def read(p: re.Pattern[str]) -> list[object]:
        return [(m.span(), m.groupdict()) for m in p.finditer(s)]

    return read(a) == read(b)


def test_korean_dates_as_the_plain_pattern() -> None:
    plain = re.compile(
        r"(?P<a>\d(?<![\d.,]\d)\d{0,3})[ \t]*"
        r"(?:년[ \t]*(?P<m1>\d\d?)[ \t]*월[ \t]*(?P<d1>\d\d?)|월[ \t]*(?P<d3>\d\d?)|)"
        r"(?:[ \t]*[~-][ \t]*(?P<d2>\d\d?)|[ \t]*[·ㆍ,][ \t]*(?P<d4>\d\d?))?[ \t]*일" + WD
    )
    words = ["1", "2", "0", "12", "2024", " ", "\t", "년", "월", "일", "~", "-", "·", ",", "(수)"]
    for s in TEXTS + _soup(words, 20000, seed=1):
        assert _same(KO, plain, s), s


def test_weekdays_as_the_lookbehind_first_pattern() -> None:
    plain = (
        r"(?<![A-Za-z])(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
    )
    words = ["Monday", "monday", "SUNDAY", "x", "a", " ", "Tu", "esday", "Fri", "day", "1", "İ"]
    for flags in (0, re.I):
        fast, slow = re.compile(EN_WEEKDAY.pattern, flags), re.compile(plain, flags)
        for s in TEXTS + _soup(words, 10000, seed=2, most=6):
            assert _same(fast, slow, s), s


def test_every_weekday_match_holds_day() -> None:
    # (what lets `find_word_days` skip a page without `day` instead of scanning it)
    words = ["Monday", "Sunday", "SUNDAY", "x", "a", " ", "Tu", "esday", "Fri", "day", "1", "Da"]
    for s in TEXTS + _soup(words, 10000, seed=4, most=6):
        assert all("day" in m.group() for m in EN_WEEKDAY.finditer(s)), s


def test_money_as_the_plain_pattern() -> None:
    plain = re.compile(
        r"(?P<amount>\d(?<![\d.,]\d)[\d,]*(?:\.\d+)?(?:[ \t]*(?:천만|[조억만천])(?:[ \t]*\d[\d,]*(?:\.\d+)?)?)*)"
        r"[ \t]*(?:여[ \t]*)?(?P<cur>원(?!칙|장|인|자력|형|리)|달러|유로|엔(?![가-힣])|위안|파운드)"
    )
    words = ["1", "0", ",", ".", "3,000", " ", "억", "만", "천만", "조", "원", "원칙", "여", "달러"]
    for s in TEXTS + _soup([*words, "엔", "엔화", "위안", "가"], 20000, seed=3, most=9):
        assert _same(MONEY, plain, s), s


def test_a_page_read_once_reads_as_each_read() -> None:
    for s in TEXTS:

        def read(readings: object) -> list[object]:
            return [(a, m and m.span()) for a, m in readings]  # type: ignore[attr-defined]

        assert read(page_readings(s)) == read(atoms_with_matches(s))
        assert page_atoms(s) == date_atoms(s)


def test_date_forms_skipped_only_where_they_cannot_match() -> None:
    # A form whose cheap test fails finds nothing: a slash date needs a digit on each side of
    # its slash; a day before a month needs a digit with only spaces, `and`, `of` and an
    # ordinal's letters between it and the month's name.
    from summarizer.facts.dateregistry import FORMS

    needs = {f.name: f for f in FORMS}
    words = [
        "7", "17", "2024", "/", "//", "https://a.kr/", " ", "\t", ",", "&", "and ", "of ",
        "st", "th", "May", "March", "Mayor", "Dec", "the ", "x", "가", "(수)", "٣",
    ]  # fmt: skip
    skipped = 0
    for name in ("month-slash-day", "english-day-month"):
        form = needs[name]
        for s in TEXTS + _soup(words, 20000, seed=4, most=8):
            if not form.needs(s):
                skipped += 1
                assert not list(form.pattern.finditer(s)), (name, s)
    assert skipped > 1000


def test_english_tense_words_as_the_plain_patterns() -> None:
    from summarizer.facts.datewords import EN_FUTURE, EN_PAST, EN_PLAN, EN_PRESENT

    plain = {
        EN_FUTURE: r"\b(?:will|shall|is to|are to|plans? to|planned (?:for|to)|scheduled|"
        r"set (?:to|for)|upcoming|expected to|due (?:to be|on|in)|slated|next year)\b",
        EN_PAST: r"\b(?:signed|said|held|was|were|had|announced|agreed|met|launched)\b",
        EN_PLAN: r"\b(?:would|to be|agreed to|decided to|aims? to|intends? to|hopes? to)\b",
        EN_PRESENT: r"\b(?:opens|starts|begins|runs|closes|ends|lasts|kicks off|wraps up|"
        r"takes (?:effect|place)|is held|are held|is [a-z]+ing|are [a-z]+ing)\b",
    }
    words = [
        "will", "Shall", "is to", "ARE to", "plan to", "plans to", "scheduled", "set to", "upcoming",
        "set for", "planned for", "expected to", "due on", "due to be", "slated", "next year",
        "would", "to be", "agreed to", "Aims to", "intend to", "opens", "Runs", "kicks off",
        "takes effect", "is held", "ends", "lasts", "is preparing", "are meeting", "ing",
        "signed", "said", "held", "was", "were", "had", "announced", "agreed", "met", "launched",
        " ", "x", "s", "ſ", "İ", "K", "가", "_", "1", "-", "\n",
    ]  # fmt: skip
    for fast, pattern in plain.items():  # (found where a match starts: `lexicon.led_start`)
        slow = re.compile(pattern, re.I)
        for s in TEXTS + _soup(words, 20000, seed=6, most=6):
            starts = [p for p in range(len(s)) if slow.match(s, p)]
            assert [m.start() for m in fast.finditer(s)] == starts, s


def test_other_stories_header_found_as_the_lines_were_looked_up() -> None:
    from summarizer.facts.refstamps import _SENTENCE_END, others_from
    from summarizer.lexicon import RANKING_HEADERS

    def plain(s: str) -> int:  # each line stripped and looked up, as it was
        lines = iter(s.split("\n"))
        pos = 0
        for piece in lines:
            pos += len(piece) + 1
            line = piece.strip()
            if len(line) > 15 and _SENTENCE_END.search(line) is not None:
                break
        else:
            return len(s)
        for piece in lines:
            if pos < len(s) and piece.strip() in RANKING_HEADERS:
                return pos
            pos += len(piece) + 1
        return len(s)

    words = [*RANKING_HEADERS[:6], " ", "\t", "\n", "\r\n", "\r", "가", "\u3000", "관련", "기사",
             "체결했다.", "협약을 맺은 두 기관은 앞으로 함께 일한다."]  # fmt: skip
    for s in TEXTS + _soup(words, 20000, seed=5, most=12):
        assert others_from(s) == plain(s), repr(s)


def test_fold_as_translating_the_whole_text() -> None:
    """`fold` replaces each foldable character the text holds at once: the same text as
    translating every character, a character folding to another foldable one included
    (`｀` to "`", which folds on to `'`: translated once, never twice)."""
    from summarizer.facts.normalize import _TABLE, fold

    rng = random.Random(31)
    chars = "가 a1.“”‘’–—～・（）０９Ａ｀`\u00a0\u3000"
    for _ in range(2000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert fold(text) == text.translate(_TABLE), text
