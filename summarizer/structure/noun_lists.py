"""Noun lists inside one pledge: deeds named by their nouns (`…구축`, `…지원`), two noun
phrases joined before `등` (`농번기 일손돕기와 농산물 구매 등`), and list commas outside brackets
(`소장 자원(종자, 표본 등)에 대한 관리`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

# a deed named by its noun, standing for `…하고` before a comma: `A를 B로 지정, C를 …`
DEED_NOUNS = (
    *("지정", "구축", "발굴", "운영", "제공", "지원", "추진", "마련", "개발", "공유", "교류"),
    *("확대", "강화", "조성", "설치", "개최", "참여", "도입", "활용", "연계", "파견", "실시"),
    *("점검", "홍보", "육성", "양성", "구매", "채용", "유치", "보급", "협조", "수행", "신설"),
    *("정비", "배정"),
)
DEED = re.compile(r"\s(?:" + "|".join(DEED_NOUNS) + ")$")
# (the same nouns closing a phrase of their own: `…농산물 구매`, and `…일손돕기`)
_DEED_ENDS = (*DEED_NOUNS, "돕기")

# a word that closes a phrase (a particle or a verb's ending): no part of a bare noun phrase
_CLOSED = (*"을를에의로은는이가서도", "해", "고", "며", "한", "할", "된", "인")


def _etc_at(clause: str) -> int:
    """Where the last ` 등` closing a list stands (`… 등 `, `… 등에 `, `… 등을 `), or -1."""
    at = clause.rfind(" 등")
    while at >= 0:
        rest = clause[at + 2 : at + 5]
        if rest[:1] == " " or any(
            rest.startswith(p + " ") for p in ("에", "을", "를", "의", "으로")
        ):
            return at
        at = clause.rfind(" 등", 0, at)
    return -1


def pair_of_deeds(clause: str) -> list[tuple[int, int]] | None:
    """`A와 B 등` with no comma, where A and B are noun phrases of two words or more each
    (`농번기 일손돕기와 농산물 구매 등`): the two spans; not `학술회의와 세미나 등` (single
    words name one item's parts) nor `중소기업과 소상공인 등` (no deeds, bodies). Found with
    string tests: this layer's patterns are many."""
    if "등" not in clause or "," in clause:
        return None
    etc = _etc_at(clause)
    if etc < 0 or etc < len(clause) - 40:
        return None
    join = max(clause.rfind("와 ", 0, etc), clause.rfind("과 ", 0, etc))
    if join <= 0 or not "가" <= clause[join - 1] <= "힣":
        return None
    after = join + 2 + (len(clause[join + 2 : etc]) - len(clause[join + 2 : etc].lstrip()))
    second = clause[after:etc].split()
    words = clause[:join].split()
    first: list[str] = []
    for w in reversed(words):
        if w.endswith(_CLOSED) or len(first) == 3:
            break
        first.insert(0, w)
    if len(first) < 2 or len(second) < 2 or any(w.endswith(_CLOSED) for w in second):
        return None
    # deeds both (`…구매`, `…지원`), not the fields of one (`가동률과 고장 이력 등 운영 데이터`)
    if not (first[-1].endswith(_DEED_ENDS) and second[-1].endswith(_DEED_ENDS)):
        return None
    a1 = join
    for w in reversed(first):  # back over the words of the first phrase
        a1 = clause.rindex(w, 0, a1)
    return [(a1, join), (after, after + len(clause[after:etc].rstrip()))]


def outside_brackets(clause: str, found: Iterator[re.Match[str]]) -> list[re.Match[str]]:
    """The separators outside brackets: `생물자원(표본, 균주, 추출물 등)에 대한 이용` is one item."""
    return [m for m in found if clause.count("(", 0, m.start()) <= clause.count(")", 0, m.start())]
