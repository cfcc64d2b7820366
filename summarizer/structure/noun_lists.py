"""Noun lists inside one pledge: deeds named by their nouns (`…구축`, `…지원`), two noun
phrases joined before `등` (`농번기 일손돕기와 농산물 구매 등`), and list commas outside brackets
(`소장 자원(종자, 표본 등)에 대한 관리`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.lazy import lazy_compile

# a deed named by its noun, standing for `…하고` before a comma: `A를 B로 지정, C를 …`
DEED_NOUNS = (
    *("지정", "구축", "발굴", "운영", "제공", "지원", "추진", "마련", "개발", "공유", "교류"),
    *("확대", "강화", "조성", "설치", "개최", "참여", "도입", "활용", "연계", "파견", "실시"),
    *("점검", "홍보", "육성", "양성", "구매", "채용", "유치", "보급", "협조", "수행", "신설"),
    *("정비", "배정"),
)
DEED = lazy_compile(r"\s(?:" + "|".join(DEED_NOUNS) + ")$")
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


# what names a kind of deed or a field, not one thing (`등 각종 교류를`, `등 다양한 분야에서`,
# `등 10개 협력 사업을`, `등 업무체계 구축을`): after it a `등` list holds terms of their own
_GENERIC_FIRST = ("다양한", "각종", "여러", "모든", "제반", "상호", "양", "공동", "관련", "이들")
_GENERIC_HEADS = (
    *("교류", "협력", "사업", "분야", "부문", "영역", "발전", "활성화", "상생", "기반", "체계"),
    *("향상", "증진", "활동", "방안", "정책", "업무", "기여"),
)
# (not `가`, `와`, `로`: `농가`, `도로` end so)
_PARTICLES = ("에서의", "에서", "으로", "을", "를", "이", "도", "에", "의")
# (a noun may end in `인`: `귀농인`, `외국인`)
_ENDED = tuple(c for c in _CLOSED if c != "인")


def _object_len(rest: str) -> int | None:
    """How long the one object named right after a bare `등` is (`지역 농특산물` of `지역
    농특산물을 공급`, up to its particle), or None when it names a kind of deed or a field
    (`각종 교류를`, `다양한 분야에서`, `10개 사업을`)."""
    words = list(re.finditer(r"\S+", rest))[:4]
    first = words[0].group(0) if words else ""
    if not first or first.startswith(_GENERIC_FIRST) or first[:1].isdigit():
        return None
    head, end = [], 0
    for m in words:  # the object, up to the first word closed by a particle
        w = m.group(0)
        bare = next((w[: -len(p)] for p in _PARTICLES if w.endswith(p) and len(w) > len(p)), None)
        head.append(bare or w)
        end = m.start() + len(bare or w)
        if bare:
            break
    return None if any(h in w for w in head for h in _GENERIC_HEADS) else end


def _noun_phrase(part: str) -> bool:
    """A bare noun phrase naming a thing: no deed (`…육성`), no particle or ending closing it."""
    words = part.split()
    return bool(words) and not words[-1].endswith(_DEED_ENDS) and not words[-1].endswith(_ENDED)


def examples_of_one(listed: str, rest: str) -> bool:
    """`A, B, C 등 N을 …`: the listed things are examples of one object N (`산청 딸기와 곶감,
    흑돼지 등 지역 농특산물을 공급`, `채용인원, 자격요건 등 채용관련 정보도 제공`), so the
    clause is one item; not when the listed are deeds (`A 운영, B 지원 등 …`) nor when N is a
    kind of deed or a field (`등 각종 교류를`, `등 다양한 분야에서`). `listed` is the clause
    before the bare `등`, `rest` what follows it. Found with string tests."""
    # (each listed a bare noun phrase: not `교육은 A원이, 판로지원은 B가 하는 등`)
    parts = listed.split(", ")
    return all(_noun_phrase(p) for p in parts) and _object_len(rest) is not None


# a head that tells the agreement's content (`A 구축, B 추진 등 내용이 담겼다`): the listed are
# its terms, each of its own
_CONTENT_HEADS = ("내용", "사항", "골자")
# N a field the deed is done in (`등 여러 분야에서`), not a noun the listed are examples of
_IN_FIELD = lazy_compile(r"(?:\S+\s+){0,3}?\S*?에서\s")


# nouns of doing a listed piece may end with beyond the deeds above (`…소비 촉진`, `…초청 방문`)
_DOING_ENDS = (*_DEED_ENDS, "촉진", "방문")


def examples_of_head(etc: str, listed: str, rest: str) -> bool:
    """`A, B 등 N을 …`: a bare `등` after a comma list and the noun phrase N after it, the listed
    things named as examples of N (`정책자금과 컨설팅, 판로 개척 등 다양한 지원을 약속`,
    `관광자원, 지역축제, 축제 프로그램 개발 등 상생 협력방안을 추진`): one item with N. Not
    where the listed are deeds (each piece ending on a noun of doing: `지역 인재 채용, 농산물
    소비 촉진 등 …`) or three phrases or more of two words each (`A 과제 발굴, B 장비 공동 사용,
    C 공동 개최 등 협력 활동을 전개`): each is a term of its own and N sums them up; nor where N
    is the content told (`A 구축, B 추진 등 내용이 담겼다`) or a field (`A, B 등 여러 분야에서
    교류를 확대`: the fields are the terms); nor where deeds are listed before things
    (`object_of_last`); nor where the clause holds another `등` list before (the clause made one
    item would swallow it). `listed` is the clause before the `등`, `rest` what follows it; the
    first piece is its last bare words. Found with string tests."""
    if etc.strip() != "등" or not rest[:1].isalnum() or ", " not in listed:
        return False
    head = re.match(r"(?:[^\s,]+\s+){0,2}?[^\s,]+?(?:[을를이가은는의에]|으로|로)(?=\s|$)", rest)
    if any(w in (head.group(0) if head else rest[:12]) for w in _CONTENT_HEADS):
        return False  # (`등 협력 사항을 주 내용으로`, `등 내용이 담겼다`: the content told)
    if _IN_FIELD.match(rest):  # (`A, B 등 여러 분야에서 …`: the fields, each a term)
        return False
    if " 등" in listed:
        return False  # (two lists in the clause: the whole clause would swallow the first)
    pieces = listed.split(", ")
    first: list[str] = []
    for w in reversed(pieces[0].split()):
        if w.endswith(_CLOSED):
            break
        first.insert(0, w)
    # (`…을 목표로, A, B 등`: a first piece that is only the aim, closed by its comma, is none)
    words = [w for w in (first, *(p.split() for p in pieces[1:])) if w]
    if object_of_last([" ".join(w) for w in words], rest) is not None:
        return False  # (deeds, then things: the last only names N's examples)
    if all(w[-1].endswith(_DOING_ENDS) for w in words):
        return False
    return len(words) < 3 or any(len(w) < 2 for w in words)


# where a `등` list stands as the field or the means of a deed, not as its object: `A, B 등
# 다양한 분야에서 …`, `A, B 등 … 분야를 중심으로 …`, `A, B 등 … 에 걸쳐 …`, `A, B 등을 통해 …`
# (a word of the clause closed by the adverbial; `에서의` names a noun's field: no adverbial)
_FIELD_OR_MEANS = lazy_compile(
    r"(?:[^\s,]+\s+){0,4}?[^\s,]*?(?:에서|에\s*걸쳐|[을를]\s*중심으로|[을를]\s*통(?:해|하여))\s"
)
# an object closed by its particle, with the next word (`시너지를 창출`, not `협업을 통한`, a
# means, nor `…을 위해`, an aim)
_OWN_OBJECT = lazy_compile(r"(\S+?)[을를]\s+(?!통[해한하]|위[해한하]|중심|비롯)\S")
# the cooperation itself named as the deed's object (`A, B 등 여러 분야에서 교류를 확대`, `A, B 등을
# 통해 협력을 강화`, `…분야에서 긴밀한 협력관계를 구축`): the listed are then the terms, each of
# its own
_COOPERATION_HEADS = ("교류", "협력", "협업", "협조", "사업", "활동", "상생")


def field_of_deed(etc: str, rest: str) -> bool:
    """`A, B 등 다양한 분야에서 협업을 통한 시너지를 창출`, `A를 발굴, B 등을 통해 C 방안을 마련`:
    the listed are the field or the means of a deed with an object of its own, so the clause is
    one item (where that object is the cooperation itself, `…분야에서 교류를 확대`, or there is
    none, `…분야에서 협력한다`, the listed are the terms). `etc` is the `등` closing the list
    (with its particle), `rest` what follows it. Found with string tests first."""
    if etc.strip().endswith(("을", "를")):
        if not rest.startswith(("통해 ", "통하여 ")):
            return False
        tail = rest.split(" ", 1)[1]
    else:
        adverbial = _FIELD_OR_MEANS.match(rest)
        # (`A, B 등 각종 교류를 통해 …`: the listed name kinds of the cooperation, the terms)
        if adverbial is None or any(h in adverbial.group(0) for h in _COOPERATION_HEADS):
            return False
        tail = rest[adverbial.end() :]
    obj = _OWN_OBJECT.search(tail)
    return obj is not None and not any(h in obj.group(1) for h in _COOPERATION_HEADS)


def examples_runs(pieces: list[str]) -> list[tuple[int, int]]:
    """`스타트업, 디지털 콘텐츠, 미래성장 등 청년들이 원하는 분야의 일자리 제공, …`: bare nouns
    listed, the last closed by an inner `등` and the noun phrase they are examples of, make one
    item with it. The (first, last) index of each such run among a list's comma pieces."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for k, piece in enumerate(pieces):
        piece = piece.strip()
        if " 등" not in piece and len(piece.split()) <= 3 and _noun_phrase(piece):
            start = k if start is None else start
            continue
        at = piece.find(" 등 ")
        named = at > 0 and len(piece[:at].split()) <= 3 and _noun_phrase(piece[:at])
        if start is not None and named and piece[at + 3 :].strip():
            runs.append((start, k))
        start = None
    return runs


# the close of a list told as the agreement's content (`주요 내용은 … 등이다`, `… 등입니다.`)
LIST_CLOSE = lazy_compile(r"\s등(?:이다|입니다)\.?\s*$")


def deed_runs(clause: str) -> list[tuple[int, int]] | None:
    """`청년 창업 공간 제공 창업 교육 운영 지역 기업 연계 등이다`: deeds named by their nouns,
    the list's marks lost and only spaces between them; the span of each (three or more, each
    of two bare words or more ending on a deed's noun), or None."""
    body = clause.rstrip()
    close = LIST_CLOSE.search(body)
    if close is None or "," in body:
        return None
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", body[: close.start()])]
    spans: list[tuple[int, int]] = []
    first = 0
    for k, (a, b) in enumerate(words):
        word = body[a:b]
        if word.endswith(_CLOSED) and not word.endswith(_DEED_ENDS):
            return None  # (a particle or an ending: a sentence, no list of nouns)
        if word.endswith(_DEED_ENDS) and k - first >= 1:
            spans.append((words[first][0], b))
            first = k + 1
    if first != len(words) or len(spans) < 3:
        return None
    return spans


def object_of_last(parts: list[str], rest: str) -> int | None:
    """`A 육성, B 및 C 등 중소기업 금융 지원을 위해`: after deeds, the last listed are things,
    examples of the object after `등` (`중소기업 금융 지원`): how much of `rest` the last item
    takes, or None."""
    if len(parts) < 2 or not _noun_phrase(parts[-1]):
        return None
    if not any(p.split() and p.split()[-1].endswith(_DEED_ENDS) for p in parts[:-1]):
        return None
    return _object_len(rest)


def outside_brackets(clause: str, found: Iterator[re.Match[str]]) -> list[re.Match[str]]:
    """The separators outside brackets: `생물자원(표본, 균주, 추출물 등)에 대한 이용` is one item."""
    return [m for m in found if clause.count("(", 0, m.start()) <= clause.count(")", 0, m.start())]
