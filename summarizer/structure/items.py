"""One cooperation item cut from the text: list tails (`등에 협력한다`) trimmed, span kept honest."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from summarizer.lazy import lazy_compile
from summarizer.lexicon import marks
from summarizer.models.records import Commitment
from summarizer.structure.lines import span

_ITEM_TAIL = lazy_compile(r"\s*등(?:에서|에|을|를|의|과|으로|이다|이며|입니다|이|가)?(?=\s|$|[,.])")
# (`…활동을 펼치게 된다`, `…을 맡게 된다`: the deed told in the future closes the last item)
_VERB_TAIL = lazy_compile(
    r"(?:을|를|에|에서)\s+(?:\S+\s+){0,3}\S*(?:협력|추진|한다|했다|하기로|나서|나선|나설|모으|힘쓰|힘쓴|펼치|펼친|펼칠|된다)\S*\s*$"
)
_SQUASH = re.compile(rf"[\s{marks.LEAD}·ㆍ—,.;:]+")  # (marks: summarizer.lexicon.marks)


@lru_cache(maxsize=4096)
def squash(s: str) -> str:
    return _SQUASH.sub("", unicodedata.normalize("NFKC", s))


def similar(a: str, b: str) -> bool:
    x, y = squash(a), squash(b)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    # The quick ratios are upper bounds of `ratio()`: most pairs are told apart without it.
    # Both are worked out here as difflib does (its `real_quick_ratio` from the lengths, its
    # `quick_ratio` from the characters in common), before a matcher indexes `y` at all.
    if 2.0 * min(len(x), len(y)) / (len(x) + len(y)) < 0.8:
        return False
    if 2.0 * (_counts(x) & _counts(y)).total() / (len(x) + len(y)) < 0.8:
        return False
    if len(y) >= _AUTOJUNK_FROM:  # difflib drops y's frequent characters then: ask it
        import difflib  # here: difflib and heapq cost ~3 M instructions to load

        return difflib.SequenceMatcher(None, x, y).ratio() >= 0.8
    return 2.0 * _matched(x, y) / (len(x) + len(y)) >= 0.8


# From this length of its second text on, `SequenceMatcher` (autojunk) ignores that text's
# most frequent characters; below it, `_matched` counts exactly what the matcher matches.
_AUTOJUNK_FROM = 200


def _matched(x: str, y: str) -> int:
    """The characters `difflib.SequenceMatcher(None, x, y)` matches (for a `y` shorter than
    _AUTOJUNK_FROM, with no junk): the longest common run of the two, first in `x` then in `y`
    on a tie, then the same on each side of it, recursively; `ratio()` is twice this over
    both lengths. Worked out here so that comparing two items does not load difflib."""
    where: dict[str, list[int]] = {}
    for j, ch in enumerate(y):
        where.setdefault(ch, []).append(j)
    total = 0
    todo = [(0, len(x), 0, len(y))]
    while todo:
        alo, ahi, blo, bhi = todo.pop()
        i, j, k = _longest_run(x, where, alo, ahi, blo, bhi)
        if k:
            total += k
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                todo.append((i + k, ahi, j + k, bhi))
    return total


def _longest_run(
    x: str, where: dict[str, list[int]], alo: int, ahi: int, blo: int, bhi: int
) -> tuple[int, int, int]:
    """Start in `x`, start in `y` and length of the longest run `x[alo:ahi]` and `y[blo:bhi]`
    share; of equally long ones, the one ending first in `x`, then in `y`."""
    best_i, best_j, best = alo, blo, 0
    ending: dict[int, int] = {}  # run length ending at each position of y, for the last i
    for i in range(alo, ahi):
        now: dict[int, int] = {}
        for j in where.get(x[i], ()):
            if j < blo:
                continue
            if j >= bhi:
                break
            k = now[j] = ending.get(j - 1, 0) + 1
            if k > best:
                best_i, best_j, best = i - k + 1, j - k + 1, k
        ending = now
    return best_i, best_j, best


@lru_cache(maxsize=4096)
def _counts(s: str) -> Counter[str]:
    return Counter(s)


_LIST_END = lazy_compile(r"(?:[,，;]|\s+및|\s+and|\s+as\s+well\s+as)\s*$")
_STOP_END = re.compile(r"[.;]\s*$")
_BARE_ETC = lazy_compile(r"(?<=[가-힣)])\s+등$")
_COPULA_END = lazy_compile(r"(?<=[가-힣])이다$")
_CLAUSE_END = re.compile(r"(?<=[가-힣]{2})(?:하며|하고|하면서|하는\s*한편)$")
_BEST_END = re.compile(r"(?<=[가-힣])에\s*최선을\s*다(?:하)?$")
_AND_START = re.compile(r"^(?:and|or)\s+")
# how a text ends where _LIST_END matches (no space after)
_LIST_ENDS = (",", "，", ";", "및", "and", "as")


def _cut_end(pattern: re.Pattern[str], seg: str, endings: tuple[str, ...]) -> str:
    """`pattern.sub("", seg)` for a pattern whose matches end the text (`$`, perhaps before a
    last line break) with one of `endings`: asked only of a text that ends so."""
    if seg.endswith(endings) or (seg.endswith("\n") and seg[:-1].endswith(endings)):
        return pattern.sub("", seg)
    return seg


# an object particle closing an item whose verb was cut (not `마을`, `가을`)
_OBJECT_END = lazy_compile(r"(?<=[가-힣]{2})(?<![마가고])[을를]$")
# a page cut off mid-item: `▲ projects related to` ends on a word that needs what follows
_CUT_OFF = lazy_compile(r"[A-Za-z]\s+(?:to|of|for|the|a|an|with|by|from|on|in)$")
_CUT_OFF_WORDS = ("to", "of", "for", "the", "a", "an", "with", "by", "from", "on", "in")
# `A뿐만 아니라, B …를 발굴하기로`: `not only A` leans on the B the clause goes on to; alone
# it is no term
_NOT_ONLY = lazy_compile(r"뿐(?:만)?\s*아니라$")


# a pledge closing a clause before the next one (`…을 개편하기로 했고, B는 …`)
_PLEDGED = lazy_compile(r"(?:하기로|키로|기로)\s*(?:합의)?(?:했|하였)$")


def before_pledge(text: str, start: int, end: int) -> int:
    """Where the item `text[start:end]` ends without the pledge closing it before a joint
    (`…을 개편하기로 했고,` -> `…을 개편`); a verb stem other than `하` keeps its `기`, the verb's
    noun form (`…협의회를 갖기로 했고,` -> `…협의회를 갖기`)."""
    m = _PLEDGED.search(text, max(start, end - 12), end)
    if m is None or m.start() <= start:
        return end
    return m.start() + (text.startswith("기", m.start()) and text[m.start() - 1] != "하")


def item(text: str, start: int, end: int, last: bool, section: str) -> Commitment | None:
    seg = text[start:end]
    if last:
        tails = [m for m in _ITEM_TAIL.finditer(seg) if m.start() > 0]
        # the last `등` closes the list: `▲노후 분전반 등 설비 교체 등에 협력` keeps the first
        particle = [m for m in tails if m.group(0).strip() != "등"]
        closing = particle or tails
        if closing:
            seg = seg[: closing[-1].start()]
        else:
            v = _VERB_TAIL.search(seg)
            if v and v.start() > 0:
                seg = seg[: v.start()]
    # (each pattern ending in `$` is tried only on a text ending as its matches do: tried at
    # every character it costs more than the rest of the item; `$` may stand before a last
    # line break, and the texts stripped of spaces have none)
    while (bare := _cut_end(_LIST_END, seg.rstrip(), _LIST_ENDS)) != seg:
        seg = bare  # `…courses, and` loses both
    seg = _cut_end(_STOP_END, seg.rstrip(), (".", ";"))
    if seg.endswith("등"):  # `…프로그램 개발 등` (its `에 나선다` cut): no item ends on `등`
        seg = _BARE_ETC.sub("", seg)
    if last:  # `…△C 홍보 지원이다.`: the copula closes the list
        seg = _cut_end(_COPULA_END, seg, ("이다",))
    # `… 인재를 우선 채용하며,`: a clause cut before the next party's item keeps its noun
    seg = _cut_end(_CLAUSE_END, seg, ("하며", "하고", "하면서", "한편"))
    seg = _cut_end(_BEST_END, seg, ("다", "다하"))  # `…지원에 최선을 다하고,`
    # `…실질적인 협상을` (its verb cut): the noun alone
    seg = _cut_end(_OBJECT_END, seg, ("을", "를"))
    sp = span(text, start, start + len(seg))
    sp_text = _AND_START.sub("", sp.text)
    offset = sp.start + len(sp.text) - len(sp_text)
    if len(squash(sp_text)) < 3 or (
        sp_text.endswith(_CUT_OFF_WORDS) and _CUT_OFF.search(sp_text)  # (`$`: trimmed text)
    ):
        return None
    if sp_text.endswith("아니라") and _NOT_ONLY.search(sp_text):
        return None
    return Commitment(text=sp_text, start=offset, end=sp.end, section=section)  # type: ignore[arg-type]
