"""Commitments written as prose: clauses after `협약에 따라`, a `또 …하기로 했다` follow-up, `Under the agreement, …`."""

from __future__ import annotations

import itertools
import re

from summarizer.facts.datewords import SAME_DAY, words_pattern
from summarizer.models import Commitment
from summarizer.structure.items import item
from summarizer.structure.lines import Mask, iter_sentences

_PROSE_LEAD = re.compile(
    r"(?:이번\s*)?(?:협약|결연|양해각서|MOU|업무\s*협약)(?:에\s*따라|을\s*통해|을\s*계기로|으로|의\s*주요\s*(?:내용|골자)은)\s*"
    r"|(?:주요\s*)?(?:협약\s*)?내용은\s*|이에\s*따라\s*|이를\s*통해\s*"
)
# the parties together as a subject: `두 기관은`, `양 도시는`, `3개 기관은`, `양측은`
_JOINT = re.compile(
    r"^(?:앞으로\s*)?(?:(?:[두세네양각]|[2-9]\s*개)\s*(?:기관|회사|단체|부처|곳|사|대학|대학교|지자체|"
    r"자치단체|도시|시|군|구|나라|국가|병원|학교|기업)|양측|양사|양국|양교|이들(?:\s*기관)?)(?:은|는|이|가)\s"
)
_PROSE_TOPIC = re.compile(r"^[^\s]{1,15}(?:\s[^\s]{1,8})?(?:은|는)\s+")
_CONNECTIVE = re.compile(r"^(?:아울러|또한|이와\s*함께|특히|나아가|이\s*밖에도?|또)\s*,?\s*")
# `…하고, …하며`, and a comma before the next party's own clause (`추천, B는 …`)
_ADVERBIAL = re.compile(
    r"^(?:이\s*자리에서|" + words_pattern(SAME_DAY) + r"|앞으로|향후(?:\s*\d+년간)?)\s+"
)
_CLAUSE_END = re.compile(r"(?:하고|하며),?\s+|(?:고|며),\s+|,\s+(?=[^\s,]{2,15}(?:은|는)\s)")
_VERB_END = re.compile(
    r"\s*(?:(?:해\s*)?(?:나가|나갈|가)?(?:하?[기키]로\s*(?:합의)?했다|할\s*(?:계획|예정|방침)이다|한다|했다|하고|하며)"
    r"|(?:해\s*)?나간다|(?:해\s*)?나갈\s*(?:계획|예정)이다|하게\s*(?:된다|되며))\s*\.?$"
)


def _clauses(text: str, s: int, e: int) -> list[Commitment]:
    """The cooperation clauses of one sentence, without its lead, subject and verb."""
    out: list[Commitment] = []
    sent = text[s:e]
    lead = _PROSE_LEAD.match(sent)
    a = s + (lead.end() if lead else 0)
    a += len(text[a:e]) - len(text[a:e].lstrip())
    roles = _roles(text, a, e)
    if roles:
        return roles
    for pat in (_PROSE_TOPIC, _CONNECTIVE, _ADVERBIAL):
        mm = pat.match(text[a:e])
        if mm:
            a += mm.end()
    joins = list(_CLAUSE_END.finditer(text[a:e]))
    # `A를 개방하고 실습을 맡는다`: a short tail joined without a comma is the same item
    kept = [
        c
        for k, c in enumerate(joins)
        if "," in c.group(0)
        or not _short_tail(
            text[a + c.end() : a + joins[k + 1].start() if k + 1 < len(joins) else e]
        )
    ]
    cuts = [a, *(a + c.end() for c in kept), e]
    for x, y in itertools.pairwise(cuts):
        clause = text[x:y]
        etcs = [
            m
            for m in re.finditer(
                r"\s*등(?:에서|에|을|를|의|과|으로|이다|이며|입니다)?(?:\s|\.|$)", clause
            )
            if ", " in clause[: m.start()]
            # `A, B 등으로 구성된 위원회`: the list describes a body, it is no list of items
            and not re.match(r"\s*(?:구성|참여|포함)\S*(?:된|하는|한)\s", clause[m.end() :])
        ]
        etc = etcs[-1] if etcs else None
        # `A, B 금융 지원을 위해 상호 협력할 것을`: the purpose closes the list as `등` would
        purpose = re.search(r"\s*(?:을|를)\s*위해\s", clause)
        if etc is None and purpose and ", " in clause[: purpose.start()]:
            etc = purpose
        if etc:  # `A, B, C 등에 힘을 모은다`
            commas = list(re.finditer(r",\s+", clause[: etc.start()]))
            parts = [x, *(x + m.end() for m in commas)]
            ends = [*(x + m.start() for m in commas), x + etc.start()]
            for a2, b2 in zip(parts, ends, strict=True):
                c = item(text, a2, b2, False, "prose")
                if c and len(c.text) >= 4:
                    out.append(c)
            continue
        v = _VERB_END.search(clause.rstrip(", "))
        stop = x + (v.start() if v else len(clause.rstrip(", .")))
        # `…검토하는 등 상호협력 할`, `…최우선 검토해 상호 협력`: the item ends before
        such = re.search(
            r"(?:하|되)?는\s+등\s|(?<=[가-힣])(?<!위)(?:해|하여)\s+(?:상호\s*)?협력", text[x:stop]
        )
        if such:
            stop = x + such.start()
        subj = _PROSE_TOPIC.match(text[x:stop].lstrip())  # `…만들고, 중진공은 …`
        if subj:
            x += len(text[x:stop]) - len(text[x:stop].lstrip()) + subj.end()
        c = item(text, x, stop, False, "prose")
        if c and len(c.text) >= 8:
            out.append(c)
    return out


def _short_tail(clause: str) -> bool:
    """A clause of at most three words and no subject of its own (`현장 실습을 맡는다`)."""
    words = clause.strip(" .,").split()
    return 0 < len(words) <= 3 and not _PROSE_TOPIC.match(clause.lstrip())


# `LH는 빈집 매입을, 부동산원은 실태조사를 맡는다`: what each party takes on
_ROLE = re.compile(
    r"([^\s,]{1,12})(?:은|는)\s+(.+?)(?:을|를)(?:,\s+|\s+(?:각각\s+)?(?:맡|담당|책임)\S*\s*$)"
)


def _roles(text: str, a: int, e: int) -> list[Commitment]:
    body = text[a:e].rstrip(" .")
    parts = list(_ROLE.finditer(body))
    if len(parts) < 2 or parts[0].start() != 0 or not re.search(r"(?:맡|담당|책임)\S*$", body):
        return []
    if any(x.end() != y.start() for x, y in itertools.pairwise(parts)) or parts[-1].end() != len(
        body
    ):
        return []
    out = []
    for m in parts:
        c = item(text, a + m.start(2), a + m.end(2), False, "prose")
        if c:
            out.append(c)
    return out


_PLEDGE_END = re.compile(
    r"(?:[기키]로\s*(?:합의|약속|다짐|결정)?했다|(?:계획|예정|방침)이다|[는한간된]다|약속했다|합의했다|뜻을\s*모았다|등이다)\.?\s*$"
)


_PROMISE = re.compile(r"(?:[기키]로\s*(?:합의|약속)?했다|(?:계획|예정|방침)이다|약속했다)\.?\s*$")


def _line_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0]
    return min(ends) if ends else len(text)


def prose_commitments(text: str, mask: Mask, limit: int = 8) -> list[Commitment]:
    """`협약에 따라 두 회사는 A를 추진하고, B를 조사한다. C도 공유한다.` -> A, B, C.

    The first sentence that opens with `협약에 따라` / `이에 따라` / `주요 내용은`, or whose
    subject is the parties together (`두 기관은 …하기로 했다`), starts the run; the sentences
    right after it that also pledge (`또 …`, `B는 …할 예정이다`, `A, B 등 …`) add theirs.
    """
    run: list[tuple[int, int]] = []
    para_end = 0
    closed = False
    for s, e in iter_sentences(text):
        body = text[s:e].strip()
        if not body:
            continue
        quoted = bool(re.search(r"[“\"]", body))
        if not run:
            if quoted or mask.blocked(s, e):
                continue
            if _PROSE_LEAD.search(body[:40]) or (_JOINT.match(body) and _PLEDGE_END.search(body)):
                run.append((s, e))
                para_end = _line_end(text, e)
                # `주요 내용은 A, B 등이다`: the terms in full; what follows is general goodwill
                closed = bool(re.search(r"내용은\s.*이다\.?$", body))
            continue
        if closed:
            break
        if quoted or mask.blocked(s, e) or len(run) >= 6:
            break
        if s < para_end and _PLEDGE_END.search(body):  # the opening paragraph goes on
            run.append((s, e))
            continue
        if not _PLEDGE_END.search(body):
            break
        # a party's own clause or a bare `A, B 등` list must promise (`…할 예정이다`)
        # (one party's own plan, `A는 …을 늘릴 계획이다`, is no joint commitment: two roles are)
        roles = len(re.findall(r"[가-힣A-Za-z)](?:은|는)\s", body)) >= 2
        own = (_PROSE_TOPIC.match(body) and roles) or re.search(r",\s.*\s등\s", body)
        if not (
            _CONNECTIVE.match(body)
            or _JOINT.match(body)
            or _PROSE_LEAD.match(body)
            or (own and _PROMISE.search(body))
        ):
            break
        run.append((s, e))
    out: list[Commitment] = []
    for s, e in run:
        lead = _PROSE_LEAD.search(text, s, min(e, s + 40))
        out += _clauses(text, lead.start() if lead else s, e)
    if not out:
        return _english(text, mask, limit)
    return out[:limit]


_EN_GROUP = (
    r"(?:sides|organi[sz]ations|agencies|parties|institutions|companies|firms|ministries|"
    r"countries|governments|banks|cities|universities|partners|groups)"
)
_EN_LEAD = re.compile(
    r"\b(?:Under|Through|With)\s+the\s+(?:new\s+)?(?:agreement|MOU|memorandum(?:\s+of\s+understanding)?|"
    r"partnership|deal|pact|accord)\b[^,.\n]{0,40},\s*[^.\n]{0,60}?\b(?:will|agreed\s+to|plan\s+to)\s+"
    r"|\b(?:The|the|Both)\s+(?:two|three|four)?\s*" + _EN_GROUP + r"\s+"
    r"(?:(?:also|jointly)\s+)?(?:agreed\s+to|will|plan\s+to|pledged\s+to)\s+(?:also\s+)?"
    r"|\b(?:The|the)\s+(?:agreement|MOU|memorandum|deal|pact|accord)\s+"
    r"(?:calls\s+for|covers|includes|focuses\s+on)\s+",
    re.I,
)


_EN_MORE = re.compile(
    r"\s*(?:They|(?:The|Both)\s+(?:(?:two|three|four)\s+)?" + _EN_GROUP + r")\s+(?:also\s+)?"
    r"(?:agreed\s+to|will|plan\s+to|pledged\s+to)\s+(?:also\s+)?"
)
# `…, with the first meeting in May`: a detail of the item before, not an item of its own
_EN_DETAIL = re.compile(r"(?:with|which|while|including|where|who|as|so|to)\b")


def _en_items(text: str, a: int, stop: int) -> list[Commitment]:
    """`share data, train staff, and run pilots` -> three items; `, with …` stays attached."""
    cuts = [a]
    for c in re.finditer(r"[,;]\s*", text[a:stop]):
        if not _EN_DETAIL.match(text, a + c.end()):
            cuts.append(a + c.end())
    cuts.append(stop)
    out = []
    for x, y in itertools.pairwise(cuts):
        # `…, and Business Finland will host B`: the subject is no part of the item
        subj = _EN_SUBJECT.match(text, x, y)
        found = item(text, subj.end() if subj else x, y, False, "prose")
        if found is not None and len(found.text) >= 8:
            out.append(found)
    return out


_EN_SUBJECT = re.compile(
    r"\s*(?:and\s+)?(?:the\s+)?(?:[A-Z][\w&.'-]*\s+){1,6}(?:will|would|shall|is\s+to)\s+(?:also\s+)?"
)


def _english(text: str, mask: Mask, limit: int) -> list[Commitment]:
    """`Under the agreement, the two will share data, train staff and run pilots.`

    The next sentence or two may add more: `They also agreed to set up a working group.`
    """
    for m in _EN_LEAD.finditer(text):
        if mask.blocked(m.start(), m.end()):
            continue
        sentences = [(s, e) for s, e in iter_sentences(text, m.start()) if e > m.end()]
        stop = sentences[0][1] if sentences else len(text)
        out = _en_items(text, m.end(), stop)
        for s, e in sentences[1:3]:
            if mask.blocked(s, e) or re.search(r"[“\"]", text[s:e]):
                break
            more = _EN_MORE.match(text, s)
            if more:
                out += _en_items(text, more.end(), e)
            elif text[s:e].strip():
                break
        return out[:limit]
    return []
