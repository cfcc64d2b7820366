"""Mutants of prose: Korean copied with its meaning changed, English that disagrees with its source."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from random import Random

from redteam_kit.corpus import Case
from redteam_kit.edits import Answer, Mutant, make, prose_fields, squash, text_sites
from summarizer.glossary import load_glossary


def _ko(a: Answer) -> list[tuple[str, str]]:
    """Korean fields meant to be copied from the source: the title, quotes, commitments."""
    return [(p, t) for p, t in prose_fields(a, english=False) if not p.startswith("summary")]


_NEGATE: list[tuple[str, str]] = [
    (r"수\s?있", "수 없"), (r"있다", "없다"), (r"있습니다", "없습니다"), (r"(하|되)겠다", r"\1지 않겠다"),
    (r"(\w)기로\s?(했|합|하였)", r"\1지 않기로 \2"), (r"했다$", "하지 않았다"), (r"한다$", "하지 않는다"),
    (r"포함한", "포함하지 않은"), (r"가능", "불가능"),
]  # fmt: skip
_FLIP = {
    "감면": "인상", "인상": "인하", "인하": "인상", "확대": "축소", "축소": "확대", "증가": "감소",
    "감소": "증가", "강화": "완화", "완화": "강화", "상승": "하락", "늘리": "줄이", "높이": "낮추",
    "활성화": "위축", "개선": "악화", "확충": "감축",
}  # fmt: skip
_REVIEW: list[tuple[str, str]] = [
    (r"(\w)기로\s?(했|합|하였)", r"\1는 방안을 검토하기로 \2"), (r"(\w)한다$", r"\1하는 방안을 검토한다"),
    (r"(지원|협력|추진|운영|제공|구축|개발|발굴|교류|공유)$", r"\1 방안 검토"),
]  # fmt: skip


def _expand(repl: str) -> Callable[[re.Match[str]], str]:
    return lambda m: m.expand(repl)


def _constant(repl: str) -> Callable[[re.Match[str]], str]:
    return lambda m: repl


def _rules(cls: str, case: Case, a: Answer, rules: list[tuple[str, str]]) -> Iterator[Mutant]:
    for pattern, repl in rules:
        yield from text_sites(cls, case, a, _ko(a), re.compile(pattern), _expand(repl))


def negation(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A negation slipped into a copied passage: 넘을 수 있다 -> 넘을 수 없다."""
    yield from _rules("negation", case, a, _NEGATE)


def _bump(digits: str) -> str:
    first = int(digits[0])
    return str(first + 2 if first <= 7 else first - 2) + digits[1:]


def number(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A number or amount changed in a copied passage: 3,000억 원 -> 5,000억 원."""
    rx = re.compile(
        r"(?<![\d.,])[1-9][\d,]*(?:\.\d+)?(?=\s?(?:억|만|조|원|%|개|명|곳|건|배|년|차|회|천|대|종|p))"
    )
    yield from text_sites("number", case, a, _ko(a), rx, lambda m: _bump(m.group(0)))


def direction(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A direction flipped in a copied passage: 감면 -> 인상, 확대 -> 축소."""
    rx = re.compile("|".join(sorted(_FLIP, key=len, reverse=True)))
    yield from text_sites("direction", case, a, _ko(a), rx, lambda m: _FLIP[m.group(0)])


def under_review(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """Something agreed turned into something under review (or the reverse in a commitment)."""
    yield from _rules("under_review", case, a, _REVIEW)


def stitched_quote(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """Two speakers' fragments stitched into one quote with '…'."""
    quotes = a.get("quotes") or []
    for i, q in enumerate(quotes):
        other = next(
            (p for p in quotes if squash(p.get("speaker")) != squash(q.get("speaker"))), None
        )
        if other is None:
            continue
        head, tail = q["text_ko"].split(), other["text_ko"].split()
        if len(head) < 4 or len(tail) < 4:
            continue
        text = " ".join(head[: len(head) // 2 + 1]) + " … " + " ".join(tail[len(tail) // 2 :])
        m = make("stitched_quote", case, a, f"quotes[{i}].text_ko", text)
        m.after = f"{text[:40]}… (second half by {other.get('speaker')})"
        yield m


def speaker(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A quote attributed to another speaker of the answer."""
    quotes = a.get("quotes") or []
    for i, q in enumerate(quotes):
        other = next(
            (p["speaker"] for p in quotes if squash(p.get("speaker")) != squash(q.get("speaker"))),
            None,
        )
        if other:
            yield make("speaker", case, a, f"quotes[{i}].speaker", other)


def _en(a: Answer) -> list[tuple[str, str]]:
    return prose_fields(a, english=True)


_SCALE = {"million": "billion", "billion": "trillion", "trillion": "billion"}


def en_amount(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """An amount's scale changed: KRW 300 billion -> KRW 300 trillion."""
    rx = re.compile(r"(?i)(?<=\d )(million|billion|trillion)\b")
    yield from text_sites("en_amount", case, a, _en(a), rx, lambda m: _SCALE[m.group(0).lower()])


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


def en_count(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A count or percentage changed: 17 regional -> 37 regional."""
    rx = re.compile(
        r"(?<![\w.,:/$₩-])(?<!"
        + "KRW "
        + r")[1-9]\d{0,2}(?![\w:/]|[.,]\d|\s?(?:million|billion|trillion|a\.m|p\.m))"
    )

    def repl(m: re.Match[str]) -> str | None:
        before = m.string[max(0, m.start() - 12) : m.start()]
        return None if re.search(_MONTH + r"\s*$", before) else _bump(m.group(0))

    yield from text_sites("en_count", case, a, _en(a), rx, repl)


def _org_forms(a: Answer) -> list[str]:
    glossary = load_glossary()
    forms: list[str] = []
    for p in a.get("parties") or []:
        entry = glossary.lookup(p.get("name_ko") or "")
        forms += [x for x in (p.get("abbreviation"), p.get("name_en")) if x]
        if entry is not None:
            forms += [x for x in (entry.abbr, entry.en) if x]
    return sorted(set(forms), key=len, reverse=True)


def en_org(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A party named in English prose replaced by another body: MSS -> MOTIE."""
    forms = _org_forms(a)
    if not forms:
        return
    pool = [
        e for e in load_glossary().entries if e.abbr and e.en not in forms and e.abbr not in forms
    ]
    other = rng.choice(pool) if pool else None
    if other is None:
        return
    rx = re.compile("|".join(rf"(?<![\w-]){re.escape(f)}(?![\w-])" for f in forms))
    abbr = {f for p in a.get("parties") or [] for f in [p.get("abbreviation")] if f}
    yield from text_sites(
        "en_org",
        case,
        a,
        _en(a),
        rx,
        lambda m: other.abbr if m.group(0).isupper() or m.group(0) in abbr else other.en,
    )


_POLARITY = [
    (r"\bsigned(?= (?:an?|the|MOUs?|agreements?|memorand\w*|on|in|with)\b)", "did not sign"),
    (r"\bagreed to\b", "did not agree to"), (r"\bwill\b(?! not)", "will not"),
]  # fmt: skip
_TENSE = [
    (r"\bwill sign\b", "signed"), (r"\bsigned(?= (?:an?|the|MOUs?|agreements?|memorand\w*)\b)", "will sign"),
    (r"\bwill hold\b", "held"), (r"\bheld\b", "will hold"), (r"\bagreed to\b", "will agree to"),
]  # fmt: skip


def _en_rules(cls: str, case: Case, a: Answer, rules: list[tuple[str, str]]) -> Iterator[Mutant]:
    for pattern, repl in rules:
        yield from text_sites(cls, case, a, _en(a), re.compile(pattern), _constant(repl))


def en_polarity(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """signed -> did not sign, will -> will not."""
    yield from _en_rules("en_polarity", case, a, _POLARITY)


def en_tense(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """will sign <-> signed."""
    yield from _en_rules("en_tense", case, a, _TENSE)


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _shift(day: int) -> int:
    return day + 3 if day <= 25 else day - 3


_EN_DATE = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b|\b(" + _MONTH + r") (\d{1,2})\b(?!:)")


def en_ordinal(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A date rewritten as a wrong ordinal: October 14 -> October 17th, the 6th -> the 9th."""

    def repl(m: re.Match[str]) -> str:
        if m.group(1):
            return f"the {_ordinal(_shift(int(m.group(1))))}"
        return f"{m.group(2)} {_ordinal(_shift(int(m.group(3))))}"

    yield from text_sites("en_ordinal", case, a, _en(a), _EN_DATE, repl)


def en_text_date(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A date inside title_en or a quote's or commitment's text_en changed."""
    fields = [(p, t) for p, t in _en(a) if p == "title_en" or p.endswith("text_en")]

    def repl(m: re.Match[str]) -> str:
        if m.group(1):
            return f"the {_ordinal(_shift(int(m.group(1))))}"
        return f"{m.group(2)} {_shift(int(m.group(3)))}"

    yield from text_sites("en_text_date", case, a, fields, _EN_DATE, repl)


_SURNAMES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"]
_EN_TITLES = r"Minister|Chairman|Chairwoman|Chairperson|President|Administrator|Commissioner|Mayor|Governor|Chancellor|Director"


def en_person(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A person's English name or title changed: Minister Han Seo-jin -> Minister Kang Seo-jin / Vice Minister."""
    names = re.compile(r"\b([A-Z][a-zA-Z]{1,5}) (?=[A-Z][a-z]+-[a-z]+\b)")

    def surname(m: re.Match[str]) -> str:
        own = m.group(0).strip().rstrip(",")
        pick = next(s for s in _SURNAMES if s.casefold() != own.casefold())
        return (pick.upper() if own.isupper() else pick) + m.group(0)[len(own) :]

    yield from text_sites("en_person", case, a, _en(a), names, surname)
    titles = re.compile(rf"(?<!Vice )(?<!Deputy )\b(?:{_EN_TITLES})\b")
    yield from text_sites("en_person", case, a, _en(a), titles, lambda m: "Vice " + m.group(0))


def official_name(case: Case, a: Answer, rng: Random) -> Iterator[Mutant]:
    """A party's (or a quoted speaker's organisation's) official English name or abbreviation replaced by another body's."""
    entries = load_glossary().entries
    parties = a.get("parties") or []
    for i, p in enumerate(parties):
        own = p.get("name_en")
        if own:
            others = [
                x.get("name_en") for x in parties if x.get("name_en") and x.get("name_en") != own
            ]
            pool = [e.en for e in entries if e.en != own]
            value = others[0] if others else rng.choice(pool)
            yield make("official_name", case, a, f"parties[{i}].name_en", value)
        if p.get("abbreviation"):
            abbrs = [e.abbr for e in entries if e.abbr and e.abbr != p["abbreviation"]]
            yield make("official_name", case, a, f"parties[{i}].abbreviation", rng.choice(abbrs))
    for i, q in enumerate(a.get("quotes") or []):
        own = q.get("org_en")
        if own:  # the speaker's organisation in English: another party's, or another body's
            others = [x.get("name_en") for x in parties if x.get("name_en") not in (None, own)]
            pool = [e.en for e in entries if e.en != own]
            value = others[0] if others else rng.choice(pool)
            yield make("official_name", case, a, f"quotes[{i}].org_en", value)


MUTATORS = {
    "negation": negation, "number": number, "direction": direction, "under_review": under_review,
    "stitched_quote": stitched_quote, "speaker": speaker, "en_amount": en_amount,
    "en_count": en_count, "en_org": en_org, "en_polarity": en_polarity, "en_tense": en_tense,
    "en_ordinal": en_ordinal, "en_text_date": en_text_date, "en_person": en_person,
    "official_name": official_name,
}  # fmt: skip
