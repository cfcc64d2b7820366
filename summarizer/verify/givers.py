"""Who gives to whom: the subject of a one-way act (support, investment, a donation) stays the
source's.

`부평농협은 선급금 5억원을 산청군농협에 지원하기로 했다` summed up as `산청군농협은 … 부평농협에
지원` keeps every value and name and inverts the roles; so does an English line whose subject is
the other party (`Sancheong-gun Nonghyup agreed to give Bupyeong Nonghyup …` for the Korean
`부평농협은 …`). Two checks, both only doubting (`unverified`):
- a summary line that puts an amount of money under one party (`A는 N원을 …`), where every
  sentence of the source stating that amount has another party as its subject and never this one;
- an English summary line or commitment whose subject is another party than its Korean's,
  where the Korean states a one-way act (`지원`, `투자`, `기부`, `추천` …).
"""

from __future__ import annotations

import re
import unicodedata

from summarizer.lazy import lazy_compile
from summarizer.models import Briefing, ClaimCheck
from summarizer.verify.briefing_fields import korean_names, renderings
from summarizer.verify.evidence import Evidence, claim_check, split_sentences
from summarizer.verify.numbers import korean_numbers

# A party written as the subject or owner of what follows: `A는`, `A가`, `A의`, `A에서는`.
_SUBJECT_AFTER = r"\s*(?:은|는|이|가|의|에서는|측은)(?![가-힣])"
# One-way acts: a giver and a receiver, never a joint act.
_ONE_WAY_KO = re.compile(
    r"지원|투자|기부|기탁|제공|후원|지급|출연|전달|출자|융자|대출|선급|추천|파견"
)
_EN_SUBJECT = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w&'.-]*(?:\s+[\w&'.-]+){0,6}?)\s+"
    r"(?:will|shall|agreed|plans?|has|have|is|are|was|were|gives?|gave|provides?|provided|"
    r"donates?|donated|invests?|invested|supports?|supported|pays?|paid|offers?|offered|"
    r"contributes?|contributed|lends?|lent|funds?|funded)\b"
)
# An English line whose subject joins two parties (`A and B will …`) names no one giver.
_JOINED_EN = re.compile(r"\b(?:and|with|together)\b", re.I)


def _subjects(text: str, names: list[set[str]], stop: int) -> set[int]:
    """The parties written as a subject or owner in `text[:stop]`."""
    found = set()
    for k, group in enumerate(names):
        for name in group:
            if re.search(re.escape(name) + _SUBJECT_AFTER, text[:stop]):
                found.add(k)
    return found


def _sentences_with(text: str, value: float, currency: str | None) -> list[tuple[str, int]]:
    """The source's sentences stating the amount, each with the amount's offset in it."""
    out = []
    for sentence in split_sentences(text):
        for n in korean_numbers(sentence):
            if n.kind == "money" and n.value == value and n.currency == currency:
                out.append((unicodedata.normalize("NFKC", sentence), n.start))
                break
    return out


def _amount_givers(ev: Evidence, briefing: Briefing, names: list[set[str]]) -> list[ClaimCheck]:
    out = []
    for i, line in enumerate(briefing.summary_ko):
        folded = unicodedata.normalize("NFKC", line)
        for n in korean_numbers(folded):
            if n.kind != "money":
                continue
            claimed = _subjects(folded, names, n.start)
            if len(claimed) != 1:
                continue
            (mine,) = claimed
            stated = _sentences_with(ev.text, n.value, n.currency)
            theirs = [_subjects(s, names, at) for s, at in stated]
            if not stated or any(mine in t or not t for t in theirs):
                continue
            other = sorted({k for t in theirs for k in t})[0]
            note = (
                f"the source states {n.text!r} with {briefing.parties[other].name_ko!r} as its "
                f"subject, never {briefing.parties[mine].name_ko!r}"
            )
            out.append(claim_check(f"summary_ko[{i}]", "text", n.text, "unverified", note=note))
            break
    return out


_KO_SUBJECT_RE1 = lazy_compile(r"\s*(\S+?(?:\s+\S+?)?)(?:은|는|이|가|에서는|측은)(?![가-힣])")
_KO_SUBJECT_RE2 = lazy_compile(r"[와과]$|·|,")


def _ko_subject(korean: str, names: list[set[str]]) -> int | None:
    """The one party the Korean line opens with as its subject (`A는 …`), not `A와 B는`."""
    # (a name may hold the marker's letters: `가람은행은`; an owner `A의` is no subject)
    m = _KO_SUBJECT_RE1.match(korean)
    if m is None or _KO_SUBJECT_RE2.search(m.group(1)):
        return None
    hits = [k for k, group in enumerate(names) if m.group(1) in group]
    return hits[0] if len(hits) == 1 else None


def _en_subject(english: str, briefing: Briefing) -> int | None:
    m = _EN_SUBJECT.match(english.strip())
    if m is None or _JOINED_EN.search(m.group("who")):
        return None
    who = m.group("who").casefold()
    hits = []
    for k, p in enumerate(briefing.parties):
        names = [p.name_en or "", p.abbreviation or ""]
        if any(
            n and (who == n.casefold() or (len(who) >= 6 and who in n.casefold())) for n in names
        ):
            hits.append(k)
    return hits[0] if len(hits) == 1 else None


def _english_givers(briefing: Briefing, names: list[set[str]]) -> list[ClaimCheck]:
    out = []
    for field, ko, en in renderings(briefing):
        if not _ONE_WAY_KO.search(ko):
            continue
        mine, theirs = _en_subject(en, briefing), _ko_subject(ko, names)
        if mine is None or theirs is None or mine == theirs:
            continue
        note = (
            f"the Korean it renders has {briefing.parties[theirs].name_ko!r} as the subject, "
            f"the English {briefing.parties[mine].name_en!r}"
        )
        out.append(claim_check(field, "english", en[:60], "unverified", note=note))
    return out


def check_givers(ev: Evidence, briefing: Briefing) -> list[ClaimCheck]:
    """Summary lines that give a one-way act or an amount to another subject than the source."""
    names = korean_names(briefing)
    if len(names) < 2:
        return []
    return _amount_givers(ev, briefing, names) + _english_givers(briefing, names)


__all__ = ["check_givers"]
