"""Each party's share told in turn, one sentence a party:

`당진시는 …에 나서기로 했다. 충남산학융합원은 …에 힘쓰기로 했다. 협약 기업들은 …하기로 했다.`
`금정소방서는 …을 지원한다. 금정경찰서는 …을 공유해 도움을 주기로 했다.`

Two sentences or more in a row, each opened by a different party as its topic, where at
least one promises (`…하기로 했다`, `…할 계획이다`): the parties' shares of the agreement. A
single party's plan is no share (nor is a run of present-tense profiles, `A는 …을 제공하며,
B는 …을 제공한다`, which say what each body does, not what it pledged).
"""

from __future__ import annotations

import re

from summarizer.models.records import Commitment
from summarizer.structure.clauses import PROSE_TOPIC, clauses
from summarizer.structure.lines import Mask, iter_sentences
from summarizer.structure.pledge_reading import plain
from summarizer.structure.prose import PARTY_STEM, PROMISE, strip_openers

# a deed in the present tense closing the sentence (`지원한다`, `나선다`), not a passive or a
# state (`된다`, `있다`); asked as suffixes (string tests: this layer's patterns are many)
_DEED_NOW = ("한다", "는다", "선다")
_NOT_DEED = ("된다", "있는다", "없는다")
# bodies named by a common noun: `협약 기업들은`, `참여 대학은`
_BODY_NOUNS = ("기업", "업체", "회사", "단체", "대학", "학교", "병원", "기관")
_QUOTES = ("“", '"', "”")


def _topic(body: str, sides: frozenset[str] = frozenset()) -> str | None:
    """The party the sentence is about (`당진시`, `협약 기업`, or a party's own name whatever
    it ends with: `코리아팜은`), or None."""
    m = PROSE_TOPIC.match(strip_openers(body))
    if not m:
        return None
    stem = m.group(0).strip()[:-1].rstrip()  # (its particle, `은` or `는`)
    last = stem.split()[-1].removesuffix("들")
    if PARTY_STEM.search(last) or last.endswith(_BODY_NOUNS) or _bare(last) in sides:
        return stem.removesuffix("들")
    return None


_FIRM_MARKS = re.compile(r"㈜|\(주\)|주식회사|\s")


def _bare(name: str) -> str:
    return _FIRM_MARKS.sub("", name)


def party_shares(
    text: str, mask: Mask, start: int = 0, limit: int = 12, sides: tuple[str, ...] = ()
) -> list[Commitment]:
    """The clauses of the first run of two parties or more, each pledging its own share
    (`sides`, the parties' names: a topic that is one of them is a party)."""
    names = frozenset(_bare(n) for n in sides if len(_bare(n)) >= 2)
    run: list[tuple[int, int, str, bool]] = []
    for s, e in [*iter_sentences(text, start), (len(text), len(text))]:
        body = plain(text[s:e].strip())
        if s < len(text) and not body:
            continue
        topic = _topic(body, names) if body and not any(q in body for q in _QUOTES) else None
        promised = bool(topic and PROMISE.search(body))
        end = body.rstrip(" .")
        share = (
            topic is not None
            and not mask.blocked(s, e)
            and (promised or (end.endswith(_DEED_NOW) and not end.endswith(_NOT_DEED)))
            and all(topic != t for _, _, t, _ in run)
        )
        if share and topic is not None:
            run.append((s, e, topic, promised))
            continue
        if len(run) >= 2 and any(p for *_, p in run):
            break
        run = [(s, e, topic, promised)] if share and topic is not None else []
    if len(run) < 2 or not any(p for *_, p in run):
        return _roles_in_one(text, mask, start, limit)
    out: list[Commitment] = []
    for s, e, _, _ in run:
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        out += [c for c in clauses(text, s + lead, e) if len(c.text) >= 4]
    return out[:limit]


# `A시는 …을 제공하고, B대는 …을 운영하기로 했다`: the clause boundary before the next topic
_NEXT_ROLE = re.compile(r"(?<=[가-힣])(?:하|되)?고,?\s+(?=\S+(?:은|는),?\s)")


def _roles_in_one(text: str, mask: Mask, start: int, limit: int) -> list[Commitment]:
    """The first sentence where two parties in turn take a share and it is promised (`A는 …하고,
    B는 …하기로 했다`): one sentence telling both shares."""
    for s, e in iter_sentences(text, start):
        body = plain(text[s:e].strip())
        if not body or "고" not in body or any(q in body for q in _QUOTES):
            continue
        if mask.blocked(s, e) or not PROMISE.search(body):
            continue
        parts = _NEXT_ROLE.split(strip_openers(body))
        topics = [_topic(p) for p in parts]
        # (a later share's body named before in the story, though no party word ends it:
        # `경상국립대는 …` after `경상국립대학교 …캠퍼스 설립을 위한 업무협약`)
        topics[1:] = [
            t or _named_before(p, text, s) for t, p in zip(topics[1:], parts[1:], strict=True)
        ]
        if len(parts) < 2 or None in topics or len(set(topics)) < len(topics):
            continue
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        return [c for c in clauses(text, s + lead, e) if len(c.text) >= 4][:limit]
    return []


_ONE_WORD_TOPIC = re.compile(r"([가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})(?:은|는),?\s")


def _named_before(part: str, text: str, upto: int) -> str | None:
    """The topic word of `part` when the story named it before `upto` (as a word's start)."""
    m = _ONE_WORD_TOPIC.match(part)
    if m is None:
        return None
    found = re.search(r"(?<![가-힣A-Za-z])" + re.escape(m.group(1)), text[:upto])
    return m.group(1) if found else None
