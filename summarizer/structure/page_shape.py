"""The shape of a page around its signing sentence: a lead taken for the title, lines cut at
a fixed width (an archive's hard wrap), a Korean page with an English rendering after it."""

from __future__ import annotations

import re
from operator import itemgetter

from summarizer.lazy import lazy_compile
from summarizer.structure.lines import iter_lines

# (a caption's closing bar may follow: `A와 B는 협력키로 했다. |`)
# (`…체결했다. <사진 왼쪽부터 …> |`: a photo's caption in angle brackets may close the line)
# (`…협약을 체결했다(사진).`: a note of the photo between the verb and its full stop)
LEAD_TITLE = re.compile(
    r"(?:했|였|한|된|됐)다(?:\s?\(사진[^()\n]{0,30}\))?\.\s*(?:<[^<>\n]{0,200}>\s*)?\|?\s*$"
)
# ` date 2025-12-24 경기도, …`: a page store's metadata stuck to the front of the first line
META_DATE = re.compile(r"\s*date\s+\d{4}-\d\d(?:-\d\d)?\s+(?=\S)")
_OPEN_LINE = lazy_compile(r"[^\n]{30,}$")  # a long line that stops without a sentence's end
# What a sentence's last character is (spaces after it aside): a mark or the verb's `다`
_SENTENCE_END = frozenset(".!?。”\"’'」』)]:다")


def _ends_sentence(text: str, s: int, e: int) -> bool:
    """Whether `text[s:e]` ends, spaces aside, with a `_SENTENCE_END` character: one look at
    its last character, not a search for `[…]\\s*$` tried at every position of the line."""
    while e > s and text[e - 1].isspace():  # (`isspace` is what `\s` matches)
        e -= 1
    return e > s and text[e - 1] in _SENTENCE_END


def hard_wrapped(body: str) -> bool:
    """A page whose lines were cut at a fixed width: most of its long lines stop mid-sentence."""
    lines = [ln.rstrip() for ln in body.splitlines() if len(ln.strip()) >= 30]
    open_ = [ln for ln in lines if ln[-1] not in _SENTENCE_END]  # (stripped, never empty)
    return len(open_) >= 4 and 2 * len(open_) >= len(lines)


# what `str.splitlines` breaks a line at besides CR and LF (`iter_lines` does not)
_OTHER_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def hard_wrapped_from(text: str, start: int) -> bool:
    """`hard_wrapped(text[start:])`, read off the document's own split into lines (each kept
    stripped), not a split and two strips of every line again."""
    # (each break looked for by `str.find`, a C scan for one character: a character class
    # searched over the page cost three times the eight scans)
    if any(text.find(ch, start) >= 0 for ch in _OTHER_BREAKS):
        return hard_wrapped(text[start:])
    long_ = open_ = 0
    lines = iter_lines(text)
    for ln in lines:  # up to the first line starting at or after `start`
        if ln.end < start:
            continue
        s = ln.stripped if ln.start >= start else text[start : ln.end].strip()
        if len(s) >= 30:
            long_ += 1
            open_ += s[-1] not in _SENTENCE_END
        if ln.start >= start:
            break
    # the rest, each line's stripped text, counted in C: those of 30 characters or more (a
    # 30th character), and of those the ones a sentence mark closes
    rest = list(filter(_THIRTIETH, map(_STRIPPED, lines)))
    closed = sum(map(_SENTENCE_END.__contains__, map(_LAST, rest)))
    long_ += len(rest)
    open_ += len(rest) - closed
    return open_ >= 4 and 2 * open_ >= long_


_STRIPPED = itemgetter(3)  # (`Line.stripped`)
_THIRTIETH = itemgetter(slice(29, 30))
_LAST = itemgetter(-1)


def wrapped_end(text: str, s: int, e: int) -> int:
    """A sentence hard-wrapped over lines (an archive's fixed width): where it really ends, up to
    three lines on, when its first line runs long and each stops mid-sentence."""
    for k in range(3):
        if text[e : e + 1] != "\n" or _ends_sentence(text, s, e):
            break
        if k == 0 and not _OPEN_LINE.search(text, max(s, e - 200), e):
            break
        nxt = text.find("\n", e + 1)
        nxt = len(text) if nxt < 0 else nxt
        if nxt - e < 3:
            break
        e = nxt
    return e


# `string.ascii_letters` written out: importing `string` costs a start ~0.8 M instructions
_LETTERS = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_NOT_HANGUL = lazy_compile(r"[^가-힣]+")
# UTF-8 lead bytes: U+B000-U+CFFF (Hangul syllables all) are led by 0xEB or 0xEC; the rest of
# the syllables by 0xEA or 0xED
_SURE_LEADS = b"\xeb\xec"
_MAY_LEADS = b"\xea\xeb\xec\xed"
# the UTF-16 high bytes of U+AC00-U+D7FF: the Hangul syllables (to U+D7A3) and, after them
# under 0xD7, a few jamo
_HANGUL_HIGH = bytes(range(0xAC, 0xD8))


def _count_in(utf8: bytes, chars: bytes) -> int:
    """How many of `utf8`'s bytes are among `chars` (one C pass, however many they are)."""
    return len(utf8) - len(utf8.translate(None, chars))


def _hangul_count(text: str) -> int:
    """How many Hangul syllables (`[가-힣]`) `text` holds: the characters whose UTF-16 high
    byte is 0xAC-0xD7, counted in C over the encoding's every other byte (a regex deleting
    every other character cost ten times more). A page holding a character of U+D700-U+D7FF
    (the last syllables, or the jamo after them) is counted by the regex."""
    high = text.encode("utf-16-be", "surrogatepass")[0::2]
    if 0xD7 in high:
        return len(_NOT_HANGUL.sub("", text))
    return _count_in(high, _HANGUL_HIGH)


def mostly_korean(body: str) -> bool:
    """A Korean page (an English rendering may follow): a Hangul syllable counts as three Latin
    letters, as a romanised syllable runs to two or three.

    Counted in C loops over the UTF-8 bytes where that decides it: a Latin letter is one byte
    there (no byte of a longer character is ASCII); U+B000-U+CFFF, Hangul syllables all, are
    the characters led by 0xEB or 0xEC (a floor), and the rest of the syllables are led by 0xEA
    or 0xED (a ceiling). Only between the two are the syllables counted one by one."""
    utf8 = body.encode("utf-8", "surrogatepass")
    floor = _count_in(utf8, _SURE_LEADS)
    # (the Latin letters are at most the ASCII characters, and a character of k > 1 bytes
    # adds at most 3 bytes: latin <= chars - (bytes - chars) / 3; above that bound the floor
    # decides without counting the letters)
    if 9 * floor > 4 * len(body) - len(utf8):
        return True
    latin = _count_in(utf8, _LETTERS)
    if 3 * floor > latin:
        return True
    if 3 * _count_in(utf8, _MAY_LEADS) <= latin:
        return False
    return 3 * _hangul_count(body) > latin


def is_english(text: str) -> bool:
    """Whether the story is written in English (more Latin letters than Hangul)."""
    # Latin letters counted on the UTF-8 bytes (a character beyond ASCII has no ASCII byte
    # there: C loops, no regex over every character)
    utf8 = text.encode("utf-8", "surrogatepass")
    latin = _count_in(utf8, _LETTERS)
    # More letters than twice the characters beyond ASCII: English even were every other
    # character Hangul. Each such character adds 1 to 3 bytes, so the bytes added bound their
    # number from above and, a third of them, from below: only between is it counted.
    added = len(utf8) - len(text)
    if latin > 2 * added:
        return True
    if latin > 2 * -(-added // 3) and latin > 2 * (len(text) - _count_in(utf8, _ASCII)):
        return True
    # U+B000-U+CFFF, Hangul syllables all, are the UTF-8 sequences led by 0xEB or 0xEC: a floor
    if 2 * _count_in(utf8, _SURE_LEADS) >= latin:
        return False
    return latin > 2 * _hangul_count(text)


_ASCII = bytes(range(0x80))
