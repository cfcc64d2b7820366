"""Numbers, amounts and percentages read from Korean and English text as comparable values.

Korean amounts use the myriad units 만 (10^4), 억 (10^8) and 조 (10^12), with 천/백 inside a
group: `3,000억 원` and `3천억 원` are both 3×10^11 won, which English writes `KRW 300 billion`.
A value carries a class: `money` (with its currency, `KRW`, `USD`), `%`, `%p` or `n` (any other
number: counts, years, days), so a percentage never matches a count of the same digits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from summarizer.lexicon import EN_NUMBER_WORDS, NATIVE_NUMBERS
from summarizer.lexicon.counts import COUNTER_KINDS
from summarizer.verify.literal import unspaced

NumberKind = Literal["money", "%", "%p", "n"]

_KO_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4, "천": 10**3, "백": 10**2}
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A Korean amount: one or more `<number><unit>` groups (`1조 2,000억`, `5천만`), or a bare number.
_KO_AMOUNT = re.compile(
    rf"(?<![\d.,])(?P<body>(?:{_NUM}\s*(?:천만|백만|천억|조|억|만|천)\s*)+(?:{_NUM}(?![\d.,]))?|{_NUM})"
    r"\s*(?P<unit>%\s*p|%포인트|퍼센트포인트|%|퍼센트|프로|포인트|원|달러|유로|엔|위안|"
    r"개국|개사|개소|개월|명|개|곳|건|회|년|일|배|위|세|대|호|차|주년)?"
)
_EN_SCALE = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12, "t": 10**12,
}  # fmt: skip
_CUR = r"(?P<cur>KRW|USD|US\$|\$|₩|EUR|€|JPY|¥|CNY)"
_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn|tn)\b|(?P<short>[kmbt])\b)?"
_EN_AMOUNT = re.compile(
    rf"(?:{_CUR}\s*)?(?<![\d.,])(?P<num>{_NUM})(?![\d])(?:st|nd|rd|th)?{_SCALE}"
    r"(?:\s*(?P<unit>percentage points?|percent(?:age)?\s*points?|%\s*p(?:oints?)?\b|%|percent\b|"
    r"pp\b|p\.p\.|won\b|dollars?\b|euros?\b|yen\b|yuan\b))?",
    re.I,
)
_CURRENCY = {
    "krw": "KRW", "₩": "KRW", "won": "KRW", "원": "KRW",
    "usd": "USD", "us$": "USD", "$": "USD", "dollar": "USD", "dollars": "USD", "달러": "USD",
    "eur": "EUR", "€": "EUR", "euro": "EUR", "euros": "EUR", "유로": "EUR",
    "jpy": "JPY", "¥": "JPY", "yen": "JPY", "엔": "JPY", "cny": "CNY", "yuan": "CNY",
    "위안": "CNY",
}  # fmt: skip


@dataclass(frozen=True)
class Number:
    """A value read from text: its class, the currency of an amount (`KRW`), `text` as written."""

    value: float
    kind: NumberKind
    text: str = field(compare=False)
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)
    currency: str | None = None

    def same(self, other: Number, tolerance: float = 0.0) -> bool:
        """Equal value and class (a money value may differ by `tolerance`, relative)."""
        if (self.kind, self.currency) != (other.kind, other.currency):
            return False
        if self.value == other.value:
            return True
        scale = max(abs(self.value), abs(other.value))
        return tolerance > 0 and scale > 0 and abs(self.value - other.value) / scale <= tolerance


def _num(text: str) -> float:
    return float(text.replace(",", ""))


_MYRIAD = ("만", "억", "조")


def _ko_value(body: str) -> float:
    """The value of `1조 2천500억`: 천/백 add up inside a group that 만/억/조 then multiplies.

    Wire copy writes `1천500억` for 1,500억: the 억 scales `1천500`, not only the 500.
    """
    total = group = 0.0
    for m in re.finditer(rf"({_NUM})\s*(천만|백만|천억|조|억|만|천)?", body):
        unit = m.group(2) or ""
        small = 1
        for ch in unit.rstrip("".join(_MYRIAD)):
            small *= _KO_UNITS[ch]
        group += _num(m.group(1)) * small
        if unit[-1:] in _MYRIAD:
            total += group * _KO_UNITS[unit[-1]]
            group = 0.0
    return total + group


def _ko_kind(unit: str | None) -> tuple[NumberKind, str | None]:
    unit = unspaced(unit or "")
    if unit in ("%p", "%포인트", "퍼센트포인트", "포인트"):
        return "%p", None
    if unit in ("%", "퍼센트", "프로"):
        return "%", None
    if unit in _CURRENCY:
        return "money", _CURRENCY[unit]
    return "n", None


def korean_numbers(text: str) -> list[Number]:
    """Every number in Korean (or mixed) text, amounts resolved through 만·억·조."""
    text = unicodedata.normalize("NFKC", text)
    out = []
    for m in _KO_AMOUNT.finditer(text):
        kind, cur = _ko_kind(m.group("unit"))
        value = _ko_value(m.group("body"))
        out.append(Number(value, kind, m.group(0).strip(), m.start(), m.end(), currency=cur))
    return out


def english_numbers(text: str) -> list[Number]:
    """Every number in English text: `KRW 300 billion`, `1.2 percentage points`, `17`, `20th`."""
    text = unicodedata.normalize("NFKC", text)
    out = []
    for m in _EN_AMOUNT.finditer(text):
        value = _num(m.group("num"))
        scale = (m.group("scale") or m.group("short") or "").lower()
        cur = (m.group("cur") or "").lower()
        unit = (m.group("unit") or "").lower()
        if m.group("short") and not cur:
            scale = ""  # `5 m` without a currency is a distance, not five million
        value *= _EN_SCALE.get(scale, 1)
        kind: NumberKind = "n"
        currency = None
        if "point" in unit or unit.replace(" ", "") in ("%p", "pp", "p.p."):
            kind = "%p"
        elif unit in ("%", "percent"):
            kind = "%"
        elif cur or unit:
            key = cur or unit
            kind, currency = "money", _CURRENCY.get(key) or _CURRENCY.get(key.rstrip("s"), "KRW")
        out.append(Number(value, kind, m.group(0).strip(), m.start(), m.end(), currency=currency))
    return out


_EN_WORDS = {w: n for w, n in EN_NUMBER_WORDS.items() if 2 <= n <= 10}
_EN_WORD = re.compile(r"\b(" + "|".join(_EN_WORDS) + r")\b(?![-‐])", re.I)
_KO_NATIVE = {"양": 2, **NATIVE_NUMBERS}
_KO_COUNTER = re.compile(
    r"(?<![가-힣])(" + "|".join(_KO_NATIVE) + r")\s*"
    r"(?=기관|곳|개|명|나라|국가|국|부처|단체|대학|회사|사|측|가지|차례|번|지자체|자치단체|도시|시군|기업)"
)


def word_numbers(english: str) -> list[Number]:
    """`three institutions`: a count written as a word (two to ten)."""
    return [
        Number(float(_EN_WORDS[m.group(1).lower()]), "n", m.group(0), m.start(), m.end())
        for m in _EN_WORD.finditer(english)
    ]


_EN_TEENS = {w: n for w, n in EN_NUMBER_WORDS.items() if 11 <= n <= 19}
_EN_TENS = {
    w: 10 * i for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2
    )
}  # fmt: skip
_EN_UNITS = {"one": 1, **_EN_WORDS}
_EN_BIG_WORD = re.compile(
    r"\b(?:(?P<teen>" + "|".join(_EN_TEENS) + r")|(?P<tens>" + "|".join(_EN_TENS) + r")"
    r"(?:[-\s](?P<unit>" + "|".join(_EN_UNITS) + r"))?)\b(?![-‐])",
    re.I,
)
# `once a year`, `twice per month`: how often, a number the Korean writes `연 1회`, `2회`.
_EN_TIMES = re.compile(
    r"\b(?P<w>once|twice)\s+(?=(?:a|an|per|every|each)\s+(?:year|month|week|day|quarter)\b)",
    re.I,
)


def big_word_numbers(english: str) -> list[Number]:
    """Counts in words from eleven to ninety-nine (`sixteen people`, `twenty-five firms`) and
    how often (`once a year`, `twice a month`): numbers no English phrase says in passing, so
    each states a value (unlike `the two …`, which names the pair that signs)."""
    out = []
    for m in _EN_BIG_WORD.finditer(english):
        if m.group("teen"):
            value = _EN_TEENS[m.group("teen").lower()]
        else:
            value = _EN_TENS[m.group("tens").lower()]
            value += _EN_UNITS[m.group("unit").lower()] if m.group("unit") else 0
        out.append(Number(float(value), "n", m.group(0), m.start(), m.end()))
    for m in _EN_TIMES.finditer(english):
        value = 1 if m.group("w").lower() == "once" else 2
        out.append(Number(float(value), "n", m.group("w"), m.start(), m.end("w")))
    return out


# `one year`, `a one-month term`: `one` states a number only before a unit of time (`one of
# the …`, `one another` state none).
_EN_ONE = re.compile(r"\bone[\s-]+(?=(?:year|month|week|day|hour|time|round|term)s?\b)", re.I)


# `First Vice-Minister`, `the second round`: an ordinal before a rank or a round states the
# number a Korean summary writes `제1차관`, `2차` (not any `first` of the prose).
_EN_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth")  # fmt: skip
_EN_ORDINAL = re.compile(
    rf"\b({'|'.join(_EN_ORDINALS)})[\s-]+(?=(?:vice|deputy|round|phase|stage|session|meeting|"
    r"term|edition|plenary|conference|forum|committee)\b)",
    re.I,
)


def stated_word_numbers(english: str) -> list[Number]:
    """Numbers an English source states in words: `two` to `ten`, `one` before a unit, an
    ordinal before a rank or a round."""
    ones = [
        Number(1.0, "n", m.group(0).strip(), m.start(), m.end()) for m in _EN_ONE.finditer(english)
    ]
    ordinals = [
        Number(float(_EN_ORDINALS.index(m.group(1).lower()) + 1), "n", m.group(0).strip(),
               m.start(), m.end())
        for m in _EN_ORDINAL.finditer(english)
    ]  # fmt: skip
    return word_numbers(english) + big_word_numbers(english) + ones + ordinals


def native_numbers(korean: str) -> list[Number]:
    """`세 기관`, `양 기관`: a count written with a native Korean numeral before its counter."""
    return [
        Number(float(_KO_NATIVE[m.group(1)]), "n", m.group(0).strip(), m.start(), m.end())
        for m in _KO_COUNTER.finditer(korean)
    ]


# Marks that open the items of a list: several on one line (`△가 △나 △다`, an enumeration in a
# sentence) or one at the start of each of consecutive lines. Circled numbers count as one mark.
_INLINE_MARKS = frozenset("△▲○◯●■□◆◇▶▷►•")
_LINE_MARKS = _INLINE_MARKS | frozenset("-ㅇ*")
_CIRCLED = frozenset(chr(c) for c in range(0x2460, 0x2474))  # ① … ⑳
# Short runs of marked lines are mostly a release's layout (`□ 개요`, `ㅇ (일시)`, `ㅇ (장소)`):
# a count that small would match by chance, so only longer runs count.
_LINE_RUN_MIN = 5
# A counted number (`10개 분야`, `3가지`, `5건`): what a list's length can state.
COUNTED = re.compile(r"\d+\s*(?:개|가지|건|곳|항목|분야|과제)")


def _mark(ch: str) -> str:
    return "①" if ch in _CIRCLED else ch


def list_counts(text: str) -> set[int]:
    """How many items the source's lists have: marks of one kind on one line, or (five and
    more) consecutive lines opening with one mark, blank lines between them allowed."""
    counts: set[int] = set()
    runs: list[int] = []
    run_mark = ""
    for line in text.splitlines():
        marks = [_mark(ch) for ch in line if ch in _INLINE_MARKS or ch in _CIRCLED]
        counts |= {n for m in set(marks) if (n := marks.count(m)) >= 2}
        head = line.lstrip()[:1]
        if not head:
            continue
        mark = _mark(head) if head in _LINE_MARKS or head in _CIRCLED else ""
        if mark and mark == run_mark:
            runs[-1] += 1
        elif mark:
            runs.append(1)
        run_mark = mark
    return counts | {n for n in runs if n >= _LINE_RUN_MIN}


# The counter right after a number's digits (`3곳`, `20여 명`, `5가지`, `3년간`), read from the
# end of the number as `korean_numbers` matched it (its unit may already be the counter).
_COUNTER = re.compile(r"(?:\s*여)?\s*(" + "|".join(COUNTER_KINDS) + r")")
_COUNTER_END = re.compile(r"(" + "|".join(COUNTER_KINDS) + r")$")
# Years are dates (`2023년`), checked as such; a count of bodies, people or years is smaller.
_COUNT_MAX = 1000


def counter_kind(text: str, n: Number) -> str | None:
    """What `n` counts (`bodies`, `people`, `years` …, lexicon.counts.COUNTER_KINDS), or None;
    `text` is the NFKC text `korean_numbers` read `n` from."""
    if n.kind != "n" or not n.value.is_integer() or n.value >= _COUNT_MAX:
        return None
    own = _COUNTER_END.search(n.text)
    if own is not None:
        return COUNTER_KINDS[own.group(1)]
    after = _COUNTER.match(text, n.end)
    return COUNTER_KINDS[after.group(1)] if after is not None else None


def counted(text: str) -> set[tuple[float, str]]:
    """The counts `text` states with their kind: `(3.0, "bodies")` for `3곳`, `세 기관`, `3개사`."""
    text = unicodedata.normalize("NFKC", text)
    out = {(n.value, kind) for n in korean_numbers(text) if (kind := counter_kind(text, n))}
    for n in native_numbers(text):
        out.add((n.value, "people" if text[n.end :].lstrip().startswith("명") else "bodies"))
    return out


def plain(numbers: list[Number]) -> list[Number]:
    """The same values as plain numbers (a count in English may be a 명/개 amount in Korean)."""
    return [Number(n.value, "n", n.text, n.start, n.end) for n in numbers]


__all__ = [
    "COUNTED",
    "Number",
    "big_word_numbers",
    "counted",
    "counter_kind",
    "english_numbers",
    "korean_numbers",
    "list_counts",
    "native_numbers",
    "plain",
    "stated_word_numbers",
    "word_numbers",
]
