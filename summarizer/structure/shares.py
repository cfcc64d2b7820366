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
from bisect import bisect_right
from collections.abc import Iterable

from summarizer.lazy import lazy_compile
from summarizer.models.records import Commitment
from summarizer.structure.clauses import PROSE_TOPIC, clauses
from summarizer.structure.items import before_pledge
from summarizer.structure.lines import Mask, iter_sentences, sentence_split, span
from summarizer.structure.pledge_reading import plain
from summarizer.structure.prose import (
    in_the_agreement,
    promises,
    quoted,
    strip_openers,
)
from summarizer.structure.share_topics import bare as _bare
from summarizer.structure.share_topics import topic as _topic

# a deed in the present tense closing the sentence (`지원한다`, `나선다`), not a passive or a
# state (`된다`, `있다`); asked as suffixes (string tests: this layer's patterns are many)
_DEED_NOW = ("한다", "는다", "선다")
_NOT_DEED = ("된다", "있는다", "없는다")


def party_shares(
    text: str, mask: Mask, start: int = 0, limit: int = 12, sides: tuple[str, ...] = ()
) -> list[Commitment]:
    """The clauses of the first run of two parties or more, each pledging its own share
    (`sides`, the parties' names: a topic that is one of them is a party)."""
    names = frozenset(_bare(n) for n in sides if len(_bare(n)) >= 2)
    run = _share_run(text, mask, iter_sentences(text, start), names, first_only=False)
    if len(run) < 2 or not any(p for *_, p in run):
        return _roles_in_one(text, mask, start, limit)
    return _run_clauses(text, run)[:limit]


def _share_run(
    text: str,
    mask: Mask,
    sentences: Iterable[tuple[int, int]],
    names: frozenset[str],
    first_only: bool,
) -> list[tuple[int, int, str, bool]]:
    """The first run of sentences each opened by a different party taking its share (with
    `first_only`, only a run from the first sentence on)."""
    run: list[tuple[int, int, str, bool]] = []
    for s, e in [*sentences, (len(text), len(text))]:
        body = plain(text[s:e].strip())
        if s < len(text) and not body:
            continue
        topic = _topic(body, names) if body and not quoted(body) else None
        promised = bool(topic and promises(body))
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
        if (len(run) >= 2 and any(p for *_, p in run)) or first_only:
            break
        run = [(s, e, topic, promised)] if share and topic is not None else []
    return run


def _run_clauses(text: str, run: list[tuple[int, int, str, bool]]) -> list[Commitment]:
    out: list[Commitment] = []
    for s, e, _, _ in run:
        lead = len(text[s:e]) - len(text[s:e].lstrip())
        sent = text[s + lead : e]
        rest = in_the_agreement(sent)  # (`이번 협약에서 시는 …`: from the party on)
        lead += len(sent) - len(rest) if sent.endswith(rest) else 0
        out += [c for c in clauses(text, s + lead, e) if len(c.text) >= 4]
    return out


def roles_before(text: str, mask: Mask, first: int) -> list[Commitment]:
    """Each party's part told in the sentence right before a list's (`협약을 통해 A는 …을
    제공하고, B는 …에 협업할 계획이다.` before `두 기관은 △… △…을 추진한다`): who does what
    and the joint terms are both the agreement. One item a clause (`…을 제공하고, …에 협력할
    예정이다`: two), a comma list inside a clause kept whole (`A, B 등을 제공`: one deed).
    Only that sentence is read (found by bisection)."""
    starts, bounds = sentence_split(text)
    k = bisect_right(starts, first) - 2
    while k >= 0 and not text[bounds[k][0] : bounds[k][1]].strip():
        k -= 1
    if k < 0 or not _roles_in(text, mask, *bounds[k]):
        return []
    s, e = bounds[k]
    body = text[s:e].rstrip()
    end = s + len(body)
    tail = _PART_END.search(body)
    stop = s + tail.start() if tail else end
    lead = len(body) - len(body.lstrip())
    lead += strip_openers_at(body[lead:])
    out: list[Commitment] = []
    pos = s + lead
    for cut in [*_PART_CUT.finditer(text, pos, stop), None]:
        b = before_pledge(text, pos, cut.start()) if cut else stop  # (`…하기로 했고,`)
        topic = PROSE_TOPIC.match(text[pos:b])  # (`^`: the part's own start)
        a = pos + topic.end() if topic else pos
        c = span(text, a, b)
        if len(c.text) >= 4:
            out.append(Commitment(text=c.text, start=c.start, end=c.end, section="prose"))
        pos = cut.end() if cut else stop
    return out


# where a party's part (or a clause of it) ends: `…을 제공하고, B는`, `…을 담당하며, …`
_PART_CUT = lazy_compile(r"(?<=[가-힣])(?:하|되)?(?:고|며),\s+")
# the promise closing the sentence: `…에 협업할 계획이다.`, `…하기로 했다.`
_PART_END = lazy_compile(
    r"(?:할\s*(?:계획|예정|방침)이다|(?:하|키)?기?로\s*(?:합의|약속)?했다|한다)\.?$"
)


def strip_openers_at(body: str) -> int:
    """How many characters of `body` its openers take (`협약을 통해 `, `이에 따라 `)."""
    core = strip_openers(body)
    return len(body) - len(core) if body.endswith(core) else 0


# `A시는 …을 제공하고, B대는 …을 운영하기로 했다`: the clause boundary before the next topic
_NEXT_ROLE = lazy_compile(r"(?<=[가-힣])(?:하|되)?고,?\s+(?=\S+(?:은|는),?\s)")


def _roles_in_one(text: str, mask: Mask, start: int, limit: int) -> list[Commitment]:
    """The first sentence where two parties in turn take a share and it is promised (`A는 …하고,
    B는 …하기로 했다`): one sentence telling both shares."""
    for s, e in iter_sentences(text, start):
        found = _roles_in(text, mask, s, e)
        if found:
            return found[:limit]
    return []


def _roles_in(text: str, mask: Mask, s: int, e: int) -> list[Commitment]:
    """The clauses of the sentence `text[s:e]` when two parties in turn take a share in it and
    it is promised, else none."""
    body = plain(text[s:e].strip())
    if not body or "고" not in body or quoted(body):
        return []
    if mask.blocked(s, e) or not promises(body):
        return []
    parts = _NEXT_ROLE.split(strip_openers(body))
    topics = [_topic(p) for p in parts]
    # (a later share's body named before in the story, though no party word ends it:
    # `경상국립대는 …` after `경상국립대학교 …캠퍼스 설립을 위한 업무협약`)
    topics[1:] = [
        t or _named_before(p, text, s) for t, p in zip(topics[1:], parts[1:], strict=True)
    ]
    if len(parts) < 2 or None in topics or len(set(topics)) < len(topics):
        return []
    lead = len(text[s:e]) - len(text[s:e].lstrip())
    return [c for c in clauses(text, s + lead, e) if len(c.text) >= 4]


_ONE_WORD_TOPIC = lazy_compile(r"([가-힣A-Za-z][가-힣A-Za-z0-9]{1,11})(?:은|는),?\s")


def _named_before(part: str, text: str, upto: int) -> str | None:
    """The topic word of `part` when the story named it before `upto` (as a word's start)."""
    m = _ONE_WORD_TOPIC.match(part)
    if m is None:
        return None
    found = re.search(r"(?<![가-힣A-Za-z])" + re.escape(m.group(1)), text[:upto])
    return m.group(1) if found else None
