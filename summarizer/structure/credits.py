"""Photo credits (`음성군 제공`, `/순창군 제공`) and the captions just above them: page furniture
between two sentences of a story, which a run of pledges reads past."""

from __future__ import annotations

import re
from bisect import bisect_left


def _line_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0]
    return min(ends) if ends else len(text)


# a photo's credit (`음성군 제공`, `/순창군 제공`, `사진=세종시 제공`) closing its line: the credit
# and the caption just before it stand between two sentences of a story, they do not end its run
_CREDIT = re.compile(
    r"(?:^|(?<=[\s.]))/?\s*(?:사진\s*=\s*)?[^\s/.“\"]{1,20}(?:\s[^\s/.“\"]{1,12}){0,2}\s*$"
)


def credits_in(text: str) -> list[int]:
    """Where each photo credit closing a line starts (found from its `제공`, not by a scan)."""
    out: list[int] = []
    at = text.find("제공")
    while at >= 0:
        end = _line_end(text, at)
        if text[at + 2 : end].strip(" \t]") == "":
            start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
            head = _CREDIT.search(text, max(start, at - 50), at)
            if head:
                out.append(head.start() + len(head.group(0)) - len(head.group(0).lstrip("/ \t")))
        at = text.find("제공", at + 2)
    return out


def captioned(text: str, s: int, e: int, credits: list[int]) -> bool:
    """Whether the sentence is a photo credit, or the caption right before one."""
    k = bisect_left(credits, s)
    return k < len(credits) and (credits[k] < e or not text[e : credits[k]].strip())
