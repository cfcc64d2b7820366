"""Korean left where an English reader needs English: Hangul outside the places it belongs.

In an English briefing Korean may stand in brackets right after its English rendering
(`Minister OH Youngju (오영주 장관)`) or inside quotation marks as quoted source text
(`“수출이 곧 성장”`). Anywhere else it is a gap in the English.
"""

from __future__ import annotations

import re

_OPEN = {"(": ")", "[": "]", "“": "”", "‘": "’", "「": "」"}
_QUOTES = {"“", "‘", "「"}
_HANGUL = re.compile(r"[가-힣ᄀ-ᇿ㄰-㆏]")
# Marks that may sit between an English rendering and its bracket: emphasis, footnotes, the
# underline of a plain-text heading.
_SKIP = " \t\n*_~‡†\\=-"


def _english_before(text: str, pos: int) -> bool:
    """Whether the text before `pos` (past spaces and marks) ends in an English rendering."""
    i = pos - 1
    while i >= 0 and text[i] in _SKIP:
        i -= 1
    if i < 0:
        return False
    # An English word, number or closing bracket/quote of an English phrase.
    j = i
    while j >= 0 and text[j] not in "\n(" and not _HANGUL.match(text[j]):
        j -= 1
    run = text[j + 1 : i + 1]
    return bool(re.search(r"[A-Za-z0-9]", run))


def stray_hangul(text: str) -> list[str]:
    """The stretches of Hangul outside brackets after English and outside quotation marks."""
    text = text.replace("\\", "")
    allowed = [False] * len(text)
    stack: list[tuple[str, bool]] = []  # (closing char, whether its contents are allowed)
    for pos, ch in enumerate(text):
        if stack and ch == stack[-1][0]:
            allowed[pos] = stack[-1][1]
            stack.pop()
            continue
        inside = bool(stack) and stack[-1][1]
        if ch in _OPEN:
            ok = inside or ch in _QUOTES or _english_before(text, pos)
            stack.append((_OPEN[ch], ok))
            allowed[pos] = ok
            continue
        if ch == "\n" and stack and stack[-1][0] in ")]":
            stack.clear()  # an unclosed bracket does not run on past its line
        allowed[pos] = inside
    found: list[str] = []
    for m in re.finditer(r"\S*[가-힣ᄀ-ᇿ㄰-㆏]\S*", text):
        word = m.group(0).rstrip(".,;:")
        if len(word) > 2 and word[0] in "'\"" and word[-1] == word[0]:
            continue  # '10개': quoted source text in straight quotes
        if not all(allowed[i] for i in range(m.start(), m.end()) if _HANGUL.match(text[i])):
            found.append(m.group(0))
    return found


__all__ = ["stray_hangul"]
