"""Meaning-sensitive comparison of a claimed Korean passage with the source span it aligned to.

Fuzzy alignment tolerates a dropped particle; it must never tolerate a changed number, amount,
unit or percentage, an added or dropped negation, a flipped direction (확대/축소), or a change
from agreed to planned or under review. The comparison runs on the differing stretches of the
two texts (difflib opcodes), so a negation both sides share never counts.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from difflib import SequenceMatcher

from summarizer.lazy import lazy_compile
from summarizer.lexicon.joint import JOINT_COUNTS, JOINT_WORDS, PARTNER_WORDS
from summarizer.verify.numbers import korean_numbers

# Opposite pairs: either side written where the source has the other is a flipped direction.
_OPPOSITES = [
    ("확대", "축소"), ("인상", "인하"), ("증가", "감소"), ("상승", "하락"), ("감면", "인상"),
    ("감면", "증액"), ("증액", "감액"), ("증대", "감축"), ("강화", "완화"), ("확충", "축소"),
    ("허용", "금지"), ("찬성", "반대"), ("흑자", "적자"), ("포함", "제외"), ("개선", "악화"),
    ("최대", "최소"), ("이상", "이하"), ("초과", "미만"), ("상향", "하향"), ("확장", "축소"),
    ("늘리", "줄이"), ("늘어", "줄어"), ("늘려", "줄여"), ("높이", "낮추"), ("높여", "낮춰"),
    ("유치", "철수"), ("완화", "규제"), ("가입", "탈퇴"), ("체결", "해지"), ("연장", "단축"),
    ("활성화", "위축"), ("지원", "제한"), ("가속", "감속"), ("수출", "수입"),
]  # fmt: skip
# Words that turn an agreed act into a plan, a review or a discussion.
_TENTATIVE = ("검토", "예정", "계획", "논의", "고려", "타진", "모색", "추진할", "협의")
# Syllables that negate: 않다, 못하다, 없다, the copula's 아니다 (`영리 목적이 아닌`) anywhere;
# 안·미·불·비 only as a prefix of their own.
_NEG_ANYWHERE = ("않", "못", "없", "아니", "아닌", "아닙")
_NEG_PREFIX = ("안", "미", "불", "비", "무")
_MEANINGFUL = 4  # letters/digits a quote or commitment needs to say anything


def _letters(text: str) -> str:
    norm = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in norm if unicodedata.category(ch)[0] in "LN")


_TOO_SHORT_RE1 = lazy_compile(r"\W+")


def too_short(claim: str, minimum: int = _MEANINGFUL) -> bool:
    """True for a claim too short to carry meaning (`.`, `다`, `및`, `❹`, `중`)."""
    letters = _letters(claim)
    words = [w for w in _TOO_SHORT_RE1.split(unicodedata.normalize("NFKC", claim)) if len(w) >= 2]
    return len(letters) < minimum or not words


# Words that name a kind of body, never one body: a party called `재단` names nothing.
_GENERIC = {
    "재단", "공단", "협회", "기관", "정부", "위원회", "공사", "은행", "대학", "대학교", "병원", "기업",
    "회사", "센터", "연구원", "진흥원", "본부", "지부", "지회",
    "시", "군", "구", "도", "부", "청", "원", "회", "처", "중", "및", "등",
    *JOINT_WORDS, *(f"{c}기관" for c in (*JOINT_COUNTS, *PARTNER_WORDS)),
}  # fmt: skip


def generic_name(name: str) -> bool:
    """True for a party name or alias too short or too generic to name a body (`.`, `중`, `재단`)."""
    key = _letters(name)
    return len(key) < 2 or key in _GENERIC


def _changed(claim: str, source: str) -> list[tuple[str, str]]:
    """The stretches where `claim` and `source` differ: (claim side, source side)."""
    matcher = SequenceMatcher(None, claim, source, autojunk=False)
    out = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op != "equal":
            out.append((claim[max(0, a1 - 1) : a2 + 1], source[max(0, b1 - 1) : b2 + 1]))
    return out


_NEGATION_DIFF_RE1 = lazy_compile(r"[가-힣]+")
_NEGATION_DIFF_RE2 = lazy_compile(r"(?<![가-힣])안\s")


def _negation_diff(claim: str, source: str) -> str | None:
    matcher = SequenceMatcher(None, claim, source, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        # `지속가능` -> `지속불가능`: one negating syllable inserted or dropped inside a word.
        piece = claim[a1:a2] if op == "delete" else source[b1:b2] if op == "insert" else ""
        if piece in _NEG_PREFIX:
            return f"negation differs ({piece!r})"
    for mine, theirs in _changed(claim, source):
        for mark in _NEG_ANYWHERE:
            if mine.count(mark) != theirs.count(mark):
                return f"negation differs ({mark!r})"
    # A negating prefix added or dropped before the same word: 가능 / 불가능, 체결 / 미체결.
    words_c = Counter(_NEGATION_DIFF_RE1.findall(claim))
    words_s = Counter(_NEGATION_DIFF_RE1.findall(source))
    for word in (words_c - words_s) + (words_s - words_c):
        head, rest = word[:1], word[1:]
        if head in _NEG_PREFIX and len(rest) >= 2:
            other = words_s if word in words_c else words_c
            if any(w.startswith(rest) for w in other) and not any(
                w.startswith(word) for w in other
            ):
                return f"negation differs ({head!r})"
    if _NEGATION_DIFF_RE2.search(claim) and not _NEGATION_DIFF_RE2.search(source):
        return "negation differs ('안')"
    return None


def direction_diff(claim: str, source: str) -> str | None:
    for a, b in _OPPOSITES:
        for mine, other in ((a, b), (b, a)):
            if claim.count(mine) > source.count(mine) and source.count(other) > claim.count(other):
                return f"direction flipped: the source says {other!r}, the claim {mine!r}"
    return None


def _tentative_diff(claim: str, source: str) -> str | None:
    for word in _TENTATIVE:
        if claim.count(word) > source.count(word):
            return f"the claim adds {word!r}: the source states it as agreed"
        if source.count(word) > claim.count(word) and word in ("검토", "논의", "타진", "모색"):
            return f"the source says {word!r} (under review), the claim drops it"
    return None


def _number_diff(claim: str, source: str) -> str | None:
    mine = Counter(korean_numbers(claim))
    theirs = Counter(korean_numbers(source))
    extra = mine - theirs
    if extra:
        value = next(iter(extra))
        shown = ", ".join(sorted({n.text for n in korean_numbers(source)})) or "none"
        return f"number {value.text!r} is not what the source says (source: {shown})"
    return None


def meaning_diff(claim: str, source: str, wide: str | None = None) -> str | None:
    """Why `claim` means something other than the `source` span it aligned to, or None.

    `wide` is the span with a word more on each side: an alignment may stop short of a
    replaced last word (`보증료 0.3%p [감면]`), and a flipped direction is read there.
    """
    if _letters(claim) == _letters(source):
        return None
    for check in (_number_diff, _negation_diff, _tentative_diff):
        reason = check(claim, source)
        if reason is not None:
            return reason
    return direction_diff(claim, wide or source)


def widen(text: str, start: int, end: int, words: int = 0) -> tuple[int, int]:
    """Stretch a matched span to whole words (and `words` more each side, within its line)."""
    for extra in range(words + 1):
        if extra:
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            while end < len(text) and text[end] in " \t":
                end += 1
        while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "“\"'‘(":
            start -= 1
        while end < len(text) and not text[end].isspace() and text[end] not in "”\"'’)":
            end += 1
    return start, end


__all__ = ["direction_diff", "generic_name", "meaning_diff", "too_short", "widen"]
