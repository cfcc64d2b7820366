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
from summarizer.structure.clause_leads import CONTENT_VERB, PROSE_LEAD, joint_content
from summarizer.structure.items import item
from summarizer.structure.noun_lists import outside_brackets

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
    verb = CONTENT_VERB.search(sent)
    if verb is None:
        return []
    lead = s + len(sent) - len(sent.lstrip())
    body = text[lead:e]
    head = PROSE_LEAD.match(body) or _AGREEMENT_HEAD.match(body)
    if head is None:
        head = joint_content(body, verb)  # (`양 기관은 …등을 주요 내용으로 했다`)
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
