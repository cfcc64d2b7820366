"""Bulleted lines: which lines open with a bullet, of which kind, and the runs they form."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from summarizer.lexicon import marks
from summarizer.structure.lines import Line

# (the marks: summarizer.lexicon.marks; a keycap number `1️⃣` before `1.`, which it opens with)
_LINE_BULLET = re.compile(
    rf"^\s*(?:[-–]\s*)?(?P<mark>[{marks.LINE}]|[·ㆍ](?=\s)|ㅇ(?=\s)|[-–](?=\s)|[{marks.NUMBERED}]"
    rf"|{marks.KEYCAP}|\(?\d{{1,2}}[.)](?=\s)|\d{{1,2}}(?=\t)|[가-하][.)](?=\s))\s*"
)


# What a line may open with (spaces aside) where _LINE_BULLET matches: other lines are not tried
# (a digit, which opens `1.` and a keycap number, is asked with `isdecimal()` besides)
_BULLET_FIRST = frozenset(
    "-–·ㆍㅇ(" + marks.spelt(marks.LINE + marks.NUMBERED) + marks.KEYCAP_CHARS
)


def bullet(ln: Line) -> re.Match[str] | None:
    """`_LINE_BULLET.match(ln.text)`, asked only of a line opening with a bullet's character."""
    first = ln.stripped[:1]
    if first in _BULLET_FIRST or first.isdecimal():
        return _LINE_BULLET.match(ln.text)
    # `가. …`, `나) …`: a syllable is a mark only before `.` or `)` (most lines open with one)
    if "가" <= first <= "하" and ln.stripped[1:2] in (".", ")"):
        return _LINE_BULLET.match(ln.text)
    return None


def blocks(lines: list[Line]) -> list[list[int]]:
    """Runs of bulleted lines sharing one kind of bullet; blank lines and deeper sub-items
    (`   - 세부 내용` under `ㅇ 항목`) may come between two of them, and form runs of their own."""
    runs: list[list[int]] = []
    taken: set[int] = set()
    # each line's bullet kind, read once (the walks below ask again for the lines they pass);
    # `bullet`'s look at the first characters made here, in the comprehension, for every line
    # (a call a line cost more than the look)
    kinds = [
        (m := _LINE_BULLET.match(ln.text)) and _kind(m.group("mark"))
        if (first := ln.stripped[:1]) in _BULLET_FIRST
        or first.isdecimal()
        or ("가" <= first <= "하" and ln.stripped[1:2] in (".", ")"))
        else None
        for ln in lines
    ]
    for i in compress(range(len(lines)), kinds):  # (the bulleted lines alone, passed in C)
        if i in taken:
            continue
        kind, indent = kinds[i], _indent(lines[i].text)
        run, j = [i], i + 1
        while j < len(lines):
            k, blanks = j, 0
            while k < len(lines) and (
                (not lines[k].stripped and blanks < 1)
                or (kinds[k] and kinds[k] != kind and _indent(lines[k].text) > indent)
            ):
                blanks += not lines[k].stripped
                k += 1
            if not (k < len(lines) and kinds[k] == kind):
                break
            run.append(k)
            j = k + 1
        taken.update(run)
        runs.append(run)
    return runs


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


_NUMBER_MARK = re.compile(r"\(?\d")
_HANGUL_MARK = re.compile(r"[가-하]")


# (a page's bullets are a few marks, each asked for every line it opens: the kind of a mark is
# read once, the next asking is a look-up in C)
@lru_cache(maxsize=64)
def _kind(mark: str) -> str:
    if "①" <= mark <= "⑩":
        return "circled"
    if "❶" <= mark <= "❿" or "➊" <= mark <= "➓":
        return "negative"
    if mark[-1] in marks.KEYCAP_CHARS:
        return "keycap"
    if _NUMBER_MARK.match(mark):
        return "number"
    if _HANGUL_MARK.match(mark):
        return "hangul"
    return mark
