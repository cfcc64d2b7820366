"""Commitments written as prose: clauses after `협약에 따라`, a `또 …하기로 했다` follow-up, `Under the agreement, …`."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from summarizer.models.records import Commitment
from summarizer.structure.en_commitments import english_commitments
from summarizer.structure.items import item
from summarizer.structure.lines import Mask, iter_sentences

_PROSE_LEAD = re.compile(
    r"(?:이번\s*)?(?:협약|협정|결연|양해각서|MOU|업무\s*협약)"
    r"(?:에\s*따라|에\s*따르면|[을를]\s*통해|[을를]\s*계기로|으로|로|의\s*주요\s*(?:내용|골자)은)\s*"
    r"|(?:주요\s*)?(?:협약\s*)?내용은\s*|이에\s*따라\s*|이를\s*통해\s*"
)
# the parties together as a subject: `두 기관은`, `양 도시는`, `3개 기관은`, `양측은`
_JOINT = re.compile(
    r"^(?:앞으로\s*)?(?:(?:[두세네양각]|[2-9]\s*개)\s*(?:기관|회사|단체|부처|곳|사|대학|대학교|지자체|"
    r"자치단체|도시|시|군|구|나라|국가|병원|학교|기업)|양측|양사|양국|양교|이들(?:\s*기관)?)(?:은|는|이|가)\s"
)
_PROSE_TOPIC = re.compile(r"^[^\s]{1,15}(?:\s[^\s]{1,8})?(?:은|는)\s+")
# a topic anywhere (`최민호 시장은`), not a verb's `-는` (`접목하는 협력`)
_TOPIC_ANY = re.compile(r"[가-힣A-Za-z)](?<![하되있없다])(?:은|는)\s(?!등|것|데|중|한편)")
# the signing itself (`…협약을 통해 손을 잡았다`) reports the event; it pledges nothing
_SIGNING_END = re.compile(r"(?:손을\s*잡았|맺었|체결했|밝혔|가졌|열었)다\.?$")
_CONNECTIVE = re.compile(
    r"^(?:아울러|또한|이와\s*함께|특히|나아가|이\s*밖에도?|또|이를\s*위해)\s*,?\s*"
)
# `…하고, …하며`, and a comma before the next party's own clause (`추천, B는 …`)
_ADVERBIAL = re.compile(r"^(?:이\s*자리에서|이날|앞으로|향후(?:\s*\d+년간)?)\s+")
# `A, B, C 등을 중심으로`, `A, B 등 다양한 사업을`: two or more items closed by `등`
_ETC_LIST = re.compile(r"[^,\s][^,]{0,60}(?:,\s+[^,]{1,60}?)+\s등(?:을|를|에|의|과|으로)?\s")
_COOP = re.compile(r"협력|교류|추진|공동|지원|협조|모색|구축|강화|펼칠|펼친|나서")
_CLAUSE_END = re.compile(r"(?:하고|하며),?\s+|(?:고|며),\s+|,\s+(?=[^\s,]{2,15}(?:은|는)\s)")
_VERB_END = re.compile(
    r"\s*(?:(?:해\s*)?(?:나가|나갈|가)?(?:하?[기키]로\s*(?:합의)?했다|할\s*(?:계획|예정|방침)이다|한다|했다|하고|하며)"
    r"|(?:해\s*)?나간다|(?:해\s*)?나갈\s*(?:계획|예정)이다|하게\s*(?:된다|되며)"
    r"|(?:한다는|하기로\s*한|하는)\s*(?:것이?\s*)?(?:내용|골자)(?:이다|다|를\s*담았다|을\s*담았다))\s*\.?$"
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
        if not _shared_goal(text, a + c.end(), e)
        and (
            "," in c.group(0)
            or not _short_tail(
                text[a + c.end() : a + joins[k + 1].start() if k + 1 < len(joins) else e]
            )
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


def _shared_goal(text: str, a: int, e: int) -> bool:
    """`…가 정착하고 확장될 수 있도록 지원`: both verbs belong to one `-도록` goal."""
    return bool(re.match(r"\S*[될할갈올]\s*수\s*있도록\s", text[a:e]))


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


def _core(body: str) -> str:
    """The sentence without its opening words: `협약에 따르면`, `특히`, `향후`, in any order."""
    while True:
        m = _PROSE_LEAD.match(body) or _CONNECTIVE.match(body) or _ADVERBIAL.match(body)
        if not m or not m.end():
            return body
        body = body[m.end() :]


def _listed(body: str) -> bool:
    """`A, B, C 등을 중심으로 협력을 강화하기로 했다`: a list of items closed by `등`, whose
    subject is the parties together or left unsaid (not one party's own `A시는 …`)."""
    core = _core(body)
    subject = _PROSE_TOPIC.match(core)
    if subject and not _JOINT.match(core):
        return False
    head = core[subject.end() :] if subject else core
    return bool(_ETC_LIST.match(head) or _ETC_LIST.search(head[:80])) and bool(_COOP.search(body))


# `…을 늘리고 …을 공동제작하는 등 협력을 촉진한다는 내용이다.`: the agreement's content
_AIM_END = re.compile(r"(?:취지|목적|의미가\s*있)(?:이)?다\.?$")
_CONTENT_END = re.compile(
    r"(?:한다는|하기로\s*한|하는)\s*(?:것이?\s*)?(?:내용|골자)(?:이다|다|를\s*담았다|을\s*담았다)\.?$"
)


def _opens(body: str) -> bool:
    """A sentence that opens a run: the parties together pledge (`양 기관은 …하기로 했다`,
    `특히 양측은 …할 예정이다`), or an unsubjected list pledges (`향후 A, B 등에 협력하기로 했다`)."""
    core = _core(body)
    if _JOINT.match(core) and _PLEDGE_END.search(body):
        return True
    if _CONTENT_END.search(body) and not _TOPIC_ANY.search(core):
        return True
    return _listed(body) and bool(_PROMISE.search(body) or re.search(r"모색한다\.?$", body))


def doubted(items: list[Commitment], why: str | None) -> list[Commitment]:
    """The items marked unsure, for `why`; a long clause is always doubted as an item."""
    out = []
    for c in items:
        reason = why or ("long clause" if len(c.text) > 90 else None)
        out.append(replace(c, confidence="low", why=reason) if reason else c)
    return out


def _line_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0]
    return min(ends) if ends else len(text)


def prose_commitments(text: str, mask: Mask, limit: int = 8) -> list[Commitment]:
    """`협약에 따라 두 회사는 A를 추진하고, B를 조사한다. C도 공유한다.` -> A, B, C.

    The first sentence that opens with `협약에 따라` / `이에 따라` / `주요 내용은`, or whose
    subject is the parties together (`두 기관은 …하기로 했다`), starts the run; the sentences
    right after it that also pledge (`또 …`, `B는 …할 예정이다`, `A, B 등 …`) add theirs.
    """
    run: list[tuple[int, int, str | None]] = []  # each sentence, and why its items are doubted
    para_end = 0
    closed = skipped = False
    doubt: str | None = None
    for s, e in iter_sentences(text):
        body = text[s:e].strip()
        if not body:
            continue
        quoted = bool(re.search(r"[“\"]", body))
        if not run:
            if quoted or mask.blocked(s, e):
                continue
            led = _PROSE_LEAD.search(body[:40]) and not _SIGNING_END.search(body)
            if led or _opens(body):
                # a pledge that names no party (`향후 A, B 등에 협력하기로 했다`) is less sure
                doubt = None if led or _JOINT.match(_core(body)) else "no stated subject"
                run.append((s, e, doubt))
                para_end = _line_end(text, e)
                # `주요 내용은 A, B 등이다`: the terms in full; what follows is general goodwill
                closed = bool(re.search(r"내용은\s.*이다\.?$", body))
            continue
        if closed:
            break
        if quoted or mask.blocked(s, e) or len(run) >= 6:
            break
        if s < para_end and _PLEDGE_END.search(body):  # the opening paragraph goes on
            run.append((s, e, doubt))
            continue
        if _AIM_END.search(body) and not skipped:  # `…하겠다는 취지다.` between two pledges
            skipped = True
            continue
        if not _PLEDGE_END.search(body):
            break
        # a party's own clause or a bare `A, B 등` list must promise (`…할 예정이다`)
        # (one party's own plan, `A는 …을 늘릴 계획이다`, is no joint commitment: two roles are)
        roles = len(re.findall(r"[가-힣A-Za-z)](?:은|는)\s", body)) >= 2
        own = (_PROSE_TOPIC.match(body) and roles) or re.search(r",\s.*\s등\s", body)
        sure = (
            _CONNECTIVE.match(body)
            or _JOINT.match(body)
            or _PROSE_LEAD.match(body)
            or (own and _PROMISE.search(body))
        )
        # `청년 분야에서 A, B, C 등을 한다.`, or no subject of its own: the parties' pledge
        # goes on (`…협력을 강화할 예정이다.`), but nothing in it says whose it is
        if not sure and not (
            _listed(body) or (not _TOPIC_ANY.search(_core(body)) and _PROMISE.search(body))
        ):
            break
        run.append((s, e, None if sure else "no stated subject"))
    out: list[Commitment] = []
    for s, e, why in run:
        lead = _PROSE_LEAD.search(text, s, min(e, s + 40))
        out += doubted(_clauses(text, lead.start() if lead else s, e), why)
    if not out:
        return doubted(english_commitments(text, mask, limit), None)
    return out[:limit]


# shared with structure.follow_ups
CONNECTIVE, JOINT, PROMISE, PROSE_TOPIC = _CONNECTIVE, _JOINT, _PROMISE, _PROSE_TOPIC
clauses = _clauses
