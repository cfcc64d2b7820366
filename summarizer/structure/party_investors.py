"""Firms an investment agreement names one by one below its signing sentence.

`가람도는 누리시와 기업 3곳과 투자협약을 체결했다` counts its firms without naming them; the
sentences below give each firm its own clause, the firm its subject and an investment its
predicate: `별빛식품은 … 120억원을 투자해 …`, `또 ㈜한빛은 …`, `…하고, 부품을 만드는 새벽테크는
30억원을 들여 …`. A clause's first subject is read (`도는 별빛식품의 경우 …`: the province
speaks, no firm invests), and taken only when the clause surely tells an investment by a firm:
the firm carries a legal form or its head's bracket, or a descriptor names its kind (`생산업체인
X는`), or the clause states an amount invested (`…억원을 투자`, `…억원을 들여`). At most as many
firms as the signing sentence counts are taken, from a bounded window below it; a page whose
signing sentence counts no firms, or tells no investment, is not read.
"""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    JOINT_PRONOUNS,
    JOINT_WORDS,
    NATIVE_NUMBERS,
    SIGNER_KINDS,
    TOWN_SYLLABLES,
)
from summarizer.lexicon.counts import FIRMS_AFTER_KIND, SIGNER_NUMBER, count
from summarizer.structure.candidate import Cand, key
from summarizer.structure.lines import Mask
from summarizer.structure.party_shape import not_a_party
from summarizer.structure.party_words import is_body

_WINDOW = 1800  # characters read below the signing sentence
_SENTENCE = 400  # characters of the signing sentence read for its count
_NEAR = 80  # characters after the subject in which its amount invested is looked for
_MAX = 15  # a count above this is a programme's, not one signing's
_NUM = SIGNER_NUMBER
# `6개 기업`, `2개 제조업 기업`, `13개 회사`, `기업 3곳`, `중소기업 3곳`, `5개사`: the firms counted
_FIRMS = lazy_compile(
    r"(?P<a>"
    + _NUM
    + r")\s*개\s*(?:[가-힣]+\s){0,2}?(?:[가-힣]{0,6}기업|회사|업체|투자기업)"
    + r"|(?:기업|업체|회사)\s*"
    + count(FIRMS_AFTER_KIND, number=_NUM, name="b")
    + "|"
    + count(("개사",), number=_NUM, name="c")
)
_INVEST = lazy_compile(r"투자")
# where a clause ends: a sentence's end, a line's, or a comma after a joining ending (`…하고,`)
# (`…했으며 B는`: a 며 joins two clauses with or without its comma)
_CLAUSE_END = lazy_compile(r"[.?!]\s|\n|(?<=[고며])\s*,\s|(?<=[으하이]며)\s")
# a clause's first word that takes a subject's or topic's particle, with its bracket
_SUBJECT = lazy_compile(
    r"(?<![가-힣A-Za-z0-9㈜)&])(?P<name>(?:㈜|\(주\))?[가-힣A-Za-z0-9&]+(?:㈜|\((?:주|유)\))?)"
    r"(?P<bracket>\s*\([^()\n]{1,30}\))?(?P<mark>은|는|이|가|도)(?=\s(?!등|및|외))"
)
# a topic that is a place or a time in the clause, not its subject (`제조업 부문에서는`)
_NOT_SUBJECT = lazy_compile(r"(?:에서|에게|에|으로|로|까지|부터|\d|년|월|일)$")
# a verb's stem before its adnominal ending (`제조하는`, `두고 있는`): no subject, read on
_VERB = lazy_compile(r"[하되있없않같많]$")
# a site told as the subject (`…산단은 분양을 달성했으며`): no firm
_NO_FIRM = lazy_compile(r"(?:산단|단지|지구|특구|부지|공장)$")
_HANGUL = lazy_compile(r"[가-힣]")
_TOPIC_MARKS = ("은", "는")
_LEGAL = lazy_compile(r"㈜|\((?:주|유)\)|주식회사")
_HEAD = lazy_compile(r"\(\s*(?:대표|회장|사장|대표이사|이사장)\s")
# `생산업체인 X는`, `계열사인 X는`, `업체 X는`: a descriptor naming the firm's kind before it
_KIND_BEFORE = lazy_compile(r"(?:업체|기업|회사|계열사|법인)(?:인|로)?\s+$")
# `1,300억원을 투자해`, `30억원을 들여`, `470억원의 설비투자`, `85억원을 투입`
_AMOUNT = lazy_compile(r"\d[\d,.]*\s*(?:조|억|만)\s*(?:[\d,.]+\s*(?:억|만)\s*)?(?:원|달러)")
_SPEND = lazy_compile(r"투자|투입|들여")
# words a clause opens with that are no firm (`이들 기업은`, `양측은`, `기업들은`)
_GENERIC = frozenset(
    (*JOINT_WORDS, *JOINT_PRONOUNS, *SIGNER_KINDS, "회사", "정부", "지역", "협약", "투자")
)


def investors(text: str, mask: Mask, sign: tuple[int, int] | None, found: list[Cand]) -> list[Cand]:
    """The firms the clauses below an investment agreement's signing sentence name as
    investors, as many as its count of firms allows, none already found."""
    if sign is None:
        return []
    s, e = sign[0], min(sign[1], sign[0] + _SENTENCE)
    if _INVEST.search(text, s, e) is None:
        return []
    count = _FIRMS.search(text, s, e)
    if count is None:
        return []
    n = _number(count.group("a") or count.group("b") or count.group("c"))
    if not 1 <= n <= _MAX:
        return []
    taken = {key(x) for c in found for x in (c.name, *c.aliases) if x}
    out: list[Cand] = []
    end = min(len(text), sign[1] + _WINDOW)
    start = sign[1]
    while start < end and len(out) < n:
        stop = _CLAUSE_END.search(text, start, end)
        clause_end = stop.start() if stop is not None else end
        firm = _firm(text, start, clause_end, mask)
        if firm is not None and not _known(firm, taken):
            out.append(firm)
            taken.add(key(firm.name))
        start = stop.end() if stop is not None else end
    # (`대표들은 …`, `기업들은 …`: a clause's subject that names people or a kind, no firm; read
    # within the count like any other, as the clause is one of the firms' own)
    return [c for c in out if not_a_party(c) is None]


def _firm(text: str, a: int, b: int, mask: Mask) -> Cand | None:
    """The firm whose investment the clause `text[a:b]` tells, or None."""
    if b - a < 8 or mask.blocked(a, b):
        return None
    subjects = list(_SUBJECT.finditer(text, a, b))
    for i, m in enumerate(subjects):
        name = m.group("name")
        if _NOT_SUBJECT.search(name) or _VERB.search(name):
            continue  # (`부문에서는`, `제조하는`: a place or a verb first, the subject to come)
        if (
            len(name) < 2
            or name in _GENERIC
            or _NO_FIRM.search(name)
            or not _HANGUL.search(name)
            or (is_body(name) and name[-1] in TOWN_SYLLABLES)
        ):
            return None  # (`도는 …`: the province speaks in this clause, no firm)
        # (the next topic closes this one's reach; a subject in a clause inside it does not:
        # `A는 … 내진성이 뛰어난 … 470억원의 설비투자`)
        topics = [f for f in subjects[i + 1 :] if f.group("mark") in _TOPIC_MARKS][:1]
        if _surely(text, a, m) or _invests(text, m.end(), topics, b):
            return Cand(name=name, start=m.start("name"), end=m.end("name"))
        if i + 1 == len(subjects):
            return None
    return None


def _surely(text: str, a: int, m: re.Match[str]) -> bool:
    """A firm by its form: a legal form, its head's bracket, a descriptor of its kind before it."""
    bracket = m.group("bracket")
    return (
        _LEGAL.search(m.group("name")) is not None
        or (bracket is not None and _HEAD.match(bracket.strip()) is not None)
        or _KIND_BEFORE.search(text, max(a, m.start() - 12), m.start()) is not None
    )


def _invests(text: str, at: int, following: list[re.Match[str]], b: int) -> bool:
    """Whether an amount spent follows the subject ending at `at` (`300억원을 투자해`, `200억원을
    들여`) before any next subject (`부품을 만드는 B는 200억원을`: B's amount, not the verb's)."""
    end = min(b, at + _NEAR, *(f.start() for f in following))
    amount = _AMOUNT.search(text, at, end)
    return amount is not None and _SPEND.search(text, amount.end(), min(b, at + _NEAR)) is not None


def _known(firm: Cand, taken: set[str]) -> bool:
    """A firm already found, under its own name or one the other holds (`㈜한빛`, `한빛`)."""
    k = key(firm.name).replace("㈜", "").replace("(주)", "")
    return any(k and (k in t or t.replace("㈜", "").replace("(주)", "") == k) for t in taken)


def _number(n: str) -> int:
    return NATIVE_NUMBERS[n] if n in NATIVE_NUMBERS else int(n)


__all__ = ["investors"]
