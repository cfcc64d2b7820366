"""Lines a PDF broke only to fit the page, joined again before structure and facts see them.

A PDF keeps no paragraphs: every visual line ends in a line break, and Korean word processors
wrap anywhere, inside a word too (`업무협\\n약을`). Broken lines split quotes from their speaker
and dates from their day, so they are rejoined here, once, and every offset then indexes the
joined text (the text the output carries).

A line is a wrap when it runs to the right margin (within a few columns of the longest line
of its page), does not end a sentence, is not a table row, and the next line does not open a
list item. Whether the cut was between words is judged from the characters either side.
"""

from __future__ import annotations

import re
import unicodedata

from summarizer.lexicon import marks

_SENTENCE_END = tuple(".!?。:;")
_MARKER = re.compile(
    rf"^\s*(?:[{marks.LINE}{marks.MORE_SHAPES}{marks.NOTE}{marks.NUMBERED}{marks.CIRCLED_HIGH}]"
    r"|[-–—·]\s|\d{1,2}[.)]\s|\(\d{1,2}\)|"
    r"[가-하][.)]\s|<|\[|【|〈|《)"
)
# Syllables that end a word (particles and endings) and ones that never begin one.
_WORD_END_1 = set("을를은는의에와과며께")
_WORD_END_2 = ("에서", "으로", "하고", "하며", "에게", "부터", "까지", "하여", "했고", "이며", "및")
_NEVER_START = set("을를은는의에와과였됐했겠습됩께며")
_NO_SPACE_AFTER = set("-/(“‘[<〈《「『")
_NO_SPACE_BEFORE = set(")]”’,.:;!?%·~-/」』〉》")
_CLOSING_QUOTES = set("”’\"'")


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line)


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _glue(left: str, right: str) -> str:
    """ "" when the cut was inside a word, " " when it fell between words."""
    a, b = left[-1], right[0]
    if a.isspace() or b.isspace() or a in _NO_SPACE_AFTER or b in _NO_SPACE_BEFORE:
        return ""
    if a in _CLOSING_QUOTES:
        return "" if _hangul(b) else " "
    if a.isdigit():
        return ""  # 12|일, 044-204|7810
    if _hangul(a) and _hangul(b):
        if b in _NEVER_START:
            return ""
        return " " if a in _WORD_END_1 or left.endswith(_WORD_END_2) else ""
    return " "  # Hangul before a number or Latin, Latin words, mixed


def _is_wrap(line: str, following: str, margin: int) -> bool:
    body = line.rstrip()
    if not body or not following.strip() or "\t" in line or "\t" in following:
        return False
    if body.endswith(_SENTENCE_END) or _MARKER.match(following):
        return False
    return _columns(body) >= margin


def rejoin_page(page: str) -> str:
    """One page's extracted text with wrapped lines joined; short pages are left alone."""
    lines = page.split("\n")
    widths = [_columns(line.rstrip()) for line in lines if "\t" not in line]
    longest = max(widths, default=0)
    if longest < 30 or len(lines) < 2:
        return page
    margin = longest - max(4, longest // 8)
    out = [lines[0]]
    visual = lines[0]  # the last line as the page showed it (the margin test looks at it alone)
    for line in lines[1:]:
        if _is_wrap(visual, line, margin):
            left, right = out[-1].rstrip(), line.lstrip()
            out[-1] = left + _glue(left, right) + right
        else:
            out.append(line)
        visual = line
    return "\n".join(out)


__all__ = ["rejoin_page"]
