"""Pledges around a list: a `또 …할 예정이다` sentence after it, the parties' own pledge before
it, and whether the story names the parties together (`양 기관은`, `the two sides`), which
lets prose pledges count."""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.facts.datewords import SAME_DAY, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.lexicon import led_start
from summarizer.lexicon.joint import JOINT_DETERMINERS_EN, joint_en, joint_ko, joint_ko_firsts
from summarizer.models.records import Commitment
from summarizer.structure.clause_leads import CONNECTIVE, JOINT, PROSE_LEAD, PROSE_TOPIC
from summarizer.structure.lines import Mask, iter_sentences
from summarizer.structure.prose import (
    CARRY_OUT,
    PLEDGE_END,
    doubted,
    from_now_on,
    no_term,
    promises,
    prose_commitments,
    strip_openers,
)

# `이날 협약에 따라 A군과 B구는 …하기로 했다` right after the list: the parties together, by
# the agreement, add a term as a connective's sentence does (the same sentence BEFORE a list is
# the goal the list spells out: `pledged_before` keeps it only when it holds two terms)
_BY_AGREEMENT = lazy_compile(
    rf"^(?:{words_pattern(SAME_DAY)}|이번)?\s*(?:업무\s*)?(?:협약|협정|결연)(?:\s*체결)?에\s*따라\s*,?\s*"
)


def _opened(body: str) -> str:
    """The sentence after its connective, after `협약에 따라` when the parties together follow
    it, or after `향후`/`앞으로` when it tells the sides' parts from now on (`…하게 된다`);
    empty when it opens otherwise."""
    if CONNECTIVE.match(body):
        return CONNECTIVE.sub("", body, count=1)
    if from_now_on(body):
        return body.split(None, 1)[1]
    by = _BY_AGREEMENT.match(body)
    return body[by.end() :] if by and JOINT.match(body[by.end() :]) else ""


def follow_ups(text: str, mask: Mask, after: int, limit: int = 3) -> list[Commitment]:
    """After a list: `또 …을 신설하고 …을 정례화할 예정이다.`, `특히 …을 지원할 방침이다.`,
    `협약에 따라 두 기관은 …하기로 했다.`

    Only sentences right after the one holding `after`, each opening with a connective (or
    the agreement before the parties together) and promising; one party's own plan (`특히
    A시는 …`) ends the run.
    """
    out: list[Commitment] = []
    taken = 0
    for s, e in iter_sentences(text):
        if e <= after:
            continue
        body = text[s:e].strip()
        if s <= after or not body:
            continue
        if taken >= limit or re.search(r"[“\"]", body) or mask.blocked(s, e):
            break
        if CARRY_OUT.search(body):  # `…하는 등 협약 내용을 추진해 나갈 계획이다`: no new term
            break
        core = _opened(body)
        subject = PROSE_TOPIC.match(core)
        pledged = promises(body) or from_now_on(body)
        if not core or not pledged or (subject and not JOINT.match(core)):
            break
        at = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        if not CONNECTIVE.match(body):  # (`이날 협약에 따라 A와 B는 …`: from the parties on)
            at += len(body) - len(core)
        from summarizer.structure.clauses import clauses  # (loaded once a sentence is cut)

        found = clauses(text, at, e)
        # `특히 두 기관은 …할 계획이다` is the parties' own word; a bare `또 …` may be anyone's
        out += doubted(found, None if JOINT.match(core) else "after the list")
        taken += 1
    return out


_JOINT_ANY = lazy_compile(rf"(?:^|\s){joint_ko()}(?:은|는|이|가)\s|\b{joint_en()}\b", re.I)
# The same, asked in parts (tests compare them with it): at the very start of the text, where
# `^` stands for the space; elsewhere the Korean words with a space before them and the English
# ones, each found by the letters it opens with (in any case), which the engine skips ahead by
# (a `\b` first had it try the English branch at every character of a Korean page, a space
# first the Korean one at every space).
_JOINT_AT_START = re.compile(rf"{joint_ko()}(?:은|는|이|가)\s|\b{joint_en()}\b", re.I)
_JOINT_KO_AT = re.compile(
    led_start(rf"{joint_ko()}(?:은|는|이|가)\s", joint_ko_firsts(), behind=r"\s"), re.I
)
_JOINT_EN_AT = re.compile(
    led_start(
        rf"\b{joint_en()}\b",
        "".join(sorted({w[0].lower() for w in JOINT_DETERMINERS_EN})),
        case_blind=True,
    ),
    re.I,
)


def names_joint(text: str, start: int = 0) -> bool:
    """Whether `_JOINT_ANY.search(text, start)` finds the parties named together."""
    if start == 0 and _JOINT_AT_START.match(text):
        return True
    # (a Korean match opened at its space: the words stand one after `start`)
    return (
        _JOINT_KO_AT.search(text, start + 1) is not None
        or _JOINT_EN_AT.search(text, start) is not None
    )


def joint_subject(text: str, start: int = 0) -> bool:
    """Whether the story names the parties together as a subject (`양 기관은`, `the two sides`,
    or a sentence opening `앞으로 7개 시·도 교육지원청은`)."""
    if names_joint(text, start):
        return True
    return any(
        JOINT.match(strip_openers(text[s:e].strip())) for s, e in iter_sentences(text, start)
    )


# the list's own intro (`양 기관은 다음과 같이 협력한다:`) pledges nothing of its own
_INTRO = re.compile(r"(?:다음|아래)(?:과|와)?\s*(?:같|사항|분야|내용|의)|[:：]\s*$")


def _terms(text: str, s: int, e: int) -> int:
    """How many clauses of the sentence are terms (not the signing, a shared view)."""
    from summarizer.structure.clauses import clauses  # (loaded once a sentence is cut)

    return sum(not no_term(c.text) for c in clauses(text, s, e))


def pledging(
    text: str, bounds: list[tuple[int, int]], named: Callable[[str], bool] = names_joint
) -> list[tuple[int, int]]:
    """The sentences among `bounds` where the parties pledge together: named together (by
    `named`) before a prose lead, going on from such a sentence with a connective, or as the
    subject of a promise of two terms or more (`양측은 A를 공유하고 B에 나서기로 했다`; one
    deed, `두 회사는 …플랫폼을 개발하기로 했다`, is the goal the list spells out)."""
    joint: list[tuple[int, int]] = []
    prev = (-1, -1)
    for s, e in bounds:
        body = text[s:e].strip()
        if (
            (named(body[:60]) and PROSE_LEAD.search(body[:40]))
            or (joint and joint[-1][1] <= s and CONNECTIVE.match(body))
            # `참여 공공기관과 기업은 …에 노력하며, …을 제공하게 된다.` right after a joint one
            or (
                joint
                and joint[-1] == prev
                and JOINT.match(strip_openers(body)) is not None
                and PLEDGE_END.search(body) is not None
            )
            or (
                JOINT.match(strip_openers(body))
                and promises(body)
                and _terms(text, s + len(text[s:e]) - len(text[s:e].lstrip()), e) >= 2
            )
        ):
            joint.append((s, e))
        prev = (s, e)
    return joint


def pledged_before(
    text: str, mask: Mask, body_start: int, first: int, *, read_all: bool = False
) -> list[Commitment]:
    """Before a list: `협약을 통해 두 도시는 …하기로 했다. 특히 …을 약속했다.` (the list holds
    the rest). Only sure items of sentences where the parties pledge together (by the
    agreement, or as the subject of a promise of two terms or more: `양측은 A를 공유하고 B에
    나서기로 했다`), or that go on from one with a connective: one party's own plan (`이번
    협약으로 A은행은 …`) is left out. With none such the prose is not read, unless `read_all`
    (the plain form tests compare with)."""
    bounds: list[tuple[int, int]] = []
    for s, e in iter_sentences(text, body_start):
        if e > first or s >= first:
            break
        if text[s:e].strip():
            bounds.append((s, e))
    while bounds and _INTRO.search(text[bounds[-1][0] : bounds[-1][1]].strip()):
        bounds.pop()
    if not bounds:
        return []
    joint = pledging(text, bounds)
    if not joint and not read_all:  # only items inside a joint sentence are kept: none can be
        return []
    found = prose_commitments(text[: bounds[-1][1]], mask)
    return [
        c
        for c in found
        if c.confidence != "low"
        and not _INTRO.search(c.text)
        and any(s <= c.start < e for s, e in joint)
    ]
