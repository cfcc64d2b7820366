"""Issuers of a release or notice: organisation lines above the title, `작성자 :` lines, co-operators."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BRANCH_SUFFIXES,
    ORG_SUFFIXES,
    ORG_SUFFIXES_EN,
    ORG_SYLLABLES,
    RELEASE_KINDS,
    RELEASE_KINDS_EN,
    RELEASE_LABELS,
    alternation,
    ending,
    led_start,
    marks,
    phrases,
)
from summarizer.models.records import Span
from summarizer.structure.lines import Mask, head_lines, iter_lines
from summarizer.structure.orgs import Cand, parse_piece, pieces, split_outside_brackets

# (the marks: summarizer.lexicon.marks)
LEAD = re.compile(rf"^[\s{marks.LEAD}]+")
ORG_SUFFIX = ending(ORG_SUFFIXES + ORG_SYLLABLES + BRANCH_SUFFIXES + ORG_SUFFIXES_EN)
_ORG_ENDINGS = ORG_SUFFIXES + ORG_SYLLABLES + BRANCH_SUFFIXES + ORG_SUFFIXES_EN


def _org_suffixed(s: str) -> bool:
    """Whether `ORG_SUFFIX.search(s)` finds a body's ending: by `endswith` (the words are plain;
    `$` may stand before a last line break), not the alternation tried at every character."""
    return s.endswith(_ORG_ENDINGS) or (s.endswith("\n") and s[:-1].endswith(_ORG_ENDINGS))


_LAST_BRACKET = lazy_compile(r"\s*\([^()]*\)$")


def _no_last_bracket(s: str) -> str:
    """`_LAST_BRACKET.sub("", s)`, tried only on a text ending in `)`."""
    if s.endswith(")") or s.endswith(")\n"):
        return _LAST_BRACKET.sub("", s)
    return s


# `배포 즉시 보도`, `보도시점: …`, `엠바고`: how the release is handled, never who issues it
# (only whether there is one is asked: found by the words' first letters in any case, which
# the engine skips ahead by, where case-blind it could not; a test checks every opening passes)
HANDLING = re.compile(
    led_start(
        alternation(RELEASE_LABELS, spaced=True),
        "".join(w.strip()[0] for w in RELEASE_LABELS),
        case_blind=True,
    ),
    re.I,
)
_RELEASE_HEAD = re.compile(  # (only whether the head has one is asked)
    led_start(
        alternation((*RELEASE_LABELS, "공고"), spaced=True) + "|" + phrases(RELEASE_KINDS_EN),
        "".join(w.strip()[0] for w in (*RELEASE_LABELS, "공고", *RELEASE_KINDS_EN)),
        case_blind=True,
    ),
    re.I,
)

# `안산시 보도자료`, `… 공고 제2024-12호`, `… PRESS RELEASE`: the paper's kind after its issuer
_KIND_AFTER = re.compile(rf"\S\s*{alternation(RELEASE_KINDS, spaced=True)}\s*$")
_KIND_END = lazy_compile(
    rf"\s*(?:{alternation(RELEASE_KINDS, spaced=True)}|공고\s*제?\s*[\d\-]+호?"
    rf"|{phrases(RELEASE_KINDS_EN)})\s*$",
    re.I,
)


# The last characters a `_KIND_END` match may end with: a kind's last letter (either case for
# the English ones), a notice number's digit, `-` or `호`. A stripped line ending otherwise has
# none (the match ends at the line's end, after no space), and is not searched: the pattern
# opens with `\s*` and is tried at every character of every head line.
_KIND_LAST = frozenset(
    [w[-1] for w in RELEASE_KINDS]
    + [c for w in RELEASE_KINDS_EN for c in (w[-1].lower(), w[-1].upper())]
    + ["-", "호"]
)


def _kind_cut(s: str) -> str:
    """`_KIND_END.sub("", s)` of a stripped line."""
    last = s[-1:]
    return _KIND_END.sub("", s) if last in _KIND_LAST or last.isdigit() else s


# (compiled once: a pattern given as a string is looked up in `re`'s cache at every call)
_HEAD_SEPS = re.compile(r"\s*[·ㆍ,]\s*")


def header_issuers(text: str, title: Span | None, mask: Mask) -> list[Cand]:
    """Organisation lines above the title (`중소벤처기업진흥공단`, `안산시 보도자료`, `공고` lines).

    Only a release or notice has them; a news page's menu (`경기도`) is not an issuer.
    """
    out: list[Cand] = []
    limit = title.start if title else min(len(text), 600)
    if not _RELEASE_HEAD.search(text, 0, limit):
        return out
    for ln in head_lines(text, limit):  # (the lines of `text[:limit]`, off the document's split)
        s = ln.stripped
        if not s or len(s) > 80 or mask.in_noise(ln.lstart, ln.rend) or LEAD.match(s):
            continue
        if HANDLING.search(s) and not _KIND_AFTER.search(s):
            continue  # `배포 즉시 보도`, `보도일시 : …`; `안산시 보도자료` still names its issuer
        s2 = _kind_cut(s)
        if s2 != s or _org_suffixed(_no_last_bracket(s)):
            first = ln.lstart
            for x, y in split_outside_brackets(s2, _HEAD_SEPS):
                piece = s2[x:y].strip()
                if _org_suffixed(_no_last_bracket(piece)) and len(piece.split()) <= 6:
                    c = parse_piece(text, first + x, first + y)
                    if c:
                        out.append(c)
    return out


_AUTHOR = lazy_compile(
    r"^\s*(?:작\s*성\s*(?:자|기\s*관|부\s*서)|게\s*시\s*(?:자|기\s*관)|발\s*행\s*(?:자|기\s*관))\s*[:：]\s*"
)
_HEAD_LINES = 15


def author_issuers(text: str, mask: Mask) -> list[Cand]:
    """`작성자 : 대한무역투자진흥공사(KOTRA) 중소기업지원본부` near the top: the organisation, not its unit."""
    out: list[Cand] = []
    for n, ln in enumerate(iter_lines(text)):
        if n >= _HEAD_LINES:
            break
        m = _AUTHOR.match(ln.text)
        if not m or mask.in_noise(ln.start, ln.end):
            continue
        a = ln.start + m.end()
        first = re.match(r"[^\s()]+(?:\([^()]{1,20}\))?", text[a : ln.end])
        if not first:
            continue
        word = re.sub(r"\([^()]*\)$", "", first.group(0))
        if _org_suffixed(word) or re.fullmatch(r"[A-Z][A-Za-z-]{1,9}", word):
            c = parse_piece(text, a, a + first.end())
            if c:
                out.append(c)
    return out


_JOINT = lazy_compile(
    r"(?<=[가-힣A-Za-z0-9)])(?:이|가|은|는)\s+(?:공동(?:으로)?|함께)\s*"
    r"(?:운영|주최|주관|개최|추진|시행|실시|진행)"
)


def co_operators(text: str, sentences: list[tuple[int, int]]) -> list[Cand]:
    """`KOTRA와 중소벤처기업부가 공동 운영하는 …`: the bodies running a programme together."""
    for s, e in sentences:
        m = _JOINT.search(text, s, e)
        if not m:
            continue
        lead = LEAD.match(text, s)
        base = lead.end() if lead else s
        found = [
            c
            for c in pieces(text, base, m.start())
            if _org_suffixed(c.name) or re.fullmatch(r"[A-Z][A-Za-z-]{1,9}", c.name)
        ]
        if len(found) >= 2:
            return found
    return []


_ORGANISER = lazy_compile(
    rf"^\s*(?:[{marks.LEAD}]\s*)?\(?\s*(?:공동\s*)?(?:주\s*최|주\s*관)(?:\s*[·ㆍ/]\s*(?:주\s*최|주\s*관))?(?:\s*기\s*관)?\s*\)?\s*[:：]?\s+"
)


def organisers(text: str, mask: Mask) -> list[Cand]:
    """`○ 주최 : 해양수산부 / 주관 : 한국어촌어항공단`: the bodies that hold what a notice announces."""
    out: list[Cand] = []
    for ln in iter_lines(text):
        # (every match holds `주`, of `주최` or `주관`: a line without one is passed over unasked)
        if "주" not in ln.text or mask.in_noise(ln.start, ln.end):
            continue
        pos = 0
        while m := _ORGANISER.match(ln.text[pos:]):
            a = ln.start + pos + m.end()
            nxt = re.search(r"\s*/\s*(?=\(?\s*(?:공동\s*)?주\s*[최관])", ln.text[pos + m.end() :])
            b = a + nxt.start() if nxt else ln.end
            for x, y in split_outside_brackets(text[a:b], r"\s*[·ㆍ,/]\s*|\s+및\s+"):
                piece = _no_last_bracket(text[a + x : a + y].strip())
                if _org_suffixed(piece) or re.fullmatch(r"[A-Z][A-Za-z-]{1,9}", piece):
                    c = parse_piece(text, a + x, a + y)
                    if c:
                        out.append(c)
            if not nxt:
                break
            pos += m.end() + nxt.end()
    return out
