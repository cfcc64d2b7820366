"""Regexes built from the lexicon's word lists: one alternation, longest word first."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer import kept
from summarizer.lazy import lazy_compile

# The characters `re.escape` puts a backslash before (CPython 3.7+; a test compares). Korean
# text goes through `str.translate`'s slow path for non-ASCII strings, one call per word: at
# import the lexicon's alternations (~3,500 words) cost ~10 M instructions that way, and one
# `sub` over the joined words gives the same text for a tenth of that.
_SPECIAL = "\t\n\x0b\x0c\r #$&()*+-.?[\\]^{|}~"
_SPECIAL_CLASS = lazy_compile("[" + "".join("\\" + c for c in _SPECIAL) + "]")
_ESCAPED = {c: "\\" + c for c in _SPECIAL}


def escape(text: str) -> str:
    """`re.escape(text)`, cheaper on long non-ASCII text."""
    return _SPECIAL_CLASS.sub(_backslashed, text)


def _backslashed(match: re.Match[str]) -> str:
    return "\\" + match[0]


def _joined(ordered: list[str]) -> str:
    """`"|".join(map(re.escape, ordered))` in one `escape` (no word holds a NUL), the words
    opening with one syllable grouped under it (`by_first_syllable`)."""
    text = "\0".join(ordered)
    if text.count("\0") != len(ordered) - 1:  # a word holds one: escape each
        return by_first_syllable(list(map(re.escape, ordered)))
    return by_first_syllable(escape(text).split("\0"))


# (what makes the item before it optional or repeated; `b[1:2]` of a one-letter branch is "",
# which is none of them)
_QUANTIFIERS_ALL = ("?", "*", "{", "+")


def by_first_syllable(branches: list[str]) -> str:
    """`"|".join(branches)` with the branches opening with one Hangul syllable grouped under it,
    in their order (`협약식|체결|협약` -> `협(?:약식|약)|체결`): it matches alike, and where
    the engine tries the alternation it tests one branch per first syllable, not one per word
    (a failing branch costs a test of its first letter: the lexicon's lists run to hundreds).

    Alike because a branch can match only where its first syllable stands, and a syllable has
    no other case (no flag makes it match another character): at any place only one group's
    branches can match, tried in the order they had, and the rest fail at their first letter
    as before, backtracking included. Each group stands where its first branch stood."""
    out: list[str | list[str]] = []
    groups: dict[str, list[str]] = {}
    for b in branches:
        head = b[:1]
        if "가" <= head <= "힣" and b[1:2] not in _QUANTIFIERS_ALL:  # (`가?`: none opens it)
            rests = groups.get(head)
            if rests is None:
                rests = groups[head] = [head]
                out.append(rests)
            rests.append(b[1:])
        else:
            out.append(b)
    return "|".join(
        x if isinstance(x, str) else x[0] + x[1] if len(x) == 2 else f"{x[0]}(?:{'|'.join(x[1:])})"
        for x in out
    )


def _longest_first(words: tuple[str, ...] | list[str]) -> list[str]:
    """`sorted(set(words), key=lambda w: (-len(w), w))`, in two C-keyed sorts (a stable sort
    by falling length keeps each length's words in order)."""
    ordered = sorted(set(words))
    ordered.sort(key=len, reverse=True)
    return ordered


def _spaced(word: str, gap: str = r"\s*") -> str:
    """`보도자료` -> a pattern allowing spaces between syllables (`보 도 자 료`)."""
    if word.isalnum():  # no space and nothing to escape (most words): one join, in C
        return gap.join(word)
    return gap.join(_ESCAPED.get(ch, ch) for ch in word if not ch.isspace())


# Alternations made, by their words and form: the rule modules ask for the same lists again and
# again as they load (the titles eight times, the body suffixes thirteen: half the words a
# `summarizer facts` start sorted and escaped were sorted and escaped before).
# The key is the words joined by NUL (`_words_key`), not their tuple: reading the kept table
# back then makes one string per alternation instead of one per word (~2,700 Korean words a
# `summarizer facts` start decoded and hashed, ~2 M instructions), and looking a list up hashes
# one string.
_MADE: dict[tuple[str | tuple[str, ...], bool, str], str] = {}
# Between CLI runs the alternations are kept too (summarizer.kept): the ~100 a `summarizer
# facts` start makes cost ~5 M instructions to sort and escape, and reading them back a fraction
# of that. The key holds the words themselves, so a kept text serves only the same words in the
# same form: no stamp to check beyond the table's format.
KEPT_TABLE, KEPT_FORMAT = "alternations", 3
_kept_read = False  # whether the kept table was read (once kept tables are on)
_made_here = 0  # alternations this process made (not read back)


def alternation(
    words: tuple[str, ...] | list[str], *, spaced: bool = False, gap: str = r"\s*"
) -> str:
    """One regex alternation of `words`, longest first so `지역본부` wins over `본부`; with
    `spaced`, `gap` (any space by default) may stand between syllables.

    Words of one length keep a fixed order, so each run builds the same pattern text (and the
    CLI's kept patterns, summarizer.regexcache, are found again).
    """
    key = (_words_key(words), spaced, gap)
    made = _MADE.get(key)
    if made is None and not _kept_read and kept.on():
        _read_kept()
        made = _MADE.get(key)
    if made is None:
        global _made_here
        made = _MADE[key] = _alternation(words, spaced, gap)
        _made_here += 1
    return made


def _words_key(words: tuple[str, ...] | list[str]) -> str | tuple[str, ...]:
    """The words in one string, NUL between them; their tuple when a word holds a NUL (the
    joined text would then stand for other words too)."""
    text = "\0".join(words)
    if text.count("\0") != len(words) - 1:
        return tuple(words)
    return text


def _read_kept() -> None:
    global _kept_read
    _kept_read = True
    table = kept.load(KEPT_TABLE, KEPT_FORMAT)
    if isinstance(table, dict):
        for key, text in table.items():
            _MADE.setdefault(key, text)


def keep_alternations() -> bool:
    """Keep the alternations for the next CLI run when this one made new ones (the CLI calls
    this as it exits); whether they were written."""
    global _made_here
    if not _made_here or not kept.on():
        return False
    _made_here = 0
    return kept.store(KEPT_TABLE, KEPT_FORMAT, _MADE)


def _alternation(words: tuple[str, ...] | list[str], spaced: bool, gap: str) -> str:
    ordered = _longest_first(words)
    if spaced:
        return "(?:" + by_first_syllable([_spaced(w, gap) for w in ordered]) + ")"
    return "(?:" + _joined(ordered) + ")"


def phrases(words: tuple[str, ...] | list[str], *, gap: str = r"\s+") -> str:
    """An alternation of (English) phrases, longest first, `gap` between their words:
    `press release` matches `press  release`."""
    ordered = _longest_first(words)
    return "(?:" + "|".join(gap.join(map(re.escape, w.split())) for w in ordered) + ")"


def led(pattern: str, firsts: str | None = None) -> str:
    """`pattern` behind a look-ahead for `firsts`, the characters its matches open with.

    A pattern whose branches open with groups or classes gives the engine nothing to skip
    ahead by, so a search tries every branch at every character; behind the look-ahead a
    position is dismissed with one class test (three to six times faster on a page). Every
    match must open with one of `firsts` (read with the pattern's flags): tests compare each
    led pattern with its plain form. Without `firsts` they are read off the pattern
    (`first_letters`), so a new branch needs no second edit.
    """
    firsts = first_letters(pattern) if firsts is None else firsts
    return f"(?=[{_class_of(firsts)}])(?:{pattern})"


def _class_of(chars: str) -> str:
    """The distinct characters of `chars`, each `re.escape`d, in order: what a class of them
    holds. (Each character escaped once: callers give the lexicon's words joined, ~1,500
    characters for the titles, which escaping one by one cost ~0.7 M instructions a start.)"""
    distinct = set(chars)
    return "".join(sorted(map(_ESCAPED.get, distinct, distinct)))


# What `re.IGNORECASE` matches beyond a letter's two cases (a test reads them off every code
# point): `[i]` matches `İ` and `ı`, `[k]` the Kelvin sign, `[s]` the long s.
_MORE_CASES = {"i": "İı", "k": "\u212a", "s": "ſ"}


def cases(chars: str) -> str:
    """`chars` with every case of each that `re.IGNORECASE` matches (`ai` -> `aAiIİı`): a class
    of them, compiled without re.I, matches what the class of `chars` matches with it. For
    letters (and characters without case); a test compares every Latin letter."""
    out: dict[str, None] = {}
    for c in chars:
        for x in (c, c.lower(), c.upper(), *_MORE_CASES.get(c.lower(), "")):
            if len(x) == 1:
                out[x] = None
    return "".join(out)


def led_start(
    pattern: str,
    firsts: str | None = None,
    *,
    case_blind: bool = False,
    space: bool = False,
    behind: str = "",
) -> str:
    """Where `led(pattern, firsts)` finds a match, as a match of the match's first character
    alone: for callers that ask only whether there is one, or where it starts (then `match`
    there gives the whole). The class of `firsts` (with `space`, `\\s` too) takes that
    character, so the engine skips ahead by it, where behind `led`'s look-ahead it entered the
    pattern at every character (five to ten times slower on a page); the pattern is asked from
    that character behind it, over the text as the search sees it (its end included). With
    `case_blind` (a pattern compiled with re.I) the class lists every case of `firsts` and
    is read without re.I: a case-blind class gives the engine nothing to skip ahead by.
    `behind`, a pattern of fixed width, must stand before the match (asked before the pattern
    is: a look-behind opening `pattern` would be asked after the look-ahead that holds it).
    Without `firsts` they are read off the pattern (`first_letters`), as `led` reads them."""
    firsts = first_letters(pattern) if firsts is None else firsts
    firsts = cases(firsts) if case_blind else firsts
    chars = _class_of(firsts)
    if space:
        chars += "\\s"
    first = f"(?-i:[{chars}])" if case_blind else f"[{chars}]"
    if behind:
        first += f"(?<={behind}[\\s\\S])"
    return f"{first}(?<=(?=(?:{pattern}))[\\s\\S])"


_QUANTIFIERS = ("?", "*", "{")  # (after an opening item: the match may open with the next one)
_NOT_LITERAL = "[\\.^$|)(*+?{"


def first_letters(pattern: str) -> str:
    """The characters every match of `pattern` opens with, read off its text: each top-level
    branch's first character, or the branches of the `(…)`/`(?:…)` group it opens with.

    A branch opening with a class, an escape, a look-around or an optional item (`가?`,
    `(?:…)?`) may open with anything: ValueError, and the letters are given to `led` by hand.
    (A string scan, not `re`'s parser: ~20 µs for the signing cue at import, not ~250.)
    """
    return "".join(sorted(_openings(pattern)))


def _openings(pattern: str) -> set[str]:
    out: set[str] = set()
    for branch in branches(pattern):
        first = branch[:1]
        if first == "(":
            close = _closing(branch)
            inner = branch[1:close]
            if inner.startswith("?:"):
                inner = inner[2:]
            elif inner.startswith("?"):
                raise ValueError(f"a look-around or flag opens {branch!r}")
            rest = branch[close + 1 :]
            if rest.startswith(_QUANTIFIERS):
                raise ValueError(f"an optional group opens {branch!r}")
            out |= _openings(inner)
        elif not first or first in _NOT_LITERAL or branch[1:].startswith(_QUANTIFIERS):
            raise ValueError(f"no one letter opens {branch!r}")
        else:
            out.add(first)
    return out


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each `(`, `)` and `|` of `pattern` outside a class and not escaped, with its index and
    the group depth after it: the one scan `branches` and `_closing` read."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[ch]
            yield i, ch, depth
        i += 1


def branches(pattern: str) -> list[str]:
    """`pattern` split at its top-level `|` (not inside a group or class, not escaped)."""
    cuts = [i for i, ch, depth in _structure(pattern) if ch == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _closing(branch: str) -> int:
    """The index of the `)` closing the group `branch` opens with."""
    for i, ch, depth in _structure(branch):
        if ch == ")" and depth == 0:
            return i
    raise ValueError(f"an unclosed group opens {branch!r}")


def scripts(
    words: tuple[str, ...] | list[str],
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """`words` parted into Korean (`전화`), Latin (`Tel`) and signs (`☎`): rules write each its
    own way (syllables may be spaced, English is whole words)."""
    ko = tuple(w for w in words if re.search("[가-힣]", w))
    latin = tuple(w for w in words if w.isascii())
    return ko, latin, tuple(w for w in words if w not in ko and w not in latin)


def ending(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """A pattern matching text that ends with one of `words`, compiled at its first use (the
    rule modules make ~20 of them as they load; a page asks a few)."""
    return lazy_compile(alternation(words) + "$")


# Final consonants by their index in a Hangul syllable's code (`가` + 28·i + final).
FINAL_N, FINAL_M, FINAL_SS = 4, 16, 20


def final_of(ch: str) -> int | None:
    """The final-consonant index of a Hangul syllable (0 = none, `FINAL_N` …), None for any
    other character."""
    code = ord(ch) - 0xAC00
    return code % 28 if 0 <= code < 11172 else None


def closed_by(final: int) -> str:
    """Every Hangul syllable closed by the final consonant `final` (`FINAL_N`: `간`, `는`,
    `한` …), for a character class (the 399 syllables `가` + 28·i + final, made by `map` in
    C: a generator took ~1 M instructions)."""
    return "".join(map(chr, range(0xAC00 + final, 0xAC00 + 28 * 399, 28)))


def by_last_letter(words: tuple[str, ...] | list[str]) -> dict[str, tuple[str, ...]]:
    """The words by their last letter, longest first: a word is tried only against the endings
    it can have (`is_body`, `title_of` test thousands of words against a hundred endings)."""
    groups: dict[str, list[str]] = {}
    for word in _longest_first(words):  # one pass (per last letter, ~50 passes at import)
        groups.setdefault(word[-1], []).append(word)
    return {last: tuple(group) for last, group in groups.items()}


__all__ = [
    "FINAL_M",
    "FINAL_N",
    "FINAL_SS",
    "alternation",
    "branches",
    "by_first_syllable",
    "by_last_letter",
    "closed_by",
    "ending",
    "first_letters",
    "led",
    "phrases",
    "scripts",
]
