"""How a run of pledges reads a story: past photo credits (`음성군 제공`, `/순창군 제공`) and the
captions just above them, through the polite endings of a broadcast (`협력하기로 했습니다`), and
the agreement's gist told of the agreement itself (`이번 협약은 A, B 등을 골자로 한다`)."""

from __future__ import annotations

import re
from bisect import bisect_left

from summarizer.lazy import lazy_compile
from summarizer.lexicon import AGREEMENT_DOCUMENTS, alternation
from summarizer.structure.lines import end_of_line, start_of_line

# a photo's credit (`음성군 제공`, `/순창군 제공`, `사진=세종시 제공`) closing its line: the credit
# and the caption just before it stand between two sentences of a story, they do not end its run
_CREDIT = lazy_compile(
    r"(?:^|(?<=[\s.]))/?\s*(?:사진\s*=\s*)?[^\s/.“\"]{1,20}(?:\s[^\s/.“\"]{1,12}){0,2}\s*$"
)


def credits_in(text: str) -> list[int]:
    """Where each photo credit closing a line starts (found from its `제공`, not by a scan)."""
    out: list[int] = []
    at = text.find("제공")
    while at >= 0:
        end = end_of_line(text, at)
        if text[at + 2 : end].strip(" \t]") == "":
            start = start_of_line(text, at)
            head = _CREDIT.search(text, max(start, at - 50), at)
            if head:
                out.append(head.start() + len(head.group(0)) - len(head.group(0).lstrip("/ \t")))
        at = text.find("제공", at + 2)
    return out


def captioned(text: str, s: int, e: int, credits: list[int]) -> bool:
    """Whether the sentence is a photo credit, or the caption right before one."""
    k = bisect_left(credits, s)
    return k < len(credits) and (credits[k] < e or not text[e : credits[k]].strip())


# `했습니다` -> `했다`, `합니다` -> `한다`, `입니다` -> `이다`: a sentence's plain ending, so the
# patterns written for the plain style read the polite one too (for telling what a sentence
# is only: the spans are the text's own)
_POLITE = lazy_compile(r"(입|[가-힣])(?:습)?니다(?=\.?\s*$)")


def _plain_end(m: re.Match[str]) -> str:
    syllable = m.group(1)
    if syllable == "입":
        return "이다"
    if m.group(0).endswith("습니다"):
        return syllable + "다"
    code = ord(syllable) - 0xAC00
    if code % 28 == 17:  # a closing ㅂ: `합니다` -> `한다`, `나섭니다` -> `나선다`
        return chr(0xAC00 + code - 17 + 4) + "다"
    return m.group(0)


def plain(body: str) -> str:
    """The sentence with its polite ending in the plain style (`…했습니다.` -> `…했다.`)."""
    return _POLITE.sub(_plain_end, body) if "니다" in body else body


# `이번 협약은 A, B 등을 (주요) 골자로 하고 있다`, `협약은 …을 주요 내용으로 한다`: the agreement
# as the subject, its content as the object
GIST_END = (
    r"(?:[을를]\s*)?(?:주요\s*)?(?:내용|골자)(?:으로|로)\s*(?:하고\s*있|한|했|삼았|삼고\s*있)다"
    # `이번 자매결연은 A와 B 등을 목적으로 한다`: the deeds it is for, listed, are its gist too
    # (one aim alone, `…창업 활성화를 목적으로 한다`, is no term: the list's `등` is asked)
    r"|\s등[을를]\s*목적으로\s*(?:하고\s*있|한|했)다"
)
_GIST = lazy_compile(
    r"^(?:이번\s*)?(?:업무\s*|자매\s*|우호\s*)?(?:"
    + alternation((*AGREEMENT_DOCUMENTS, "제휴", "결연"))
    + r")(?:은|는)\s.*(?:"
    + GIST_END
    + r")\.?$"
)

# `…, A, B 등 협력 사항을 주 내용으로 하는 협약서에 서명했다`: the signing told with its content;
# `골자` names the content alone (`A를 교환하고 B를 골자로 한 협정서에 서명한다`: no `등` needed)
_GIST_SIGNED = lazy_compile(
    r"(?:\s등\s*(?:\S+\s*){0,2}?[을를]?\s*(?:주요?\s*)?(?:내용|골자)|[을를]\s*(?:주요?\s*)?골자)"
    r"(?:으로|로)\s*(?:하는|한)\s*(?:업무\s*|자매결연\s*|우호\s*)?(?:"
    + alternation(AGREEMENT_DOCUMENTS)
    + r")(?:에|을|를)\s"
)


# `이번 업무협약은 …을 …로 제공하는 데 협력하는 것으로 …에 일조하고 …`: the agreement is
# the deed told before `것으로` (what follows is the good it does)
_GIST_THAT = lazy_compile(
    r"^(?:이번\s*)?(?:업무\s*)?(?:"
    + alternation((*AGREEMENT_DOCUMENTS, "제휴"))
    + r")(?:은|는)\s[^.]*?(?:하는|한다는)\s*것으로[,\s]"
)


def gist_that(body: str) -> int:
    """Where the deed of `이번 협약은 …하는 것으로 …` ends (after `것으로`), or -1."""
    if "것으로" not in body:
        return -1
    m = _GIST_THAT.match(body)
    return m.end() - 1 if m else -1


def gist(body: str) -> bool:
    """Whether the sentence tells the agreement's content of the agreement itself (or of the
    parties together, its list told: `양 기관은 A, B 등을 주요 내용으로 했다`)."""
    told = "골자" in body or "내용" in body or "목적" in body
    if told and (_GIST.match(body) or _GIST_SIGNED.search(body)):
        return True
    if told:
        # `양 기관은 A와 B, C 등을 주요 내용으로 했다`: the parties together tell the content they
        # agreed, listed (the enumeration's reading)
        from summarizer.structure.clause_leads import CONTENT_VERB, joint_content  # (rarely asked)

        verb = CONTENT_VERB.search(body)
        if verb is not None and joint_content(body, verb) is not None:
            return True
    return gist_that(body) >= 0
