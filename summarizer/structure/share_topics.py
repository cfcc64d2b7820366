"""Whose sentence it is: the party a sentence is about (`당진시는 …`, `협약 기업들은 …`), read by
the parties' shares told in turn (`structure/shares.py`) and by the plans told apart from the
terms (`structure/plans.py`). Small and loaded with the plans, so that the shares' reader waits
for a page that gets that far."""

from __future__ import annotations

from summarizer.lazy import lazy_compile
from summarizer.structure.clause_leads import PROSE_TOPIC
from summarizer.structure.prose import PARTY_STEM, in_the_agreement, strip_openers

# bodies named by a common noun: `협약 기업들은`, `참여 대학은`
_BODY_NOUNS = ("기업", "업체", "회사", "단체", "대학", "학교", "병원", "기관")


def topic(body: str, sides: frozenset[str] = frozenset()) -> str | None:
    """The party the sentence is about (`당진시`, `협약 기업`, or a party's own name whatever
    it ends with: `코리아팜은`), or None. `sides`: the parties' names, bare (`bare`)."""
    # (`이번 협약에서 시는 …`: where the shares are told, before the party)
    m = PROSE_TOPIC.match(in_the_agreement(strip_openers(body)))
    if not m:
        return None
    stem = m.group(0).strip()[:-1].rstrip()  # (its particle, `은` or `는`)
    last = stem.split()[-1].removesuffix("들")
    if PARTY_STEM.search(last) or last.endswith(_BODY_NOUNS) or bare(last) in sides:
        return stem.removesuffix("들")
    return None


_FIRM_MARKS = lazy_compile(r"㈜|\(주\)|주식회사|\s")


def bare(name: str) -> str:
    """A firm's name without its marks and spaces (`㈜가람` -> `가람`)."""
    return _FIRM_MARKS.sub("", name)
