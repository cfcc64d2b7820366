"""E-mail addresses and URLs, kept as written."""

from __future__ import annotations

import re

from summarizer.facts.candidates import Candidate

_EMAIL = re.compile(r"(?<![\w.%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])")
_URL = re.compile(
    r"(?:https?://|(?<![\w.@/])www\.)[^\s<>\"'()\[\]{}가-힣ㄱ-ㅎㅏ-ㅣ]+"
    r"|(?<![\w.@/\-])(?:[a-z0-9\-]+\.)+(?:go|or|co|ac|re|ne|pe|mil)\.kr(?:/[^\s<>\"'()\[\]{}가-힣]*)?(?![\w.])",
    re.I,
)
_TRAILING = ".,;:!?*"


def find_contacts(s: str) -> list[Candidate]:
    """E-mail and URL candidates in the prepared text `s`."""
    out: list[Candidate] = []
    if "@" in s:
        for m in _EMAIL.finditer(s):
            out.append(Candidate(m.start(), m.end(), "email", m.group()))
    if "." in s:
        for m in _URL.finditer(s):
            text = m.group().rstrip(_TRAILING)
            if "." not in text.split("//", 1)[-1]:
                continue
            out.append(Candidate(m.start(), m.start() + len(text), "url", text))
    return out


__all__ = ["find_contacts"]
