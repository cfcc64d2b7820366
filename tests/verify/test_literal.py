"""The compile-free name searches give the match the regex they replace gives.

verify/literal.py finds a name with `str.find` and tries the look-behind and the marker around
it as patterns compiled once; the old form compiled `B + re.escape(name) + A` (words joined by
`\\s*` or `\\s+`) per name. Both are run here on many random strings made of the name's own
pieces, spacing of several kinds, brackets and particles, so that an edit that breaks an
assumption of the fast form (a greedy join with one reading, the look-behind seen at the found
position) fails.
"""

from __future__ import annotations

import random
import re

from summarizer.verify import literal
from summarizer.verify.literal import ANY_SPACE, NOT_AFTER_LETTER, SOME_SPACE, finditer, search

PIECES = [
    "가람", "가람시", "시", "누리", "대", " ", "  ", "\n", "\t", "\u3000", "\xa0", "은 ", "는 ",
    "이 ", "가 ", "와 ", "과 ", "함께 ", "(시장 김하늘)", "（", "）", "A", "a", "Nuri", "nuri",
    "NURI ", "-", ",", ".", "의", "측은 ", "한 ", "Kim", " Ha", "x",
]  # fmt: skip
NAMES = ["가람", "가람시", "누리 대", "Nuri", "a", "시", "Kim Ha", "가람 시 누리", "(", "."]
MARKERS = [
    r"\s*(?:[(（][^)）\n]{0,30}[)）])?\s*(?:은|는|이|가|측은|측이)\s",
    r"\s*(?:와|과)\s*함께\s",
    r"(?![A-Za-z])",
    r"",
    r"\s*(?:이|가)\s+[가-힣]*(?:한|된|할|될|하는|되는|하던)\s",
    r"\s+(\S+)",
]
BEFORES = [r"(?<![가-힣A-Za-z])", r"(?<![가-힣])", r"\b", r""]


def soup(rng: random.Random, most: int = 14, name: str = "") -> str:
    """Random pieces, the name and its words among them (a third of the picks)."""
    own = [name, *name.split()] if name else PIECES
    return "".join(
        rng.choice(own if rng.random() < 0.33 else PIECES) for _ in range(rng.randint(0, most))
    )


def test_search_and_finditer_are_the_regex() -> None:
    rng = random.Random(38)
    for _ in range(6000):
        name = rng.choice(NAMES)
        text = soup(rng, name=name)
        marker = rng.choice(MARKERS)
        before = rng.choice(BEFORES)
        spaced = rng.random() < 0.5
        words = name.split() if spaced else [name]
        joins = [(ANY_SPACE, r"\s*"), (SOME_SPACE, r"\s+")]
        sep, sep_src = rng.choice(joins)
        pattern = before + sep_src.join(map(re.escape, words)) + marker
        got = [
            (f.start, f.end, f.tail.groups() if f.tail else ())
            for f in finditer(
                text,
                words,
                before=re.compile(before) if before else None,
                after=re.compile(marker) if marker else None,
                sep=sep,
            )
        ]
        want = [(m.start(), m.end(), m.groups()) for m in re.finditer(pattern, text)]
        assert got == want, (text, pattern)
        first = search(
            text,
            words,
            before=re.compile(before) if before else None,
            after=re.compile(marker) if marker else None,
            sep=sep,
        )
        m = re.search(pattern, text)
        assert ((first.start, first.end) if first else None) == (
            (m.start(), m.end()) if m else None
        ), (text, pattern)


def test_name_search_with_an_empty_name_is_the_regex() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        text = soup(rng, 6)
        marker = rng.choice(MARKERS)
        got = literal.name_search(text, "", re.compile(marker))
        m = re.search(NOT_AFTER_LETTER.pattern + marker, text)
        assert ((got.start, got.end) if got else None) == ((m.start(), m.end()) if m else None)


def _old_speaker_patterns(speaker: str) -> list[str]:
    """speakers._patterns as it built regexes (main 8f973abc), for the comparison below."""
    from summarizer.english.surnames import DOUBLE
    from summarizer.verify.speakers import _BODY_END, _ORG_END, _TITLE_END, TITLES, _inner_runs

    def spaced(word: str) -> str:
        return r"\s*".join(re.escape(ch) for ch in re.sub(r"\s+", "", word))

    words = speaker.split()
    title = None
    if len(words) >= 2 and _TITLE_END.search(words[-1]):
        title = words[-1]
        words = words[:-1]
    if len(words) >= 2 and not speaker.isascii() and re.fullmatch(r"[가-힣]{2,4}", words[0]):
        words = [words[0], *[w for w in words[1:] if not _ORG_END.search(w)]]
    name = " ".join(words)
    if name.isascii():
        parts = [w for w in re.split(r"[\s,]+", name) if len(w) >= 2 and w[:1].isupper()]
        pats = [rf"(?<![A-Za-z]){re.escape(p)}(?![a-z])" for p in {name, *parts[:1], *parts[-1:]}]
        pats += [rf"(?<![A-Za-z]){re.escape(p)}(?![a-z])" for p in _inner_runs(name)]
        return pats if parts else []
    pats = [spaced(name)] if len(re.sub(r"\s+", "", name)) >= 2 else []
    head = words[0] if words else ""
    body = len(head) >= 3 and _BODY_END.search(head)
    if len(words) == 1 and re.fullmatch(r"[가-힣]{1,4}", head) and not body:
        one = len(head) == 1
        surname = head[:2] if head.startswith(DOUBLE) and len(head) >= 4 else head[:1]
        titles = re.escape(title) if one and title else TITLES
        pats.append(
            rf"(?<![가-힣]){re.escape(surname)}(?:\s*(?:{titles})|\s+[가-힣]+\s+(?:{titles}))"
        )
    elif len(words) > 1:
        pats += [spaced(w) for w in {words[0], words[-1]} if len(w) >= 2]
    return pats


def test_speaker_searches_are_the_old_regexes() -> None:
    from summarizer.verify.speakers import _find, _patterns

    speakers = [
        "김하늘", "김 장관", "김하늘 장관", "남궁하늘", "김", "조 외교부 장관", "Kim Ha-neul",
        "Ghaleb Ali Al Hadrami Al Breiki", "응우옌 반 투언", "가람시 관계자", "이 시장", "Nuri",
    ]  # fmt: skip
    pieces = [
        "김", "하늘", "김하늘", " ", "\n", "장관", "시장", "외교부", " 장관", "이", "조", "남궁",
        "Kim", " Ha-neul", "Ha", "Al ", "Hadrami", "Breiki", "Ali ", "응우옌", " 반 ", "투언",
        "가람시", "관계자", "는 ", "Nuri", "nuri", "s", "(", "\u3000",
    ]  # fmt: skip
    rng = random.Random(16)
    for _ in range(4000):
        speaker = rng.choice(speakers)
        phrase = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        got = _find(phrase, _patterns(speaker))
        hits = [m for p in _old_speaker_patterns(speaker) if (m := re.search(p, phrase))]
        want = max(hits, key=lambda m: m.start()) if hits else None
        assert ((got.start, got.end) if got else None) == (
            (want.start(), want.end()) if want else None
        ), (speaker, phrase)


def test_occurrences_are_the_literal_regex() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        word = rng.choice(["", "가", "가가", "a a", "가람시", "(", "aa", "\\"])
        text = "".join(rng.choice(["가", "a", " ", "가람", "시", "(", "\\"]) for _ in range(12))
        want = [m.start() for m in re.finditer(re.escape(word), text)]
        assert list(literal.occurrences(text, word)) == want, (word, text)


def test_party_mentions_are_the_spacing_free_regex() -> None:
    from summarizer.verify.roles import _spacing_free, _spacing_free_spans

    names = [
        "가람시청", "가람 시청", "누리재단", "가람", "가람대학교병원", "Nuri'an", "Nuri’an Corp",
        "Ministry of Science and ICT", "Nuri Garam", "Ministry of ICT", "가 람",
    ]  # fmt: skip
    rng = random.Random(9)
    for _ in range(3000):
        name = rng.choice(names)
        own = [name, *name.split(), *name.replace(" ", ""), " ", "'", "’", "‘"]
        text = "".join(
            rng.choice(own if rng.random() < 0.5 else PIECES) for _ in range(rng.randint(0, 14))
        )
        if rng.random() < 0.1:
            text += " Information and Communication Technologies"
        want = [(m.start(), m.end()) for m in re.finditer(_spacing_free(name), text)]
        assert list(_spacing_free_spans(name, text)) == want, (name, text)


def test_province_forms_are_the_word_regex() -> None:
    from summarizer.verify.provinces import _named

    forms_list = [("Busan", "Busan City", ""), ("Gyeonggi", "Gyeonggi-do", "Gyeonggi Province")]
    rng = random.Random(3)
    pieces = ["Busan", " City", "Gyeonggi", "-do", " Province", " ", "-", "a", "_", "x", "2"]
    for _ in range(3000):
        forms = rng.choice(forms_list)
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        want = None
        for form in sorted(set(forms), key=len, reverse=True):
            m = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)
            if m is not None:
                want = m.group(0)
                break
        assert _named(text, forms) == want, (forms, text)


def test_casefold_is_what_ignorecase_compares() -> None:
    """Every code point: characters with one representative match each other case-blind,
    and a character re reads as uncased has no other in its group."""
    import _sre
    import sys

    groups: dict[str, list[str]] = {}
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        groups.setdefault(literal.casefold(chr(code)), []).append(chr(code))
    for group in groups.values():
        if len(group) == 1:
            continue
        for p in group:
            assert _sre.unicode_iscased(ord(p)), hex(ord(p))
            pattern = re.compile(re.escape(p), re.I)
            assert all(pattern.fullmatch(t) for t in group), hex(ord(p))


def test_case_blind_search_is_the_ignorecase_regex() -> None:
    pieces = [
        "Kim", "KIM", "kim", "\u212aim", "Nuri", "NURI", "nuri", "ſ", "s", "S", "İ", "i", "ı",
        "I", "Σ", "σ", "ς", "µ", "μ", " ", "\n", "  ", "Ha-neul", "HA-NEUL", "가", "a", "A",
    ]  # fmt: skip
    names = ["Kim Ha-neul", "nuri", "S", "σ", "İ", "i", "µ", "kim", "KIM nuri"]
    befores = [r"(?<![A-Za-z])", r"\b", ""]
    afters = [r"(?![a-z])", r"\b", ""]
    rng = random.Random(11)
    for _ in range(5000):
        name = rng.choice(names)
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        before, after = rng.choice(befores), rng.choice(afters)
        sep, sep_src = rng.choice([(ANY_SPACE, r"\s*"), (SOME_SPACE, r"\s+")])
        words = name.split()
        pattern = before + sep_src.join(map(re.escape, words)) + after
        want = [(m.start(), m.end()) for m in re.finditer(pattern, text, re.I)]
        got = [
            (f.start, f.end)
            for f in finditer(
                text, words, sep=sep, folded=literal.casefold(text),
                before=re.compile(before, re.I) if before else None,
                after=re.compile(after, re.I) if after else None,
            )
        ]  # fmt: skip
        assert got == want, (name, text, pattern)


def _random_texts(rng: random.Random, own: list[str], n: int = 2500) -> list[str]:
    pool = (
        own
        + PIECES
        + ["을 ", "를 ", "에게 ", "에 ", "'s ", "’ ", "·", "ㆍ", "(이하 가)", "（누리）"]
    )
    return ["".join(rng.choice(pool) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_directions_word_searches_are_the_old_regexes() -> None:
    from summarizer.verify.directions import (
        _NEXT_WORD,
        _NOT_AFTER_HANGUL,
        _RECEIVER,
        _after_word,
        _owner_en,
    )

    rng = random.Random(21)
    for word in ["가람", "누리 대", "Nuri", "", "시"]:
        for text in _random_texts(rng, [word, *word.split()], 800):
            old = re.finditer(re.escape(word) + _RECEIVER.pattern, text)
            assert [m.groups() for m in _after_word(text, word, None, _RECEIVER)] == [
                m.groups() for m in old
            ], (word, text)
            old = re.finditer(rf"(?<![가-힣]){re.escape(word)}\s+(\S+)", text)
            new = _after_word(text, word, _NOT_AFTER_HANGUL, _NEXT_WORD)
            assert [m.group(1) for m in new] == [m.group(1) for m in old], (word, text)
            if word:
                want = re.search(rf"\b{re.escape(word)}['’]s?\s", text) is not None
                assert _owner_en(text, word) == want, (word, text)


def test_branch_names_across_a_bracket_are_the_gap_regex() -> None:
    from summarizer.verify.names import _GAP

    rng = random.Random(4)
    for words in (
        ["가람", "누리"],
        ["가람", "(누리)"],
        ["Nuri", "Garam", "시"],
        ["가람", "（가）"],
    ):
        for text in _random_texts(rng, [*words, "(가람)", " (가) "], 800):
            m = re.search(_GAP.pattern.join(re.escape(w) for w in words), text)
            if not any(w.startswith(("(", "（")) for w in words[1:]):
                got = literal.search(text, words, sep=_GAP)
                assert ((got.start, got.end) if got else None) == (
                    (m.start(), m.end()) if m else None
                ), (words, text)


def test_declared_abbreviation_before_a_dot_is_the_old_regex() -> None:
    from summarizer.verify.declared import _DOT, _NOT_AFTER_ALNUM

    rng = random.Random(8)
    for abbr, name in (("GU", "가람 대학"), ("NU", "누리"), ("A", "가람")):
        for text in _random_texts(rng, [abbr, name, *name.split(), " ·", "· ", "x"], 800):
            joined = r"\s*".join(re.escape(p) for p in name.split())
            m = re.search(rf"(?<![A-Za-z0-9])({re.escape(abbr)})\s?[·ㆍ]\s?{joined}", text)
            got = next(
                (
                    at
                    for at in literal.finditer_all(text, abbr, _NOT_AFTER_ALNUM)
                    if (dot := _DOT.match(text, at + len(abbr))) is not None
                    and literal.words_at(text, dot.end(), name.split(), ANY_SPACE) >= 0
                ),
                None,
            )
            assert got == (m.start(1) if m else None), (abbr, text)


def test_alias_declarations_are_the_old_regexes() -> None:
    from summarizer.verify.ownership import _alias_brackets, _declarations

    rng = random.Random(12)
    own = ["(", "（", ")", "）", "이하 ", "이하", '"', "'", "‘", "“", "”", "’", ",", "\n", "가"]
    for alias in ["가람", "이하", '"가"', "GU", "가 람"]:
        texts = _random_texts(rng, [alias, *own], 1000)
        texts += [  # a declaration of the alias (or nearly one) among random pieces
            "".join(rng.choice([*own, "가", "a", " "]) for _ in range(rng.randint(0, 4)))
            + rng.choice(["(", "（", "가("])
            + "".join(rng.choice([*own, "가", " ", "이하"]) for _ in range(rng.randint(0, 5)))
            + alias
            + rng.choice(["", '"', "”", "’"])
            + rng.choice(["", " ", "  "])
            + rng.choice([")", "）", ",", "", "가"])
            + "".join(rng.choice([*own, alias]) for _ in range(rng.randint(0, 4)))
            for _ in range(1000)
        ]
        for text in texts:
            pattern = (
                rf"[(（][^)）\n]{{0,30}}?(?:이하\s*)?[\"'‘“]?{re.escape(alias)}[\"'’”]?\s*[)）,]"
            )
            want = [m.start() for m in re.finditer(pattern, text)]
            assert _declarations(text, alias) == want, (alias, text)
            pattern = rf"(?<![가-힣A-Za-z]){re.escape(alias)}\s*[(（]\s*"
            want_spans = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
            assert [(f.start, f.end) for f in _alias_brackets(text, alias)] == want_spans


def test_a_standalone_short_name_is_the_old_regex() -> None:
    from summarizer.verify.ownership import _WORD_ENDS, _WORD_OPENS

    rng = random.Random(13)
    for word in ["도", "시", "가람"]:
        for text in _random_texts(rng, [word, "는 ", "\n", "(", "“", ".", ","], 1500):
            pattern = (
                rf"(?:^|(?<=[\s\"“‘(]))({re.escape(word)})"
                rf"(?:(?:는|은|가|이|와|과|의|에|를|을|도)?[\s,.])"
            )
            want = re.search(pattern, text, re.M) is not None
            got = literal.search(text, (word,), before=_WORD_OPENS, after=_WORD_ENDS)
            assert (got is not None) == want, (word, text)


def test_long_glossary_names_through_their_openings_are_the_full_scan() -> None:
    from summarizer.glossary.load import load_glossary
    from summarizer.verify.english import _glossary_names, _written

    _, long_names = _glossary_names(load_glossary())
    names = long_names[0]
    rng = random.Random(2)
    pieces = [f for f, _ in names[::5]] + [" and ", "the ", "Korea ", "ß", "İ", " of "]
    for _ in range(400):
        low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))).casefold()
        want = [(f, e) for f, e in names if f in low]
        assert [(f, e) for f, e in _written(long_names, low) if f in low] == want, low
