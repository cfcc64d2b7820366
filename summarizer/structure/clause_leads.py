"""How a pledge sentence opens: its lead (`협약에 따라`), a connective (`또`), the parties
together as its subject (`두 기관은`), a topic (`A는`). Asked of every sentence by the prose
readers (summarizer.structure.prose, follow_ups); the sentence is cut into its clauses
(summarizer.structure.clauses, imported by them only when a sentence is cut) only after.
"""

from __future__ import annotations

import re

from summarizer.facts.datewords import SAME_DAY, words_pattern
from summarizer.lazy import lazy_compile
from summarizer.lexicon.connectives import PLEDGE_GOES_ON, connectives
from summarizer.lexicon.joint import joint_ko

# (the agreement's word may carry its gloss in brackets: `이번 업무협약(MOU)을 통해`)
PROSE_LEAD = re.compile(
    r"(?:이번\s*|이\s+)?(?:협약|협정|결연|양해각서|MOU|업무\s*협약|합의|제휴)"
    r"(?:\s*\((?:MOU|MOA|LOI|양해각서|업무\s*협약)\))?(?:\s*체결|식)?(?:에\s*따라|에\s*따르면|[을를]\s*(?:통해|계기로|바탕으로|토대로)|으로|로"
    r"|의\s*주요\s*(?:내용|골자)은)\s*"
    r"|(?:주요\s*)?(?:협약\s*)?내용(?:은|으로는)\s*|이에\s*따라\s*|이를\s*(?:통해|(?:기반|바탕)으로|토대로)\s*|(?:협약|협정)서에(?:는|서)\s*"
    # `주요 협력사업은 A, B 등이다`, `주요 협력 과제로는 …`
    r"|(?:주요\s*(?:협약\s*|협력\s*)?|협력\s*)(?:사업|과제)(?:은|는|으로는|로는)\s*"
)

# the parties together as a subject: `두 기관은`, `양 도시는`, `3개 기관은`, `양측은`
# (`두 회사는`, `양 농협은`, `이들 농협은`: any short noun after a count; the lexicon's words)
# (or the two named as the topic: `A대학 약학대학과 B랩은`, `홍길동 총장과 김철수 이사장은`)
# (no word of it a case-marked noun or a verb: `A와 협약을 맺은 기업들은` is one body's partners)
_PAIR_WORD = r"[^\s,]{1,19}[^\s,을를에의로]"
_NAMED_PAIR = (
    rf"{_PAIR_WORD}(?:\s{_PAIR_WORD})?(?:와|과)\s(?:{_PAIR_WORD}\s)?"
    r"[^\s,]{1,19}[^\s,을를에의로맺있하되받없같많](?:은|는)"
)
JOINT = re.compile(
    rf"^(?:앞으로\s*)?(?:{joint_ko()}"
    r"|(?:[2-9]|1\d)\s*개\s*(?:[^\s]+\s+)?[^\s]+)(?:은|는|이|가)\s"
    # two bodies joined as one subject: `NIBR과 국립순천대학교는`, `참여 공공기관과 기업은`
    r"|^(?:[^\s,\d][^\s,]{0,9}\s)?[^\s,]{2,20}(?:과|와)\s[^\s,]{2,20}(?:은|는)\s"
)
NAMED_PAIR = lazy_compile(rf"^{_NAMED_PAIR}\s")

# the content's verb closing the sentence, with the list's `등` and the object's particle:
# `…를 골자로 한다`, `…등을 주요 내용으로 했다`, `…등을 포함하고 있다`, `…등의 내용을 담고 있다`,
# `…등이다` (read by the enumeration of the content and by the pledges' `gist`)
CONTENT_VERB = lazy_compile(
    r"(?:\s*등(?:(?:의|에\s*(?:대한|관한))?\s*(?:내용|사항))?)?\s*(?:[을를]\s*(?:(?:주요\s*)?(?:골자|내용)(?:으로|로)\s*(?:하고\s*있|한|했|삼았|삼고\s*있)"
    r"|포함(?:하고\s*있|했|한)|담(?:고\s*있|았))(?:다|습니다)|(?<=등)이다|(?<=등)입니다)\.?\s*$"
)


def joint_content(body: str, verb: re.Match[str]) -> re.Match[str] | None:
    """The parties together heading a content sentence (`양 기관은 A와 B, C 등을 주요 내용으로
    했다`): they tell the content they agreed only as a list, its `등` before the verb."""
    return JOINT.match(body) if verb.group(0).lstrip().startswith("등") else None


PROSE_TOPIC = re.compile(r"^[^\s]{1,15}(?:\s[^\s]{1,8})?(?:은|는)\s+")

# (the connectives: summarizer.lexicon.connectives)
CONNECTIVE = re.compile(r"^(?:" + connectives(PLEDGE_GOES_ON) + r")\s*,?\s*")

ADVERBIAL = re.compile(
    r"^(?:이\s*자리에서|이번\s*체결로|"
    + words_pattern(SAME_DAY)
    # (`한편 두 기관은 …하기로 했다`: a later paragraph turning back to the parties' pledge)
    + r"|앞으로|추후|먼저|한편,?|향후(?:\s*\d+년간)?)\s+"
)

# one or two opening words before the parties together (`이어 두 기관은`, `협약식 이후 양측은`,
# `그리고 두 기관은`), none a date, a past time (`지난해 두 기관은 …`: an earlier agreement), a
# topic of its own, or the agreement itself (`이번 협약에서 두 기관은 …`: the terms reader's)
_OPENING_WORDS = lazy_compile(
    r"^(?:[^\s\d,]{1,6},?\s+){1,2}?(?=" + joint_ko() + r"(?:은|는|이|가)\s)"
)
_PAST_TIME = ("지난", "작년", "전년", "과거", "앞서", "당시", "그동안", "이미", "기존", "올해")
_AGREEMENT_WORDS = ("협약에", "협정에", "MOU에", "양해각서에")
_TOPIC_PARTICLES = ("은", "는", "이", "가")


def joint_opening(core: str) -> int:
    """How long the opening words before the parties together as the subject are (0: none)."""
    m = _OPENING_WORDS.match(core)
    if m is None:
        return 0
    for w in m.group(0).replace(",", " ").split():
        if w.startswith((*_PAST_TIME, *_AGREEMENT_WORDS)) or w.endswith(_TOPIC_PARTICLES):
            return 0
    return m.end()
