"""The one range mechanism: two date or time tokens joined by `~`, `-`, `to`, or `부터…까지`.

Like Duckling's generic interval rule, it knows nothing of what it joins: the caller gives
the token ending at `end` and a reader for the token that may start after the separator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from summarizer.lazy import lazy_compile

T = TypeVar("T")

SEP = re.compile(
    r"[ \t]*(?:~|-|–)[ \t]*|,?[ \t]+(?:to|through|till|until)[ \t]+|[ \t]*부터[ \t]*(?:~[ \t]*)?"
)
_UNTIL = lazy_compile(r"[ \t]*까지")
# what `SEP` may open with: most tokens are followed by none of these, and are not asked
_SEP_FIRST = frozenset(" \t~-–부,")


def join(
    s: str, end: int, right_at: Callable[[str, int], T | None], right_end: Callable[[T], int]
) -> tuple[T, int] | None:
    """The right token of a range whose left token ends at `end`, and the range's end.

    `A부터 B까지` ends after 까지; `A부터 B` (no 까지) is a range too, as `A~B` is.
    """
    if end >= len(s) or s[end] not in _SEP_FIRST:
        return None
    sep = SEP.match(s, end)
    if sep is None:
        return None
    right = right_at(s, sep.end())
    if right is None:
        return None
    stop = right_end(right)
    if "부터" in sep.group():
        until = _UNTIL.match(s, stop)
        stop = until.end() if until else stop
    return right, stop


__all__ = ["SEP", "join"]
