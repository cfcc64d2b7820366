"""E-mail addresses and URLs, kept as written."""

from __future__ import annotations

from summarizer.facts.candidates import Candidate
from summarizer.lazy import lazy_compile

# an address's local part; what stands before it may be Hangul (`기자bada@…`: a byline glued to
# the address), never an ASCII letter, digit or an address's own punctuation
_LOCAL = lazy_compile(r"(?<![A-Za-z0-9_.%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*$")
_DOMAIN = lazy_compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*"
    r"\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)
# Opens with plain characters (h, w) so the engine can skip ahead fast.
_URL = lazy_compile(r"(?:https?://|www\.(?<![\w.@/]www\.))[^\s<>\"'()\[\]{}가-힣ㄱ-ㅎㅏ-ㅣ]+")
_KR_HOST = lazy_compile(
    r"\.(?:go|or|co|ac|re|ne|pe|mil)\.kr(?![\w.])(?:/[^\s<>\"'()\[\]{}가-힣]*)?"
)
_HOST_LEFT = lazy_compile(r"(?<![\w.@/\-])[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*$")
_TRAILING = ".,;:!?*"


def _emails(s: str, out: list[Candidate]) -> None:
    at = s.find("@")
    while at != -1:
        left = _LOCAL.search(s, max(0, at - 64), at)
        right = _DOMAIN.match(s, at + 1)
        if left and right:
            out.append(Candidate(left.start(), right.end(), "email", s[left.start() : right.end()]))
        at = s.find("@", at + 1)


def _inside(cands: list[Candidate], i: int) -> bool:
    return any(c.start <= i < c.end for c in cands)


def find_contacts(s: str) -> list[Candidate]:
    """E-mail and URL candidates in the prepared text `s`."""
    out: list[Candidate] = []
    _emails(s, out)
    if "http" in s or "www." in s:
        for m in _URL.finditer(s):
            text = m.group().rstrip(_TRAILING)
            if "." in text.split("//", 1)[-1]:
                out.append(Candidate(m.start(), m.start() + len(text), "url", text))
    if ".kr" in s:
        for m in _KR_HOST.finditer(s):
            left = _HOST_LEFT.search(s, max(0, m.start() - 64), m.start())
            if left is None or _inside(out, m.start()):
                continue
            text = s[left.start() : m.end()].rstrip(_TRAILING)
            out.append(Candidate(left.start(), left.start() + len(text), "url", text))
    return out


__all__ = ["find_contacts"]
