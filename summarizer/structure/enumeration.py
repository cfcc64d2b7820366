"""The enumeration of a sentence that tells the agreement's content: `협약은 A, B, C를 골자로
한다`, `협약내용은 ‘A’ ‘B’, ‘C’ 등을 포함하고 있다`, `양 기관은 A와 B, C 등을 주요 내용으로 했다`
-> A, B, C. The list begins after the content's head (the agreement, its content, the parties
together) and ends at the object of the content's verb; its items part at the commas (outside
brackets) and between two quoted phrases.
"""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import AGREEMENT_DOCUMENTS, alternation
from summarizer.models.records import Commitment
from summarizer.structure.clause_leads import JOINT, PROSE_LEAD
from summarizer.structure.items import item
from summarizer.structure.noun_lists import outside_brackets

# the content's verb closing the sentence, with the list's `등` and the object's particle:
# `…를 골자로 한다`, `…등을 주요 내용으로 했다`, `…등을 포함하고 있다`, `…등의 내용을 담고 있다`,
# `…등이다`
_CONTENT_VERB = lazy_compile(
    r"(?:\s*등(?:(?:의|에\s*(?:대한|관한))?\s*(?:내용|사항))?)?\s*(?:[을를]\s*(?:(?:주요\s*)?(?:골자|내용)(?:으로|로)\s*(?:하고\s*있|한|했|삼았|삼고\s*있)"
    r"|포함(?:하고\s*있|했|한)|담(?:고\s*있|았))(?:다|습니다)|(?<=등)이다|(?<=등)입니다)\.?\s*$"
)
# the agreement itself as the head (`이번 협약은`, `협정 골자는`)
_AGREEMENT_HEAD = lazy_compile(
    r"(?:이번\s*|이날\s*)?(?:업무\s*|자매\s*|우호\s*)?(?:"
    + alternation((*AGREEMENT_DOCUMENTS, "결연"))
    + r")(?:\s*(?:내용|골자))?(?:은|는)\s*"
)
# where two items meet: a comma, or two quoted phrases side by side (`‘A’ ‘B’`)
_SEP = re.compile(r",\s*|(?<=[’'])\s+(?=[‘'])")
_LONGEST = 80


def enumeration(text: str, s: int, e: int) -> list[Commitment]:
    """The items of a content sentence's list (none for any other sentence, or a list of
    fewer than two items, or one whose items are no noun phrases)."""
    sent = text[s:e]
    if "," not in sent and "’" not in sent and "'" not in sent:
        return []  # (a list of two items or more is parted by commas or quotes)
    verb = _CONTENT_VERB.search(sent)
    if verb is None:
        return []
    lead = s + len(sent) - len(sent.lstrip())
    body = text[lead:e]
    head = PROSE_LEAD.match(body) or _AGREEMENT_HEAD.match(body)
    if head is None:
        joint = JOINT.match(body)
        # (the parties together tell the content with `등` only: `…등을 주요 내용으로 했다`)
        head = joint if joint is not None and verb.group(0).lstrip().startswith("등") else None
    if head is None:
        return []
    a, b = lead + head.end(), s + verb.start()
    listed = text[a:b]
    seps = outside_brackets(listed, _SEP.finditer(listed))
    bounds = [a, *(a + m.end() for m in seps)]
    ends = [*(a + m.start() for m in seps), b]
    if len(bounds) < 2:
        return []
    out: list[Commitment] = []
    for x, y in zip(bounds, ends, strict=True):
        part = text[x:y].strip()
        if len(part) < 2 or len(part) > _LONGEST or part.endswith(("다", "고", "며")):
            return []  # (a clause, not a noun phrase: the sentence is cut otherwise)
        c = item(text, x, y, False, "prose")
        if c is None:
            return []
        out.append(c)
    return out
