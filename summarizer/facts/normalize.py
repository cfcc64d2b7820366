"""Offset-preserving folding: every character maps to exactly one character.

Matching runs on the folded text; because `len(fold(t)) == len(t)` and the i-th
character of one corresponds to the i-th of the other, a match's start/end index
the text the user gave.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.lazy import lazy_compile

_TABLE: dict[int, str] = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}  # full-width ASCII
_TABLE.update(
    {
        0x3000: " ",  # ideographic space
        0x00A0: " ",  # no-break space
        0x2002: " ",
        0x2003: " ",
        0x2009: " ",
        0x202F: " ",
        0x2010: "-",
        0x2011: "-",
        0x2012: "-",
        0x2013: "-",
        0x2014: "-",
        0x2015: "-",
        0x2212: "-",
        0xFE63: "-",
        0x301C: "~",
        0x223C: "~",
        0x02DC: "~",  # wave dash, tilde operator, small tilde
        0x2018: "'",
        0x2019: "'",
        0x00B4: "'",
        0x2032: "'",
        0x0060: "'",
        0x201C: '"',
        0x201D: '"',
        0x3014: "(",
        0x3015: ")",
        0x3010: "[",
        0x3011: "]",
        0x2024: ".",
        0x3002: ".",
        0x2236: ":",
        0xFE55: ":",
        0x260F: "☎",  # ☏ → ☎, one phone cue
    }
)


# `[…]+` written `[…][…]*`: a pattern opening with a repeat gives the engine no first
# character to skip ahead by, so it was tried at every character of the page
_FOLDABLE_CHAR = "[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]"
_FOLDABLE = re.compile(_FOLDABLE_CHAR + _FOLDABLE_CHAR + "*")


def fold(text: str) -> str:
    """Full-width digits/letters/punctuation, odd dashes, tildes and quotes to ASCII, 1:1."""
    # Each foldable character the page holds replaced everywhere at once (`str.replace`, in C):
    # a page holds a few kinds (curly quotes, a dash) in many places, and a call a run (its
    # match, group and translation) cost more than the page's scan. Translating the whole text
    # is several times slower than either (a dict look-up a character).
    found = _FOLDABLE.findall(text)
    if not found:
        return text
    chars = set("".join(found))
    if any(_TABLE[ord(c)] in chars for c in chars):  # (`｀` folds to "`", which folds on)
        return _FOLDABLE.sub(lambda m: m.group().translate(_TABLE), text)
    for c in chars:
        text = text.replace(c, _TABLE[ord(c)])
    return text


_HTML_HINT = lazy_compile(r"<(?:html|body|div|p|span|meta|script|head|br|li|a)\b", re.I)
_TAG = lazy_compile(
    r"<(?P<raw>script|style|noscript|template)\b[^<>]*>|<!--|<[A-Za-z/!?][^<>]*>|&#?\w{1,10};", re.I
)
_CLOSE = {
    n: re.compile(r"</" + n + r"\s*>", re.I) for n in ("script", "style", "noscript", "template")
}


def looks_like_html(text: str) -> bool:
    """True when the text is raw markup rather than extracted text."""
    return "</" in text and _HTML_HINT.search(text) is not None


def mask_markup(text: str) -> str:
    """Blank out tags, comments, scripts, styles and entities, keeping every offset."""
    out: list[str] = []
    pos = 0
    while (m := _TAG.search(text, pos)) is not None:
        end = m.end()
        if m.group("raw"):  # a script or style: hidden up to its closing tag
            closing = _CLOSE[m.group("raw").lower()].search(text, end)
            end = len(text) if closing is None else closing.end()
        elif m.group() == "<!--":
            close = text.find("-->", end)
            end = len(text) if close == -1 else close + 3
        out.append(text[pos : m.start()])
        out.append(" " * (end - m.start()))
        pos = end
    out.append(text[pos:])
    return "".join(out)


@lru_cache(maxsize=4)  # the reference date and the facts both scan the same document
def prepare(text: str) -> str:
    """The text every extractor scans: folded, and with markup blanked when it is raw HTML."""
    folded = fold(text)
    if "<" in folded and looks_like_html(folded):
        folded = mask_markup(folded)
    return folded


# The characters outside ASCII whose lower case holds an ASCII letter: `İ` (`i̇`) and the
# Kelvin sign (`k`) (a test asks every code point)
_LOWER_TO_ASCII = ("\u0130", "\u212a")


def lowered_holds(s: str, words: tuple[str, ...]) -> bool:
    """Whether one of `words` (lower-case ASCII letters) stands in `s.lower()`.

    Asked first of the ASCII characters of `s` alone, lowered as bytes (a few instructions a
    character; `str.lower` looks each character's case up, ~50 on a Korean page): a word in
    `s.lower()` stands in them too, as its letters came from ASCII letters side by side in
    `s` when neither character above is there. Where one is found there, `s.lower()` is asked
    (dropping the rest may bring letters together that were apart)."""
    if not any(c in s for c in _LOWER_TO_ASCII):
        ascii_low = s.encode("ascii", "ignore").lower()
        if not any(w.encode() in ascii_low for w in words):
            return False
    low = s.lower()
    return any(w in low for w in words)


__all__ = ["fold", "looks_like_html", "lowered_holds", "mask_markup", "prepare"]
