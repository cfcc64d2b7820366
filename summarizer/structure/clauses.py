"""One pledge sentence cut into cooperation items: its lead, subject and verb left out.

`협약에 따라 두 기관은 A를 공유하고, B를 조사하기로 했다` -> A, B; `A, B, C 등에 협력한다` -> A, B, C;
`LH는 A를, 부동산원은 B를 맡는다` -> A, B.
"""

from __future__ import annotations

import itertools
import re

from summarizer.facts.datewords import SAME_DAY, words_pattern
from summarizer.lexicon.joint import joint_ko
from summarizer.models.records import Commitment
from summarizer.structure.items import item

PROSE_LEAD = re.compile(
    r"(?:이번\s*)?(?:협약|협정|결연|양해각서|MOU|업무\s*협약)"
    r"(?:\s*체결)?(?:에\s*따라|에\s*따르면|[을를]\s*통해|[을를]\s*계기로|으로|로|의\s*주요\s*(?:내용|골자)은)\s*"
    r"|(?:주요\s*)?(?:협약\s*)?내용은\s*|이에\s*따라\s*|이를\s*통해\s*"
)

# the parties together as a subject: `두 기관은`, `양 도시는`, `3개 기관은`, `양측은`
# (`두 회사는`, `양 농협은`, `이들 농협은`: any short noun after a count; the lexicon's words)
JOINT = re.compile(
    rf"^(?:앞으로\s*)?(?:{joint_ko()}"
    r"|(?:[2-9]|1\d)\s*개\s*(?:[^\s]+\s+)?[^\s]+)(?:은|는|이|가)\s"
)
PROSE_TOPIC = re.compile(r"^[^\s]{1,15}(?:\s[^\s]{1,8})?(?:은|는)\s+")

CONNECTIVE = re.compile(
    r"^(?:아울러|또한|이와\s*함께|특히|나아가|이\s*밖에도?|또|이를\s*위해)\s*,?\s*"
)

ADVERBIAL = re.compile(
    r"^(?:이\s*자리에서|" + words_pattern(SAME_DAY) + r"|앞으로|향후(?:\s*\d+년간)?)\s+"
)

# `…하고, …하며`, and a comma before the next party's own clause (`추천, B는 …`)
_CLAUSE_END = re.compile(
    r"(?:하고|하며),?\s+|(?:고|며),\s+|,\s+(?=[^\s,]{2,15}(?:은|는)\s)|(?<=[할는])\s*것과,?\s+"
)

_VERB_END = re.compile(
    r"\s*(?:(?:해\s*)?(?:나가|나갈|가)?(?:하?[기키]로\s*(?:합의)?했다|할\s*(?:계획|예정|방침)이다|한다|했다|하고|하며)"
    r"|(?:해\s*)?나간다|(?:해\s*)?나갈\s*(?:계획|예정)이다|하게\s*(?:된다|되며)"
    r"|(?:한다는|하기로\s*한|하는)\s*(?:것이?\s*)?(?:내용|골자)(?:이다|다|를\s*담았다|을\s*담았다)"
    r"|하?[기키]로\s*(?:뜻을\s*모았|협약했|약속했|다짐했|결의했)다|(?:할|하는)\s*것과"
    r"|에\s*나선다|(?:을|를)?\s*위해서?도?\s*(?:서로\s*)?힘을\s*모은다)\s*\.?$"
)


def clauses(text: str, s: int, e: int) -> list[Commitment]:
    """The cooperation clauses of one sentence, without its lead, subject and verb."""
    out: list[Commitment] = []
    sent = text[s:e]
    lead = PROSE_LEAD.match(sent)
    a = s + (lead.end() if lead else 0)
    a += len(text[a:e]) - len(text[a:e].lstrip())
    roles = _roles(text, a, e)
    if roles:
        return roles
    for pat in (PROSE_TOPIC, CONNECTIVE, ADVERBIAL, JOINT):
        mm = pat.match(text[a:e])
        if mm:
            a += mm.end()
            a += len(text[a:e]) - len(text[a:e].lstrip())
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
                # `A, B, C에 대해 협력한다`: `에 대해` closes the list as `등에` does
                r"\s*등(?:에서|에|을|를|의|과|으로|이다|이며|입니다)?(?:\s|\.|$)"
                r"|(?<=[가-힣)])에\s*대해서?\s",
                clause,
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
        commas = list(re.finditer(r",\s+", clause[: etc.start()])) if etc else []
        parts = [x, *(x + m.end() for m in commas)]
        ends = [*(x + m.start() for m in commas), x + etc.start()] if etc else []
        # `행정, 경제, 문화 등 각 분야에서 교류`: single words name the fields of one item
        if etc and sum(
            len(text[a2:b2].strip()) >= 4 for a2, b2 in zip(parts, ends, strict=True)
        ) * 2 < len(parts):
            etc = None
        if etc:  # `A, B, C 등에 힘을 모은다`
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
        # `…만들고, 중진공은 …` (the first clause's subject went with the lead)
        subj = PROSE_TOPIC.match(text[x:stop].lstrip()) if x > a else None
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
    return 0 < len(words) <= 3 and not PROSE_TOPIC.match(clause.lstrip())


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
