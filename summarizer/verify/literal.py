"""Searches for a name the answer gives, without compiling a pattern for it.

A check that asks where the source writes a party, person or claim built its regex from the
name (`(?<![가-힣A-Za-z])` + re.escape(name) + marker): one compile per name per answer, and
a pattern with `[가-힣]` costs ~0.3-0.7 ms to compile, about half of verification's time. Here
the name is a literal found with `str.find`, its words joined by whitespace as the old
`\\s*`/`\\s+` joins read them, and the parts around it (the look-behind before it, the marker
after it) are patterns compiled once and tried at the found position. The result is the
match the old regex gave: tests/verify/test_literal.py compares them on random strings.
"""

from __future__ import annotations

import _sre
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from re._casefix import _EXTRA_CASES  # the equivalents re's compiler adds

# The joins between words: `\s*` (spacing aside) and `\s+` (some spacing).
ANY_SPACE = re.compile(r"\s*")
SOME_SPACE = re.compile(r"\s+")


def unspaced(text: str) -> str:
    """`text` without its whitespace (`re.sub(r"\\s+", "", text)`): names compared spacing aside."""
    return SOME_SPACE.sub("", text)


# The usual look-behind before a name: not inside a longer Korean or Latin word.
NOT_AFTER_LETTER = re.compile(r"(?<![가-힣A-Za-z])")


class _CaseFold(dict[int, int]):
    """Each character to one representative of the characters `re.IGNORECASE` takes for it:
    its simple lowercase, or the least of that lowercase's extra equivalents (`ſ` and `s`,
    `K` and the Kelvin sign), as re's compiler reads a literal. One character to one, so
    offsets hold; filled as characters are met."""

    def __missing__(self, code: int) -> int:
        lower = _sre.unicode_tolower(code)
        rep = min((lower, *_EXTRA_CASES.get(lower, ())))
        self[code] = rep
        return rep


_FOLD = _CaseFold()


def casefold(text: str) -> str:
    """`text` as `re.IGNORECASE` compares it, character by character (offsets kept): two
    strings are equal after it exactly when the one, escaped, matches the other case-blind
    (tests/verify/test_literal.py checks every code point)."""
    return text.translate(_FOLD)


@dataclass(frozen=True, slots=True)
class Found:
    """One match: its span, and the marker's own match after the name (for its groups)."""

    start: int
    end: int
    tail: re.Match[str] | None = None

    def group(self, text: str) -> str:
        return text[self.start : self.end]


def words_at(text: str, pos: int, words: Sequence[str], sep: re.Pattern[str]) -> int:
    """Where the words joined by `sep` end when they are written at `pos` (-1: they are not).
    Each word after the first opens with a non-space, so the greedy join has one reading."""
    for k, word in enumerate(words):
        if k:
            m = sep.match(text, pos)
            if m is None:
                return -1
            pos = m.end()
        if not text.startswith(word, pos):
            return -1
        pos += len(word)
    return pos


def finditer(
    text: str,
    words: Sequence[str],
    *,
    before: re.Pattern[str] | None = None,
    after: re.Pattern[str] | None = None,
    sep: re.Pattern[str] = ANY_SPACE,
    start: int = 0,
    folded: str | None = None,
) -> Iterator[Found]:
    """The matches `re.finditer(B + sep.join(map(re.escape, words)) + A, text)` gives, with B
    the look-behind `before` and A the marker `after`. `words` must be non-empty, and every
    word after the first must open with a non-space (as `str.split()` gives them). Given
    `folded` (`casefold(text)`), the matches of that pattern compiled with `re.I` (then
    `before` and `after` must be compiled with `re.I` too: they are tried on `text`)."""
    if not words[0]:
        raise ValueError("the first word is empty")
    yield from _matches(text, words, before, after, sep, start, folded)


def _matches(
    text: str,
    words: Sequence[str],
    before: re.Pattern[str] | None,
    after: re.Pattern[str] | None,
    sep: re.Pattern[str],
    start: int,
    folded: str | None,
) -> Iterator[Found]:
    """`finditer`'s matches; an empty first word is tried at every position from `start`
    (`str.find` of an empty string), which gives `re.search`'s first match."""
    plain = text
    if folded is not None:
        text, words = folded, [casefold(w) for w in words]
    first = words[0]
    pos = text.find(first, start)
    while pos >= 0:
        end = words_at(text, pos, words, sep)
        if end >= 0 and (before is None or before.match(plain, pos) is not None):
            tail = None
            if after is not None:
                tail = after.match(plain, end)
                end = tail.end() if tail is not None else -1
            if end >= 0:
                yield Found(pos, end, tail)
                pos = text.find(first, max(end, pos + 1))
                continue
        pos = text.find(first, pos + 1)


# A form as a word of its own: `(?<![\w-])FORM(?![\w-])`.
NOT_AFTER_WORD = re.compile(r"(?<![\w-])")
NOT_BEFORE_WORD = re.compile(r"(?![\w-])")


def word_search(text: str, form: str) -> Found | None:
    r"""`re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)`."""
    return search(text, (form,), before=NOT_AFTER_WORD, after=NOT_BEFORE_WORD)


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where `re.finditer(re.escape(word), text)` matches (non-overlapping; an empty word
    matches at every position)."""
    if not word:
        yield from range(len(text) + 1)
        return
    pos = text.find(word)
    while pos >= 0:
        yield pos
        pos = text.find(word, pos + len(word))


def finditer_all(text: str, word: str, before: re.Pattern[str] | None = None) -> Iterator[int]:
    """Every position (overlapping ones too) where `word` (non-empty) is written and `before`
    matches: the places a regex opening with `before` + re.escape(word) can start at."""
    pos = text.find(word)
    while pos >= 0:
        if before is None or before.match(text, pos) is not None:
            yield pos
        pos = text.find(word, pos + 1)


def search(
    text: str,
    words: Sequence[str],
    *,
    before: re.Pattern[str] | None = None,
    after: re.Pattern[str] | None = None,
    sep: re.Pattern[str] = ANY_SPACE,
    start: int = 0,
    folded: str | None = None,
) -> Found | None:
    """The first match of `finditer` (what `re.search` gives; here the first word may be
    empty, as an empty name is: then every position is tried)."""
    if not words[0] and folded is not None:
        raise ValueError("an empty first word is searched with case")
    return next(_matches(text, words, before, after, sep, start, folded), None)


def name_search(
    text: str, name: str, after: re.Pattern[str] | None = None, start: int = 0
) -> Found | None:
    """`re.search(r"(?<![가-힣A-Za-z])" + re.escape(name) + after, text)`."""
    return search(text, (name,), before=NOT_AFTER_LETTER, after=after, start=start)


__all__ = [
    "ANY_SPACE",
    "NOT_AFTER_LETTER",
    "SOME_SPACE",
    "Found",
    "casefold",
    "finditer",
    "name_search",
    "search",
    "unspaced",
    "word_search",
    "words_at",
]
