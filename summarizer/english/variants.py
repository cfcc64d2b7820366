"""Does an English name spell this Korean name? Romanisation variants, spacing and name order.

Each syllable may be written in the Revised Romanization, McCune-Reischauer (breves dropped)
or the customary spellings people choose (Young for 영, Chul for 철, Hee for 희, Joo for 주);
family names use the table in `surnames`. Hyphens, spaces and capitals are ignored, and the
family name may come first or last.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from summarizer.english.revised import syllable
from summarizer.english.romanise import split_name
from summarizer.english.surnames import SURNAMES
from summarizer.lazy import lazy_compile

_BASE, _INITIAL, _MEDIAL = 0xAC00, 588, 28

# Index order of the Unicode Hangul syllable block.
_INITIALS: tuple[tuple[str, ...], ...] = (
    ("g", "k"), ("kk", "gg", "k"), ("n",), ("d", "t"), ("tt", "dd", "t"), ("r", "l", "n"),
    ("m",), ("b", "p"), ("pp", "bb", "p"), ("s", "sh"), ("ss", "s"), ("",),
    ("j", "ch"), ("jj", "tch", "j"), ("ch", "c"), ("k",), ("t",), ("p", "ph"), ("h",),
)  # fmt: skip
_MEDIALS: tuple[tuple[str, ...], ...] = (
    ("a", "ah"), ("ae", "ai", "e"), ("ya",), ("yae", "ye"), ("eo", "u", "o", "ou"), ("e", "ae"),
    ("yeo", "you", "yo", "yu"), ("ye",), ("o", "oh"), ("wa",), ("wae", "we"), ("oe", "oi", "we"),
    ("yo",), ("u", "oo", "w"), ("wo", "weo", "uo"), ("we",), ("wi", "wee", "ui"),
    ("yu", "yoo", "you"), ("eu", "u"), ("ui", "ee", "i", "eui", "y"), ("i", "ee", "y"),
)  # fmt: skip
_FINALS: tuple[tuple[str, ...], ...] = (
    ("",), ("k", "g", "ck"), ("kk", "k"), ("k", "ks"), ("n",), ("n",), ("n",), ("t", "d"),
    ("l", "r"), ("k", "l"), ("m", "l"), ("l", "p"), ("l",), ("l",), ("p", "l"), ("l",),
    ("m",), ("p", "b"), ("p",), ("t", "s"), ("t", "ss"), ("ng",), ("t", "j"), ("t", "ch"),
    ("k",), ("t",), ("p",), ("t", "h"),
)  # fmt: skip


@cache
def syllable_pattern(ch: str) -> str:
    """A regex (no groups) for the ways one Hangul syllable is written in Latin letters."""
    code = ord(ch) - _BASE
    if not 0 <= code < 11172:
        return re.escape(ch.lower())
    initial, rest = divmod(code, _INITIAL)
    medial, final = divmod(rest, _MEDIAL)
    inits = _INITIALS[initial]
    if initial == 11 and medial in (13, 17, 8):
        inits = ("", "w")  # 우 Woo, 유 Yoo/You, 오 Oh: a written w is common
    if initial == 9 and medial in (20, 6, 2, 17, 12):
        inits = ("s", "sh")  # 신 Shin, 석 Suk
    alts = [
        i + m + f
        for i in inits
        for m in _MEDIALS[medial]
        for f in _FINALS[final]
        if not (m == "w" and i == "")
    ]
    if initial == 18 and medial == 9:
        alts += ["wha" + f for f in _FINALS[final]]  # 화 Wha (Kyung-wha), 환 Whan: h after w
    if final == 0:
        alts += [a + "h" for a in alts if a and a[-1] in "aeiou"]  # 오 Oh, 하 Hah
    alts.append(syllable(ch))  # the romaniser's own reading is always one of them
    return "(?:" + "|".join(sorted({re.escape(a) for a in alts}, key=lambda a: (-len(a), a))) + ")"


_FOLD_RE1 = lazy_compile(r"[^a-z]")


def fold(english: str) -> str:
    """Lower case ASCII letters only: breves, hyphens, spaces and apostrophes dropped."""
    decomposed = unicodedata.normalize("NFKD", english)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _FOLD_RE1.sub("", letters.casefold())


@cache
def _given_regex(given: str) -> re.Pattern[str]:
    return re.compile("".join(syllable_pattern(ch) for ch in given))


def _family_alts(family: str) -> set[str]:
    spellings = {fold(s) for s in SURNAMES.get(family, ())}
    return spellings


def family_matches(family: str, word: str) -> bool:
    """Whether `word` (Lee, Yi, Rhee) spells the Korean family name `family`."""
    if fold(word) in _family_alts(family):
        return True
    return bool(_family_regex(family).fullmatch(fold(word)))


@cache
def _family_regex(family: str) -> re.Pattern[str]:
    """A family name's spellings as one pattern, compiled once per family name (a few
    hundred exist), as _given_regex is per given name."""
    return re.compile("".join(syllable_pattern(c) for c in family))


_KOREAN_NAME_MATCHES_RE1 = lazy_compile(r"[\s,]+")


def korean_name_matches(korean: str, english: str) -> bool:
    """Whether `english` (OH Youngju, Youngju Oh, Oh Young-ju) is a spelling of `korean`."""
    parts = split_name(korean)
    if parts is None:
        return False
    family, given = parts
    words = [w for w in _KOREAN_NAME_MATCHES_RE1.split(english.strip()) if fold(w)]
    if len(words) < 2:
        return False
    orders = [(words[0], words[1:]), (words[-1], words[:-1])]
    for fam, rest in orders:
        if family_matches(family, fam) and _given_regex(given).fullmatch(fold("".join(rest))):
            return True
    return False


# How a foreign name written in Hangul may start in its own spelling, by the Hangul initial.
_FOREIGN_HEADS = (
    "gkcq", "gkc", "n", "dt", "dt", "rl", "m", "bvp", "bvp", "sczt", "sz", "aeiouwyhj",
    "jgzc", "jz", "ctj", "kcq", "t", "pf", "h",
)  # fmt: skip


_FOREIGN_NAME_MATCHES_RE1 = lazy_compile(r"[\s·・]+")


def foreign_name_matches(korean: str, english: str) -> bool:
    """Loose check of a Hangul-written foreign name: same number of words, same first sounds."""
    words_ko = _FOREIGN_NAME_MATCHES_RE1.split(korean.strip())
    words_en = [w for w in english.split() if fold(w)]
    if len(words_ko) != len(words_en):
        return False
    for ko, en in zip(words_ko, words_en, strict=True):
        code = ord(ko[0]) - _BASE
        if not 0 <= code < 11172:
            continue
        if fold(en)[:1] not in _FOREIGN_HEADS[code // _INITIAL]:
            return False
    return True


# A Mandarin syllable in pinyin (tone marks folded away): initial, then final.
_PINYIN = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
    r"|ua|uo|ue|ui|er|a|e|i|o|u|v)"
)
# Korean transcription writes pinyin q as ㅊ and x as ㅅ (칭 Qing, 시 Xi): heads the table lacks.
_PINYIN_EXTRA = {14: "q", 9: "x", 10: "x"}


def _pinyin_syllables(word: str) -> list[str] | None:
    """`yuhang` -> [yu, hang]: greedy, longest final first; None when a part is no syllable."""
    out: list[str] = []
    pos = 0
    while pos < len(word):
        m = _PINYIN.match(word, pos)
        if m is None:
            return None
        out.append(m.group())
        pos = m.end()
    return out


def chinese_name_matches(korean: str, english: str) -> bool:
    """A Chinese name written in Hangul unspaced (`천위항`) against its pinyin (`CHEN Yuhang`).

    Korean transcribes each pinyin syllable as one Hangul syllable, or two when it ends in a
    glide (`저우` Zhou, `차이` Cai): each pinyin syllable must start as its Hangul syllable's
    initial allows, a Hangul syllable with a silent initial (ㅇ) may be the glide's extra one.
    """
    words = [fold(w) for w in english.split() if fold(w)]
    if len(words) != 2 or len(korean) > 5 or not all(0 <= ord(c) - _BASE < 11172 for c in korean):
        return False
    sylls = [s for w in words for s in (_pinyin_syllables(w) or [""])]
    if "" in sylls:
        return False
    codes = [(ord(c) - _BASE) // _INITIAL for c in korean]
    i = 0
    for syl in sylls:
        while i < len(codes) and not _pinyin_head(codes[i], syl):
            if codes[i] != 11 or i == 0:
                return False
            i += 1  # the glide's own syllable (우 of 저우)
        if i == len(codes):
            return False
        i += 1
    return all(c == 11 for c in codes[i:])


def _pinyin_head(code: int, syl: str) -> bool:
    return syl[:1] in _FOREIGN_HEADS[code] + _PINYIN_EXTRA.get(code, "")


__all__ = [
    "chinese_name_matches",
    "family_matches",
    "fold",
    "foreign_name_matches",
    "korean_name_matches",
    "syllable_pattern",
]
