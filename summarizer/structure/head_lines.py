"""The lines of a document's head, read off the split of the whole document.

`iter_lines(text[:limit])` splits a fresh copy of the head for every finder that asks (the
title, the embargo line); the whole text is split once and kept, so its lines up to `limit`
are the same lines at no cost: only the line that `limit` cuts is cut here too.
"""

from __future__ import annotations

from collections.abc import Iterator

from summarizer.structure.lines import Line, iter_lines


def head_lines(text: str, limit: int) -> Iterator[Line]:
    """Exactly the lines of `iter_lines(text[:limit])`, offsets and all."""
    if limit >= len(text):
        yield from iter_lines(text)
        return
    for ln in iter_lines(text):
        if ln.start > limit:
            break
        if ln.end > limit:  # the line the cut falls in, cut as the slice cuts it
            piece = text[ln.start : limit]
            yield Line(piece, ln.start, limit, piece.strip())
            return
        yield ln
    if limit and text[limit - 1] == "\r" and text[limit] == "\n":
        yield Line("", limit, limit, "")  # a slice ending on the `\r` of `\r\n`: an empty line


__all__ = ["head_lines"]
