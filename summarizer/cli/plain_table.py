"""Tables on a terminal without rich: the layout rich's `Table` gives the facts view.

`summarizer facts` printed its tables with rich, whose import alone cost more than the rest of
the command (~110 M instructions). This module lays a table out as rich 13-14 does for the
tables the facts view builds (padding one cell left and right, every column folding, no edge,
left-justified, top-aligned), so the output stays what users and tests had:

- column widths: each column's widest line and longest word (in terminal cells) plus padding;
  when the row is wider than the console, the widest wrapable columns shrink first
  (`_collapse`), then every column evenly (`_reduce`);
- a cell wraps at spaces, a word longer than its column folds by cells; lines are padded to
  the column's width;
- the console width is rich's: COLUMNS when it is a number, else the terminal's size on
  stdin, stdout or stderr, else 80; on a dumb terminal 80.

Cells are plain text: rich read `[…]` as markup and `:name:` as emoji, which could drop text
from a fact; here the text is printed as it is.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import TextIO

from summarizer.lazy import lazy_compile

PAD = 1  # cells of padding left and right of every cell
_WORD = re.compile(r"\s*\S+\s*")
_TRAILING_SPACE = lazy_compile(r"\s+$")
_CONTROL = dict.fromkeys((7, 8, 11, 12, 13))  # the control codes rich drops from text

BOLD, DIM, RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


@lru_cache(maxsize=4096)
def _char_cells(char: str) -> int:
    """Terminal cells of one character: 2 for wide (Hangul, CJK), 0 for combining, else 1."""
    point = ord(char)
    if point < 0x300:
        return 0 if point < 32 or 0x7F <= point < 0xA0 else 1
    if 0x1160 <= point <= 0x11FF or point in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF):
        return 0  # Hangul medial vowels and final consonants; zero-width marks
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cc"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def cells(text: str) -> int:
    """How many terminal cells `text` takes."""
    if text.isascii():
        return sum(1 for c in text if " " <= c < "\x7f")
    return sum(_char_cells(c) for c in text)


def _crop(text: str, width: int) -> str:
    """`text` cut to `width` cells; a wide character split in half becomes a space."""
    out: list[str] = []
    used = 0
    for char in text:
        size = _char_cells(char)
        if used + size > width:
            return "".join(out) + " " * (width - used)
        out.append(char)
        used += size
    return "".join(out)


def _chop(word: str, width: int) -> list[str]:
    """`word` in pieces of at most `width` cells (a character wider than `width` alone after
    an empty piece, as rich folds it)."""
    pieces: list[str] = []
    start = used = 0
    for i, char in enumerate(word):
        size = _char_cells(char)
        if used + size > width:
            pieces.append(word[start:i])
            start, used = i, 0
        used += size
    if used:
        pieces.append(word[start:])
    return pieces


def _breaks(text: str, width: int, fold: bool) -> list[int]:
    """Where one line of text is broken to fit `width` cells: at spaces; a longer word folded,
    or (not `fold`) left whole on a line of its own."""
    breaks: list[int] = []
    offset = 0
    for found in _WORD.finditer(text):
        start, word = found.start(), found.group(0)
        length = cells(word.rstrip())
        if width - offset >= length:
            offset += cells(word)
        elif length > width and fold:
            pieces = _chop(word, width)
            for i, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if i == len(pieces) - 1:
                    offset = cells(piece)
                else:
                    start += len(piece)
        elif length > width:
            if start:
                breaks.append(start)
            offset = cells(word)
        elif offset and start:
            breaks.append(start)
            offset = cells(word)
    return breaks


def _expand_tabs(line: str, size: int = 8) -> str:
    """Each tab as a space and then spaces to the next multiple of `size` cells."""
    if "\t" not in line:
        return line
    out, position = [], 0
    parts = line.split("\t")
    for i, part in enumerate(parts):
        position += cells(part)
        if i == len(parts) - 1:
            out.append(part)
            break
        position += 1
        spaces = 1 + ((size - position % size) if position % size else 0)
        position += spaces - 1
        out.append(part + " " * spaces)
    return "".join(out)


def wrap(text: str, width: int, *, fold: bool = True) -> list[str]:
    """`text` in lines of exactly `width` cells: wrapped at spaces, a longer word folded (or,
    not `fold`, cut with an ellipsis), padded with spaces."""
    lines: list[str] = []
    for line in text.translate(_CONTROL).split("\n"):
        line = _expand_tabs(line)
        cuts = [0, *_breaks(line, width, fold), len(line)]
        for start, end in pairwise(cuts):
            piece = line[start:end]
            if len(piece) > width:  # spaces beyond the width go (counted in characters)
                space = _TRAILING_SPACE.search(piece)
                if space is not None:
                    piece = piece[: len(piece) - min(len(space.group(0)), len(piece) - width)]
            size = cells(piece)
            if size > width:  # a word longer than the line: folded above, or cut here
                piece = _crop(piece, width) if fold else _crop(piece, width - 1) + "…"
                size = width
            lines.append(piece + " " * (width - size))
    return lines


def _measure(text: str, limit: int) -> tuple[int, int]:
    """(longest word, widest line) of a cell in cells, at most `limit`, padding included."""
    if limit - 2 * PAD < 1:
        return limit, limit
    inner = limit - 2 * PAD
    plain = text.translate(_CONTROL)
    widest = max((cells(line) for line in plain.splitlines()), default=0)
    words = plain.split()
    longest = max((cells(w) for w in words), default=widest)
    widest = min(widest, inner)
    longest = min(max(0, longest), widest)
    if widest < 1:
        longest = widest = 0
    return min(longest + 2 * PAD, limit), min(widest + 2 * PAD, limit)


def _reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    """Take `total` cells from `values` in proportion to `ratios`, each at most its maximum."""
    ratios = [r if m else 0 for r, m in zip(ratios, maximums, strict=True)]
    left, remaining = sum(ratios), total
    if not left:
        return values[:]
    out: list[int] = []
    for ratio, maximum, value in zip(ratios, maximums, values, strict=True):
        if ratio and left > 0:
            taken = min(maximum, round(ratio * remaining / left))
            out.append(value - taken)
            remaining -= taken
            left -= ratio
        else:
            out.append(value)
    return out


def _collapse(widths: list[int], limit: int) -> list[int]:
    """Shrink the widest columns in turn until the row fits `limit` cells (or none can)."""
    total = sum(widths)
    excess = total - limit
    while total and excess > 0:
        widest = max(widths)
        second = max((w if w != widest else 0) for w in widths)
        difference = widest - second
        ratios = [1 if w == widest else 0 for w in widths]
        if not any(ratios) or not difference:
            break
        widths = _reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
        total = sum(widths)
        excess = total - limit
    return widths


def column_widths(columns: Sequence[Sequence[str]], limit: int) -> list[int]:
    """Each column's width (padding included) for a table of at most `limit` cells of columns."""
    if limit < 1:
        return [0] * len(columns)
    measured = [[_measure(cell, limit) for cell in column] for column in columns]
    widths = [max((m[1] for m in cells_), default=limit) or 1 for cells_ in measured]
    if sum(widths) > limit:
        widths = _collapse(widths, limit)
        if sum(widths) > limit:
            widths = _reduce(sum(widths) - limit, [1] * len(widths), widths, widths)
        widths = [
            max((_measure(cell, width)[1] for cell in column), default=width) if width >= 1 else 0
            for width, column in zip(widths, columns, strict=True)
        ]
    return widths


@dataclass
class Table:
    """Columns of text; `header` names them (None: no header row). Rows are added in order."""

    header: list[str] | None
    columns: int
    first_bold: bool = False  # the first column in bold (on a terminal)
    cut_first: bool = False  # the first column's long words cut with an ellipsis, not folded
    rows: list[list[str]] = field(default_factory=list)

    def add_row(self, *cells_: str) -> None:
        self.rows.append(list(cells_))

    def lines(self, width: int, *, ascii_only: bool = False, styled: bool = False) -> list[str]:
        """The table as lines for a console `width` cells wide."""
        table = ([self.header] if self.header is not None else []) + self.rows
        columns = [[row[i] for row in table] for i in range(self.columns)]
        widths = column_widths(columns, width - (self.columns - 1))
        head_bar, body_bar, rule, cross = (
            ("|", "|", "-", "+") if ascii_only else ("┃", "│", "━", "╇")
        )
        out: list[str] = []
        for index, row in enumerate(table):
            is_header = self.header is not None and index == 0
            wrapped = [
                wrap(text, w - 2 * PAD, fold=not (col == 0 and self.cut_first))
                if w > 2 * PAD
                else [""]
                for col, (text, w) in enumerate(zip(row, widths, strict=True))
            ]
            height = max(len(w) for w in wrapped)
            for line_no in range(height):
                parts = []
                for col, (lines, w) in enumerate(zip(wrapped, widths, strict=True)):
                    # The header is aligned to the bottom of its row, other rows to the top.
                    shift = height - len(lines) if is_header else 0
                    text = lines[line_no - shift] if 0 <= line_no - shift < len(lines) else ""
                    cell = (" " * PAD + text + " " * PAD) if w > 2 * PAD else " " * w
                    cell = cell + " " * (w - cells(cell)) if cells(cell) < w else cell
                    if styled and (is_header or (col == 0 and self.first_bold)):
                        cell = f"{BOLD}{cell}{RESET}"
                    parts.append(cell)
                out.append((head_bar if is_header else body_bar).join(parts))
            if is_header:
                out.append(cross.join(rule * w for w in widths))
        return out


@dataclass(frozen=True)
class Terminal:
    """Where the facts view prints: its width, whether it takes styles and box characters."""

    width: int
    styled: bool
    ascii_only: bool

    @classmethod
    def of(cls, stream: TextIO | None = None) -> Terminal:
        """The terminal as rich's Console would see it for `stream` (default: stdout)."""
        stream = stream or sys.stdout
        is_tty = _isatty(stream)
        dumb = os.environ.get("TERM", "").lower() in ("dumb", "unknown")
        width = 80 if dumb and is_tty else _width()
        encoding = (getattr(stream, "encoding", None) or "utf-8").lower()
        force = os.environ.get("FORCE_COLOR", "") != ""
        styled = (is_tty and not dumb) or force
        return cls(width=width, styled=styled, ascii_only=not encoding.startswith("utf"))


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _width() -> int:
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns) or 80
    for fd in (0, 1, 2):
        try:
            size = os.get_terminal_size(fd).columns
        except (AttributeError, ValueError, OSError):
            continue
        return size or 80
    return 80


__all__ = ["BOLD", "DIM", "RESET", "Table", "Terminal", "cells", "column_widths", "wrap"]
